package io.offerbench.store;

import io.offerbench.domain.Offer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        return db.inTransaction(c -> write(c, offer, null));
    }

    /**
     * Inserts {@code offer} (id 0) under the stable identity {@code uid}, as an import from a comparison
     * file does so the offer keeps the identity it has elsewhere. Refused if an offer here already has it.
     */
    public Offer insertWithUid(Offer offer, String uid) {
        if (offer.id() != 0) {
            throw new IllegalArgumentException("only a new offer (id 0) gets an identity from elsewhere");
        }
        return db.inTransaction(c -> write(c, offer, uid));
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
            for (Offer o : offers) {
                out.add(write(c, o, null));
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

    private static Offer write(Connection c, Offer o, String uid) throws SQLException {
        String now = Instant.now().toString();
        if (o.id() == 0) {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                OfferRows.bind(ps, o);
                ps.setString(OfferRows.COUNT + 1, now);
                ps.setString(OfferRows.COUNT + 2, now);
                ps.setString(OfferRows.COUNT + 3, uid != null ? uid : UUID.randomUUID().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return o.withId(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            OfferRows.bind(ps, o);
            ps.setString(OfferRows.COUNT + 1, now);
            ps.setLong(OfferRows.COUNT + 2, o.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException("The offer from " + o.company() + " (id " + o.id()
                        + ") no longer exists, perhaps deleted in the meantime; nothing was saved. Add it again as a new offer.");
            }
        }
        return o;
    }
}
