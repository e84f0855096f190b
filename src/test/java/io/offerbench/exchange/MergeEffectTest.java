package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking back a merge (Edit > Undo) puts back what it changed, and only that. */
class MergeEffectTest {

    @TempDir
    Path dir;

    @Test
    void undoingAMergePutsBackOffersCommentsProfilesRatesAndSettingsButKeepsWhatTheUserDidSince() throws Exception {
        Comparison student;
        try (Database s = SharingFixtures.open(dir.resolve("student/s.db"))) {
            SharingFixtures.fill(s);
            student = ComparisonSnapshot.of(s);
        }
        try (Database a = SharingFixtures.open(dir.resolve("advisor/a.db"))) {
            a.offers().save(OfferCsvRoundTripTest.chinaLab());
            a.profiles().save(new WeightProfile("Advisor — Prof. Ada", Map.of(Criterion.PAY, new BigDecimal("10"))));
            a.rates().save(new ExchangeRate(new CurrencyCode("EUR"), new BigDecimal("0.95"), LocalDate.of(2025, 6, 1), "advisor"));
            a.settings().put("home_currency", "USD");
            List<String> before = contents(a);

            MergeEffect.Tracked<ImportSummary> merged = MergeEffect.track(a, () -> ComparisonImporter.merge(a, student));
            assertThat(merged.result().offers()).isEqualTo(student.offers().size());
            assertThat(merged.effect().addedOfferCount()).isEqualTo(student.offers().size());
            assertThat(contents(a)).isNotEqualTo(before);
            a.rates().save(new ExchangeRate(new CurrencyCode("GBP"), new BigDecimal("0.8"), LocalDate.of(2025, 6, 1), "mine, after"));

            merged.effect().undo(a);

            a.rates().delete(new CurrencyCode("GBP"));
            assertThat(contents(a)).as("everything as before the merge").isEqualTo(before);
        }
    }

    @Test
    void aMergeThatChangesNothingHasNothingToUndo() throws Exception {
        try (Database a = SharingFixtures.open(dir.resolve("a.db"))) {
            SharingFixtures.fill(a);
            Comparison same = ComparisonSnapshot.of(a);
            assertThat(MergeEffect.track(a, () -> ComparisonImporter.merge(a, same)).effect().isEmpty()).isTrue();
        }
    }

    /** What a user could see of the database, with the offers' comments. */
    private static List<String> contents(Database db) {
        List<String> out = new ArrayList<>();
        for (Offer o : db.offers().findAll()) {
            out.add(o.toString());
            db.comments().listByOffer(o.id()).forEach(c -> out.add(c.toString()));
        }
        db.profiles().findAll().forEach(p -> out.add(p.toString()));
        db.benchmarks().findAll().forEach(b -> out.add(b.toString()));
        db.rates().findAll().forEach(r -> out.add(r.toString()));
        db.locationFactors().findAll().forEach(f -> out.add(f.toString()));
        out.add(db.settings().all().toString());
        return out;
    }
}
