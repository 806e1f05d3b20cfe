package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * RBAC and the logs in headless Chromium: the platform administrator creates a role with a few permissions in the
 * permission tree and an account holding it; that account must choose its own password, sees only the permitted
 * menus, and is refused the others (403) and their buttons. A tariff changed through the ops API shows in the
 * operation log with its before and after prices, next to the role and account just made. The franchisee's operator,
 * made its merchant's administrator, sees only its merchant's accounts, log entries and sign-ins, and the service
 * refuses it a role with a platform-wide permission. Runs on a node of its own: it changes roles, accounts and the
 * demo tariff.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAdministrationIT {

    static final String DUTY_PHONE = "13911110001";
    static final String FRANCHISEE = "13900000003";

    static MicroNode node;
    static AdminApi api;
    static ChromeDriver browser;
    static ConsolePages console;

    @BeforeAll
    static void boot() {
        node = new MicroNode("console-admin").start();
        api = new AdminApi(node);
        browser = Browser.open();
        console = new ConsolePages(browser, node);
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
    @Order(1)
    void aRoleWithAFewPermissionsGivesItsAccountThoseMenusOnly() {
        console.signInAsDemoOperator();
        open("roles.xhtml", "roles:table");
        browser.findElement(By.id("roles:new")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:code")));
        browser.findElement(By.id("roles:code")).sendKeys("DUTY_VIEWER");
        browser.findElement(By.id("roles:name")).sendKeys("值班查看");
        for (String code : List.of("dashboard", "orders", "stations")) {
            check(code);
        }
        browser.findElement(By.id("roles:save")).click();
        console.await().withMessage("role saved").until(d -> texts(".role-code").contains("DUTY_VIEWER")
                && d.findElements(By.id("roles:delete")).size() == 1);
        assertThat(checked()).containsExactlyInAnyOrder("dashboard", "orders", "stations");
        browser.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "console-roles");

        open("accounts.xhtml", "accounts:table");
        browser.findElement(By.id("accounts:new")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:newPhone")));
        browser.findElement(By.id("accounts:newPhone")).sendKeys(DUTY_PHONE);
        browser.findElement(By.id("accounts:newName")).sendKeys("值班员");
        password("accounts:newPassword").sendKeys("Init2026pass");
        label("accounts:newRoles", "DUTY_VIEWER").click();
        browser.findElement(By.id("accounts:create")).click();
        console.await().withMessage(() -> "account listed: " + texts(".ui-growl-message"))
                .until(d -> texts(".account-phone").contains(DUTY_PHONE));
        console.signOut();

        // first sign-in: the account chooses its own password before anything else
        console.signIn(DUTY_PHONE, "Init2026pass");
        console.await().until(ExpectedConditions.urlContains("/admin/password.xhtml"));
        password("password:current").sendKeys("Init2026pass");
        password("password:replacement").sendKeys("Duty2026mine");
        password("password:repeated").sendKeys("Duty2026mine");
        browser.findElement(By.id("password:submit")).click();
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));

        List<String> menu = browser.findElements(By.cssSelector(".console-nav a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/admin/", "")).toList();
        assertThat(menu).containsExactlyInAnyOrder("index.xhtml", "orders.xhtml", "stations.xhtml");

        open("orders.xhtml", "orders:table");
        assertThat(browser.findElements(By.id("orders:export"))).as("export button not granted").isEmpty();
        open("stations.xhtml", "stations:table");
        assertThat(browser.findElements(By.id("stations:new"))).as("open-a-station button not granted").isEmpty();
        for (String page : List.of("live.xhtml", "accounts.xhtml", "roles.xhtml", "oplog.xhtml", "piles.xhtml")) {
            assertThat(status("/admin/" + page)).as(page).isEqualTo(403);
        }
        assertThat(status("/admin/orders.xhtml")).isEqualTo(200);
        console.signOut();
    }

    @Test
    @Order(2)
    void aTariffChangeShowsInTheOperationLogWithBeforeAndAfter() {
        browser.manage().deleteAllCookies(); // whatever the test before left signed in
        AdminApi.Reply version = api.post("/tariffs/1/versions", tariffJson("0.1"));
        assertThat(version.status()).as(version.toString()).isEqualTo(201);

        console.signInAsDemoOperator();
        open("oplog.xhtml", "oplog:table");
        WebElement tariff = row("tariff.version");
        assertThat(tariff.getText()).contains("13900000000", "接口", "tariff 1", "SHARP", "1.18520 + 0.80000",
                "1.28520 + 0.80000", "FLAT", "0.62310 + 0.60000", "0.72310 + 0.60000");
        assertThat(row("role.create").getText()).contains("控制台", "role DUTY_VIEWER", "dashboard,network,orders,stations");
        assertThat(row("account.create").getText()).contains("account " + DUTY_PHONE, "DUTY_VIEWER")
                .doesNotContain("PBKDF2", "Init2026pass");

        // the sign-in log (written from the audit queue) has the new account's sign-in
        console.await().withMessage("sign-in log").until(d -> {
            open("signins.xhtml", "signins:table");
            browser.findElement(By.id("signins:phone")).sendKeys(DUTY_PHONE);
            browser.findElement(By.id("signins:search")).click();
            return d.findElement(By.id("signins:table")).getText().contains(DUTY_PHONE);
        });
    }

    @Test
    @Order(3)
    void aMerchantAdministratorSeesItsOwnMerchantOnly() {
        // the franchisee's operator becomes its merchant's administrator
        open("accounts.xhtml", "accounts:table");
        browser.findElement(By.id("accounts:phone")).sendKeys(FRANCHISEE);
        browser.findElement(By.id("accounts:search")).click();
        console.await().until(d -> texts(".account-phone").equals(List.of(FRANCHISEE)));
        browser.findElement(By.cssSelector("#accounts\\:table .edit")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:editName")));
        label("accounts:editRoles", "MERCHANT_ADMIN").click();
        browser.findElement(By.id("accounts:update")).click();
        console.await().withMessage("roles saved").until(d -> texts(".account-roles").toString().contains("MERCHANT_ADMIN"));
        console.signOut();

        console.signIn(FRANCHISEE, ConsolePages.DEMO_PASSWORD);
        console.await().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        open("accounts.xhtml", "accounts:table");
        assertThat(texts(".account-phone")).containsExactly(FRANCHISEE);

        open("oplog.xhtml", "oplog:table");
        List<String> records = texts(".oplog-record");
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r).isEqualTo("account " + FRANCHISEE));
        assertThat(browser.findElement(By.id("oplog:table")).getText()).doesNotContain("tariff", "DUTY_VIEWER", DUTY_PHONE);

        console.await().withMessage("own sign-in listed").until(d -> {
            open("signins.xhtml", "signins:table");
            return texts(".signin-phone").contains(FRANCHISEE);
        });
        assertThat(texts(".signin-phone")).containsOnly(FRANCHISEE);

        // a merchant's role cannot hold a platform-wide screen, whatever the page sends
        open("roles.xhtml", "roles:table");
        // the platform's roles are shared definitions; no other merchant's role is listed
        assertThat(texts(".role-code")).contains("OPERATOR", "MERCHANT_ADMIN");
        browser.findElement(By.id("roles:new")).click();
        console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("roles:code")));
        browser.findElement(By.id("roles:code")).sendKeys("FR2_REFUNDS");
        browser.findElement(By.id("roles:name")).sendKeys("退款越权");
        check("refunds:decide");
        browser.findElement(By.id("roles:save")).click();
        console.await().withMessage("refusal shown").until(d -> d.getPageSource().contains("platform-wide"));
        assertThat(texts(".role-code")).doesNotContain("FR2_REFUNDS");
        console.signOut();
    }

    // ---- what a person does on these screens ----------------------------------------------------------------------

    private void open(String page, String visibleId) {
        browser.get(node.baseUrl() + "/admin/" + page);
        console.await().withMessage(() -> page + " at " + browser.getCurrentUrl() + ": "
                        + browser.getPageSource().substring(0, Math.min(2000, browser.getPageSource().length())))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(visibleId)));
    }

    /** Ticks a permission's box in the role's tree. */
    private void check(String code) {
        By box = By.xpath("//span[@data-perm='" + code + "']/ancestor::*[contains(@class,'ui-treenode-content')][1]"
                + "//*[contains(@class,'ui-chkbox-box')]");
        console.await().until(ExpectedConditions.elementToBeClickable(box)).click();
    }

    /** The permissions whose leaf boxes are ticked. */
    private List<String> checked() {
        List<String> codes = new ArrayList<>();
        for (WebElement perm : browser.findElements(By.cssSelector("span.perm[data-perm]"))) {
            String code = perm.getAttribute("data-perm");
            WebElement content = perm.findElement(By.xpath("./ancestor::*[contains(@class,'ui-treenode-content')][1]"));
            if (code != null && !code.isEmpty() && !content.findElements(By.cssSelector(".ui-chkbox-box.ui-state-active")).isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    private WebElement label(String checkboxesId, String containing) {
        By by = By.xpath("//*[@id='" + checkboxesId + "']//label[contains(., '" + containing + "')]");
        return console.await().until(ExpectedConditions.elementToBeClickable(by));
    }

    private WebElement password(String id) {
        return browser.findElement(By.cssSelector("#" + id.replace(":", "\\:") + " input, input#" + id.replace(":", "\\:")));
    }

    private WebElement row(String action) {
        return console.await().withMessage(() -> "log row " + action + " in " + browser.findElement(By.id("oplog:table")).getText())
                .until(d -> d.findElements(By.xpath("//span[@data-action='" + action + "']/ancestor::tr[1]")).stream()
                        .findFirst().orElse(null));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The HTTP status the signed-in browser gets for a console page. */
    private long status(String path) {
        Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'}).then(r => done(r.status));", path);
        return ((Number) status).longValue();
    }

    /** The demo prices with every electricity fee raised by {@code plus}. */
    private static String tariffJson(String plus) {
        java.math.BigDecimal p = new java.math.BigDecimal(plus);
        String rates = "[" + rate("SHARP", "1.18520", p, "0.80000") + "," + rate("PEAK", "1.02540", p, "0.80000") + ","
                + rate("FLAT", "0.62310", p, "0.60000") + "," + rate("VALLEY", "0.28560", p, "0.40000") + "]";
        List<String> slots = new ArrayList<>();
        slots.addAll(Collections.nCopies(16, "\"VALLEY\""));
        slots.addAll(Collections.nCopies(6, "\"PEAK\""));
        slots.addAll(Collections.nCopies(26, "\"FLAT\""));
        return "{\"rates\":" + rates + ",\"slots\":[" + String.join(",", slots) + "]}";
    }

    private static String rate(String type, String electricity, java.math.BigDecimal plus, String service) {
        return "{\"rateType\":\"" + type + "\",\"electricityFee\":" + new java.math.BigDecimal(electricity).add(plus).toPlainString()
                + ",\"serviceFee\":" + service + "}";
    }
}
