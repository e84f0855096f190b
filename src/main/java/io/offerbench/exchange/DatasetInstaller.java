package io.offerbench.exchange;

import io.offerbench.store.Database;

/**
 * Brings a database's copy of the documents' benchmarks up to the bundled dataset, and seeds the
 * currency table with the rates the documents imply. Runs on every start: when the dataset version
 * is unchanged nothing is written; user rows, hidden flags and edited rates are never touched.
 */
public final class DatasetInstaller {

    private DatasetInstaller() {
    }

    public static void install(Database db) {
        BenchmarkDataset dataset = BenchmarkDataset.bundled();
        db.inTransaction(c -> {
            db.benchmarks().syncDocumentRows(dataset.version(), dataset.benchmarks());
            db.rates().seedDefaults(dataset.defaultExchangeRates());
            return null;
        });
    }
}
