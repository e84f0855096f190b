package io.offerbench.ui.main;

import io.offerbench.ui.benchmarks.BenchmarksController;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.View;
import io.offerbench.ui.compare.CompareController;
import io.offerbench.ui.currencies.CurrenciesController;
import io.offerbench.ui.offers.OffersController;
import io.offerbench.ui.ranking.RankingController;
import io.offerbench.ui.review.ReviewActions;
import io.offerbench.ui.session.Workspace;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The one place the window's screens are built: each {@link Screen} with its controller, its view model and its
 * {@link View}. The Offers screen is built at once (the menus act on it); the others when their tab is first shown.
 */
final class Screens {

    private final Workspace workspace;
    private final Stage stage;
    private final OffersController offers;

    Screens(Workspace workspace, Stage stage, ReviewActions review) {
        this.workspace = workspace;
        this.stage = stage;
        this.offers = new OffersController(workspace, stage, review);
    }

    OffersController offers() {
        return offers;
    }

    /** Gives every tab of {@code tabs} its screen: Offers now, the rest when first selected. */
    void fill(TabPane tabs) {
        LazyTabs lazy = new LazyTabs(tabs);
        for (Tab tab : tabs.getTabs()) {
            if (Screen.of(tab) == Screen.OFFERS) {
                tab.setContent(build(tab));
            } else {
                lazy.add(tab, () -> build(tab));
            }
        }
    }

    private Parent build(Tab tab) {
        return switch (Screen.of(tab)) {
            case OFFERS -> Fxml.load(View.OFFERS, () -> offers);
            case RANKING -> Fxml.load(View.RANKING, () -> new RankingController(workspace, stage));
            case COMPARE -> {
                CompareController compare = new CompareController(workspace, stage);
                compare.showWhile(tab.selectedProperty()); // hidden, its check boxes and charts are not rebuilt
                yield Fxml.load(View.COMPARE, () -> compare);
            }
            case BENCHMARKS -> Fxml.load(View.BENCHMARKS, () -> new BenchmarksController(workspace, stage));
            case CURRENCIES -> Fxml.load(View.CURRENCIES, () -> new CurrenciesController(workspace, stage));
        };
    }
}
