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
import io.offerbench.domain.Coded;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;

/** Maps an {@link Offer} to and from a row of the offer table; the column order matches {@link #COLUMNS}. */
final class OfferRows {

    /** Every column but id and the timestamps, in binding order. */
    static final String COLUMNS = "company, role_title, offer_type, seniority, city, country, remote, currency,"
            + " base_salary, bonus_amount, bonus_percent, sign_on_bonus, sign_on_years, relocation,"
            + " equity_value, equity_type, vesting, vesting_years, vesting_cliff_months, equity_refresher,"
            + " nine_month_salary, summer_months, startup_package, startup_years, teaching_courses,"
            + " research_freedom_pct, publication_policy, compute_access, topic_fit, team_fit, role_clarity,"
            + " product_closeness, stability, hours_per_week, commute_minutes, visa_support, status, deadline, notes,"
            + " guaranteed_summer_months, interest, product_closeness_na";
    static final int COUNT = COLUMNS.split(",").length;

    private OfferRows() {
    }

    /** Binds the offer's fields to parameters 1..{@link #COUNT}. */
    static void bind(PreparedStatement ps, Offer o) throws SQLException {
        int i = 1;
        ps.setString(i++, o.company());
        ps.setString(i++, o.roleTitle());
        Columns.setCode(ps, i++, o.type());
        Columns.setCode(ps, i++, o.seniority());
        ps.setString(i++, o.location().city());
        ps.setString(i++, o.location().country());
        ps.setInt(i++, o.location().remote() ? 1 : 0);
        ps.setString(i++, o.currency().code());
        Compensation p = o.pay();
        Columns.setDecimal(ps, i++, p.baseSalary());
        Columns.setDecimal(ps, i++, p.bonusAmount());
        Columns.setDecimal(ps, i++, p.bonusPercentOfBase());
        Columns.setDecimal(ps, i++, p.signOnBonus());
        ps.setInt(i++, p.signOnYears());
        Columns.setDecimal(ps, i++, p.relocation());
        EquityGrant e = o.equity();
        Columns.setDecimal(ps, i++, e.grantValue());
        Columns.setCode(ps, i++, e.type());
        ps.setString(i++, vestingText(e.vesting()));
        ps.setInt(i++, e.vesting().years());
        ps.setInt(i++, e.vesting().cliffMonths());
        Columns.setDecimal(ps, i++, e.annualRefresher());
        AcademicTerms a = o.academic();
        Columns.setDecimal(ps, i++, a.nineMonthSalary());
        ps.setInt(i++, a.summerMonths());
        Columns.setDecimal(ps, i++, a.startupPackage());
        ps.setInt(i++, a.startupYears());
        Columns.setDecimal(ps, i++, a.teachingCoursesPerYear());
        Criteria c = o.criteria();
        Columns.setInt(ps, i++, c.researchFreedomPercent());
        Columns.setCode(ps, i++, c.publicationPolicy());
        Columns.setCode(ps, i++, c.computeAccess());
        Columns.setCode(ps, i++, c.topicFit());
        Columns.setInt(ps, i++, c.teamFit());
        Columns.setInt(ps, i++, c.roleClarity());
        Columns.setInt(ps, i++, c.productCloseness());
        Columns.setInt(ps, i++, c.stability());
        Columns.setInt(ps, i++, c.hoursPerWeek());
        Columns.setInt(ps, i++, c.commuteMinutes());
        Columns.setCode(ps, i++, c.visaSupport());
        Columns.setCode(ps, i++, o.status());
        Columns.setDate(ps, i++, o.deadline());
        ps.setString(i++, o.notes());
        ps.setInt(i++, a.guaranteedSummerMonths());
        Columns.setInt(ps, i++, c.interest());
        ps.setInt(i, c.productClosenessNotApplicable() ? 1 : 0);
    }

    /**
     * The schedule as text: {@link VestingSchedule#format()} when parsing that back gives the very same
     * schedule ("even", "5/15/40/40"), otherwise every share exactly, so no precision is ever lost.
     */
    static String vestingText(VestingSchedule v) {
        String formatted = v.format();
        if (VestingSchedule.parse(formatted, v.years(), v.cliffMonths()).equals(v)) {
            return formatted;
        }
        return v.yearlyPercents().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
    }

    /** The offers that load and the rows that do not, oldest first. */
    record Loaded(List<Offer> offers, List<DamagedOffer> damaged) {
    }

    /** Every offer row: each one that cannot be loaded is set apart with what is wrong, and the rest load. */
    static Loaded readAll(Connection c) throws SQLException {
        List<Offer> offers = new ArrayList<>();
        List<DamagedOffer> damaged = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM offer ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    offers.add(read(rs));
                } catch (RuntimeException e) {
                    damaged.add(damage(rs, e));
                }
            }
        }
        return new Loaded(offers, damaged);
    }

    private static final List<String> DECIMALS = List.of("base_salary", "bonus_amount", "bonus_percent", "sign_on_bonus",
            "relocation", "equity_value", "equity_refresher", "nine_month_salary", "startup_package", "teaching_courses");
    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.of("offer_type", OfferType.class,
            "seniority", Seniority.class, "equity_type", EquityType.class, "publication_policy", PublicationPolicy.class,
            "compute_access", ComputeAccess.class, "topic_fit", TopicFit.class, "visa_support", VisaSupport.class,
            "status", OfferStatus.class);

    /** Which column of a row that failed to load is to blame: the first that does not parse on its own. */
    private static DamagedOffer damage(ResultSet rs, RuntimeException failure) throws SQLException {
        long id = rs.getLong("id");
        String company = String.valueOf(rs.getString("company"));
        for (String col : DECIMALS) {
            String v = rs.getString(col);
            if (v != null && !parses(() -> new BigDecimal(v))) {
                return new DamagedOffer(id, company, col, v);
            }
        }
        for (Map.Entry<String, Class<? extends Enum<?>>> e : CODES.entrySet()) {
            String v = rs.getString(e.getKey());
            if (v != null && !parses(() -> codedUnchecked(e.getValue(), v))) {
                return new DamagedOffer(id, company, e.getKey(), v);
            }
        }
        String deadline = rs.getString("deadline");
        if (deadline != null && !parses(() -> java.time.LocalDate.parse(deadline))) {
            return new DamagedOffer(id, company, "deadline", deadline);
        }
        String currency = rs.getString("currency");
        if (!parses(() -> new CurrencyCode(currency))) {
            return new DamagedOffer(id, company, "currency", String.valueOf(currency));
        }
        String vesting = rs.getString("vesting");
        if (!parses(() -> VestingSchedule.parse(vesting, rs.getInt("vesting_years"), rs.getInt("vesting_cliff_months")))) {
            return new DamagedOffer(id, company, "vesting", String.valueOf(vesting));
        }
        return new DamagedOffer(id, company, null, String.valueOf(failure.getMessage()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object codedUnchecked(Class type, String v) {
        return Coded.fromCode(type, v);
    }

    private interface Attempt {
        Object run() throws Exception;
    }

    private static boolean parses(Attempt a) {
        try {
            a.run();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static Offer read(ResultSet rs) throws SQLException {
        Compensation pay = new Compensation(Columns.decimal(rs, "base_salary"), Columns.decimal(rs, "bonus_amount"),
                Columns.decimal(rs, "bonus_percent"), Columns.decimal(rs, "sign_on_bonus"), rs.getInt("sign_on_years"),
                Columns.decimal(rs, "relocation"));
        VestingSchedule vesting = VestingSchedule.parse(rs.getString("vesting"), rs.getInt("vesting_years"),
                rs.getInt("vesting_cliff_months"));
        EquityGrant equity = new EquityGrant(Columns.decimal(rs, "equity_value"),
                Columns.coded(rs, "equity_type", EquityType.class), vesting, Columns.decimal(rs, "equity_refresher"));
        AcademicTerms academic = new AcademicTerms(Columns.decimal(rs, "nine_month_salary"), rs.getInt("summer_months"),
                Columns.decimal(rs, "startup_package"), rs.getInt("startup_years"), Columns.decimal(rs, "teaching_courses"),
                rs.getInt("guaranteed_summer_months"));
        Criteria criteria = new Criteria(Columns.nullableInt(rs, "research_freedom_pct"),
                Columns.coded(rs, "publication_policy", PublicationPolicy.class),
                Columns.coded(rs, "compute_access", ComputeAccess.class), Columns.coded(rs, "topic_fit", TopicFit.class),
                Columns.nullableInt(rs, "team_fit"), Columns.nullableInt(rs, "role_clarity"),
                Columns.nullableInt(rs, "product_closeness"), Columns.nullableInt(rs, "stability"),
                Columns.nullableInt(rs, "hours_per_week"), Columns.nullableInt(rs, "commute_minutes"),
                Columns.coded(rs, "visa_support", VisaSupport.class), Columns.nullableInt(rs, "interest"),
                rs.getInt("product_closeness_na") == 1);
        return new Offer(rs.getLong("id"), rs.getString("company"), rs.getString("role_title"),
                Columns.coded(rs, "offer_type", OfferType.class), Columns.coded(rs, "seniority", Seniority.class),
                new Location(rs.getString("city"), rs.getString("country"), rs.getInt("remote") == 1),
                new CurrencyCode(rs.getString("currency")), pay, equity, academic, criteria,
                Columns.coded(rs, "status", OfferStatus.class), Columns.date(rs, "deadline"), rs.getString("notes"));
    }
}
