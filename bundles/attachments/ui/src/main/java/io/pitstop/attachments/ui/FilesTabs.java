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
 * The «Файлы» tab on the cards of contacts, accounts and tasks: one class, a service per record type. A tab shows
 * while the attachments service runs; which files a user reads, the service decides by the record's own rule.
 */
abstract class FilesTabs implements RecordTab {
    /** Package-private: the service components below inherit the reference, which a private field would hide. */
    @Reference
    AttachmentService attachments;

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

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class OnContacts extends FilesTabs {
        @Override
        public String recordType() {
            return "contact";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class OnAccounts extends FilesTabs {
        @Override
        public String recordType() {
            return "account";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class OnTasks extends FilesTabs {
        @Override
        public String recordType() {
            return "task";
        }
    }
}
