package io.offerbench.store;

import io.offerbench.domain.Offer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The student's offers. Every write is one transaction; {@link #saveAll} is all or nothing. */
public final class OfferRepository {

    private static final String INSERT = "INSERT INTO offer (" + OfferRows.COLUMNS + ", created_at, updated_at, uid) VALUES ("
            + String.join(", ", Collections.nCopies(OfferRows.COUNT + 3, "?")) + ")";
    private static final String UPDATE = "UPDATE offer SET (" + OfferRows.COLUMNS + ", updated_at) = ("
            + String.join(", ", Collections.nCopies(OfferRows.COUNT + 1, "?")) + ") WHERE id = ?";

    private final Database db;

    OfferRepository(Database db) {
        this.db = db;
    }

    /**
     * Every offer that loads, oldest first (the order they were entered). A row that cannot be loaded
     * (see {@link #damaged()}) is left out rather than hiding every other offer.
     */
    public List<Offer> findAll() {
        return loadAll().offers();
    }

    /** The offer rows that cannot be loaded, with what is wrong with each: listed to the user, left out of the rest. */
    public List<DamagedOffer> damaged() {
        return loadAll().damaged();
    }

    /** Both at once, from one snapshot. */
    public LoadedOffers loadAll() {
        return db.read(c -> {
            OfferRows.Loaded l = OfferRows.readAll(c);
            return new LoadedOffers(l.offers(), l.damaged());
        });
    }

    public Optional<Offer> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM offer WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(OfferRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Inserts an offer whose id is 0 (returning it with its new id) or updates the offer with its id. */
    public Offer save(Offer offer) {
        return db.inTransaction(c -> write(c, offer, null, now()));
    }

    /**
     * Inserts {@code offer} (id 0) under the stable identity {@code uid}, as an import from a comparison
     * file does so the offer keeps the identity it has elsewhere. Refused if an offer here already has it.
     */
    public Offer insertWithUid(Offer offer, String uid) {
        if (offer.id() != 0) {
            throw new IllegalArgumentException("only a new offer (id 0) gets an identity from elsewhere");
        }
        return db.inTransaction(c -> write(c, offer, uid, now()));
    }

    /** Each offer's stable identity (a UUID that travels with it through comparison files), by offer id. */
    public Map<Long, String> uids() {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uid FROM offer"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The id of the offer with this stable identity, if there is one here. */
    public Optional<Long> idOfUid(String uid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM offer WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Saves every offer in one transaction: if any cannot be saved, none is. Used by imports. */
    public List<Offer> saveAll(List<Offer> offers) {
        return db.inTransaction(c -> {
            List<Offer> out = new ArrayList<>(offers.size());
            try (Inserter inserter = new Inserter(c, db.clock())) {
                for (Offer o : offers) {
                    out.add(o.id() == 0 ? inserter.insert(o, null) : write(c, o, null, now()));
                }
            }
            return out;
        });
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM offer WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * New offers inserted through one prepared statement, inside the caller's transaction on {@code c}: an
     * import of thousands of rows prepares its INSERT once, not once per row. Close it before the transaction ends.
     */
    public Inserter inserter(Connection c) throws SQLException {
        return new Inserter(c, db.clock());
    }

    /** See {@link #inserter(Connection)}. */
    public static final class Inserter implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement lastId;
        private final Clock clock;

        private Inserter(Connection c, Clock clock) throws SQLException {
            this.clock = clock;
            this.insert = c.prepareStatement(INSERT);
            this.lastId = c.prepareStatement("SELECT last_insert_rowid()");
        }

        /** Inserts {@code o} (id 0) under the identity {@code uid}, or a new one when null; returns it with its id. */
        public Offer insert(Offer o, String uid) throws SQLException {
            if (o.id() != 0) {
                throw new IllegalArgumentException("only a new offer (id 0) is inserted");
            }
            return insertRow(insert, lastId, o, uid, Instant.now(clock).toString());
        }

        @Override
        public void close() throws SQLException {
            try {
                insert.close();
            } finally {
                lastId.close();
            }
        }
    }

    private static Offer insertRow(PreparedStatement insert, PreparedStatement lastId, Offer o, String uid, String now)
            throws SQLException {
        OfferRows.bind(insert, o);
        insert.setString(OfferRows.COUNT + 1, now);
        insert.setString(OfferRows.COUNT + 2, now);
        insert.setString(OfferRows.COUNT + 3, uid != null ? uid : UUID.randomUUID().toString());
        insert.executeUpdate();
        try (ResultSet rs = lastId.executeQuery()) {
            rs.next();
            return o.withId(rs.getLong(1));
        }
    }

    /** The time stamped on a row written now, read from the database's clock. */
    private String now() {
        return Instant.now(db.clock()).toString();
    }

    private Offer write(Connection c, Offer o, String uid, String now) throws SQLException {
        if (o.id() == 0) {
            try (Inserter one = new Inserter(c, db.clock())) {
                return insertRow(one.insert, one.lastId, o, uid, now);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            OfferRows.bind(ps, o);
            ps.setString(OfferRows.COUNT + 1, now);
            ps.setLong(OfferRows.COUNT + 2, o.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException(io.offerbench.text.Texts.get("store.offer.gone", o.company(), String.valueOf(o.id())));
            }
        }
        return o;
    }
}
