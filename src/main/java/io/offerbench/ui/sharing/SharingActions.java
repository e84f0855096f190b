package io.offerbench.ui.sharing;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonFormatException;
import io.offerbench.exchange.ComparisonImporter;
import io.offerbench.exchange.CsvImportException;
import io.offerbench.exchange.CsvImportResult;
import io.offerbench.exchange.CsvProblem;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.ImportSummary;
import io.offerbench.exchange.MergeEffect;
import io.offerbench.exchange.OfferConflict;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.ui.review.ReviewFieldLabels;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.FileNames;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.undo.ImportedOffers;
import io.offerbench.ui.undo.MergedComparison;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The File menu's import and export commands. Files are read, checked and written on the
 * workspace's background thread (the status bar shows the progress indicator meanwhile); the
 * window changes only after the database has accepted the whole file.
 */
public final class SharingActions {

    private static final String APPLICATION = "OfferBench";

    private final Workspace workspace;
    private final Window owner;
    private final FilePicker files;
    private final Consumer<Path> openDatabase;
    private final Runnable savePendingEdits;

    /**
     * @param openDatabase     reopens the window on another database file (a comparison opened separately)
     * @param savePendingEdits saves the editor's edit still waiting for its automatic save, before a merge may
     *                         change the same offer (that save would otherwise land after the merge, over it)
     */
    public SharingActions(Workspace workspace, Window owner, FilePicker files, Consumer<Path> openDatabase, Runnable savePendingEdits) {
        this.workspace = workspace;
        this.owner = owner;
        this.files = files;
        this.openDatabase = openDatabase;
        this.savePendingEdits = savePendingEdits;
    }

    private Consumer<Path> onFileImported = file -> { };

    /** Told of each file imported whole (File > Recent files lists them). */
    public void whenFileImported(Consumer<Path> then) {
        onFileImported = then;
    }

    private record CsvImported(List<Offer> saved, List<CsvProblem> warnings) {
    }

    public void importCsv() {
        files.open(owner, FilePicker.Kind.CSV).ifPresent(this::importCsv);
    }

    /** Imports the offers of a spreadsheet chosen some other way (dropped on the window). */
    public void importCsv(Path file) {
        String name = file.getFileName().toString();
        workspace.setStatus(get("sharing.status.importing", name));
        workspace.work().run(() -> {
            CsvImportResult parsed;
            try (InputStream in = Files.newInputStream(file)) {
                parsed = OfferCsvImporter.parse(in, name);
            }
            return new CsvImported(workspace.database().offers().saveAll(parsed.offers()), parsed.warnings());
        }, done -> {
            workspace.addAll(done.saved());
            onFileImported.accept(file);
            workspace.history().record(new ImportedOffers(workspace, name, done.saved()));
            workspace.setStatus(get("sharing.status.imported", done.saved().size(), name));
            if (!done.warnings().isEmpty()) {
                ProblemsDialog.show(Alert.AlertType.INFORMATION, owner, get("dialog.importWarnings.title"),
                        get("dialog.importWarnings.text", done.saved().size(), name), lines(done.warnings()));
            }
        }, this::refused);
    }

    public void exportCsv() {
        files.save(owner, FilePicker.Kind.CSV, "offers.csv").ifPresent(file -> export(FileNames.withExtension(file, ".csv"), ExchangeFiles.Kind.CSV));
    }

    public void exportComparison() {
        files.save(owner, FilePicker.Kind.COMPARISON, "comparison.offerbench.json")
                .ifPresent(file -> export(FileNames.withExtension(file, ".offerbench.json", ".json"), ExchangeFiles.Kind.COMPARISON));
    }

    private void export(Path file, ExchangeFiles.Kind kind) {
        String name = file.getFileName().toString();
        workspace.setStatus(get("sharing.status.exporting", name));
        workspace.work().run(() -> ExchangeFiles.export(workspace.database(), file, kind, APPLICATION, workspace.clock().withZone(ZoneOffset.UTC)),
                count -> workspace.setStatus(get("sharing.status.exported", count, name)),
                failure -> {
                    workspace.setStatus("");
                    Dialogs.error(owner, get("dialog.exportFailed.title"), get("dialog.exportFailed.text", name, failure.getMessage()));
                });
    }

    public void importComparison() {
        files.open(owner, FilePicker.Kind.COMPARISON).ifPresent(this::importComparison);
    }

    /** Imports a comparison file chosen some other way (dropped on the window): merged or separate, as asked. */
    public void importComparison(Path file) {
        String name = file.getFileName().toString();
        Optional<ImportMode> mode = askMode(name);
        if (mode.isEmpty()) {
            return;
        }
        if (mode.get() == ImportMode.SEPARATE) {
            String suggested = name.replaceFirst("(?i)(\\.offerbench)?\\.json$", "") + ".db";
            files.save(owner, FilePicker.Kind.DATABASE, suggested).ifPresent(target -> importSeparately(file, FileNames.withExtension(target, ".db")));
            return;
        }
        savePendingEdits.run();
        workspace.setStatus(get("sharing.status.importing", name));
        ComparisonImporter.OfferMerge offers = mode.get() == ImportMode.COPIES
                ? ComparisonImporter.OfferMerge.AS_COPIES : ComparisonImporter.OfferMerge.BY_IDENTITY;
        workspace.work().run(() -> {
            Comparison comparison = ExchangeFiles.load(file).comparison();
            return new Merged(comparison, MergeEffect.track(workspace.database(),
                    () -> ComparisonImporter.merge(workspace.database(), comparison, offers)));
        }, merged -> {
            MergedComparison change = new MergedComparison(workspace, name, merged.comparison(), offers, merged.tracked().effect());
            workspace.history().record(change);
            onFileImported.accept(file);
            // A merge adds or replaces profiles, benchmark rows, rates and estimates, not only offers.
            workspace.scoringInputsChanged();
            workspace.reloadOffers(() -> {
                ImportSummary summary = merged.tracked().result();
                reportImported(summary, name);
                resolve(summary.conflicts(), change);
            });
        }, this::refused);
    }

    private record Merged(Comparison comparison, MergeEffect.Tracked<ImportSummary> tracked) {
    }

    /** Each offer changed on one side, with the fields that differ: keep mine (already so) or take the file's. */
    private void resolve(List<OfferConflict> conflicts, MergedComparison change) {
        if (conflicts.isEmpty()) {
            return;
        }
        String list = conflicts.stream().map(k -> get("dialog.conflicts.offer", k.company(), k.fields().stream()
                        .map(f -> get("dialog.conflicts.field", ReviewFieldLabels.of(f.field()), f.before(), f.after()))
                        .collect(Collectors.joining("\n"))))
                .collect(Collectors.joining("\n\n"));
        ButtonType mine = new ButtonType(get("dialog.conflicts.keepMine"), ButtonBar.ButtonData.NO);
        ButtonType theirs = new ButtonType(get("dialog.conflicts.takeTheirs"), ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, get("dialog.conflicts.text", conflicts.size()) + "\n\n" + list, mine, theirs);
        alert.initOwner(owner);
        alert.setTitle(get("dialog.conflicts.title"));
        alert.setHeaderText(get("dialog.conflicts.title"));
        alert.getDialogPane().setPrefWidth(620);
        if (alert.showAndWait().filter(b -> b == theirs).isPresent()) {
            workspace.work().run(() -> MergeEffect.track(workspace.database(), () -> {
                ComparisonImporter.takeTheirs(workspace.database(), conflicts);
                return conflicts.size();
            }), taken -> {
                change.tookTheirs(taken.effect()); // one undo takes back the merge and this
                workspace.reloadOffers(() -> workspace.setStatus(get("sharing.status.tookTheirs", taken.result())));
            }, this::refused);
        }
    }

    /** What to do with the file's offers. */
    private enum ImportMode { MERGE, COPIES, SEPARATE }

    private void importSeparately(Path file, Path target) {
        String name = file.getFileName().toString();
        workspace.setStatus(get("sharing.status.importing", name));
        workspace.work().run(() -> ComparisonImporter.intoNewDatabase(target, ExchangeFiles.load(file).comparison(), workspace.clock()), summary -> {
            onFileImported.accept(file);
            reportImported(summary, name);
            openDatabase.accept(target);
        }, this::refused);
    }

    private void reportImported(ImportSummary summary, String name) {
        workspace.setStatus(get("sharing.status.imported", summary.offers(), name));
        String details = summary.details();
        Dialogs.info(owner, get("dialog.imported.title"), get("dialog.imported.headline", summary.headline(name))
                + (details.isEmpty() ? "" : "\n\n" + get("dialog.imported.headline", details)));
    }

    /** Asks merge, copies or separate: empty when cancelled. Merging (by identity) is the default button. */
    private Optional<ImportMode> askMode(String name) {
        ButtonType merge = new ButtonType(get("dialog.importMode.merge"), ButtonBar.ButtonData.YES);
        ButtonType copies = new ButtonType(get("dialog.importMode.copies"), ButtonBar.ButtonData.OTHER);
        ButtonType separate = new ButtonType(get("dialog.importMode.separate"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, get("dialog.importMode.text", name), merge, copies, separate, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(get("dialog.importMode.title"));
        alert.setHeaderText(get("dialog.importMode.title"));
        alert.getDialogPane().setPrefWidth(560);
        return alert.showAndWait().map(b -> b == merge ? ImportMode.MERGE : b == copies ? ImportMode.COPIES
                : b == separate ? ImportMode.SEPARATE : null);
    }

    private void refused(Throwable failure) {
        workspace.setStatus(get("sharing.status.notImported"));
        if (failure instanceof CsvImportException csv) {
            ProblemsDialog.show(Alert.AlertType.ERROR, owner, get("dialog.importRefused.title"),
                    get("dialog.importRefused.text", csv.fileName(), csv.errors().size()), lines(csv.errors()));
        } else if (failure instanceof ComparisonFormatException json) {
            ProblemsDialog.show(Alert.AlertType.ERROR, owner, get("dialog.importRefused.title"),
                    get("dialog.importRefused.text", json.fileName(), 1), (json.path().isEmpty() ? "" : json.path() + ": ") + json.reason());
        } else {
            Dialogs.error(owner, get("dialog.importRefused.title"), failure.getMessage());
        }
    }

    private static String lines(List<CsvProblem> problems) {
        return problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n"));
    }

}
