package io.offerbench.ui.offers;

import java.math.BigDecimal;

/** The annual bonus as typed: an amount ("30k") or a percentage of base ("15%"); both null when empty. */
record BonusInput(BigDecimal amount, BigDecimal percentOfBase) {
}
