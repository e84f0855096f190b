package io.offerbench.store;

import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.ReviewComment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.WeightProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallRepositoriesTest {

    @TempDir
    Path dir;

    private static Benchmark doc(String id, String low) {
        return new Benchmark(id, "seed.md", "Outlet", "2025-01-02", "new-grad pay", Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD,
                Metric.TOTAL_PACKAGE, new BigDecimal(low), new BigDecimal("900000.00"), BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025,
                "\"quoted verbatim\"", "a caveat", Benchmark.Origin.DOCUMENT, false);
    }

    private static Benchmark user(String id) {
        return new Benchmark(id, null, "a friend", null, "my note", Segment.AI_STARTUP, null, Metric.MARKET_SIGNAL, null, null,
                null, null, 2026, null, null, Benchmark.Origin.USER, false);
    }

    @Test
    void datasetSyncReplacesDocumentRowsKeepsHiddenFlagsAndUserRows() throws Exception {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            BenchmarkRepository repo = db.benchmarks();
            repo.syncDocumentRows("v1", List.of(doc("a", "100"), doc("b", "200")));
            repo.syncDocumentRows("v1", List.of(doc("a", "100"), doc("b", "200")));
            assertThat(repo.findAll()).hasSize(2);
            repo.saveUserRow(user("user-1"));
            repo.setHidden("a", true);
            repo.syncDocumentRows("v2", List.of(doc("a", "150"), doc("c", "300")));
            assertThat(repo.datasetVersion()).contains("v2");
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            List<Benchmark> rows = db.benchmarks().findAll();
            assertThat(rows).extracting(Benchmark::id).containsExactlyInAnyOrder("a", "c", "user-1");
            assertThat(rows).filteredOn(b -> b.id().equals("a")).singleElement()
                    .satisfies(b -> {
                        assertThat(b.hidden()).isTrue();
                        assertThat(b.low()).isEqualTo(new BigDecimal("150"));
                    });
            assertThat(rows).filteredOn(b -> b.id().equals("c")).singleElement().isEqualTo(doc("c", "300"));
            assertThat(rows).filteredOn(b -> b.id().equals("user-1")).singleElement().isEqualTo(user("user-1"));
        }
    }

    @Test
    void documentRowsCannotBeEditedOrDeletedAsUserRows() throws Exception {
        try (Database db = Database.open(dir.resolve("b2.db"), Clock.systemDefaultZone())) {
            BenchmarkRepository repo = db.benchmarks();
            repo.syncDocumentRows("v1", List.of(doc("a", "100")));
            assertThatThrownBy(() -> repo.saveUserRow(doc("a", "1"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> repo.saveUserRow(user("a"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("choose another id");
            repo.deleteUserRow("a");
            assertThat(repo.findAll()).containsExactly(doc("a", "100"));
            repo.saveUserRow(user("mine"));
            repo.deleteUserRow("mine");
            assertThat(repo.findAll()).hasSize(1);
        }
    }

    @Test
    void ratesUpsertAndSeedingNeverOverwritesTheUsersEdit() throws Exception {
        try (Database db = Database.open(dir.resolve("r.db"), Clock.systemDefaultZone())) {
            ExchangeRate mine = new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.1000"), LocalDate.of(2026, 2, 1), "my bank");
            db.rates().save(mine);
            ExchangeRate eur = new ExchangeRate(new CurrencyCode("EUR"), new BigDecimal("0.92"), LocalDate.of(2025, 1, 1), "doc");
            db.rates().seedDefaults(List.of(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.3"), LocalDate.of(2025, 1, 1), "doc"), eur));
            assertThat(db.rates().findAll()).containsExactly(mine, eur);
            ExchangeRate edited = new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.2"), LocalDate.of(2026, 3, 1), "edited");
            db.rates().save(edited);
            db.rates().delete(new CurrencyCode("EUR"));
            assertThat(db.rates().findAll()).containsExactly(edited);
        }
    }

    @Test
    void profilesFactorsSettingsRoundTrip() throws Exception {
        Path file = dir.resolve("p.db");
        WeightProfile student = new WeightProfile("Student", Map.of(Criterion.PAY, new BigDecimal("40.5"), Criterion.COMPUTE, BigDecimal.TEN));
        WeightProfile advisor = new WeightProfile("Advisor", Map.of(Criterion.PUBLICATION, new BigDecimal("60")));
        LocationFactor col = new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "London", new BigDecimal("118.5"), "estimate");
        LocationFactor tax = new LocationFactor(LocationFactor.Kind.EFFECTIVE_TAX_RATE, "London", new BigDecimal("38"), "");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.profiles().save(student);
            db.profiles().save(advisor);
            db.profiles().save(student.with(Criterion.PAY, new BigDecimal("70")));
            db.locationFactors().save(col);
            db.locationFactors().save(tax);
            db.locationFactors().save(new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "LONDON", new BigDecimal("120"), "newer"));
            db.settings().put("home_currency", "EUR");
            db.settings().put("home_currency", "GBP");
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.profiles().findAll()).containsExactly(advisor, student.with(Criterion.PAY, new BigDecimal("70")));
            db.profiles().delete("Advisor");
            assertThat(db.profiles().findAll()).extracting(WeightProfile::name).containsExactly("Student");
            assertThat(db.locationFactors().findAll()).containsExactly(
                    new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "LONDON", new BigDecimal("120"), "newer"), tax);
            db.locationFactors().delete(LocationFactor.Kind.COST_OF_LIVING, "london");
            assertThat(db.locationFactors().findAll()).containsExactly(tax);
            assertThat(db.settings().get("home_currency")).contains("GBP");
            assertThat(db.settings().get("missing")).isEmpty();
        }
    }

    @Test
    void commentsBelongToAnOfferAndGoWithIt() throws Exception {
        try (Database db = Database.open(dir.resolve("c.db"), Clock.systemDefaultZone())) {
            Offer o = db.offers().save(TestData.minimalOffer("Acme"));
            Instant t = Instant.parse("2026-03-01T10:15:30Z");
            ReviewComment c = db.comments().add(new ReviewComment(0, o.id(), "Prof. Lee", io.offerbench.domain.ReviewRole.ADVISOR, "Negotiate the sign-on.", t));
            assertThat(db.comments().listByOffer(o.id())).containsExactly(c);
            assertThatThrownBy(() -> db.comments().add(new ReviewComment(0, 999, "x", io.offerbench.domain.ReviewRole.ADVISOR, "y", t)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no longer exists");
            db.offers().delete(o.id());
            assertThat(db.comments().listByOffer(o.id())).isEmpty();
        }
    }
}
