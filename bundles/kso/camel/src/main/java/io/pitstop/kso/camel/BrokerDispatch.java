package io.pitstop.kso.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.CreditApplication;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Puts each application handed to the broker on the broker route's queue, as the JSON the broker receives. Driven
 * by the domain event, which comes only after the change committed: an application whose sending was rolled back
 * never reaches the broker.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + ApplicationService.TOPIC_SENT)
public class BrokerDispatch implements EventHandler {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Reference
    private ApplicationService applications;

    @Reference(target = "(camel.context.name=pitstop)")
    private CamelContext camel;

    private ProducerTemplate producer;

    @Activate
    void activate() {
        producer = camel.createProducerTemplate();
    }

    @Deactivate
    void deactivate() throws Exception {
        producer.stop();
    }

    @Override
    public void handleEvent(Event event) {
        UUID id = UUID.fromString(((String) event.getProperty(DomainEvents.SUBJECT_ID)).trim());
        CreditApplication application = applications.get(id);
        String body;
        try {
            body = json.writeValueAsString(Map.of("application", application));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Credit application " + id + " cannot be written as JSON", e);
        }
        producer.sendBodyAndHeader(BrokerRoute.QUEUE, body, BrokerRoute.APPLICATION_ID, id.toString());
    }
}
