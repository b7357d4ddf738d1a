package io.pitstop.documents.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.Party;
import io.pitstop.documents.api.PaymentQr;
import io.pitstop.documents.api.Signatory;
import io.pitstop.documents.api.VatMode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

/** A known invoice rendered, read back with PDFBox's text extractor, and its QR code decoded with ZXing. */
public class PdfRendererTest {
    static final LegalEntity SELLER = new LegalEntity(UUID.randomUUID(), "Общество с ограниченной ответственностью «Автотрэкер»",
            "ООО «Автотрэкер»", "7707083893", "773601001", "1027700132195", "630060, Новосибирск, ул. Зелёная Горка, д. 1",
            null, List.of(new BankAccount("40702810200470918965", "ФИЛИАЛ «СЕВЕРО-ЗАПАДНЫЙ» БАНКА ВТБ (ПАО)", "044030832",
            "30101810940300000832")), new Signatory("Матвеев А. С.", "Генеральный директор", "Устав"),
            new Signatory("Афон И. В.", "Главный бухгалтер", null), VatMode.VAT_22, true, null, null, null, 1,
            Instant.EPOCH, List.of());

    static RenderData invoice(String language) {
        List<DocumentLine> lines = List.of(new DocumentLine("Подписка на сервис удалённого управления автопарком, апрель 2026",
                new BigDecimal("164"), "шт.", new BigDecimal("350.00")));
        BigDecimal total = DocumentMath.total(lines);
        String purpose = "Оплата по счёту № СЧ-2026-7 от 01.04.2026";
        return new RenderData("invoice", "СЧ-2026-7", LocalDate.of(2026, 4, 1), language, SELLER,
                new Party("ООО «ПК Ролатекс»", null, null, "Новосибирск"), lines, total,
                DocumentMath.vat(total, SELLER.vatMode()), purpose,
                PaymentQr.payload(SELLER, SELLER.mainAccount(), purpose, total), null, null);
    }

    @Test
    public void anInvoiceReadsBackInCyrillicWithItsAmountInWords() throws Exception {
        byte[] pdf = PdfRenderer.render(invoice("ru"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertTrue(text, text.contains("Счёт на оплату № СЧ-2026-7 от 01.04.2026"));
            assertTrue(text, text.contains("Пятьдесят семь тысяч четыреста рублей 00 копеек"));
            assertTrue(text, text.contains("57 400,00"));
            assertTrue(text, text.contains("В том числе НДС 22%: 10 350,82"));
            assertTrue(text, text.contains("ООО «ПК Ролатекс»"));
            assertTrue(text, text.contains("044030832"));
        }
    }

    @Test
    public void theQrCodeDecodesToTheGostPayload() throws Exception {
        RenderData d = invoice("ru");
        assertEquals("ST00012|Name=Общество с ограниченной ответственностью «Автотрэкер»|PersonalAcc=40702810200470918965"
                + "|BankName=ФИЛИАЛ «СЕВЕРО-ЗАПАДНЫЙ» БАНКА ВТБ (ПАО)|BIC=044030832|CorrespAcc=30101810940300000832"
                + "|PayeeINN=7707083893|KPP=773601001|Purpose=Оплата по счёту № СЧ-2026-7 от 01.04.2026|Sum=5740000", d.qr());
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(d))) {
            assertEquals(d.qr(), decode(new PDFRenderer(doc).renderImageWithDPI(0, 200)));
        }
    }

    @Test
    public void englishUsesItsOwnLabelsAndWords() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(invoice("en")))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text, text.contains("Invoice No. СЧ-2026-7 of 1 April 2026"));
            assertTrue(text, text.contains("Fifty-seven thousand four hundred roubles 00 kopecks"));
            assertTrue(text, text.contains("57,400.00"));
        }
    }

    /** Reads the one QR code on a page image. */
    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    @Test
    public void aCharacterTheFontLacksIsMarkedNotFatal() throws Exception {
        RenderData d = invoice("ru");
        RenderData chinese = new RenderData(d.kind(), d.number(), d.date(), d.language(), d.issuer(),
                new Party("ООО «Ролатекс» 中文", null, null, null), d.lines(), d.total(), d.vat(), d.purpose(), d.qr(), null, null);
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(chinese))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("ООО «Ролатекс» ??"));
        }
    }
}
