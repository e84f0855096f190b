package io.offerbench.ui.common;

/**
 * Every FXML view of the window, named once: code asks for {@code View.RANKING}, never for a file name, so a
 * renamed or moved file is one edit here and a missing one fails {@code ViewTest}, not a user's click.
 */
public enum View {
    MAIN_WINDOW("main/MainWindow.fxml"),
    OFFERS("offers/OffersView.fxml"),
    OFFER_EDITOR("offers/OfferEditor.fxml"),
    COMMENTS("review/Comments.fxml"),
    RANKING("ranking/RankingView.fxml"),
    COMPARE("compare/CompareView.fxml"),
    BENCHMARKS("benchmarks/BenchmarksView.fxml"),
    BENCHMARK_EDITOR("benchmarks/BenchmarkEditor.fxml"),
    CURRENCIES("currencies/CurrenciesView.fxml"),
    LOCATION_FACTORS("currencies/LocationFactors.fxml");

    private final String resource;

    View(String underUi) {
        this.resource = "/io/offerbench/ui/" + underUi;
    }

    /** The class-path resource holding the view. */
    public String resource() {
        return resource;
    }
}
