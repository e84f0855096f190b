package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.VestingSchedule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void everyFieldSurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("o.db");
        Offer full;
        Offer minimal;
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            full = db.offers().save(TestData.fullOffer("Anthropic"));
            minimal = db.offers().save(TestData.minimalOffer("Tiny Startup"));
        }
        assertThat(full.id()).isPositive();
        assertThat(minimal.id()).isNotEqualTo(full.id());
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            Offer back = db.offers().find(full.id()).orElseThrow();
            assertThat(back).isEqualTo(full);
            assertThat(back.equity().vesting().yearlyPercents()).extracting(BigDecimal::toPlainString)
                    .containsExactly("5", "15", "40", "40");
            assertThat(back.equity().vesting().cliffMonths()).isEqualTo(12);
            assertThat(back.pay().baseSalary().toPlainString()).isEqualTo("312500.50");
            Offer minBack = db.offers().find(minimal.id()).orElseThrow();
            assertThat(minBack).isEqualTo(minimal);
            assertThat(minBack.deadline()).isNull();
            assertThat(minBack.criteria().teamFit()).isNull();
            assertThat(minBack.academic().nineMonthSalary()).isNull();
            assertThat(db.offers().findAll()).containsExactly(full, minimal);
        }
    }

    @Test
    void unevenSharesThatLookEvenAreStoredExactly() throws Exception {
        VestingSchedule nearlyEven = new VestingSchedule(List.of(new BigDecimal("25.5"), new BigDecimal("25"),
                new BigDecimal("25"), new BigDecimal("24.5")), 6);
        Offer o = TestData.minimalOffer("X").toBuilder()
                .equity(new EquityGrant(new BigDecimal("1000"), EquityType.PUBLIC_RSU, nearlyEven, null)).build();
        try (Database db = Database.open(dir.resolve("v.db"), Clock.systemDefaultZone())) {
            Offer saved = db.offers().save(o);
            assertThat(db.offers().find(saved.id()).orElseThrow().equity().vesting()).isEqualTo(nearlyEven);
        }
    }

    @Test
    void updateChangesTheStoredOfferAndDeleteRemovesIt() throws Exception {
        try (Database db = Database.open(dir.resolve("u.db"), Clock.systemDefaultZone())) {
            Offer saved = db.offers().save(TestData.minimalOffer("Acme"));
            Offer edited = saved.toBuilder().notes("counter-offer sent").build();
            db.offers().save(edited);
            assertThat(db.offers().findAll()).containsExactly(edited);
            db.offers().delete(saved.id());
            assertThat(db.offers().find(saved.id())).isEmpty();
        }
    }

    @Test
    void saveAllIsAllOrNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("a.db"), Clock.systemDefaultZone())) {
            Offer existing = db.offers().save(TestData.minimalOffer("Kept"));
            List<Offer> batch = List.of(TestData.fullOffer("New 1"), TestData.minimalOffer("New 2"),
                    TestData.minimalOffer("Ghost").withId(9999));
            assertThatThrownBy(() -> db.offers().saveAll(batch)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Ghost").hasMessageContaining("nothing was saved");
            assertThat(db.offers().findAll()).containsExactly(existing);
            List<Offer> ok = db.offers().saveAll(batch.subList(0, 2));
            assertThat(db.offers().findAll()).hasSize(3).containsAll(ok);
        }
    }

    @Test
    void naughtyStringsAreStoredByteForByte() throws Exception {
        Path blns = Path.of(System.getProperty("offerbench.corpora", "../shared/corpora"), "blns.txt");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(blns, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSizeGreaterThan(400);
        List<Offer> offers = new ArrayList<>();
        for (String s : lines) {
            String company = s.isBlank() ? "blank line" : s;
            offers.add(TestData.minimalOffer(company).toBuilder().notes(s).roleTitle(s).build());
        }
        Path file = dir.resolve("blns.db");
        List<Offer> saved;
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            saved = db.offers().saveAll(offers);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            List<Offer> back = db.offers().findAll();
            assertThat(back).hasSize(saved.size());
            for (int i = 0; i < back.size(); i++) {
                assertThat(back.get(i).notes().getBytes(StandardCharsets.UTF_8))
                        .as("line %d", i).isEqualTo(lines.get(i).getBytes(StandardCharsets.UTF_8));
                assertThat(back.get(i)).isEqualTo(saved.get(i));
            }
        }
    }
}
