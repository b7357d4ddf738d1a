package io.pitstop.ticketing.impl;

import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BackgroundAttempts;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.UtcTimestamps;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.time.Clock;
import io.pitstop.ticketing.api.InboundMail;
import io.pitstop.ticketing.api.MailOutcome;
import io.pitstop.ticketing.api.TicketQuery;
import io.pitstop.ticketing.api.TicketService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three tickets in seed 002's style on the core demo's clients, written only where
 * {@code etc/io.pitstop.ticketing.demo.cfg} exists (the demo run of {@code ./pitstop start}) and only while there are
 * no tickets, so a restart writes nothing twice: Сергей Петров's «дисковое пространство + 5 гб», answered; «Ромашка
 * Софт»'s change of requisites waiting, with the old KPP kept as an important note; «ТрансЛогистик»'s monitoring
 * failure that came in three hours ago and is past the 2-hour target. The core demo starts with this plugin, so a
 * background thread waits a while for its clients and the support group.
 */
@Component(immediate = true, service = {}, configurationPid = "io.pitstop.ticketing.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class TicketingDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(TicketingDemoData.class);
    private static final Actor AGENT = new Actor("support", Set.of(Actor.SUPPORT));
    private static final int ATTEMPTS = 90;
    private static final Duration PAUSE = Duration.ofSeconds(2);

    @Reference
    private TicketService tickets;

    @Reference
    private ContactService contacts;

    @Reference
    private StaffDirectory staff;

    @Reference
    private Clock clock;

    @Reference
    private Transactions transactions;

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    private BackgroundAttempts worker;

    @Activate
    void activate() {
        worker = BackgroundAttempts.start("ticketing-demo", ATTEMPTS, PAUSE, this::tryOnce,
                () -> LOG.info("Ticketing demo: the demo clients did not appear; no demo tickets"),
                e -> LOG.warn("Ticketing demo tickets not written: {}", e.toString()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    /** Writes the demo tickets once the demo clients and the support group are there, and only if there are none. */
    private boolean tryOnce() {
        if (!ready()) {
            return false;
        }
        if (tickets.find(TicketQuery.all(), PageRequest.first(1)).total() == 0) {
            write();
            LOG.info("Ticketing demo: three tickets written");
        }
        return true;
    }

    private boolean ready() {
        return staff.group("support").isPresent() && known("petrov@example.ru") && known("buh@romashka-soft.example")
                && known("office@translogistic.example");
    }

    private boolean known(String email) {
        return !contacts.find(new ContactQuery(email, null, null, null), PageRequest.first(1)).isEmpty();
    }

    private void write() {
        MailOutcome disk = mail("petrov@example.ru", "Сергей Петров", "дисковое пространство + 5 гб",
                "Добрый день! Прошу добавить 5 Гб дискового пространства к тарифу «Старт». Счёт оплачу сразу.");
        tickets.reply(AGENT, disk.ticketId(), "Добрый день, Сергей Иванович! Пакет дискового пространства 5 Гб добавлен, "
                + "счёт отправлен на вашу почту. Если понадобится ещё место, ответьте на это письмо.");
        MailOutcome requisites = mail("buh@romashka-soft.example", "Анна Иванова", "Смена реквизитов",
                "Здравствуйте! С 1 декабря у нас новый КПП 771301001. Просим выставлять счета с новыми реквизитами.");
        tickets.note(AGENT, requisites.ticketId(), "старый КПП 771201001", true);
        MailOutcome monitoring = mail("office@translogistic.example", "ООО «ТрансЛогистик»", "Не работает мониторинг ТС",
                "С утра в системе мониторинга не видно 4 машины из 19. Срочно посмотрите, пожалуйста.");
        arrivedEarlier(monitoring.ticketId(), Duration.ofHours(3));
    }

    private MailOutcome mail(String from, String name, String subject, String text) {
        return tickets.receive(new InboundMail("support", "ok@pitstop.example", "<demo-" + UUID.randomUUID() + "@pitstop.example>",
                List.of(), from, name, subject, text, List.of(), clock.now(), null));
    }

    /** The demo's breached ticket: as if its mail had come in {@code ago} before now. */
    private void arrivedEarlier(UUID ticket, Duration ago) {
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE ticketing_ticket SET created_at = ? WHERE id = ?")) {
                UtcTimestamps.set(ps, 1, clock.now().minus(ago));
                ps.setString(2, ticket.toString());
                return ps.executeUpdate();
            }
        });
    }
}
