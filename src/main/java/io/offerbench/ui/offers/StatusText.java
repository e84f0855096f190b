package io.offerbench.ui.offers;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Offer;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import java.time.LocalDate;

/**
 * The offers table's status: the status the student set, except that an offer still open (considering or
 * negotiating) whose deadline has passed reads "Past deadline" — it no longer reads as one still being weighed.
 * The stored status is left as it is: the student may have an extension, or mark it expired.
 */
final class StatusText {

    private StatusText() {
    }

    static String of(Offer offer, LocalDate today) {
        return Deadlines.isPast(offer, today) ? Messages.get("offers.status.pastDeadline") : EnumLabels.of(offer.status());
    }
}
