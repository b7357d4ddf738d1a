package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Browser checks of the staff UI's quality: the gate over every view and
 * role, proof that the gate can fail, and the login, language and plugins
 * page defects of issue 15. Called from {@link StaffUiIT}, which owns the
 * server, so the suite starts one Karaf.
 */
final class QualityChecks {
    /** Every role, with the views each may see found in its own menu. */
    static final List<String> ROLES = List.of("admin", "manager", "accountant", "support");
    /** Roles that may post money, so that open the top-up route. */
    static final List<String> POSTING = List.of("admin", "accountant");

    private QualityChecks() {
    }

    private static String js(Browser b, String script, Object... args) {
        return String.valueOf(((JavascriptExecutor) b.driver()).executeScript(script, args));
    }

    /**
     * The gate: the login page, then for each role every view in its menu
     * (the sample plugin installed, so a plugin's view, card and tabs are
     * there too), a contact card, an account card and, for posting roles, the
     * top-up dialog. One browser; one login per role.
     */
    static void everyViewAndRole(int port, Api api) throws Exception {
        String contact = api.createOrganization("ООО «Проверка качества»", Api.uniqueInn());
        String account = api.openAccount(contact, "0");
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Browser b = new Browser(port, "quality")) {
            b.open("login");
            b.visible("login-username");
            problems.addAll(QualityGate.check(b, "anonymous", "login"));
            checked.add("anonymous login");
            b.login("admin");
            installSample(b);
            try {
                for (String role : ROLES) {
                    if (!role.equals("admin")) {
                        b.logout();
                        b.login(role);
                    }
                    Map<String, String> menu = menu(b);
                    Map<String, String> views = new LinkedHashMap<>(menu);
                    views.put("contact-card", "contact/" + contact);
                    views.put("account-card", "account/" + account);
                    if (POSTING.contains(role)) {
                        views.put("account-topup", "account-topup/" + account);
                    }
                    for (Map.Entry<String, String> view : views.entrySet()) {
                        // what the login or the last view left in the console belongs to them, not to this view
                        QualityGate.consoleErrors(b.driver()).forEach(c -> problems.add("[" + role + " between views] console: " + c));
                        if (menu.containsKey(view.getKey())) {
                            // as a user goes there: through the menu, without loading the application again (a
                            // load of the whole page per view was half of the gate's time)
                            follow(b, "menu-" + view.getKey(), view.getValue());
                        } else {
                            b.open(view.getValue());
                        }
                        problems.addAll(QualityGate.check(b, role, view.getKey()));
                        checked.add(role + " " + view.getKey());
                        if (view.getKey().endsWith("-card")) {
                            everyTab(b, role, view.getKey(), problems, checked);
                        }
                    }
                }
            } finally {
                b.logout();
                b.login("admin");
                uninstallSample(b);
            }
        }
        String report = checked.size() + " pages checked: " + String.join(", ", checked) + "\n"
                + problems.size() + " problems" + (problems.isEmpty() ? "" : ":\n" + String.join("\n", problems)) + "\n";
        Files.writeString(Path.of("target", "quality-gate.txt"), report);
        System.out.println(report);
        assertTrue("every role reaches its views: " + checked, checked.size() >= 1 + ROLES.size() * 3);
        assertTrue(report, problems.isEmpty());
    }

    /**
     * Every tab of the card now open after the first (which the page's own check saw), each as its content is
     * drawn: a tab is built when first chosen, so only choosing it shows what it holds (plugins' tabs included).
     */
    static void everyTab(Browser b, String role, String card, List<String> problems, List<String> checked) throws Exception {
        String prefix = card.replace("-card", "-tab-");
        b.visible(card);
        List<String> tabs = new ArrayList<>();
        for (WebElement label : b.driver().findElements(By.cssSelector("#" + card + " vaadin-tab [id^='" + prefix + "']"))) {
            tabs.add(label.getDomAttribute("id"));
        }
        assertTrue(card + " has tabs: " + tabs, tabs.size() > 1);
        for (String tab : tabs.subList(1, tabs.size())) {
            b.click(tab);
            problems.addAll(QualityGate.checkPart(b, role, tab, "#" + card + " vaadin-tabsheet"));
            checked.add(role + " " + tab);
        }
    }

    /**
     * Clicks the menu link and waits until the browser shows its address (the router has navigated). A link the
     * browser does not show within a few seconds is opened by its address instead: after a long run of checks in the
     * same browser the first menu link was once found but not shown, and what the gate judges is the view, not the
     * way there (the menu itself is clicked by the other browser checks).
     */
    static void follow(Browser b, String link, String path) {
        try {
            Browser.waitFor(b.driver(), java.time.Duration.ofSeconds(5))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id(link)));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            b.open(path.startsWith("/") ? path.substring(1) : path);
            return;
        }
        String target = js(b, "return document.getElementById(arguments[0]).href;", link);
        b.click(link);
        Browser.waitFor(b.driver(), java.time.Duration.ofSeconds(30)).until(d -> target.equals(js(b, "return location.href;")));
    }

    /** The views in the signed-in user's menu: name (the link id without {@code menu-}) → path. */
    static Map<String, String> menu(Browser b) {
        b.visible("side-menu");
        Map<String, String> views = new LinkedHashMap<>();
        for (WebElement link : b.driver().findElements(By.cssSelector("#side-menu a[id^='menu-']"))) {
            String href = link.getDomAttribute("href");
            views.put(link.getDomAttribute("id").substring("menu-".length()), href == null ? "" : href);
        }
        return views;
    }

    private static void installSample(Browser b) {
        b.click("menu-plugins");
        b.click("plugin-pitstop-sample-install");
        b.click("plugin-confirm-ok");
        b.visible("menu-sample");
    }

    private static void uninstallSample(Browser b) {
        b.click("menu-plugins");
        b.click("plugin-pitstop-sample-uninstall");
        b.click("plugin-confirm-ok");
        b.gone("menu-sample");
    }

    /**
     * The gate fails where it should: an input without a label, an error in
     * the console and a title pushed down are each reported, by rule and place.
     */
    static void gateCanFail(int port) throws Exception {
        try (Browser b = new Browser(port, "quality-probe")) {
            b.login("manager");
            b.visible("dashboard");
            QualityGate.settle(b.driver());
            QualityGate.consoleErrors(b.driver());
            js(b, "const i = document.createElement('input'); i.type = 'text'; i.id = 'gate-probe';"
                    + "document.querySelector('vaadin-app-layout > :not([slot])').prepend(i);"
                    + "const h = document.createElement('h2'); h.textContent = 'Probe'; h.style.marginTop = '90px';"
                    + "document.querySelector('vaadin-app-layout > :not([slot])').prepend(h);"
                    + "console.error('quality gate probe');");
            List<String> problems = QualityGate.check(b, "manager", "probe");
            String all = String.join("\n", problems);
            assertTrue("an unlabeled input is a critical violation: " + all,
                    problems.stream().anyMatch(p -> p.contains("axe label (critical)") && p.contains("#gate-probe")));
            assertTrue("a console error fails the gate: " + all,
                    problems.stream().anyMatch(p -> p.contains("console:") && p.contains("quality gate probe")));
            assertTrue("a title pushed down fails the gate: " + all,
                    problems.stream().anyMatch(p -> p.startsWith("[manager probe] layout:")));
            for (org.openqa.selenium.Dimension size : QualityGate.SIZES) {
                java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(Path.of("target", "screenshots",
                        "manager-probe-" + size.getWidth() + "x" + size.getHeight() + ".png").toFile());
                assertEquals("the screenshot shows the page at the size staff use", size.getWidth() + "x" + size.getHeight(),
                        shot.getWidth() + "x" + shot.getHeight());
            }
        }
    }

    /**
     * Password managers see a login: both fields in one {@code <form>}, with
     * their autocomplete purposes; Enter in the password logs in; the page
     * links a favicon the server serves.
     */
    static void loginIsAFormWithAFavicon(int port) throws Exception {
        try (Browser b = new Browser(port, "quality-login")) {
            b.open("login");
            b.visible("login-password");
            assertEquals("true", js(b, "const u = document.querySelector('#login-username input');"
                    + "const p = document.querySelector('#login-password input');"
                    + "return !!(u && p && p.form && p.form === u.form && p.type === 'password');"));
            assertEquals("current-password", js(b, "return document.querySelector('#login-password input').autocomplete;"));
            assertEquals("username", js(b, "return document.querySelector('#login-username input').autocomplete;"));
            assertEquals("the page says its language", "ru", js(b, "return document.documentElement.lang;"));
            String icon = js(b, "const l = document.querySelector('link[rel~=icon]'); return l ? l.href : '';");
            assertFalse("the page links a favicon", icon.isEmpty());
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(icon, 200, answer.statusCode());
            assertTrue(icon + " is an image", answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
            assertTrue(icon + " is the SVG icon", new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<svg"));
            b.shot("login");
            b.type("login-username", "manager");
            b.input("login-password", "manager").sendKeys(Keys.ENTER);
            b.visible("main-layout");
        }
    }

    /** The language chosen survives logout and the next login, the login page included. */
    static void languageKeptAcrossLogins(int port) throws Exception {
        try (Browser b = new Browser(port, "quality-language")) {
            b.login("manager");
            b.text("menu-contacts", "Контакты");
            b.click("lang-en");
            b.text("menu-contacts", "Contacts");
            b.logout();
            b.text("login-submit", "Log in");
            assertEquals("en", js(b, "return document.documentElement.lang;"));
            b.shot("login-in-english");
            b.login("manager");
            b.text("menu-contacts", "Contacts");
            b.shot("english-after-login");
            b.click("lang-ru");
            b.text("menu-contacts", "Контакты");
            b.logout();
            b.text("login-submit", "Войти");
        }
    }

    /**
     * The plugins page lists plugins, not the libraries under them, with
     * Russian descriptions, no SNAPSHOT, and the reason a core feature cannot
     * be removed.
     */
    static void pluginsPageListsPluginsOnly(int port) throws Exception {
        try (Browser b = new Browser(port, "quality-plugins")) {
            b.login("admin");
            b.click("menu-plugins");
            b.visible("plugin-grid");
            b.visible("plugin-pitstop-sample-state");
            QualityGate.settle(b.driver());
            String cells = js(b, "return Array.from(document.querySelectorAll('#plugin-grid vaadin-grid-cell-content'))"
                    + ".map(c => c.textContent).join('\\n');");
            for (String technical : List.of("pitstop-jackson", "pitstop-vaadin", "pitstop-db-derby", "pitstop-db-postgresql",
                    "pitstop-demo", "jackson", "vaadin")) {
                assertFalse(technical + " is not a plugin:\n" + cells, cells.toLowerCase().contains(technical));
            }
            assertFalse("no SNAPSHOT versions:\n" + cells, cells.contains("SNAPSHOT"));
            assertTrue("a development build says so:\n" + cells, cells.contains("(сборка)"));
            assertTrue("descriptions in Russian:\n" + cells, cells.contains("Пример плагина"));
            b.text("plugin-pitstop-core-kept", "Входит в ядро");
            assertTrue("the core cannot be removed", b.visible("plugin-pitstop-core-uninstall").getDomAttribute("disabled") != null);
            b.shot("plugins");
        }
    }
}
