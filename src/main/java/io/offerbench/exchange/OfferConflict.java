package io.offerbench.exchange;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import java.util.List;

/**
 * An offer that is in the database and in the imported file under one identity, with different
 * fields on the two sides. The import keeps the database's version; the user resolves it by keeping
 * it or by taking the file's ({@link ComparisonImporter#takeTheirs}).
 *
 * @param localId the offer's id here
 * @param company its company here
 * @param fields  the fields that differ, with the value here ("before") and in the file ("after")
 * @param theirs  the file's version, with the local id
 */
public record OfferConflict(long localId, String company, List<OfferChanges.FieldChange> fields, Offer theirs) {

    public OfferConflict {
        fields = List.copyOf(fields);
    }
}
