package io.offerbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import org.junit.jupiter.api.Test;

/** Help > User guide is in the window's language: docs/user-guide.zh-CN.md when it is Chinese. */
class UserGuideLanguageTest {

    @Test
    void theGuideFollowsTheWindowsLanguage() {
        Language before = Texts.language();
        try {
            Texts.use(Language.ENGLISH);
            assertThat(UserGuideDialog.guideText()).startsWith("# OfferBench user guide");
            Texts.use(Language.SIMPLIFIED_CHINESE);
            assertThat(UserGuideDialog.guideText()).startsWith("# OfferBench 使用指南").contains("帮助 › 使用指南");
        } finally {
            Texts.use(before);
        }
    }
}
