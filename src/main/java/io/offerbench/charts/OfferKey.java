package io.offerbench.charts;

/**
 * A chart category or series standing for one offer: compared by id, so two offers with the same
 * name stay two bars, and shown by label.
 */
public record OfferKey(long id, String label) implements Comparable<OfferKey> {

    @Override
    public int compareTo(OfferKey o) {
        return Long.compare(id, o.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
