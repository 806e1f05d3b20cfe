package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * QR sign-in (微信扫码登录) in a real browser, with the sandbox provider standing in for WeChat (the shared node turns
 * it on): an operator binds its identity on the account page, signs out, and signs in again by "scanning"; an
 * identity nobody bound and a callback this browser did not start are refused on the sign-in page.
 */
@ExtendWith(SharedNode.class)
class ConsoleQrSignInIT {

    private static final String OPERATOR = "13900000001";

    private ChromeDriver browser;
    private ConsolePages console;

    @BeforeEach
    void openBrowser(MicroNode node) {
        browser = Browser.open();
        console = new ConsolePages(browser, node);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anOperatorBindsWeChatAndSignsInByScanning(MicroNode node) {
        String identity = "it-operator-" + System.nanoTime();
        console.signIn(OPERATOR, ConsolePages.DEMO_PASSWORD);
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));

        browser.get(node.baseUrl() + "/admin/password.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("qrState")));
        assertThat(browser.findElement(By.id("qrState")).getText()).contains("尚未绑定");
        browser.findElement(By.id("qrBinding:bind")).click();
        scan(identity);
        console.await().until(ExpectedConditions.urlContains("/admin/password.xhtml"));
        console.await().until(d -> d.findElement(By.id("qrState")).getText().contains("已绑定"));
        Browser.screenshot(browser, "console-qr-bound");

        console.signOut();
        browser.findElement(By.id("qr:start")).click();
        scan(identity);
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        assertThat(browser.findElement(By.id("session:welcome")).getText()).contains(OPERATOR);
        // it went through the sign-in log like a password sign-in: two successful sign-ins of this account by now
        console.await().withMessage("QR sign-in in the sign-in log").until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("#signIns tbody tr[data-ri]")).stream()
                    .filter(row -> row.getText().contains("成功")).count() >= 2;
        });
    }

    @Test
    void anUnboundIdentityAndAForeignCallbackAreRefused(MicroNode node) {
        browser.get(node.baseUrl() + "/admin/login.xhtml");
        console.await().until(ExpectedConditions.elementToBeClickable(By.id("qr:start"))).click();
        scan("it-nobody-" + System.nanoTime());
        console.await().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        console.await().until(d -> d.getPageSource().contains("尚未绑定控制台账号"));

        // a callback link this browser never started (another's state, a replay): refused, nobody signed in
        browser.get(node.baseUrl() + "/admin/qr-callback.xhtml?code=sandbox-anything&state=0123456789abcdef");
        console.await().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        console.await().until(d -> d.getPageSource().contains("已过期"));
        browser.get(node.baseUrl() + "/admin/index.xhtml");
        console.await().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    /** What the phone does on the sandbox's QR page. */
    private void scan(String identity) {
        console.await().until(ExpectedConditions.urlContains("/admin/qr-sandbox.xhtml"));
        browser.findElement(By.id("sandbox:identity")).sendKeys(identity);
        browser.findElement(By.id("sandbox:confirm")).click();
    }
}
