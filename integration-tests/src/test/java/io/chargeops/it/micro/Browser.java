package io.chargeops.it.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through Debian's chromedriver; nothing is downloaded. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver open() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chargeops.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chargeops.it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=zh-CN");
        // operators' browsers ask for Chinese; the console's default language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Lets the page download files into {@code directory} (headless Chromium asks no questions). */
    static void downloadsTo(ChromeDriver driver, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
    }

    /**
     * Keeps what the user saw, for a person to look at after the run, under {@code target/it/screenshots}. With
     * {@code -Dchargeops.it.docs-screenshots=<directory>} (e.g. {@code ../docs/screenshots}) the README's console
     * screenshots ({@code console-*}) are also written there; a normal run never rewrites committed files.
     */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path target = Path.of(System.getProperty("chargeops.it.work", "target/it"), "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            String docs = System.getProperty("chargeops.it.docs-screenshots");
            if (docs != null && !docs.isBlank() && name.startsWith("console-")) {
                Path copy = Path.of(docs, name + ".png");
                Files.createDirectories(copy.getParent());
                Files.write(copy, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
