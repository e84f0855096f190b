package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wrapped column keeps within its width, breaks at spaces (or after '-' and '/'), and loses no character. */
class TextTableWrapTest {

    @Test
    void aSentenceBreaksAtSpacesAndEveryLineFits() {
        String sentence = "Social insurance and housing fund are a labelled estimate at the 2025/26 caps";
        List<String> lines = TextTable.lines(sentence, 20);
        assertThat(lines).containsExactly("Social insurance and", "housing fund are a", "labelled estimate at", "the 2025/26 caps");
    }

    @Test
    void aLongAddressBreaksAfterASlashOrHyphenAndChineseAnywhereByDisplayWidth() {
        List<String> url = TextTable.lines("<https://www.bea.gov/data/income-saving/real-personal-income-states>", 24);
        assertThat(url).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(24));
        assertThat(String.join("", url)).isEqualTo("<https://www.bea.gov/data/income-saving/real-personal-income-states>");
        assertThat(url.get(0)).endsWith("/");
        List<String> chinese = TextTable.lines("关于2025年度上海市调整住房公积金缴存基数的通知", 10);
        assertThat(chinese).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(10));
        assertThat(String.join("", chinese)).isEqualTo("关于2025年度上海市调整住房公积金缴存基数的通知");
    }

    @Test
    void aRowTakesAsManyLinesAsItsTallestCellAndTheOtherColumnsStayAligned() {
        TextTable t = new TextTable("ID", "NOTE", "YEAR").wrap(1, 12);
        t.row("a", "one two three four five", "2025");
        t.row("bb", "short", "2026");
        StringWriter w = new StringWriter();
        t.print(new PrintWriter(w));
        assertThat(w.toString().split("\\R")).containsExactly(
                "ID  NOTE        YEAR",
                "a   one two     2025",
                "    three four",
                "    five",
                "bb  short       2026");
    }
}
