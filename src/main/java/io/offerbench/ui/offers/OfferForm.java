package io.offerbench.ui.offers;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every field of the offer editor as JavaFX properties, with the two conversions the editor needs:
 * {@link #load(Offer)} fills the fields from an offer, {@link #build(long)} reads them back into
 * an offer or a list of messages naming each field that is wrong and why.
 */
final class OfferForm {

    final FormField<String> company = text(OfferField.COMPANY);
    final FormField<String> role = text(OfferField.ROLE);
    final FormField<String> city = text(OfferField.CITY);
    final FormField<String> country = text(OfferField.COUNTRY);
    final FormField<CurrencyCode> currency = new FormField<>(OfferField.CURRENCY, FieldParsers.currency(label(OfferField.CURRENCY)));
    final FormField<BigDecimal> baseSalary = amount(OfferField.BASE_SALARY);
    final FormField<BonusInput> annualBonus = new FormField<>(OfferField.ANNUAL_BONUS,
            FieldParsers.bonus(label(OfferField.ANNUAL_BONUS), OfferField.ANNUAL_BONUS.max()));
    final FormField<BigDecimal> signOnBonus = amount(OfferField.SIGN_ON_BONUS);
    final FormField<Integer> signOnYears = integer(OfferField.SIGN_ON_YEARS);
    final FormField<BigDecimal> relocation = amount(OfferField.RELOCATION);
    final FormField<BigDecimal> equityValue = amount(OfferField.EQUITY_TOTAL);
    final FormField<Integer> equityYears = integer(OfferField.EQUITY_YEARS);
    final FormField<Integer> cliffMonths = integer(OfferField.EQUITY_CLIFF_MONTHS);
    final FormField<String> schedule = new FormField<>(OfferField.EQUITY_SCHEDULE, FieldParsers.schedule(label(OfferField.EQUITY_SCHEDULE)));
    final FormField<BigDecimal> refresher = amount(OfferField.EQUITY_REFRESHER);
    final FormField<BigDecimal> nineMonthSalary = amount(OfferField.NINE_MONTH_SALARY);
    final FormField<Integer> summerMonths = integer(OfferField.SUMMER_MONTHS);
    final FormField<Integer> guaranteedSummerMonths = integer(OfferField.GUARANTEED_SUMMER_MONTHS);
    final FormField<BigDecimal> startupPackage = amount(OfferField.STARTUP_PACKAGE);
    final FormField<Integer> startupYears = integer(OfferField.STARTUP_YEARS);
    final FormField<BigDecimal> teachingLoad = new FormField<>(OfferField.TEACHING_COURSES_PER_YEAR, FieldParsers.decimal(
            label(OfferField.TEACHING_COURSES_PER_YEAR), OfferField.TEACHING_COURSES_PER_YEAR.min(), OfferField.TEACHING_COURSES_PER_YEAR.max()));
    final FormField<Integer> researchFreedom = new FormField<>(OfferField.RESEARCH_FREEDOM, FieldParsers.percent(label(OfferField.RESEARCH_FREEDOM)));
    final FormField<Integer> hoursPerWeek = integer(OfferField.HOURS_PER_WEEK);
    final FormField<Integer> commuteMinutes = integer(OfferField.COMMUTE_MINUTES);
    final FormField<LocalDate> deadline = new FormField<>(OfferField.DEADLINE, FieldParsers.date(label(OfferField.DEADLINE)));
    final FormField<String> notes = text(OfferField.NOTES);

    final ObjectProperty<OfferType> type = new SimpleObjectProperty<>(OfferType.FRONTIER_LAB);
    final ObjectProperty<Seniority> seniority = new SimpleObjectProperty<>(Seniority.NEW_GRAD_PHD);
    final ObjectProperty<OfferStatus> status = new SimpleObjectProperty<>(OfferStatus.CONSIDERING);
    final ObjectProperty<EquityType> equityType = new SimpleObjectProperty<>(EquityType.PUBLIC_RSU);
    final ObjectProperty<PublicationPolicy> publication = new SimpleObjectProperty<>();
    final ObjectProperty<ComputeAccess> compute = new SimpleObjectProperty<>();
    final ObjectProperty<TopicFit> topicFit = new SimpleObjectProperty<>();
    final ObjectProperty<VisaSupport> visa = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> teamFit = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> roleClarity = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> productCloseness = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> stability = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> interest = new SimpleObjectProperty<>();

    /** The closeness-to-product choice that means "does not apply" (ratings are 1 to 5). */
    static final Integer NOT_APPLICABLE = 0;
    final BooleanProperty remote = new SimpleBooleanProperty();

    /** Everything whose change should trigger an automatic save, and that a draft must remember. */
    List<Property<?>> properties() {
        List<Property<?>> all = new ArrayList<>();
        textFields().forEach(f -> all.add(f.textProperty()));
        all.addAll(List.of(type, seniority, status, equityType, publication, compute, topicFit, visa, teamFit,
                roleClarity, productCloseness, stability, interest, remote));
        return all;
    }

    List<FormField<?>> textFields() {
        return List.of(company, role, city, country, currency, baseSalary, annualBonus, signOnBonus, signOnYears,
                relocation, equityValue, equityYears, cliffMonths, schedule, refresher, nineMonthSalary, summerMonths, guaranteedSummerMonths,
                startupPackage, startupYears, teachingLoad, researchFreedom, hoursPerWeek, commuteMinutes, deadline, notes);
    }

    private static String label(OfferField f) {
        return get(f.labelKey());
    }

    /** Required, optional or multi-line text, as long as the field allows. */
    private static FormField<String> text(OfferField f) {
        String label = label(f);
        return new FormField<>(f, f.required() ? FieldParsers.requiredText(label, f.max())
                : f.kind() == OfferField.Kind.MULTILINE_TEXT ? FieldParsers.multilineText(label, f.max())
                : FieldParsers.optionalText(label, f.max()));
    }

    /** A required amount must be more than zero (base salary); an optional one may be zero. */
    private static FormField<BigDecimal> amount(OfferField f) {
        return new FormField<>(f, FieldParsers.amount(label(f), f.required()));
    }

    private static FormField<Integer> integer(OfferField f) {
        return new FormField<>(f, FieldParsers.integer(label(f), f.min(), f.max()));
    }

    void load(Offer o) {
        OfferFormLoader.load(this, o);
    }

    /** The offer the fields describe, or the messages saying what to fix. */
    FormResult build(long id) {
        return OfferFormBuilder.build(this, id);
    }
}
