package io.offerbench.store;

import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
                    "INSERT INTO review_comment (offer_id, author, role, body, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, comment.offerId());
                ps.setString(2, comment.author());
                ps.setString(3, comment.role().code());
                ps.setString(4, comment.body());
                ps.setString(5, comment.createdAt().toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("FOREIGN KEY")) {
                    throw new StoreException(io.offerbench.text.Texts.get("store.comment.offerGone"), e);
                }
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ReviewComment(rs.getLong(1), comment.offerId(), comment.author(), comment.role(), comment.body(),
                        comment.createdAt());
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
                        out.add(new ReviewComment(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("author"),
                                ReviewRole.fromCode(rs.getString("role")), rs.getString("body"), Instant.parse(rs.getString("created_at"))));
                    }
                }
            }
            return out;
        });
    }

    /**
     * A comment's text rewritten by its reader (a typo, a second thought); who wrote it, as what and when stay as
     * they were. Returns the comment as stored now, or empty when it no longer exists (deleted meanwhile).
     */
    public java.util.Optional<ReviewComment> updateBody(long commentId, String body) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_comment SET body = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setLong(2, commentId);
                if (ps.executeUpdate() == 0) {
                    return java.util.Optional.<ReviewComment>empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM review_comment WHERE id = ?")) {
                ps.setLong(1, commentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return java.util.Optional.of(new ReviewComment(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("author"),
                            ReviewRole.fromCode(rs.getString("role")), rs.getString("body"), Instant.parse(rs.getString("created_at"))));
                }
            }
        });
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
