package io.pitstop.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The kit's {@code FileDrop} (Vaadin's Upload) on the files tab of a contact, in the browser; called from the end of
 * {@link StaffUiIT}.
 */
final class UploadUiChecks {
    private UploadUiChecks() {
    }

    /**
     * A member attaches a file to a contact through the drop field, sees it listed, downloads it byte for byte (REST
     * has the same file, the contact's timeline the upload); a file over the configured limit gets the field's
     * message with the limit, whether the browser or the server stops it, and a PDF that is text gets the service's
     * refusal on the field; nothing more is stored.
     */
    static void memberUploadsDownloadsAndIsRefusedOverTheLimit(Browser b, Api api) throws Exception {
        String org = api.createOrganization("ООО «Загрузка»", Api.uniqueInn());
        byte[] content = ("%PDF-1.4\n% contract " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Path folder = Files.createTempDirectory("upload-ui");
        Path file = Files.write(folder.resolve("договор-17.pdf"), content);
        // sparse: the browser refuses it by its size before reading a byte, so its zeros cost nothing
        Path oversized = folder.resolve("скан-большой.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(oversized.toFile(), "rw")) {
            raf.setLength(FilesChecks.MAX_BYTES + 1L);
        }

        b.login("manager");
        b.open("contact/" + org);
        b.visible("contact-card");
        b.click("contact-tab-files");
        b.visible("files-empty");
        b.text("files-limit", "До 20 МБ: PDF, изображения, текст, таблицы и документы Office");
        b.attachFile("files-upload", file);
        b.notice("files.attached");
        WebElement link = b.css("a[id^='files-download-']");
        b.shot("uploaded");
        assertEquals(FilesChecks.sha256(content), link.getAttribute("data-sha256"));
        assertEquals("договор-17.pdf", link.getText());
        assertArrayEquals(content, b.fetch(link.getAttribute("href")));
        JsonNode files = api.http().get("attachments?recordType=contact&recordId=" + org, "manager").json();
        assertEquals(files.toString(), 1, files.size());
        assertEquals("application/pdf", files.get(0).get("mediaType").asText());
        assertEquals(new String(content, StandardCharsets.US_ASCII),
                api.http().get("attachments/" + files.get(0).get("id").asText() + "/content", "manager").body());
        assertEquals("file", TimelineChecks.kinds(api.http(), "contact", org, "file", 1).get(0));

        b.attachFile("files-upload", oversized);
        assertEquals("Файл больше 20 МБ — такой не принимается", b.fieldError("files-upload"));
        assertTrue("the message shows on the field", b.visible("files-upload-error").getText().contains("20 МБ"));
        b.shot("too-large");

        // a browser that does not check (its limit taken away here) sends the file: the server stops at the limit
        b.open("contact/" + org);
        b.click("contact-tab-files");
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].maxFileSize = Infinity", b.css("#files-upload-upload"));
        b.attachFile("files-upload", oversized);
        assertEquals("Файл больше 20 МБ — такой не принимается", b.fieldError("files-upload"));
        b.shot("too-large-sent");

        // what the content really is stays the service's check: its refusal lands on the field, translated
        Path disguised = Files.writeString(folder.resolve("счёт.pdf"), "не PDF, а текст");
        b.attachFile("files-upload", disguised);
        // the message alone: the service's field (Content-Type) means nothing to the person who dropped the file
        assertEquals("указан тип application/pdf, а содержимое — text/plain",
                KitChecks.withText(b, "#files-upload-error", "а содержимое — text/plain").getText());
        b.shot("disguised");
        assertEquals("nothing more is stored", 1,
                api.http().get("attachments?recordType=contact&recordId=" + org, "manager").json().size());
        assertEquals(1, b.driver().findElements(By.cssSelector("a[id^='files-download-']")).size());
    }

    /**
     * A plugin's view takes a file through the same field: an administrator picks a bank's CSV in the KSO import
     * dialog, the programmes load at once and the report says so.
     */
    static void ksoProgrammesLoadFromAPickedFile(Browser b, Api api) throws Exception {
        KsoUiChecks.install(b);
        String code = "u" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.writeString(Files.createTempDirectory("upload-kso").resolve("программы банка.csv"),
                "ID;Агентство;Программа;Статус;Ставка;Взнос min;Взнос max;Сумма min;Сумма max;Срок min;Срок max\n"
                        + code + ";Банк Загрузки;Из файла;Новый;14,3;20;39,9999;90000;6900000;24;48\n");
        b.login("admin");
        b.open("kso/programmes");
        b.click("kso-import");
        b.dialog("kso-import-dialog");
        b.attachFile("kso-import-upload", file);
        KitChecks.withText(b, "#kso-import-report span", "Добавлено: 1,");
        b.shot("kso-imported");
        assertTrue("the programme is there", api.http().get("kso/programmes", "manager").body().contains(code));
    }

    /** A real 1×1 PNG, so that a document can draw it. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    /**
     * An administrator gives a legal entity its logo from the legal-entities page: the image is picked, attached to
     * the entity and chosen for it when the form is saved; a text file offered as the stamp is refused on its field.
     */
    static void adminGivesALegalEntityItsLogo(Browser b, Api api) throws Exception {
        String name = "Юрлицо " + Long.toString(System.nanoTime() % 100_000);
        Http.Answer created = api.http().post("legal-entities", "admin",
                DocsChecks.entity(name, Api.uniqueInn(), DocsChecks.VALID_ACCOUNT, ""));
        assertEquals(created.toString(), 201, created.status());
        String id = Api.id(created.json());
        Path folder = Files.createTempDirectory("upload-logo");
        Path logo = Files.write(folder.resolve("логотип.png"), java.util.Base64.getDecoder().decode(PNG));
        Path notAnImage = Files.writeString(folder.resolve("печать.txt"), "не картинка");

        b.login("admin");
        b.click("menu-legal-entities");
        KitChecks.withText(b, "vaadin-grid-cell-content", "ООО «" + name + "»").click();
        b.dialog("legal-entity-form");
        b.text("legal-entity-logo-name", "не выбран");
        b.attachFile("legal-entity-logo", logo);
        KitChecks.withText(b, "#legal-entity-logo-name", "логотип.png");
        b.attachFile("legal-entity-stamp", notAnImage);
        // the field offers images only, so the browser refuses it at once
        assertEquals("Файлы такого типа здесь не принимаются", b.fieldError("legal-entity-stamp"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", b.visible("legal-entity-logo"));
        b.shot("logo-chosen");
        b.click("legal-entity-form-save");
        b.notice("legal.saved");

        JsonNode entity = api.http().get("legal-entities/" + id, "admin").json();
        assertTrue(entity.toString(), entity.hasNonNull("logo"));
        assertTrue(entity.toString(), !entity.hasNonNull("stamp"));
        JsonNode file = api.http().get("attachments/" + entity.get("logo").asText(), "admin").json();
        assertEquals("логотип.png", file.get("name").asText());
        assertEquals("image/png", file.get("mediaType").asText());
    }
}
