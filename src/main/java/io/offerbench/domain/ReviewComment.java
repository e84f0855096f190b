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

    public ReviewComment {
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        role = role == null ? ReviewRole.STUDENT : role;
        body = Objects.requireNonNull(body, "body");
    }
}
