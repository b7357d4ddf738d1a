package io.pitstop.kso.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProductDraft;
import io.pitstop.kso.api.FinanceProducts;
import io.pitstop.kso.api.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's programmes (СОБКОВАНК ПАО's «Changer Direct» table, repeated ids and all) and finance products, written
 * only where {@code etc/io.pitstop.kso.demo.cfg} exists (the demo run of {@code ./pitstop start}): the import
 * updates what it finds by id, products are added by name once, so a restart writes nothing twice.
 */
@Component(immediate = true, service = {}, configurationPid = "io.pitstop.kso.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class KsoDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(KsoDemoData.class);

    @Reference
    private CreditProgrammes programmes;

    @Reference
    private FinanceProducts products;

    @Activate
    void activate() {
        Actor demo = Actor.system("kso-demo");
        try (InputStream in = KsoDemoData.class.getResourceAsStream("demo-programmes.csv")) {
            ImportReport report = programmes.importFile(demo, in.readAllBytes());
            LOG.info("KSO demo programmes: {} imported, {} updated, {} repeated ids", report.imported(), report.updated(),
                    report.repeated().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FinanceProductDraft> seed = List.of(
                product("GAP", "gap", 12, "49900.00", "Страховая компания", "43146.00"),
                product("Продукты банка", "bank", 0, "19900.00", null, null),
                product("Юр. помощь", "legal", 0, "180000.00", "Юридический партнёр", "152000.00"));
        for (FinanceProductDraft d : seed) {
            if (products.list().stream().noneMatch(p -> p.name().equals(d.name()))) {
                products.create(demo, d);
            }
        }
    }

    private static FinanceProductDraft product(String name, String kind, int term, String price, String counterparty, String reward) {
        List<FinanceProductDraft.Reward> rewards = counterparty == null ? List.of()
                : List.of(new FinanceProductDraft.Reward(counterparty, new BigDecimal(reward)));
        return new FinanceProductDraft(name, kind, List.of(), term, new BigDecimal(price), rewards, List.of(), List.of(),
                List.of(), null, null, "Агентский договор № 1", true);
    }
}
