package io.pitstop.documents.api;

import io.pitstop.core.api.Actor;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Documents for plugins: number, render, freeze. Issuing runs in the caller's transaction when there is one, so a
 * plugin's own rows, the number and the frozen files commit or roll back together, and a rollback gives the
 * number back: no gaps. Issuing and reading need admin, manager or accountant.
 */
@ProviderType
public interface DocumentService {
    /**
     * Takes the next number of a series inside the caller's transaction (the counter row stays locked until it
     * ends). A date in a closed year of the issuer (its {@code closedThrough}) is refused with 422.
     */
    String takeNumber(UUID issuer, NumberingSeries series, LocalDate date);

    /** Numbers, renders and freezes a document. @throws io.pitstop.core.api.ValidationException naming each bad field */
    Document issue(Actor actor, DocumentDraft draft);

    /** @throws io.pitstop.core.api.NotFoundException */
    Document get(Actor actor, UUID id);

    /** Writes the frozen PDF as it was issued. */
    void pdf(Actor actor, UUID id, OutputStream out);

    /** A sample invoice of the default (or given) entity, rendered now and stored nowhere: for checking a layout. */
    byte[] preview(Actor actor, UUID issuer, String language);
}
