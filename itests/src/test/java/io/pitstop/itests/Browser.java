package io.pitstop.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with the
 * few moves the staff UI tests repeat: find by the stable element ids, type
 * into Vaadin fields, wait for notices, and a screenshot per step into
 * {@code target/screenshots/<test>/} so that a failure can be seen.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * How often a wait looks again. Selenium's default of 500 ms cost a quarter of a second on average at each of
     * the suite's thousands of waits; a look is one short script in the browser.
     */
    static final Duration POLL = Duration.ofMillis(50);

    private static final Dimension WINDOW = new Dimension(1440, 1000);
    /**
     * Browsers a closed check left, started and ready for the next one: starting Chromium and its driver cost a few
     * seconds per check. A browser goes back only after {@link #forget()} made it a stranger to the server again.
     */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
    }

    private final ChromeDriver driver;
    private final String base;
    private final Path shots;
    private int step;
    private boolean closed;

    Browser(int port, String test) throws Exception {
        base = "http://localhost:" + port + "/";
        driver = idleOrNew();
        shots = Files.createDirectories(Path.of("target", "screenshots", test));
    }

    private static ChromeDriver idleOrNew() {
        synchronized (IDLE) {
            if (!IDLE.isEmpty()) {
                return IDLE.pop();
            }
        }
        assertTrue("Browser tests need Debian's chromium and chromedriver. Install them with: "
                        + "sudo apt-get install -y chromium chromium-driver",
                new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=ru-RU");
        // the quality gate reads the console: every level, so that SEVERE entries are kept for it
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return started;
    }

    /**
     * Makes the browser a new visitor's: no cookies (so no session), no storage of any site, one tab on a blank
     * page at the usual size, the console read out. What stays is the HTTP cache of the application's files, as
     * for a returning user. False when the browser did not take it (then it is not used again).
     */
    private boolean forget() {
        try {
            List<String> tabs = List.copyOf(driver.getWindowHandles());
            for (String tab : tabs.subList(1, tabs.size())) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(tabs.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.substring(0, base.length() - 1),
                    "storageTypes", "cookies,local_storage,session_storage,indexeddb,websql,service_workers,cache_storage"));
            driver.manage().window().setSize(WINDOW);
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Ends the browsers kept for later checks (the end of the test class, or of the JVM). */
    static void quitIdle() {
        synchronized (IDLE) {
            while (!IDLE.isEmpty()) {
                try {
                    IDLE.pop().quit();
                } catch (WebDriverException ignored) {
                    // a browser that died on its own needs no ending
                }
            }
        }
    }

    /** A wait of the browser checks: up to {@code timeout}, looking again every {@link #POLL}. */
    static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /**
     * Waits for the browser to draw the given number of frames: what a layout or a grid does after the data or a
     * resize arrived shows in the next frame, so two are enough, and take milliseconds, not a guessed sleep.
     */
    static void frames(WebDriver driver, int count) {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "let left = arguments[0]; const next = () => left-- > 0 ? requestAnimationFrame(next) : done();"
                + "next();", count);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the UI, e.g. {@code ""} or {@code "account/…"}. */
    void open(String path) {
        driver.get(base + path);
    }

    void login(String user) {
        open("login");
        type("login-username", user);
        type("login-password", user);
        click("login-submit");
        visible("main-layout");
    }

    void logout() {
        open("logout");
        visible("login-username");
    }

    /**
     * Waits the usual patience. Vaadin re-renders freely, so an element that left the page between being found
     * and being read is looked up again: Chromium reports that as a stale element or, when it happens inside
     * one command, as "Node with given id does not belong to the document"; a lookup that meets the page navigating
     * (after the login form, Vaadin moves to the view it was asked for) is "aborted by navigation": look again too.
     */
    private WebDriverWait await() {
        return new WebDriverWait(driver, PATIENCE, POLL) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        String message = String.valueOf(e.getMessage());
                        if (e instanceof StaleElementReferenceException || message.contains("does not belong to the document")
                                || message.contains("aborted by navigation")) {
                            return null; // not yet: look again
                        }
                        throw e;
                    }
                });
            }
        };
    }

    /** An open Vaadin dialog: the {@code vaadin-dialog} element itself has no box, its overlay shows the content. */
    void dialog(String id) {
        await().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const e = document.getElementById(arguments[0]); return !!(e && e.opened);", id)));
    }

    WebElement visible(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    WebElement css(String selector) {
        return await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
    }

    void gone(String id) {
        await().until(d -> d.findElements(By.id(id)).isEmpty());
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * Clicks once the element is clickable; a re-render between finding and clicking finds it again. The element is
     * brought to the middle of its scrolling parent first: a menu entry low in a long drawer, in a window the quality
     * gate made smaller, is otherwise "not clickable at point" below the fold; a click that something else still
     * takes (an overlay closing) is tried again until the patience runs out.
     */
    void click(String id) {
        await().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                element.click();
            } catch (ElementClickInterceptedException e) {
                return false;
            }
            return true;
        });
    }

    /** Types into the input of a Vaadin text field and leaves it, so the server gets the value. */
    void type(String id, String text) {
        input(id, text).sendKeys(Keys.TAB);
    }

    /** Types into the input of a Vaadin field and stays there (a combo box clears unmatched text on leaving). */
    WebElement input(String id, String text) {
        WebElement input = await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return input;
    }

    /**
     * Chooses a file in the kit's {@code FileDrop} with this id, as a user picking it in the file dialog: the file
     * input lives in the shadow root of its {@code vaadin-upload} ({@code <id>-upload}).
     */
    void attachFile(String id, Path file) {
        WebElement upload = await().until(ExpectedConditions.presenceOfElementLocated(By.id(id + "-upload")));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The bytes the browser gets for a link of the page, with the page's session (a download as the user makes it). */
    byte[] fetch(String href) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));"
                        + "}).catch(e => done('failed: ' + e));", href);
        return java.util.Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** The notice with this {@code data-key}, whatever the language. */
    WebElement notice(String key) {
        return css(".pitstop-notice[data-key='" + key + "']");
    }

    /** Waits until the element's attribute has the value. */
    void attribute(String id, String name, String value) {
        await().until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && value.equals(found.get(0).getDomAttribute(name));
        });
    }

    /** Waits until the element's text is the given one. */
    void text(String id, String expected) {
        await().until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && expected.equals(found.get(0).getText().trim());
        });
    }

    /** Waits until the Vaadin field shows an error message and returns it. */
    String fieldError(String id) {
        return await().until(d -> {
            Object message = ((JavascriptExecutor) d).executeScript(
                    "const f = document.getElementById(arguments[0]); return f && f.invalid ? f.errorMessage : null;", id);
            return message == null || message.toString().isBlank() ? null : message.toString();
        });
    }

    void shot(String name) throws Exception {
        File file = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), shots.resolve(String.format("%02d-%s.png", ++step, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Hands the browser on to the next check, made a stranger to the server again, or ends it if that failed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (forget()) {
            synchronized (IDLE) {
                IDLE.push(driver);
            }
        } else {
            driver.quit();
        }
    }
}
