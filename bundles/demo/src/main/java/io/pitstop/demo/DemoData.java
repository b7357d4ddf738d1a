package io.pitstop.demo;

import io.pitstop.accounts.api.Account;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.accounts.api.AccountDraft;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.timeline.api.CommentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo clients in the style of the seed documents: a SaaS client, a
 * telematics client, a car dealer and a sole proprietor, with accounts, a
 * few top-ups and a monthly charge, and the staff, tasks, comments and a file of
 * {@link DemoWork}. Runs once, on an empty database only.
 */
@Component(immediate = true)
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = Actor.system("demo-data");

    @Reference
    private ContactService contacts;

    @Reference
    private AccountService accounts;

    @Reference
    private Ledger ledger;

    @Reference
    private StaffAdministration staff;

    @Reference
    private TaskService tasks;

    @Reference
    private CommentService comments;

    @Reference
    private AttachmentService files;

    @Activate
    void activate() {
        if (contacts.count(ContactQuery.all()) > 0) {
            return;
        }
        LOG.info("Empty database: adding demo clients, accounts and postings");
        ContactId romashka = organization("ООО «Ромашка Софт»", "7712345671", "771201001", "1027700132195",
                "+7 495 123-45-67", "buh@romashka-soft.example", "г. Москва, ул. Тверская, д. 7, офис 12", "saas");
        ContactId trans = organization("ООО «ТрансЛогистик»", "7810987652", "781001001", "1177847123453",
                "8 (812) 555-01-02", "office@translogistic.example", "г. Санкт-Петербург, Московский пр., д. 101", "telematics");
        ContactId dealer = organization("АО «Автоцентр Север»", "5003123458", "500301001", "1065003123459",
                "+7 (495) 777-88-99", "info@avtosever.example", "Московская обл., г. Химки, Ленинградское ш., д. 5", "dealer");
        ContactId ip = contacts.createPerson(DEMO, new PersonDraft("Петров", "Сергей", "Иванович", LocalDate.of(1982, 4, 17),
                "771234567859", List.of("+7 916 100-20-30"), List.of("petrov@example.ru"), List.of(), Set.of("hosting"),
                "ИП, хостинг двух сайтов")).contact().id();
        ContactId ivanova = contacts.createPerson(DEMO, new PersonDraft("Иванова", "Анна", "Павловна", null, null,
                List.of("+7 903 555-12-34"), List.of("a.ivanova@romashka-soft.example"), List.of(), Set.of(),
                "Главный бухгалтер")).contact().id();
        contacts.relate(DEMO, ivanova, RelationType.EMPLOYEE_OF, romashka, "Главный бухгалтер");

        Account a1 = open(romashka, "5000.00");
        Account a2 = open(trans, "0.00");
        Account a3 = open(dealer, "20000.00");
        Account a4 = open(ip, "0.00");
        topUp(a1, "30000.00", "Оплата по счёту № 15 от 01.11.2026");
        charge(a1, "12500.00", "Лицензия на ноябрь 2026: CRM, 5 модулей");
        topUp(a2, "43000.00", "Оплата по счёту № 21 (4*350|15*100 ТС)");
        charge(a2, "2900.00", "Абонентская плата за 4 ТС по 350 и 15 ТС по 100, ноябрь");
        topUp(a3, "150000.00", "Предоплата по договору КСО-3");
        topUp(a4, "1200.00", "Пополнение картой");
        charge(a4, "450.00", "Хостинг «Старт», ноябрь");
        new DemoWork(DEMO, contacts, staff, tasks, comments, files).add(trans, romashka);
        LOG.info("Demo data ready");
    }

    private ContactId organization(String name, String inn, String kpp, String ogrn, String phone, String email,
                                   String address, String tag) {
        return contacts.createOrganization(DEMO, new OrganizationDraft(name, inn, kpp, ogrn, List.of(phone),
                List.of(email), List.of(new Address("legal", address)), Set.of(tag), null)).contact().id();
    }

    private Account open(ContactId owner, String creditLimit) {
        return accounts.open(DEMO, new AccountDraft(owner, "RUB", new BigDecimal(creditLimit), new BigDecimal("1000.00"), null));
    }

    private void topUp(Account account, String amount, String reason) {
        move(account, HouseBook.BANK, new BigDecimal(amount), TransactionType.TOPUP, reason);
    }

    private void charge(Account account, String amount, String reason) {
        move(account, HouseBook.REVENUE, new BigDecimal(amount).negate(), TransactionType.CHARGE, reason);
    }

    private void move(Account account, HouseBook other, BigDecimal amount, String type, String reason) {
        ledger.post(DEMO, new PostingRequest("demo-" + UUID.randomUUID(), type, reason, "demo", List.of(
                new PostingLine(account.id().value(), amount, "RUB", reason),
                new PostingLine(other.bookId(), amount.negate(), "RUB", reason)), false));
    }
}
