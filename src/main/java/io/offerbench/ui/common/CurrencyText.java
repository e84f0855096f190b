package io.offerbench.ui.common;

import io.offerbench.domain.CurrencyCode;

/**
 * A currency as typed in any form (the offer, a benchmark, an exchange rate): one reading, lenient as
 * to case and spaces and taking "RMB" and "元" for the yuan ({@link CurrencyCode#of}), with a message
 * that names the field. What a blank means differs by form, so the caller says.
 */
public final class CurrencyText {

    private CurrencyText() {
    }

    public static Parsed<CurrencyCode> parse(String text, String label, Parsed<CurrencyCode> whenBlank) {
        if (text.isBlank()) {
            return whenBlank;
        }
        try {
            return Parsed.ok(CurrencyCode.of(text));
        } catch (IllegalArgumentException e) {
            return Parsed.error(label + ": " + e.getMessage());
        }
    }
}
