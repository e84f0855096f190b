package io.offerbench.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One offer in a comparison file, every field of it, grouped as the domain groups it (location,
 * pay, equity, academic, criteria). Amounts are strings holding the exact decimal with its scale;
 * enumerations are their stable codes; "not known" is null. Text limits match the CSV import.
 */
final class OfferJson {

    private static final int SHORT_TEXT = 200;
    private static final int LONG_TEXT = 10_000;

    private OfferJson() {
    }

    static void write(SharedOffer shared, ObjectNode n) {
        Offer o = shared.offer();
        if (shared.uid() != null) {
            n.put("uid", shared.uid());
        }
        n.put("company", o.company());
        n.put("role", o.roleTitle());
        n.put("offer_type", o.type().code());
        n.put("seniority", o.seniority().code());
        ObjectNode loc = n.putObject("location");
        loc.put("city", o.location().city());
        loc.put("country", o.location().country());
        loc.put("remote", o.location().remote());
        n.put("currency", o.currency().code());
        Compensation p = o.pay();
        ObjectNode pay = n.putObject("pay");
        pay.put("base_salary", Json.plain(p.baseSalary()));
        pay.put("bonus_amount", Json.plain(p.bonusAmount()));
        pay.put("bonus_percent_of_base", Json.plain(p.bonusPercentOfBase()));
        pay.put("sign_on_bonus", Json.plain(p.signOnBonus()));
        pay.put("sign_on_years", p.signOnYears());
        pay.put("relocation", Json.plain(p.relocation()));
        EquityGrant e = o.equity();
        ObjectNode eq = n.putObject("equity");
        eq.put("grant_value", Json.plain(e.grantValue()));
        eq.put("type", e.type().code());
        ArrayNode shares = eq.putObject("vesting").putArray("yearly_percents");
        e.vesting().yearlyPercents().forEach(s -> shares.add(Json.plain(s)));
        ((ObjectNode) eq.get("vesting")).put("cliff_months", e.vesting().cliffMonths());
        eq.put("annual_refresher", Json.plain(e.annualRefresher()));
        AcademicTerms a = o.academic();
        ObjectNode ac = n.putObject("academic");
        ac.put("nine_month_salary", Json.plain(a.nineMonthSalary()));
        ac.put("summer_months", a.summerMonths());
        ac.put("startup_package", Json.plain(a.startupPackage()));
        ac.put("startup_years", a.startupYears());
        ac.put("teaching_courses_per_year", Json.plain(a.teachingCoursesPerYear()));
        ac.put("guaranteed_summer_months", a.guaranteedSummerMonths());
        Criteria c = o.criteria();
        ObjectNode cr = n.putObject("criteria");
        cr.put("research_freedom_percent", c.researchFreedomPercent());
        cr.put("publication_policy", Json.code(c.publicationPolicy()));
        cr.put("compute_access", Json.code(c.computeAccess()));
        cr.put("topic_fit", Json.code(c.topicFit()));
        cr.put("team_fit", c.teamFit());
        cr.put("role_clarity", c.roleClarity());
        cr.put("product_closeness", c.productCloseness());
        cr.put("stability", c.stability());
        cr.put("hours_per_week", c.hoursPerWeek());
        cr.put("commute_minutes", c.commuteMinutes());
        cr.put("visa_support", Json.code(c.visaSupport()));
        cr.put("interest", c.interest());
        cr.put("product_closeness_not_applicable", c.productClosenessNotApplicable());
        n.put("status", o.status().code());
        n.put("deadline", o.deadline() == null ? null : o.deadline().toString());
        n.put("notes", o.notes());
        ArrayNode comments = n.putArray("comments");
        for (ReviewComment rc : shared.comments()) {
            ObjectNode cn = comments.addObject();
            cn.put("author", rc.author());
            cn.put("role", rc.role().code());
            cn.put("body", rc.body());
            cn.put("created_at", rc.createdAt().toString());
        }
    }

    static SharedOffer read(JsonFields f) {
        String uid = uid(f);
        Offer.Builder b = Offer.builder()
                .company(f.requiredText("company", SHORT_TEXT))
                .roleTitle(f.text("role", SHORT_TEXT, false))
                .type(f.code("offer_type", OfferType.class))
                .seniority(f.code("seniority", Seniority.class))
                .location(location(f.object("location")))
                .currency(currency(f));
        b.pay(pay(f.object("pay"), f.at("pay")));
        b.equity(equity(f.object("equity")));
        b.academic(academic(f.object("academic")));
        b.criteria(criteria(f.object("criteria")));
        b.status(f.code("status", OfferStatus.class)).deadline(f.date("deadline")).notes(f.text("notes", LONG_TEXT, true));
        List<ReviewComment> comments = new ArrayList<>();
        for (JsonFields.Element el : f.array("comments")) {
            JsonFields c = el.fields();
            String body = c.text("body", LONG_TEXT, true);
            ReviewComment rc = c.build(() -> new ReviewComment(0, 0, c.text("author", SHORT_TEXT, false),
                    ReviewRole.fromCode(c.text("role", SHORT_TEXT, false)), body, required(c, "created_at", c.instant("created_at"))));
            c.done();
            comments.add(rc);
        }
        Offer offer = f.build(b::build);
        f.done();
        return new SharedOffer(offer, comments, uid);
    }

    /** The offer's stable identity: optional (older files have none), but when present a UUID. */
    private static String uid(JsonFields f) {
        String uid = f.string("uid");
        if (uid == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(uid.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.at("uid"), "must be the offer's identity as OfferBench writes it (a UUID such as"
                    + " \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"), not \"" + uid + "\"; remove the field to import the offer as new");
        }
    }

    private static CurrencyCode currency(JsonFields f) {
        String code = f.string("currency");
        if (code == null) {
            throw new JsonProblem(f.at("currency"), "is required: an ISO 4217 code such as \"USD\"");
        }
        try {
            return new CurrencyCode(code);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.at("currency"), e.getMessage());
        }
    }

    private static Location location(JsonFields f) {
        if (f == null) {
            return null;
        }
        Location l = new Location(f.text("city", SHORT_TEXT, false), f.text("country", SHORT_TEXT, false), f.bool("remote", false));
        f.done();
        return l;
    }

    private static Compensation pay(JsonFields f, String path) {
        if (f == null) {
            throw new JsonProblem(path, "is required: an object with at least \"base_salary\"");
        }
        BigDecimal base = f.requiredMoney("base_salary");
        if (base.signum() <= 0) {
            throw new JsonProblem(f.at("base_salary"), "must be more than zero, not " + base.toPlainString());
        }
        Compensation c = f.build(() -> new Compensation(base, f.money("bonus_amount"), f.nonNegative("bonus_percent_of_base"),
                f.money("sign_on_bonus"), f.integer("sign_on_years", 1, 10, 1), f.money("relocation")));
        f.done();
        return c;
    }

    private static EquityGrant equity(JsonFields f) {
        if (f == null) {
            return null;
        }
        BigDecimal value = f.money("grant_value");
        EquityType type = f.code("type", EquityType.class);
        JsonFields v = f.object("vesting");
        VestingSchedule vesting = v == null ? VestingSchedule.even(4, 0) : vesting(v);
        EquityGrant g = f.build(() -> new EquityGrant(value == null ? BigDecimal.ZERO : value,
                type == null ? EquityType.PUBLIC_RSU : type, vesting, f.money("annual_refresher")));
        f.done();
        return g;
    }

    private static VestingSchedule vesting(JsonFields v) {
        List<BigDecimal> shares = new ArrayList<>();
        for (JsonFields.Element el : v.array("yearly_percents")) {
            if (!el.node().isTextual()) {
                throw new JsonProblem(el.path(), "must be a percentage as a string, like \"25\", not " + Json.kind(el.node()));
            }
            shares.add(Json.decimal(el.node().textValue(), el.path()));
        }
        int cliff = v.integer("cliff_months", 0, 120, 0);
        VestingSchedule s = v.build(() -> new VestingSchedule(shares, cliff));
        v.done();
        return s;
    }

    private static AcademicTerms academic(JsonFields f) {
        if (f == null) {
            return null;
        }
        AcademicTerms a = f.build(() -> new AcademicTerms(f.money("nine_month_salary"), f.integer("summer_months", 0, 3, 0),
                f.money("startup_package"), f.integer("startup_years", 1, 10, 3), f.nonNegative("teaching_courses_per_year"),
                f.integer("guaranteed_summer_months", 0, 3, 0)));
        f.done();
        return a;
    }

    private static Criteria criteria(JsonFields f) {
        if (f == null) {
            return null;
        }
        Criteria c = f.build(() -> new Criteria(f.integer("research_freedom_percent", 0, 100),
                f.code("publication_policy", PublicationPolicy.class), f.code("compute_access", ComputeAccess.class),
                f.code("topic_fit", TopicFit.class), f.integer("team_fit", 1, 5), f.integer("role_clarity", 1, 5),
                f.integer("product_closeness", 1, 5), f.integer("stability", 1, 5), f.integer("hours_per_week", 1, 120),
                f.integer("commute_minutes", 0, 300), f.code("visa_support", VisaSupport.class), f.integer("interest", 1, 5),
                f.bool("product_closeness_not_applicable", false)));
        f.done();
        return c;
    }

    private static <T> T required(JsonFields f, String name, T value) {
        if (value == null) {
            throw new JsonProblem(f.at(name), "is required");
        }
        return value;
    }
}
