package io.offerbench.cli;

import io.offerbench.domain.Benchmark;
import io.offerbench.store.Database;
import io.offerbench.text.Texts;
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
        footer = {"", "Examples:",
            "  offerbench benchmarks",
            "  offerbench benchmarks --all --format csv > benchmarks.csv",
            "  offerbench benchmarks --id lambert-2023-newgrad-best"})
final class BenchmarksCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.help.benchmarks.format")
    Format format;

    @Option(names = "--all", descriptionKey = "cli.help.benchmarks.all")
    boolean all;

    @Option(names = "--id", paramLabel = "ID", descriptionKey = "cli.help.benchmarks.id")
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
                    new IllegalArgumentException(Texts.get("cli.benchmarks.noId", id)));
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
