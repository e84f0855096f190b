package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One schedule applied to wages: the base is wages minus an allowance (a standard deduction, a
 * personal allowance, China's basic deduction), the brackets apply to that base, and a flat credit
 * comes off the result (never below zero).
 *
 * @param allowance  taken off wages before the brackets
 * @param taperFrom  wages above which the allowance shrinks (null when it never does), as the UK's
 *                   personal allowance does above 100,000
 * @param taperRate  allowance lost per unit of wages above {@code taperFrom} (0.5 = 1 for every 2)
 * @param brackets   ascending by {@code from}, the first from 0
 * @param credit     subtracted from the tax (California's personal exemption credit)
 * @param multiplier the bracket tax is multiplied by this before the credit: a Swiss canton or city
 *                   levies its Steuerfuss (0.98 = 98%) of the "simple" tax its tariff gives
 * @param recapture  New York State's take-back of its lower brackets' benefit at higher incomes, or null
 */
public record TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets,
        BigDecimal credit, BigDecimal multiplier, Recapture recapture) {

    public TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets, BigDecimal credit) {
        this(allowance, taperFrom, taperRate, brackets, credit, BigDecimal.ONE, null);
    }

    public TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets, BigDecimal credit,
            BigDecimal multiplier) {
        this(allowance, taperFrom, taperRate, brackets, credit, multiplier, null);
    }

    public TaxLayer {
        multiplier = multiplier == null ? BigDecimal.ONE : multiplier;
        allowance = allowance == null ? BigDecimal.ZERO : allowance;
        taperRate = taperRate == null ? BigDecimal.ZERO : taperRate;
        credit = credit == null ? BigDecimal.ZERO : credit;
        brackets = List.copyOf(Objects.requireNonNull(brackets, "brackets"));
        if (brackets.isEmpty() || brackets.get(0).from().signum() != 0) {
            throw Refusal.of("money.firstBracket");
        }
        for (int i = 1; i < brackets.size(); i++) {
            if (brackets.get(i).from().compareTo(brackets.get(i - 1).from()) <= 0) {
                throw Refusal.of("money.bracketsRise", brackets.get(i).from().toPlainString(), brackets.get(i - 1).from().toPlainString());
            }
        }
        if (allowance.signum() < 0 || credit.signum() < 0 || taperRate.signum() < 0 || multiplier.signum() <= 0) {
            throw Refusal.of("money.layerNegative");
        }
    }

    /** A schedule on the whole wage with no allowance or credit: payroll contributions. */
    public static TaxLayer onWages(List<TaxBracket> brackets) {
        return new TaxLayer(BigDecimal.ZERO, null, BigDecimal.ZERO, brackets, BigDecimal.ZERO);
    }
}
