package io.pitstop.notifications.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class MailBodyTest {
    @Test
    public void linksGoThroughTheRedirectAndThePixelEndsTheMail() {
        String token = "01234567-89ab-cdef-0123-456789abcdef";
        String text = "Счёт: https://pay.example/inv?id=1&x=2\n\nСпасибо <команда>";
        assertEquals(List.of("https://pay.example/inv?id=1&x=2"), MailBody.links(text));
        String html = MailBody.html(text, "https://crm.example/", token);
        assertTrue(html, html.contains("href=\"https://crm.example/api/notifications/c/" + token
                + "?u=https%3A%2F%2Fpay.example%2Finv%3Fid%3D1%26x%3D2\""));
        assertTrue(html, html.contains("<img src=\"https://crm.example/api/notifications/o/" + token + ".gif\""));
        assertTrue(html, html.contains("Спасибо &lt;команда&gt;"));
        assertTrue(html, html.contains("</p><p>"));
    }
}
