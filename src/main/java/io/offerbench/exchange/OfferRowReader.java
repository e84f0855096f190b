package io.offerbench.exchange;

import static io.offerbench.domain.OfferField.*;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.Coded;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferValues;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.input.AmountParser;
import io.offerbench.domain.input.AmountParser.Sign;
import io.offerbench.domain.input.DateParser;
import io.offerbench.domain.input.IntParser;
import io.offerbench.domain.input.ParseResult;
import io.offerbench.domain.input.ParsedAmount;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.domain.input.TextInput;
import io.offerbench.text.Message;
import io.offerbench.text.Texts;
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
        OfferValues values = new OfferValues();
        currency = currency(); // first: every amount is checked against it
        for (OfferField f : OfferField.values()) {
            values.put(f, value(f, values));
        }
        if (!equityBlank() && blank(EQUITY_TYPE)) {
            values.put(EQUITY_TYPE, EquityType.PUBLIC_RSU);
            warnings.add(new CsvProblem(line, EQUITY_TYPE.key(), Message.of("import.csv.equityTypeAssumed")));
        }
        EquityChecks.check(values).ifPresent(p -> errors.add(new CsvProblem(line, p.column(), p.message())));
        if (errors.size() > errorsBefore) {
            return null;
        }
        try {
            return values.toOffer(0);
        } catch (IllegalArgumentException e) {
            errors.add(new CsvProblem(line, null, Message.of(e)));
            return null;
        }
    }

    /** One cell read as its field's kind asks; null when blank (the domain's default applies) or refused. */
    private Object value(OfferField f, OfferValues read) {
        return switch (f) {
            case CURRENCY -> currency;
            case BASE_SALARY -> baseSalary();
            case ANNUAL_BONUS -> bonus();
            case EQUITY_SCHEDULE -> schedule(read);
            default -> switch (f.kind()) {
                case TEXT, MULTILINE_TEXT -> f.required()
                        ? ok(f, TextInput.required(cell(f), f.key(), f.max(), false)) : text(f);
                case CODE -> coded(f);
                case AMOUNT -> amount(f, f.required() ? Sign.POSITIVE : Sign.NON_NEGATIVE);
                case INTEGER, RATING -> integer(f);
                case DECIMAL -> decimal(f);
                case PERCENT -> percent(f);
                case DATE -> blank(f) ? null : ok(f, DateParser.parse(cell(f), f.key()));
                case YES_NO -> yesNo(f);
                case BONUS, CURRENCY, SCHEDULE -> throw new IllegalStateException(f + " is read above");
            };
        };
    }

    private BigDecimal baseSalary() {
        if (blank(BASE_SALARY)) {
            errors.add(new CsvProblem(line, BASE_SALARY.key(), Message.of("import.csv.baseSalaryRequired")));
            return null;
        }
        return amount(BASE_SALARY, Sign.POSITIVE);
    }

    private Bonus bonus() {
        String bonus = cell(ANNUAL_BONUS);
        if (bonus.strip().endsWith("%")) {
            return new Bonus(null, ok(ANNUAL_BONUS, PercentParser.parse(bonus, ANNUAL_BONUS.key(), BigDecimal.valueOf(ANNUAL_BONUS.max()))));
        }
        return new Bonus(amount(ANNUAL_BONUS, Sign.NON_NEGATIVE), null);
    }

    private boolean equityBlank() {
        return java.util.Arrays.stream(OfferField.values()).filter(f -> f.section() == OfferField.Section.EQUITY)
                .allMatch(this::blank);
    }

    /** The whole schedule, from its cell and the years and cliff already read; a refusal names the cell to blame. */
    private VestingSchedule schedule(OfferValues read) {
        if (equityBlank()) {
            return null;
        }
        Integer years = (Integer) read.get(EQUITY_YEARS);
        Integer cliff = (Integer) read.get(EQUITY_CLIFF_MONTHS);
        String scheduleText = cell(EQUITY_SCHEDULE).strip();
        try {
            int cliffMonths = cliff == null ? 0 : cliff;
            if (scheduleText.isEmpty() || scheduleText.equalsIgnoreCase("even")) {
                return VestingSchedule.even(years == null ? 4 : years, cliffMonths);
            }
            VestingSchedule schedule = VestingSchedule.parse(scheduleText, 0, cliffMonths);
            if (years != null && years != schedule.years()) {
                errors.add(new CsvProblem(line, EQUITY_YEARS.key(), Message.of("import.csv.scheduleYears", scheduleText,
                        schedule.years(), years)));
            }
            return schedule;
        } catch (IllegalArgumentException e) {
            if (e instanceof io.offerbench.domain.Refusal r && r.key().equals("vesting.cliff")) {
                errors.add(new CsvProblem(line, EQUITY_CLIFF_MONTHS.key(), Message.of(e)));
            } else {
                errors.add(new CsvProblem(line, EQUITY_SCHEDULE.key(), Message.of("import.csv.schedule", Message.of(e))));
            }
            return null;
        }
    }

    /** A number with up to two decimals within the field's bounds (courses a year). */
    private BigDecimal decimal(OfferField column) {
        String t = cell(column).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("[0-9]{1,2}(\\.[0-9]{1,2})?") && new BigDecimal(t).compareTo(BigDecimal.valueOf(column.max())) <= 0
                && new BigDecimal(t).compareTo(BigDecimal.valueOf(column.min())) >= 0) {
            return new BigDecimal(t);
        }
        errors.add(new CsvProblem(line, column.key(), Message.of("import.csv.courses", column.key(), column.min(),
                column.max(), t)));
        return null;
    }

    /** A whole percent, with or without its sign. */
    private Integer percent(OfferField column) {
        String p = cell(column).strip();
        p = p.endsWith("%") ? p.substring(0, p.length() - 1) : p;
        return p.isEmpty() ? null : ok(column, IntParser.parse(p, Texts.get("import.csv.percentLabel", column.key()), column.min(), column.max()));
    }

    private CurrencyCode currency() {
        if (blank(CURRENCY)) {
            errors.add(new CsvProblem(line, CURRENCY.key(), Message.of("import.csv.currencyRequired")));
            return null;
        }
        try {
            return CurrencyCode.of(cell(CURRENCY));
        } catch (IllegalArgumentException e) {
            errors.add(new CsvProblem(line, CURRENCY.key(), Message.of(e)));
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
        if (currency != null && a.hasCurrencyMark() && !a.markCurrencies().contains(currency)) {
            errors.add(new CsvProblem(line, column.key(), Message.of("import.csv.currencyConflict", column.key(),
                    a.currencyMark(), currency.code())));
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
                errors.add(new CsvProblem(line, column.key(), Message.of("import.csv.yesNo", column.key(), cell(column).strip())));
                return false;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object coded(OfferField column) {
        return coded(column, (Class) column.codes().orElseThrow());
    }

    private <E extends Enum<E> & Coded> E coded(OfferField column, Class<E> type) {
        if (blank(column)) {
            return null;
        }
        Optional<E> found = CodeWords.match(type, cell(column));
        if (found.isEmpty()) {
            errors.add(new CsvProblem(line, column.key(), Message.of("import.csv.code", column.key(), CodeWords.accepted(type),
                    cell(column).strip())));
            return null;
        }
        return found.get();
    }

    private <T> T ok(OfferField column, ParseResult<T> result) {
        if (result.isOk()) {
            return result.value();
        }
        errors.add(new CsvProblem(line, column.key(), Message.of(((ParseResult.Error<T>) result).problem())));
        return null;
    }

    private String cell(OfferField column) {
        return cells.getOrDefault(column, "");
    }

    private boolean blank(OfferField column) {
        return cell(column).isBlank();
    }
}
