package io.offerbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 8, on the window's side: an offer another program damaged (a base salary of "abc") does not
 * empty the offers list when the window reloads it (after a restore or a merge); the others are listed and the
 * status line names the damaged offer, its field and its value.
 */
class DamagedOfferInWindowTest {

    @TempDir
    Path dir;

    @Test
    void theOtherOffersAreListedAndTheDamagedOneIsNamed() throws Exception {
        Path db = dir.resolve("offers.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            for (String company : new String[] {"Alpha", "Beta", "Gamma"}) {
                d.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD)
                        .pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE offer SET base_salary = 'abc' WHERE company = 'Beta'");
        }
        try (SessionFixture session = new SessionFixture(dir)) {
            session.workspace().reloadOffers(() -> { });

            assertThat(session.workspace().offers()).extracting(Offer::company).containsExactlyInAnyOrder("Alpha", "Gamma");
            assertThat(session.workspace().status().get()).contains("Beta").contains("Base salary").contains("\u201cabc\u201d")
                    .doesNotContain("Character").doesNotContain("Exception");
            assertThat(session.failures()).isEmpty();
        }
    }
}
