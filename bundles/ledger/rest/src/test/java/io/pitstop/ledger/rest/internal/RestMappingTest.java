package io.pitstop.ledger.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Rest;
import io.pitstop.ledger.api.HoldId;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.Test;

public class RestMappingTest {
    private static final SecurityContext INTEGRATOR = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return () -> "bank-gateway";
        }

        @Override
        public boolean isUserInRole(String role) {
            return role.equals("integrator");
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    };

    @Test
    public void booksAreNamedByExactlyOneReference() {
        Validation v = new Validation();
        assertEquals(HouseBook.BANK.bookId(), Requests.book(v, "b", null, null, "Bank"));
        UUID id = UUID.randomUUID();
        assertEquals(id, Requests.book(v, "b", id.toString(), null, null));
        Requests.book(v, "one", null, null, null);
        Requests.book(v, "two", id.toString(), id.toString(), null);
        Requests.book(v, "three", null, "not-a-uuid", null);
        Requests.book(v, "four", null, null, "vault");
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals(List.of("one", "two", "three", "four"), e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toList()));
        assertThrows(ValidationException.class, () -> Rest.idempotencyKey(" "));
        assertEquals(HouseBook.REVENUE.bookId(), Requests.pathBook("revenue"));
    }

    @Test
    public void paymentIsATopupFromTheBankAndReplaysAnswer200() {
        AtomicReference<PostingRequest> seen = new AtomicReference<>();
        AtomicReference<Boolean> replay = new AtomicReference<>(false);
        Ledger ledger = (Ledger) Proxy.newProxyInstance(Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class},
                (proxy, method, args) -> {
                    seen.set((PostingRequest) args[1]);
                    return new LedgerTransaction(new TransactionId(UUID.randomUUID()), "topup", "r", "d", "bank-gateway",
                            Instant.now(), List.of(), null, null, "h", replay.get());
                });
        UUID account = UUID.randomUUID();
        Bodies.Payment payment = new Bodies.Payment(account.toString(), new BigDecimal("1500.00"), null, "п/п 123 от 01.03.2024",
                "ООО Ромашка");
        Response first = new TransactionsResource(ledger).payment("pay-123", payment, INTEGRATOR);
        assertEquals(201, first.getStatus());
        PostingRequest request = seen.get();
        assertEquals("topup", request.type());
        assertEquals("pay-123", request.idempotencyKey());
        assertEquals("п/п 123 от 01.03.2024", request.sourceDocument());
        assertEquals(HouseBook.BANK.bookId(), request.lines().get(0).book());
        assertEquals(0, new BigDecimal("-1500").compareTo(request.lines().get(0).amount()));
        assertEquals(account, request.lines().get(1).book());
        assertEquals("RUB", request.lines().get(1).currency());
        replay.set(true);
        assertEquals(200, new TransactionsResource(ledger).payment("pay-123", payment, INTEGRATOR).getStatus());
        assertThrows(ValidationException.class, () -> new TransactionsResource(ledger).payment(null, payment, INTEGRATOR));
    }

    @Test
    public void voidingAHoldTakesAnIdempotencyKey() {
        AtomicReference<Object[]> seen = new AtomicReference<>();
        Ledger ledger = (Ledger) Proxy.newProxyInstance(Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class},
                (proxy, method, args) -> {
                    seen.set(args);
                    return null;
                });
        HoldId hold = new HoldId(UUID.randomUUID());
        for (String missing : new String[] {null, " "}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new HoldsResource(ledger).voidHold(hold.toString(), missing, null, INTEGRATOR));
            assertEquals("Idempotency-Key", e.fieldErrors().get(0).field());
        }
        assertEquals("nothing reached the ledger without a key", null, seen.get());
        new HoldsResource(ledger).voidHold(hold.toString(), "void-1", new Bodies.Void("not needed"), INTEGRATOR);
        assertEquals(List.of(hold, "not needed", "void-1"), List.of(seen.get()).subList(1, 4));
    }

    @Test
    public void statementCsvHasOpeningLinesAndClosing() {
        Statement s = new Statement(UUID.randomUUID(), "RUB", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), "Europe/Moscow",
                new BigDecimal("100.00"), new BigDecimal("5.00"), new BigDecimal("30.10"), new BigDecimal("74.90"), List.of(
                        new Statement.Line(Instant.parse("2024-03-01T21:30:00Z"), new TransactionId(UUID.randomUUID()), "charge",
                                "licence, March", "=cmd", new BigDecimal("-30.10"), new BigDecimal("69.90"), null),
                        new Statement.Line(Instant.parse("2024-03-02T10:00:00Z"), new TransactionId(UUID.randomUUID()), "topup",
                                "payment \"A\"", "pp-1", new BigDecimal("5.00"), new BigDecimal("74.90"), null)));
        String[] rows = StatementCsv.render(s).split("\r\n");
        assertEquals(5, rows.length);
        assertTrue(rows[1], rows[1].startsWith("2024-03-02,,,,opening balance,,,,,100.00,RUB"));
        assertTrue(rows[2], rows[2].startsWith("2024-03-02,00:30:00,"));
        assertTrue(rows[2], rows[2].endsWith(",charge,\"licence, March\",'=cmd,,30.10,,69.90,RUB"));
        assertTrue(rows[3], rows[3].contains(",\"payment \"\"A\"\"\",pp-1,,,5.00,74.90,RUB"));
        assertEquals("2024-03-02,,,,closing balance,,,30.10,5.00,74.90,RUB", rows[4]);
    }
}
