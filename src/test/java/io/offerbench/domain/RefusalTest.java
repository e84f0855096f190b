package io.offerbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the domain refuses reads in the user's language: the same fact in English and in Chinese, naming the value. */
class RefusalTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void vestingThatDoesNotAddUpNamesTheSumInEitherLanguage() {
        assertThatThrownBy(() -> VestingSchedule.parse("50/40", 0, 0)).isInstanceOf(Refusal.class)
                .hasMessage("Vesting shares must add up to 100 percent, not 90");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> VestingSchedule.parse("50/40", 0, 0)).hasMessage("各年归属比例之和必须为 100%，现在是 90");
    }

    @Test
    void aCriterionOutOfRangeIsNamedByItsLabelNotItsCode() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> new Criteria(null, null, null, null, null, null, null, null, 200, null, null, null, false))
                .hasMessage("工作时长必须在 1 到 120 之间，不能是 200");
        assertThatThrownBy(() -> new Compensation(new BigDecimal("-1"), null, null, null, 1, null)).hasMessage("基本工资不能为负数");
        Texts.use(Language.ENGLISH);
        assertThat(Refusal.of("criterionRange", Criterion.HOURS, 1, 120, 200).getMessage()).isEqualTo("Hours must be between 1 and 120, not 200");
    }
}
