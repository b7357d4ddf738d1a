package io.pitstop.sample;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;

/** Adds "Пример" / "Sample" to the menu of admins and managers. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class SampleViewContribution implements ViewContribution {
    @Override
    public String route() {
        return "sample";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SampleView.class;
    }

    @Override
    public Component createView() {
        return new SampleView();
    }

    @Override
    public String labelKey() {
        return "sample.menu";
    }

    @Override
    public Texts texts() {
        return SampleTexts.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER);
    }

    @Override
    public String icon() {
        return "FLASK";
    }

    @Override
    public int order() {
        return 800;
    }
}
