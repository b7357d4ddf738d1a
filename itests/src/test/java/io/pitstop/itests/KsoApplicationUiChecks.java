package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Credit applications in the browser: with the KSO plugin installed from the plugins page, a manager files an
 * application on a contact card's «Кредитные заявки» tab and moves it to the questionnaire. Called from
 * {@link StaffUiIT}; the plugin is removed again at the end if this check installed it.
 */
final class KsoApplicationUiChecks {
    private KsoApplicationUiChecks() {
    }

    static void fileAndMoveOnTheContactCard(Browser b, Api api) throws Exception {
        String org = api.createOrganization("ООО «Кредит в карточке " + System.nanoTime() % 100_000 + "»", Api.uniqueInn());
        b.login("admin");
        b.click("menu-plugins");
        b.visible("plugin-grid");
        // installed here unless an earlier check (the calculator's) left it installed; removed again only if installed here
        boolean installedHere = !"true".equals(b.visible("plugin-pitstop-kso-state").getDomAttribute("data-installed"));
        if (installedHere) {
            b.click("plugin-pitstop-kso-install");
            b.click("plugin-confirm-ok");
            b.attribute("plugin-pitstop-kso-state", "data-installed", "true");
        }
        try {
            b.open("contact/" + org);
            b.visible("contact-card");
            b.click("contact-tab-kso-applications");
            b.visible("kso-applications-grid");
            b.click("kso-application-new");
            b.dialog("kso-application-dialog");
            b.type("kso-application-bank", "Совкомбанк");
            b.type("kso-application-programme", "Changer Direct");
            b.type("kso-application-amount", "1 829 900");
            b.type("kso-application-downPayment", "1 000 000");
            b.type("kso-application-rate", "14,3");
            b.type("kso-application-term", "36");
            b.type("kso-application-payment", "62 808,61");
            b.shot("new-application");
            b.click("kso-application-create");
            b.notice("kso-application-created");
            b.click("kso-application-to-questionnaire");
            b.notice("kso-application-moved");
            b.visible("kso-application-to-documents");
            b.shot("questionnaire");

            JsonNode items = api.http().get("kso/applications?contactId=" + org, "manager").json().path("items");
            assertEquals(items.toString(), 1, items.size());
            assertEquals("QUESTIONNAIRE", items.get(0).path("status").asText());
            assertEquals(0, new java.math.BigDecimal("62808.61").compareTo(items.get(0).path("offer").path("monthlyPayment").decimalValue()));
        } finally {
            if (installedHere) {
                b.click("menu-plugins");
                b.click("plugin-pitstop-kso-uninstall");
                b.click("plugin-confirm-ok");
                b.attribute("plugin-pitstop-kso-state", "data-installed", "false");
            }
        }
    }
}
