package io.offerbench.bench;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Offer;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.testing.SampleDatabase;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Offer lists of any length for the benchmarks: the five sample offers of docs/sample-offers.csv,
 * then variants of them — same kind of employer, terms and criteria, a numbered company name and
 * base (and 9-month) salary moved to between 85% and 115% of the sample's, rounded to a thousand.
 * So a long list looks like many real offers of the five kinds, not copies that tie in every score.
 */
public final class OfferVariants {

    private OfferVariants() {
    }

    /** The five sample offers as the importer reads them (id 0, not saved). */
    public static List<Offer> samples() throws Exception {
        try (InputStream in = Files.newInputStream(SampleDatabase.SAMPLE_CSV)) {
            return OfferCsvImporter.parse(in, SampleDatabase.SAMPLE_CSV.toString()).offers();
        }
    }

    /** {@code count} offers, id 0: the samples first, then variants. */
    public static List<Offer> offers(int count) throws Exception {
        List<Offer> samples = samples();
        List<Offer> out = new ArrayList<>(samples.subList(0, Math.min(count, samples.size())));
        out.addAll(variants(samples, count - out.size()));
        return out;
    }

    /** {@code count} variants of the samples (none of the samples themselves), id 0. */
    public static List<Offer> variants(List<Offer> samples, int count) {
        List<Offer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Offer sample = samples.get(k % samples.size());
            int round = k / samples.size() + 1;
            // A fixed spread (not random) so every run benchmarks the same list: 85%..115% in 31 steps.
            BigDecimal factor = BigDecimal.valueOf(85 + (k * 7) % 31, 2);
            out.add(sample.toBuilder()
                    .company(sample.company() + " " + round)
                    .pay(scaled(sample.pay(), factor))
                    .academic(scaled(sample.academic(), factor))
                    .build());
        }
        return out;
    }

    private static Compensation scaled(Compensation c, BigDecimal factor) {
        return new Compensation(thousands(c.baseSalary().multiply(factor)), c.bonusAmount(), c.bonusPercentOfBase(),
                c.signOnBonus(), c.signOnYears(), c.relocation());
    }

    private static AcademicTerms scaled(AcademicTerms a, BigDecimal factor) {
        if (a.nineMonthSalary() == null) {
            return a;
        }
        return new AcademicTerms(thousands(a.nineMonthSalary().multiply(factor)), a.summerMonths(), a.startupPackage(),
                a.startupYears(), a.teachingCoursesPerYear());
    }

    private static BigDecimal thousands(BigDecimal amount) {
        return amount.setScale(-3, RoundingMode.HALF_EVEN).setScale(0);
    }
}
