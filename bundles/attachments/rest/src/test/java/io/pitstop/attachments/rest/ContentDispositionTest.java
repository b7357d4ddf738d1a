package io.pitstop.attachments.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ContentDispositionTest {
    @Test
    public void theExtendedNameWinsOverThePlainOne() {
        assertEquals("Счёт 1.pdf", ContentDisposition.fileName(
                "attachment; filename=\"Schet 1.pdf\"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%201.pdf"));
        assertEquals("Счёт.pdf", ContentDisposition.fileName("attachment; filename*=utf-8'ru'%D0%A1%D1%87%D1%91%D1%82.pdf"));
    }

    @Test
    public void aPlainNameQuotedOrNot() {
        assertEquals("a; b \"c\".txt", ContentDisposition.fileName("attachment; filename=\"a; b \\\"c\\\".txt\""));
        assertEquals("scan.pdf", ContentDisposition.fileName("inline;filename=scan.pdf"));
    }

    @Test
    public void noNameOrABrokenOneIsRefusedOnTheHeader() {
        for (String bad : Arrays.asList(null, "", "attachment", "attachment; filename=\"\"", "attachment; filename*=UTF-8''%D0",
                "attachment; filename*=UTF-8''%ZZ.pdf", "attachment; filename*=ISO-8859-1''a.pdf", "attachment; filename*=a.pdf",
                "attachment; filename*=UTF-8''a b.pdf")) {
            try {
                ContentDisposition.fileName(bad);
                fail("accepted " + bad);
            } catch (ValidationException e) {
                assertEquals(List.of("Content-Disposition"), e.fieldErrors().stream().map(FieldError::field).toList());
            }
        }
    }

    @Test
    public void theDownloadHeaderCarriesTheExactNameAndAnAsciiFallback() {
        String h = ContentDisposition.header("Акт \"сверки\".pdf");
        assertEquals("attachment; filename=\"___ ________.pdf\"; filename*=UTF-8''%D0%90%D0%BA%D1%82%20%22%D1%81%D0%B2%D0%B5%D1%80%D0%BA%D0%B8%22.pdf", h);
        assertEquals("Акт \"сверки\".pdf", ContentDisposition.fileName(h));
    }

    @Test
    public void theRecordOfTheQueryIsCheckedByParameter() {
        for (String[] bad : new String[][] {{null, "1-1"}, {"contact", "nope"}, {"con\u0007tact", java.util.UUID.randomUUID().toString()}}) {
            try {
                AttachmentResource.record(bad[0], bad[1]);
                fail("accepted " + Arrays.toString(bad));
            } catch (ValidationException e) {
                assertEquals(bad[0] == null || bad[0].contains("\u0007") ? "recordType" : "recordId", e.fieldErrors().get(0).field());
            }
        }
    }
}
