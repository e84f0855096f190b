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

    final FormField<String> company = new FormField<>(get("field.company"), FieldParsers.requiredText(get("field.company"), 200));
    final FormField<String> role = new FormField<>(get("field.role"), FieldParsers.optionalText(get("field.role"), 200));
    final FormField<String> city = new FormField<>(get("field.city"), FieldParsers.optionalText(get("field.city"), 120));
    final FormField<String> country = new FormField<>(get("field.country"), FieldParsers.optionalText(get("field.country"), 120));
    final FormField<CurrencyCode> currency = new FormField<>(get("field.currency"), FieldParsers.currency(get("field.currency")));
    final FormField<BigDecimal> baseSalary = new FormField<>(get("field.baseSalary"), FieldParsers.amount(get("field.baseSalary"), true));
    final FormField<BonusInput> annualBonus = new FormField<>(get("field.annualBonus"), FieldParsers.bonus(get("field.annualBonus")));
    final FormField<BigDecimal> signOnBonus = new FormField<>(get("field.signOnBonus"), FieldParsers.amount(get("field.signOnBonus"), false));
    final FormField<Integer> signOnYears = new FormField<>(get("field.signOnYears"), FieldParsers.integer(get("field.signOnYears"), 1, 10));
    final FormField<BigDecimal> relocation = new FormField<>(get("field.relocation"), FieldParsers.amount(get("field.relocation"), false));
    final FormField<BigDecimal> equityValue = new FormField<>(get("field.equityValue"), FieldParsers.amount(get("field.equityValue"), false));
    final FormField<Integer> equityYears = new FormField<>(get("field.equityYears"), FieldParsers.integer(get("field.equityYears"), 1, 10));
    final FormField<Integer> cliffMonths = new FormField<>(get("field.cliffMonths"), FieldParsers.integer(get("field.cliffMonths"), 0, 120));
    final FormField<String> schedule = new FormField<>(get("field.schedule"), FieldParsers.schedule(get("field.schedule")));
    final FormField<BigDecimal> refresher = new FormField<>(get("field.refresher"), FieldParsers.amount(get("field.refresher"), false));
    final FormField<BigDecimal> nineMonthSalary = new FormField<>(get("field.nineMonthSalary"), FieldParsers.amount(get("field.nineMonthSalary"), false));
    final FormField<Integer> summerMonths = new FormField<>(get("field.summerMonths"), FieldParsers.integer(get("field.summerMonths"), 0, 3));
    final FormField<BigDecimal> startupPackage = new FormField<>(get("field.startupPackage"), FieldParsers.amount(get("field.startupPackage"), false));
    final FormField<Integer> startupYears = new FormField<>(get("field.startupYears"), FieldParsers.integer(get("field.startupYears"), 1, 10));
    final FormField<BigDecimal> teachingLoad = new FormField<>(get("field.teachingLoad"), FieldParsers.decimal(get("field.teachingLoad"), 0, 20));
    final FormField<Integer> researchFreedom = new FormField<>(get("field.researchFreedom"), FieldParsers.percent(get("field.researchFreedom")));
    final FormField<Integer> hoursPerWeek = new FormField<>(get("field.hoursPerWeek"), FieldParsers.integer(get("field.hoursPerWeek"), 1, 120));
    final FormField<Integer> commuteMinutes = new FormField<>(get("field.commuteMinutes"), FieldParsers.integer(get("field.commuteMinutes"), 0, 300));
    final FormField<LocalDate> deadline = new FormField<>(get("field.deadline"), FieldParsers.date(get("field.deadline")));
    final FormField<String> notes = new FormField<>(get("field.notes"), FieldParsers.multilineText(get("field.notes"), 20_000));

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
    final BooleanProperty remote = new SimpleBooleanProperty();

    /** Everything whose change should trigger an automatic save, and that a draft must remember. */
    List<Property<?>> properties() {
        List<Property<?>> all = new ArrayList<>();
        textFields().forEach(f -> all.add(f.textProperty()));
        all.addAll(List.of(type, seniority, status, equityType, publication, compute, topicFit, visa, teamFit,
                roleClarity, productCloseness, stability, remote));
        return all;
    }

    List<FormField<?>> textFields() {
        return List.of(company, role, city, country, currency, baseSalary, annualBonus, signOnBonus, signOnYears,
                relocation, equityValue, equityYears, cliffMonths, schedule, refresher, nineMonthSalary, summerMonths,
                startupPackage, startupYears, teachingLoad, researchFreedom, hoursPerWeek, commuteMinutes, deadline, notes);
    }

    void load(Offer o) {
        OfferFormLoader.load(this, o);
    }

    /** The offer the fields describe, or the messages saying what to fix. */
    FormResult build(long id) {
        return OfferFormBuilder.build(this, id);
    }
}
