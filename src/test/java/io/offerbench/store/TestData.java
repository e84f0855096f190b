package io.offerbench.store;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** Offers with every field set (and with every optional field empty) for round-trip tests. */
final class TestData {

    private TestData() {
    }

    static Offer fullOffer(String company) {
        return Offer.builder().company(company).roleTitle("Research Scientist").type(OfferType.FRONTIER_LAB)
                .seniority(Seniority.POSTDOC).location(new Location("San Francisco", "US", true))
                .currency(new CurrencyCode("EUR"))
                .pay(new Compensation(new BigDecimal("312500.50"), null, new BigDecimal("15.0"), new BigDecimal("100000"), 2,
                        new BigDecimal("25000.00")))
                .equity(new EquityGrant(new BigDecimal("1200000.00"), EquityType.PRIVATE_EQUITY,
                        VestingSchedule.parse("5/15/40/40", 4, 12), new BigDecimal("50000")))
                .academic(new AcademicTerms(new BigDecimal("180000"), 2, new BigDecimal("750000.25"), 4, new BigDecimal("1.5")))
                .criteria(new Criteria(40, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.FRONTIER_SCALE,
                        TopicFit.LLM_GENAI_CORE, 4, 3, 5, 2, 60, 35, VisaSupport.PARTIAL))
                .status(OfferStatus.NEGOTIATING).deadline(LocalDate.of(2026, 3, 31)).notes("Ask about the refresher.\nSecond line")
                .build();
    }

    /** Only what an offer requires; everything optional left out. */
    static Offer minimalOffer(String company) {
        return Offer.builder().company(company).currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("150000"))).build();
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A raw SQLite connection that bypasses OfferBench, to build files in odd states. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
