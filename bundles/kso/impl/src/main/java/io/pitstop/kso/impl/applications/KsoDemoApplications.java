package io.pitstop.kso.impl.applications;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BackgroundAttempts;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.PageRequest;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two credit applications on the core demo's clients, written only where {@code etc/io.pitstop.kso.demo.cfg} exists:
 * Сергей Петров's loan issued on the seed's offer (its rewards posted to the ledger), Анна Иванова's application at
 * the questionnaire. A client who has an application already gets none, so a restart writes nothing twice. The core
 * demo and this plugin start together, so the clients may not exist yet: a background thread waits for them a while.
 */
@Component(immediate = true, service = {}, configurationPid = "io.pitstop.kso.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class KsoDemoApplications {
    private static final Logger LOG = LoggerFactory.getLogger(KsoDemoApplications.class);
    /** The demo's sales manager (a login of the demo copy), so the income page shows the deal under a person. */
    static final Actor MANAGER = new Actor("manager", Set.of(Actor.MANAGER));
    static final Actor BROKER = Actor.system("kso-demo");
    static final String PETROV_INN = "771234567859";
    private static final int ATTEMPTS = 90;
    private static final Duration PAUSE = Duration.ofSeconds(2);

    @Reference
    private ContactService contacts;

    @Reference
    private ApplicationService applications;

    @Reference
    private LoanCalculator calculator;

    private BackgroundAttempts worker;

    @Activate
    void activate() {
        worker = BackgroundAttempts.start("kso-demo-applications", ATTEMPTS, PAUSE, this::tryOnce,
                () -> LOG.info("KSO demo applications: the demo clients never appeared; none written"),
                e -> LOG.warn("KSO demo applications not written: {}", e.toString()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    /** Writes the seed's applications once the demo clients Petrov and Ivanova are there. */
    private boolean tryOnce() {
        Optional<Contact> petrov = person("Петров", c -> PETROV_INN.equals(c.inn()));
        Optional<Contact> ivanova = person("Иванова", c -> c.name().startsWith("Иванова"));
        if (petrov.isPresent() && ivanova.isPresent()) {
            write(petrov.get(), ivanova.get());
            return true;
        }
        return false;
    }

    private Optional<Contact> person(String text, Predicate<Contact> which) {
        return contacts.find(new ContactQuery(text, ContactKind.PERSON, null, null, null), PageRequest.first(20)).stream()
                .filter(which).findFirst();
    }

    void write(Contact petrov, Contact ivanova) {
        if (hasNone(petrov)) {
            // the seed's deal: 2 550 000 car, 1 000 000 down, GAP and legal help financed, 36 months at 14.3 %
            CreditApplication a = applications.create(MANAGER, new ApplicationDraft(petrov.id().value(), null,
                    offer("1550000.00", "1000000.00", "15500.00", List.of(
                            new ChosenProduct("GAP", new BigDecimal("49900.00"), "Страховая компания", new BigDecimal("43146.00")),
                            new ChosenProduct("Продукты банка", new BigDecimal("19900.00"), null, null),
                            new ChosenProduct("Юр. помощь", new BigDecimal("180000.00"), "Юридический партнёр",
                                    new BigDecimal("152000.00"))))));
            for (ApplicationStatus s : List.of(ApplicationStatus.QUESTIONNAIRE, ApplicationStatus.DOCUMENTS, ApplicationStatus.SENT)) {
                applications.move(MANAGER, a.id(), s, null);
            }
            OfferSnapshot o = a.offer();
            applications.decide(BROKER, a.id(), new BankDecision(ApplicationStatus.APPROVED, o.annualRatePercent(), o.amount(),
                    o.termMonths(), o.monthlyPayment(), "EC-DEMO-1", null));
            applications.move(MANAGER, a.id(), ApplicationStatus.OFFER_CONFIRMED, null);
            applications.move(MANAGER, a.id(), ApplicationStatus.ISSUED, null);
        }
        if (hasNone(ivanova)) {
            CreditApplication b = applications.create(MANAGER, new ApplicationDraft(ivanova.id().value(), null,
                    offer("900000.00", "400000.00", "9000.00", List.of(
                            new ChosenProduct("GAP", new BigDecimal("49900.00"), "Страховая компания", new BigDecimal("43146.00"))))));
            applications.move(MANAGER, b.id(), ApplicationStatus.QUESTIONNAIRE, "Анкета заполнена наполовину");
        }
        LOG.info("KSO demo applications ready");
    }

    private boolean hasNone(Contact c) {
        return applications.find(c.id().value(), null, PageRequest.first(1)).total() == 0;
    }

    /** An offer of the seed's programme whose payment is the calculator's, as the calculator view would file it. */
    private OfferSnapshot offer(String amount, String downPayment, String programmeReward, List<ChosenProduct> products) {
        BigDecimal rate = new BigDecimal("14.3");
        int term = 36;
        BigDecimal payment = calculator.calculate(new LoanTerms(Money.of(new BigDecimal(amount), Money.RUB), rate, term,
                Money.zero(Money.RUB))).monthlyPayment().amount();
        return new OfferSnapshot("113123", "Changer Direct", "СОБКОВАНК ПАО", rate, term, new BigDecimal(amount),
                new BigDecimal(downPayment), payment, new BigDecimal(programmeReward), products);
    }
}
