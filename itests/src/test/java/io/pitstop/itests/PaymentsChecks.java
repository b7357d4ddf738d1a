package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.osgi.framework.BundleContext;

/**
 * The payments plugin as an accountant and a bank's file see it: a statement imported twice (and by two clients at
 * once) posts once, seed 002's payment order read in windows-1251 with its control-key warning, a top-up matched by
 * its purpose, the queue worked by hand, broken documents refused by line, an unreadable file dropped into the folder
 * kept as a dead letter while the route goes on. Called from {@link CoreSuite} on Derby and PostgreSQL.
 */
final class PaymentsChecks {
    static final String FEATURE = "pitstop-payments";
    static final String SEED_PURPOSE = "Оплата по счету 88#72815 от 09.02.19; Плат. диск. простр-на 5 гб + Доступ на 1 польз. "
            + "\"Стандарт\" с 01.03.19 по 31.03.19 Сумма: 860р. 00к. НДС не облагается.";

    /** A statement the import accepts, whose payment waits in the queue: the bad-input suite's valid base request. */
    static final String VALID_FILE = "1CClientBankExchange\nВерсияФормата=1.03\nСекцияДокумент=Платежное поручение\nНомер=900001\n"
            + "Дата=01.01.2026\nСумма=10.00\nПлательщик=Проверка ввода\nПлательщикСчет=40702810900000900001\n"
            + "ПолучательИНН=7709983032\nПолучательСчет=40702810502080001823\nНазначениеПлатежа=Проверка ввода\nКонецДокумента\nКонецФайла\n";

    private PaymentsChecks() {
    }

    /** A payment of its own in the queue, for the bad-input suite; null when the plugin is not installed. */
    static String queued(Http http) {
        if (http.get("payments?limit=1", "accountant").status() == 404) {
            return null;
        }
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Http.Answer a = upload("accountant", file(document(number, "05.01.2026", "10.00", null, randomAccount(), null, "7709983032",
                "40702810502080001823", null, "Проверка ввода")).getBytes(StandardCharsets.UTF_8));
        assertEquals(a.toString(), 1, a.json().get("unmatched").asInt());
        for (JsonNode p : http.get("payments?status=UNMATCHED&limit=50", "accountant").json().get("items")) {
            if (p.get("number").asText().equals(number)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("the queued payment " + number + " is not in the queue");
    }

    /** Installs the plugin unless it runs already, and waits for its REST. */
    static void install(BundleContext context) throws Exception {
        Plugins.install(context, FEATURE, "payments", "accountant");
    }

    /** Our default legal entity's INN and first account, the entity created when there is none yet. */
    static String[] defaultEntity(Http http) {
        for (JsonNode e : http.get("legal-entities", "admin").json()) {
            if (e.get("defaultEntity").asBoolean()) {
                return new String[] {e.get("inn").asText(), e.get("bankAccounts").get(0).get("account").asText()};
            }
        }
        DocsChecks.createEntity(http, "Платёжный получатель", DocsChecks.VALID_ACCOUNT);
        return defaultEntity(http);
    }

    /** A client with an account; answers {account id, account number, client INN}. */
    static String[] client(Api api, Http http) {
        String inn = Api.uniqueInn();
        String owner = api.createOrganization("Плательщик " + inn, inn);
        String account = api.openAccount(owner, "0");
        return new String[] {account, http.get("accounts/" + account, "accountant").json().get("number").asText(), inn};
    }

    static String document(String number, String date, String amount, String payerInn, String payerAccount, String payerBic,
                           String recipientInn, String recipientAccount, String recipientBic, String purpose) {
        return "СекцияДокумент=Платежное поручение\nНомер=" + number + "\nДата=" + date + "\nСумма=" + amount
                + "\nПлательщик=ООО \"Плательщик\"" + (payerInn == null ? "" : "\nПлательщикИНН=" + payerInn)
                + "\nПлательщикСчет=" + payerAccount + (payerBic == null ? "" : "\nПлательщикБИК=" + payerBic)
                + "\nПолучательИНН=" + recipientInn + "\nПолучательСчет=" + recipientAccount
                + (recipientBic == null ? "" : "\nПолучательБИК=" + recipientBic)
                + "\nНазначениеПлатежа=" + purpose + "\nКонецДокумента\n";
    }

    static String file(String... documents) {
        return "1CClientBankExchange\nВерсияФормата=1.03\nКодировка=Windows\nОтправитель=Банк-клиент\n" + String.join("", documents)
                + "КонецФайла\n";
    }

    static String randomAccount() {
        return "40702810" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    static Http.Answer upload(String user, byte[] body) {
        return Plugins.upload("payments/statements", user, "text/plain", body);
    }

    /**
     * A top-up by the seed's purpose and seed 002's payment order in one windows-1251 file: the top-up is posted, the
     * order waits (no invoice matching runs) with the control-key warning; the same file again, and twice at once,
     * changes nothing; the order assigned by hand is posted once.
     */
    static void importedTwicePostsOnce(BundleContext context, Http http, Api api) throws Exception {
        install(context);
        String[] ours = defaultEntity(http);
        String[] client = client(api, http);
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String seed = document("27", "25.02.2019", "860.00", "7814695160", "40702810200470918965", "044030832", "7709983032",
                "40702810502080001823", "044525933", SEED_PURPOSE);
        String topUp = document(number, "01.03.2019", "1234.50", client[2], randomAccount(), null, ours[0], ours[1], null,
                "Пополнение лицевого счета № " + client[1] + " по договору");
        byte[] statement = file(topUp, seed).getBytes(Charset.forName("windows-1251"));
        assertEquals(403, upload("manager", statement).status());
        Http.Answer first = upload("accountant", statement);
        assertEquals(first.toString(), 200, first.status());
        JsonNode r = first.json();
        assertEquals(r.toString(), "windows-1251", r.get("charset").asText());
        assertEquals(r.toString(), 2, r.get("read").asInt());
        assertEquals(r.toString(), 0, r.get("rejected").size());
        int seedKnown = r.get("duplicates").asInt(); // another check may have brought the seed's order already
        assertEquals(r.toString(), 2 - seedKnown, r.get("imported").asInt());
        assertEquals(r.toString(), 1, r.get("matched").asInt());
        assertTrue(r.toString(), seedKnown == 1 || r.get("warnings").toString().contains("044525933"));
        assertEquals(0, new BigDecimal("1234.50").compareTo(api.balanceOf(client[0])));

        // again, and twice at once: nothing imported, nothing posted
        Http.Answer again = upload("accountant", statement);
        assertEquals(again.toString(), 0, again.json().get("imported").asInt());
        assertEquals(again.toString(), 2, again.json().get("duplicates").asInt());
        String number2 = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        byte[] racing = file(document(number2, "02.03.2019", "100.00", client[2], randomAccount(), null, ours[0], ours[1], null,
                "Пополнение лицевого счета № " + client[1])).getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit((Callable<Http.Answer>) () -> upload("accountant", racing)));
            }
            int imported = 0;
            int duplicates = 0;
            StringBuilder said = new StringBuilder();
            for (Future<Http.Answer> f : answers) {
                Http.Answer a = f.get();
                said.append(a.body()).append('\n');
                assertEquals(a.toString(), 200, a.status());
                imported += a.json().get("imported").asInt();
                duplicates += a.json().get("duplicates").asInt();
            }
            assertEquals("one of two clients at once imports: " + said, 1, imported);
            assertEquals(said.toString(), 1, duplicates);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, new BigDecimal("1334.50").compareTo(api.balanceOf(client[0])));

        // the matched top-up says why; the seed's order waits in the queue with its warning
        JsonNode mine = null;
        for (JsonNode p : http.get("payments?accountId=" + client[0], "manager").json().get("items")) {
            if (p.get("number").asText().equals(number)) {
                mine = p;
            }
        }
        assertNotNull("the account's payments list the top-up", mine);
        assertEquals("MATCHED", mine.get("status").asText());
        assertEquals("account-number", mine.get("rule").asText());
        assertTrue(mine.toString(), mine.get("explanation").asText().contains(client[1]));
        assertFalse(mine.get("transactionId").isNull());
        String seedId = null;
        for (JsonNode p : http.get("payments?status=UNMATCHED&limit=1000", "accountant").json().get("items")) {
            if (p.get("number").asText().equals("27") && p.get("payer").get("inn").asText().equals("7814695160")) {
                seedId = p.get("id").asText();
            }
        }
        if (seedId == null) {
            return; // assigned by an earlier run of this check in the same database
        }
        JsonNode detail = http.get("payments/" + seedId, "accountant").json();
        JsonNode seedPayment = detail.get("payment");
        assertEquals(0, new BigDecimal("860.00").compareTo(seedPayment.get("amount").decimalValue()));
        assertEquals("7709983032", seedPayment.get("recipient").get("inn").asText());
        assertTrue(seedPayment.toString(), seedPayment.get("explanation").asText().contains("invoice № 72815"));
        assertTrue(seedPayment.toString(), seedPayment.get("warnings").get(0).asText().contains("ПолучательСчет"));
        assertEquals(403, http.post("payments/" + seedId + "/assign", "manager", "{\"accountId\":\"" + client[0] + "\"}").status());
        Http.Answer assigned = http.post("payments/" + seedId + "/assign", "accountant",
                "{\"accountId\":\"" + client[0] + "\",\"note\":\"Клиент прислал платёжку\"}");
        assertEquals(assigned.toString(), 200, assigned.status());
        assertEquals("MATCHED", assigned.json().get("status").asText());
        assertEquals("manual", assigned.json().get("rule").asText());
        assertEquals(409, http.post("payments/" + seedId + "/assign", "accountant", "{\"accountId\":\"" + client[0] + "\"}").status());
        assertEquals(0, new BigDecimal("2194.50").compareTo(api.balanceOf(client[0])));
    }

    /**
     * A file with good and broken documents answers the report with each refused line; a file with nothing good is a
     * 400 that stores nothing; an unreadable file dropped into the folder is a dead letter and the next file is read.
     */
    static void brokenFilesAreReportedAndKept(BundleContext context, Http http, Api api) throws Exception {
        install(context);
        String[] ours = defaultEntity(http);
        String[] client = client(api, http);
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String good = document(number, "03.03.2019", "500.00", client[2], randomAccount(), null, ours[0], ours[1], null,
                "Пополнение лицевого счета № " + client[1]);
        String threeDecimals = document("2" + number, "03.03.2019", "10.005", client[2], randomAccount(), null, ours[0], ours[1], null, "x");
        String badDate = document("3" + number, "31.02.2019", "10.00", client[2], randomAccount(), null, ours[0], ours[1], null, "x");
        String badInn = document("4" + number, "03.03.2019", "10.00", "7814695161", randomAccount(), null, ours[0], ours[1], null, "x");
        String cut = "СекцияДокумент=Платежное поручение\nНомер=5" + number + "\nДата=03.03.2019\nСумма=10.00\n";
        String text = "1CClientBankExchange\nВерсияФормата=1.02\n" + good + threeDecimals + badDate + badInn + cut;
        Http.Answer a = upload("accountant", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(a.toString(), 200, a.status());
        JsonNode r = a.json();
        assertEquals(r.toString(), 5, r.get("read").asInt());
        assertEquals(r.toString(), 1, r.get("imported").asInt());
        assertEquals(r.toString(), 4, r.get("rejected").size());
        String rejected = r.get("rejected").toString();
        assertTrue(rejected, rejected.contains("more than two decimal places") && rejected.contains("is not a date")
                && rejected.contains("fails its checksum") && rejected.contains("cut short"));
        int goodLines = good.split("\n").length;
        assertEquals(rejected, 3 + goodLines, r.get("rejected").get(0).get("line").asInt());
        assertEquals(0, new BigDecimal("500.00").compareTo(api.balanceOf(client[0])));

        long before = http.get("payments?limit=1", "accountant").json().get("total").asLong();
        Http.Answer nothing = upload("accountant", ("1CClientBankExchange\n" + badInn).getBytes(StandardCharsets.UTF_8));
        assertEquals(nothing.toString(), 400, nothing.status());
        assertTrue(nothing.toString(), nothing.body().contains("line 2"));
        assertEquals(400, upload("accountant", "просто текст".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(before, http.get("payments?limit=1", "accountant").json().get("total").asLong());

        // the folder: an unreadable file becomes a dead letter, the next good file is read all the same
        Path folder = Path.of(System.getProperty("karaf.data"), "payments", "statements");
        Files.createDirectories(folder);
        String marker = "не выписка " + number;
        Files.writeString(folder.resolve("broken-" + number + ".txt"), marker);
        String next = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Files.write(folder.resolve("good-" + number + ".txt"), file(document(next, "04.03.2019", "250.00", client[2], randomAccount(),
                null, ours[0], ours[1], null, "Пополнение лицевого счета № " + client[1])).getBytes(Charset.forName("windows-1251")));
        long deadline = System.currentTimeMillis() + 60_000;
        boolean letter = false;
        while (System.currentTimeMillis() < deadline && !(letter && new BigDecimal("750.00").compareTo(api.balanceOf(client[0])) == 0)) {
            for (JsonNode l : http.get("dead-letters?source=payments-statements&limit=100", "integrator").json().get("items")) {
                letter |= l.path("body").asText().contains(marker);
            }
            Thread.sleep(300);
        }
        assertTrue("the unreadable statement is kept as a dead letter", letter);
        assertEquals(0, new BigDecimal("750.00").compareTo(api.balanceOf(client[0])));
        assertTrue(Files.exists(folder.resolve(".done").resolve("good-" + number + ".txt")));
    }
}
