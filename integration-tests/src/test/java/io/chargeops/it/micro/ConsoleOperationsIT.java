package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's day in a real browser against simulated piles over TCP: a gun turns "charging" on the live grid
 * without a reload (push), the operator stops it from the grid and the pile's record settles the order, the dashboard
 * shows the same figures as the orders, and the order list exports to an xlsx that opens with those orders in it.
 */
@ExtendWith(SharedNode.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOperationsIT {

    static final String PILE = "88880701000001";
    static final String GUN = PILE + "01";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static MicroNode node;
    static AdminApi api;
    static PileFleet fleet;
    static ChromeDriver browser;
    static ConsolePages console;
    static String orderNo;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        api = new AdminApi(node);
        PileFleet.register(api, List.of(PILE), 1);
        fleet = PileFleet.connect(node, List.of(PILE), 1, 1.0).awaitOnline(Duration.ofSeconds(60));
        browser = Browser.open();
        console = new ConsolePages(browser, node);
        console.signInAsDemoOperator();
    }

    @AfterAll
    static void shutdown() {
        if (browser != null) {
            browser.quit();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void gunTurnsChargingOnTheLiveGridWithoutReloadAndIsStoppedFromThere() {
        browser.get(node.baseUrl() + "/admin/live.xhtml");
        awaitOrShow("gun online and free on the grid", () -> "IDLE".equals(gunState()) || "OCCUPIED".equals(gunState()));
        // a marker that a page load would wipe out
        browser.executeScript("window.__sameDocument = 'yes';");

        AdminApi.Reply started = api.startOrder(DEMO_USER, GUN, new BigDecimal("20.00"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        orderNo = str(started.map(), "orderNo");

        awaitOrShow("gun " + GUN + " charging on the grid by push",
                () -> "CHARGING".equals(gunState()) && tile().getText().contains(orderNo));
        assertThat(browser.executeScript("return window.__sameDocument;")).isEqualTo("yes");
        // live figures arrive by push too
        console.await().until(d -> !tile().findElements(By.cssSelector(".energy")).isEmpty()
                && !tile().findElement(By.cssSelector(".energy")).getText().isBlank());
        Browser.screenshot(browser, "console-live-grid");

        tile().findElement(By.cssSelector("button.stop")).click();
        console.await().until(ExpectedConditions.elementToBeClickable(By.id("live:confirmYes"))).click();

        Map<String, Object> settled = api.awaitState(orderNo, "SETTLED", Duration.ofSeconds(90));
        assertThat(str(settled, "stopRequestedBy")).isEqualTo("operator:" + ConsolePages.DEMO_OPERATOR);
        // the simulated car stays plugged in: free again means not charging and no order on the tile
        awaitOrShow("gun free again on the grid", () -> gunState() != null && !"CHARGING".equals(gunState())
                && !tile().getText().contains(orderNo));
        assertThat(browser.executeScript("return window.__sameDocument;")).isEqualTo("yes");
    }

    @Test
    @Order(2)
    void dashboardShowsWhatTheOrdersAddUpTo() {
        LocalDate today = LocalDate.now(SHANGHAI);
        long count = 0;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal service = BigDecimal.ZERO;
        for (Map<String, Object> o : api.orders("state=SETTLED&limit=500")) {
            Object settledAt = o.get("settledAt");
            if (settledAt == null || !Long.valueOf(1).equals(((Number) o.get("stationId")).longValue())
                    || !Instant.parse(settledAt.toString()).atZone(SHANGHAI).toLocalDate().equals(today)) {
                continue;
            }
            count++;
            energy = energy.add(dec(o, "energyKwh"));
            total = total.add(dec(o, "settlement.totalAmount"));
            service = service.add(dec(o, "settlement.serviceAmount"));
        }
        assertThat(count).as("the order this class charged").isPositive();

        browser.get(node.baseUrl() + "/admin/index.xhtml?station=1");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-orders-today")));
        Browser.screenshot(browser, "console-dashboard");
        assertThat(text("kpi-orders-today")).isEqualTo(String.valueOf(count));
        assertThat(new BigDecimal(text("kpi-energy-today"))).isEqualByComparingTo(energy.setScale(3, RoundingMode.HALF_UP));
        assertThat(new BigDecimal(text("kpi-total-today"))).isEqualByComparingTo(total.setScale(2, RoundingMode.HALF_UP));
        assertThat(new BigDecimal(text("kpi-service-today"))).isEqualByComparingTo(service.setScale(2, RoundingMode.HALF_UP));
        assertThat(browser.findElement(By.id("guns-IDLE")).getText()).matches("(?s).*\\d+.*");

        // the trend by month: the range switch re-renders the chart by ajax
        console.click(By.xpath("//div[@id='dash:range']//div[contains(@class,'ui-button')][3]"));
        console.settled();
        console.await().until(d -> d.findElement(By.cssSelector("#dash\\:range .ui-state-active")).getText().contains("12"));
        assertThat(browser.findElements(By.cssSelector("#dash\\:trend canvas"))).isNotEmpty();
    }

    @Test
    @Order(3)
    void ordersExportToAnXlsxThatOpens() throws Exception {
        Path downloads = Path.of(System.getProperty("chargeops.it.work", "target/it"), "downloads-" + System.nanoTime());
        Browser.downloadsTo(browser, downloads);
        browser.get(node.baseUrl() + "/admin/orders.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("orders:table")));
        browser.findElement(By.id("orders:pile")).sendKeys(PILE);
        browser.findElement(By.id("orders:search")).click();
        console.await().until(d -> d.findElements(By.cssSelector("#orders\\:table a.order-link")).stream()
                .anyMatch(a -> a.getText().equals(orderNo)));

        browser.findElement(By.id("orders:export")).click();
        Path file = downloads.resolve("charging-orders.xlsx");
        console.await().withMessage("export downloaded").until(d -> Files.isRegularFile(file) && size(file) > 0
                && !Files.exists(downloads.resolve("charging-orders.xlsx.crdownload")));

        List<String> numbers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单号");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    numbers.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(PILE);
                }
            }
            Row ours = sheet.getRow(1 + numbers.indexOf(orderNo));
            assertThat(ours.getCell(1).getStringCellValue()).isEqualTo("已结算");
            BigDecimal payable = dec(api.order(orderNo), "settlement.payableAmount");
            assertThat(BigDecimal.valueOf(ours.getCell(12).getNumericCellValue())).isEqualByComparingTo(payable);
        }
        assertThat(numbers).contains(orderNo);
        // the export ran in the background behind a progress dialog that counted every row it wrote
        assertThat(browser.findElement(By.id("exportRows")).getAttribute("textContent").trim()) // the dialog has closed
                .isEqualTo("已写入行数 " + numbers.size() + " / " + numbers.size());
    }

    /** Waits; on timeout keeps a screenshot and says what the gun showed. */
    private static void awaitOrShow(String what, java.util.function.BooleanSupplier condition) {
        try {
            console.await().withMessage(what).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "failed-" + what.replaceAll("\\W+", "-"));
            throw new AssertionError(what + "; gun shows " + gunState() + " at " + browser.getCurrentUrl(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static WebElement tile() {
        return browser.findElement(By.id("gun-" + GUN));
    }

    private static String gunState() {
        try {
            return tile().getAttribute("data-state");
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }
}
