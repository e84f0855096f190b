package io.offerbench.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When an offer's decision deadline needs attention. Only open offers (considering, negotiating)
 * are urgent: an accepted or declined offer's deadline no longer matters.
 */
public final class Deadlines {

    /** Offers expiring within this many days are highlighted. */
    public static final int SOON_DAYS = 7;

    public enum Urgency { NONE, SOON, PASSED }

    private Deadlines() {
    }

    public static Urgency urgency(Offer offer, LocalDate today) {
        if (offer.deadline() == null || !isOpen(offer.status())) {
            return Urgency.NONE;
        }
        long days = daysLeft(offer, today);
        if (days < 0) {
            return Urgency.PASSED;
        }
        return days <= SOON_DAYS ? Urgency.SOON : Urgency.NONE;
    }

    /** An open offer whose deadline is behind it: shown as past its deadline, not as still "Considering". */
    public static boolean isPast(Offer offer, LocalDate today) {
        return urgency(offer, today) == Urgency.PASSED;
    }

    public static long daysLeft(Offer offer, LocalDate today) {
        return ChronoUnit.DAYS.between(today, offer.deadline());
    }

    private static boolean isOpen(OfferStatus s) {
        return s == OfferStatus.CONSIDERING || s == OfferStatus.NEGOTIATING;
    }
}
