package io.offerbench.exchange;

import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewComment;
import java.util.List;
import java.util.Objects;

/**
 * An offer as it travels in a comparison file, with the review comments on it. Comments belong to
 * their offer here rather than pointing at an id, because ids are local to one database.
 */
public record SharedOffer(Offer offer, List<ReviewComment> comments) {

    public SharedOffer {
        Objects.requireNonNull(offer, "offer");
        comments = List.copyOf(comments);
    }
}
