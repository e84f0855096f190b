package io.offerbench.ui.ranking;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.ui.session.ScoringModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scoring options on the ranking toolbar: home currency (any currency in the rate table),
 * private-equity scenario, and the two location estimates. A change is saved and rescored at once.
 */
public final class ScoringOptionsViewModel {

    private final ScoringModel scoring;
    private final ObservableList<CurrencyCode> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<CurrencyCode> home = new SimpleObjectProperty<>();
    private final ObjectProperty<LiquidityScenario> scenario = new SimpleObjectProperty<>();
    private final BooleanProperty costOfLiving = new SimpleBooleanProperty();
    private final BooleanProperty afterTax = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> tenure = new SimpleObjectProperty<>();
    private boolean loading;

    public ScoringOptionsViewModel(ScoringModel scoring) {
        this.scoring = scoring;
        scoring.settingsProperty().addListener((o, a, s) -> load());
        scoring.contextProperty().addListener((o, a, c) -> load());
        home.addListener((o, a, b) -> save());
        scenario.addListener((o, a, b) -> save());
        costOfLiving.addListener((o, a, b) -> save());
        afterTax.addListener((o, a, b) -> save());
        tenure.addListener((o, a, b) -> save());
        load();
    }

    public ObservableList<CurrencyCode> currencies() {
        return currencies;
    }

    public ObjectProperty<CurrencyCode> homeProperty() {
        return home;
    }

    public ObjectProperty<LiquidityScenario> scenarioProperty() {
        return scenario;
    }

    public BooleanProperty costOfLivingProperty() {
        return costOfLiving;
    }

    /** Years the student expects to stay: pay is valued over them (1 to 10, default 2). */
    public ObjectProperty<Integer> tenureProperty() {
        return tenure;
    }

    public BooleanProperty afterTaxProperty() {
        return afterTax;
    }

    private void load() {
        loading = true;
        try {
            ScoringSettings s = scoring.settingsProperty().get();
            if (scoring.contextProperty().get() != null) {
                currencies.setAll(scoring.contextProperty().get().currencies().rates().stream().map(ExchangeRate::currency).toList());
            }
            home.set(s.homeCurrency());
            scenario.set(s.scenario());
            costOfLiving.set(s.adjustCostOfLiving());
            afterTax.set(s.afterTax());
            tenure.set(s.tenureYears());
        } finally {
            loading = false;
        }
    }

    private void save() {
        if (loading || home.get() == null || scenario.get() == null || tenure.get() == null) {
            return;
        }
        ScoringSettings s = scoring.settingsProperty().get();
        ScoringSettings changed = new ScoringSettings(home.get(), scenario.get(), s.multipliers(), costOfLiving.get(), afterTax.get(),
                s.activeProfile(), tenure.get());
        if (!changed.equals(s)) {
            scoring.saveSettings(changed);
        }
    }
}
