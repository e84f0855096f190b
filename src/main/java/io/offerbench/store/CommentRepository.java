package io.offerbench.store;

import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Review comments on offers; deleting an offer deletes its comments (foreign key cascade). */
public final class CommentRepository {

    private final Database db;

    CommentRepository(Database db) {
        this.db = db;
    }

    /** Stores a new comment and returns it with its id; fails if the offer does not exist. */
    public ReviewComment add(ReviewComment comment) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO review_comment (offer_id, author, role, body, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, comment.offerId());
                ps.setString(2, comment.author());
                ps.setString(3, comment.role().code());
                ps.setString(4, comment.body());
                ps.setString(5, comment.createdAt().toString());
                ps.setString(6, comment.edited() ? comment.editedAt().toString() : null);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("FOREIGN KEY")) {
                    throw new StoreException(io.offerbench.text.Texts.get("store.comment.offerGone"), e);
                }
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return comment.on(rs.getLong(1), comment.offerId());
            }
        });
    }

    /** The comments on one offer, oldest first. */
    public List<ReviewComment> listByOffer(long offerId) {
        return db.read(c -> {
            List<ReviewComment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM review_comment WHERE offer_id = ? ORDER BY created_at, id")) {
                ps.setLong(1, offerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * A comment's text rewritten by its reader (a typo, a second thought) at {@code at}; who wrote it, as what and when
     * stay as they were, and it is marked as edited at {@code at}. The same text again changes nothing (no mark).
     * Returns the comment as stored now, or empty when it no longer exists (deleted meanwhile).
     */
    public Optional<ReviewComment> updateBody(long commentId, String body, Instant at) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_comment SET body = ?, edited_at = ? WHERE id = ? AND body <> ?")) {
                ps.setString(1, body);
                ps.setString(2, at.toString());
                ps.setLong(3, commentId);
                ps.setString(4, body);
                ps.executeUpdate();
            }
            return find(c, commentId);
        });
    }

    /**
     * A comment brought in again from a comparison file with a later edit of its text (the same author, role and time
     * of writing): its text and edit time replace these. Returns whether it changed.
     */
    public boolean takeEdit(long commentId, ReviewComment edited) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_comment SET body = ?, edited_at = ? WHERE id = ?")) {
                ps.setString(1, edited.body());
                ps.setString(2, edited.edited() ? edited.editedAt().toString() : null);
                ps.setLong(3, commentId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Optional<ReviewComment> find(java.sql.Connection c, long commentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM review_comment WHERE id = ?")) {
            ps.setLong(1, commentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static ReviewComment row(ResultSet rs) throws SQLException {
        String edited = rs.getString("edited_at");
        return new ReviewComment(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("author"),
                ReviewRole.fromCode(rs.getString("role")), rs.getString("body"), Instant.parse(rs.getString("created_at")),
                edited == null ? null : Instant.parse(edited));
    }

    public void delete(long commentId) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_comment WHERE id = ?")) {
                ps.setLong(1, commentId);
                return ps.executeUpdate();
            }
        });
    }
}
