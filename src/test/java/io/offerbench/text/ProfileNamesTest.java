package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A built-in profile is shown in the reader's language and still found by its stored name; a user's keeps its own. */
class ProfileNamesTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void builtInsAreShownInChineseAndUserProfilesAsNamed() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(ProfileNames.of(WeightPresets.balanced())).isEqualTo("均衡");
        assertThat(ProfileNames.of(WeightPresets.payFirst())).isEqualTo("薪酬优先");
        assertThat(ProfileNames.of(WeightPresets.researchFirst())).isEqualTo("科研优先");
        assertThat(ProfileNames.of(new WeightProfile("Advisor", Map.of(Criterion.PAY, BigDecimal.ONE)))).isEqualTo("Advisor");
        assertThat(ProfileNames.of("Balanced (my copy)")).isEqualTo("Balanced (my copy)");
        Texts.use(Language.ENGLISH);
        assertThat(ProfileNames.of(WeightPresets.payFirst())).isEqualTo("Pay first");
    }

    @Test
    void aBuiltInIsNamedByItsIdOrByItsNameInEitherLanguage() {
        assertThat(ProfileNames.builtInNamed("均衡")).contains(WeightPresets.BALANCED);
        assertThat(ProfileNames.builtInNamed(" research FIRST ")).contains(WeightPresets.RESEARCH_FIRST);
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(ProfileNames.builtInNamed("Pay first")).contains(WeightPresets.PAY_FIRST);
        assertThat(ProfileNames.builtInNamed("薪酬优先")).contains(WeightPresets.PAY_FIRST);
        assertThat(ProfileNames.builtInNamed("Advisor")).isEmpty();
    }
}
