package io.offerbench.exchange;

import static io.offerbench.domain.OfferField.EQUITY_BASE;
import static io.offerbench.domain.OfferField.EQUITY_BEAR;
import static io.offerbench.domain.OfferField.EQUITY_BULL;
import static io.offerbench.domain.OfferField.EQUITY_REFRESHER;
import static io.offerbench.domain.OfferField.EQUITY_TOTAL;
import static io.offerbench.domain.OfferField.EQUITY_TYPE;

import io.offerbench.domain.EquityType;
import io.offerbench.domain.OfferValues;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The equity rules that tie fields together, said in the user's words before the domain refuses them:
 * "no equity" with a grant, and the offer's own bear / base / bull percentages given all three or none,
 * never decreasing. The CSV and comparison-file readers both ask here.
 */
final class EquityChecks {

    private EquityChecks() {
    }

    /** What is wrong with the values' equity, or empty; with the field it is best reported at. */
    static Optional<String> problem(OfferValues v) {
        return check(v).map(Problem::message);
    }

    record Problem(String column, String message) {
    }

    static Optional<Problem> check(OfferValues v) {
        if (v.get(EQUITY_TYPE) == EquityType.NONE && (positive(v.get(EQUITY_TOTAL)) || positive(v.get(EQUITY_REFRESHER)))) {
            return Optional.of(new Problem(EQUITY_TYPE.key(), Texts.get("import.equity.noneWithGrant")));
        }
        Integer bear = (Integer) v.get(EQUITY_BEAR);
        Integer base = (Integer) v.get(EQUITY_BASE);
        Integer bull = (Integer) v.get(EQUITY_BULL);
        int given = (bear == null ? 0 : 1) + (base == null ? 0 : 1) + (bull == null ? 0 : 1);
        if (given > 0 && given < 3) {
            return Optional.of(new Problem(EQUITY_BEAR.key(), Texts.get("import.equity.allThree")));
        }
        if (given == 3 && (bear > base || base > bull)) {
            return Optional.of(new Problem(EQUITY_BEAR.key(), Texts.get("import.equity.order", bear, base, bull)));
        }
        return Optional.empty();
    }

    private static boolean positive(Object amount) {
        return amount instanceof BigDecimal d && d.signum() > 0;
    }
}
