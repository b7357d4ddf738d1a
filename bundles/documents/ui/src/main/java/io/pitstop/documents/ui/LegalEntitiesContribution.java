package io.pitstop.documents.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.Actor;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** «Наши юрлица» in the administrators' menu while the legal-entity service runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class LegalEntitiesContribution implements ViewContribution {
    static final Texts TEXTS = Texts.of(LegalEntitiesContribution.class, "io.pitstop.documents.ui.messages");

    @Reference
    private LegalEntityService entities;

    /** The logo and stamp are image attachments on the entity's record. */
    @Reference
    private AttachmentService attachments;

    @Override
    public String route() {
        return "legal-entities";
    }

    @Override
    public Class<? extends Component> viewClass() {
        return LegalEntitiesView.class;
    }

    @Override
    public Component createView() {
        return new LegalEntitiesView(entities, attachments);
    }

    @Override
    public String labelKey() {
        return "legal.menu";
    }

    @Override
    public Texts texts() {
        return TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN);
    }

    @Override
    public String icon() {
        return "INSTITUTION";
    }

    @Override
    public int order() {
        return 900;
    }
}
