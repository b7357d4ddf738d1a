package io.pitstop.attachments.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.attachments.api.UnacceptableFileException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The rules of an upload that need no database: name, hash, size limit, media type from the content. */
public class FileRulesTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    private static final Limits LIMITS = Limits.of(1000, new String[] {"application/pdf,image/png", "text/plain", "text/csv"});

    private Path spool;

    @Before
    public void setUp() throws IOException {
        spool = Files.createTempFile("upload-test", ".part");
    }

    @After
    public void tearDown() throws IOException {
        Files.deleteIfExists(spool);
    }

    @Test
    public void aPlainNameIsKeptTrimmed() {
        assertEquals("Договор №5 (копия).pdf", FileNames.check("  Договор №5 (копия).pdf ", "name"));
        assertEquals("pdf", FileNames.extension("a.b.PDF"));
        assertEquals("", FileNames.extension(".bashrc"));
    }

    @Test
    public void pathsControlCharactersAndEmptyNamesAreRefused() {
        for (String bad : Arrays.asList(null, " ", "../etc/passwd", "a/b.pdf", "C:\\x.pdf", "..", "a\u0000.pdf",
                "line\nbreak.txt", "bell\u0007", "c1\u0085.txt", "x".repeat(256), "broken\uD800.txt")) {
            try {
                FileNames.check(bad, "name");
                fail("accepted " + bad);
            } catch (ValidationException e) {
                assertEquals(List.of("name"), fields(e));
            }
        }
    }

    @Test
    public void spoolingHashesCountsAndKeepsTheHead() throws IOException {
        byte[] content = "hello, world\n".getBytes(StandardCharsets.UTF_8);
        Upload u = Upload.spool(new ByteArrayInputStream(content), spool, 1000);
        assertEquals(content.length, u.size());
        // sha256("hello, world\n"), as sha256sum prints it
        assertEquals("853ff93762a06ddbf722c4ebe9ddd66d8f63ddaea97f521c3ecc20da7c976020", u.sha256());
        assertEquals(u.sha256(), Upload.hash(content));
        assertTrue(Arrays.equals(content, Files.readAllBytes(spool)));
    }

    @Test
    public void readingStopsOnceTheLimitIsPassed() throws IOException {
        int[] served = {0};
        // an endless body: the limit must end the read, not the client
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                served[0] += len;
                return len;
            }
        };
        try {
            Upload.spool(endless, spool, 100_000);
            fail("accepted an endless body");
        } catch (UnacceptableFileException e) {
            assertEquals(413, e.status());
            assertEquals("file-too-large", e.type());
        }
        assertTrue("read " + served[0], served[0] <= 100_000 + 64 * 1024);
        assertEquals(100, Upload.spool(new ByteArrayInputStream(new byte[100]), spool, 100).size());
    }

    @Test
    public void anEmptyFileIsRefused() throws IOException {
        try {
            Upload.spool(new ByteArrayInputStream(new byte[0]), spool, 100);
            fail("accepted an empty file");
        } catch (ValidationException e) {
            assertEquals(List.of("file"), fields(e));
        }
    }

    @Test
    public void theTypeComesFromTheContent() {
        assertEquals("application/pdf", detect(PDF, "scan"));
        assertEquals("image/png", detect(PNG, "photo.png"));
        assertEquals("application/x-msdownload", detect(EXE, "offer.pdf"));
        assertEquals("text/csv", detect("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "list.csv"));
        assertEquals("text/plain", detect("Привет".getBytes(StandardCharsets.UTF_8), "note"));
        assertEquals("application/octet-stream", detect(new byte[] {0, 1, 2, 3}, "blob.bin"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                detect(new byte[] {'P', 'K', 3, 4, 20, 0}, "letter.docx"));
        assertEquals("application/zip", detect(new byte[] {'P', 'K', 3, 4, 20, 0}, "archive.bin"));
        // a Cyrillic letter cut in two by the end of the head is still text
        byte[] cut = Arrays.copyOf("Ж".getBytes(StandardCharsets.UTF_8), 1);
        assertEquals("text/plain", detect(new byte[] {'a', cut[0]}, "x.txt"));
    }

    @Test
    public void anExecutableUnderAnAllowedNameOrDeclaredTypeIsRefused() throws IOException {
        assertType("name", EXE, "offer.pdf", null);
        assertType("file", EXE, "setup", null);
        assertType("Content-Type", EXE, "setup", "application/pdf");
        assertType("name", PDF, "photo.png", "application/octet-stream");
        assertType("file", new byte[] {'P', 'K', 3, 4}, "a.zip", null);
    }

    @Test
    public void aMatchingOrUnspecificDeclarationPasses() throws IOException {
        assertEquals("application/pdf", LIMITS.check(upload(PDF), "scan.pdf", "application/octet-stream"));
        assertEquals("application/pdf", LIMITS.check(upload(PDF), "scan.pdf", "application/PDF; q=1"));
        assertEquals("text/csv", LIMITS.check(upload("a;b\n".getBytes(StandardCharsets.UTF_8)), "t.csv", "text/plain; charset=utf-8"));
        assertEquals("image/png", LIMITS.check(upload(PNG), "photo.png", null));
    }

    @Test
    public void aConfigurationThatAcceptsNothingFailsLoudly() {
        for (Runnable bad : List.<Runnable>of(() -> Limits.of(0, new String[] {"text/plain"}), () -> Limits.of(10, new String[0]),
                () -> Limits.of(10, new String[] {" , "}))) {
            try {
                bad.run();
                fail("accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().startsWith("io.pitstop.attachments"));
            }
        }
    }

    private void assertType(String field, byte[] content, String name, String declared) throws IOException {
        try {
            LIMITS.check(upload(content), name, declared);
            fail("accepted " + name);
        } catch (UnacceptableFileException e) {
            assertEquals(415, e.status());
            assertEquals(List.of(field), fields(e));
        }
    }

    private Upload upload(byte[] content) throws IOException {
        return Upload.spool(new ByteArrayInputStream(content), spool, 1000);
    }

    private static String detect(byte[] head, String name) {
        return MediaTypes.detect(head, head.length, name);
    }

    private static List<String> fields(PitstopException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }
}
