package io.offerbench.scoring;

import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.Money;
import java.math.BigDecimal;

/**
 * A non-typical row shown beside a verdict so the student sees where the offer sits against it, never
 * a gap or a target: "35% of the $850,000 reported for the absolute best new-grad PhDs".
 *
 * @param figure  the row's figure in the home currency: its top for a range, its only end otherwise
 * @param percent the offer's figure as a percentage of {@code figure}, 2 decimals
 */
public record MarketContext(BandRow row, BenchmarkKind kind, String subject, Money figure, BigDecimal percent) {
}
