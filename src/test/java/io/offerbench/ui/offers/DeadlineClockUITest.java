package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.ui.AppUITest;
import io.offerbench.ui.sharing.SystemFilePicker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;

/**
 * The offers table counts the days to a deadline from the window's one clock, not the machine's: on a
 * clock set to 2 March 2026, an offer due on 5 March shows three days left (by the machine's date it
 * would long have passed).
 */
class DeadlineClockUITest extends AppUITest {

    private static final Clock MARCH_2ND = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void theDeadlineColumnCountsDaysFromTheWindowsClock() throws Exception {
        var db = dir.resolve("offers.db");
        try (Database d = Database.open(db, MARCH_2ND)) {
            d.offers().save(Offer.builder().company("Acme").roleTitle("Research Scientist").currency(CurrencyCode.USD)
                    .pay(Compensation.ofBase(new BigDecimal("150000"))).deadline(LocalDate.of(2026, 3, 5)).build());
        }

        app.start(db, new SystemFilePicker(), MARCH_2ND);

        app.waitUntil(() -> app.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().startsWith("2026-03-05")));
        String shown = app.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().startsWith("2026-03-05"))
                .map(n -> ((TableCell<?, ?>) n).getText()).findFirst().orElseThrow();
        assertThat(shown).isEqualTo("2026-03-05 \u00b7 3 days");
    }
}
