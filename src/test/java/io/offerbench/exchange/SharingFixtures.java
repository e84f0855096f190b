package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.WeightProfile;
import io.offerbench.domain.input.TextInput;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A student's comparison with something in every table, naughty strings and amounts with cents included. */
final class SharingFixtures {

    static final Instant EXPORTED_AT = Instant.parse("2026-02-01T10:00:00Z");

    private SharingFixtures() {
    }

    /** Opens (creating) a database with the dataset installed, as the app and the CLI do. */
    static Database open(Path file) throws Exception {
        Database db = Database.open(file, Clock.systemDefaultZone());
        DatasetInstaller.install(db);
        return db;
    }

    static void fill(Database db) throws IOException {
        List<Offer> saved = db.offers().saveAll(List.of(OfferCsvRoundTripTest.frontierLab().withId(0),
                OfferCsvRoundTripTest.facultyOffer(), OfferCsvRoundTripTest.chinaLab()));
        db.comments().add(new ReviewComment(0, saved.get(0).id(), "Prof. Ada", io.offerbench.domain.ReviewRole.ADVISOR,
                "Ask for more base; the equity is illiquid.\nSecond paragraph — ünïcödé 👍", Instant.parse("2026-01-15T09:30:00Z")));
        db.comments().add(new ReviewComment(0, saved.get(0).id(), "Sam", io.offerbench.domain.ReviewRole.STUDENT, "Agreed", Instant.parse("2026-01-16T18:00:01.123Z")));
        db.offers().saveAll(naughtyOffers());
        Map<Criterion, BigDecimal> w = new EnumMap<>(Criterion.class);
        w.put(Criterion.PAY, new BigDecimal("40"));
        w.put(Criterion.RESEARCH_FREEDOM, new BigDecimal("25.5"));
        w.put(Criterion.COMPUTE, new BigDecimal("10.25"));
        db.profiles().save(new WeightProfile("Student", w));
        db.profiles().save(new WeightProfile("Advisor — Prof. Ada", Map.of(Criterion.PUBLICATION, new BigDecimal("60"))));
        db.benchmarks().saveUserRow(new Benchmark("my-friend-offer", "", "A friend at a lab", "2025-11", "Friend's offer, \"verbal\"",
                Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.BASE_SALARY, new BigDecimal("300000.00"),
                new BigDecimal("325000.50"), BenchmarkUnit.PER_YEAR, CurrencyCode.USD, 2025, "", "hearsay", Benchmark.Origin.USER, true));
        String documentRow = db.benchmarks().findAll().stream().filter(Benchmark::isFromDocument).findFirst().orElseThrow().id();
        db.benchmarks().setHidden(documentRow, true);
        db.rates().save(new ExchangeRate(new CurrencyCode("EUR"), new BigDecimal("0.9234"), LocalDate.of(2026, 1, 2), "my bank"));
        db.locationFactors().save(new LocationFactor(LocationFactor.Kind.COST_OF_LIVING, "Zürich", new BigDecimal("142.5"), "estimate"));
        db.locationFactors().save(new LocationFactor(LocationFactor.Kind.EFFECTIVE_TAX_RATE, "USA", new BigDecimal("31"), ""));
        db.settings().put("scoring.home_currency", "EUR");
        db.settings().put("scoring.active_profile", "Student");
    }

    /** One offer per naughty string that the forms accept, as company (when it fits) and as notes. */
    static List<Offer> naughtyOffers() throws IOException {
        Path file = Path.of(System.getProperty("offerbench.corpora"), "blns.txt");
        List<Offer> out = new ArrayList<>();
        int cents = 1;
        for (String s : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
            if (s.startsWith("#") || s.isEmpty() || !TextInput.text(s, "Notes", 10_000, true).isOk()) {
                continue;
            }
            boolean company = !s.isBlank() && TextInput.text(s, "Company", 200, false).isOk();
            out.add(Offer.builder().company(company ? s : "Naughty " + out.size()).roleTitle(company ? s : "")
                    .currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("100000." + String.format("%02d", cents++ % 100))))
                    .notes(s).build());
        }
        return out;
    }
}
