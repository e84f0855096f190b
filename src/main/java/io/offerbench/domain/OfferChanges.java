package io.offerbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two states of the comparison, field by field: for the advisor's review mode
 * ("what changed since we last looked?"). Offers are matched by id; fields are named by
 * {@link OfferField#key()} (as in the CSV template), so the names mean the same everywhere.
 */
public final class OfferChanges {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record FieldChange(String field, String before, String after) {
    }

    public record Change(long offerId, String offer, Kind kind, List<FieldChange> fields) {
    }

    /** The change name of the place (city, country and remote reported as one). */
    public static final String LOCATION = "location";

    /** The fields compared, in the editor's section order, named by {@link OfferField#key()}. */
    private static final Map<String, Function<Offer, Object>> FIELDS = new LinkedHashMap<>();

    static {
        List<OfferField> bySection = new ArrayList<>(List.of(OfferField.values()));
        bySection.sort(Comparator.comparing(OfferField::section)); // stable: file order within a section
        for (OfferField f : bySection) {
            switch (f) {
                // Reported as one change each: the place, and the schedule with its years and cliff.
                case COUNTRY, REMOTE, EQUITY_YEARS, EQUITY_CLIFF_MONTHS -> { }
                case CITY -> FIELDS.put(LOCATION, o -> o.location().display());
                case EQUITY_SCHEDULE -> FIELDS.put(f.key(), o -> o.equity().vesting().format() + " over "
                        + o.equity().vesting().years() + " years, cliff " + o.equity().vesting().cliffMonths() + " months");
                case ANNUAL_BONUS -> FIELDS.put(f.key(), o -> o.pay().bonusPercentOfBase() != null
                        ? o.pay().bonusPercentOfBase().stripTrailingZeros().toPlainString() + "%" : o.pay().bonusAmount());
                default -> FIELDS.put(f.key(), f::read);
            }
        }
    }

    private OfferChanges() {
    }

    public static List<Change> between(List<Offer> before, List<Offer> after) {
        Map<Long, Offer> old = new LinkedHashMap<>();
        before.forEach(o -> old.put(o.id(), o));
        List<Change> changes = new ArrayList<>();
        for (Offer now : after) {
            Offer then = old.remove(now.id());
            if (then == null) {
                changes.add(new Change(now.id(), now.label(), Kind.ADDED, List.of()));
            } else {
                List<FieldChange> fields = fieldChanges(then, now);
                if (!fields.isEmpty()) {
                    changes.add(new Change(now.id(), now.label(), Kind.CHANGED, fields));
                }
            }
        }
        old.values().forEach(o -> changes.add(new Change(o.id(), o.label(), Kind.REMOVED, List.of())));
        return changes;
    }

    /**
     * Every compared field's value in one string: two offers with equal fingerprints have no field
     * change between them (amounts compare by value), so imports can find "the same offer" in one lookup.
     */
    public static String fingerprint(Offer o) {
        StringBuilder sb = new StringBuilder();
        FIELDS.forEach((name, read) -> sb.append(show(read.apply(o)).replace("\u0000", "")).append('\u0000'));
        return sb.toString();
    }

    static List<FieldChange> fieldChanges(Offer then, Offer now) {
        List<FieldChange> out = new ArrayList<>();
        FIELDS.forEach((name, read) -> {
            String a = show(read.apply(then));
            String b = show(read.apply(now));
            if (!Objects.equals(a, b)) {
                out.add(new FieldChange(name, a, b));
            }
        });
        return out;
    }

    /** Amounts compare by value (185000 equals 185000.00). */
    private static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        return value.toString();
    }

}
