package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    /** A text without arguments is read as written: MessageFormat would have eaten its apostrophe ("each places"). */
    @Test
    void aTextWithoutArgumentsKeepsItsApostrophe() {
        Texts.use(Language.ENGLISH);
        assertThat(Texts.get("money.report.costOn")).contains("each place's price index");
        assertThat(Texts.get("benchmarks.doc.read.segment")).contains("Meta's labs");
    }

    /** With arguments, '' is an apostrophe and quoted braces are braces, as MessageFormat reads them. */
    @Test
    void aTextWithArgumentsOrQuotedBracesGoesThroughMessageFormat() {
        Texts.use(Language.ENGLISH);
        assertThat(Texts.get("benchmarks.doc.use.companySpecific", "X")).startsWith("One company's figure: shown beside the verdict of X");
        assertThat(Texts.get("import.comparison.weightsRequired")).contains("{\"pay\": \"40\"").doesNotContain("'{'");
    }
}
