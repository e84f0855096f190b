package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The offers table's status column: an open offer past its deadline no longer reads "Considering". */
class StatusTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Offer due(LocalDate deadline, OfferStatus status) {
        return Offer.builder().company("Kestrel Capital").pay(Compensation.ofBase(BigDecimal.TEN)).deadline(deadline).status(status).build();
    }

    @Test
    void anOpenOfferPastItsDeadlineReadsPastDeadline() {
        assertThat(StatusText.of(due(TODAY.minusDays(5), OfferStatus.CONSIDERING), TODAY)).isEqualTo("Past deadline");
        assertThat(StatusText.of(due(TODAY.minusDays(1), OfferStatus.NEGOTIATING), TODAY)).isEqualTo("Past deadline");
    }

    @Test
    void otherOffersReadTheirStatus() {
        assertThat(StatusText.of(due(TODAY, OfferStatus.CONSIDERING), TODAY)).isEqualTo("Considering");
        assertThat(StatusText.of(due(TODAY.minusDays(5), OfferStatus.DECLINED), TODAY)).isEqualTo("Declined");
        assertThat(StatusText.of(due(null, OfferStatus.NEGOTIATING), TODAY)).isEqualTo("Negotiating");
    }
}
