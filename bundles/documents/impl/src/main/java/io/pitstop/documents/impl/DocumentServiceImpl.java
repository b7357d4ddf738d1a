package io.pitstop.documents.impl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.Document;
import io.pitstop.documents.api.DocumentDraft;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.DocumentService;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.documents.api.NumberingSeries;
import io.pitstop.documents.api.Party;
import io.pitstop.documents.api.PaymentQr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Numbers, renders and freezes documents (plain JDBC inside {@link Transactions}, joining the caller's
 * transaction). The frozen PDF and data hang on the document's own record as attachments, whose resolver
 * ({@link DocumentResolver}) gives them the document's roles.
 */
@Component(service = DocumentService.class)
public class DocumentServiceImpl implements DocumentService {
    private static final String COLUMNS = "id, kind, number, doc_date, issuer_id, language, buyer_name, buyer_inn, "
            + "buyer_kpp, buyer_address, total, vat, purpose, about_type, about_id, pdf, data, issued_by, issued_at";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference
    private AttachmentService attachments;

    /** Also makes sure the schema (migrated by the entity service) exists before any document is read. */
    @Reference
    private LegalEntityService legalEntities;


    @Override
    public String takeNumber(UUID issuer, NumberingSeries series, LocalDate date) {
        Numbering.check(series, "series");
        if (date == null) {
            throw ValidationException.field("date", "is required");
        }
        LegalEntity entity = entity(Actor.system("documents"), issuer);
        return transactions.required(() -> number(entity, series, date));
    }

    private String number(LegalEntity issuer, NumberingSeries series, LocalDate date) {
        if (issuer.closedThrough() != null && date.getYear() <= issuer.closedThrough()) {
            throw new BusinessRuleException("closed-year", "The year " + date.getYear() + " is closed for "
                    + issuer.shortName() + " (closed through " + issuer.closedThrough() + "): date the document in an open year");
        }
        long n = run(c -> Numbering.next(c, issuer.id(), series, date, this::createCounter), "take a document number");
        return Numbering.format(series, date, n);
    }

    /** The counter's first row, in a transaction of its own (see {@link Numbering}). */
    private void createCounter(UUID issuer, String prefix, int period) {
        try {
            transactions.requiresNew(() -> run(c -> {
                Numbering.createRow(c, issuer, prefix, period);
                return null;
            }, "create a numbering counter"));
        } catch (RuntimeException e) {
            // another first use created it at the same moment; the increment that follows finds that row
        }
    }

    @Override
    public Document issue(Actor actor, DocumentDraft draft) {
        mayIssue(actor);
        DocumentDraft d = DocumentChecks.check(draft);
        LegalEntity issuer = entity(actor, d.issuer());
        return transactions.required(() -> {
            String number = number(issuer, d.series(), d.date());
            BigDecimal total = DocumentMath.total(d.lines());
            BigDecimal vat = DocumentMath.vat(total, issuer.vatMode());
            Template t = new Template(d.language());
            RenderData base = new RenderData(d.kind(), number, d.date(), d.language(), issuer, d.buyer(), d.lines(), total,
                    vat, null, null, null, null);
            String purpose = d.purpose() != null ? d.purpose()
                    : "invoice".equals(d.kind()) ? t.fill("purpose.default", Map.of("number", number, "date", PdfRenderer.date(base))) : null;
            RenderData data = render(actor, d.kind(), number, d.date(), d.language(), issuer, d.buyer(), d.lines(), purpose);
            byte[] pdf = PdfRenderer.render(data);
            UUID id = UUID.randomUUID();
            Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
            RecordRef ref = new RecordRef(Document.RECORD_TYPE, id);
            Document row = new Document(id, d.kind(), number, d.date(), issuer.id(), d.language(), d.buyer(), total, vat,
                    purpose, d.about(), null, null, actor.name(), now);
            run(c -> {
                insert(c, row);
                return null;
            }, "store a document");
            String file = number.replaceAll("[/\\\\]", "_");
            Attachment pdfFile = attachments.attach(actor, ref, file + ".pdf", "application/pdf", new ByteArrayInputStream(pdf));
            Attachment dataFile = attachments.attach(actor, ref, file + ".json", "application/json",
                    new ByteArrayInputStream(json(data)));
            Document issued = new Document(id, row.kind(), number, row.date(), row.issuer(), row.language(), row.buyer(),
                    total, vat, purpose, row.about(), pdfFile.id(), dataFile.id(), actor.name(), now);
            run(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE document SET pdf = ?, data = ? WHERE id = ?")) {
                    ps.setString(1, pdfFile.id().toString());
                    ps.setString(2, dataFile.id().toString());
                    ps.setString(3, id.toString());
                    ps.executeUpdate();
                }
                return null;
            }, "store a document");
            audit.record(actor, ref, "ISSUE", null, snapshot(issued));
            return issued;
        });
    }

    private RenderData render(Actor actor, String kind, String number, LocalDate date, String language, LegalEntity issuer,
                              Party buyer, List<DocumentLine> lines, String purpose) {
        BigDecimal total = DocumentMath.total(lines);
        BankAccount account = issuer.mainAccount();
        String qr = "invoice".equals(kind) && account != null ? PaymentQr.payload(issuer, account, purpose, total) : null;
        return new RenderData(kind, number, date, language, issuer, buyer, lines, total,
                DocumentMath.vat(total, issuer.vatMode()), purpose, qr, image(actor, issuer.logo()), image(actor, issuer.stamp()));
    }

    private byte[] image(Actor actor, UUID attachment) {
        if (attachment == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.content(Actor.system("documents"), attachment, out);
        return out.toByteArray();
    }

    @Override
    public Document get(Actor actor, UUID id) {
        mayRead(actor);
        return run(c -> {
            Document d = find(c, id);
            if (d == null) {
                throw new NotFoundException(Document.RECORD_TYPE, id);
            }
            return d;
        }, "read a document");
    }

    @Override
    public void pdf(Actor actor, UUID id, OutputStream out) {
        Document d = get(actor, id);
        attachments.content(actor, d.pdf(), out);
    }

    @Override
    public byte[] preview(Actor actor, UUID issuer, String language) {
        if (!actor.hasAnyRole(Actor.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may preview document layouts");
        }
        String lang = language == null ? "ru" : language;
        if (!DocumentChecks.LANGUAGES.contains(lang)) {
            throw ValidationException.field("language", "must be one of en, ru");
        }
        LegalEntity entity = entity(actor, issuer);
        Template t = new Template(lang);
        LocalDate today = clock.today();
        String number = "en".equals(lang) ? "SAMPLE-1" : "ОБРАЗЕЦ-1";
        List<DocumentLine> lines = List.of(new DocumentLine(t.text("sample.line"), new BigDecimal("3"), t.text("sample.unit"),
                new BigDecimal("350.00")));
        RenderData base = new RenderData("invoice", number, today, lang, entity, null, lines, null, null, null, null, null, null);
        String purpose = t.fill("purpose.default", Map.of("number", number, "date", PdfRenderer.date(base)));
        return PdfRenderer.render(render(actor, "invoice", number, today, lang, entity,
                new Party(t.text("sample.buyer"), "7707083893", "773601001", null), lines, purpose));
    }

    /** The issuer: the given entity or the default one; one that does not exist is a mistake of the caller's field. */
    private LegalEntity entity(Actor actor, UUID issuer) {
        Actor reader = Actor.system("documents");
        try {
            return issuer == null ? legalEntities.defaultEntity(reader) : legalEntities.get(reader, issuer);
        } catch (NotFoundException e) {
            throw ValidationException.field("issuer", issuer == null
                    ? "is required: no legal entity is the default yet" : "is not one of our legal entities");
        }
    }

    static byte[] json(RenderData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("number", d.number());
        m.put("date", d.date().toString());
        m.put("language", d.language());
        m.put("issuer", LegalEntityServiceImpl.snapshot(d.issuer()));
        m.put("buyer", d.buyer());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DocumentLine l : d.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", l.name());
            line.put("quantity", l.quantity());
            line.put("unit", l.unit());
            line.put("price", l.price());
            line.put("sum", DocumentMath.lineSum(l));
            lines.add(line);
        }
        m.put("lines", lines);
        m.put("total", d.total());
        m.put("vat", d.vat());
        m.put("purpose", d.purpose());
        m.put("paymentQr", d.qr());
        try {
            return JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> snapshot(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("number", d.number());
        m.put("date", d.date().toString());
        m.put("issuer", d.issuer().toString());
        m.put("buyer", d.buyer().name());
        m.put("total", d.total());
        m.put("pdf", d.pdf().toString());
        m.put("data", d.data().toString());
        return m;
    }

    private static void insert(Connection c, Document d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
            ps.setString(1, d.id().toString());
            ps.setString(2, d.kind());
            ps.setString(3, d.number());
            ps.setDate(4, Date.valueOf(d.date()));
            ps.setString(5, d.issuer().toString());
            ps.setString(6, d.language());
            ps.setString(7, d.buyer().name());
            ps.setString(8, d.buyer().inn());
            ps.setString(9, d.buyer().kpp());
            ps.setString(10, d.buyer().address());
            ps.setBigDecimal(11, d.total());
            ps.setBigDecimal(12, d.vat());
            ps.setString(13, d.purpose());
            ps.setString(14, d.about() == null ? null : d.about().type());
            ps.setString(15, d.about() == null ? null : d.about().id().toString());
            ps.setString(16, d.issuedBy());
            ps.setTimestamp(17, Timestamp.from(d.issuedAt()));
            ps.executeUpdate();
        }
    }

    static Document find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM document WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String aboutType = rs.getString("about_type");
                String pdf = rs.getString("pdf");
                String data = rs.getString("data");
                return new Document(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("number"),
                        rs.getDate("doc_date").toLocalDate(), UUID.fromString(rs.getString("issuer_id")),
                        rs.getString("language"), new Party(rs.getString("buyer_name"), rs.getString("buyer_inn"),
                        rs.getString("buyer_kpp"), rs.getString("buyer_address")), rs.getBigDecimal("total"),
                        rs.getBigDecimal("vat"), rs.getString("purpose"),
                        aboutType == null ? null : new RecordRef(aboutType, UUID.fromString(rs.getString("about_id"))),
                        pdf == null ? null : UUID.fromString(pdf), data == null ? null : UUID.fromString(data),
                        rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant());
            }
        }
    }

    private void mayIssue(Actor actor) {
        if (!DocumentResolver.mayRead(actor)) {
            throw new AccessDeniedException("Only an administrator, a manager or an accountant may issue documents");
        }
    }

    private void mayRead(Actor actor) {
        if (!DocumentResolver.mayRead(actor)) {
            throw new AccessDeniedException("You may not read documents");
        }
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work, String what) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.on(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Documents cannot " + what + ": " + e.getMessage(), e);
            }
        });
    }
}
