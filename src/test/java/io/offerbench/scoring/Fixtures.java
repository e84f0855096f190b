package io.offerbench.scoring;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Location;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Benchmark rows built from the source documents' real figures, and the worked-example offers. */
final class Fixtures {

    static final String INTERCONNECTS = "002_7c699d560a1da2dc.txt";

    static final Benchmark NEW_GRAD_RANGE = row(BenchmarkKind.TOP_OF_MARKET, "lambert-2023-newgrad-range", INTERCONNECTS, "Interconnects", "2023-10-11",
            Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, "500000", "600000", BenchmarkUnit.PER_YEAR, CurrencyCode.USD,
            "Packages for new grad Ph. D.s were topping out at $500-600k pre ChatGPT");
    static final Benchmark NEW_GRAD_BEST = row(BenchmarkKind.TOP_OF_MARKET, "lambert-2023-newgrad-best", INTERCONNECTS, "Interconnects", "2023-10-11",
            Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, null, "850000", BenchmarkUnit.PER_YEAR, CurrencyCode.USD,
            "now that number is closer to $850k for the absolute best");
    static final Benchmark SEMAFOR_UPWARDS = row(BenchmarkKind.TOP_OF_MARKET, "semafor-2023-google-openai", "000_44b8c4e8b5c4cde9.txt", "Semafor", "2023-12-15",
            Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, "500000", null, BenchmarkUnit.PER_YEAR, CurrencyCode.USD,
            "a place like Google or OpenAI, where they could potentially earn upwards of $500,000 a year");
    static final Benchmark DEEPSEEK = row(BenchmarkKind.COMPANY_SPECIFIC, "mint-2025-deepseek-income", "004_0c42aba78143f44b.txt", "Bloomberg Opinion (Mint)", "2025",
            Segment.CHINA_LAB, null, Metric.ANNUAL_INCOME, "1540000", "1540000", BenchmarkUnit.PER_YEAR, CurrencyCode.CNY,
            "annual income of some 1.54 million yuan per year (just under $215,000)");
    static final Benchmark PAY_RATIO = row(BenchmarkKind.RATIO, "cho-2024-pay-ratio", "001_0eb87373b1ed9aed.txt", "Kyunghyun Cho (blog)", "2024-12",
            Segment.ACADEMIA, null, Metric.PAY_RATIO, "2", "5", BenchmarkUnit.RATIO, null,
            "just like an academic research position however with 2-5x better compensation");
    static final Benchmark META_SIGN_ON = row(BenchmarkKind.ONE_OFF, "mint-2025-meta-signon", "004_0c42aba78143f44b.txt", "Bloomberg Opinion (Mint)", "2025",
            Segment.BIG_TECH, Seniority.SENIOR_STAFF, Metric.SIGN_ON_BONUS, "100000000", "100000000", BenchmarkUnit.ONE_OFF, CurrencyCode.USD,
            "Meta Platforms to reportedly offer sign-on bonuses of $100 million to lure senior staff");
    static final Benchmark CNY_RATE = row(BenchmarkKind.RATIO, "mint-2025-cny-rate", "004_0c42aba78143f44b.txt", "Bloomberg Opinion (Mint)", "2025",
            Segment.CHINA_LAB, null, Metric.EXCHANGE_RATE, "7.16", "7.16", BenchmarkUnit.RATIO, null,
            "1.54 million yuan per year (just under $215,000)");
    /** A user's own typical row (the documents have none): lab mates' frontier-lab new-grad offers. */
    static final Benchmark TYPICAL_FRONTIER = row(BenchmarkKind.TYPICAL, "mine-frontier-newgrad", "", "my lab mates", "2025",
            Segment.FRONTIER_LAB, Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, "500000", "600000", BenchmarkUnit.PER_YEAR, CurrencyCode.USD, "");
    /** A user's own typical sign-on row for senior big-tech staff. */
    static final Benchmark TYPICAL_SENIOR_SIGN_ON = row(BenchmarkKind.TYPICAL, "mine-senior-signon", "", "my network", "2025",
            Segment.BIG_TECH, Seniority.SENIOR_STAFF, Metric.SIGN_ON_BONUS, "100000", "300000", BenchmarkUnit.ONE_OFF, CurrencyCode.USD, "");
    /** A user's own row, hidden: scoring must ignore it. */
    static final Benchmark HIDDEN_LOW = new Benchmark("user-hidden-low", "", "my notes", "2024", "", Segment.FRONTIER_LAB,
            Seniority.NEW_GRAD_PHD, Metric.TOTAL_PACKAGE, new BigDecimal("100000"), new BigDecimal("200000"), BenchmarkUnit.PER_YEAR,
            CurrencyCode.USD, 2024, "", "", Benchmark.Origin.USER, true);

    static final List<Benchmark> BENCHMARKS = List.of(NEW_GRAD_RANGE, NEW_GRAD_BEST, SEMAFOR_UPWARDS, DEEPSEEK, PAY_RATIO,
            META_SIGN_ON, CNY_RATE, TYPICAL_FRONTIER, TYPICAL_SENIOR_SIGN_ON, HIDDEN_LOW);

    static final CurrencyTable CURRENCIES = new CurrencyTable(List.of(new ExchangeRate(CurrencyCode.CNY, new BigDecimal("7.16"),
            LocalDate.of(2025, 1, 1), "implied by 1.54 million yuan = just under $215,000 (Mint, 2025)")));

    static ScoringContext context() {
        return ScoringContext.defaults(CURRENCIES, BENCHMARKS);
    }

    static ScoringContext contextWithout() {
        return ScoringContext.defaults(CURRENCIES, List.of());
    }

    private Fixtures() {
    }

    static Benchmark row(String id, String file, String outlet, String published, Segment segment, Seniority seniority,
            Metric metric, String low, String high, BenchmarkUnit unit, CurrencyCode currency, String quote) {
        return row(null, id, file, outlet, published, segment, seniority, metric, low, high, unit, currency, quote);
    }

    /** A row of the given kind; a blank file makes it the user's own. */
    static Benchmark row(BenchmarkKind kind, String id, String file, String outlet, String published, Segment segment,
            Seniority seniority, Metric metric, String low, String high, BenchmarkUnit unit, CurrencyCode currency, String quote) {
        return new Benchmark(id, file, outlet, published, "", segment, seniority, metric, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), unit, currency, 2023, quote, "",
                file.isBlank() ? Benchmark.Origin.USER : Benchmark.Origin.DOCUMENT, false, kind);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** A frontier-lab new-grad offer with private equity: $300k base, 10% bonus, $100k sign-on over 2 years, $800k over 4 years. */
    static Offer frontierLab() {
        return Offer.builder().company("Frontier Lab A").roleTitle("Research Scientist").type(OfferType.FRONTIER_LAB)
                .seniority(Seniority.NEW_GRAD_PHD).location(new Location("San Francisco", "USA", false)).currency(CurrencyCode.USD)
                .pay(new Compensation(bd("300000"), null, bd("10"), bd("100000"), 2, bd("20000")))
                .equity(new EquityGrant(bd("800000"), EquityType.PRIVATE_EQUITY, VestingSchedule.even(4, 12), BigDecimal.ZERO))
                .criteria(new Criteria(30, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.FRONTIER_SCALE,
                        TopicFit.LLM_GENAI_CORE, 4, 2, 5, 4, 55, 30, VisaSupport.FULL).withInterest(4))
                .build();
    }

    /** A US assistant professorship: $150k for 9 months plus 2 summer months, $1M start-up over 5 years. */
    static Offer university() {
        return Offer.builder().company("State University").roleTitle("Assistant Professor").type(OfferType.ACADEMIA_FACULTY)
                .seniority(Seniority.NEW_GRAD_PHD).location(new Location("Pittsburgh", "USA", false)).currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(bd("150000")))
                .academic(new AcademicTerms(bd("150000"), 2, bd("1000000"), 5, bd("3")))
                .criteria(new Criteria(90, PublicationPolicy.OPEN, ComputeAccess.MODEST, TopicFit.GENAI_ADJACENT, 5, 4, 1, 5,
                        60, 15, VisaSupport.FULL).withInterest(5))
                .build();
    }

    /** A China-based lab paying the DeepSeek figure, 1.54 million yuan a year, entered in CNY. */
    static Offer chinaLab() {
        return Offer.builder().company("Hangzhou AI Lab").roleTitle("Researcher").type(OfferType.NON_US_LAB)
                .seniority(Seniority.NEW_GRAD_PHD).location(new Location("Hangzhou", "China", false)).currency(CurrencyCode.CNY)
                .pay(Compensation.ofBase(bd("1540000")))
                .criteria(new Criteria(50, PublicationPolicy.OPEN, ComputeAccess.GENEROUS, TopicFit.LLM_GENAI_CORE, 3, 4, 4, 3,
                        60, 20, VisaSupport.NOT_NEEDED).withInterest(3))
                .build();
    }

    static Offer usdOffer(String company, OfferType type, String base) {
        return Offer.builder().company(company).type(type).seniority(Seniority.NEW_GRAD_PHD).currency(CurrencyCode.USD)
                .pay(Compensation.ofBase(bd(base))).build();
    }
}
