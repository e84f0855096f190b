package io.offerbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Offer due(LocalDate deadline, OfferStatus status) {
        return Offer.builder().company("Helix AI").pay(Compensation.ofBase(BigDecimal.TEN)).deadline(deadline).status(status).build();
    }

    @Test
    void anOpenOfferExpiringWithinSevenDaysIsSoon() {
        assertThat(Deadlines.urgency(due(TODAY.plusDays(7), OfferStatus.CONSIDERING), TODAY)).isEqualTo(Deadlines.Urgency.SOON);
        assertThat(Deadlines.urgency(due(TODAY, OfferStatus.NEGOTIATING), TODAY)).isEqualTo(Deadlines.Urgency.SOON);
        assertThat(Deadlines.urgency(due(TODAY.plusDays(8), OfferStatus.CONSIDERING), TODAY)).isEqualTo(Deadlines.Urgency.NONE);
    }

    @Test
    void aPassedDeadlineIsFlaggedOnlyWhileTheOfferIsOpen() {
        assertThat(Deadlines.urgency(due(TODAY.minusDays(1), OfferStatus.CONSIDERING), TODAY)).isEqualTo(Deadlines.Urgency.PASSED);
        assertThat(Deadlines.urgency(due(TODAY.plusDays(2), OfferStatus.ACCEPTED), TODAY)).isEqualTo(Deadlines.Urgency.NONE);
        assertThat(Deadlines.urgency(due(null, OfferStatus.CONSIDERING), TODAY)).isEqualTo(Deadlines.Urgency.NONE);
    }

    @Test
    void daysLeftCountsCalendarDays() {
        assertThat(Deadlines.daysLeft(due(LocalDate.of(2026, 12, 2), OfferStatus.CONSIDERING), TODAY)).isEqualTo(10);
    }
}
