package io.pitstop.attachments.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/**
 * The «Файлы» tab on the cards of contacts, accounts and tasks: one service for all three. A tab shows
 * while the attachments service runs; which files a user reads, the service decides by the record's own rule.
 */
@org.osgi.service.component.annotations.Component(service = RecordTab.class)
public class FilesTabs implements RecordTab {
    @Reference
    private AttachmentService attachments;

    @Override
    public Set<String> recordTypes() {
        return Set.of("contact", "account", "task");
    }

    @Override
    public String id() {
        return "files";
    }

    @Override
    public String labelKey() {
        return "files.tab";
    }

    @Override
    public Texts texts() {
        return FilesTexts.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(RecordRef record) {
        return new FilesPanel(attachments, record);
    }
}
