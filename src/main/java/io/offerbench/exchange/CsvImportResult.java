package io.offerbench.exchange;

import io.offerbench.domain.Offer;
import java.util.List;

/**
 * A file that imported without errors: its offers in file order (each with id 0, not yet saved) and
 * warnings the user should see but that did not stop the import, such as an unknown column.
 */
public record CsvImportResult(List<Offer> offers, List<CsvProblem> warnings) {

    public CsvImportResult {
        offers = List.copyOf(offers);
        warnings = List.copyOf(warnings);
    }
}
