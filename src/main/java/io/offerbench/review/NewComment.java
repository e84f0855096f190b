package io.offerbench.review;

import io.offerbench.domain.ReviewComment;

/** A review comment written since the last review, with the label of the offer it is about. */
public record NewComment(String offer, ReviewComment comment) {
}
