package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome page's sample: six offers of every kind, in a file apart from the user's, removed whole. */
class SampleComparisonTest {

    @TempDir
    Path dir;

    @Test
    void theSampleLivesApartFromTheUsersOffersAndKnowsTheWayBack() throws Exception {
        Path mine = dir.resolve("offerbench.db");
        try (Database db = Database.open(mine, Clock.systemDefaultZone())) {
            assertThat(SampleComparison.returnTo(db)).isEmpty();
        }
        Path sample = SampleComparison.open(mine, Clock.systemDefaultZone());
        assertThat(sample).isNotEqualTo(mine).startsWith(dir.resolve(SampleComparison.FOLDER));
        try (Database db = Database.open(sample, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).extracting(Offer::type).containsExactlyInAnyOrder(OfferType.FRONTIER_LAB,
                    OfferType.BIG_TECH_RESEARCH, OfferType.QUANT_FIRM, OfferType.AI_STARTUP, OfferType.ACADEMIA_FACULTY,
                    OfferType.CHINA_LAB);
            assertThat(SampleComparison.returnTo(db)).contains(mine.toAbsolutePath());
        }
        try (Database db = Database.open(mine, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).as("nothing of the sample in the user's file").isEmpty();
        }
        assertThat(SampleComparison.open(mine, Clock.systemDefaultZone())).as("opened again, not imported twice").isEqualTo(sample);
        try (Database db = Database.open(sample, Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).hasSize(6);
        }
    }

    @Test
    void removingDeletesTheSampleFolderAndNothingElse() throws Exception {
        Path mine = dir.resolve("offerbench.db");
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Path sample = SampleComparison.open(mine, Clock.systemDefaultZone());
        SampleComparison.remove(sample);
        assertThat(dir.resolve(SampleComparison.FOLDER)).doesNotExist();
        assertThat(dir.resolve("keep.txt")).exists();
        assertThatThrownBy(() -> SampleComparison.remove(mine)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("keep.txt")).exists();
    }
}
