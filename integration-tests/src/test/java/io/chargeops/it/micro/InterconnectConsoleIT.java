package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

        // an inbound call with a wrong signature shows in the interface call log (Ret 4001), without secrets
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(node.url("/api/evcs/v1/query_token")).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"OperatorID\":\"" + PARTNER
                            + "\",\"Data\":\"AAAA\",\"TimeStamp\":\"20260101000000\",\"Seq\":\"0001\",\"Sig\":\"0123456789ABCDEF0123456789ABCDEF\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("4001");
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        browser.get(node.baseUrl() + "/admin/interconnect.xhtml");
        console.await().withMessage(() -> "call log on the page: " + browser.findElement(By.id("ic:calls")).getText())
                .until(d -> d.findElement(By.id("ic:calls")).getText().contains("query_token")
                        && d.findElement(By.id("ic:calls")).getText().contains("4001"));
        assertThat(browser.getPageSource()).doesNotContain("1234567890abcdef");
        labels = browser.findElements(By.cssSelector("#ic\\:pushes label"));

        try {
            console.settled();
            console.await().until(d -> {
                d.findElements(By.cssSelector("#ic\\:pushes label")).stream()
                        .filter(l -> l.getText().equals("notification_stationStatus")).findFirst().orElseThrow().click();
                return true;
            });
            console.click(By.id("ic:savePushes"));
            console.await().withMessage("push switch saved").until(d -> {
                Object pushes = api.get("/interconnect/partners/" + PARTNER).map().get("pushes");
                return pushes instanceof List<?> l && !l.contains("notification_stationStatus") && l.contains("notification_charge_order_info");
            });

            console.click(By.id("ic:pull"));
            console.await().withMessage("pull refused with its reason").until(d -> d.getPageSource().contains("needs a base URL"));
        } finally {
            AdminApi.Reply restored = InterconnectPartnerIT.putAs(node, "/interconnect/partners/" + PARTNER,
                    "{\"pushes\":[\"notification_stationStatus\",\"notification_start_charge_result\",\"notification_equip_charge_status\","
                            + "\"notification_stop_charge_result\",\"notification_charge_order_info\"]}");
            assertThat(restored.status()).isEqualTo(200);
        }
    }

    @Test
    void aPartnersPathStyleSharedStationsAndPowerPushAreEditedFromTheConsole() {
        browser.get(node.baseUrl() + "/admin/interconnect.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ic:profile")));
        assertThat(browser.findElement(By.id("ic:role")).getText()).as("the demo partner is selected first").isEqualTo("USER_PLATFORM");
        try {
            console.settled();
            WebElement url = browser.findElement(By.id("ic:profileBaseUrl"));
            url.clear();
            url.sendKeys("http://127.0.0.1:9/");
            // PrimeFaces menus submit their hidden native select
            browser.executeScript("document.getElementById('ic:pathStyle_input').value = 'SHEVCS_V1_0'");
            clickLabel("#ic\\:stationScope label", l -> l.getAttribute("for").endsWith(":0")); // ALL
            console.settled();
            WebElement power = browser.findElement(By.id("ic:powerInterface"));
            power.clear();
            power.sendKeys("supervise_notification_realtime_power_info");
            console.click(By.id("ic:saveProfile"));
            console.await().withMessage(() -> "profile saved: " + api.get("/interconnect/partners/" + PARTNER))
                    .until(d -> "SHEVCS_V1_0".equals(api.get("/interconnect/partners/" + PARTNER).map().get("pathStyle")));
            Map<String, Object> saved = api.get("/interconnect/partners/" + PARTNER).map();
            assertThat(saved).containsEntry("baseUrl", "http://127.0.0.1:9/").containsEntry("stationScope", "ALL")
                    .containsEntry("powerInterface", "supervise_notification_realtime_power_info");
            console.await().until(d -> d.findElement(By.id("ic:sampleUrls")).getText()
                    .contains("http://127.0.0.1:9/shevcs/v1.0/query_token"));

            // back to the listed stations: untick station 2 (merchant 1's second), keep 1
            clickLabel("#ic\\:stationScope label", l -> l.getAttribute("for").endsWith(":1")); // LISTED
            clickLabel("#ic\\:stationIds label", l -> l.getText().startsWith("2 "));
            console.click(By.id("ic:saveProfile"));
            console.await().withMessage(() -> "station list saved: " + api.get("/interconnect/partners/" + PARTNER))
                    .until(d -> String.valueOf(api.get("/interconnect/partners/" + PARTNER).map().get("stationIds")).equals("[1]")
                            && "LISTED".equals(api.get("/interconnect/partners/" + PARTNER).map().get("stationScope")));

            // bad input: a clear message, nothing changed
            console.settled();
            WebElement seconds = browser.findElement(By.id("ic:powerSeconds_input"));
            seconds.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1");
            console.click(By.id("ic:saveProfile"));
            console.await().withMessage("refusal shown").until(d -> d.getPageSource().contains("powerSeconds is 2..3600"));
            assertThat(api.get("/interconnect/partners/" + PARTNER).map().get("powerSeconds")).hasToString("300");
        } finally {
            AdminApi.Reply restored = InterconnectPartnerIT.putAs(node, "/interconnect/partners/" + PARTNER,
                    "{\"baseUrl\":\"\",\"pathStyle\":\"STANDARD\",\"stationScope\":\"LISTED\",\"stationIds\":[1,2],"
                            + "\"powerInterface\":\"notification_realtime_power_info\"}");
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    /** Clicks the first label under {@code css} that {@code which} picks, once the page has settled. */
    private void clickLabel(String css, java.util.function.Predicate<WebElement> which) {
        console.settled();
        console.await().until(d -> {
            d.findElements(By.cssSelector(css)).stream().filter(which).findFirst().orElseThrow().click();
            return true;
        });
    }

    @Test
    void aPartnerCreatedAndItsSecretsRotatedFromTheForm() {
        String id = "MA0CONSL1";
        String in = "abcdefgh12345678";
        String out = "ZYXWVUTS87654321";
        browser.get(node.baseUrl() + "/admin/interconnect.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ic:manage")));
        console.type(By.id("ic:newOperatorId"), id);
        console.type(By.id("ic:newName"), "控制台新建平台");
        for (String f : List.of("inOperatorSecret", "inDataSecret", "inDataSecretIv", "inSigSecret")) {
            console.type(By.id("ic:" + f), in);
        }
        console.click(By.id("ic:createPartner"));
        console.await().withMessage(() -> "partner created: " + api.get("/interconnect/partners/" + id))
                .until(d -> api.get("/interconnect/partners/" + id).status() == 200);
        assertThat(api.get("/interconnect/partners/" + id).map()).containsEntry("role", "USER_PLATFORM")
                .containsEntry("outboundSecretsSet", false);

        console.await().until(d -> d.findElement(By.id("ic:role")).getText().equals("USER_PLATFORM")
                && d.getPageSource().contains("rotateSecrets"));
        for (String f : List.of("outOperatorSecret", "outDataSecret", "outDataSecretIv", "outSigSecret")) {
            console.type(By.id("ic:" + f), out);
        }
        console.click(By.id("ic:rotateSecrets"));
        console.await().withMessage(() -> "secrets rotated: " + api.get("/interconnect/partners/" + id))
                .until(d -> Boolean.TRUE.equals(api.get("/interconnect/partners/" + id).map().get("outboundSecretsSet")));
        assertThat(browser.getPageSource()).doesNotContain(in).doesNotContain(out);
    }
}
