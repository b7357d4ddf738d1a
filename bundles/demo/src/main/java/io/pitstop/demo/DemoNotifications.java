package io.pitstop.demo;

import io.pitstop.core.api.Actor;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.TemplateDraft;
import java.time.LocalTime;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Seed 004's notification set-up, once: the SMS reminder the day before a service visit at 20:00 (valid for an
 * hour, individuals only) in Russian and English, and an in-app notice to the assignee of a new task. Nothing is
 * written when any rule exists already.
 */
@Component(immediate = true)
public class DemoNotifications {
    private static final Actor DEMO = Actor.system("demo-data");

    @Reference
    private Notifications notifications;

    @Activate
    void activate() {
        if (!notifications.rules(null).isEmpty()) {
            return;
        }
        notifications.saveTemplate(DEMO, new TemplateDraft("service.visit-booked", "sms", "ru", null,
                "Здравствуйте, {fio} ! Напоминаем, что Вы записаны на сервис завтра, {datetime} по адресу: "
                        + "{address} Автомобиль {car_descr}"));
        notifications.saveTemplate(DEMO, new TemplateDraft("service.visit-booked", "sms", "en", null,
                "Hello, {fio}! A reminder of your service visit tomorrow, {datetime}, at {address}. Car: {car_descr}"));
        notifications.saveRule(DEMO, new Rule(null, "Напоминание о записи на сервис накануне визита",
                "service.visit-booked", List.of("sms"), Schedule.dayBeforeAt("datetime", LocalTime.of(20, 0), 1, null),
                60, true, true, List.of(), List.of(), List.of(), true));
        notifications.saveTemplate(DEMO, new TemplateDraft("task.assigned", "inapp", "ru", null,
                "Вам назначена задача №{number}: {title}"));
        notifications.saveTemplate(DEMO, new TemplateDraft("task.assigned", "inapp", "en", null,
                "Task No. {number} is yours: {title}"));
        notifications.saveRule(DEMO, new Rule(null, "Исполнителю новой задачи", "task.assigned", List.of("inapp"),
                Schedule.atEvent(), null, true, false, List.of(), List.of(), List.of(), true));
    }
}
