package io.offerbench.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An advisor's or student's comment on one offer, kept apart from the student's own notes.
 *
 * @param id   0 until saved
 * @param role who wrote it (a student when not known)
 */
public record ReviewComment(long id, long offerId, String author, ReviewRole role, String body, Instant createdAt) {

    /**
     * The setting holding the comment on the comparison as a whole (what the student and the advisor concluded, what
     * to ask next), as opposed to these comments on one offer. A setting, so comparison files carry it and an older
     * OfferBench reads past it.
     */
    public static final String COMPARISON_SETTING = "review.comparison_comment";

    /** The longest comment, on one offer or on the whole comparison. */
    public static final int MAX_LENGTH = 5000;

    public ReviewComment {
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        role = role == null ? ReviewRole.STUDENT : role;
        body = Objects.requireNonNull(body, "body");
    }
}
