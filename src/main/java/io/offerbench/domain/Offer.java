package io.offerbench.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One job offer as the student entered it. All amounts are in {@link #currency()}; conversion to the
 * home currency happens only in scoring, through the user's currency table. {@code id} is 0 until
 * the offer is first saved.
 */
public record Offer(
        long id,
        String company,
        String roleTitle,
        OfferType type,
        Seniority seniority,
        Location location,
        CurrencyCode currency,
        Compensation pay,
        EquityGrant equity,
        AcademicTerms academic,
        Criteria criteria,
        OfferStatus status,
        LocalDate deadline,
        String notes) {

    public Offer {
        Objects.requireNonNull(company, "company");
        if (company.isBlank()) {
            throw Refusal.of("offer.noCompany");
        }
        roleTitle = roleTitle == null ? "" : roleTitle;
        type = type == null ? OfferType.OTHER : type;
        seniority = seniority == null ? Seniority.NEW_GRAD_PHD : seniority;
        location = location == null ? Location.unknown() : location;
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(pay, "pay");
        equity = equity == null ? EquityGrant.none() : equity;
        academic = academic == null ? AcademicTerms.none() : academic;
        criteria = criteria == null ? Criteria.unknown() : criteria;
        status = status == null ? OfferStatus.CONSIDERING : status;
        notes = notes == null ? "" : notes;
    }

    /** The offer its fields' values and its sections describe; see {@link OfferValues#toOffer}. */
    static Offer from(long id, OfferValues v, Location location, Compensation pay, EquityGrant equity, AcademicTerms academic,
            Criteria criteria) {
        return new Offer(id, v.text(OfferField.COMPANY), v.text(OfferField.ROLE), v.code(OfferField.OFFER_TYPE, OfferType.class),
                v.code(OfferField.SENIORITY, Seniority.class), location, v.currency(OfferField.CURRENCY), pay, equity, academic,
                criteria, v.code(OfferField.STATUS, OfferStatus.class), v.date(OfferField.DEADLINE), v.text(OfferField.NOTES));
    }

    public boolean isAcademic() {
        return type.isAcademic();
    }

    /** The offer's name in lists and charts: "Company — Role", or the company alone. */
    public String label() {
        return roleTitle.isBlank() ? company : company + " — " + roleTitle;
    }

    public Offer withId(long newId) {
        return toBuilder().id(newId).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).company(company).roleTitle(roleTitle).type(type).seniority(seniority)
                .location(location).currency(currency).pay(pay).equity(equity).academic(academic)
                .criteria(criteria).status(status).deadline(deadline).notes(notes);
    }

    /** Mutable helper for building an offer step by step (forms, importers, tests). */
    public static final class Builder {
        private long id;
        private String company;
        private String roleTitle;
        private OfferType type;
        private Seniority seniority;
        private Location location;
        private CurrencyCode currency = CurrencyCode.USD;
        private Compensation pay;
        private EquityGrant equity;
        private AcademicTerms academic;
        private Criteria criteria;
        private OfferStatus status;
        private LocalDate deadline;
        private String notes;

        public Builder id(long v) { this.id = v; return this; }
        public Builder company(String v) { this.company = v; return this; }
        public Builder roleTitle(String v) { this.roleTitle = v; return this; }
        public Builder type(OfferType v) { this.type = v; return this; }
        public Builder seniority(Seniority v) { this.seniority = v; return this; }
        public Builder location(Location v) { this.location = v; return this; }
        public Builder currency(CurrencyCode v) { this.currency = v; return this; }
        public Builder pay(Compensation v) { this.pay = v; return this; }
        public Builder equity(EquityGrant v) { this.equity = v; return this; }
        public Builder academic(AcademicTerms v) { this.academic = v; return this; }
        public Builder criteria(Criteria v) { this.criteria = v; return this; }
        public Builder status(OfferStatus v) { this.status = v; return this; }
        public Builder deadline(LocalDate v) { this.deadline = v; return this; }
        public Builder notes(String v) { this.notes = v; return this; }

        public Offer build() {
            return new Offer(id, company, roleTitle, type, seniority, location, currency, pay, equity, academic,
                    criteria, status, deadline, notes);
        }
    }
}
