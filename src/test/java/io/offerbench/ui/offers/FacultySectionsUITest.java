package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;

/** A faculty offer opens on its Academic section, with Equity closed; an industry offer the other way round. */
class FacultySectionsUITest extends AppUITest {

    @Test
    @SuppressWarnings("unchecked")
    void theFacultyOfferShowsItsAcademicSection() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db);
        TableView<Offer> table = app.node("#table", TableView.class);
        TitledPane academic = app.node("#academicPane", TitledPane.class);
        TitledPane equity = app.node("#equityPane", TitledPane.class);
        Offer faculty = table.getItems().stream().filter(o -> o.type() == OfferType.ACADEMIA_FACULTY).findFirst().orElseThrow();
        Offer industry = table.getItems().stream().filter(o -> o.type() == OfferType.FRONTIER_LAB).findFirst().orElseThrow();

        app.interact(() -> table.getSelectionModel().select(faculty));
        app.waitUntil(academic::isExpanded);
        assertThat(equity.isExpanded()).isFalse();

        app.interact(() -> table.getSelectionModel().select(industry));
        app.waitUntil(equity::isExpanded);
        assertThat(academic.isExpanded()).isFalse();
    }
}
