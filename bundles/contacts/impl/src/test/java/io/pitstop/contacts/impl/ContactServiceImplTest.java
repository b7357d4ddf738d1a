package io.pitstop.contacts.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.ContactUsage;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.impl.TestMigrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import io.pitstop.contacts.api.Responsible;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.service.component.ComponentServiceObjects;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ContactServiceImplTest {
    private static final Actor ANNA = new Actor("anna", Set.of(Actor.MANAGER));
    private static final String SBER_INN = "7707083893";
    private static final String YANDEX_INN = "7736207543";

    private EmbeddedDataSource dataSource;
    private LocalJpaTemplate jpa;
    private final Recorders.Audit audit = new Recorders.Audit();
    private final Recorders.Events events = new Recorders.Events();
    private final List<ComponentServiceObjects<ContactUsage>> usages = new CopyOnWriteArrayList<>();
    private ContactServiceImpl service;

    @Before
    public void setUp() throws Exception {
        String db = "memory:contacts-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(db);
        dataSource.setCreateDatabase("create");
        jpa = new LocalJpaTemplate("jdbc:derby:" + db);
        service = new ContactServiceImpl(jpa, audit, events, TestMigrations.on(dataSource), usages);
    }

    @After
    public void tearDown() {
        jpa.close();
    }

    // --- create -----------------------------------------------------------------------------------------------

    @Test
    public void createsAnOrganisationWithNormalisedFields() {
        SavedContact saved = service.createOrganization(ANNA, new OrganizationDraft("  ПАО   Сбербанк ", SBER_INN, "773601001",
                "1027700132195", List.of("8 (495) 500-55-50", "+7 495 500 55 50"), List.of(" Info@SberBank.RU "),
                List.of(new Address("Legal", "Москва, ул. Вавилова, 19")), Set.of("VIP", "Банк"), " крупный клиент "));
        Contact c = saved.contact();
        assertEquals(ContactKind.ORGANIZATION, c.kind());
        assertEquals("ПАО Сбербанк", c.name());
        assertEquals(List.of("+74955005550"), c.phones());
        assertEquals(List.of("info@sberbank.ru"), c.emails());
        assertEquals(List.of(new Address("legal", "Москва, ул. Вавилова, 19")), c.addresses());
        assertEquals(Set.of("vip", "банк"), c.tags());
        assertEquals("крупный клиент", c.note());
        assertEquals(ContactStatus.ACTIVE, c.status());
        assertEquals(c, service.get(c.id()));
        assertEquals(List.of("CREATE"), audit.actions());
        assertNull(audit.entries.get(0).before());
        assertEquals("ПАО Сбербанк", audit.entries.get(0).after().get("name"));
        assertEquals(List.of("pitstop/contacts/CREATED"), events.topics());
        assertEquals(c.id().value(), events.published.get(0).subject().id());
    }

    @Test
    public void repeatedPhonesOfOneContactAreKeptOnce() {
        Contact c = service.createPerson(ANNA, person("Иванов", "Иван", null, List.of("8 912 345-67-89", "+79123456789"),
                List.of("a@b.ru", "A@B.RU"))).contact();
        assertEquals(List.of("+79123456789"), c.phones());
        assertEquals(List.of("a@b.ru"), c.emails());
        assertEquals("Иванов Иван", c.name());
    }

    @Test
    public void reportsEveryFieldErrorOfADraftAndWritesNothing() throws Exception {
        try {
            service.createOrganization(ANNA, new OrganizationDraft(" ", "7707083894", "77360100", "1027700132196",
                    List.of("+79123456789", "call me"), List.of("nobody@", "ok@example.ru"),
                    List.of(new Address("home", "")), Set.of("ok"), null));
            fail("accepted an invalid draft");
        } catch (ValidationException e) {
            assertEquals(List.of("name", "inn", "kpp", "ogrn", "phones[1]", "emails[0]", "addresses[0].kind", "addresses[0].text"),
                    fields(e));
        }
        assertEquals(0, rows("contact"));
        assertEquals(0, rows("contact_phone"));
        assertTrue(audit.entries.isEmpty());
        assertTrue(events.published.isEmpty());
    }

    @Test
    public void organisationNumbersMustFitTogether() {
        // a sole proprietor: 12-digit INN, no KPP, a 15-digit OGRNIP
        Contact ip = service.createOrganization(ANNA, org("ИП Петров", "500100732259", null, "304500116000157")).contact();
        assertEquals("304500116000157", ip.ogrn());
        expectFields(() -> service.createOrganization(ANNA, org("ИП Сидоров", "773173084809", "773601001", "1027700132195")),
                "kpp", "ogrn");
        expectFields(() -> service.createOrganization(ANNA, org("ООО Ромашка", "7736207543", null, "304500116000157")), "ogrn");
        expectFields(() -> service.createOrganization(ANNA, org("ООО Ромашка", null, "773601001", null)), "kpp");
    }

    @Test
    public void personRules() {
        expectFields(() -> service.createPerson(ANNA, new PersonDraft(" ", null, "Иванович", null, null, null, null, null, null, null)),
                "lastName");
        expectFields(() -> service.createPerson(ANNA, new PersonDraft("Иванов", "Иван", null, LocalDate.now().plusDays(1), SBER_INN,
                null, null, null, null, null)), "birthDate", "inn");
        Contact p = service.createPerson(ANNA, new PersonDraft(null, "Мария", null, LocalDate.of(1990, 2, 28), "500100732259",
                null, null, null, null, null)).contact();
        assertEquals("Мария", p.name());
        assertEquals(LocalDate.of(1990, 2, 28), service.get(p.id()).birthDate());
    }

    @Test
    public void aSecondContactWithTheSameInnIsAConflictNamingTheFirst() {
        Contact sber = service.createOrganization(ANNA, org("Сбербанк", SBER_INN, null, null)).contact();
        try {
            service.createOrganization(ANNA, org("Сбер копия", SBER_INN, null, null));
            fail("duplicate INN accepted");
        } catch (ConflictException e) {
            assertEquals(sber.id().toString(), e.existingId());
            assertTrue(e.getMessage(), e.getMessage().contains("Сбербанк"));
        }
        assertEquals(1, service.count(ContactQuery.all()));
    }

    @Test
    public void sharedPhonesAndEmailsAreAllowedButReported() {
        Contact first = service.createPerson(ANNA, person("Иванов", "Иван", null, List.of("+79123456789"), List.of("shared@example.ru")))
                .contact();
        SavedContact second = service.createPerson(ANNA, person("Иванова", "Мария", null, List.of("8 912 345 67 89"),
                List.of("Shared@Example.ru")));
        assertEquals(List.of(new DuplicateHint(first.id(), "Иванов Иван", "phone", "+79123456789"),
                new DuplicateHint(first.id(), "Иванов Иван", "email", "shared@example.ru")), second.possibleDuplicates());
        assertEquals(List.of(new DuplicateHint(second.contact().id(), "Иванова Мария", "phone", "+79123456789")),
                service.possibleDuplicates(List.of("9123456789"), List.of(), first.id()));
        expectFields(() -> service.possibleDuplicates(List.of("not a phone"), List.of("x@"), null), "phones[0]", "emails[0]");
    }

    // --- update -----------------------------------------------------------------------------------------------

    @Test
    public void updateChecksTheVersionAndWritesOnlyRealChanges() {
        Contact c = service.createOrganization(ANNA, org("Яндекс", YANDEX_INN, null, null)).contact();
        OrganizationDraft changed = new OrganizationDraft("ООО Яндекс", YANDEX_INN, "770401001", "1027700229193",
                List.of("+74957397000"), List.of(), List.of(), Set.of("it"), null);
        Contact updated = service.updateOrganization(ANNA, c.id(), changed, c.version()).contact();
        assertEquals("ООО Яндекс", updated.name());
        assertEquals(c.version() + 1, updated.version());
        assertEquals(c.createdAt(), updated.createdAt());
        assertEquals(List.of("CREATE", "UPDATE"), audit.actions());
        assertEquals("Яндекс", audit.entries.get(1).before().get("name"));
        assertEquals("ООО Яндекс", audit.entries.get(1).after().get("name"));

        try {
            service.updateOrganization(ANNA, c.id(), org("Старое имя", YANDEX_INN, null, null), c.version());
            fail("stale version accepted");
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("changed since you read it"));
        }
        // the same values again: nothing written, no audit, no event
        Contact same = service.updateOrganization(ANNA, c.id(), changed, -1).contact();
        assertEquals(updated.version(), same.version());
        assertEquals(List.of("CREATE", "UPDATE"), audit.actions());
        assertEquals(List.of("pitstop/contacts/CREATED", "pitstop/contacts/UPDATED"), events.topics());
    }

    @Test
    public void listsShrinkAndGrowInPlace() throws Exception {
        Contact c = service.createPerson(ANNA, person("Петров", "Пётр", null, List.of("+79120000001", "+79120000002", "+79120000003"),
                List.of())).contact();
        Contact fewer = service.updatePerson(ANNA, c.id(), person("Петров", "Пётр", null, List.of("+79120000003"), List.of()), -1)
                .contact();
        assertEquals(List.of("+79120000003"), fewer.phones());
        Contact more = service.updatePerson(ANNA, c.id(), person("Петров", "Пётр", "Петрович",
                List.of("+79120000004", "+79120000003"), List.of()), fewer.version()).contact();
        assertEquals(List.of("+79120000004", "+79120000003"), more.phones());
        assertEquals(2, rows("contact_phone"));
        assertEquals(1, service.search(new ContactQuery("петрович", null, null, null), PageRequest.first(10)).total());
    }

    @Test
    public void findPagesAWordSearchInNameOrderWithoutCounting() {
        for (String first : List.of("Ольга", "Анна", "Вера", "Яна", "Елена")) {
            service.createPerson(ANNA, person("Смирнова", first, null, List.of(), List.of()));
        }
        service.createPerson(ANNA, person("Иванова", "Ольга", null, List.of(), List.of()));
        PageRequest secondPage = new PageRequest(2, 2, List.of(new PageRequest.SortOrder("name", true)));
        ContactQuery smirnova = new ContactQuery("смирн", null, ContactStatus.ACTIVE, null);
        List<String> names = service.find(smirnova, secondPage).stream().map(Contact::name).toList();
        assertEquals(List.of("Смирнова Елена", "Смирнова Ольга"), names);
        assertEquals(names, service.search(smirnova, secondPage).items().stream().map(Contact::name).toList());
        List<String> descending = service.find(new ContactQuery("ольга", null, null, null),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("name", false)))).stream().map(Contact::name).toList();
        assertEquals(List.of("Смирнова Ольга", "Иванова Ольга"), descending);
        assertEquals(List.of(), service.find(new ContactQuery("77070", null, null, null), PageRequest.first(10)));
    }

    @Test
    public void updateRefusesTheWrongKindAnUnknownIdAndATakenInn() {
        Contact person = service.createPerson(ANNA, person("Иванов", "Иван", null, List.of(), List.of())).contact();
        Contact sber = service.createOrganization(ANNA, org("Сбербанк", SBER_INN, null, null)).contact();
        Contact other = service.createOrganization(ANNA, org("Другая", YANDEX_INN, null, null)).contact();
        try {
            service.updateOrganization(ANNA, person.id(), org("Иванов", null, null, null), -1);
            fail("updated a person as an organisation");
        } catch (BusinessRuleException e) {
            assertEquals("contact-kind", e.type());
        }
        try {
            service.updateOrganization(ANNA, ContactId.random(), org("X", null, null, null), -1);
            fail("updated a missing contact");
        } catch (NotFoundException expected) {
            // 404
        }
        try {
            service.updateOrganization(ANNA, other.id(), org("Другая", SBER_INN, null, null), -1);
            fail("took another contact's INN");
        } catch (ConflictException e) {
            assertEquals(sber.id().toString(), e.existingId());
        }
    }

    // --- upsert -----------------------------------------------------------------------------------------------

    @Test
    public void upsertFindsByInnThenByNameAndARepeatChangesNothing() {
        OrganizationDraft imported = new OrganizationDraft("ПАО Сбербанк", SBER_INN, null, null, List.of("+74955005550"),
                List.of(), List.of(), Set.of("import"), null);
        Contact created = service.upsertOrganization(ANNA, imported).contact();
        Contact again = service.upsertOrganization(ANNA, imported).contact();
        assertEquals(created.id(), again.id());
        assertEquals(created.version(), again.version());
        assertEquals(List.of("CREATE"), audit.actions());

        // staff add a phone by hand; the next import keeps it and adds its own
        service.updateOrganization(ANNA, created.id(), new OrganizationDraft("ПАО Сбербанк", SBER_INN, null, null,
                List.of("+74955005550", "+78005555550"), List.of(), List.of(), Set.of("import"), "ручная заметка"), -1);
        Contact merged = service.upsertOrganization(ANNA, new OrganizationDraft("ПАО Сбербанк", SBER_INN, "773601001", null,
                List.of("+74957777777"), List.of(), List.of(), Set.of(), null)).contact();
        assertEquals(List.of("+74955005550", "+78005555550", "+74957777777"), merged.phones());
        assertEquals("773601001", merged.kpp());
        assertEquals("ручная заметка", merged.note());

        // without INN: by exact name, ignoring case
        Contact byName = service.upsertOrganization(ANNA, org("пао сбербанк", null, null, null)).contact();
        assertEquals(created.id(), byName.id());
        assertEquals(1, service.count(ContactQuery.all()));
    }

    @Test
    public void upsertRefusesAnInnThatBelongsToAPerson() {
        Contact p = service.createPerson(ANNA, new PersonDraft("Петров", "Иван", null, null, "500100732259",
                null, null, null, null, null)).contact();
        try {
            service.upsertOrganization(ANNA, org("ИП Петров", "500100732259", null, null));
            fail("an organisation took a person's INN");
        } catch (ConflictException e) {
            assertEquals(p.id().toString(), e.existingId());
        }
    }

    // --- status and delete ------------------------------------------------------------------------------------

    @Test
    public void archiveHidesFromActiveSearchesAndRestoreBringsBack() {
        Contact c = service.createOrganization(ANNA, org("Ромашка", null, null, null)).contact();
        ContactQuery active = new ContactQuery(null, null, ContactStatus.ACTIVE, null);
        assertEquals(ContactStatus.ARCHIVED, service.archive(ANNA, c.id()).status());
        assertEquals(ContactStatus.ARCHIVED, service.archive(ANNA, c.id()).status());
        assertEquals(0, service.count(active));
        assertEquals(1, service.count(ContactQuery.all()));
        assertEquals(ContactStatus.ACTIVE, service.restore(ANNA, c.id()).status());
        assertEquals(1, service.count(active));
        assertEquals(List.of("CREATE", "ARCHIVE", "RESTORE"), audit.actions());
        assertEquals(List.of("pitstop/contacts/CREATED", "pitstop/contacts/ARCHIVED", "pitstop/contacts/RESTORED"), events.topics());
    }

    @Test
    public void deleteIsRefusedWhileAnotherBundleUsesTheContact() throws Exception {
        Contact org = service.createOrganization(ANNA, new OrganizationDraft("Ромашка", null, null, null, List.of("+79123456789"),
                List.of("a@b.ru"), List.of(new Address("postal", "Тверь")), Set.of("x"), null)).contact();
        Contact person = service.createPerson(ANNA, person("Иванов", "Иван", null, List.of(), List.of())).contact();
        service.relate(ANNA, person.id(), RelationType.EMPLOYEE_OF, org.id(), "бухгалтер");
        usages.add(Recorders.held(id -> id.equals(org.id()) ? Optional.of("owns account 40-000001") : Optional.empty()));
        try {
            service.delete(ANNA, org.id());
            fail("deleted a contact in use");
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("owns account 40-000001"));
        }
        assertEquals(org, service.get(org.id()));
        usages.clear();
        service.delete(ANNA, org.id());
        try {
            service.get(org.id());
            fail("deleted contact still there");
        } catch (NotFoundException expected) {
            // gone
        }
        for (String table : List.of("contact_phone", "contact_email", "contact_address", "contact_tag", "contact_relation")) {
            assertEquals(table, 0, rows(table));
        }
        assertEquals(List.of(), service.relations(person.id()));
        assertEquals("DELETE", audit.actions().get(audit.actions().size() - 1));
        assertEquals("Ромашка", audit.entries.get(audit.entries.size() - 1).before().get("name"));
    }

    // --- relations --------------------------------------------------------------------------------------------

    @Test
    public void relationsFollowTheKindsAndAreListedFromBothSides() {
        Contact org = service.createOrganization(ANNA, org("Ромашка", null, null, null)).contact();
        Contact ivan = service.createPerson(ANNA, person("Иванов", "Иван", null, List.of(), List.of())).contact();
        Contact maria = service.createPerson(ANNA, person("Петрова", "Мария", null, List.of(), List.of())).contact();

        Relation employee = service.relate(ANNA, ivan.id(), RelationType.EMPLOYEE_OF, org.id(), " главный   бухгалтер ");
        assertEquals("главный бухгалтер", employee.position());
        Relation manager = service.relate(ANNA, maria.id(), RelationType.MANAGER_OF, org.id(), null);
        assertEquals(Set.of(employee, manager), Set.copyOf(service.relations(org.id())));
        assertEquals(List.of(employee), service.relations(ivan.id()));

        expectFields(() -> service.relate(ANNA, org.id(), RelationType.EMPLOYEE_OF, ivan.id(), null), "type");
        expectFields(() -> service.relate(ANNA, ivan.id(), RelationType.EMPLOYEE_OF, maria.id(), null), "type");
        expectFields(() -> service.relate(ANNA, org.id(), RelationType.MANAGER_OF, ivan.id(), null), "type");
        expectFields(() -> service.relate(ANNA, ivan.id(), RelationType.MANAGER_OF, ivan.id(), null), "to");
        expectFields(() -> service.relate(ANNA, ivan.id(), null, null, "x".repeat(201)), "type", "to", "position");
        expectFields(() -> service.relate(ANNA, ivan.id(), RelationType.MANAGER_OF, ContactId.random(), null), "to");
        try {
            service.relate(ANNA, ivan.id(), RelationType.EMPLOYEE_OF, org.id(), "кассир");
            fail("same relation twice");
        } catch (ConflictException e) {
            assertEquals(employee.id().toString(), e.existingId());
        }

        service.unrelate(ANNA, employee.id());
        assertEquals(List.of(manager), service.relations(org.id()));
        try {
            service.unrelate(ANNA, employee.id());
            fail("removed a relation twice");
        } catch (NotFoundException expected) {
            // 404
        }
        assertEquals(List.of("RELATE", "RELATE", "UNRELATE"), audit.actions().subList(3, 6));
        assertEquals("removed", events.published.get(events.published.size() - 1).properties().get("change"));
    }

    // --- search -----------------------------------------------------------------------------------------------

    @Test
    public void searchesByWordPrefixPhoneEmailInnAndOgrn() {
        Contact romashka = service.createOrganization(ANNA, new OrganizationDraft("ООО \"Ромашка-Сервис\"", YANDEX_INN, null,
                "1027700229193", List.of("+74951112233"), List.of("office@romashka.ru"), List.of(), Set.of("сервис"), null)).contact();
        Contact petr = service.createPerson(ANNA, person("Фёдоров", "Пётр", "Ильич", List.of("+79123456789"), List.of())).contact();
        service.createPerson(ANNA, person("Романов", "Олег", null, List.of(), List.of()));

        assertEquals(List.of(romashka.id()), ids(q("ромаш")));
        assertEquals(List.of(romashka.id()), ids(q("серв")));
        assertEquals(2, q("ром").total());
        assertEquals(List.of(petr.id()), ids(q("федоров петр")));
        assertEquals(List.of(petr.id()), ids(q("ПЁТР ил")));
        assertEquals(List.of(), ids(q("петр олег")));
        assertEquals(List.of(petr.id()), ids(q("8 (912) 345-67-89")));
        assertEquals(List.of(romashka.id()), ids(q("OFFICE@romashka.ru")));
        assertEquals(List.of(romashka.id()), ids(q(YANDEX_INN)));
        assertEquals(List.of(romashka.id()), ids(q("1027700229193")));
        assertEquals(List.of(romashka.id()), ids(q("ромашка серв ооо")));
        // a single letter lists the names that start with it, as an alphabet index does
        assertEquals(List.of(petr.id()), ids(q("ф")));
        assertEquals(List.of(romashka.id()), ids(q("о")));
        assertEquals(List.of(petr.id()), ids(q("ф п и")));
        assertEquals(List.of(), ids(q("ф о")));
        assertEquals(List.of(), ids(q("12345")));
        assertEquals(List.of(), ids(q("nobody@example.ru")));
        assertEquals(3, q("").total());
    }

    @Test
    public void filtersSortsAndPages() throws InterruptedException {
        List<ContactId> created = new ArrayList<>();
        String[] names = {"Бета", "Альфа", "Гамма", "Дельта", "Эпсилон"};
        for (int i = 0; i < names.length; i++) {
            created.add(service.createOrganization(ANNA, new OrganizationDraft(names[i], null, null, null, null, null, null,
                    i % 2 == 0 ? Set.of("even") : Set.of("odd"), null)).contact().id());
            Thread.sleep(2); // distinct creation instants, so that the createdAt order is certain
        }
        ContactId person = service.createPerson(ANNA, person("Жуков", "Олег", null, List.of(), List.of())).contact().id();

        Page<Contact> firstTwo = service.search(ContactQuery.all(), new PageRequest(0, 2, List.of()));
        assertEquals(List.of("Альфа", "Бета"), names(firstTwo));
        assertEquals(6, firstTwo.total());
        Page<Contact> last = service.search(ContactQuery.all(), new PageRequest(4, 2, List.of()));
        assertEquals(List.of("Жуков Олег", "Эпсилон"), names(last));
        assertEquals(6, last.total());
        assertEquals(6, service.search(ContactQuery.all(), new PageRequest(10, 2, List.of())).total());

        Page<Contact> newestFirst = service.search(new ContactQuery(null, ContactKind.ORGANIZATION, null, null),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("createdAt", false))));
        assertEquals(5, newestFirst.total());
        assertEquals(created.get(4), newestFirst.items().get(0).id());
        assertEquals(List.of(person), ids(service.search(new ContactQuery(null, ContactKind.PERSON, null, null), PageRequest.first(10))));
        assertEquals(List.of("Бета", "Гамма", "Эпсилон"),
                names(service.search(new ContactQuery(null, null, null, " EVEN "), PageRequest.first(10))));
        expectFields(() -> service.search(ContactQuery.all(), new PageRequest(0, 10, List.of(new PageRequest.SortOrder("note", true)))),
                "sort");
    }

    @Test
    public void sortsByInnWithContactsWithoutInnLast() {
        service.createOrganization(ANNA, org("Б", YANDEX_INN, null, null));
        service.createOrganization(ANNA, org("А", SBER_INN, null, null));
        service.createOrganization(ANNA, org("В", null, null, null));
        assertEquals(List.of("А", "Б", "В"), names(service.search(ContactQuery.all(),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("inn", true))))));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Page<Contact> q(String text) {
        return service.search(new ContactQuery(text, null, null, null), PageRequest.first(50));
    }

    private static List<ContactId> ids(Page<Contact> page) {
        return page.items().stream().map(Contact::id).toList();
    }

    private static List<String> names(Page<Contact> page) {
        return page.items().stream().map(Contact::name).toList();
    }

    // --- responsible staff ------------------------------------------------------------------------------------

    /** A directory of two active managers and one who left. */
    private ContactServiceImpl staffed() throws Exception {
        java.util.Map<String, Boolean> people = java.util.Map.of("petrova", true, "sidorov", true, "left", false);
        io.pitstop.core.api.staff.StaffDirectory directory = (io.pitstop.core.api.staff.StaffDirectory) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {io.pitstop.core.api.staff.StaffDirectory.class},
                        (proxy, method, args) -> {
                            if (!method.getName().equals("member")) {
                                throw new UnsupportedOperationException(method.getName());
                            }
                            String login = (String) args[0];
                            return Optional.ofNullable(people.get(login)).map(active -> new io.pitstop.core.api.staff.StaffMember(
                                    login, login, null, null, null, Set.of(), Set.of(), active, java.util.Locale.ROOT,
                                    java.time.ZoneId.of("UTC"), 1));
                        });
        return new ContactServiceImpl(jpa, audit, events, TestMigrations.on(dataSource), usages, directory);
    }

    @Test
    public void responsibleStaffPerLineAreKeptFilteredAndCheckedAgainstTheDirectory() throws Exception {
        ContactServiceImpl contacts = staffed();
        Responsible tachographs = new Responsible("Tachographs", "petrova");
        Responsible monitoring = new Responsible("monitoring", "sidorov");
        Contact client = contacts.createOrganization(ANNA, new OrganizationDraft("ООО «Тахограф»", null, null, null, null, null,
                null, null, null, List.of(tachographs, monitoring))).contact();
        assertEquals(List.of(new Responsible("tachographs", "petrova"), monitoring), client.responsible());
        Contact other = contacts.createOrganization(ANNA, new OrganizationDraft("ООО «Мониторинг»", null, null, null, null, null,
                null, null, null, List.of(new Responsible(null, "sidorov")))).contact();
        assertEquals(List.of(new Responsible(Responsible.MAIN, "sidorov")), other.responsible());

        assertEquals(List.of(client.id()), contacts.find(new ContactQuery(null, null, null, null, "petrova"), PageRequest.first(10))
                .stream().map(Contact::id).toList());
        assertEquals(2, contacts.count(new ContactQuery(null, null, null, null, "sidorov")));
        assertEquals(0, contacts.count(new ContactQuery(null, null, null, null, "nobody")));

        // a draft without the list keeps it; an empty list clears it
        Contact renamed = contacts.updateOrganization(ANNA, client.id(), new OrganizationDraft("ООО «Тахограф Плюс»", null, null,
                null, null, null, null, null, null), -1).contact();
        assertEquals(2, renamed.responsible().size());
        Contact cleared = contacts.updateOrganization(ANNA, client.id(), new OrganizationDraft("ООО «Тахограф Плюс»", null, null,
                null, null, null, null, null, null, List.of()), -1).contact();
        assertTrue(cleared.responsible().isEmpty());

        ValidationException badLine = assertThrows(ValidationException.class, () -> contacts.updateOrganization(ANNA, client.id(),
                new OrganizationDraft("ООО «Тахограф Плюс»", null, null, null, null, null, null, null, null,
                        List.of(tachographs, new Responsible("x y", "petrova"))), -1));
        assertEquals(List.of("responsible[1].line"), badLine.fieldErrors().stream().map(FieldError::field).toList());
        ValidationException notStaff = assertThrows(ValidationException.class, () -> contacts.updateOrganization(ANNA, client.id(),
                new OrganizationDraft("ООО «Тахограф Плюс»", null, null, null, null, null, null, null, null,
                        List.of(tachographs, new Responsible("monitoring", "left"), new Responsible("service", "ghost"))), -1));
        assertEquals(List.of("responsible[1].login", "responsible[2].login"),
                notStaff.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(contacts.get(client.id()).responsible().isEmpty());
    }

    private static OrganizationDraft org(String name, String inn, String kpp, String ogrn) {
        return new OrganizationDraft(name, inn, kpp, ogrn, null, null, null, null, null);
    }

    private static PersonDraft person(String last, String first, String middle, List<String> phones, List<String> emails) {
        return new PersonDraft(last, first, middle, null, null, phones, emails, null, null, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private static void expectFields(Runnable call, String... fields) {
        try {
            call.run();
            fail("accepted; expected errors on " + List.of(fields));
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), List.of(fields), fields(e));
        }
    }

    @Test
    public void theDatabaseItselfKeepsOneContactPerInnButManyWithout() throws Exception {
        Contact sber = service.createOrganization(ANNA, org("Сбербанк", SBER_INN, null, null)).contact();
        service.createOrganization(ANNA, org("ООО «Без ИНН»", null, null, null));
        service.createOrganization(ANNA, org("ООО «Тоже без ИНН»", null, null, null));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // what a request that lost the race to the service's check would write
            s.executeUpdate("UPDATE contact SET inn = '" + SBER_INN + "' WHERE id <> '" + sber.id() + "' AND inn IS NULL");
            fail("a second contact took the INN");
        } catch (java.sql.SQLException e) {
            assertTrue(e.getSQLState(), ContactStore.isUniqueViolation(new javax.persistence.PersistenceException(e)));
        }
        assertEquals(3, service.count(ContactQuery.all()));
    }

    private long rows(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
