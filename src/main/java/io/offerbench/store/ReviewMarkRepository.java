package io.offerbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Review marks: "we reviewed the comparison at this moment, and it looked like this". The snapshot
 * is the comparison file format (JSON) of the offers at that moment; review mode diffs against it.
 */
public final class ReviewMarkRepository {

    /** One review: when, and the offers as they were. */
    public record ReviewMark(long id, Instant reviewedAt, String snapshot) {
    }

    private final Database db;

    ReviewMarkRepository(Database db) {
        this.db = db;
    }

    public ReviewMark add(Instant reviewedAt, String snapshot) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_mark (reviewed_at, snapshot) VALUES (?, ?)")) {
                ps.setString(1, reviewedAt.toString());
                ps.setString(2, snapshot);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ReviewMark(rs.getLong(1), reviewedAt, snapshot);
            }
        });
    }

    /** The most recent review, if any. */
    public Optional<ReviewMark> latest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, reviewed_at, snapshot FROM review_mark ORDER BY id DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ReviewMark(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3)));
            }
        });
    }
}
