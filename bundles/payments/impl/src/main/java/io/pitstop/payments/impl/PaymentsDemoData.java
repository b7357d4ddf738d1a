package io.pitstop.payments.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BackgroundAttempts;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.time.Clock;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.payments.api.StatementReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Yesterday's statement in 1C's exchange format, imported only where {@code etc/io.pitstop.payments.demo.cfg} exists
 * (the demo run of {@code ./pitstop start}) and no payment is stored yet: two top-ups by the seed's purpose matched,
 * seed 002's payment order for an invoice waiting in the queue, a top-up paid to the other legal entity flagged, and
 * one of our own payments recorded. The core demo starts with the plugin, so a thread waits for its accounts and
 * legal entities a while; a second import would only count duplicates.
 */
@Component(immediate = true, service = {}, configurationPid = "io.pitstop.payments.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class PaymentsDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentsDemoData.class);
    private static final Actor DEMO = Actor.system("payments-demo");
    private static final int ATTEMPTS = 90;
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Reference
    private PaymentService payments;

    @Reference
    private AccountService accounts;

    @Reference
    private ContactService contacts;

    @Reference
    private LegalEntityService entities;

    @Reference
    private Clock clock;

    private BackgroundAttempts worker;

    @Activate
    void activate() {
        worker = BackgroundAttempts.start("payments-demo", ATTEMPTS, PAUSE, this::tryOnce,
                () -> LOG.info("Payments demo: the demo accounts and legal entities never appeared; no statement imported"),
                e -> LOG.warn("Payments demo statement not imported: {}", e.getMessage(), e));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    /** Imports the demo statement once the demo accounts and entities are there; true when there is nothing left to do. */
    private boolean tryOnce() {
        if (payments.list(PaymentQuery.all(), PageRequest.first(1)).total() > 0) {
            return true;
        }
        List<LegalEntity> ours = entities.list(DEMO);
        List<Account> open = accounts.search(new AccountQuery(null, AccountStatus.ACTIVE, null), PageRequest.first(20)).items()
                .stream().filter(a -> "RUB".equals(a.currency())).toList();
        if (ours.size() >= 2 && open.size() >= 2) {
            StatementReport r = payments.importStatement(DEMO, statement(ours, open).getBytes(StandardCharsets.UTF_8), "demo");
            LOG.info("Payments demo statement: {} imported, {} matched, {} queued", r.imported(), r.matched(), r.unmatched());
            return true;
        }
        return false;
    }

    String statement(List<LegalEntity> ours, List<Account> open) {
        LegalEntity main = ours.stream().filter(LegalEntity::defaultEntity).findFirst().orElse(ours.get(0));
        LegalEntity other = ours.stream().filter(e -> !e.id().equals(main.id())).findFirst().orElseThrow();
        LocalDate day = clock.today().minusDays(1);
        String d = DATE.format(day);
        Account a = open.get(0);
        Account b = open.get(1);
        StringBuilder s = new StringBuilder("1CClientBankExchange\nВерсияФормата=1.03\nКодировка=Windows\nОтправитель=Бухгалтерия\n")
                .append("ДатаНачала=").append(d).append("\nДатаКонца=").append(d).append('\n')
                .append("РасчСчет=").append(main.mainAccount().account()).append('\n');
        s.append(document("311", d, "15000.00", owner(a), "40702810900000000311", "044525225", main,
                "Пополнение лицевого счета № " + a.number() + ". НДС не облагается"));
        s.append(document("312", d, "4200.00", owner(b), "40702810900000000312", "044525225", main,
                "Пополнение лицевого счета № " + b.number()));
        s.append(document("27", d, "860.00", new String[] {"ООО \"Тех.промышлен\"", "7814695160"}, "40702810900000000027", "044030832",
                main, "Оплата по счету 88#72815 от 09.02.19; Плат. диск. простр-на 5 гб + Доступ на 1 польз. \"Стандарт\" Сумма: 860р. 00к. НДС не облагается."));
        s.append(document("313", d, "3000.00", owner(a), "40702810900000000311", "044525225", other,
                "Пополнение лицевого счета № " + a.number()));
        s.append("СекцияДокумент=Платежное поручение\nНомер=905\nДата=").append(d).append("\nСумма=1250.00\n")
                .append("Плательщик=").append(main.shortName()).append("\nПлательщикИНН=").append(main.inn())
                .append("\nПлательщикСчет=").append(main.mainAccount().account())
                .append("\nПолучатель=ООО \"Связь-Сервис\"\nПолучательСчет=40702810400000000905\n")
                .append("НазначениеПлатежа=Оплата услуг связи за месяц\nКонецДокумента\n");
        return s.append("КонецФайла\n").toString();
    }

    private String[] owner(Account a) {
        Contact c = contacts.get(a.owner());
        return new String[] {c.name(), c.inn()};
    }

    private static String document(String number, String date, String amount, String[] payer, String payerAccount, String payerBic,
                                   LegalEntity to, String purpose) {
        return "СекцияДокумент=Платежное поручение\nНомер=" + number + "\nДата=" + date + "\nСумма=" + amount
                + "\nПлательщик=" + payer[0] + (payer[1] == null ? "" : "\nПлательщикИНН=" + payer[1])
                + "\nПлательщикСчет=" + payerAccount + "\nПлательщикБИК=" + payerBic
                + "\nПолучатель=" + to.shortName() + "\nПолучательИНН=" + to.inn()
                + "\nПолучательСчет=" + to.mainAccount().account() + "\nПолучательБИК=" + to.mainAccount().bic()
                + "\nНазначениеПлатежа=" + purpose + "\nКонецДокумента\n";
    }
}
