package io.pitstop.ui.api;

/**
 * Route paths of the core views, so that one bundle can link to another's
 * view (a contact card to an account card, the global search to both)
 * without depending on it. A link to a route that is not contributed at the
 * moment ends on the dashboard with a notice.
 */
public final class Routes {
    public static final String DASHBOARD = "";
    public static final String CONTACTS = "contacts";
    /** Contact card: {@code contact/<contact id>}. */
    public static final String CONTACT = "contact";
    public static final String ACCOUNTS = "accounts";
    /** Personal account card: {@code account/<account id>}. */
    public static final String ACCOUNT = "account";
    /** Account card with the top-up form open: {@code account-topup/<account id>}; posting roles only. */
    public static final String ACCOUNT_TOPUP = "account-topup";
    public static final String LEDGER = "ledger";
    public static final String PLUGINS = "plugins";
    /** Every search provider's results for {@code q}: {@code search?q=<text>}. */
    public static final String SEARCH = "search";

    private Routes() {
    }

    /** {@code route/id}. */
    public static String card(String route, Object id) {
        return route + "/" + id;
    }
}
