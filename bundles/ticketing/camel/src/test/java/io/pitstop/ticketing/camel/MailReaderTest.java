package io.pitstop.ticketing.camel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.ticketing.api.InboundMail;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class MailReaderTest {
    private static InboundMail read(String mime) throws Exception {
        return MailReader.read(mime.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "support", "support@example.com");
    }

    private static final String PLAIN = """
            From: =?UTF-8?B?0JLQsNC00LjQvA==?= <ASM-12@bk.ru>
            To: support@example.com
            Subject: =?UTF-8?B?0LTQuNGB0LrQvtCy0L7QtSDQv9GA0L7RgdGC0YDQsNC90YHRgtCy0L4=?=
            Message-ID: <a1@bk.ru>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            =D0=94=D0=BE=D0=B1=D1=80=D1=8B=D0=B9 =D0=B4=D0=B5=D0=BD=D1=8C
            """;

    @Test
    public void aPlainMailIsReadWithItsSenderSubjectAndText() throws Exception {
        InboundMail m = read(PLAIN);
        assertEquals("asm-12@bk.ru", m.from());
        assertEquals("Вадим", m.fromName());
        assertEquals("дисковое пространство", m.subject());
        assertEquals("Добрый день", m.text());
        assertEquals("<a1@bk.ru>", m.messageId());
        assertNull(m.machine());
        assertEquals("support", m.department());
    }

    @Test
    public void htmlOnlyBecomesTextWithoutScripts() throws Exception {
        InboundMail m = read("""
                From: client@example.org
                Subject: html
                Message-ID: <h1@example.org>
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{}</style></head><body><p>Hello &amp; <b>thanks</b></p><script>alert('x')</script>
                <img src=x onerror=alert(1)>Bye<br>now<SCRIPT>steal()
                """);
        assertEquals("Hello & thanks\n\nBye\nnow", m.text());
        assertFalse(m.text().contains("alert"));
        assertFalse(m.text().contains("steal"));
    }

    @Test
    public void multipartKeepsThePlainTextAndTheFiles() throws Exception {
        InboundMail m = read("""
                From: client@example.org
                Subject: Re: disk [#1001]
                Message-ID: <m2@example.org>
                In-Reply-To: <out-1@pitstop>
                References: <first@example.org> <out-1@pitstop>
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: multipart/alternative; boundary="b2"

                --b2
                Content-Type: text/plain; charset=koi8-r

                plain text
                --b2
                Content-Type: text/html

                <p>html text</p>
                --b2--
                --b1
                Content-Type: application/pdf; name="../../etc/passwd.pdf"
                Content-Disposition: attachment; filename="../../etc/passwd.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1--
                """);
        assertEquals("plain text", m.text());
        assertEquals(1, m.attachments().size());
        assertEquals("passwd.pdf", m.attachments().get(0).name());
        assertEquals("%PDF-1.4\n", new String(m.attachments().get(0).content(), StandardCharsets.US_ASCII));
        assertEquals(List.of("<out-1@pitstop>", "<first@example.org>"), m.references());
    }

    @Test
    public void anUnknownCharsetIsReadAsUtf8() throws Exception {
        InboundMail m = read("""
                From: client@example.org
                Subject: odd
                Content-Type: text/plain; charset=x-unknown-42

                readable
                """);
        assertEquals("readable", m.text());
        // no Message-ID: one made from the content, the same each time
        assertTrue(m.messageId().endsWith("@pitstop.no-message-id>"));
        assertEquals(m.messageId(), read("""
                From: client@example.org
                Subject: odd
                Content-Type: text/plain; charset=x-unknown-42

                readable
                """).messageId());
    }

    @Test
    public void machinesAreRecognised() throws Exception {
        String[][] cases = {
                {"Auto-Submitted: auto-replied\n", "auto-reply"},
                {"Precedence: bulk\n", "auto-reply"},
                {"X-Autoreply: yes\n", "auto-reply"},
                {"Content-Type: multipart/report; report-type=delivery-status; boundary=x\n", "bounce"},
                {"Return-Path: <>\n", "bounce"},
        };
        for (String[] c : cases) {
            InboundMail m = read("From: client@example.org\nSubject: away\n" + c[0] + "\nI am away\n");
            assertTrue(c[0] + " → " + m.machine(), m.machine() != null && m.machine().startsWith(c[1]));
        }
        assertTrue(read("From: MAILER-DAEMON@example.org\nSubject: failed\n\nx\n").machine().startsWith("bounce"));
        assertTrue(read("From: support@example.com\nSubject: loop\n\nx\n").machine().startsWith("loop"));
        assertNull(read("From: client@example.org\nAuto-Submitted: no\nSubject: hi\n\nx\n").machine());
    }

    @Test
    public void aMailWithoutSenderIsRefused() throws Exception {
        try {
            read("Subject: nobody\n\nx\n");
            fail("read a mail without From");
        } catch (javax.mail.MessagingException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("From"));
        }
    }
}
