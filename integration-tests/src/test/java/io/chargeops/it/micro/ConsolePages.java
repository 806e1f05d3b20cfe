package io.chargeops.it.micro;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the console, in one place for every console test. */
final class ConsolePages {

    static final String DEMO_OPERATOR = "13900000000";
    static final String DEMO_PASSWORD = "ChargeOps#2026";

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final MicroNode node;

    ConsolePages(ChromeDriver browser, MicroNode node) {
        this.browser = browser;
        this.node = node;
        // generous: a loaded 2-core CI machine renders the first page of a fresh node slowly
        this.wait = new WebDriverWait(browser, PATIENCE);
        // an ajax update may replace an element between finding and reading it, or cover it while it runs: look again
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class);
    }

    WebDriverWait await() {
        return wait;
    }

    /** Waits until no PrimeFaces ajax request is pending, so what the page shows is what the last answer rendered. */
    void settled() {
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Clicks the element once the page has settled, finding it again if an ajax update replaced it meanwhile. */
    void click(By element) {
        settled();
        wait.until(d -> {
            d.findElement(element).click();
            return true;
        });
    }

    /** Types into the element once the page has settled, finding it again if an ajax update replaced it meanwhile. */
    void type(By element, CharSequence... keys) {
        settled();
        wait.until(d -> {
            d.findElement(element).sendKeys(keys);
            return true;
        });
    }

    void signIn(String phone, String password) {
        browser.get(node.baseUrl() + "/admin/");
        new WebDriverWait(browser, PATIENCE).withMessage(() -> "sign-in page; browser at " + browser.getCurrentUrl() + " showing "
                        + browser.getPageSource().substring(0, Math.min(400, browser.getPageSource().length())))
                .until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        var phoneField = browser.findElement(By.id("login:phone"));
        phoneField.clear(); // the sign-in page may offer the last phone again
        phoneField.sendKeys(phone);
        browser.findElement(By.cssSelector("#login\\:password input, input#login\\:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    void signInAsDemoOperator() {
        signIn(DEMO_OPERATOR, DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("platform")));
    }

    void signOut() {
        browser.findElement(By.id("session:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
    }

    /** Picks an option of a PrimeFaces select-one menu by its label, as a person does. */
    void choose(String id, String label) {
        // an ajax update of the menu leaves its old panel behind: take the option that is shown; a click that came
        // while the dialog was still opening did not open the menu, so click again until it is open
        By option = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
        wait.until(d -> {
            if (d.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
                d.findElement(By.id(id)).click();
                return false;
            }
            return true;
        });
        browser.findElements(option).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        wait.until(d -> d.findElement(By.id(id + "_label")).getText().equals(label));
    }

    /** Rows of the home screen's sign-in log, reloading until at least {@code expected} are there (written via JMS). */
    List<String> signInLogRows(int expected) {
        wait.until(driver -> {
            driver.navigate().refresh();
            return rows().size() >= expected;
        });
        return rows().stream().map(WebElement::getText).toList();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#signIns tbody tr[data-ri]"));
    }
}
