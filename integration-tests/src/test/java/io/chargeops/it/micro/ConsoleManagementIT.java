package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.BillingModelSetRequest;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's management screens in headless Chromium against simulated piles over TCP: a free pile is onboarded
 * from the pile list and its next login is accepted; a tariff is repainted in the 48-slot editor, saved as a new
 * version and the online pile receives it (0x58) with the result shown; remote operations land in the command records;
 * a refund request is approved and an operator recharge credits the wallet; the franchisee's operator sees only its
 * own station, piles and tariff and cannot open another merchant's order; five wrong passwords lock an account. Runs on
 * a node of its own: it adds tariff versions and locks an account, which must not disturb other tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleManagementIT {

    static final String FREE_PILE = "88880703000077";
    static final String TARIFF_PILE = "88880703000001";

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;
    static ChromeDriver browser;
    static ConsolePages console;
    static SimulatedPile tariffPile;
    static long tariffId;

    @BeforeAll
    static void boot() {
        node = new MicroNode("console-mgmt").start();
        api = new AdminApi(node);
        group = new NioEventLoopGroup(2);
        browser = Browser.open();
        console = new ConsolePages(browser, node);
        console.signInAsDemoOperator();
    }

    @AfterAll
    static void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        if (tariffPile != null) {
            tariffPile.close();
        }
        if (group != null) {
            group.shutdownGracefully();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    @Order(1)
    void freePileIsOnboardedFromThePileListAndItsNextLoginIsAccepted() {
        try (SimulatedPile sim = simulated(FREE_PILE, DemoTariff.MODEL)) {
            assertThat(sim.loginResult()).succeedsWithin(Duration.ofSeconds(15)).isEqualTo(LoginResult.FAILURE);

            awaitOrShow("free pile listed", () -> {
                browser.get(node.baseUrl() + "/admin/piles.xhtml");
                return browser.findElements(By.cssSelector(".free-pile")).stream().anyMatch(e -> e.getText().equals(FREE_PILE));
            });
            WebElement row = browser.findElement(By.xpath("//span[@class='free-pile' and text()='" + FREE_PILE + "']/ancestor::tr"));
            row.findElement(By.cssSelector("button.onboard")).click();
            console.await().until(d -> d.findElement(By.cssSelector(".onboard-code")).getText().equals(FREE_PILE));
            console.choose("piles:onStation", str(api.get("/stations/1").map(), "name"));
            browser.findElement(By.id("piles:onModel")).sendKeys("SIM-AC7");
            browser.findElement(By.id("piles:onboardSave")).click();

            awaitOrShow("onboarded: listed as active, not free", () -> browser.findElements(By.cssSelector(".free-pile")).isEmpty()
                    && browser.findElements(By.cssSelector(".pile-code")).stream().anyMatch(e -> e.getText().equals(FREE_PILE)));
            Map<String, Object> pile = api.get("/piles/" + FREE_PILE).map();
            assertThat(str(pile, "status")).isEqualTo("ACTIVE");
            assertThat(str(pile, "stationId")).isEqualTo("1");
            assertThat(str(pile, "model")).isEqualTo("SIM-AC7");

            sim.awaitOnline(Duration.ofSeconds(60)); // the simulator retries its login and is accepted now
            assertThat(sim.billingModel()).isNotNull();
        }
    }

    @Test
    @Order(2)
    void tariffIsRepaintedSavedAndIssuedToTheOnlinePile() {
        AdminApi.Reply tariff = api.post("/tariffs", tariffJson("\"merchantId\":1,\"name\":\"控制台测试电价\","));
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
        tariffId = ((Number) tariff.map().get("id")).longValue();
        AdminApi.Reply pile = api.post("/piles", "{\"pileCode\":\"" + TARIFF_PILE + "\",\"stationId\":1,\"pileType\":\"AC\","
                + "\"gunCount\":1,\"ratedPowerKw\":7,\"manufacturer\":\"IT\",\"tariffTemplateId\":" + tariffId + "}");
        assertThat(pile.status()).as(pile.toString()).isEqualTo(201);
        tariffPile = simulated(TARIFF_PILE, DemoTariff.MODEL).awaitOnline(Duration.ofSeconds(60));

        browser.get(node.baseUrl() + "/admin/tariffs.xhtml?id=" + tariffId);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        assertThat(slotClass(0)).isEqualTo("slot rate-V");
        // paint 18:00–20:00 尖 by dragging over the day, and 12:00 谷 by a click
        browser.findElement(By.id("brush-SHARP")).click();
        new Actions(browser).clickAndHold(slot(36)).moveToElement(slot(37)).moveToElement(slot(38)).moveToElement(slot(39))
                .release().perform();
        browser.findElement(By.id("brush-VALLEY")).click();
        slot(24).click();
        assertThat(slotClass(38)).isEqualTo("slot rate-S");
        assertThat(browser.findElement(By.id("tariff:slots")).getAttribute("value"))
                .isEqualTo("V".repeat(16) + "P".repeat(6) + "F".repeat(2) + "V" + "F".repeat(11) + "S".repeat(4) + "F".repeat(8));
        type(fee("FLAT", "electricity"), "0.70000");
        browser.findElement(By.id("timeline")).getLocation(); // nothing focused for the picture
        browser.executeScript("document.activeElement.blur();");
        Browser.screenshot(browser, "console-tariff-editor");

        browser.findElement(By.id("tariff:save")).click();
        console.await().until(ExpectedConditions.elementToBeClickable(By.id("tariff:confirmYes"))).click();

        BillingModelSetRequest pushed = tariffPile.awaitReceived(BillingModelSetRequest.class, r -> true, Duration.ofSeconds(30));
        BillingModel model = pushed.model();
        assertThat(model.flat().electricity()).isEqualByComparingTo("0.70000");
        assertThat(model.slots().get(38)).isEqualTo(RatePeriod.SHARP);
        assertThat(model.slots().get(24)).isEqualTo(RatePeriod.VALLEY);
        assertThat(model.slots().get(30)).isEqualTo(RatePeriod.FLAT);
        String modelNo = model.id().digits();

        awaitOrShow("issue result ACCEPTED shown", () -> browser.findElements(By.cssSelector("#tariff\\:issues tbody tr")).stream()
                .anyMatch(tr -> tr.getText().contains(TARIFF_PILE) && tr.getText().contains("ACCEPTED")
                        && tr.getText().contains("v2")));
        assertThat(browser.findElements(By.cssSelector(".version-model")).stream().map(WebElement::getText))
                .anyMatch(modelNo::endsWith);
        Browser.screenshot(browser, "console-tariff-issued");
        Map<String, Object> view = api.get("/tariffs/" + tariffId).map();
        assertThat(((Number) view.get("versionInForce")).intValue()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void remoteOperationsLandInTheCommandRecords() {
        browser.get(node.baseUrl() + "/admin/commands.xhtml?pile=" + TARIFF_PILE);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("commands:timeSync"))).click();
        awaitOrShow("time sync answered", () -> text("outcome").startsWith("time-sync → OK"));
        browser.findElement(By.id("commands:read")).click();
        awaitOrShow("real-time data read", () -> text("outcome").startsWith("real-time-data → OK"));
        browser.findElement(By.id("commands:tariff")).click();
        awaitOrShow("tariff issued by hand", () -> text("outcome").contains("ACCEPTED"));

        // working parameters: cap the output at 80 %
        for (int i = 0; i < 4; i++) { // 100 % down in steps of 5
            console.click(By.cssSelector("#commands\\:maxOutput .ui-spinner-down"));
        }
        console.await().until(d -> d.findElement(By.id("commands:maxOutput_input")).getAttribute("value").startsWith("80"));
        console.click(By.id("commands:parameters"));
        awaitOrShow("parameters accepted", () -> text("outcome").equals("parameters → OK: allowed, max output 80% accepted"));

        // firmware update: a file path the frame's ASCII field cannot carry is refused before anything is sent
        console.type(By.id("commands:ftpServer"), "10.0.0.8");
        console.type(By.id("commands:ftpUser"), "pile");
        console.type(By.id("commands:ftpPassword"), "ftp-secret-1");
        console.type(By.id("commands:ftpFile"), "/固件/v2.bin");
        console.click(By.id("commands:update"));
        console.click(By.id("commands:confirmYes"));
        awaitOrShow("over-long path refused", () -> text("outcome").contains("file path must be printable ASCII of at most 32"));
        // the simulator has no FTP server, so it answers with a download timeout, as a pile out of reach would
        console.type(By.id("commands:ftpPassword"), "ftp-secret-1");
        browser.findElement(By.id("commands:ftpFile")).clear();
        console.type(By.id("commands:ftpFile"), "/fw/v2.bin");
        console.click(By.id("commands:update"));
        console.click(By.id("commands:confirmYes"));
        awaitOrShow("update answered", () -> text("outcome").equals("update → NO: update DOWNLOAD_TIMEOUT ("
                + io.chargeops.pile.protocol.ykc.types.UpdateStatus.DOWNLOAD_TIMEOUT.description() + ") · DOWNLOAD_TIMEOUT"));

        List<String> records = browser.findElements(By.cssSelector("#commands\\:history .command-type")).stream()
                .map(WebElement::getText).toList();
        assertThat(records).contains("TIME_SYNC", "READ_REAL_TIME_DATA", "TARIFF", "WORKING_PARAMETERS", "UPDATE");
        assertThat(records.stream().filter("UPDATE"::equals)).as("the refused order was never sent").hasSize(1);
        assertThat(browser.findElement(By.id("commands:history")).getText()).contains("file=/fw/v2.bin")
                .doesNotContain("ftp-secret-1");
        assertThat(browser.findElement(By.id("commands:history")).getText()).contains("operator:" + ConsolePages.DEMO_OPERATOR);
    }

    @Test
    @Order(4)
    void refundIsApprovedAndAnOperatorRechargeCreditsTheWallet() {
        AppApi driver = new AppApi(node);
        String phone = AppApi.newPhone();
        driver.register(phone);
        Map<String, Object> recharge = AppApi.ok(driver.post("/wallet/recharges", Json.object("amount", new BigDecimal("100"),
                "provider", "sandbox")), 201);
        AdminApi.Reply paid = driver.callback("sandbox", str(recharge, "payment.callbackBody"),
                Map.of("X-Sandbox-Signature", str(recharge, "payment.callbackSignature")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Map<String, Object> refund = AppApi.ok(driver.post("/wallet/refund-requests",
                Json.object("amount", new BigDecimal("30"), "reason", "不再使用")), 201);
        String requestNo = str(refund, "requestNo");
        assertThat(dec(api.wallet(phone), "frozen")).isEqualByComparingTo("30");

        browser.get(node.baseUrl() + "/admin/refunds.xhtml");
        awaitOrShow("refund listed and selected", () -> {
            browser.findElement(By.xpath("//span[@class='refund-no' and text()='" + requestNo + "']/ancestor::tr//button")).click();
            return true;
        });
        console.await().until(d -> d.findElement(By.cssSelector(".refund-selected")).getText().equals(requestNo));
        browser.findElement(By.id("refunds:note")).sendKeys("核实无误");
        browser.findElement(By.id("refunds:approve")).click();
        awaitOrShow("refund gone from the pending list", () -> browser.findElements(By.cssSelector(".refund-no")).stream()
                .noneMatch(e -> e.getText().equals(requestNo)));

        Map<String, Object> wallet = api.wallet(phone);
        assertThat(dec(wallet, "balance")).isEqualByComparingTo("70");
        assertThat(dec(wallet, "frozen")).isEqualByComparingTo("0");
        assertThat(api.ledger(wallet.get("walletId"))).anySatisfy(e -> {
            assertThat(e.get("type")).isEqualTo("REFUND");
            assertThat(dec(e, "amount")).isEqualByComparingTo("-30");
        });
        assertThat(str(AppApi.list(driver.get("/wallet/refund-requests")).stream().map(o -> (Map<String, Object>) cast(o))
                .filter(r -> requestNo.equals(r.get("requestNo"))).findFirst().orElseThrow(), "status")).isEqualTo("APPROVED");

        // the user's page: operator recharge of principal and gift
        browser.get(node.baseUrl() + "/admin/users.xhtml");
        browser.findElement(By.id("users:phone")).sendKeys(phone);
        browser.findElement(By.id("users:search")).click();
        // found and clicked in one step: the search's ajax update may replace the row in between
        awaitOrShow("user found and opened", () -> {
            var link = browser.findElements(By.cssSelector("a.user-link")).stream().filter(a -> a.getText().equals(phone)).findFirst();
            link.ifPresent(WebElement::click);
            return link.isPresent();
        });
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("balance")));
        assertThat(text("balance")).isEqualTo("70.00");
        type(browser.findElement(By.cssSelector("#user\\:rPrincipal input, input#user\\:rPrincipal_input")), "10");
        type(browser.findElement(By.cssSelector("#user\\:rGift input, input#user\\:rGift_input")), "5");
        browser.findElement(By.id("user:rReason")).sendKeys("线下补偿");
        browser.findElement(By.id("user:rechargeButton")).click();
        awaitOrShow("balance after recharge", () -> text("balance").equals("85.00"));
        assertThat(text("gift")).isEqualTo("5.00");
        assertThat(api.ledger(wallet.get("walletId"))).anySatisfy(e -> {
            assertThat(e.get("type")).isEqualTo("ADJUSTMENT");
            assertThat(dec(e, "amount")).isEqualByComparingTo("15");
            assertThat(e.get("remark")).isEqualTo("线下补偿");
        });

        // 停用: refused without a reason (nothing changes); with one, the driver's token stops working at once; 启用
        assertThat(driver.get("/wallet").status()).isEqualTo(200);
        console.click(By.id("user:disable"));
        awaitOrShow("disabling refused without a reason", () -> browser.getPageSource().contains("Say why the user is disabled"));
        assertThat(text("status")).isEqualTo("ACTIVE");
        assertThat(driver.get("/wallet").status()).isEqualTo(200);
        console.type(By.id("user:statusReason"), "盗刷嫌疑");
        console.click(By.id("user:disable"));
        awaitOrShow("user disabled", () -> text("status").equals("DISABLED"));
        assertThat(driver.get("/wallet").status()).isIn(401, 403);
        console.type(By.id("user:statusReason"), "核实解除");
        console.click(By.id("user:enable"));
        awaitOrShow("user enabled", () -> text("status").equals("ACTIVE"));
        assertThat(driver.get("/wallet").status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void franchiseeOperatorSeesOnlyItsOwnNetworkAndNoOtherMerchantsOrder() {
        AdminApi.Reply started = api.startOrder(DEMO_USER, TARIFF_PILE + "01", new BigDecimal("5.00"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String merchantOnesOrder = str(started.map(), "orderNo");
        browser.get(node.baseUrl() + "/admin/order.xhtml?no=" + merchantOnesOrder);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));

        console.signOut();
        console.signIn("13900000003", ConsolePages.DEMO_PASSWORD);
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-orders-today")));

        browser.get(node.baseUrl() + "/admin/stations.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stations:table")));
        assertThat(texts(".station-code")).containsExactly("NJQH0001");

        browser.get(node.baseUrl() + "/admin/piles.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("piles:table")));
        assertThat(texts(".pile-code")).containsExactly("32010400000001");
        assertThat(browser.findElements(By.cssSelector(".free-pile"))).isEmpty();

        browser.get(node.baseUrl() + "/admin/tariffs.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tariff-list")));
        assertThat(texts(".tariff-name")).containsExactly("加盟商分时电价(示范)");
        browser.get(node.baseUrl() + "/admin/tariffs.xhtml?id=" + tariffId);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tariff-list")));
        assertThat(browser.findElements(By.id("timeline"))).as("another merchant's tariff").isEmpty();

        browser.get(node.baseUrl() + "/admin/commands.xhtml?pile=" + TARIFF_PILE);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("unknownPile")));
        assertThat(browser.findElements(By.id("commands:timeSync"))).isEmpty();

        browser.get(node.baseUrl() + "/admin/order.xhtml?no=" + merchantOnesOrder);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order")));
        assertThat(browser.findElements(By.id("state"))).as("another merchant's order").isEmpty();
        assertThat(browser.findElement(By.id("order")).getText()).contains("没有这个订单");

        // app users and refunds are platform-wide: not in a merchant's menu, and the pages refuse it
        assertThat(browser.findElement(By.cssSelector(".console-nav")).getText()).doesNotContain("用户").doesNotContain("退款");
        browser.get(node.baseUrl() + "/admin/refunds.xhtml");
        assertThat(browser.getPageSource()).doesNotContain("refunds:table");

        browser.get(node.baseUrl() + "/admin/index.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-orders-today")));
        console.signOut();
        api.stop(merchantOnesOrder);
    }

    @Test
    @Order(6)
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        browser.manage().deleteAllCookies(); // whatever the test before left signed in
        String finance = "13900000002";
        for (int i = 0; i < 5; i++) {
            console.signIn(finance, "not-the-password-" + i);
            console.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:errors .ui-messages-error")));
        }
        console.signIn(finance, ConsolePages.DEMO_PASSWORD);
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:errors .ui-messages-error")));
        assertThat(browser.findElement(By.id("login:errors")).getText()).contains("锁定");
        assertThat(browser.getCurrentUrl()).contains("/admin/login.xhtml");
        // the ops API uses the same check: the locked account is refused there too
        assertThat(new AdminApi(node, finance).get("/stations").status()).isEqualTo(401);
        // others are not affected
        console.signInAsDemoOperator();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static SimulatedPile simulated(String code, BillingModel model) {
        return SimulatedPile.start(PileConfig.builder(code).guns(1).pileType(PileType.AC).powerKw(new BigDecimal("7"))
                .server("127.0.0.1", node.pilePort()).intervals(PileFleet.INTERVALS).billingModel(model).build(), group);
    }

    private static String tariffJson(String head) {
        String rates = "[" + rate("SHARP", "1.18520", "0.80000") + "," + rate("PEAK", "1.02540", "0.80000") + ","
                + rate("FLAT", "0.62310", "0.60000") + "," + rate("VALLEY", "0.28560", "0.40000") + "]";
        List<String> slots = new ArrayList<>();
        slots.addAll(Collections.nCopies(16, "\"VALLEY\""));
        slots.addAll(Collections.nCopies(6, "\"PEAK\""));
        slots.addAll(Collections.nCopies(26, "\"FLAT\""));
        return "{" + head + "\"rates\":" + rates + ",\"slots\":[" + String.join(",", slots) + "]}";
    }

    private static String rate(String type, String electricity, String service) {
        return "{\"rateType\":\"" + type + "\",\"electricityFee\":" + electricity + ",\"serviceFee\":" + service + "}";
    }

    private static WebElement slot(int index) {
        return browser.findElement(By.id("slot-" + index));
    }

    private static String slotClass(int index) {
        return slot(index).getAttribute("class");
    }

    private static WebElement fee(String rateType, String kind) {
        return browser.findElement(By.cssSelector(".fee-" + rateType + "-" + kind + " input, input.fee-" + rateType + "-" + kind));
    }

    private static void type(WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText().trim()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    /** Waits; on timeout keeps a screenshot and says where the browser was. */
    private static void awaitOrShow(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(90)).withMessage(what).until(d -> {
                try {
                    return condition.getAsBoolean();
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "failed-" + what.replaceAll("\\W+", "-"));
            throw new AssertionError(what + " at " + browser.getCurrentUrl(), e);
        }
    }
}
