package io.offerbench.store;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark rows: those seeded from the source documents (replaced as a set when the dataset version
 * changes) and the user's own, which the dataset never touches. Whether a row is hidden is the user's
 * choice and survives a dataset update.
 */
public final class BenchmarkRepository {

    private static final String VERSION_KEY = "benchmarks.dataset_version";
    private static final String INSERT = "INSERT INTO benchmark (id, seed_file, outlet, published, subject, segment,"
            + " seniority, metric, low, high, unit, currency, as_of_year, quote, caveat, origin, hidden, kind, informs)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    BenchmarkRepository(Database db) {
        this.db = db;
    }

    /** Every row, hidden ones included (the caller decides what to show), document rows first. */
    public List<Benchmark> findAll() {
        return db.read(c -> {
            List<Benchmark> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM benchmark ORDER BY origin, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    /** The dataset version the document rows came from, empty before the first load. */
    public Optional<String> datasetVersion() {
        return db.read(c -> Meta.get(c, VERSION_KEY));
    }

    /**
     * Brings the document rows to {@code datasetVersion} in one transaction. Nothing happens when that
     * version is already stored. Otherwise the old document rows are replaced by {@code rows}; a row
     * whose id was there before keeps the user's hidden flag; the user's own rows are left alone.
     */
    public void syncDocumentRows(String datasetVersion, List<Benchmark> rows) {
        for (Benchmark b : rows) {
            if (!b.isFromDocument()) {
                throw new IllegalArgumentException("Dataset row " + b.id() + " must have origin DOCUMENT"); // not user text: only the shipped dataset is synced here
            }
        }
        db.inTransaction(c -> {
            if (Meta.get(c, VERSION_KEY).filter(datasetVersion::equals).isPresent()) {
                return null;
            }
            Map<String, Boolean> hidden = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, hidden FROM benchmark WHERE origin = 'document'");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hidden.put(rs.getString(1), rs.getInt(2) == 1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM benchmark WHERE origin = 'document'")) {
                ps.executeUpdate();
            }
            for (Benchmark b : rows) {
                if (exists(c, b.id())) {
                    throw new StoreException(io.offerbench.text.Texts.get("store.benchmark.clash", String.valueOf(datasetVersion), b.id()));
                }
                insert(c, b.withHidden(hidden.getOrDefault(b.id(), b.hidden())));
            }
            Meta.put(c, VERSION_KEY, datasetVersion);
            return null;
        });
    }

    /** Adds or replaces one of the user's own rows; document rows are read-only. */
    public Benchmark saveUserRow(Benchmark row) {
        if (row.isFromDocument()) {
            throw new IllegalArgumentException(io.offerbench.text.Texts.get("store.benchmark.documentRow"));
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM benchmark WHERE id = ? AND origin = 'user'")) {
                ps.setString(1, row.id());
                ps.executeUpdate();
            }
            if (exists(c, row.id())) {
                throw new StoreException(io.offerbench.text.Texts.get("store.benchmark.idTaken", row.id()));
            }
            insert(c, row);
            return row;
        });
    }

    public void setHidden(String id, boolean hidden) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE benchmark SET hidden = ? WHERE id = ?")) {
                ps.setInt(1, hidden ? 1 : 0);
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes one of the user's rows; document rows can only be hidden, so they are left in place. */
    public void deleteUserRow(String id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM benchmark WHERE id = ? AND origin = 'user'")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM benchmark WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, Benchmark b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int i = 1;
            ps.setString(i++, b.id());
            ps.setString(i++, b.seedFile());
            ps.setString(i++, b.outlet());
            ps.setString(i++, b.published());
            ps.setString(i++, b.subject());
            Columns.setCode(ps, i++, b.segment());
            Columns.setCode(ps, i++, b.seniority());
            Columns.setCode(ps, i++, b.metric());
            Columns.setDecimal(ps, i++, b.low());
            Columns.setDecimal(ps, i++, b.high());
            ps.setString(i++, BenchmarkUnit.codeOf(b.unit()));
            ps.setString(i++, b.currency() == null ? null : b.currency().code());
            ps.setInt(i++, b.asOfYear());
            ps.setString(i++, b.quote());
            ps.setString(i++, b.caveat());
            ps.setString(i++, b.isFromDocument() ? "document" : "user");
            ps.setInt(i++, b.hidden() ? 1 : 0);
            Columns.setCode(ps, i++, b.kind());
            Columns.setCode(ps, i, b.informs());
            ps.executeUpdate();
        }
    }

    /**
     * A stored unit: "" is none. A code no version of OfferBench writes (a comparison file imported before
     * units were checked could bring one) is read as none too, rather than hide every benchmark.
     */
    private static BenchmarkUnit unit(String stored) {
        return BenchmarkUnit.of(stored).orElse(null);
    }

    private static Benchmark read(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new Benchmark(rs.getString("id"), rs.getString("seed_file"), rs.getString("outlet"),
                rs.getString("published"), rs.getString("subject"), Columns.coded(rs, "segment", Segment.class),
                Columns.coded(rs, "seniority", Seniority.class), Columns.coded(rs, "metric", Metric.class),
                Columns.decimal(rs, "low"), Columns.decimal(rs, "high"), unit(rs.getString("unit")),
                currency == null ? null : new CurrencyCode(currency), rs.getInt("as_of_year"), rs.getString("quote"),
                rs.getString("caveat"), "document".equals(rs.getString("origin")) ? Benchmark.Origin.DOCUMENT : Benchmark.Origin.USER,
                rs.getInt("hidden") == 1, Columns.coded(rs, "kind", BenchmarkKind.class),
                Columns.coded(rs, "informs", io.offerbench.domain.Criterion.class));
    }
}
