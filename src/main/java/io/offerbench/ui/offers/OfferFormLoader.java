package io.offerbench.ui.offers;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.ui.common.Formats;
import java.math.BigDecimal;

/** Fills the form from a saved offer, writing amounts in the form the amount fields read back. */
final class OfferFormLoader {

    private OfferFormLoader() {
    }

    static void load(OfferForm f, Offer o) {
        f.company.set(o.company());
        f.role.set(o.roleTitle());
        f.type.set(o.type());
        f.seniority.set(o.seniority());
        f.status.set(o.status());
        f.deadline.set(Formats.date(o.deadline()));
        f.city.set(o.location().city());
        f.country.set(o.location().country());
        f.remote.set(o.location().remote());
        f.currency.set(o.currency().code());
        f.notes.set(o.notes());
        loadPay(f, o.pay());
        loadEquity(f, o.equity());
        loadAcademic(f, o.academic());
        loadCriteria(f, o.criteria());
    }

    /** The empty form of a new offer: blank where the user must decide, common defaults elsewhere. */
    static void loadDefaults(OfferForm f) {
        f.textFields().forEach(field -> field.set(field.field().initialText()));
        f.type.set(OfferField.OFFER_TYPE.initialCode(OfferType.class));
        f.seniority.set(OfferField.SENIORITY.initialCode(Seniority.class));
        f.status.set(OfferField.STATUS.initialCode(OfferStatus.class));
        f.equityType.set(OfferField.EQUITY_TYPE.initialCode(EquityType.class));
        f.remote.set("yes".equals(OfferField.REMOTE.initialText()));
        f.publication.set(OfferField.PUBLICATION_POLICY.initialCode(PublicationPolicy.class));
        f.compute.set(OfferField.COMPUTE_ACCESS.initialCode(ComputeAccess.class));
        f.topicFit.set(OfferField.TOPIC_FIT.initialCode(TopicFit.class));
        f.visa.set(OfferField.VISA_SUPPORT.initialCode(VisaSupport.class));
        f.teamFit.set(null);
        f.roleClarity.set(null);
        f.productCloseness.set(null);
        f.stability.set(null);
        f.interest.set(null);
    }

    private static void loadPay(OfferForm f, Compensation p) {
        f.baseSalary.set(positiveOrBlank(p.baseSalary()));
        if (p.bonusPercentOfBase() != null) {
            f.annualBonus.set(p.bonusPercentOfBase().stripTrailingZeros().toPlainString() + "%");
        } else {
            f.annualBonus.set(positiveOrBlank(p.bonusAmount()));
        }
        f.signOnBonus.set(positiveOrBlank(p.signOnBonus()));
        f.signOnYears.set(String.valueOf(p.signOnYears()));
        f.relocation.set(positiveOrBlank(p.relocation()));
    }

    private static void loadEquity(OfferForm f, EquityGrant e) {
        f.equityType.set(e.type());
        f.equityValue.set(positiveOrBlank(e.grantValue()));
        f.equityYears.set(String.valueOf(e.vesting().years()));
        f.cliffMonths.set(String.valueOf(e.vesting().cliffMonths()));
        f.schedule.set(e.vesting().format());
        f.refresher.set(positiveOrBlank(e.annualRefresher()));
    }

    private static void loadAcademic(OfferForm f, AcademicTerms a) {
        f.nineMonthSalary.set(positiveOrBlank(a.nineMonthSalary()));
        f.summerMonths.set(String.valueOf(a.summerMonths()));
        f.guaranteedSummerMonths.set(String.valueOf(a.guaranteedSummerMonths()));
        f.startupPackage.set(positiveOrBlank(a.startupPackage()));
        f.startupYears.set(String.valueOf(a.startupYears()));
        f.teachingLoad.set(a.teachingCoursesPerYear().signum() == 0 ? "" : a.teachingCoursesPerYear().stripTrailingZeros().toPlainString());
    }

    private static void loadCriteria(OfferForm f, Criteria c) {
        f.researchFreedom.set(c.researchFreedomPercent() == null ? "" : c.researchFreedomPercent().toString());
        f.publication.set(c.publicationPolicy());
        f.compute.set(c.computeAccess());
        f.topicFit.set(c.topicFit());
        f.teamFit.set(c.teamFit());
        f.roleClarity.set(c.roleClarity());
        f.productCloseness.set(c.productClosenessNotApplicable() ? OfferForm.NOT_APPLICABLE : c.productCloseness());
        f.interest.set(c.interest());
        f.stability.set(c.stability());
        f.hoursPerWeek.set(c.hoursPerWeek() == null ? "" : c.hoursPerWeek().toString());
        f.commuteMinutes.set(c.commuteMinutes() == null ? "" : c.commuteMinutes().toString());
        f.visa.set(c.visaSupport());
    }

    /** Zero shows as an empty field: "no sign-on" reads better blank than "0". */
    private static String positiveOrBlank(BigDecimal v) {
        return v == null || v.signum() == 0 ? "" : Formats.amount(v);
    }
}
