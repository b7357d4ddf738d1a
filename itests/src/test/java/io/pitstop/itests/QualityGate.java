package io.pitstop.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The quality gate one page at a time, as one user sees it: axe-core's
 * critical and serious accessibility violations, SEVERE browser console
 * entries, a title pushed down by empty space, and a screenshot at each size
 * staff use ({@code target/screenshots/<role>-<view>-<w>x<h>.png}). It
 * collects problems rather than stopping at the first, so one run names them
 * all.
 */
final class QualityGate {
    /** The screens staff work at: a desktop and a small laptop. */
    static final List<Dimension> SIZES = List.of(new Dimension(1440, 900), new Dimension(1280, 720));
    /** The impacts that fail the gate; moderate and minor ones are advice. */
    static final List<String> FAILING = List.of("critical", "serious");
    /** A view's title starts no further than this below the top of its content (the layout's padding and a little). */
    static final int MAX_TITLE_GAP = 40;
    /**
     * Console messages that are not failures, each with the reason. A part of
     * the message, matched as text; keep the list short and explained.
     */
    static final Map<String, String> HARMLESS = Map.of(
            // the browser asks for a favicon.ico at the site root before it reads the page's icon link
            "favicon.ico", "Chromium's own request for /favicon.ico, answered before the page's SVG icon is read");

    private static final String AXE = axeScript();
    private static final ObjectMapper JSON = new ObjectMapper();

    private QualityGate() {
    }

    private static String axeScript() {
        String path = "axe.min.js";
        try (InputStream in = QualityGate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    /** Every check on the page now open; {@code view} names it in the problems and the screenshot files. */
    static List<String> check(Browser browser, String role, String view) throws Exception {
        WebDriver driver = browser.driver();
        settle(driver);
        List<String> problems = new ArrayList<>();
        String where = "[" + role + " " + view + "] ";
        for (String v : axe(driver)) {
            problems.add(where + v);
        }
        for (String c : consoleErrors(driver)) {
            problems.add(where + "console: " + c);
        }
        Long gap = titleGap(driver);
        if (gap != null && gap > MAX_TITLE_GAP) {
            problems.add(where + "layout: the title starts " + gap + " px below the top of the content (at most "
                    + MAX_TITLE_GAP + ")");
        }
        screenshots(driver, role + "-" + view);
        return problems;
    }

    /**
     * The checks of one part of the page now open (a card's tab just chosen): axe over that part only and the
     * console; the rest of the page, its layout and its screenshots were checked with the page, so a tab costs
     * one short axe run.
     */
    static List<String> checkPart(Browser browser, String role, String view, String selector) throws Exception {
        WebDriver driver = browser.driver();
        settle(driver);
        List<String> problems = new ArrayList<>();
        String where = "[" + role + " " + view + "] ";
        for (String v : axe(driver, selector)) {
            problems.add(where + v);
        }
        for (String c : consoleErrors(driver)) {
            problems.add(where + "console: " + c);
        }
        return problems;
    }

    /** Waits until Vaadin has answered everything the page asked for, so that axe sees the drawn view. */
    static void settle(WebDriver driver) throws InterruptedException {
        // a grid asks for its rows after it is attached and says so with its loading attribute until they came
        Browser.waitFor(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients)"
                        + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && !!document.querySelector('#main-layout, #login-view')"
                        + " && !document.querySelector('vaadin-grid[loading]');")));
        Browser.frames(driver, 2); // the grid draws its rows a frame after the data arrived
    }

    /** The critical and serious violations axe-core finds on the page, one line each. */
    static List<String> axe(WebDriver driver) throws IOException {
        return axe(driver, null);
    }

    /** Like {@link #axe(WebDriver)} over the first element the CSS selector finds (the whole page for null). */
    static List<String> axe(WebDriver driver, String selector) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const where = arguments[0] ? document.querySelector(arguments[0]) : document;"
                        + "if (!where) { done(JSON.stringify({error: 'nothing found at ' + arguments[0]})); return; }"
                        + "axe.run(where, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done(JSON.stringify({error: String(e)})));", selector);
        JsonNode violations = JSON.readTree(String.valueOf(result));
        if (violations.has("error")) {
            return List.of("axe could not run: " + violations.get("error").asText());
        }
        List<String> found = new ArrayList<>();
        for (JsonNode v : violations) {
            if (!FAILING.contains(v.path("impact").asText())) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                targets.add(node.path("target").toString());
            }
            found.add("axe " + v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText()
                    + " at " + String.join(", ", targets.subList(0, Math.min(5, targets.size())))
                    + (targets.size() > 5 ? " and " + (targets.size() - 5) + " more" : ""));
        }
        return found;
    }

    /** SEVERE console entries since the last look, less the explained harmless ones. */
    static List<String> consoleErrors(WebDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && HARMLESS.keySet().stream().noneMatch(h -> e.getMessage().contains(h))) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** Pixels between the top of the view and its first heading, or null for a page without one. */
    static Long titleGap(WebDriver driver) {
        Object gap = ((JavascriptExecutor) driver).executeScript(
                "const view = document.querySelector('vaadin-app-layout > :not([slot])');"
                        + "const h = view && view.querySelector('h1, h2, h3');"
                        + "return h ? Math.round(h.getBoundingClientRect().top - view.getBoundingClientRect().top) : null;");
        return gap == null ? null : ((Number) gap).longValue();
    }

    /**
     * Makes the page's viewport this size: the window is larger by what the
     * browser keeps for itself (even headless Chromium keeps its window frame),
     * and a screenshot shows the viewport.
     */
    static void viewport(WebDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        Object inner = ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight];");
        List<?> wh = (List<?>) inner;
        int width = size.getWidth() + size.getWidth() - ((Number) wh.get(0)).intValue();
        int height = size.getHeight() + size.getHeight() - ((Number) wh.get(1)).intValue();
        if (width != size.getWidth() || height != size.getHeight()) {
            driver.manage().window().setSize(new Dimension(width, height));
        }
    }

    private static void screenshots(WebDriver driver, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Dimension before = driver.manage().window().getSize();
        for (Dimension size : SIZES) {
            viewport(driver, size);
            Browser.frames(driver, 2); // Vaadin's layouts answer the resize a frame later
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, dir.resolve(name + "-" + size.getWidth() + "x" + size.getHeight() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(before);
    }
}
