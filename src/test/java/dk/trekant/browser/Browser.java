package dk.trekant.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both by explicit path (Selenium Manager
 * never runs, nothing is downloaded), with a fresh profile per browser and Danish as the browser's
 * language, as on the staff's PCs. Screenshots go to {@code target/screenshots/<scenario>-NN-<step>.png}.
 */
final class Browser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Browser.class);

    static final String CHROMIUM = System.getProperty("trekant.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("trekant.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;
    private final String scenario;
    private final Path profile;
    private int step;

    Browser(int port, String scenario) {
        this("localhost", port, scenario);
    }

    /** A browser that reaches Trekant as {@code host} (e.g. 127.0.0.1: another site than localhost's). */
    Browser(String host, int port, String scenario) {
        this.base = "http://" + host + ":" + port;
        this.scenario = scenario;
        try {
            this.profile = Files.createTempDirectory("trekant-chromium-");
            Files.createDirectories(SCREENSHOTS);
            try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                old.filter(path -> path.getFileName().toString().startsWith(scenario + "-")).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1500,1100", "--lang=da");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Copenhagen"))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriverWait waiting() {
        return waiting(20);
    }

    WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(200));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return waiting().until(condition);
    }

    WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    boolean appears(By by, int seconds) {
        try {
            waiting(seconds).until(ExpectedConditions.visibilityOfElementLocated(by));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Scrolls an element to the middle of the window (clear of Tasklist's fixed footer) and clicks it. */
    WebElement click(By by) {
        WebElement element = visible(by);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        until(ExpectedConditions.elementToBeClickable(element)).click();
        return element;
    }

    /** Visible text of the page (what the user reads). */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(String text) {
        until(d -> text().contains(text));
    }

    static By exactText(String text) {
        return By.xpath("//*[normalize-space(text())='" + text + "']");
    }

    static By button(String text) {
        return By.xpath("//*[self::button or self::a][normalize-space(.)='" + text + "']");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Logs into a Camunda webapp through its login form: types the credentials and clicks "Log ind".
     * Returns whether the login was accepted (the form went away).
     */
    boolean login(String app, String user, String password) {
        open("/camunda/app/" + app + "/default/");
        visible(By.cssSelector("form[name=signinForm] input[type=text]"));
        fill(By.cssSelector("form[name=signinForm] input[type=text]"), user);
        fill(By.cssSelector("form[name=signinForm] input[type=password]"), password);
        screenshot("login-" + app);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        if (!loginAnswered(8)) {
            // Headless Chromium now and then drops the click on the AngularJS form's button; the form's own
            // submit event (what the button would fire) goes through.
            log.warn("The login click did not submit the form; dispatching its submit event");
            js("document.querySelector('form[name=signinForm]').dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}))");
            loginAnswered(15);
        }
        return driver.findElements(By.cssSelector("form[name=signinForm]")).isEmpty();
    }

    /**
     * Types a value into a field and checks that it landed there: the login form re-renders once its
     * locale has loaded, and the autofocus may then pull keystrokes into the first field. If the
     * value did not land, it is set as the browser would after typing (value and input event).
     */
    private void fill(By field, String value) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement element = driver.findElement(field);
            element.click();
            element.clear();
            element.sendKeys(value);
            if (value.equals(driver.findElement(field).getDomProperty("value"))) {
                return;
            }
        }
        js("const el = arguments[0]; el.value = arguments[1]; el.dispatchEvent(new Event('input', {bubbles: true}));"
                + "el.dispatchEvent(new Event('change', {bubbles: true}));", driver.findElement(field), value);
    }

    private boolean loginAnswered(int seconds) {
        try {
            waiting(seconds).until(d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty()
                    || !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("a JavaScript dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Saves a screenshot of the whole window as {@code <scenario>-NN-<name>.png}; names never carry personal data. */
    Path screenshot(String name) {
        step++;
        Path target = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", scenario, step, name));
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                log.debug("could not delete {}", profile, e);
            }
        }
    }
}
