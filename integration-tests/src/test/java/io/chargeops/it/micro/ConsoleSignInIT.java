package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console's front door in a real browser: the demo operator signs in, a wrong password does not. */
@ExtendWith(SharedNode.class)
class ConsoleSignInIT {

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
    void demoOperatorSignsInAndSeesPlatformStatus(MicroNode node) {
        console.signInAsDemoOperator();

        Browser.screenshot(browser, "console-home");
        assertThat(browser.findElement(By.id("session:welcome")).getText()).contains(ConsolePages.DEMO_OPERATOR);
        assertThat(browser.findElement(By.id("database")).getText()).startsWith("H2");
        assertThat(browser.findElement(By.id("schema")).getText()).matches("\\d+");
        // the sign-in travelled through the audit queue into the log this screen reads
        assertThat(console.signInLogRows(1)).anySatisfy(row -> assertThat(row).contains("成功"));

        console.signOut();
        browser.get(node.baseUrl() + "/admin/index.xhtml");
        console.await().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    @Test
    void wrongPasswordStaysOnSignInWithAMessage() {
        console.signIn(ConsolePages.DEMO_OPERATOR, "not-the-password");

        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:errors .ui-messages-error")));
        Browser.screenshot(browser, "console-sign-in-refused");
        assertThat(browser.getCurrentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.findElement(By.id("login:errors")).getText()).contains("密码");
    }
}
