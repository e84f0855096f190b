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
 * @param credits    a non-refundable credit computed from amounts and the place's contributions (Canada), or null
 * @param ofTax      true when the brackets apply to the tax of the table's earlier layers rather than to
 *                   income: a surtax, as Ontario levies on its own basic tax
 * @param abatement  the share of this layer's tax (after credits) forgiven: Quebec residents' 16.5%
 *                   abatement of basic federal tax; 0 for none
 * @param formula    a formula tariff used instead of the brackets (Germany's § 32a EStG), or null
 * @param minimumBase wages below this are counted as this much, when there are wages at all: a contribution
 *                   base's published lower limit (Beijing's and Shanghai's social insurance, a year's worth
 *                   of the monthly limit), or null for none
 * @param fixedAmount added to the layer's tax when there are wages: a flat contribution on top of the rate
 *                   (Beijing's CNY 3 a month for serious-illness medical insurance, a year's worth); 0 for none
 */
public record TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets,
        BigDecimal credit, BigDecimal multiplier, Recapture recapture, CreditRule credits, boolean ofTax, BigDecimal abatement,
        FormulaTariff formula, BigDecimal minimumBase, BigDecimal fixedAmount) {

    public TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets,
            BigDecimal credit, BigDecimal multiplier, Recapture recapture, CreditRule credits, boolean ofTax, BigDecimal abatement,
            FormulaTariff formula) {
        this(allowance, taperFrom, taperRate, brackets, credit, multiplier, recapture, credits, ofTax, abatement, formula, null, null);
    }

    public TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets,
            BigDecimal credit, BigDecimal multiplier, Recapture recapture) {
        this(allowance, taperFrom, taperRate, brackets, credit, multiplier, recapture, null, false, BigDecimal.ZERO, null);
    }

    public TaxLayer(BigDecimal allowance, BigDecimal taperFrom, BigDecimal taperRate, List<TaxBracket> brackets,
            BigDecimal credit, BigDecimal multiplier, Recapture recapture, CreditRule credits, boolean ofTax, BigDecimal abatement) {
        this(allowance, taperFrom, taperRate, brackets, credit, multiplier, recapture, credits, ofTax, abatement, null);
    }

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
        abatement = abatement == null ? BigDecimal.ZERO : abatement;
        fixedAmount = fixedAmount == null ? BigDecimal.ZERO : fixedAmount;
        if ((minimumBase != null && minimumBase.signum() < 0) || fixedAmount.signum() < 0) {
            throw Refusal.of("money.layerNegative");
        }
        if (ofTax && (minimumBase != null || fixedAmount.signum() != 0)) {
            throw new IllegalArgumentException("of_tax layer (a surtax) with a minimum base or fixed amount");
        }
        if (abatement.signum() < 0 || abatement.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("abatement outside [0, 1): " + abatement);
        }
        if (ofTax && (allowance.signum() != 0 || taperFrom != null)) {
            throw new IllegalArgumentException("of_tax layer (a surtax) with an allowance or taper");
        }
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
