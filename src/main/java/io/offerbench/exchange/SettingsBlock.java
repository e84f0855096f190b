package io.offerbench.exchange;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.text.Message;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which settings a comparison file may bring, and what each may hold. The scoring settings and the
 * reviewer's name and role are checked value by value (a file cannot store {@code home_currency}
 * XYZ or a tenure of 99 years); anything else — window preferences ({@code ui.*}), keys of a newer
 * OfferBench, keys no OfferBench writes — is read past and never stored.
 */
final class SettingsBlock {

    private static final Set<String> BOOLEANS = Set.of("scoring.adjust_cost_of_living", "scoring.after_tax");
    private static final Set<String> MULTIPLIERS = Set.of("scoring.liquidity_bear", "scoring.liquidity_base", "scoring.liquidity_bull");
    private static final Set<String> TEXTS = Set.of("scoring.active_profile", "review.author", ReviewComment.COMPARISON_SETTING);
    private static final Set<String> OTHERS = Set.of("scoring.home_currency", "scoring.liquidity_scenario", "scoring.tenure_years",
            "review.role", "review.snapshot.offer_ids"); // the last: which offers a review mark's snapshot holds

    private SettingsBlock() {
    }

    /** Every key a comparison file's settings carry. */
    static Set<String> keys() {
        Set<String> all = new java.util.TreeSet<>();
        List.of(BOOLEANS, MULTIPLIERS, TEXTS, OTHERS).forEach(all::addAll);
        return all;
    }

    /** A carried setting by its label in the language shown ("home currency", "本位币"), never by its key. */
    static Message label(String key) {
        return carried(key) ? Message.of("import.summary.setting." + key) : Message.worded(key);
    }

    /** Whether a comparison file's setting with this key is stored at all. */
    static boolean carried(String key) {
        return BOOLEANS.contains(key) || MULTIPLIERS.contains(key) || TEXTS.contains(key) || OTHERS.contains(key);
    }

    /** The value as stored (currency codes in capitals), or why it cannot be: empty when it is fine. */
    static Optional<String> problem(String key, String value) {
        String v = value.strip();
        if (BOOLEANS.contains(key) && !v.equals("true") && !v.equals("false")) {
            return Optional.of(Texts.get("json.setting.boolean", value));
        }
        if (MULTIPLIERS.contains(key)) {
            try {
                BigDecimal m = new BigDecimal(v);
                if (m.signum() < 0 || m.compareTo(BigDecimal.TEN) > 0) {
                    return Optional.of(Texts.get("json.setting.multiplier", value));
                }
            } catch (NumberFormatException e) {
                return Optional.of(Texts.get("json.setting.multiplier", value));
            }
        }
        if (key.equals("scoring.tenure_years")) {
            try {
                int years = Integer.parseInt(v);
                if (years < 1 || years > ScoringContext.MAX_TENURE_YEARS) {
                    return Optional.of(Texts.get("json.setting.tenure", value, ScoringContext.MAX_TENURE_YEARS));
                }
            } catch (NumberFormatException e) {
                return Optional.of(Texts.get("json.setting.tenure", value, ScoringContext.MAX_TENURE_YEARS));
            }
        }
        if (key.equals("scoring.liquidity_scenario") && !knows(() -> LiquidityScenario.fromCode(v))) {
            return Optional.of(Texts.get("json.setting.code", value, codes(LiquidityScenario.values())));
        }
        if (key.equals("review.role") && java.util.Arrays.stream(ReviewRole.values()).noneMatch(r -> r.code().equals(v))) {
            return Optional.of(Texts.get("json.setting.code", value, codes(ReviewRole.values())));
        }
        if (key.equals("scoring.active_profile") && (v.isEmpty() || v.length() > 60)) {
            return Optional.of(Texts.get("json.setting.profile", value));
        }
        if (key.equals(ReviewComment.COMPARISON_SETTING) && value.length() > ReviewComment.MAX_LENGTH) {
            return Optional.of(Texts.get("json.setting.comment", value.length(), ReviewComment.MAX_LENGTH));
        }
        if (key.equals("scoring.home_currency") && !knows(() -> CurrencyCode.of(v))) {
            return Optional.of(Texts.get("json.setting.currency", value));
        }
        return Optional.empty();
    }

    private static boolean knows(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String codes(io.offerbench.domain.Coded[] values) {
        StringBuilder sb = new StringBuilder();
        for (io.offerbench.domain.Coded c : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.code());
        }
        return sb.toString();
    }
}
