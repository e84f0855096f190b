package io.offerbench.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a benchmark's low and high are read, by the code the dataset, the store and the files use. The one list of
 * units: the CSV reader, the benchmark editor and the pay measures take it from here. Money units need a currency;
 * a ratio, a percentage or a count must not have one.
 */
public enum BenchmarkUnit implements Coded {
    PER_YEAR("per_year", true),
    ONE_OFF("one_off", true),
    AMOUNT("amount", true),
    RATIO("ratio", false),
    PERCENT("percent", false),
    COUNT("count", false);

    private final String code;
    private final boolean money;

    BenchmarkUnit(String code, boolean money) {
        this.code = code;
        this.money = money;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isMoney() {
        return money;
    }

    /** The unit a stored or typed code names; empty for a blank or unknown one. */
    public static Optional<BenchmarkUnit> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.code.equals(wanted)).findFirst();
    }

    /** The code files and the store write for {@code unit}: its code, or "" when there is none. */
    public static String codeOf(BenchmarkUnit unit) {
        return unit == null ? "" : unit.code;
    }

    /** Every unit's code, in this order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(BenchmarkUnit::code).toList();
    }
}
