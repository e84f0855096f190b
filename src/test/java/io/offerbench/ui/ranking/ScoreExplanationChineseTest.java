package io.offerbench.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.text.Language;
import io.offerbench.text.SensitivityWords;
import io.offerbench.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ranking screen's score panel for the sample comparison, in Chinese: the money lines (exchange rate, equity
 * valuation, estimate notes), the market lines and the hints, and the sensitivity sentence hold no English sentence.
 * Only data stays as written: the documents' own subjects and quotes shown as context, and an exchange rate's stored source.
 */
class ScoreExplanationChineseTest {

    /** Three English words in a row: a sentence (names like "Helix AI" or ids are not). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theSamplesScorePanelsAndSensitivityAreChinese() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        Ranking ranking;
        List<String> documentText = new ArrayList<>();
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            ScoringInputs inputs = ScoringInputs.load(d);
            ranking = inputs.rank(inputs.activeProfile());
            inputs.context().benchmarks().forEach(b -> {
                documentText.add(b.subject());
                documentText.add(b.quote());
                documentText.add(b.caveat());
            });
            // A rate's source is stored with the rate as it was given (the user's words, or the document row it came from).
            inputs.context().currencies().rates().forEach(r -> documentText.add(r.source()));
        }
        Texts.use(Language.SIMPLIFIED_CHINESE);
        List<String> shown = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            shown.addAll(ScoreExplanation.money(s));
            shown.addAll(ScoreExplanation.market(s));
            shown.addAll(ScoreExplanation.hints(s));
        }
        shown.add(SensitivityWords.sentence(ranking.sensitivity()));
        assertThat(shown).anyMatch(l -> l.contains("如果") || l.contains("不会互换"));
        List<String> english = new ArrayList<>();
        for (String line : shown) {
            String words = line;
            for (String data : documentText) {
                if (data != null && !data.isBlank()) {
                    words = words.replace(data, " ");
                }
            }
            for (OfferScore s : ranking.scores()) {
                words = words.replace(s.offer().label(), " ");
            }
            if (ENGLISH.matcher(words).find()) {
                english.add(line);
            }
        }
        assertThat(english).isEmpty();
    }
}
