package io.pitstop.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Our legal entities and documents through REST, as a client sees them; called from {@link CoreSuite} on Derby
 * and PostgreSQL. The bank details are seed 002's: the payer's pair is valid, Alfa-Bank's BIC printed with a typo
 * (044525933 for 044525593) fails the control key.
 */
final class DocsChecks {
    static final String VALID_ACCOUNT = "{\"account\":\"40702810200470918965\",\"bankName\":\"ФИЛИАЛ «СЕВЕРО-ЗАПАДНЫЙ» БАНКА ВТБ (ПАО)\","
            + "\"bic\":\"044030832\",\"correspondentAccount\":\"30101810940300000832\"}";
    static final String TYPO_ACCOUNT = "{\"account\":\"40702810502080001823\",\"bankName\":\"АО «АЛЬФА-БАНК»\","
            + "\"bic\":\"044525933\",\"correspondentAccount\":\"30101810200000000593\"}";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DocsChecks() {
    }

    /** An entity's body: INN given, one bank account, VAT 22 %; {@code extra} adds fields (",\"closedThrough\":2025"). */
    static String entity(String name, String inn, String account, String extra) {
        return "{\"fullName\":\"Общество с ограниченной ответственностью «" + name + "»\",\"shortName\":\"ООО «" + name + "»\","
                + "\"inn\":\"" + inn + "\",\"kpp\":\"540601001\",\"legalAddress\":\"630060, Новосибирск, ул. Зелёная Горка, д. 1\","
                + "\"bankAccounts\":[" + account + "],\"director\":{\"name\":\"Матвеев А. С.\",\"position\":\"Генеральный директор\","
                + "\"basis\":\"Устав\"},\"vatMode\":\"VAT_22\"" + extra + "}";
    }

    static String createEntity(Http http, String name, String account) {
        Http.Answer a = http.post("legal-entities", "admin", entity(name, Api.uniqueInn(), account, ""));
        assertEquals(a.toString(), 201, a.status());
        return a.json().get("id").asText();
    }

    static void legalEntitiesRest(Http http) {
        // a bad INN is refused naming the field, and nothing is saved
        int before = http.get("legal-entities", "manager").json().size();
        Http.Answer bad = http.post("legal-entities", "admin", entity("Плохой ИНН", "7707083894", VALID_ACCOUNT, ""));
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.toString(), fields(bad).contains("inn"));
        Http.Answer badBic = http.post("legal-entities", "admin", entity("Плохой БИК", Api.uniqueInn(),
                VALID_ACCOUNT.replace("044030832", "04403083"), ""));
        assertEquals(badBic.toString(), 400, badBic.status());
        assertTrue(badBic.toString(), fields(badBic).contains("bankAccounts[0].bic"));
        assertEquals(403, http.post("legal-entities", "manager", entity("Не админ", Api.uniqueInn(), VALID_ACCOUNT, "")).status());
        assertEquals(before, http.get("legal-entities", "manager").json().size());

        // a control key that fails warns and saves
        Http.Answer typo = http.post("legal-entities", "admin", entity("Опечатка", Api.uniqueInn(), TYPO_ACCOUNT, ""));
        assertEquals(typo.toString(), 201, typo.status());
        assertEquals(typo.toString(), "bankAccounts[0].account", typo.json().get("warnings").get(0).get("field").asText());
        String id = typo.json().get("id").asText();
        assertEquals(200, http.get("legal-entities/" + id, "accountant").status());
        // fixed, the warning goes
        Http.Answer fixed = http.call("PUT", "legal-entities/" + id, "admin", entity("Опечатка", typo.json().get("inn").asText(),
                TYPO_ACCOUNT.replace("044525933", "044525593"), ""));
        assertEquals(fixed.toString(), 200, fixed.status());
        assertEquals(0, fixed.json().get("warnings").size());

        // exactly one default, also after another entity is made the default
        Http.Answer other = http.post("legal-entities", "admin", entity("Новый основной", Api.uniqueInn(), VALID_ACCOUNT,
                ",\"defaultEntity\":true"));
        assertEquals(other.toString(), 201, other.status());
        assertEquals(1, defaults(http));
        assertTrue(other.json().get("defaultEntity").asBoolean());
        Http.Answer away = http.call("PUT", "legal-entities/" + other.json().get("id").asText(), "admin",
                entity("Новый основной", other.json().get("inn").asText(), VALID_ACCOUNT, ",\"defaultEntity\":false"));
        assertEquals(away.toString(), 400, away.status());
        assertTrue(fields(away).contains("defaultEntity"));
    }

    /** An invoice issued, its PDF read back (Cyrillic text, amount in words), its QR decoded, frozen against edits. */
    static void documentRendersAndFreezes(Http http) throws Exception {
        String issuer = createEntity(http, "Автотрэкер", VALID_ACCOUNT);
        String body = "{\"kind\":\"invoice\",\"series\":{\"prefix\":\"СЧ\",\"reset\":\"YEARLY\"},\"issuer\":\"" + issuer + "\","
                + "\"date\":\"2026-04-01\",\"buyer\":{\"name\":\"ООО «ПК Ролатекс»\",\"inn\":\"" + Api.uniqueInn() + "\","
                + "\"address\":\"Новосибирск\"},\"lines\":[{\"name\":\"Подписка на сервис удалённого управления автопарком\","
                + "\"quantity\":164,\"unit\":\"шт.\",\"price\":350.00}]}";
        Http.Answer first = http.post("documents", "accountant", body);
        assertEquals(first.toString(), 201, first.status());
        assertEquals("СЧ-2026-1", first.json().get("number").asText());
        Http.Answer second = http.post("documents", "accountant", body);
        assertEquals("СЧ-2026-2", second.json().get("number").asText());
        String id = first.json().get("id").asText();

        byte[] pdf = bytes("documents/" + id + "/pdf", "accountant");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertTrue(text, text.contains("Счёт на оплату № СЧ-2026-1 от 01.04.2026"));
            assertTrue(text, text.contains("Пятьдесят семь тысяч четыреста рублей 00 копеек"));
            assertTrue(text, text.contains("Общество с ограниченной ответственностью «Автотрэкер»"));
            String qr = decode(new PDFRenderer(doc).renderImageWithDPI(0, 200));
            assertTrue(qr, qr.startsWith("ST00012|Name=Общество с ограниченной ответственностью «Автотрэкер»|PersonalAcc=40702810200470918965"));
            assertTrue(qr, qr.contains("|BIC=044030832|") && qr.endsWith("|Sum=5740000"));
        }

        // the entity changes; the issued document does not
        JsonNode entity = http.get("legal-entities/" + issuer, "admin").json();
        Http.Answer renamed = http.call("PUT", "legal-entities/" + issuer, "admin",
                entity("Автотрэкер Плюс", entity.get("inn").asText(), VALID_ACCOUNT, ",\"closedThrough\":2025"));
        assertEquals(renamed.toString(), 200, renamed.status());
        assertArrayEquals(pdf, bytes("documents/" + id + "/pdf", "accountant"));
        assertEquals(first.json(), http.get("documents/" + id, "manager").json());

        // a date in the closed year is refused and takes no number
        Http.Answer closed = http.post("documents", "accountant", body.replace("2026-04-01", "2025-12-31"));
        assertEquals(closed.toString(), 422, closed.status());
        assertEquals("СЧ-2026-3", http.post("documents", "accountant", body).json().get("number").asText());

        // support reads no documents; the sample invoice is for administrators
        assertEquals(403, http.get("documents/" + id, "support").status());
        assertEquals(403, http.get("legal-entities/" + issuer + "/sample-invoice", "accountant").status());
        byte[] preview = bytes("legal-entities/" + issuer + "/sample-invoice?language=en", "admin");
        try (PDDocument doc = Loader.loadPDF(preview)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Invoice No. SAMPLE-1"));
        }
    }

    private static int defaults(Http http) {
        int n = 0;
        for (JsonNode e : http.get("legal-entities", "admin").json()) {
            n += e.get("defaultEntity").asBoolean() ? 1 : 0;
        }
        return n;
    }

    private static List<String> fields(Http.Answer a) {
        List<String> out = new ArrayList<>();
        a.json().path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    static byte[] bytes(String path, String user) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty(PitstopTestSupport.HTTP_PORT_PROPERTY)
                        + "/api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> a = CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(a.body(), StandardCharsets.UTF_8), 200, a.statusCode());
        assertEquals("application/pdf", a.headers().firstValue("Content-Type").orElse(""));
        return a.body();
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    /** In the browser: an administrator adds a bank account with a mistyped BIC to an entity, saves, and sees the warning. */
    static void adminSeesTheControlKeyWarning(Browser b, Http http) throws Exception {
        String name = "Юрлицо " + Long.toString(System.nanoTime() % 100_000);
        http.post("legal-entities", "admin", entity(name, Api.uniqueInn(), VALID_ACCOUNT, ""));
        b.login("admin");
        b.click("menu-legal-entities");
        b.visible("legal-entities-view");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
            for (org.openqa.selenium.WebElement cell : d.findElements(org.openqa.selenium.By.cssSelector("vaadin-grid-cell-content"))) {
                if (("ООО «" + name + "»").equals(cell.getText().trim())) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        b.dialog("legal-entity-form");
        b.type("legal-entity-account-account", "40702810502080001823");
        b.type("legal-entity-account-bankName", "АО «АЛЬФА-БАНК»");
        b.type("legal-entity-account-bic", "044525933");
        b.type("legal-entity-account-correspondentAccount", "30101810200000000593");
        b.click("legal-entity-account-add");
        b.click("legal-entity-form-save");
        b.notice("legal.saved");
        String text = new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
            String t = d.findElement(org.openqa.selenium.By.id("legal-entity-warnings")).getAttribute("textContent");
            return t != null && t.contains("bankAccounts[1].account") ? t : null;
        });
        assertTrue(text, text.contains("044525933"));
        b.visible("legal-entity-warnings");
        b.shot("legal-entity-warning");
    }
}
