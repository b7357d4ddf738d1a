package io.pitstop.demo;

import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.PageRequest;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the integration pages show a new user: two rows of a client file that the contacts import example
 * ({@code config/camel/pitstop-contacts-import.xml}) refused, kept as its route keeps them — one with an INN whose
 * control digit is wrong, one without a name — so that the dead letters page and its dashboard counter have
 * something to read, resolve with a comment, or reprocess once the example route is deployed. Written once, when
 * the store has no letter of the import yet (another plugin's demo may have left one of its own).
 */
@Component(immediate = true)
public class DemoDeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDeadLetters.class);
    static final String SOURCE = "contacts-csv-import";
    static final String ROUTE = "contacts-csv-row";

    @Reference
    private DeadLetters letters;

    @Activate
    void activate() {
        if (letters.list(new DeadLetterQuery(SOURCE, null, null), PageRequest.first(1)).total() > 0) {
            return;
        }
        LOG.info("No refused import row yet: adding the demo ones");
        refusedRow("{\"name\":\"ООО «Сибирский извоз»\",\"inn\":\"5406123451\",\"kpp\":\"540601001\",\"phone\":\"+7 383 200-15-15\"}",
                "ValidationException: inn: wrong INN: the control digit does not match");
        refusedRow("{\"name\":\"\",\"inn\":\"7707083893\",\"email\":\"zakaz@primer.ru\"}",
                "ValidationException: name: is required");
    }

    private void refusedRow(String body, String error) {
        letters.record(SOURCE, ROUTE, "direct://" + ROUTE, error, body, Map.of("CamelFileName", "clients-2026-12.csv"));
    }
}
