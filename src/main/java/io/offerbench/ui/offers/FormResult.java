package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import java.util.List;

/** Either an offer built from the form, or the messages naming each field that stops it. */
record FormResult(Offer offer, List<String> errors) {

    boolean isValid() {
        return errors.isEmpty();
    }
}
