package io.pitstop.demo;

import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.Responsible;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.timeline.api.CommentService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The working side of the demo, in the style of seeds 001 and 004: departments,
 * personal managers per business line (one for tachographs, one for
 * monitoring), a call task with its checklist, a refund that an accountant
 * must do and its creator confirm, a comment and a file on a client.
 */
final class DemoWork {
    private final Actor demo;
    private final ContactService contacts;
    private final StaffAdministration staff;
    private final TaskService tasks;
    private final CommentService comments;
    private final AttachmentService files;

    DemoWork(Actor demo, ContactService contacts, StaffAdministration staff, TaskService tasks, CommentService comments,
             AttachmentService files) {
        this.demo = demo;
        this.contacts = contacts;
        this.staff = staff;
        this.tasks = tasks;
        this.comments = comments;
        this.files = files;
    }

    void add(ContactId telematicsClient, ContactId saasClient) {
        staff.createGroup(demo, "sales", "Отдел продаж");
        staff.createGroup(demo, "service", "Сервис");
        staff.createGroup(demo, "accounting", "Бухгалтерия");
        staff.createGroup(demo, "support", "Техподдержка");
        member("orlov", "Орлов Дмитрий Сергеевич", "Менеджер по тахографам", "101", "sales", Actor.MANAGER);
        member("kuznetsova", "Кузнецова Елена Викторовна", "Менеджер по мониторингу", "102", "sales", Actor.MANAGER);
        member("belova", "Белова Ирина Андреевна", "Бухгалтер", "201", "accounting", Actor.ACCOUNTANT);
        member("sokolov", "Соколов Артём Игоревич", "Инженер техподдержки", "301", "support", Actor.SUPPORT);

        // seed 001: one personal manager for tachographs and another for monitoring on the same client
        Contact client = contacts.get(telematicsClient);
        contacts.updateOrganization(demo, telematicsClient, new OrganizationDraft(client.name(), client.inn(),
                client.kpp(), client.ogrn(), client.phones(), client.emails(), client.addresses(), client.tags(),
                client.note(), List.of(new Responsible("tachographs", "orlov"), new Responsible("monitoring", "kuznetsova"))),
                client.version());

        Instant now = Instant.now();
        RecordRef telematics = telematicsClient.ref();
        // seed 001: «Задача на прозвон» with what the caller must find out
        tasks.create(demo, new TaskDraft("Прозвон: продление карт водителей", "Уточнить у клиента сроки продления карт"
                + " водителей и предложить выезд мастера.", "orlov", now.plus(Duration.ofDays(2)), true, true,
                List.of(telematics), List.of(), List.of("kuznetsova"), now.plus(Duration.ofDays(1)), List.of(
                        "Дозвониться до ответственного лица", "Уточнить количество карт к продлению",
                        "Согласовать дату выезда мастера", "Внести результат в карточку клиента"), null));
        // seed 001: refunds are made by an accountant and confirmed by whoever asked for them
        Task refund = tasks.create(demo, new TaskDraft("Возврат переплаты 1 200,00 ₽", "Клиент просит вернуть переплату"
                + " по счёту № 21.", "belova", now.plus(Duration.ofDays(3)), false, true, List.of(telematics),
                List.of(), List.of(), null, List.of(), Actor.ACCOUNTANT));
        tasks.changeStatus(demo, refund.id(), TaskStatus.IN_PROGRESS);
        // seed 004: a group's task over the next days, on the «Горизонт» of the sales desk
        tasks.create(demo, new TaskDraft("Предложить модуль «Склад» на 2027 год", null, "group:sales",
                now.plus(Duration.ofDays(10)), false, false, List.of(saasClient.ref())));
        tasks.create(demo, new TaskDraft("Проверить настройки резервного копирования", null, "sokolov",
                now.plus(Duration.ofHours(6)), false, false, List.of()));

        comments.add(demo, telematics, "Клиент переходит на новые тахографы с СКЗИ в первом квартале; @orlov, "
                + "подготовьте коммерческое предложение.");
        files.attach(demo, telematics, "Реквизиты ООО ТрансЛогистик.txt", "text/plain", new ByteArrayInputStream((
                "ООО «ТрансЛогистик»\nИНН 7810987652, КПП 781001001, ОГРН 1177847123453\n"
                + "г. Санкт-Петербург, Московский пр., д. 101\n").getBytes(StandardCharsets.UTF_8)));
    }

    private void member(String login, String name, String position, String extension, String group, String role) {
        // demo members get a random password nobody knows: an administrator resets it on the users page
        char[] password = new char[24];
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        staff.create(demo, login, new StaffDraft(name, login + "@pitstop.example", extension, position, Set.of(group),
                Set.of(role), "ru", "Europe/Moscow"), password);
    }
}
