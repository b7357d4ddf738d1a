package io.pitstop.payments.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.payments.api.InvoiceMatch;
import io.pitstop.payments.api.Party;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.payments.api.Suggestion;
import io.pitstop.payments.impl.PaymentMatcher.AccountRef;
import io.pitstop.payments.impl.PaymentMatcher.ClientRef;
import io.pitstop.payments.impl.PaymentMatcher.Decision;
import io.pitstop.payments.impl.PaymentMatcher.EntityRef;
import io.pitstop.payments.impl.statement.BankDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class PaymentMatcherTest {
    private static final UUID CLIENT = UUID.randomUUID();
    private static final AccountRef ACCOUNT = new AccountRef(UUID.randomUUID(), "4200190000000017", CLIENT, "RUB", true);
    private static final AccountRef CLOSED = new AccountRef(UUID.randomUUID(), "4200190000000018", CLIENT, "RUB", false);
    private static final EntityRef MAIN = new EntityRef(UUID.randomUUID(), "ООО «Автотрэкер»", "7709983032",
            Set.of("40702810502080001823"), true);
    private static final EntityRef OTHER = new EntityRef(UUID.randomUUID(), "ИП Матвеев", "500100732259",
            Set.of("40802810900000000001"), false);

    /** An in-memory directory: what the service reads from accounts, contacts, legal entities and billing. */
    private static final class Fake implements PaymentMatcher.Directory {
        final List<AccountRef> accounts = new ArrayList<>(List.of(ACCOUNT, CLOSED));
        InvoiceMatch invoice;

        @Override
        public AccountRef account(String number) {
            return accounts.stream().filter(a -> a.number().equals(number)).findFirst().orElse(null);
        }

        @Override
        public AccountRef account(UUID id) {
            return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }

        @Override
        public List<ClientRef> clientsByInn(String inn) {
            return inn.equals("7814695160") ? List.of(new ClientRef(CLIENT, "ООО «Тех.промышлен»")) : List.of();
        }

        @Override
        public List<AccountRef> accountsOf(UUID client) {
            return client.equals(CLIENT) ? accounts : List.of();
        }

        @Override
        public List<EntityRef> ourEntities() {
            return List.of(MAIN, OTHER);
        }

        @Override
        public InvoiceMatch invoice(String purpose, String payerInn, BigDecimal amount) {
            return invoice;
        }
    }

    private static BankDocument doc(String purpose, String recipientInn, String recipientAccount) {
        return new BankDocument(1, "Платежное поручение", "27", LocalDate.of(2019, 2, 25), new BigDecimal("860.00"),
                new Party("ООО \"Тех.промышлен\"", "7814695160", null, "40702810200470918965", "044030832"),
                new Party(null, recipientInn, null, recipientAccount, null), purpose, List.of());
    }

    @Test
    public void theSeedTopUpPurposeNamesTheAccount() {
        for (String purpose : List.of("Пополнение лицевого счета № 4200190000000017", "пополнение лицевого счёта N4200190000000017 без НДС",
                "Оплата л/с 4200190000000017", "Пополнение ЛС №4200190000000017")) {
            Decision d = PaymentMatcher.decide(doc(purpose, "7709983032", "40702810502080001823"), new Fake());
            assertEquals(purpose, PaymentStatus.MATCHED, d.status());
            assertEquals(ACCOUNT, d.account());
            assertEquals(PaymentMatcher.RULE_ACCOUNT, d.rule());
            assertEquals(MAIN.id(), d.legalEntityId());
            assertTrue(d.explanation(), d.explanation().contains("№ 4200190000000017"));
        }
    }

    @Test
    public void aTopUpPaidToAnotherOfOurEntitiesWaits() {
        Decision d = PaymentMatcher.decide(doc("Пополнение лицевого счета № 4200190000000017", "500100732259", null), new Fake());
        assertEquals(PaymentStatus.WRONG_ENTITY, d.status());
        assertEquals(OTHER.id(), d.legalEntityId());
        assertEquals(ACCOUNT, d.account());
        assertTrue(d.explanation(), d.explanation().contains("ИП Матвеев") && d.explanation().contains("not to ООО «Автотрэкер»"));
    }

    @Test
    public void anInvoicePurposeWithoutBillingWaitsWithThePayersAccounts() {
        Fake dir = new Fake();
        Decision d = PaymentMatcher.decide(doc("Оплата по счету 88#72815 от 09.02.19; Плат. диск.", "7709983032", null), dir);
        assertEquals(PaymentStatus.UNMATCHED, d.status());
        assertEquals(PaymentMatcher.RULE_PAYER_INN, d.rule());
        assertEquals(CLIENT, d.clientId());
        assertNull(d.account());
        assertTrue(d.explanation(), d.explanation().contains("invoice № 72815") && d.explanation().contains("7814695160"));
        List<Suggestion> s = PaymentMatcher.suggestions("7814695160", "Оплата по счету 88#72815", dir);
        assertEquals(1, s.size());
        assertEquals(ACCOUNT.id(), s.get(0).accountId());
    }

    @Test
    public void anInvoiceMatchingServiceIsAskedWhenThePurposeNamesNoAccount() {
        Fake dir = new Fake();
        UUID invoice = UUID.randomUUID();
        dir.invoice = new InvoiceMatch(invoice, "72815", ACCOUNT.id(), MAIN.id(), "Invoice 72815 of 860.00.");
        Decision d = PaymentMatcher.decide(doc("Оплата по счету 88#72815", "7709983032", null), dir);
        assertEquals(PaymentStatus.MATCHED, d.status());
        assertEquals(PaymentMatcher.RULE_INVOICE, d.rule());
        assertEquals(invoice, d.invoiceId());
        dir.invoice = new InvoiceMatch(invoice, "72815", ACCOUNT.id(), OTHER.id(), "Invoice 72815 of 860.00.");
        assertEquals(PaymentStatus.WRONG_ENTITY, PaymentMatcher.decide(doc("Оплата по счету 88#72815", "7709983032", null), dir).status());
    }

    @Test
    public void unknownOrClosedAccountsWaitWithTheReason() {
        Decision unknown = PaymentMatcher.decide(doc("Пополнение лицевого счета № 999", "7709983032", null), new Fake());
        assertEquals(PaymentStatus.UNMATCHED, unknown.status());
        assertEquals(PaymentMatcher.RULE_UNKNOWN_ACCOUNT, unknown.rule());
        assertTrue(unknown.explanation(), unknown.explanation().contains("№ 999, which does not exist"));
        Decision closed = PaymentMatcher.decide(doc("Пополнение лицевого счета № 4200190000000018", "7709983032", null), new Fake());
        assertEquals(PaymentMatcher.RULE_ACCOUNT_REFUSED, closed.rule());
        assertTrue(closed.explanation(), closed.explanation().contains("is closed"));
    }

    @Test
    public void anInvoiceNumberIsNeverReadAsAnAccount() {
        assertNull(PurposeRules.accountNumber("Оплата по счету № 72815"));
        assertEquals("72815", PurposeRules.invoiceNumber("Оплата по счету № 72815"));
        assertEquals("72815", PurposeRules.invoiceNumber("Оплата по счету 88#72815 от 09.02.19"));
        assertNull(PurposeRules.accountNumber(null));
    }

    @Test
    public void ourOwnPaymentsAreOutgoingByTheStatementsAccountElseByOurInn() {
        BankDocument seed = doc("Оплата по счету 88#72815", "7709983032", "40702810502080001823");
        // the statement is of the recipient's account: incoming, even though the payer's account is listed under one of ours
        EntityRef payerAccountListed = new EntityRef(UUID.randomUUID(), "X", "5406123450", Set.of("40702810200470918965"), false);
        assertEquals(io.pitstop.payments.api.PaymentDirection.IN, PaymentMatcher.direction(seed, Set.of("40702810502080001823"),
                List.of(payerAccountListed)));
        assertEquals(io.pitstop.payments.api.PaymentDirection.OUT, PaymentMatcher.direction(seed, Set.of("40702810200470918965"), List.of()));
        // no account named by the statement: our INN as the payer makes it ours
        assertEquals(io.pitstop.payments.api.PaymentDirection.IN, PaymentMatcher.direction(seed, Set.of(), List.of(payerAccountListed)));
        EntityRef payer = new EntityRef(UUID.randomUUID(), "Тех.промышлен", "7814695160", Set.of("40702810200470918965"), false);
        assertEquals(io.pitstop.payments.api.PaymentDirection.OUT, PaymentMatcher.direction(seed, Set.of(), List.of(payer)));
    }
}
