package io.offerbench.exchange;

import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewComment;
import java.util.List;
import java.util.Objects;

/**
 * An offer as it travels in a comparison file, with the review comments on it and its stable
 * identity. Comments belong to their offer here rather than pointing at an id, because ids are local
 * to one database; the uid is not, so an offer coming back from an advisor is recognised as the same.
 *
 * @param uid the offer's stable identity (a UUID), or null for a file written before offers had one
 */
public record SharedOffer(Offer offer, List<ReviewComment> comments, String uid) {

    public SharedOffer {
        Objects.requireNonNull(offer, "offer");
        comments = List.copyOf(comments);
    }

    /** An offer without a known identity. */
    public SharedOffer(Offer offer, List<ReviewComment> comments) {
        this(offer, comments, null);
    }
}
