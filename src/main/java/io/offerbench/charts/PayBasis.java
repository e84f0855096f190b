package io.offerbench.charts;

import io.offerbench.domain.Money;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.YearPay;
import java.util.List;

/**
 * Which year the pay composition chart shows. Year 1 carries sign-on and the first vesting; steady
 * state is pay once they are over: base + bonus + a full year of refreshers (as scoring defines it).
 */
public enum PayBasis {
    YEAR_1, STEADY_STATE;

    /** Base, bonus, sign-on, equity for this basis, in the projection's (home) currency. */
    public List<Money> components(PayProjection pay) {
        YearPay y1 = pay.years().get(0);
        if (this == YEAR_1) {
            return List.of(y1.base(), y1.bonus(), y1.signOn(), y1.equity());
        }
        // No raises are modelled, so steady base and bonus equal year 1's; equity is what remains of steady state.
        Money refreshers = pay.steadyStateAnnual().minus(y1.base()).minus(y1.bonus());
        return List.of(y1.base(), y1.bonus(), Money.zero(pay.currency()), refreshers);
    }
}
