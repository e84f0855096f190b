package io.offerbench.store;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The user's exchange rates, one per currency, quoted per USD. */
public final class ExchangeRateRepository {

    private final Database db;

    ExchangeRateRepository(Database db) {
        this.db = db;
    }

    /** All rates, by currency code. */
    public List<ExchangeRate> findAll() {
        return db.read(c -> {
            List<ExchangeRate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM exchange_rate ORDER BY currency");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ExchangeRate(new CurrencyCode(rs.getString("currency")), Columns.decimal(rs, "per_usd"),
                            LocalDate.parse(rs.getString("as_of")), rs.getString("source")));
                }
            }
            return out;
        });
    }

    /** Adds the rate, or replaces the one already stored for its currency. */
    public void save(ExchangeRate rate) {
        db.inTransaction(c -> upsert(c, rate, true));
    }

    public void delete(CurrencyCode currency) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM exchange_rate WHERE currency = ?")) {
                ps.setString(1, currency.code());
                return ps.executeUpdate();
            }
        });
    }

    /** Adds the defaults for currencies that have no rate yet; a rate the user already has is never overwritten. */
    public void seedDefaults(List<ExchangeRate> defaults) {
        db.inTransaction(c -> {
            for (ExchangeRate r : defaults) {
                upsert(c, r, false);
            }
            return null;
        });
    }

    private static int upsert(Connection c, ExchangeRate r, boolean overwrite) throws SQLException {
        String sql = "INSERT INTO exchange_rate (currency, per_usd, as_of, source) VALUES (?, ?, ?, ?) ON CONFLICT (currency) DO "
                + (overwrite ? "UPDATE SET per_usd = excluded.per_usd, as_of = excluded.as_of, source = excluded.source" : "NOTHING");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.currency().code());
            Columns.setDecimal(ps, 2, r.perUsd());
            ps.setString(3, r.asOf().toString());
            ps.setString(4, r.source());
            return ps.executeUpdate();
        }
    }
}
