package se.klusterportalen.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Missing packages fail the test with their names:
 * browser tests never skip silently (infra/test.sh installs them where it may).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's packages 'chromium' and 'chromium-driver' "
                    + "(apt-get install chromium chromium-driver); infra/test.sh installs them when run as root.");
        }
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=en-US", // the portal speaks Swedish whatever the browser prefers
                "--user-data-dir=" + temporaryProfile());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Fills Keycloak's own login form. */
    public void signInAtKeycloak(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until no element matches {@code by} visibly (a dialog closed). */
    public void waitForGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Two clicks in quick succession, as a hurried user makes them. */
    public void doubleClick(By by) {
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(waitFor(by)).perform();
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitForUrlContaining(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** As {@link #waitForContent(By, String)}, waiting at most {@code timeout} (an answer that takes a pool timeout). */
    public void waitForContent(By by, String text, Duration timeout) {
        // an element found may be replaced by the page before it is read (a navigation under load): look again
        new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream()
                        .anyMatch(element -> element.getDomAttribute("hidden") == null
                                && element.getDomProperty("textContent").contains(text)));
    }

    /** The app layout scrolls its content area, where a click does not bring an element into view. */
    /**
     * Waits until the element exists, is not hidden and its text content holds {@code text}, also where it is
     * scrolled out of the view's scrolling area (where Selenium's getText and visibility say "not shown").
     */
    public void waitForContent(By by, String text) {
        waitForContent(by, text, Duration.ofSeconds(30));
    }

    public void scrollIntoView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Chooses a file in a vaadin-upload as a user would, through its file input. */
    public void upload(By upload, Path file) {
        WebElement component = waitFor(upload);
        java.util.List<WebElement> light = component.findElements(By.cssSelector("input[type=file]"));
        WebElement input = light.isEmpty()
                ? component.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The page as the browser prints it (A4, backgrounds on), saved beside the screenshots as {@code name}.pdf. */
    public byte[] print(String name) {
        var options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] pdf = java.util.Base64.getDecoder().decode(((org.openqa.selenium.PrintsPage) driver).print(options)
                .getContent());
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot of the page in a window {@code width} × {@code height} pixels (a laptop 1280, a tablet 820; tall
     * enough to hold the whole page), then the window as before.
     */
    public void screenshot(String name, int width, int height) {
        var window = driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, height));
        try {
            Thread.sleep(700); // the layout settles after the resize
            screenshot(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            window.setSize(before);
        }
    }

    /** Sets the window to {@code width} × {@code height} pixels and lets the layout settle. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs JavaScript in the page and returns its result. */
    public Object script(String javaScript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
