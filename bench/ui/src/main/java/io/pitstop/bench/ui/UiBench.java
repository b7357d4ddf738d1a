package io.pitstop.bench.ui;

import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.bench.Report;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.impl.AccountServiceImpl;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.impl.TestContacts;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.impl.TestMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;

/**
 * What the staff UI asks the services for, timed over a million contacts on
 * a real PostgreSQL: the first page of the contacts grid (the count and the
 * fetch its lazy data provider makes, default filter and sort) and the
 * top-bar search (one contacts search and one accounts search per text, as
 * {@code GlobalSearch.search} makes them), against a raw JDBC read of the
 * same first page. The services are the bundles' own classes on their
 * OpenJPA units, with local transactions on a dbcp2 pool instead of JTA.
 * Prints one JSON document.
 */
public final class UiBench {
    /** {@code ContactsListView}: {@code grid.setPageSize(50)}, sorted by name unless a column says otherwise. */
    private static final int GRID_PAGE = 50;
    private static final List<PageRequest.SortOrder> BY_NAME = List.of(new PageRequest.SortOrder("name", true));
    /** {@code GlobalSearch.PER_KIND}, contacts by name and accounts by number. */
    private static final int SEARCH_PAGE = 10;
    private static final List<PageRequest.SortOrder> BY_NUMBER = List.of(new PageRequest.SortOrder("number", true));
    /** The grid's filter when the view opens: no text, kind or tag; status ACTIVE. */
    private static final ContactQuery GRID_FILTER = new ContactQuery(null, null, ContactStatus.ACTIVE, null);
    private static final double TARGET_MILLIS = 1000;

    private final ContactService contacts;
    private final AccountService accounts;
    private final DataSource pool;
    private final int runs;

    private UiBench(ContactService contacts, AccountService accounts, DataSource pool, int runs) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.pool = pool;
        this.runs = runs;
    }

    /** One request of the UI, made of timed parts (service calls) run in order. */
    private interface Request {
        void run(String value, long[] partNanos) throws Exception;
    }

    private void gridFirstPage(String ignored, long[] parts) {
        long t0 = System.nanoTime();
        contacts.find(GRID_FILTER, new PageRequest(0, GRID_PAGE, BY_NAME));
        parts[0] = System.nanoTime() - t0;
    }

    /** The contacts counter of the dashboard, the page every session starts on. */
    private void dashboardCounter(String ignored, long[] parts) {
        long t0 = System.nanoTime();
        contacts.count(GRID_FILTER);
        parts[0] = System.nanoTime() - t0;
    }

    /** The grid's data provider before it stopped counting: an item count, then a page that also counted. */
    private void gridFirstPageWithCount(String ignored, long[] parts) {
        long t0 = System.nanoTime();
        contacts.count(GRID_FILTER);
        long t1 = System.nanoTime();
        contacts.search(GRID_FILTER, new PageRequest(0, GRID_PAGE, BY_NAME));
        long t2 = System.nanoTime();
        parts[0] = t1 - t0;
        parts[1] = t2 - t1;
    }

    private void globalSearch(String text, long[] parts) {
        long t0 = System.nanoTime();
        contacts.find(new ContactQuery(text, null, ContactStatus.ACTIVE, null), new PageRequest(0, SEARCH_PAGE, BY_NAME));
        long t1 = System.nanoTime();
        accounts.search(new AccountQuery(null, null, text), new PageRequest(0, SEARCH_PAGE, BY_NUMBER));
        long t2 = System.nanoTime();
        parts[0] = t1 - t0;
        parts[1] = t2 - t1;
    }

    /** The baseline: the same first page as one plain SELECT, every column of the contact row, read to the end. */
    private void rawFirstPage(String ignored, long[] parts) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, name_lower, search_words, inn, kpp, ogrn, "
                     + "last_name, first_name, middle_name, birth_date, note, status, created_at, updated_at, version "
                     + "FROM contact WHERE status = ? ORDER BY name_lower, id LIMIT " + GRID_PAGE)) {
            ps.setString(1, ContactStatus.ACTIVE.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int k = 1; k <= 17; k++) {
                        rs.getObject(k);
                    }
                }
            }
        }
        parts[0] = System.nanoTime() - t0;
    }

    /** For reading the figures: what an exact count of the grid's filter costs by itself. */
    private void rawCount(String ignored, long[] parts) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM contact WHERE status = ?")) {
            ps.setString(1, ContactStatus.ACTIVE.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        parts[0] = System.nanoTime() - t0;
    }

    /**
     * Times a request: the first call (cold: first of its kind since the
     * server and the units started) and then {@code runs} warm calls over
     * the values in turn.
     */
    private Map<String, Object> measure(String name, String calls, List<String> partNames, List<String> values, Request request)
            throws Exception {
        long[] parts = new long[partNames.size()];
        long start = System.nanoTime();
        request.run(values.get(0), parts);
        double cold = (System.nanoTime() - start) / 1e6;
        long[] coldParts = parts.clone();
        double[] totals = new double[runs];
        double[][] partTimes = new double[partNames.size()][runs];
        for (int r = 0; r < runs; r++) {
            String value = values.get(values.size() == 1 ? 0 : 1 + r % (values.size() - 1));
            long t = System.nanoTime();
            request.run(value, parts);
            totals[r] = (System.nanoTime() - t) / 1e6;
            for (int p = 0; p < parts.length; p++) {
                partTimes[p][r] = parts[p] / 1e6;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls);
        m.put("values", values.size() == 1 ? values.get(0) : values.get(0) + " (cold), then " + (values.size() - 1)
                + " others in turn, e.g. " + values.get(1));
        m.put("coldMs", round(cold));
        m.put("warmMedianMs", round(percentile(totals, 50)));
        m.put("warmP95Ms", round(percentile(totals, 95)));
        m.put("warmMaxMs", round(percentile(totals, 100)));
        if (parts.length > 1) {
            Map<String, Object> split = new LinkedHashMap<>();
            for (int p = 0; p < parts.length; p++) {
                split.put(partNames.get(p), "cold " + round(coldParts[p] / 1e6) + " ms, warm median "
                        + round(percentile(partTimes[p], 50)) + " ms, p95 " + round(percentile(partTimes[p], 95)) + " ms");
            }
            m.put("parts", split);
        }
        m.put("underOneSecond", cold < TARGET_MILLIS && percentile(totals, 95) < TARGET_MILLIS);
        System.err.printf(Locale.ROOT, "%-34s cold %8.1f ms   warm median %8.1f ms   p95 %8.1f ms%n", name, cold,
                percentile(totals, 50), percentile(totals, 95));
        return m;
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private Map<String, Object> runAll(ContactsData.Samples data) throws Exception {
        Map<String, Object> cases = new LinkedHashMap<>();
        List<String> none = List.of("-");
        List<String> gridParts = List.of("count", "search");
        List<String> searchParts = List.of("contacts", "accounts");
        String gridCalls = "ContactService.find(ACTIVE, offset 0, limit " + GRID_PAGE + ", name asc): the first fetch of "
                + "ContactsListView's data provider, which has no item count";
        String searchCalls = "ContactService.find(text, ACTIVE, limit " + SEARCH_PAGE + ", name asc) then "
                + "AccountService.search(number contains text, limit " + SEARCH_PAGE + ", number asc): GlobalSearch.search";
        // in the order of a session after a server restart: login lands on the dashboard, whose contacts counter is the
        // units' first query (so its cold figure carries OpenJPA's start), then the contacts grid
        cases.put("dashboardContactsCounter", measure("dashboard contacts counter", "ContactService.count(ACTIVE): "
                + "Counters.contacts on the dashboard", List.of("count"), none, this::dashboardCounter));
        cases.put("gridFirstPage", measure("grid first page", gridCalls, List.of("find"), none, this::gridFirstPage));
        cases.put("baselineRawFirstPage", measure("baseline raw first page", "SELECT <contact columns> FROM contact "
                + "WHERE status = 'ACTIVE' ORDER BY name_lower, id LIMIT " + GRID_PAGE, List.of("select"), none, this::rawFirstPage));
        cases.put("referenceRawCount", measure("reference raw count", "SELECT COUNT(*) FROM contact WHERE status = 'ACTIVE'",
                List.of("count"), none, this::rawCount));
        cases.put("referenceGridWithCount", measure("reference grid with count", "ContactService.count(ACTIVE) then "
                + "ContactService.search(ACTIVE, offset 0, limit " + GRID_PAGE + ", name asc), which counts too: the grid's "
                + "data provider before", gridParts, none,
                this::gridFirstPageWithCount));
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("searchNameFragment", List.of("иван"));
        texts.put("searchTwoLetters", List.of("ив"));
        texts.put("searchSurname", List.of("смирнов"));
        texts.put("searchSurnameAndFirstName", List.of("смирнова ольга"));
        texts.put("searchOrganisationWord", List.of("ромашка"));
        texts.put("searchOrganisationFragment", List.of("техно"));
        texts.put("searchInnPrefix", data.inns().stream().map(inn -> inn.substring(0, 6)).toList());
        texts.put("searchInn", data.inns());
        texts.put("searchPhone", data.phones().stream().map(UiBench::written).toList());
        texts.put("searchEmail", data.emails());
        texts.put("searchAccountNumber", data.accountNumbers());
        texts.put("searchAccountNumberTail", data.accountNumbers().stream().map(n -> n.substring(n.length() - 7)).toList());
        for (Map.Entry<String, List<String>> e : texts.entrySet()) {
            cases.put(e.getKey(), measure(e.getKey(), searchCalls, searchParts, e.getValue(), this::globalSearch));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cases", cases);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("gridToBaselineWarmMedian", Math.round(figure(cases, "gridFirstPage", "warmMedianMs")
                / figure(cases, "baselineRawFirstPage", "warmMedianMs") * 10) / 10.0);
        // what the UI does now: the grid and the searches; baseline and references are for reading them
        List<String> ui = cases.keySet().stream().filter(k -> k.startsWith("grid") || k.startsWith("search") || k.startsWith("dashboard")).toList();
        String slowest = ui.stream().max(Comparator.comparingDouble(k -> worst(cases, k))).orElseThrow();
        summary.put("slowestUiRequest", slowest);
        summary.put("slowestUiFigureMs", worst(cases, slowest));
        summary.put("allUiRequestsUnderOneSecond", ui.stream().allMatch(k -> worst(cases, k) < TARGET_MILLIS));
        result.put("summary", summary);
        return result;
    }

    private static double figure(Map<String, Object> cases, String name, String figure) {
        return (Double) ((Map<?, ?>) cases.get(name)).get(figure);
    }

    /** The larger of the cold figure and the warm 95th percentile. */
    private static double worst(Map<String, Object> cases, String name) {
        return Math.max(figure(cases, name, "coldMs"), figure(cases, name, "warmP95Ms"));
    }

    /** A phone as staff type it: {@code +7 (916) 123-45-67}. */
    private static String written(String e164) {
        return "+7 (" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8, 10) + "-" + e164.substring(10);
    }

    public static void main(String[] args) throws Exception {
        int contactCount = Integer.parseInt(System.getProperty("bench.contacts", "1000000"));
        int runs = Integer.parseInt(System.getProperty("bench.runs", "20"));
        long seed = Long.parseLong(System.getProperty("bench.seed", "20261123"));
        String kept = System.getProperty("bench.data", "");
        Path dir = kept.isEmpty() ? Files.createTempDirectory("pitstop-bench-ui") : null;
        Path data = dir == null ? Path.of(kept).toAbsolutePath() : dir.resolve("data");
        try {
            Map<String, Object> load = new LinkedHashMap<>();
            ContactsData.Samples samples;
            // load on one server run, measure on the next: the shared buffers then hold nothing of the load
            boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
            try (EmbeddedPostgres pg = start(data); BasicDataSource pool = pool(pg)) {
                SchemaMigrations migrations = TestMigrations.on(pool);
                TestContacts.service(TestContacts.jpa("pitstop-contacts", pool), migrations);
                accounts(pool, migrations);
                if (fresh) {
                    System.err.printf("loading %,d contacts into %s%n", contactCount, data);
                    long t0 = System.nanoTime();
                    load.put("rows", new ContactsData(contactCount, seed).load(pool));
                    load.put("seconds", round((System.nanoTime() - t0) / 1e9));
                    System.err.println("loaded: " + load);
                } else {
                    load.put("reused", data.toString());
                }
                load.put("contacts", count(pool, "contact"));
                samples = ContactsData.Samples.of(pool, runs + 1);
            }
            try (EmbeddedPostgres pg = start(data); BasicDataSource pool = pool(pg)) {
                long t0 = System.nanoTime();
                SchemaMigrations migrations = TestMigrations.on(pool);
                ContactService contacts = TestContacts.service(TestContacts.jpa("pitstop-contacts", pool), migrations);
                AccountService accounts = accounts(pool, migrations);
                double startMillis = (System.nanoTime() - t0) / 1e6;
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("benchmark", "pitstop staff UI: contacts grid first page and global search vs raw JDBC");
                doc.put("machine", Report.machine(pool, "shared_buffers", "work_mem"));
                Map<String, Object> setup = new LinkedHashMap<>();
                setup.put("load", load);
                setup.put("data", "70 % persons (skewed Russian surnames, 30 % with INN), 8 % sole proprietors, 22 % companies "
                        + "(INN, KPP, OGRN valid); 5 % archived; one mobile each, 20 % a second phone; e-mails for half the persons "
                        + "and every company; 2.4 % tagged vip; accounts for 20 % of contacts");
                setup.put("schema", "the contacts, accounts and core migrations; indexes dropped for COPY and rebuilt from their "
                        + "own definitions, then VACUUM ANALYZE (what autovacuum leaves on a live server)");
                setup.put("services", "ContactServiceImpl and AccountServiceImpl on their OpenJPA units with local transactions "
                        + "on a commons-dbcp2 pool (in Karaf: JTA on the pax-jdbc dbcp2 XA pool)");
                setup.put("cold", "first call of each request after a PostgreSQL restart and a new JVM and units, in the order listed; "
                        + "the first one (the dashboard counter) also pays class loading and OpenJPA's first queries; "
                        + "the OS file cache stays warm");
                setup.put("warmRuns", runs);
                setup.put("unitsStartMs", round(startMillis));
                doc.put("setup", setup);
                doc.putAll(new UiBench(contacts, accounts, pool, runs).runAll(samples));
                System.out.println(Report.json(doc));
            }
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static long count(DataSource pool, String table) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static EmbeddedPostgres start(Path data) throws IOException {
        // never cleaned by the library: the second start must find the loaded data (a temporary tree is deleted at the end)
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("max_connections", "30");
        String slow = System.getProperty("bench.logSlowMs", "");
        if (!slow.isEmpty()) {
            builder.setServerConfig("log_min_duration_statement", slow);
        }
        return builder.start();
    }

    private static BasicDataSource pool(EmbeddedPostgres pg) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(pg.getJdbcUrl("postgres", "postgres"));
        pool.setMaxTotal(12);
        pool.setMaxIdle(12);
        pool.setTestOnBorrow(false);
        return pool;
    }

    /**
     * The accounts service as DS would make it, for {@code search} only: the
     * unit and the migrations are injected and {@code activate} runs with the
     * default configuration; the references search never touches stay empty.
     */
    private static AccountService accounts(DataSource pool, SchemaMigrations migrations) throws ReflectiveOperationException {
        AccountServiceImpl service = new AccountServiceImpl();
        inject(service, "jpa", TestContacts.jpa("pitstop-accounts", pool));
        inject(service, "dataSource", pool);
        inject(service, "migrations", migrations);
        AccountServiceImpl.Config defaults = (AccountServiceImpl.Config) Proxy.newProxyInstance(UiBench.class.getClassLoader(),
                new Class<?>[] {AccountServiceImpl.Config.class}, (proxy, method, args) -> method.getDefaultValue());
        Method activate = AccountServiceImpl.class.getDeclaredMethod("activate", AccountServiceImpl.Config.class);
        activate.setAccessible(true);
        activate.invoke(service, defaults);
        return service;
    }

    private static void inject(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
