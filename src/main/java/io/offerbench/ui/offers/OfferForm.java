package io.offerbench.ui.offers;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import io.offerbench.ui.common.Parsed;

/**
 * Every field of the offer editor as JavaFX properties, one per {@link OfferField}: a {@link FormField} for each
 * field typed as text, a property for each chosen from a list (codes and ratings) or ticked (yes/no). Built from
 * {@code OfferField}, so a new field is in the form without an edit here; the named fields below are shorthands
 * for the editor's own rules and its tests. {@link #load(Offer)} fills the fields from an offer,
 * {@link #build(long)} reads them back into an offer or the messages naming each field that is wrong and why.
 */
final class OfferForm {

    private final Map<OfferField, FormField<?>> texts = new EnumMap<>(OfferField.class);
    private final Map<OfferField, Property<?>> choices = new EnumMap<>(OfferField.class);

    {
        for (OfferField f : OfferField.values()) {
            switch (f.kind()) {
                case CODE -> choices.put(f, new SimpleObjectProperty<Enum<?>>(f.initialCode()));
                case RATING -> choices.put(f, new SimpleObjectProperty<Integer>());
                case YES_NO -> choices.put(f, new SimpleBooleanProperty());
                default -> texts.put(f, typed(f));
            }
        }
    }

    final FormField<String> company = text(OfferField.COMPANY);
    final FormField<String> role = text(OfferField.ROLE);
    final FormField<String> city = text(OfferField.CITY);
    final FormField<String> country = text(OfferField.COUNTRY);
    final FormField<CurrencyCode> currency = text(OfferField.CURRENCY);
    final FormField<BigDecimal> baseSalary = text(OfferField.BASE_SALARY);
    final FormField<Bonus> annualBonus = text(OfferField.ANNUAL_BONUS);
    final FormField<BigDecimal> signOnBonus = text(OfferField.SIGN_ON_BONUS);
    final FormField<Integer> signOnYears = text(OfferField.SIGN_ON_YEARS);
    final FormField<BigDecimal> relocation = text(OfferField.RELOCATION);
    final FormField<BigDecimal> equityValue = text(OfferField.EQUITY_TOTAL);
    final FormField<Integer> equityYears = text(OfferField.EQUITY_YEARS);
    final FormField<Integer> cliffMonths = text(OfferField.EQUITY_CLIFF_MONTHS);
    final FormField<String> schedule = text(OfferField.EQUITY_SCHEDULE);
    final FormField<BigDecimal> refresher = text(OfferField.EQUITY_REFRESHER);
    final FormField<BigDecimal> nineMonthSalary = text(OfferField.NINE_MONTH_SALARY);
    final FormField<Integer> summerMonths = text(OfferField.SUMMER_MONTHS);
    final FormField<BigDecimal> startupPackage = text(OfferField.STARTUP_PACKAGE);
    final FormField<Integer> startupYears = text(OfferField.STARTUP_YEARS);
    final FormField<BigDecimal> teachingLoad = text(OfferField.TEACHING_COURSES_PER_YEAR);
    final FormField<Integer> researchFreedom = text(OfferField.RESEARCH_FREEDOM);
    final FormField<Integer> hoursPerWeek = text(OfferField.HOURS_PER_WEEK);
    final FormField<Integer> commuteMinutes = text(OfferField.COMMUTE_MINUTES);
    final FormField<LocalDate> deadline = text(OfferField.DEADLINE);
    final FormField<String> notes = text(OfferField.NOTES);

    final ObjectProperty<OfferType> type = choice(OfferField.OFFER_TYPE);
    final ObjectProperty<Seniority> seniority = choice(OfferField.SENIORITY);
    final ObjectProperty<OfferStatus> status = choice(OfferField.STATUS);
    final ObjectProperty<EquityType> equityType = choice(OfferField.EQUITY_TYPE);
    final ObjectProperty<PublicationPolicy> publication = choice(OfferField.PUBLICATION_POLICY);
    final ObjectProperty<ComputeAccess> compute = choice(OfferField.COMPUTE_ACCESS);
    final ObjectProperty<TopicFit> topicFit = choice(OfferField.TOPIC_FIT);
    final ObjectProperty<VisaSupport> visa = choice(OfferField.VISA_SUPPORT);
    final ObjectProperty<Integer> teamFit = choice(OfferField.TEAM_FIT);
    final ObjectProperty<Integer> roleClarity = choice(OfferField.ROLE_CLARITY);
    final ObjectProperty<Integer> productCloseness = choice(OfferField.PRODUCT_CLOSENESS);
    final ObjectProperty<Integer> stability = choice(OfferField.STABILITY);
    final BooleanProperty remote = (BooleanProperty) choices.get(OfferField.REMOTE);

    /** The text field editing {@code f} (a field not chosen from a list). */
    @SuppressWarnings("unchecked")
    <T> FormField<T> text(OfferField f) {
        FormField<?> field = texts.get(f);
        if (field == null) {
            throw new IllegalArgumentException(f + ": chosen, not typed");
        }
        return (FormField<T>) field;
    }

    /** The property holding {@code f}'s choice (a code, a rating, or yes/no for a {@link BooleanProperty}). */
    @SuppressWarnings("unchecked")
    <T> ObjectProperty<T> choice(OfferField f) {
        Property<?> p = choices.get(f);
        if (!(p instanceof ObjectProperty<?>)) {
            throw new IllegalArgumentException(f + ": typed, not chosen");
        }
        return (ObjectProperty<T>) p;
    }

    /** The property of a field chosen from a list or ticked, whatever its kind. */
    Property<?> choiceProperty(OfferField f) {
        return choices.get(f);
    }

    /** The fields chosen from a list or ticked, in {@link OfferField} order. */
    Map<OfferField, Property<?>> choices() {
        return choices;
    }

    /** Everything whose change should trigger an automatic save, and that a draft must remember. */
    List<Property<?>> properties() {
        List<Property<?>> all = new ArrayList<>();
        textFields().forEach(f -> all.add(f.textProperty()));
        all.addAll(choices.values());
        return all;
    }

    /** The text fields in {@link OfferField} order (the order the editor shows them and lists their mistakes). */
    List<FormField<?>> textFields() {
        return List.copyOf(texts.values());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FormField<?> typed(OfferField f) {
        return new FormField<>(f, (Function<String, Parsed<Object>>) (Function) parser(f));
    }

    /** The parser for a typed field's kind, with the field's own bounds and label. */
    private static Function<String, ? extends Parsed<?>> parser(OfferField f) {
        String label = get(f.labelKey());
        return switch (f.kind()) {
            case TEXT -> f.required() ? FieldParsers.requiredText(label, f.max()) : FieldParsers.optionalText(label, f.max());
            case MULTILINE_TEXT -> FieldParsers.multilineText(label, f.max());
            case CURRENCY -> FieldParsers.currency(label);
            // A required amount must be more than zero (base salary); an optional one may be zero.
            case AMOUNT -> FieldParsers.amount(label, f.required());
            case BONUS -> FieldParsers.bonus(label, f.max());
            case INTEGER -> FieldParsers.integer(label, f.min(), f.max());
            case DECIMAL -> FieldParsers.decimal(label, f.min(), f.max());
            case PERCENT -> FieldParsers.percent(label);
            case DATE -> FieldParsers.date(label);
            case SCHEDULE -> FieldParsers.schedule(label);
            case CODE, RATING, YES_NO -> throw new IllegalArgumentException(f + ": chosen, not typed");
        };
    }

    void load(Offer o) {
        OfferFormLoader.load(this, o);
    }

    /** The offer the fields describe, or the messages saying what to fix. */
    FormResult build(long id) {
        return OfferFormBuilder.build(this, id);
    }
}
