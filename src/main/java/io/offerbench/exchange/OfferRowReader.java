package io.offerbench.exchange;

import static io.offerbench.domain.OfferField.*;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Coded;
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
import io.offerbench.domain.input.AmountParser;
import io.offerbench.domain.input.AmountParser.Sign;
import io.offerbench.domain.input.DateParser;
import io.offerbench.domain.input.IntParser;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.ParsedAmount;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.domain.input.TextInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one data row into an offer. Each cell is checked on its own, so one pass reports every bad
 * cell of the row; blank optional cells mean "not given" and take the domain's defaults. Checks that
 * involve two cells (equity years against the schedule) and the domain's own rules come last.
 */
final class OfferRowReader {

    private final int line;
    private final Map<OfferField, String> cells;
    private final List<CsvProblem> errors;
    private final List<CsvProblem> warnings;
    private final int errorsBefore;
    private CurrencyCode currency;

    OfferRowReader(int line, Map<OfferField, String> cells, List<CsvProblem> errors, List<CsvProblem> warnings) {
        this.line = line;
        this.cells = cells;
        this.errors = errors;
        this.warnings = warnings;
        this.errorsBefore = errors.size();
    }

    /** The offer, or null when this row added errors. */
    Offer read() {
        Offer.Builder b = Offer.builder();
        b.company(ok(COMPANY, TextInput.required(cell(COMPANY), COMPANY.key(), COMPANY.max(), false)));
        b.roleTitle(text(ROLE));
        b.type(coded(OFFER_TYPE, OfferType.class));
        b.seniority(coded(SENIORITY, Seniority.class));
        b.location(new Location(text(CITY), text(COUNTRY), yesNo(REMOTE)));
        currency = currency();
        b.currency(currency);
        b.status(coded(STATUS, OfferStatus.class));
        b.deadline(blank(DEADLINE) ? null : ok(DEADLINE, DateParser.parse(cell(DEADLINE), DEADLINE.key())));
        b.notes(text(NOTES));
        Compensation pay = compensation();
        EquityGrant equity = equity();
        AcademicTerms academic = academic();
        Criteria criteria = criteria();
        if (errors.size() > errorsBefore) {
            return null;
        }
        try {
            return b.pay(pay).equity(equity).academic(academic).criteria(criteria).build();
        } catch (IllegalArgumentException e) {
            errors.add(new CsvProblem(line, null, e.getMessage()));
            return null;
        }
    }

    private Compensation compensation() {
        BigDecimal base = amount(BASE_SALARY, Sign.POSITIVE);
        if (blank(BASE_SALARY)) {
            errors.add(new CsvProblem(line, BASE_SALARY.key(), "base_salary is required: enter the yearly base salary,"
                    + " like 185000"));
        }
        BigDecimal bonusAmount = null;
        BigDecimal bonusPercent = null;
        String bonus = cell(ANNUAL_BONUS);
        if (bonus.strip().endsWith("%")) {
            bonusPercent = ok(ANNUAL_BONUS, PercentParser.parse(bonus, ANNUAL_BONUS.key(), BigDecimal.valueOf(ANNUAL_BONUS.max())));
        } else {
            bonusAmount = amount(ANNUAL_BONUS, Sign.NON_NEGATIVE);
        }
        BigDecimal signOn = amount(SIGN_ON_BONUS, Sign.NON_NEGATIVE);
        Integer signOnYears = integer(SIGN_ON_YEARS);
        BigDecimal relocation = amount(RELOCATION, Sign.NON_NEGATIVE);
        if (base == null) {
            return null;
        }
        return new Compensation(base, bonusAmount, bonusPercent, signOn, signOnYears == null ? 1 : signOnYears, relocation);
    }

    private EquityGrant equity() {
        if (java.util.Arrays.stream(OfferField.values()).filter(f -> f.section() == OfferField.Section.EQUITY)
                .allMatch(this::blank)) {
            return EquityGrant.none();
        }
        BigDecimal total = blank(EQUITY_TOTAL) ? BigDecimal.ZERO : amount(EQUITY_TOTAL, Sign.NON_NEGATIVE);
        EquityType type = coded(EQUITY_TYPE, EquityType.class);
        Integer years = integer(EQUITY_YEARS);
        Integer cliff = integer(EQUITY_CLIFF_MONTHS);
        BigDecimal refresher = amount(EQUITY_REFRESHER, Sign.NON_NEGATIVE);
        if (type == null && blank(EQUITY_TYPE)) {
            type = EquityType.PUBLIC_RSU;
            warnings.add(new CsvProblem(line, EQUITY_TYPE.key(), "equity_type is empty, so the equity is taken as "
                    + "public_rsu (valued at face value); write private_options for a private company's equity"));
        }
        if (type == null) {
            return null; // the refused equity_type is already listed with its line; no grant without a type
        }
        String scheduleText = cell(EQUITY_SCHEDULE).strip();
        try {
            VestingSchedule schedule;
            int cliffMonths = cliff == null ? 0 : cliff;
            if (scheduleText.isEmpty() || scheduleText.equalsIgnoreCase("even")) {
                schedule = VestingSchedule.even(years == null ? 4 : years, cliffMonths);
            } else {
                schedule = VestingSchedule.parse(scheduleText, 0, cliffMonths);
                if (years != null && years != schedule.years()) {
                    errors.add(new CsvProblem(line, EQUITY_YEARS.key(), "equity_schedule '" + scheduleText + "' has "
                            + schedule.years() + " yearly shares but equity_years says " + years
                            + "; make them agree or leave equity_years empty"));
                }
            }
            return total == null ? null : new EquityGrant(total, type, schedule, refresher);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("Cliff")) {
                errors.add(new CsvProblem(line, EQUITY_CLIFF_MONTHS.key(), e.getMessage()));
            } else {
                errors.add(new CsvProblem(line, EQUITY_SCHEDULE.key(), e.getMessage()
                        + " (write 'even' or yearly percentages adding up to 100, like 5/15/40/40)"));
            }
            return null;
        }
    }

    private AcademicTerms academic() {
        BigDecimal nineMonth = amount(NINE_MONTH_SALARY, Sign.NON_NEGATIVE);
        Integer summer = integer(SUMMER_MONTHS);
        BigDecimal startup = amount(STARTUP_PACKAGE, Sign.NON_NEGATIVE);
        Integer startupYears = integer(STARTUP_YEARS);
        BigDecimal teaching = teachingLoad();
        Integer guaranteed = integer(GUARANTEED_SUMMER_MONTHS);
        int summerMonths = summer == null ? 0 : summer;
        if (guaranteed != null && guaranteed > summerMonths) {
            errors.add(new CsvProblem(line, GUARANTEED_SUMMER_MONTHS.key(), io.offerbench.text.Texts.get("csv.error.guaranteedSummer",
                    GUARANTEED_SUMMER_MONTHS.key(), guaranteed, SUMMER_MONTHS.key(), summerMonths)));
            return null;
        }
        return new AcademicTerms(nineMonth, summerMonths, startup, startupYears == null ? 3 : startupYears,
                teaching, guaranteed == null ? 0 : guaranteed);
    }

    private BigDecimal teachingLoad() {
        String t = cell(TEACHING_COURSES_PER_YEAR).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("[0-9]{1,2}(\\.[0-9]{1,2})?") && new BigDecimal(t).compareTo(BigDecimal.valueOf(TEACHING_COURSES_PER_YEAR.max())) <= 0) {
            return new BigDecimal(t);
        }
        errors.add(new CsvProblem(line, TEACHING_COURSES_PER_YEAR.key(), TEACHING_COURSES_PER_YEAR.key()
                + " must be a number of courses a year between " + TEACHING_COURSES_PER_YEAR.min() + " and "
                + TEACHING_COURSES_PER_YEAR.max() + ", like 2 or 1.5, not '" + t + "'"));
        return null;
    }

    private Criteria criteria() {
        String freedom = cell(RESEARCH_FREEDOM).strip();
        freedom = freedom.endsWith("%") ? freedom.substring(0, freedom.length() - 1) : freedom;
        Integer researchFreedom = freedom.isEmpty() ? null
                : ok(RESEARCH_FREEDOM, IntParser.parse(freedom, RESEARCH_FREEDOM.key() + " (percent)", RESEARCH_FREEDOM.min(), RESEARCH_FREEDOM.max()));
        return new Criteria(researchFreedom, coded(PUBLICATION_POLICY, PublicationPolicy.class),
                coded(COMPUTE_ACCESS, ComputeAccess.class), coded(TOPIC_FIT, TopicFit.class),
                integer(TEAM_FIT), integer(ROLE_CLARITY), integer(PRODUCT_CLOSENESS),
                integer(STABILITY), integer(HOURS_PER_WEEK), integer(COMMUTE_MINUTES),
                coded(VISA_SUPPORT, VisaSupport.class), integer(INTEREST), yesNo(PRODUCT_CLOSENESS_NOT_APPLICABLE));
    }

    private CurrencyCode currency() {
        if (blank(CURRENCY)) {
            errors.add(new CsvProblem(line, CURRENCY.key(), "currency is required: enter a three-letter code such as"
                    + " USD, EUR, GBP or CNY"));
            return null;
        }
        try {
            return CurrencyCode.of(cell(CURRENCY));
        } catch (IllegalArgumentException e) {
            errors.add(new CsvProblem(line, CURRENCY.key(), e.getMessage()));
            return null;
        }
    }

    private BigDecimal amount(OfferField column, Sign sign) {
        if (blank(column)) {
            return null;
        }
        ParsedAmount a = ok(column, AmountParser.parse(cell(column), column.key(), sign));
        if (a == null) {
            return null;
        }
        if (currency != null) {
            a.currencyConflict(currency, column.key()).ifPresent(m -> errors.add(new CsvProblem(line, column.key(),
                    m.replace("the offer's currency is", "the currency column says"))));
        }
        return a.value();
    }

    private Integer integer(OfferField column) {
        return blank(column) ? null : ok(column, IntParser.parse(cell(column), column.key(), column.min(), column.max()));
    }

    private String text(OfferField column) {
        boolean multiline = column.kind() == OfferField.Kind.MULTILINE_TEXT;
        String v = ok(column, TextInput.text(cell(column), column.key(), column.max(), multiline));
        return v == null ? "" : v;
    }

    private boolean yesNo(OfferField column) {
        String v = cell(column).strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "", "false", "no", "n", "0", "否" -> {
                return false;
            }
            case "true", "yes", "y", "1", "是", "x", "✓" -> {
                return true;
            }
            default -> {
                errors.add(new CsvProblem(line, column.key(), column.key() + " must be yes or no (also true/false),"
                        + " not '" + cell(column).strip() + "'"));
                return false;
            }
        }
    }

    private <E extends Enum<E> & Coded> E coded(OfferField column, Class<E> type) {
        if (blank(column)) {
            return null;
        }
        Optional<E> found = CodeWords.match(type, cell(column));
        if (found.isEmpty()) {
            errors.add(new CsvProblem(line, column.key(), column.key() + " must be one of " + CodeWords.accepted(type)
                    + ", not '" + cell(column).strip() + "'"));
            return null;
        }
        return found.get();
    }

    private <T> T ok(OfferField column, ParseResult<T> result) {
        if (result.isOk()) {
            return result.value();
        }
        errors.add(new CsvProblem(line, column.key(), result.message()));
        return null;
    }

    private String cell(OfferField column) {
        return cells.getOrDefault(column, "");
    }

    private boolean blank(OfferField column) {
        return cell(column).isBlank();
    }
}
