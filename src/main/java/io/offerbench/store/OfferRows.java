package io.offerbench.store;

import static io.offerbench.domain.OfferField.*;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.Coded;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferValues;
import io.offerbench.domain.VestingSchedule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps an {@link Offer} to and from a row of the offer table, field by field as {@link OfferField} describes them:
 * a field's column is its key, but for the columns below that were named otherwise first. A new field is stored
 * once its migration adds the column (named as its key); nothing here changes.
 */
final class OfferRows {

    /** Columns named before {@link OfferField} existed; the schema keeps them. */
    private static final Map<OfferField, String> NAMES = Map.of(ROLE, "role_title", EQUITY_TOTAL, "equity_value",
            EQUITY_SCHEDULE, "vesting", EQUITY_YEARS, "vesting_years", EQUITY_CLIFF_MONTHS, "vesting_cliff_months",
            TEACHING_COURSES_PER_YEAR, "teaching_courses", RESEARCH_FREEDOM, "research_freedom_pct");
    /** The annual bonus is two columns: an amount, or a percent of base. */
    private static final List<String> BONUS_COLUMNS = List.of("bonus_amount", "bonus_percent");

    /** Every column but id, the timestamps and the identity, in binding order. */
    static final String COLUMNS = String.join(", ", columns());
    static final int COUNT = columns().size();

    private OfferRows() {
    }

    private static List<String> columns() {
        List<String> all = new ArrayList<>();
        for (OfferField f : OfferField.values()) {
            if (f == ANNUAL_BONUS) {
                all.addAll(BONUS_COLUMNS);
            } else {
                all.add(column(f));
            }
        }
        return all;
    }

    /** The field a stored column holds (both bonus columns hold the annual bonus), if any. */
    static Optional<OfferField> fieldOf(String column) {
        if (BONUS_COLUMNS.contains(column)) {
            return Optional.of(ANNUAL_BONUS);
        }
        for (OfferField f : OfferField.values()) {
            if (f != ANNUAL_BONUS && column(f).equals(column)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String column(OfferField f) {
        return NAMES.getOrDefault(f, f.key());
    }

    /** Binds the offer's fields to parameters 1..{@link #COUNT}. */
    static void bind(PreparedStatement ps, Offer o) throws SQLException {
        int i = 1;
        for (OfferField f : OfferField.values()) {
            Object v = f.read(o);
            switch (f.kind()) {
                case TEXT, MULTILINE_TEXT -> ps.setString(i, (String) v);
                case CODE -> Columns.setCode(ps, i, (Coded) v);
                case YES_NO -> ps.setInt(i, Boolean.TRUE.equals(v) ? 1 : 0);
                case CURRENCY -> ps.setString(i, ((CurrencyCode) v).code());
                case AMOUNT, DECIMAL -> Columns.setDecimal(ps, i, (BigDecimal) v);
                case INTEGER, RATING, PERCENT -> Columns.setInt(ps, i, (Integer) v);
                case DATE -> Columns.setDate(ps, i, (LocalDate) v);
                case SCHEDULE -> ps.setString(i, vestingText((VestingSchedule) v));
                case BONUS -> {
                    Columns.setDecimal(ps, i++, o.pay().bonusAmount());
                    Columns.setDecimal(ps, i, o.pay().bonusPercentOfBase());
                }
            }
            i++;
        }
    }

    /**
     * The schedule as text: {@link VestingSchedule#format()} when parsing that back gives the very same
     * schedule ("even", "5/15/40/40"), otherwise every share exactly, so no precision is ever lost.
     */
    static String vestingText(VestingSchedule v) {
        String formatted = v.format();
        if (VestingSchedule.parse(formatted, v.years(), v.cliffMonths()).equals(v)) {
            return formatted;
        }
        return v.yearlyPercents().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
    }

    /** The offers that load and the rows that do not, oldest first. */
    record Loaded(List<Offer> offers, List<DamagedOffer> damaged) {
    }

    /** Every offer row: each one that cannot be loaded is set apart with what is wrong, and the rest load. */
    static Loaded readAll(Connection c) throws SQLException {
        List<Offer> offers = new ArrayList<>();
        List<DamagedOffer> damaged = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM offer ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            Positions at = new Positions(rs);
            while (rs.next()) {
                try {
                    offers.add(read(rs, at));
                } catch (RuntimeException e) {
                    damaged.add(damage(rs, e));
                }
            }
        }
        return new Loaded(offers, damaged);
    }

    /** The columns holding decimals, and those holding codes with their enums: each checked on its own when a row fails. */
    private static final List<String> DECIMALS = new ArrayList<>(BONUS_COLUMNS);
    private static final Map<String, Class<? extends Enum<?>>> CODES = new LinkedHashMap<>();

    static {
        for (OfferField f : OfferField.values()) {
            switch (f.kind()) {
                case AMOUNT, DECIMAL -> DECIMALS.add(column(f));
                case CODE -> CODES.put(column(f), f.codes().orElseThrow());
                default -> { }
            }
        }
    }

    /** Which column of a row that failed to load is to blame: the first that does not parse on its own. */
    private static DamagedOffer damage(ResultSet rs, RuntimeException failure) throws SQLException {
        long id = rs.getLong("id");
        String company = String.valueOf(rs.getString("company"));
        for (String col : DECIMALS) {
            String v = rs.getString(col);
            if (v != null && !parses(() -> new BigDecimal(v))) {
                return new DamagedOffer(id, company, col, v);
            }
        }
        for (Map.Entry<String, Class<? extends Enum<?>>> e : CODES.entrySet()) {
            String v = rs.getString(e.getKey());
            if (v != null && !parses(() -> codedUnchecked(e.getValue(), v))) {
                return new DamagedOffer(id, company, e.getKey(), v);
            }
        }
        String deadline = rs.getString("deadline");
        if (deadline != null && !parses(() -> java.time.LocalDate.parse(deadline))) {
            return new DamagedOffer(id, company, "deadline", deadline);
        }
        String currency = rs.getString("currency");
        if (!parses(() -> new CurrencyCode(currency))) {
            return new DamagedOffer(id, company, "currency", String.valueOf(currency));
        }
        String vesting = rs.getString("vesting");
        if (!parses(() -> VestingSchedule.parse(vesting, rs.getInt("vesting_years"), rs.getInt("vesting_cliff_months")))) {
            return new DamagedOffer(id, company, "vesting", String.valueOf(vesting));
        }
        return new DamagedOffer(id, company, null, String.valueOf(failure.getMessage()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object codedUnchecked(Class type, String v) {
        return Coded.fromCode(type, v);
    }

    private interface Attempt {
        Object run() throws Exception;
    }

    private static boolean parses(Attempt a) {
        try {
            a.run();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static Offer read(ResultSet rs) throws SQLException {
        return read(rs, new Positions(rs));
    }

    /** Each field's column position in a result set, looked up once for all its rows rather than by name per cell. */
    private static final class Positions {
        private final int[] field = new int[OfferField.values().length];
        private final int bonusAmount;
        private final int bonusPercent;
        private final int id;

        Positions(ResultSet rs) throws SQLException {
            for (OfferField f : OfferField.values()) {
                field[f.ordinal()] = f == ANNUAL_BONUS ? 0 : rs.findColumn(column(f));
            }
            bonusAmount = rs.findColumn(BONUS_COLUMNS.get(0));
            bonusPercent = rs.findColumn(BONUS_COLUMNS.get(1));
            id = rs.findColumn("id");
        }
    }

    private static Offer read(ResultSet rs, Positions at) throws SQLException {
        OfferValues values = new OfferValues();
        for (OfferField f : OfferField.values()) {
            int col = at.field[f.ordinal()];
            values.put(f, switch (f.kind()) {
                case TEXT, MULTILINE_TEXT, SCHEDULE -> rs.getString(col);
                case CODE -> coded(rs, col, f);
                case YES_NO -> rs.getInt(col) == 1;
                case CURRENCY -> new CurrencyCode(rs.getString(col));
                case AMOUNT, DECIMAL -> Columns.decimal(rs, col);
                case INTEGER, RATING, PERCENT -> Columns.nullableInt(rs, col);
                case DATE -> Columns.date(rs, col);
                case BONUS -> new Bonus(Columns.decimal(rs, at.bonusAmount), Columns.decimal(rs, at.bonusPercent));
            });
        }
        return values.toOffer(rs.getLong(at.id));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object coded(ResultSet rs, int col, OfferField f) throws SQLException {
        return Columns.coded(rs, col, (Class) f.codes().orElseThrow());
    }
}
