package io.pitstop.notifications.impl;

import io.pitstop.notifications.api.Category;
import io.pitstop.notifications.api.EventField;
import io.pitstop.notifications.api.EventType;
import java.util.List;

/** The event types the core raises itself; each is declared by a small component below it. */
final class CoreEventTypes {
    static final EventType CONTACT_CREATED = new EventType("contact.created", Category.CRM, "Contact created", List.of(
            EventField.text("name", "Name", "ООО «Ромашка»"),
            EventField.text("fio", "Full name of a person", "Иванов Иван Иванович"),
            EventField.text("inn", "INN", "7707083893"),
            EventField.date("birth_date", "Birth date", "1985-04-12")));

    static final EventType TASK_ASSIGNED = new EventType("task.assigned", Category.GENERAL, "Task assigned", List.of(
            EventField.text("number", "Task number", "42"),
            EventField.text("title", "Title", "Позвонить клиенту"),
            EventField.text("assignee", "Assignee", "manager"),
            EventField.dateTime("deadline", "Deadline", "2026-12-10T18:00:00+03:00")));

    static final EventType ACCOUNT_BELOW_CRITICAL = new EventType("account.below-critical", Category.BILLING,
            "Account below its critical balance", List.of(
            EventField.text("number", "Account number", "10000042"),
            EventField.text("owner", "Owner", "ООО «Ромашка»"),
            EventField.text("balance", "Balance", "1 200,00 ₽"),
            EventField.text("critical", "Critical balance", "5 000,00 ₽")));

    /** Seed 004: «Напоминание о записи на сервис накануне визита». */
    static final EventType VISIT_BOOKED = new EventType("service.visit-booked", Category.SERVICE,
            "Service visit booked", List.of(
            EventField.text("fio", "Client's full name", "Иванов Иван Иванович"),
            EventField.dateTime("datetime", "Visit date and time", "2026-12-10T10:00:00+03:00"),
            EventField.text("car_descr", "Car", "Mercedes-Benz Sprinter А123ВС 77"),
            EventField.text("address", "Service address", "пр. Гагарина, 230")));

    static final List<EventType> ALL = List.of(CONTACT_CREATED, TASK_ASSIGNED, ACCOUNT_BELOW_CRITICAL, VISIT_BOOKED);

    private CoreEventTypes() {
    }
}
