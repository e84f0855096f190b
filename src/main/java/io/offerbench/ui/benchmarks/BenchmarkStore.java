package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import io.offerbench.store.BenchmarkRepository;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.BackgroundWork;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The benchmark screen's database work, always on the database lane. The list the table shows
 * changes only after the database has accepted a change, so the screen never shows what is not stored.
 */
final class BenchmarkStore {

    private final Workspace workspace;
    private final BackgroundWork work;
    private final BenchmarkRepository repository;
    private final ObservableList<Benchmark> rows;

    BenchmarkStore(Workspace workspace, ObservableList<Benchmark> rows) {
        this.workspace = workspace;
        this.work = workspace.work();
        this.repository = workspace.database().benchmarks();
        this.rows = rows;
    }

    void reload(Runnable then) {
        work.run(repository::findAll, loaded -> {
            rows.setAll(loaded);
            then.run();
        });
    }

    void save(Benchmark row, Consumer<Benchmark> then) {
        work.run(() -> repository.saveUserRow(row), saved -> {
            workspace.scoringInputsChanged();
            replaceOrAdd(saved);
            then.accept(saved);
        });
    }

    void setHidden(Benchmark row, boolean hidden, Consumer<Benchmark> then) {
        work.run(() -> {
            repository.setHidden(row.id(), hidden);
            return row.withHidden(hidden);
        }, changed -> {
            workspace.scoringInputsChanged();
            replaceOrAdd(changed);
            then.accept(changed);
        });
    }

    void delete(Benchmark row, Runnable then) {
        work.run(() -> {
            repository.deleteUserRow(row.id());
            return row;
        }, deleted -> {
            workspace.scoringInputsChanged();
            rows.removeIf(b -> b.id().equals(deleted.id()));
            then.run();
        });
    }

    private void replaceOrAdd(Benchmark changed) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(changed.id())) {
                rows.set(i, changed);
                return;
            }
        }
        rows.add(changed);
    }
}
