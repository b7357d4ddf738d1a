package io.pitstop.billing.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.ProductDraft;
import io.pitstop.billing.api.PromoCode;
import io.pitstop.billing.api.PromoCodeDraft;
import io.pitstop.billing.api.PromoCodes;
import io.pitstop.billing.api.SubscriptionDraft;
import io.pitstop.billing.api.Subscriptions;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data in the style of the seeds, written only where {@code etc/io.pitstop.billing.demo.cfg} exists (the demo run
 * of {@code ./pitstop start}): a SaaS licence module at 4,100 a month (seed 000: 14 modules are its 57,400), a
 * telematics per-vehicle tariff and a quarterly support package, the reference clients' 5 % promo code {@code REF5}; the first demo accounts get subscriptions, the
 * first of them more modules than its balance pays for, so its balance screen shows a shortfall. Products are added
 * by code once and an account with subscriptions gets none, so a restart writes nothing twice. The core demo may
 * start after the plugin, so a thread waits up to three minutes for its accounts.
 */
@Component(immediate = true, service = {}, configurationPid = "io.pitstop.billing.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class BillingDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(BillingDemoData.class);
    private static final BigDecimal MODULE = new BigDecimal("4100.00");

    @Reference
    private Catalogue catalogue;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private AccountService accounts;

    @Reference
    private Billing billing;

    @Reference
    private Clock clock;

    @Reference
    private PromoCodes promoCodes;

    private Thread worker;

    @Activate
    void activate() {
        worker = new Thread(this::write, "pitstop-billing-demo");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() {
        worker.interrupt();
    }

    private void write() {
        Actor demo = Actor.system("billing-demo");
        LocalDate start = clock.today().withDayOfMonth(1).minusMonths(2);
        try {
            product(demo, "saas-licence", "Лицензия платформы: модуль", Map.of(BillingCycle.MONTH, MODULE), start);
            product(demo, "telematics", "Абонентская плата за объект мониторинга", Map.of(BillingCycle.MONTH, new BigDecimal("350.00")), start);
            product(demo, "support-quarter", "Пакет поддержки", Map.of(BillingCycle.QUARTER, new BigDecimal("9000.00")), start);
            // seed 002's «Скидка для референсных клиентов 5%»: every line, every renewal
            if (promoCodes.list().stream().noneMatch(p -> p.code().equals("REF5"))) {
                promoCodes.create(demo, new PromoCodeDraft("REF5", PromoCode.Kind.PERCENT, new BigDecimal("5"), List.of(), true,
                        start, null, null, true));
            }
            List<Account> found = List.of();
            for (int i = 0; i < 90 && found.size() < 2; i++) {
                found = accounts.search(new AccountQuery(null, AccountStatus.ACTIVE, null), new PageRequest(0, 3, List.of())).items();
                if (found.size() < 2) {
                    Thread.sleep(2000);
                }
            }
            for (int i = 0; i < found.size(); i++) {
                Account a = found.get(i);
                if (!subscriptions.ofAccount(a.id().value()).isEmpty()) {
                    continue;
                }
                if (i == 0) {
                    // more modules than the balance pays for: the summary shows the shortfall and the day to pay by
                    BigDecimal funds = billing.summary(a.id().value()).available().max(BigDecimal.ZERO);
                    int modules = Math.max(14, funds.divide(MODULE, 0, RoundingMode.DOWN).intValue() + 2);
                    subscriptions.create(demo, new SubscriptionDraft(a.id().value(), "saas-licence", modules, BillingCycle.MONTH, start, null));
                } else {
                    subscriptions.create(demo, new SubscriptionDraft(a.id().value(), "telematics", 19, BillingCycle.MONTH, start, "4*350|15*100"));
                    subscriptions.create(demo, new SubscriptionDraft(a.id().value(), "support-quarter", 1, BillingCycle.QUARTER, start, null));
                }
            }
            LOG.info("Billing demo: products and subscriptions on {} accounts", found.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Billing demo data could not be written: {}", e.getMessage());
        }
    }

    private void product(Actor demo, String code, String name, Map<BillingCycle, BigDecimal> prices, LocalDate from) {
        try {
            catalogue.get(code);
        } catch (NotFoundException e) {
            catalogue.create(demo, new ProductDraft(code, name, prices, new BigDecimal("20.00"), from));
        }
    }
}
