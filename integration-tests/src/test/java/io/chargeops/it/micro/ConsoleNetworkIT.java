package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * Network management in headless Chromium: a station edited in the console and its filtered list exported to xlsx;
 * gun QR codes downloaded as PNG and as a station ZIP and decoded; a manufacturer and a model created and given to a
 * simulated pile; that pile's unbinding refused while it charges and done once the order settled; the station map's
 * markers on the dashboard (no tile source: plain background) opening a station; the franchisee's operator sees and
 * reaches none of merchant 1's stations, piles or QR codes. A node of its own: it renames a demo station.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleNetworkIT {

    static final String PILE = "88880723000001";
    static final String GUN = PILE + "01";
    static final String DEMO_GUN = "3201060000000101";
    static final String QR_PREFIX = "https://chargeops.io/charge?gun=";
    static final String FRANCHISEE = "13900000003";

    static MicroNode node;
    static AdminApi api;
    static PileFleet fleet;
    static ChromeDriver browser;
    static ConsolePages console;
    static Path downloads;

    @BeforeAll
    static void boot() {
        node = new MicroNode("console-network").start();
        api = new AdminApi(node);
        PileFleet.register(api, List.of(PILE), 1);
        fleet = PileFleet.connect(node, List.of(PILE), 1, 1.0).awaitOnline(Duration.ofSeconds(60));
        browser = Browser.open();
        downloads = Path.of(System.getProperty("chargeops.it.work", "target/it"), "downloads-network-" + System.nanoTime());
        Browser.downloadsTo(browser, downloads);
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
        if (node != null) {
            node.stop();
        }
    }

    @Test
    @Order(1)
    void stationIsEditedInTheConsoleAndTheFilteredListExportsToXlsx() throws Exception {
        browser.get(node.baseUrl() + "/admin/stations.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stations:table")));
        row("station-2").findElement(By.cssSelector("button.edit-station")).click();
        console.await().until(d -> d.findElement(By.id("editStation:eName")).isDisplayed()
                && !d.findElement(By.id("editStation:eName")).getAttribute("value").isBlank());
        String code = browser.findElement(By.cssSelector(".edit-code")).getText();
        type(browser.findElement(By.id("editStation:eName")), "奥体东站（夜间开放）");
        type(browser.findElement(By.id("editStation:eHours")), "18:00-08:00");
        type(browser.findElement(By.id("editStation:eSpaces_input")), "36");
        type(browser.findElement(By.id("editStation:eGuide")), "地下二层 C 区");
        browser.findElement(By.id("editStation:editSave")).click();

        console.await().withMessage("edited station in the list").until(d -> row("station-2").findElement(
                By.cssSelector(".station-name")).getText().equals("奥体东站（夜间开放）"));
        assertThat(row("station-2").findElement(By.cssSelector(".station-hours")).getText()).isEqualTo("18:00-08:00");
        Map<String, Object> station = api.get("/stations/2").map();
        assertThat(station).containsEntry("name", "奥体东站（夜间开放）").containsEntry("openingHours", "18:00-08:00")
                .containsEntry("siteGuide", "地下二层 C 区").containsEntry("stationCode", code);
        assertThat(((Number) station.get("parkingSpaces")).intValue()).isEqualTo(36);

        // the ops API edits the same way: a bad position is refused and nothing changes, a good edit is kept
        String edit = "{\"name\":\"奥体东站（夜间开放）\",\"address\":\"" + station.get("address") + "\",\"provinceCode\":\"320000\","
                + "\"cityCode\":\"320100\",\"districtCode\":\"320105\",\"longitude\":%s,\"latitude\":32.007842,"
                + "\"coordinateSystem\":\"GCJ02\",\"stationType\":\"PUBLIC\",\"status\":\"OPERATING\",\"openingHours\":\"18:00-08:00\","
                + "\"parkingSpaces\":36,\"siteGuide\":\"地下二层 C 区\"}";
        AdminApi.Reply bad = api.put("/stations/2", edit.formatted("181"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        AdminApi.Reply good = api.put("/stations/2", edit.formatted("118.732986"));
        assertThat(good.status()).as(good.toString()).isEqualTo(200);
        assertThat(good.map()).containsEntry("districtCode", "320105").containsEntry("name", "奥体东站（夜间开放）");
        assertThat(new AdminApi(node, FRANCHISEE).put("/stations/2", edit.formatted("118.732986")).status()).isEqualTo(404);

        // the export follows the filter: only the station the keyword finds
        browser.findElement(By.id("stations:keyword")).sendKeys("夜间");
        browser.findElement(By.id("stations:search")).click();
        console.await().until(d -> texts(".station-name").equals(List.of("奥体东站（夜间开放）")));
        browser.findElement(By.id("stations:export")).click();
        Path file = awaitDownload("stations.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum()).as("one station found by the filter").isEqualTo(1);
            Row only = sheet.getRow(1);
            assertThat(only.getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(only.getCell(1).getStringCellValue()).isEqualTo("奥体东站（夜间开放）");
            assertThat(only.getCell(11).getStringCellValue()).isEqualTo("18:00-08:00");
            assertThat(only.getCell(14).getNumericCellValue()).isEqualTo(36.0);
        }
    }

    @Test
    @Order(2)
    void gunQrCodesAreDownloadedAsPngAndAsAStationZip() throws Exception {
        browser.get(node.baseUrl() + "/admin/piles.xhtml?station=1");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("piles:table")));
        browser.findElement(By.cssSelector("a.gun-qr-" + DEMO_GUN)).click();
        assertThat(decode(Files.readAllBytes(awaitDownload(DEMO_GUN + ".png")))).isEqualTo(QR_PREFIX + DEMO_GUN);

        List<String> gunsOfStation = new ArrayList<>();
        for (Map<String, Object> pile : api.get("/piles?stationId=1&status=ACTIVE").list()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> guns = (List<Map<String, Object>>) pile.get("guns");
            guns.forEach(g -> gunsOfStation.add(str(g, "gunCode")));
        }
        assertThat(gunsOfStation).contains(DEMO_GUN, GUN);
        browser.get(node.baseUrl() + "/admin/stations.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stations:table")));
        row("station-1").findElement(By.cssSelector("a.qr-zip")).click();
        Map<String, String> entries = unzipDecoded(Files.readAllBytes(awaitDownload("gun-qr-station-1.zip")));
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(gunsOfStation.stream().map(g -> g + ".png").toList());
        entries.forEach((name, content) -> assertThat(content).isEqualTo(QR_PREFIX + name.replace(".png", "")));

        // the same through the ops API
        AdminApi.Download png = api.download("/guns/" + DEMO_GUN + "/qr-code");
        assertThat(png.status()).as(png.toString()).isEqualTo(200);
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(decode(png.body())).isEqualTo(QR_PREFIX + DEMO_GUN);
        AdminApi.Download zip = api.download("/stations/1/gun-qr-codes");
        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        assertThat(unzipDecoded(zip.body())).isEqualTo(entries);
    }

    @Test
    @Order(3)
    void manufacturerAndModelAreCreatedAndGivenToAPile() {
        browser.get(node.baseUrl() + "/admin/models.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("models:makerTable")));
        browser.findElement(By.id("models:newMaker")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("models:makerName")));
        type(browser.findElement(By.id("models:makerName")), "雨花充电设备");
        type(browser.findElement(By.id("models:contactName")), "赵工");
        browser.findElement(By.id("models:makerSave")).click();
        console.await().until(d -> texts(".maker-name").contains("雨花充电设备"));

        browser.findElement(By.id("models:newModel")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("models:modelCode")));
        console.choose("models:modelMaker", "雨花充电设备");
        type(browser.findElement(By.id("models:modelCode")), "YH-AC7-1");
        console.choose("models:pileType", "AC");
        type(browser.findElement(By.id("models:power_input")), "7");
        browser.findElement(By.id("models:modelSave")).click();
        console.await().until(d -> texts(".model-code").contains("YH-AC7-1"));

        browser.get(node.baseUrl() + "/admin/piles.xhtml?station=1");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("piles:table")));
        pileRow(PILE).findElement(By.cssSelector("button.edit-pile")).click();
        console.await().until(d -> d.findElement(By.cssSelector("#piles\\:editForm .edit-code")).getText().equals(PILE));
        type(browser.findElement(By.id("piles:eName")), "东区 7kW 慢充 1 号");
        console.choose("piles:eCatalogue", "雨花充电设备 YH-AC7-1 · AC 7.00 kW × 1");
        browser.findElement(By.id("piles:editSave")).click();
        console.await().until(d -> pileRow(PILE).findElement(By.cssSelector(".pile-model")).getText()
                .equals("雨花充电设备 YH-AC7-1"));

        Map<String, Object> pile = api.get("/piles/" + PILE).map();
        assertThat(pile).containsEntry("manufacturer", "雨花充电设备").containsEntry("model", "YH-AC7-1")
                .containsEntry("pileName", "东区 7kW 慢充 1 号");
        assertThat(pile.get("pileModelId")).isNotNull();
    }

    @Test
    @Order(4)
    void pileUnbindingIsRefusedWhileItChargesAndDoneOnceTheOrderSettled() {
        AdminApi.Reply started = api.startOrder(DEMO_USER, GUN, new BigDecimal("10.00"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String orderNo = str(started.map(), "orderNo");
        api.awaitState(orderNo, "CHARGING", Duration.ofSeconds(60));

        unbindInConsole();
        console.await().withMessage("refusal shown").until(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .anyMatch(m -> m.getText().contains(PILE) && m.getText().contains("charging")));
        assertThat(str(api.get("/piles/" + PILE).map(), "status")).isEqualTo("ACTIVE");
        assertThat(str(api.order(orderNo), "state")).isEqualTo("CHARGING");

        api.stop(orderNo);
        api.awaitState(orderNo, "SETTLED", Duration.ofSeconds(90));
        console.await().withMessage("gun no longer charging").until(d -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> guns = (List<Map<String, Object>>) api.get("/piles/" + PILE).map().get("guns");
            return !"CHARGING".equals(str(guns.get(0), "state"));
        });
        unbindInConsole();
        console.await().withMessage("pile free").until(d -> "FREE".equals(str(api.get("/piles/" + PILE).map(), "status")));
        Map<String, Object> free = api.get("/piles/" + PILE).map();
        assertThat(free.get("stationId")).isNull();
        assertThat(free.get("tariffTemplateId")).isNull();
        assertThat((List<?>) free.get("guns")).isEmpty();
        // listed for onboarding again (the way to rebind it), and its QR code is gone with its gun
        browser.get(node.baseUrl() + "/admin/piles.xhtml");
        console.await().until(d -> texts(".free-pile").contains(PILE));
        assertThat(api.download("/guns/" + GUN + "/qr-code").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void dashboardMapShowsTheStationsAndOpensOne() {
        int stations = api.get("/stations").list().size();
        browser.get(node.baseUrl() + "/admin/index.xhtml");
        console.await().withMessage("a marker per station").until(d -> d.findElements(By.cssSelector("path.station-marker")).size()
                == stations);
        assertThat(browser.findElement(By.id("station-map")).getAttribute("class")).contains("station-map-plain");
        assertThat(texts(".station-label")).contains("奥体东站（夜间开放）");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id("station-map")));
        Browser.screenshot(browser, "console-station-map");
        WebElement marker = browser.findElement(By.cssSelector("path.station-marker-2"));
        new Actions(browser).moveToElement(marker).click().perform();
        console.await().until(ExpectedConditions.urlContains("/admin/piles.xhtml?station=2"));
    }

    @Test
    @Order(6)
    void franchiseeReachesNoneOfMerchantOnesStationsPilesOrQrCodes() throws Exception {
        console.signOut();
        console.signIn(FRANCHISEE, ConsolePages.DEMO_PASSWORD);
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        console.await().until(d -> d.findElements(By.cssSelector("path.station-marker")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("path.station-marker-3"))).hasSize(1);

        browser.get(node.baseUrl() + "/admin/stations.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stations:table")));
        assertThat(texts(".station-code")).containsExactly("NJQH0001");
        assertThat(browser.findElements(By.cssSelector("tr.station-1, tr.station-2"))).isEmpty();
        browser.get(node.baseUrl() + "/admin/piles.xhtml");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("piles:table")));
        assertThat(texts(".pile-code")).containsExactly("32010400000001");
        assertThat(browser.findElements(By.cssSelector("a.gun-qr-" + DEMO_GUN))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a.gun-qr-3201040000000101"))).hasSize(1);

        // the QR links of another merchant answer as unknown, its own work (same session as the browser)
        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(consoleGet("/admin/qr/guns/" + DEMO_GUN + ".png", cookie).statusCode()).isEqualTo(404);
        assertThat(consoleGet("/admin/qr/stations/1.zip", cookie).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> own = consoleGet("/admin/qr/guns/3201040000000101.png", cookie);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(decode(own.body())).isEqualTo(QR_PREFIX + "3201040000000101");
        assertThat(unzipDecoded(consoleGet("/admin/qr/stations/3.zip", cookie).body())).containsOnlyKeys("3201040000000101.png");

        // and the ops API: another merchant's gun, station codes and station edits are not there for it
        AdminApi franchisee = new AdminApi(node, FRANCHISEE);
        assertThat(franchisee.download("/guns/" + DEMO_GUN + "/qr-code").status()).isEqualTo(404);
        assertThat(franchisee.download("/stations/1/gun-qr-codes").status()).isEqualTo(404);
        assertThat(franchisee.get("/stations/2").status()).isEqualTo(404);
        console.signOut();
        console.signInAsDemoOperator();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static void unbindInConsole() {
        browser.get(node.baseUrl() + "/admin/piles.xhtml?station=1");
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("piles:table")));
        pileRow(PILE).findElement(By.cssSelector("button.unbind-pile")).click();
        console.await().until(d -> d.findElement(By.cssSelector(".unbind-code")).getText().equals(PILE));
        console.await().until(ExpectedConditions.elementToBeClickable(By.id("piles:unbindConfirm"))).click();
    }

    private static WebElement row(String rowClass) {
        return browser.findElement(By.cssSelector("tr." + rowClass));
    }

    private static WebElement pileRow(String pileCode) {
        return browser.findElement(By.xpath("//span[@class='pile-code' and text()='" + pileCode + "']/ancestor::tr"));
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText().trim()).toList();
    }

    private static void type(WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        console.await().withMessage(name + " downloaded").until(d -> Files.isRegularFile(file) && size(file) > 0
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static HttpResponse<byte[]> consoleGet(String path, String cookie) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(node.url(path))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Reads a PNG as a person's phone would: decode the QR code in it. */
    static String decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG image").isNotNull();
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code in the image", e);
        }
    }

    /** File name → decoded content of every PNG in a ZIP. */
    static Map<String, String> unzipDecoded(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), decode(in.readAllBytes()));
            }
        }
        return entries;
    }
}
