package io.pitstop.documents.api;

import io.pitstop.core.api.Actor;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Our legal entities. Reads for every staff role; changes for administrators only, audited on
 * {@code legal-entity/<id>}. Exactly one entity is the default once any exists.
 */
@ProviderType
public interface LegalEntityService {
    /** The record type of an entity ({@code legal-entity}), for audit, attachments and links. */
    String RECORD_TYPE = "legal-entity";

    List<LegalEntity> list(Actor actor);

    /** @throws io.pitstop.core.api.NotFoundException */
    LegalEntity get(Actor actor, UUID id);

    /** The default entity. @throws io.pitstop.core.api.NotFoundException when none is set up yet */
    LegalEntity defaultEntity(Actor actor);

    /**
     * Creates an entity; the first one is the default whatever the draft says.
     *
     * @throws io.pitstop.core.api.ValidationException every invalid field at once (INN, KPP, OGRN, BIC and
     *                                                 account formats); a control key that fails only warns
     */
    LegalEntity create(Actor actor, LegalEntityDraft draft);

    /** Replaces an entity's data. Taking the default away from the default entity is refused (make another one default). */
    LegalEntity update(Actor actor, UUID id, LegalEntityDraft draft);
}
