package io.offerbench.cli;

import io.offerbench.domain.Benchmark;
import io.offerbench.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code offerbench benchmarks}: the market figures scoring compares offers with, and where each comes from. */
@Command(name = "benchmarks", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the benchmark rows scoring compares offers with: id, segment, metric, figure, source document"
                + " and date; your own rows are marked.",
            "Rows you hid are left out (scoring skips them) unless --all is given. --id ID prints one row in full,"
                + " with its verbatim quote, caveat and outlet."},
        footer = {"", "Examples:",
            "  offerbench benchmarks",
            "  offerbench benchmarks --all --format csv > benchmarks.csv",
            "  offerbench benchmarks --id lambert-2023-newgrad-best"})
final class BenchmarksCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--all", description = "Include the rows you hid.")
    boolean all;

    @Option(names = "--id", paramLabel = "ID", description = "Print only this row, in full (hidden or not).")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> rows;
        try (Database db = database.openForReading()) {
            rows = db.benchmarks().findAll();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (id != null) {
            Benchmark row = rows.stream().filter(b -> b.id().equals(id.strip())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no benchmark row with id '" + id + "'; 'offerbench benchmarks --all' lists them"));
            switch (format) {
                case table -> BenchmarkOutput.full(row, out);
                case csv -> out.print(BenchmarkOutput.csv(List.of(row)));
                case json -> out.println(BenchmarkOutput.json(row));
            }
        } else {
            List<Benchmark> shown = all ? rows : rows.stream().filter(b -> !b.hidden()).toList();
            switch (format) {
                case table -> BenchmarkOutput.table(shown, all).print(out);
                case csv -> out.print(BenchmarkOutput.csv(shown));
                case json -> out.println(BenchmarkOutput.json(shown));
            }
        }
        out.flush();
        return 0;
    }
}
