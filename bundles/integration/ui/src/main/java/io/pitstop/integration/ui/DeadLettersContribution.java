package io.pitstop.integration.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The dead letters page at {@code /dead-letters}, for administrators and integrators. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class DeadLettersContribution implements ViewContribution {
    static final Texts TEXTS = Texts.of(DeadLettersContribution.class, "io.pitstop.integration.ui.messages");
    static final String ROUTE = "dead-letters";
    /** The roles of {@code /api/dead-letters}. */
    static final Set<String> ROLES = Set.of(Actor.ADMIN, Actor.INTEGRATOR);

    private final DeadLetters deadLetters;

    @Activate
    public DeadLettersContribution(@Reference DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DeadLettersView.class;
    }

    @Override
    public Component createView() {
        return new DeadLettersView(deadLetters);
    }

    @Override
    public String labelKey() {
        return "menu.dead-letters";
    }

    @Override
    public Texts texts() {
        return TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return ROLES;
    }

    @Override
    public String icon() {
        return "ENVELOPES";
    }

    @Override
    public int order() {
        return 870;
    }
}
