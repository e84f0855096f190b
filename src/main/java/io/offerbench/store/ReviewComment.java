package io.offerbench.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An advisor's or student's comment on one offer. Lives in the store until the review feature gives
 * it a home in the domain.
 *
 * @param id   0 until saved
 * @param role who wrote it, for example "advisor" or "student"
 */
public record ReviewComment(long id, long offerId, String author, String role, String body, Instant createdAt) {

    public ReviewComment {
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        role = role == null ? "" : role;
        body = Objects.requireNonNull(body, "body");
    }
}
