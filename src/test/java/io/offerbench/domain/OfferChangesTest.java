package io.offerbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferChangesTest {

    private static Offer offer(long id, String company, String base) {
        return Offer.builder().id(id).company(company).pay(Compensation.ofBase(new BigDecimal(base))).build();
    }

    @Test
    void reportsEachChangedFieldWithBeforeAndAfter() {
        Offer then = offer(1, "Helix AI", "300000");
        Offer now = then.toBuilder().pay(Compensation.ofBase(new BigDecimal("310000"))).status(OfferStatus.NEGOTIATING).build();
        List<OfferChanges.Change> changes = OfferChanges.between(List.of(then), List.of(now));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(OfferChanges.Kind.CHANGED);
            assertThat(c.fields()).containsExactly(
                    new OfferChanges.FieldChange("status", "considering", "negotiating"),
                    new OfferChanges.FieldChange("base_salary", "300000", "310000"));
        });
    }

    @Test
    void reportsAddedAndRemovedOffersAndIgnoresTheScaleOfAmounts() {
        List<OfferChanges.Change> changes = OfferChanges.between(
                List.of(offer(1, "Helix AI", "300000"), offer(2, "Kestrel", "250000")),
                List.of(offer(1, "Helix AI", "300000.00"), offer(3, "State University", "150000")));
        assertThat(changes).extracting(OfferChanges.Change::offer, OfferChanges.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("State University", OfferChanges.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("Kestrel", OfferChanges.Kind.REMOVED));
    }

    @Test
    void noChangeMeansNothingToReview() {
        Offer o = offer(1, "Helix AI", "300000");
        assertThat(OfferChanges.between(List.of(o), List.of(o))).isEmpty();
    }
}
