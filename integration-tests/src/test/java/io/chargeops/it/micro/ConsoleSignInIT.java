package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's front door in a real browser: the demo operator signs in, a wrong password does not. */
@ExtendWith(SharedNode.class)
class ConsoleSignInIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void signIn(MicroNode node, String phone, String password) {
        browser.get(node.baseUrl() + "/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.findElement(By.id("login:phone")).sendKeys(phone);
        browser.findElement(By.cssSelector("#login\\:password input, input#login\\:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    @Test
    void demoOperatorSignsInAndSeesPlatformStatus(MicroNode node) {
        signIn(node, "13900000000", "ChargeOps#2026");

        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("platform")));
        Browser.screenshot(browser, "console-home");
        assertThat(browser.findElement(By.id("session:welcome")).getText()).contains("13900000000");
        assertThat(browser.findElement(By.id("database")).getText()).startsWith("H2");
        assertThat(browser.findElement(By.id("schema")).getText()).matches("\\d+.*");

        browser.findElement(By.id("session:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.get(node.baseUrl() + "/admin/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    @Test
    void wrongPasswordStaysOnSignInWithAMessage(MicroNode node) {
        signIn(node, "13900000000", "not-the-password");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:errors .ui-messages-error")));
        Browser.screenshot(browser, "console-sign-in-refused");
        assertThat(browser.getCurrentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.findElement(By.id("login:errors")).getText()).contains("密码");
    }
}
