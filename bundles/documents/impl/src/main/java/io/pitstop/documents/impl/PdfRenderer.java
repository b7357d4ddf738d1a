package io.pitstop.documents.impl;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.pitstop.documents.api.AmountInWords;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.Party;
import io.pitstop.documents.api.Signatory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out an invoice or an act on A4 with PDFBox directly: a fixed layout whose texts come from the language's
 * {@link Template}, in DejaVu Sans (shipped in the bundle, embedded as a subset, so Cyrillic prints on any reader).
 * The payment QR code is drawn as vector squares, so it stays sharp at any zoom and scans from print.
 */
final class PdfRenderer {
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float QR_SIZE = 110;

    private PdfRenderer() {
    }

    static byte[] render(RenderData d) {
        Template t = new Template(d.language());
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "fonts/DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title(t, d));
            doc.getDocumentInformation().setProducer("Pitstop");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(cs, regular, bold, PDRectangle.A4.getHeight() - MARGIN);
                if (d.logo() != null) {
                    PDImageXObject logo = PDImageXObject.createFromByteArray(doc, d.logo(), "logo");
                    float h = 40;
                    float lw = Math.min(160, logo.getWidth() * h / logo.getHeight());
                    cs.drawImage(logo, MARGIN, w.y - h, lw, h);
                    w.y -= h + 10;
                }
                boolean invoice = "invoice".equals(d.kind());
                if (invoice) {
                    float top = w.y;
                    if (d.qr() != null) {
                        qr(cs, d.qr(), MARGIN + WIDTH - QR_SIZE, top);
                    }
                    bankBlock(w, t, d);
                    if (d.qr() != null) {
                        w.y = Math.min(w.y, top - QR_SIZE);
                        w.line(t.text("qr"), 7, false, MARGIN + WIDTH - QR_SIZE + 10);
                    }
                }
                w.y -= 14;
                w.line(title(t, d), 14, true, MARGIN);
                w.y -= 8;
                party(w, t, t.text(d.kind() + ".seller"), d.issuer().fullName(), d.issuer().inn(), d.issuer().kpp(),
                        d.issuer().legalAddress());
                Party b = d.buyer();
                party(w, t, t.text(d.kind() + ".buyer"), b.name(), b.inn(), b.kpp(), b.address());
                w.y -= 6;
                table(w, t, d);
                totals(w, t, d);
                if (d.purpose() != null && invoice) {
                    w.wrapped(t.fill("purpose", Map.of("purpose", d.purpose())), 9, false);
                }
                if (!invoice) {
                    w.y -= 6;
                    w.wrapped(t.text("act.accepted"), 9, false);
                }
                w.y -= 24;
                signatures(w, t, d);
                if (d.stamp() != null) {
                    PDImageXObject stamp = PDImageXObject.createFromByteArray(doc, d.stamp(), "stamp");
                    cs.drawImage(stamp, MARGIN + 300, w.y - 20, 100, 100 * stamp.getHeight() / (float) stamp.getWidth());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render document " + d.number() + ": " + e.getMessage(), e);
        }
    }

    static String title(Template t, RenderData d) {
        return t.fill(d.kind() + ".title", Map.of("number", d.number(), "date", date(d)));
    }

    private static void bankBlock(Writer w, Template t, RenderData d) throws IOException {
        BankAccount a = d.issuer().mainAccount();
        if (a == null) {
            return;
        }
        LegalEntity e = d.issuer();
        w.line(t.text("bank.payee") + ": " + a.bankName(), 9, false, MARGIN);
        w.line(t.text("bank.bic") + " " + a.bic() + "    " + t.text("bank.account") + " "
                + (a.correspondentAccount() == null ? "" : a.correspondentAccount()), 9, false, MARGIN);
        w.line(t.text("payee") + ": " + e.fullName(), 9, false, MARGIN);
        w.line(t.text("inn") + " " + e.inn() + (e.kpp() == null ? "" : "    " + t.text("kpp") + " " + e.kpp())
                + "    " + t.text("bank.account") + " " + a.account(), 9, false, MARGIN);
    }

    private static void party(Writer w, Template t, String role, String name, String inn, String kpp, String address)
            throws IOException {
        StringBuilder s = new StringBuilder(role).append(": ").append(name);
        if (inn != null) {
            s.append(", ").append(t.text("inn")).append(' ').append(inn);
        }
        if (kpp != null) {
            s.append(", ").append(t.text("kpp")).append(' ').append(kpp);
        }
        if (address != null) {
            s.append(", ").append(address);
        }
        w.wrapped(s.toString(), 9, false);
        w.y -= 2;
    }

    private static final float[] COLUMNS = {0, 25, 290, 345, 385, 445};

    private static void table(Writer w, Template t, RenderData d) throws IOException {
        String[] head = {t.text("column.no"), t.text("column.name"), t.text("column.quantity"), t.text("column.unit"),
            t.text("column.price"), t.text("column.sum")};
        row(w, head, true);
        int i = 1;
        for (DocumentLine l : d.lines()) {
            row(w, new String[] {String.valueOf(i++), l.name(), number(l.quantity(), d.language(), false),
                l.unit() == null ? "" : l.unit(), money(l.price(), d.language()),
                money(DocumentMath.lineSum(l), d.language())}, false);
        }
        w.y -= 4;
    }

    private static void row(Writer w, String[] cells, boolean bold) throws IOException {
        float top = w.y;
        float lowest = w.y;
        for (int c = 0; c < cells.length; c++) {
            float x = MARGIN + COLUMNS[c];
            float width = (c + 1 < COLUMNS.length ? COLUMNS[c + 1] : WIDTH) - COLUMNS[c] - 4;
            w.y = top;
            for (String part : w.wrap(cells[c], 9, bold, width)) {
                w.line(part, 9, bold, x + 2);
            }
            lowest = Math.min(lowest, w.y);
        }
        w.cs.setLineWidth(0.5f);
        w.cs.addRect(MARGIN, lowest - 2, WIDTH, top - lowest + 2);
        w.cs.stroke();
        w.y = lowest - 2;
    }

    private static void totals(Writer w, Template t, RenderData d) throws IOException {
        float x = MARGIN + COLUMNS[2] + 20;
        w.line(t.text("total") + " " + money(d.total(), d.language()), 10, true, x);
        if (d.vat() == null) {
            w.line(t.text("no.vat"), 10, true, x);
        } else {
            w.line(t.fill("vat", Map.of("rate", d.issuer().vatMode().rate().toPlainString())) + " "
                    + money(d.vat(), d.language()), 10, true, x);
        }
        w.y -= 6;
        w.line(t.fill("count", Map.of("count", String.valueOf(d.lines().size()), "total", money(d.total(), d.language()))),
                9, false, MARGIN);
        w.wrapped(AmountInWords.in(d.language(), d.total()), 10, true);
        w.y -= 4;
    }

    private static void signatures(Writer w, Template t, RenderData d) throws IOException {
        sign(w, t.text("director"), d.issuer().director());
        if ("invoice".equals(d.kind())) {
            sign(w, t.text("accountant"), d.issuer().chiefAccountant());
        } else {
            sign(w, t.text("act.customer.sign"), null);
        }
    }

    private static void sign(Writer w, String role, Signatory s) throws IOException {
        String who = s == null ? "" : (s.position() == null ? "" : s.position() + " ") + (s.name() == null ? "" : s.name());
        w.line(role + "  ____________________  " + who, 9, false, MARGIN);
        if (s != null && s.basis() != null) {
            w.line(s.basis(), 7, false, MARGIN + 100);
        }
        w.y -= 10;
    }

    /** Draws the QR code's dark modules as filled squares with their top-left corner at (x, top). */
    static void qr(PDPageContentStream cs, String payload, float x, float top) throws IOException {
        BitMatrix m = matrix(payload);
        float cell = QR_SIZE / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * cell, top - (row + 1) * cell, cell, cell);
                }
            }
        }
        cs.fill();
    }

    static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("The payment QR code cannot hold this payload: " + e.getMessage(), e);
        }
    }

    static String date(RenderData d) {
        return "en".equals(d.language())
                ? d.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : d.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** 57 400,00 in Russian, 57,400.00 in English. */
    static String money(BigDecimal amount, String language) {
        return number(amount, language, true);
    }

    private static String number(BigDecimal value, String language, boolean money) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean en = "en".equals(language);
        symbols.setGroupingSeparator(en ? ',' : '\u00a0');
        symbols.setDecimalSeparator(en ? '.' : ',');
        DecimalFormat f = new DecimalFormat(money ? "#,##0.00" : "#,##0.###", symbols);
        f.setParseBigDecimal(true);
        return f.format(value);
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the bundle");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Writes lines downwards from {@code y}. */
    private static final class Writer {
        final PDPageContentStream cs;
        final PDFont regular;
        final PDFont bold;
        float y;

        Writer(PDPageContentStream cs, PDFont regular, PDFont bold, float y) {
            this.cs = cs;
            this.regular = regular;
            this.bold = bold;
            this.y = y;
        }

        void line(String text, float size, boolean isBold, float x) throws IOException {
            y -= size * 1.35f;
            cs.beginText();
            PDFont f = isBold ? bold : regular;
            cs.setFont(f, size);
            cs.newLineAtOffset(x, y);
            cs.showText(printable(f, text));
            cs.endText();
        }

        void wrapped(String text, float size, boolean isBold) throws IOException {
            for (String part : wrap(text, size, isBold, WIDTH)) {
                line(part, size, isBold, MARGIN);
            }
        }

        List<String> wrap(String text, float size, boolean isBold, float width) throws IOException {
            PDFont f = isBold ? bold : regular;
            text = printable(f, text);
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && f.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }

    /**
     * The text with every character the font cannot draw replaced by {@code ?}: a name in a script the shipped font
     * lacks must still give a document (with a visible mark), never a failed issue.
     */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
