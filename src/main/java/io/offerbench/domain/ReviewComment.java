package io.offerbench.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An advisor's or student's comment on one offer, kept apart from the student's own notes.
 *
 * @param id       0 until saved
 * @param role     who wrote it (a student when not known)
 * @param editedAt when its text was last changed after it was written; null when it never was. Shown as "edited
 *                 &lt;date&gt;" beside the comment wherever it is read (window, report, comparison files).
 */
public record ReviewComment(long id, long offerId, String author, ReviewRole role, String body, Instant createdAt,
        Instant editedAt) {

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

    /** A comment whose text was never changed. */
    public ReviewComment(long id, long offerId, String author, ReviewRole role, String body, Instant createdAt) {
        this(id, offerId, author, role, body, createdAt, null);
    }

    /** Whether its text was changed after it was written. */
    public boolean edited() {
        return editedAt != null;
    }

    /** The same comment, on offer {@code offerId} with id {@code id} (a copy stored elsewhere keeps its times). */
    public ReviewComment on(long id, long offerId) {
        return new ReviewComment(id, offerId, author, role, body, createdAt, editedAt);
    }
}
