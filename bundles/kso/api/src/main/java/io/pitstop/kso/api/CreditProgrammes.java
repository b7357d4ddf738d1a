package io.pitstop.kso.api;

import io.pitstop.core.api.Actor;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Credit programmes: kept by the programme administrator, loaded from banks' files, read by the calculator. */
@ProviderType
public interface CreditProgrammes {
    CreditProgramme create(Actor actor, ProgrammeDraft draft);

    /** Replaces every field. */
    CreditProgramme update(Actor actor, UUID id, ProgrammeDraft draft);

    /** @throws io.pitstop.core.api.NotFoundException when there is none */
    CreditProgramme get(UUID id);

    /** Every programme, highest priority first, then by bank and name. */
    List<CreditProgramme> list();

    /**
     * Loads a bank's file (CSV with a header row, {@code ;} or {@code ,} separated, or an xlsx workbook's first
     * sheet): a row whose id ({@code code}) is known updates that programme, others are created. Good rows are
     * stored, bad ones reported; a file without a single good row stores nothing and is refused with every problem.
     */
    ImportReport importFile(Actor actor, byte[] content);
}
