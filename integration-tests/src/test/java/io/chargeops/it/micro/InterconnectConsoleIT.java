package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The interconnect console screen in headless Chromium: the demo partner's detail without secrets, its push switches
 * saved from the page (seen through the ops API), the outbox table, and "pull now" refused with the reason while the
 * partner has no base URL.
 */
class InterconnectConsoleIT {

    static final String PARTNER = "123456789";
    static MicroNode node;
    static AdminApi api;
    static ChromeDriver browser;
    static ConsolePages console;

    @BeforeAll
    static void boot() {
        // a node of its own: the shared node's directory may be in use by another test run on the same machine
        node = new MicroNode("interconnect-console").start();
        api = new AdminApi(node);
        browser = Browser.open();
        console = new ConsolePages(browser, node);
        console.signInAsDemoOperator();
    }

    @AfterAll
    static void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void partnerDetailPushSwitchesOutboxAndPull() {
        assertThat(browser.findElements(By.cssSelector("a[href*='interconnect.xhtml']"))).as("menu entry").isNotEmpty();
        browser.get(node.baseUrl() + "/admin/interconnect.xhtml");
        console.await().withMessage(() -> "interconnect page at " + browser.getCurrentUrl() + ": "
                        + browser.getPageSource().substring(0, Math.min(3000, browser.getPageSource().length())))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("ic:detail")));
        assertThat(browser.findElement(By.id("ic:role")).getText()).isEqualTo("USER_PLATFORM");
        assertThat(browser.getPageSource()).doesNotContain("1234567890abcdef");
        assertThat(browser.findElement(By.id("ic:outbox")).isDisplayed()).isTrue();
        List<WebElement> labels = browser.findElements(By.cssSelector("#ic\\:pushes label"));
        assertThat(labels).extracting(WebElement::getText).contains("notification_stationStatus", "notification_charge_order_info");

        try {
            labels.stream().filter(l -> l.getText().equals("notification_stationStatus")).findFirst().orElseThrow().click();
            browser.findElement(By.id("ic:savePushes")).click();
            console.await().withMessage("push switch saved").until(d -> {
                Object pushes = api.get("/interconnect/partners/" + PARTNER).map().get("pushes");
                return pushes instanceof List<?> l && !l.contains("notification_stationStatus") && l.contains("notification_charge_order_info");
            });

            browser.findElement(By.id("ic:pull")).click();
            console.await().withMessage("pull refused with its reason").until(d -> d.getPageSource().contains("needs a base URL"));
        } finally {
            AdminApi.Reply restored = InterconnectPartnerIT.putAs(node, "/interconnect/partners/" + PARTNER,
                    "{\"pushes\":[\"notification_stationStatus\",\"notification_start_charge_result\",\"notification_equip_charge_status\","
                            + "\"notification_stop_charge_result\",\"notification_charge_order_info\"]}");
            assertThat(restored.status()).isEqualTo(200);
        }
    }
}
