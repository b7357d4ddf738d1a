package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The staff UI in a real browser against the real distribution, started with
 * its own bin/ scripts: the steps a new user takes on the first day. Each step
 * leaves a screenshot under {@code target/screenshots/}.
 */
public class StaffUiIT {
    private static Distribution server;
    private static Api api;

    private Browser browser;

    @Rule
    public final TestWatcher failureShot = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser != null) {
                try {
                    browser.shot("FAILED");
                } catch (Exception ignored) {
                    // the assertion failure says more than a missing screenshot
                }
            }
        }

        @Override
        protected void finished(Description description) {
            if (browser != null) {
                browser.close();
            }
        }
    };

    @BeforeClass
    public static void startServer() throws Exception {
        server = new Distribution("admin = admin,admin\nmanager = manager,manager\naccountant = accountant,accountant\n"
                + "support = support,support\n");
        // Camel from the start, as the demo run has it (the KSO plugin brings it too): a feature installed later by a
        // check would resolve the framework again and restart the UI under the other checks
        server.boot("pitstop-camel");
        // a disabled member's open page must end within a few seconds here, not the default 30
        java.nio.file.Files.writeString(server.home().resolve("etc/system.properties"), "\npitstop.ui.sessionCheckSeconds=3\n",
                java.nio.file.StandardOpenOption.APPEND);
        Http http = server.start();
        http.await("contacts?limit=1", "manager", 240_000);
        awaitLoginPage(server.port());
        api = new Api(http);
    }

    /**
     * The UI is a web application bundle of its own, deployed after the API answers: a check that opened a page
     * before would see Jetty's 404 and wait out its patience on a login form that is not there.
     */
    private static void awaitLoginPage(int port) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest login = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .timeout(java.time.Duration.ofSeconds(10)).build();
        long end = System.currentTimeMillis() + 240_000;
        int status = 0;
        while (System.currentTimeMillis() < end) {
            try {
                status = client.send(login, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = -1;
            }
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the login page did not answer within 4 minutes (last status " + status + ")");
    }

    @AfterClass
    public static void stopServer() throws Exception {
        Browser.quitIdle();
        if (server != null) {
            server.close();
        }
    }

    private Browser browser(String test) throws Exception {
        browser = new Browser(server.port(), test);
        return browser;
    }

    @Test
    public void managerCreatesAContactAndFindsItThroughGlobalSearch() throws Exception {
        Browser b = browser("contact");
        b.login("manager");
        b.shot("logged-in");
        b.click("menu-contacts");
        b.visible("contacts-view");
        assertTrue("the list offers its CSV export", b.visible("contacts-export").getAttribute("href") != null);
        b.click("contacts-new-organization");
        b.dialog("contact-form");
        String name = "ООО «Автопарк " + System.nanoTime() % 100_000 + "»";
        b.type("contact-form-name", name);
        b.type("contact-form-inn", "7707083890"); // control digit should be 3
        b.click("contact-form-save");
        String message = b.fieldError("contact-form-inn");
        // the rule the server applies, in the user's language (Russian by default), from the contacts catalogue
        assertEquals("неверный ИНН: не сходится контрольное число", message);
        b.shot("wrong-inn");
        assertEquals("a refused form writes nothing", 0, api.http().get("contacts?q=" + encode(name), "manager").json().get("total").asInt());

        String inn = Api.uniqueInn();
        b.type("contact-form-inn", inn);
        b.click("contact-form-save");
        b.notice("contact.saved");
        b.visible("contact-card");
        b.text("contact-name", name);
        b.shot("saved");

        b.click("menu-dashboard");
        b.visible("dashboard");
        WebElement search = b.input("global-search", inn);
        b.css("vaadin-combo-box-item");
        b.shot("search-suggestions");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        b.visible("contact-card");
        b.text("contact-name", name);
        b.shot("found");
    }

    @Test
    public void accountantTopsUpAndSupportMayNot() throws Exception {
        String owner = api.createOrganization("ООО «Пополнение»", Api.uniqueInn());
        String account = api.openAccount(owner, "0");
        Browser b = browser("topup");
        b.login("accountant");
        b.open("account/" + account);
        b.visible("account-card");
        b.attribute("account-balance", "data-amount", "0.00");
        b.attribute("statement-summary", "data-lines", "0");
        b.shot("account-before");
        b.click("account-topup");
        b.dialog("posting-dialog");
        b.type("posting-amount", "1500,50");
        b.type("posting-reason", "Оплата по счёту № 17");
        b.type("posting-document", "п/п 4711 от 23.11.2026");
        b.shot("topup-form");
        b.click("posting-submit");
        b.dialog("posting-summary");
        b.click("posting-summary-ok");
        b.notice("posting.done");
        b.attribute("account-balance", "data-amount", "1500.50");
        b.attribute("statement-summary", "data-closing", "1500.50");
        b.attribute("statement-summary", "data-lines", "1");
        b.shot("account-after");
        assertEquals(new BigDecimal("1500.50"), api.balanceOf(account));

        b.logout();
        b.login("support");
        b.open("account/" + account);
        b.visible("account-card");
        b.attribute("account-balance", "data-amount", "1500.50");
        assertFalse("support must not see the top-up action", b.present("account-topup"));
        b.shot("support-card");
        b.open("account-topup/" + account);
        b.notice("access.denied");
        b.visible("dashboard");
        assertFalse(b.present("posting-dialog"));
        b.shot("support-refused");
        assertEquals("support's visit posted nothing", new BigDecimal("1500.50"), api.balanceOf(account));
    }

    @Test
    public void adminInstallsAndRemovesThePluginFromThePluginsPage() throws Exception {
        Browser b = browser("plugins");
        b.login("admin");
        assertFalse(b.present("menu-sample"));
        b.click("menu-plugins");
        b.visible("plugin-grid");
        b.shot("plugins");
        b.click("plugin-pitstop-sample-install");
        b.click("plugin-confirm-ok");
        b.visible("menu-sample");
        b.attribute("plugin-pitstop-sample-state", "data-installed", "true");
        b.shot("installed");
        b.click("menu-sample");
        b.visible("sample-view");
        b.shot("sample-view");
        // a second admin sits on the plugin's view while the first removes the plugin
        try (Browser viewer = new Browser(server.port(), "plugins-viewer")) {
            viewer.login("admin");
            viewer.open("sample");
            viewer.visible("sample-view");
            b.click("menu-plugins");
            b.click("plugin-pitstop-sample-uninstall");
            b.click("plugin-confirm-ok");
            b.gone("menu-sample");
            b.attribute("plugin-pitstop-sample-state", "data-installed", "false");
            viewer.notice("view.removed");
            viewer.visible("dashboard");
            viewer.gone("menu-sample");
            viewer.shot("sent-to-dashboard");
        }
        b.shot("uninstalled");
    }

    @Test
    public void languageSwitchesBetweenRussianAndEnglish() throws Exception {
        Browser b = browser("language");
        b.login("manager");
        b.text("menu-contacts", "Контакты");
        b.shot("russian");
        b.click("lang-en");
        b.text("menu-contacts", "Contacts");
        b.shot("english");
        b.click("lang-ru");
        b.text("menu-contacts", "Контакты");
    }

    // kit
    @Test
    public void kitDuplicateWarningIsAtTheTopAndLinked() throws Exception {
        KitChecks.duplicateWarningIsAtTheTopAndLinked(browser("kit-duplicates"), api);
    }

    @Test
    public void kitHistoryShowsFieldChanges() throws Exception {
        KitChecks.historyShowsWhatChangedFromWhatToWhat(browser("kit-history"), api);
    }

    @Test
    public void kitEmptyStateOfAFilteredContactList() throws Exception {
        KitChecks.aFilterThatFindsNothingSaysSoAndOffersAReset(browser("kit-empty"));
    }

    @Test
    public void kitContactExportInTheUsersLanguage() throws Exception {
        KitChecks.contactExportSpeaksTheUsersLanguageAndTime(browser("kit-export"), api);
    }

    @Test
    public void kitGalleryForAdminOnly() throws Exception {
        try (Browser manager = new Browser(server.port(), "kit-gallery-manager")) {
            KitChecks.galleryOpensForAdminOnly(browser("kit-gallery"), manager);
        }
    }

    // timeline

    /** A client's history on one card: the account opening and a top-up on the contact's timeline, then a comment. */
    @Test
    public void contactCardShowsItsTimelineAndTakesAComment() throws Exception {
        String owner = api.createOrganization("ООО «История»", Api.uniqueInn());
        String account = api.openAccount(owner, "0");
        api.topUp(account, "700.00");
        // entries come from events after commit: wait until the server has them, then look at the card
        TimelineChecks.kinds(api.http(), "contact", owner, null, 3);
        Browser b = browser("timeline");
        b.login("manager");
        b.open("contact/" + owner);
        b.visible("contact-card");
        b.click("contact-tab-timeline");
        b.visible("timeline-panel");
        WebElement posting = b.css("#timeline-list .timeline-entry[data-kind='ledger.posting']");
        // recorded plain, read in the reader's format
        assertTrue(posting.getText(), posting.getText().replace('\u00a0', ' ').contains("Пополнение +700,00 ₽"));
        b.css("#timeline-list .timeline-entry[data-kind='account.opened']");
        b.css("#timeline-list .timeline-entry[data-kind='contact.created']");
        b.shot("timeline");

        b.click("contact-tab-comments");
        b.visible("comments-panel");
        b.input("comment-text", "Клиент просит перезвонить после обеда");
        b.click("comment-add");
        b.notice("comment.added");
        WebElement comment = b.css("#comments-list .comment[data-deleted='false']");
        assertTrue(comment.getText(), comment.getText().contains("Клиент просит перезвонить после обеда"));
        b.shot("commented");
        assertEquals("comment", TimelineChecks.kinds(api.http(), "contact", owner, null, 4).get(0));
    }

    /**
     * «Недавние события по моим клиентам»: a manager responsible for a client sees the client's new account on the
     * dashboard, and not the account of a client someone else looks after.
     */
    @Test
    public void dashboardShowsRecentEventsOnTheManagersOwnClients() throws Exception {
        Http http = api.http();
        String login = StaffChecks.newLogin("mgr");
        assertEquals(201, http.post("staff", "admin", StaffChecks.memberBody(login, "\"manager\"", "")).status());
        Http.Answer client = http.post("contacts/organizations", "manager", "{\"name\":\"ООО «Мой клиент»\","
                + "\"responsible\":[{\"line\":\"main\",\"login\":\"" + login + "\"}]}");
        assertEquals(client.toString(), 201, client.status());
        String mine = Api.id(client.json());
        String someoneElses = api.createOrganization("ООО «Чужой клиент»", Api.uniqueInn());
        api.openAccount(mine, "0");
        api.openAccount(someoneElses, "0");
        TimelineChecks.kinds(http, "contact", mine, "account.opened", 1);
        TimelineChecks.kinds(http, "contact", someoneElses, "account.opened", 1);
        Browser b = browser("recent-events");
        b.login(login);
        b.visible("dashboard-card-recent-events");
        b.css("#dashboard-card-recent-events .timeline-entry[data-kind='account.opened']");
        assertEquals(1, b.driver().findElements(org.openqa.selenium.By.cssSelector(
                "#dashboard-card-recent-events .timeline-entry[data-kind='account.opened']")).size());
        assertFalse(b.present("recent-events-own"));
        b.shot("recent-events");
    }

    // quality
    @Test
    public void qualityGateOverEveryViewAndRole() throws Exception {
        QualityChecks.everyViewAndRole(server.port(), api);
    }

    @Test
    public void qualityGateFailsOnAnUnlabeledInputAConsoleErrorAndAPushedDownTitle() throws Exception {
        QualityChecks.gateCanFail(server.port());
    }

    @Test
    public void loginIsAFormPasswordManagersSaveWithAFavicon() throws Exception {
        QualityChecks.loginIsAFormWithAFavicon(server.port());
    }

    @Test
    public void languageIsKeptAfterLogoutAndLogin() throws Exception {
        QualityChecks.languageKeptAcrossLogins(server.port());
    }

    @Test
    public void pluginsPageListsNoTechnicalFeaturesAndNoSnapshot() throws Exception {
        QualityChecks.pluginsPageListsPluginsOnly(server.port());
    }

    // shell

    @Test
    public void searchGroupsHitsByTypeAndEnterOpensAllResults() throws Exception {
        ShellChecks.searchGroupsHitsByTypeAndEnterOpensAllResults(browser("search-grouped"), api);
    }

    @Test
    public void partialInnFindsTheContact() throws Exception {
        ShellChecks.partialInnFindsTheContact(browser("search-partial-inn"), api);
    }

    @Test
    public void emptySearchSaysSo() throws Exception {
        ShellChecks.emptySearchSaysSo(browser("search-empty"));
    }

    @Test
    public void dashboardCounterOpensTheFilteredList() throws Exception {
        ShellChecks.dashboardCounterOpensTheFilteredList(browser("dashboard-counter"), api);
    }

    @Test
    public void dashboardCounterFollowsTheEventsOfItsDomain() throws Exception {
        ShellChecks.dashboardCounterFollowsTheEventsOfItsDomain(browser("dashboard-live"), api);
    }

    @Test
    public void pluginSearchGroupAndCardActionComeAndGo() throws Exception {
        ShellChecks.pluginSearchGroupAndCardActionComeAndGo(browser("plugin-search-action"), api);
    }

    // tasks

    @Test
    public void aTaskCreatedOnAContactCardReachesTheAssigneesDay() throws Exception {
        TasksUiChecks.createFromContactCardAndSeeInMyDay(browser("tasks"), api);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    // money
    @Test
    public void topUpShowsTheSummaryAndPostsOnlyWhenItIsConfirmed() throws Exception {
        MoneyChecks.topUpShowsTheSummaryAndPostsOnlyWhenItIsConfirmed(browser("money-topup-summary"), api);
    }

    @Test
    public void journalNamesAccountAndCounterpartyAndFiltersLive() throws Exception {
        MoneyChecks.journalNamesAccountAndCounterpartyAndFiltersLive(browser("money-journal"), api);
    }

    @Test
    public void accountsAreFoundByTheirOwnersName() throws Exception {
        MoneyChecks.accountsFoundByOwnerName(browser("money-accounts-by-owner"), api);
    }

    // staff

    /** An administrator creates a user on the users page; the user logs in with the password given there. */
    @Test
    public void adminCreatesAUserWhoThenLogsIn() throws Exception {
        Browser b = browser("users");
        String login = "kuznetsova" + Long.toString(System.nanoTime() % 100_000);
        b.login("admin");
        b.click("menu-users");
        b.visible("users-grid");
        b.click("user-new");
        b.dialog("user-form");
        b.type("user-form-login", login);
        b.type("user-form-fullName", "Кузнецова Мария");
        b.type("user-form-position", "Персональный менеджер");
        b.type("user-form-password", "short");
        b.click("user-save");
        // the server's password rule, beside its field
        b.fieldError("user-form-password");
        b.shot("weak-password");
        b.type("user-form-password", login);
        b.click("user-save");
        b.gone("user-form");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(d -> d
                .findElements(org.openqa.selenium.By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> login.equals(cell.getText().trim())));
        b.shot("created");
        b.logout();
        b.login(login);
        b.visible("dashboard");
        b.gone("menu-users");
        b.shot("new-user-logged-in");

        // disabled with a confirmation, the user can no longer log in
        b.logout();
        b.login("admin");
        b.click("menu-users");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(d -> {
            for (org.openqa.selenium.WebElement cell : d.findElements(org.openqa.selenium.By.cssSelector("vaadin-grid-cell-content"))) {
                if (login.equals(cell.getText().trim())) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        b.dialog("user-form");
        b.click("user-disable");
        b.dialog("user-disable-confirm");
        b.shot("disable-confirm");
        b.click("user-disable-confirm-ok");
        b.gone("user-form");
        b.logout();
        b.type("login-username", login);
        b.type("login-password", login);
        b.click("login-submit");
        b.visible("login-error");
        b.shot("disabled-user-refused");
    }

    // ui15
    @Test
    public void kitSavedFiltersAreKeptRenamedAndDeleted() throws Exception {
        KitUiChecks.savedFiltersAreKeptRenamedAndDeleted(browser("kit-saved-filters"), api);
    }

    @Test
    public void kitHiddenColumnStaysHiddenAfterAReload() throws Exception {
        KitUiChecks.aHiddenColumnStaysHiddenAfterAReload(browser("kit-columns"));
    }

    @Test
    public void kitTotalsRowSumsTheRowsAsTheServerCountsThem() throws Exception {
        KitUiChecks.theTotalsRowSumsTheRowsTheServerCounts(browser("kit-totals"), api);
    }

    @Test
    public void kitTimesAreShownInTheMembersZone() throws Exception {
        KitUiChecks.timesAreShownInTheMembersZone(browser("kit-member-zone"), api);
    }

    @Test
    public void kitPostingFieldsOnLeavingAndStatementPeriodOnChange() throws Exception {
        KitUiChecks.postingFieldsOnLeavingAndStatementPeriodOnChange(browser("kit-posting-statement"), api);
    }

    // time

    @Test
    public void jobsPageShowsProgressAndCancels() throws Exception {
        TimeUiChecks.jobsPageShowsProgressAndCancels(browser("jobs"), new Http());
    }

    // kso

    @Test
    public void ksoManagerComparesThreeOffersOfTheSeedsDeal() throws Exception {
        KsoUiChecks.managerComparesThreeOffers(browser("kso-calculator"), api);
    }

    @Test
    public void ksoViewsPassTheQualityGate() throws Exception {
        KsoUiChecks.viewsPassTheQualityGate(browser("kso-quality"));
    }

    // ksoapp
    @Test
    public void creditApplicationFiledAndMovedOnTheContactCard() throws Exception {
        KsoApplicationUiChecks.fileAndMoveOnTheContactCard(browser("kso-applications"), api);
    }

    // notify

    @Test
    public void notifyTemplateEditorWithPreview() throws Exception {
        NotifyUiChecks.templateEditorWithPreview(browser("notify-templates"));
    }

    @Test
    public void notifyJournalShowsMessagesAndResends() throws Exception {
        NotifyUiChecks.journalShowsMessagesAndResends(browser("notify-journal"), api);
    }

    // work16

    @Test
    public void disabledMembersOpenPageEndsWithoutNavigation() throws Exception {
        Work16Checks.disabledMembersOpenPageEnds(browser("session-sweep"), api);
    }

    @Test
    public void taskReminderShowsOnAnyPage() throws Exception {
        Work16Checks.reminderShowsOnAnyPage(browser("reminder-anywhere"), api);
    }

    @Test
    public void mergeDialogMovesTheDuplicatesWork() throws Exception {
        Work16Checks.mergeDialogMovesTheDuplicatesWork(browser("merge-dialog"), api);
    }

    // letters

    @Test
    public void deadLetterIsCountedReadAndResolvedWithAComment() throws Exception {
        LettersUiChecks.openLetterIsCountedReadAndResolved(browser("dead-letters"), server, api);
    }

    // docs
    @Test
    public void adminSeesABankAccountWarningOnALegalEntity() throws Exception {
        DocsChecks.adminSeesTheControlKeyWarning(browser("legal-entities"), api.http());
    }

    // upload
    @Test
    public void memberUploadsDownloadsAndIsRefusedOverTheLimit() throws Exception {
        UploadUiChecks.memberUploadsDownloadsAndIsRefusedOverTheLimit(browser("upload"), api);
    }

    @Test
    public void ksoProgrammesLoadFromAPickedFile() throws Exception {
        UploadUiChecks.ksoProgrammesLoadFromAPickedFile(browser("upload-kso"), api);
    }

    @Test
    public void adminGivesALegalEntityItsLogo() throws Exception {
        UploadUiChecks.adminGivesALegalEntityItsLogo(browser("upload-logo"), api);
    }

    // billing

    @Test
    public void billingAccountCardShowsTheShortfall() throws Exception {
        BillingUiChecks.accountantSeesTheShortfall(browser("billing-summary"), api);
    }

    // payments
    @Test
    public void paymentsAccountantImportsAStatementAndWorksTheQueue() throws Exception {
        PaymentsUiChecks.accountantImportsAndAssigns(browser("payments"), api);
    }

    // ticketing

    @Test
    public void ticketIsAnsweredFromTheQueue() throws Exception {
        TicketingUiChecks.agentAnswersFromTheQueue(browser("ticket-answer"), api);
    }
}
