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
        Texts.use(Language.ENGLISH);
        assertThat(ProfileNames.of(WeightPresets.payFirst())).isEqualTo("Pay first");
    }

    /** The copy OfferBench keeps of an overwritten built-in is named in the reader's language, whichever it was made in. */
    @Test
    void copiesOfBuiltInsAreShownInTheReadersLanguage() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(ProfileNames.of("Balanced (my copy)")).isEqualTo("均衡（我的副本）");
        assertThat(ProfileNames.of("Pay first (my copy 3)")).isEqualTo("薪酬优先（我的副本 3）");
        assertThat(ProfileNames.of("Research first (from the file)")).isEqualTo("科研优先（来自文件）");
        assertThat(ProfileNames.of("Balanced（我的副本 2）")).isEqualTo("均衡（我的副本 2）");
        assertThat(ProfileNames.of("Balanced (my notes)")).isEqualTo("Balanced (my notes)");
        assertThat(ProfileNames.of("Advisor (my copy)")).isEqualTo("Advisor (my copy)");
        Texts.use(Language.ENGLISH);
        assertThat(ProfileNames.of("Balanced（我的副本）")).isEqualTo("Balanced (my copy)");
        assertThat(ProfileNames.of("Pay first (from the file, 2)")).isEqualTo("Pay first (from the file, 2)");
        assertThat(ProfileNames.copy("Balanced（来自文件，4）")).contains(new ProfileNames.Copy(WeightPresets.BALANCED, "profiles.fromFile", 4));
        assertThat(ProfileNames.copy("Balanced")).isEmpty();
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
