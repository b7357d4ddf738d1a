package io.pitstop.notifications.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.TemplateDraft;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class SetupRulesTest {
    static final Set<String> CHANNELS = Set.copyOf(Channels.CORE);

    @Test
    public void seedTemplateWithItsPlaceholdersIsAccepted() {
        TemplateDraft d = new TemplateDraft("service.visit-booked", "sms", "ru", null,
                "Здравствуйте, {fio} ! Напоминаем, что Вы записаны на сервис завтра, {datetime} по адресу: "
                        + "пр.Гагарина 230 Автомобиль {car_descr}");
        assertEquals(Map.of(), template(d));
        assertEquals("Привет, Иванов Иван Иванович: Mercedes-Benz Sprinter А123ВС 77", Placeholders.render(
                "Привет, {fio}: {car_descr}", SetupRules.samples(CoreEventTypes.VISIT_BOOKED)));
    }

    @Test
    public void unknownPlaceholderIsRefusedOnBodyOrSubject() {
        Map<String, String> errors = template(new TemplateDraft("service.visit-booked", "email", "ru",
                "Запись {plate}", "Здравствуйте, {fio}, ваш {vin} и {car_descr}"));
        assertTrue(errors.get("body"), errors.get("body").contains("{vin}"));
        assertTrue(errors.get("subject"), errors.get("subject").contains("{plate}"));
        // braces that are no placeholder are text
        assertEquals(Map.of(), template(new TemplateDraft("service.visit-booked", "email", "en", "Hi",
                "JSON looks like {\"a\": 1} and {Fio} is not a name")));
    }

    @Test
    public void smsOverSixPartsWithSampleValuesIsRefused() {
        String body = "ж".repeat(6 * 67 - 15) + "{fio}"; // the sample name makes it longer than six parts
        Map<String, String> errors = template(new TemplateDraft("service.visit-booked", "sms", "ru", null, body));
        assertTrue(errors.toString(), errors.get("body").contains("too long for an SMS"));
    }

    @Test
    public void unknownEventTypeChannelLanguageAndEmailWithoutSubject() {
        Validation v = new Validation();
        SetupRules.checkTemplate(v, new TemplateDraft("no.such", "pigeon", "de", null, "x"), null, CHANNELS, null);
        assertEquals(Set.of("eventType", "channel", "language"), fields(v).keySet());
        assertEquals(Set.of("subject"), template(new TemplateDraft("contact.created", "email", "ru", null, "x")).keySet());
    }

    @Test
    public void ruleWithoutRecipientsIsRefused() {
        Rule r = new Rule(null, "Напоминание", "service.visit-booked", List.of("sms"),
                Schedule.dayBeforeAt("datetime", LocalTime.of(20, 0), 1, "Europe/Moscow"), 60, false, true,
                List.of(), List.of(), List.of(), true);
        Validation v = new Validation();
        SetupRules.checkRule(v, r, CoreEventTypes.VISIT_BOOKED, CHANNELS);
        assertEquals(Set.of("recipients"), fields(v).keySet());
    }

    @Test
    public void scheduleNeedsADateFieldOfTheEventAndAReadableZone() {
        Rule r = new Rule(null, "x", "service.visit-booked", List.of("sms"),
                Schedule.dayBeforeAt("car_descr", null, 1, "Mars/Olympus"), 0, true, true,
                List.of(), List.of(), List.of("not an address"), true);
        Validation v = new Validation();
        SetupRules.checkRule(v, r, CoreEventTypes.VISIT_BOOKED, CHANNELS);
        assertEquals(Set.of("schedule.dateField", "schedule.at", "schedule.zone", "validityMinutes", "addresses[0]"),
                fields(v).keySet());
    }

    private static Map<String, String> template(TemplateDraft d) {
        Validation v = new Validation();
        SetupRules.checkTemplate(v, d, d.eventType().equals("contact.created") ? CoreEventTypes.CONTACT_CREATED
                : CoreEventTypes.VISIT_BOOKED, CHANNELS, (s, b) -> "sms".equals(d.channel()) ? SmsSegments.refusal(b) : null);
        return fields(v);
    }

    private static Map<String, String> fields(Validation v) {
        try {
            v.throwIfInvalid();
            return Map.of();
        } catch (ValidationException e) {
            return e.fieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
        }
    }
}
