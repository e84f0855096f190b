package io.offerbench.cli;

import io.offerbench.app.LeftOutOffer;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.store.Database;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offerbench export FILE}: the kind of file follows from its name; an existing file is replaced whole. */
@Command(name = "export", mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  offerbench export offers.csv", "  offerbench export --db alice.db alice.offerbench.json"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.export.file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExchangeFiles.Kind kind = ExchangeFiles.exportKindOf(file.getFileName().toString()).orElseThrow(() ->
                new WordedUsageError(spec.commandLine(), Texts.get("cli.export.badName", file.getFileName().toString())));
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(Texts.get("cli.file.folderMissing", file.toString(), folder.toString()));
        }
        int offers;
        List<LeftOutOffer> leftOut;
        try (Database db = database.openForReading()) {
            leftOut = db.offers().damaged().stream().map(LeftOutOffer::of).toList();
            offers = ExchangeFiles.export(db, file, kind, "OfferBench " + VersionProvider.version(), database.clock());
        } catch (IOException e) {
            throw new IllegalStateException(FileProblems.describe(Texts.get("cli.file.cannotWrite", file.toString()), e), e);
        }
        spec.commandLine().getOut().println(Texts.get(kind == ExchangeFiles.Kind.COMPARISON ? "cli.export.done.comparison" : "cli.export.done",
                offers, file.toString()));
        LeftOutLines.print(leftOut, spec.commandLine().getErr());
        return 0;
    }
}
