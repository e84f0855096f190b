package io.offerbench.domain;

import io.offerbench.domain.OfferField.Kind;
import io.offerbench.domain.OfferField.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An offer's fields as values, keyed by {@link OfferField}, from which an {@link Offer} is put together. The editor,
 * the CSV and comparison-file readers and the store each read their own text, cells or columns into these values and
 * call {@link #toOffer(long)}; each record of the offer makes itself from them in its own {@code from(OfferValues)},
 * reading each component's field with a typed accessor below. So a new field is read by all of them once it has an
 * {@code OfferField} constant and its component in the record (see docs/architecture.md, "Adding an offer field").
 *
 * <p>A value is what {@link OfferField#read} gives for that field, except {@link OfferField#EQUITY_SCHEDULE}, which
 * holds either a complete
 * {@link VestingSchedule} or its text ("even", "5/15/40/40"), read with {@code EQUITY_YEARS} and
 * {@code EQUITY_CLIFF_MONTHS}. Null is "not given": the domain's default applies.
 */
public final class OfferValues {

    /** A section the domain refused (its rules tie fields together), with the refusal's reason. */
    public record Refusal(OfferField.Section section, String reason) {
    }

    /** Thrown by {@link #toOffer(long)}: every section that was refused, in the editor's order. */
    public static final class Refused extends IllegalArgumentException {
        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.get(0).reason());
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    private final Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
    private final List<Refusal> refusals = new ArrayList<>();

    public OfferValues put(OfferField field, Object value) {
        values.put(field, value);
        return this;
    }

    public Object get(OfferField field) {
        return values.get(field);
    }

    /** Whether no field of {@code section} has a value. */
    public boolean isBlank(OfferField.Section section) {
        return Arrays.stream(OfferField.values()).filter(f -> f.section() == section).allMatch(f -> values.get(f) == null);
    }

    /**
     * The offer these values describe: each section's record makes itself from these values ({@code from}), then
     * {@link Offer#from} the offer. A section that refuses is collected, so every refused section is reported at once.
     *
     * @throws Refused when the domain refuses one or more sections (a bonus given twice, shares not adding to 100)
     * @throws IllegalArgumentException when the offer as a whole is refused (no company)
     */
    public Offer toOffer(long id) {
        refusals.clear();
        Location location = section(Section.LOCATION, Location::from);
        Compensation pay = section(Section.PAY, Compensation::from);
        EquityGrant equity = section(Section.EQUITY, EquityGrant::from);
        AcademicTerms academic = section(Section.ACADEMIC, AcademicTerms::from);
        Criteria criteria = section(Section.CRITERIA, Criteria::from);
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        return Offer.from(id, this, location, pay, equity, academic, criteria);
    }

    private <T> T section(Section section, Function<OfferValues, T> make) {
        try {
            return make.apply(this);
        } catch (IllegalArgumentException | NullPointerException e) {
            refusals.add(new Refusal(section, String.valueOf(e.getMessage())));
            return null;
        }
    }

    // Typed reads for the records' from(OfferValues). Each checks the field's kind, so reading a field as what it
    // does not hold fails loudly (IllegalStateException, never collected as a refusal) instead of casting wrongly.

    String text(OfferField f) {
        return value(f, String.class, Kind.TEXT, Kind.MULTILINE_TEXT);
    }

    BigDecimal decimal(OfferField f) {
        return value(f, BigDecimal.class, Kind.AMOUNT, Kind.DECIMAL);
    }

    BigDecimal decimalOrZero(OfferField f) {
        BigDecimal v = decimal(f);
        return v == null ? BigDecimal.ZERO : v;
    }

    Integer integer(OfferField f) {
        return value(f, Integer.class, Kind.INTEGER, Kind.PERCENT, Kind.RATING);
    }

    int integerOr(OfferField f, int absent) {
        Integer v = integer(f);
        return v == null ? absent : v;
    }

    /** Yes or no; not given is no. */
    boolean yes(OfferField f) {
        return Boolean.TRUE.equals(value(f, Boolean.class, Kind.YES_NO));
    }

    LocalDate date(OfferField f) {
        return value(f, LocalDate.class, Kind.DATE);
    }

    CurrencyCode currency(OfferField f) {
        return value(f, CurrencyCode.class, Kind.CURRENCY);
    }

    Bonus bonus(OfferField f) {
        Bonus v = value(f, Bonus.class, Kind.BONUS);
        return v == null ? Bonus.none() : v;
    }

    /** A {@link VestingSchedule}, or its text ("even", "5/15/40/40"), or null. */
    Object schedule(OfferField f) {
        return value(f, Object.class, Kind.SCHEDULE);
    }

    /** The chosen constant of {@code type}, or {@code absent} when none is chosen. */
    <E extends Enum<E>> E codeOr(OfferField f, Class<E> type, E absent) {
        if (f.codes().orElse(null) != type) {
            throw new IllegalStateException(f.key() + " holds " + f.codes().map(Class::getSimpleName).orElse(f.kind().name())
                    + ", not " + type.getSimpleName());
        }
        E v = value(f, type, Kind.CODE);
        return v == null ? absent : v;
    }

    <E extends Enum<E>> E code(OfferField f, Class<E> type) {
        return codeOr(f, type, null);
    }

    private <T> T value(OfferField f, Class<T> type, Kind... kinds) {
        if (!Arrays.asList(kinds).contains(f.kind())) {
            throw new IllegalStateException(f.key() + " is " + f.kind() + ", not read as " + Arrays.toString(kinds));
        }
        Object v = values.get(f);
        if (v != null && !type.isInstance(v)) {
            throw new IllegalStateException(f.key() + " holds a " + v.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(v);
    }
}
