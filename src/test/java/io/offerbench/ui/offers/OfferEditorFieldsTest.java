package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.View;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The editor binds its controls by the field key in their userData: every field has one, and no key is a typo. */
class OfferEditorFieldsTest {

    @Test
    void everyOfferFieldHasAControlInTheEditorAndEveryControlNamesAField() throws Exception {
        String fxml;
        try (InputStream in = OfferEditorFieldsTest.class.getResourceAsStream(View.OFFER_EDITOR.resource())) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("userData=\"([a-z_]+)\"").matcher(fxml);
        while (m.find()) {
            named.add(m.group(1));
        }
        for (OfferField f : OfferField.values()) {
            assertThat(named).as("a control for " + f.key()).contains(f.key());
        }
        assertThat(named).allSatisfy(key -> assertThat(OfferField.byKey(key)).as(key).isPresent());
    }
}
