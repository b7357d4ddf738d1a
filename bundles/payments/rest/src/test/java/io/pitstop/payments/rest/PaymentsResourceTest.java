package io.pitstop.payments.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class PaymentsResourceTest {
    @Test
    public void statementTextInEveryCharsetIsNotBinaryButAnExecutableIs() {
        String text = "1CClientBankExchange\r\nКодировка=Windows\r\nНазначениеПлатежа=Пополнение лицевого счета № 17\tНДС нет\r\n";
        for (Charset c : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1251"), Charset.forName("IBM866")}) {
            assertFalse(c.name(), PaymentsResource.binary(text.getBytes(c)));
        }
        assertTrue(PaymentsResource.binary(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        assertTrue(PaymentsResource.binary("%PDF-1.7\n\u0001".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
