package io.pitstop.kso.ui.applications;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.RewardService;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** «Кредитные заявки» on the contact card: the client's applications, a new one, and the stage actions. */
@org.osgi.service.component.annotations.Component(service = RecordTab.class)
public class ApplicationsTab implements RecordTab {
    @Reference
    private ApplicationService applications;

    @Reference
    private RewardService rewards;

    @Override
    public String recordType() {
        return "contact";
    }

    @Override
    public String id() {
        return "kso-applications";
    }

    @Override
    public String labelKey() {
        return "applications.tab";
    }

    @Override
    public Texts texts() {
        return ApplicationTexts.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(RecordRef record) {
        return new ApplicationsPanel(applications, rewards, record.id());
    }
}
