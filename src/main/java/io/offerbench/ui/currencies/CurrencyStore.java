package io.offerbench.ui.currencies;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.store.ExchangeRateRepository;
import io.offerbench.store.LocationFactorRepository;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.BackgroundWork;
import java.util.List;
import java.util.function.Consumer;

/**
 * The database work of the currencies screen, on the database lane. Every change answers with the
 * table as stored afterwards, so the screen shows what the file holds (an upsert may have replaced a row).
 */
final class CurrencyStore {

    private final Workspace workspace;
    private final BackgroundWork work;
    private final ExchangeRateRepository rates;
    private final LocationFactorRepository factors;

    CurrencyStore(Workspace workspace) {
        this.workspace = workspace;
        this.work = workspace.work();
        this.rates = workspace.database().rates();
        this.factors = workspace.database().locationFactors();
    }

    void loadRates(Consumer<List<ExchangeRate>> then) {
        work.run(rates::findAll, then);
    }

    void saveRate(ExchangeRate rate, Consumer<List<ExchangeRate>> then) {
        work.run(() -> {
            rates.save(rate);
            return rates.findAll();
        }, changed(then));
    }

    void deleteRate(CurrencyCode currency, Consumer<List<ExchangeRate>> then) {
        work.run(() -> {
            rates.delete(currency);
            return rates.findAll();
        }, changed(then));
    }

    void loadFactors(Consumer<List<LocationFactor>> then) {
        work.run(factors::findAll, then);
    }

    void saveFactor(LocationFactor factor, Consumer<List<LocationFactor>> then) {
        work.run(() -> {
            factors.save(factor);
            return factors.findAll();
        }, changed(then));
    }

    void deleteFactor(LocationFactor factor, Consumer<List<LocationFactor>> then) {
        work.run(() -> {
            factors.delete(factor.kind(), factor.place());
            return factors.findAll();
        }, changed(then));
    }

    /** After a write: the scores read rates and estimates again, then the screen gets the table. */
    private <T> Consumer<T> changed(Consumer<T> then) {
        return table -> {
            workspace.scoringInputsChanged();
            then.accept(table);
        };
    }
}
