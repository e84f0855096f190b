package io.offerbench.exchange;

import io.offerbench.domain.OfferField;
import java.util.Locale;
import java.util.Optional;

/**
 * The header line of an offer CSV file: one column per {@link OfferField}, named by its key, in the
 * order of that enum. Only the required fields (company, currency, base_salary) must be present.
 */
final class OfferCsvHeaders {

    private OfferCsvHeaders() {
    }

    /**
     * Finds a column by its header, forgiving case, surrounding spaces and spaces or hyphens in
     * place of underscores ("Base Salary" is base_salary), as spreadsheet users tend to retype them.
     */
    static Optional<OfferField> byHeader(String name) {
        return OfferField.byKey(normalise(name));
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
