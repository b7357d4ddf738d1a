package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.vaadin.flow.component.upload.UploadI18N;
import io.pitstop.ui.api.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.Test;

public class FileDropTest {
    private static final long MB = 1024 * 1024;

    @Test
    public void theLimitReadsAsPeopleWriteSizesInBothLanguages() {
        assertEquals("Файл больше 10 МБ — такой не принимается", FileDrop.tooLarge(Ui.RUSSIAN, 10 * MB));
        assertEquals("The file is larger than 10 MB: it cannot be accepted", FileDrop.tooLarge(Ui.ENGLISH, 10 * MB));
        assertEquals("1,5 МБ", FileDrop.size(Ui.RUSSIAN, MB + MB / 2));
        assertEquals("1.5 MB", FileDrop.size(Ui.ENGLISH, MB + MB / 2));
        assertEquals("300 КБ", FileDrop.size(Ui.RUSSIAN, 300 * 1024));
        assertEquals("512 B", FileDrop.size(Ui.ENGLISH, 512));
        // rounded down: a limit never reads larger than it is
        assertEquals("10,9 МБ", FileDrop.size(Ui.RUSSIAN, 10 * MB + 99 * MB / 100));
    }

    @Test
    public void theWebComponentGetsItsTextsAndTheLimitInTheUsersLanguage() {
        UploadI18N ru = FileDrop.i18n(Ui.RUSSIAN, 20 * MB);
        assertEquals("Файл больше 20 МБ — такой не принимается", ru.getError().getFileIsTooBig());
        assertEquals("Выбрать файл…", ru.getAddFiles().getOne());
        assertEquals("Drop a file here", FileDrop.i18n(Ui.ENGLISH, MB).getDropFiles().getOne());
        assertEquals(5, ru.getUnits().getSize().size());
    }

    @Test
    public void aSpoolKeepsAFileWithinTheLimitByteForByte() throws IOException {
        byte[] content = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        FileSpool spool = FileSpool.open(content.length);
        try (spool) {
            spool.write(content, 0, content.length);
        }
        try (InputStream in = spool.read()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertFalse(spool.tooLarge());
        assertEquals(content.length, spool.size());
        spool.discard();
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    public void aSpoolStopsAtTheByteOverTheLimitAndWritesNoneOfIt() throws IOException {
        FileSpool spool = FileSpool.open(10);
        spool.write(new byte[8], 0, 8);
        assertThrows(IOException.class, () -> spool.write(new byte[3], 0, 3));
        assertTrue(spool.tooLarge());
        spool.close();
        assertEquals("nothing past the limit is written", 8, Files.size(spool.file()));
        spool.discard();
        assertFalse(Files.exists(spool.file()));
    }

    @Test
    public void aFieldRefusesALimitBelowOneByte() {
        assertThrows(IllegalArgumentException.class, () -> new FileDrop("x", 0, f -> { }));
    }

    @Test
    public void aRefusalShowsItsMessagesWithoutTheServicesFieldNames() {
        io.pitstop.core.api.ValidationException two = new io.pitstop.core.api.ValidationException(java.util.List.of(
                new io.pitstop.core.api.FieldError("Content-Type", "says application/pdf but the content is text/plain"),
                new io.pitstop.core.api.FieldError("name", "must be a file name, not a folder reference")));
        // outside a session the messages stay as the service sent them
        assertEquals("says application/pdf but the content is text/plain; must be a file name, not a folder reference",
                FileDrop.refusal(two));
    }
}
