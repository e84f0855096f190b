package io.offerbench.ui.review;

import io.offerbench.domain.Coded;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Formats;
import io.offerbench.ui.common.Messages;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A changed field's value as the editor would show it: codes become their labels ("negotiating"
 * → "Negotiating"), amounts get thousands separators, ratings their words, and an empty value
 * reads "not entered" so "nothing → 20,000" is not a blank.
 */
final class ReviewFieldValues {

    private static final Map<String, Class<? extends Enum<?>>> CODED = Map.of(
            "offer_type", OfferType.class,
            "seniority", Seniority.class,
            "status", OfferStatus.class,
            "equity_type", EquityType.class,
            "publication_policy", PublicationPolicy.class,
            "compute_access", ComputeAccess.class,
            "topic_fit", TopicFit.class,
            "visa_support", VisaSupport.class);

    private static final Set<String> AMOUNTS = Set.of("base_salary", "annual_bonus", "sign_on_bonus", "relocation",
            "equity_total", "equity_refresher", "nine_month_salary", "startup_package");

    private static final Set<String> RATINGS = Set.of("team_fit", "role_clarity", "product_closeness", "stability");

    private ReviewFieldValues() {
    }

    static String show(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Messages.get("common.notEntered");
        }
        if (CODED.containsKey(field)) {
            return label(CODED.get(field), value);
        }
        if (AMOUNTS.contains(field) && !value.endsWith("%")) {
            return amount(value);
        }
        if (RATINGS.contains(field) && value.matches("[1-5]")) {
            return Messages.get("rating." + value);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Class<? extends Enum<?>> type, String code) {
        try {
            return EnumLabels.of((Enum<?>) Coded.fromCode((Class) type, code));
        } catch (IllegalArgumentException unknown) {
            return code; // a code from a newer version: its own name is still better than nothing
        }
    }

    private static String amount(String value) {
        try {
            return Formats.amount(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
