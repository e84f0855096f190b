package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.View;
import io.offerbench.text.Formats;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.undo.DeletedOffer;
import io.offerbench.ui.common.ScrollIntoView;
import io.offerbench.ui.review.CommentsController;
import io.offerbench.ui.review.CommentsViewModel;
import io.offerbench.ui.review.ReviewActions;
import io.offerbench.ui.review.ReviewViewModel;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** The offers screen: a filterable, sortable table on the left and the selected offer's editor on the right. */
public final class OffersController {

    private final Workspace workspace;
    private final Window owner;
    private final OffersViewModel model;
    private final OfferEditorController editor;
    private final OfferEditorViewModel editorModel;
    private final UnsavedEditsGuard unsaved;
    private final CommentsController comments;
    private final ReviewActions review;

    @FXML private TextField searchField;
    @FXML private ComboBox<OfferStatus> statusFilter;
    @FXML private ComboBox<OfferType> typeFilter;
    @FXML private Button addButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Label countLabel;
    @FXML private TableView<Offer> table;
    @FXML private TableColumn<Offer, String> companyColumn;
    @FXML private TableColumn<Offer, String> roleColumn;
    @FXML private TableColumn<Offer, String> typeColumn;
    @FXML private TableColumn<Offer, BigDecimal> baseColumn;
    @FXML private TableColumn<Offer, String> statusColumn;
    @FXML private TableColumn<Offer, String> deadlineColumn;
    @FXML private ScrollPane editorPane;
    @FXML private javafx.scene.layout.VBox editorColumn;
    @FXML private HBox reviewBanner;
    @FXML private HBox deadlineKey;
    @FXML private Label reviewSummary;
    @FXML private Hyperlink showChangesLink;

    /** {@code review} feeds the "since the last review" banner and markers; comments written here refresh it. */
    public OffersController(Workspace workspace, Window owner, ReviewActions review) {
        this.workspace = workspace;
        this.owner = owner;
        this.review = review;
        this.model = new OffersViewModel(workspace.offers());
        this.editorModel = new OfferEditorViewModel(workspace, workspace, workspace.scoring(), workspace.history(),
                workspace.work().tasks(), this::select);
        this.editor = new OfferEditorController(editorModel);
        this.unsaved = new UnsavedEditsGuard(editorModel.unsavedEdits(), new UnsavedEditsDialog(owner));
        this.comments = new CommentsController(new CommentsViewModel(workspace.work(), workspace.database(), workspace.clock(),
                review.model()::refresh));
    }

    @FXML
    private void initialize() {
        String all = Messages.get("offers.filter.all");
        statusFilter.getItems().setAll(FXCollections.observableArrayList(OfferStatus.values()));
        statusFilter.getItems().add(0, null);
        statusFilter.setConverter(EnumLabels.converter(all));
        typeFilter.getItems().setAll(FXCollections.observableArrayList(OfferType.values()));
        typeFilter.getItems().add(0, null);
        typeFilter.setConverter(EnumLabels.converter(all));
        model.searchProperty().bind(searchField.textProperty());
        model.statusProperty().bind(statusFilter.valueProperty());
        model.typeProperty().bind(typeFilter.valueProperty());

        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        ReviewViewModel since = review.model();
        // Each company cell follows the unsaved-edits set by itself (see CompanyCell): no refresh of the table for it.
        companyColumn.setCellFactory(col -> new CompanyCell(since.markedOffersProperty()::get, editorModel.unsavedEdits().markedProperty()));
        since.markedOffersProperty().addListener((o, before, now) -> table.refresh());
        reviewSummary.textProperty().bind(since.bannerProperty());
        showChangesLink.textProperty().bind(since.linkProperty());
        showChangesLink.visibleProperty().bind(since.linkProperty().isNotEmpty());
        showChangesLink.managedProperty().bind(showChangesLink.visibleProperty());
        reviewBanner.visibleProperty().bind(since.bannerProperty().isNotEmpty());
        reviewBanner.managedProperty().bind(reviewBanner.visibleProperty());
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().roleTitle()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(EnumLabels.of(c.getValue().type())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(StatusText.of(c.getValue(), java.time.LocalDate.now(workspace.clock()))));
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().deadline())));
        deadlineColumn.setCellFactory(col -> new DeadlineCell(workspace.clock()));
        table.setRowFactory(t -> new DeadlineRow(workspace.clock()));
        DeadlineKey.fill(deadlineKey, workspace.offers(), workspace.clock());
        baseColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pay().baseSalary()));
        // Offers the ranking leaves out for want of an exchange rate carry a flag with the reason.
        javafx.beans.property.ReadOnlyObjectProperty<io.offerbench.scoring.Ranking> ranking = workspace.scoring().rankingProperty();
        NoRateFlags.Latest noRate = new NoRateFlags.Latest(ranking.get());
        baseColumn.setCellFactory(col -> new MoneyCell(noRate::get));
        // Only when the flags change: a refresh makes every visible cell again, and a new ranking comes with every
        // keystroke in an amount field (and, at start-up, once the window is already up).
        ranking.addListener((o, before, now) -> {
            if (noRate.update(now)) {
                table.refresh();
            }
        });

        SortedList<Offer> sorted = new SortedList<>(model.visibleOffers());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // The base salary reads whole (the flag before it too); a split narrowed far hides the employer type, then the role.
        io.offerbench.ui.common.WholeFigures.keep(table, java.util.List.of(typeColumn, roleColumn), new io.offerbench.ui.common.WholeFigures.Figures<>(
                baseColumn, o -> (noRate.get().containsKey(o.id()) ? "\u26a0  " : "") + Formats.money(o.pay().baseSalary(), o.currency())));
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("offers.count", model.visibleOffers().size(), workspace.offers().size()),
                model.visibleOffers(), workspace.offers()));

        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now == null && before != null && reselectSavedCopy(before)) {
                return;
            }
            editor.show(now);
            comments.show(now == null ? -1 : now.id());
        });
        io.offerbench.ui.common.CommandIcons.on(addButton);
        io.offerbench.ui.common.CommandIcons.on(duplicateButton);
        io.offerbench.ui.common.CommandIcons.on(deleteButton);
        duplicateButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.Parent commentsView = Fxml.load(View.COMMENTS, () -> comments);
        // Comments belong to a saved offer: hidden while nothing (or a new, unsaved offer) is selected.
        commentsView.visibleProperty().bind(table.getSelectionModel().selectedItemProperty().isNotNull());
        commentsView.managedProperty().bind(commentsView.visibleProperty());
        javafx.scene.layout.VBox editorAndComments = new javafx.scene.layout.VBox(
                Fxml.load(View.OFFER_EDITOR, () -> editor), commentsView);
        editorAndComments.getStyleClass().add("editor-and-comments");
        io.offerbench.ui.common.AfterFirstFrame.keepFirst(editorAndComments, 1); // the comments start below the fold
        editorPane.setContent(editorAndComments);
        editorColumn.getChildren().add(editor.problemsBanner());
        ScrollIntoView.install(editorPane);
    }

    /**
     * Saving an offer replaces it in the list with the saved copy, and the sorted table then drops
     * its selection. The user chose nothing: select the saved copy again once this change is
     * processed, without emptying the editor and hiding the comments in between (a comment written
     * right after an edit would otherwise find no offer to belong to).
     */
    private boolean reselectSavedCopy(Offer before) {
        boolean replaced = table.getItems().stream().anyMatch(o -> o.id() == before.id() && o != before);
        if (replaced) {
            javafx.application.Platform.runLater(() -> {
                if (table.getSelectionModel().isEmpty()) {
                    table.getItems().stream().filter(o -> o.id() == before.id()).findFirst()
                            .ifPresentOrElse(o -> table.getSelectionModel().select(o), () -> {
                                editor.show(null);
                                comments.show(-1);
                            });
                }
            });
        }
        return replaced;
    }

    public void selectFirst() {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        } else {
            editor.show(null);
        }
    }

    public void flushPendingEdits() {
        editor.flush();
    }

    /** Saves every valid edit the editor holds, without asking (the window is going and cannot ask). */
    public void saveWhatCanBeSaved() {
        editorModel.unsavedEdits().saveUnsaved(notSaved -> { });
    }

    /** Whether anything typed in the editor is not in the database yet. */
    public boolean hasUnsavedEdits() {
        return unsaved.hasUnsavedEdits();
    }

    /**
     * Before the window drops the editor (quit, close, another database, a restore): runs {@code proceed} once
     * the user's unsaved edits are saved or discarded as they chose, or {@code stay} when they cancel.
     */
    public void leave(Runnable proceed, Runnable stay) {
        unsaved.leave(proceed, stay);
    }

    @FXML
    private void onShowChanges() {
        review.showChanges();
    }

    @FXML
    private void onAdd() {
        addOffer();
    }

    @FXML
    private void onDuplicate() {
        duplicateSelected();
    }

    @FXML
    private void onDelete() {
        deleteSelected();
    }

    /** Opens an empty form; the offer is saved, and appears in the table, once company and base salary are valid. */
    public void addOffer() {
        table.getSelectionModel().clearSelection();
        editor.startNew();
        editor.focusCompany();
        workspace.setStatus(Messages.get("status.newOffer"));
    }

    /** Edit > Find: the search box, ready for typing. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void duplicateSelected() {
        Offer selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        editor.flush();
        Offer copy = selected.toBuilder().id(0).company(Messages.get("offers.copyOf", selected.company())).build();
        workspace.save(copy, saved -> {
            select(saved);
            workspace.setStatus(Messages.get("status.duplicated", selected.company()));
        });
    }

    public void deleteSelected() {
        Offer selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (Dialogs.confirm(owner, Messages.get("dialog.delete.title"), Messages.get("dialog.delete.text", selected.label()))) {
            editor.discardDraft(selected.id());
            // Its comments go with it (the database cascades); keep a copy so Edit > Undo can put them back.
            workspace.work().run(() -> workspace.database().comments().listByOffer(selected.id()), comments ->
                    workspace.delete(selected, () -> {
                        workspace.history().record(new DeletedOffer(workspace, selected, comments, this::select));
                        workspace.setStatus(Messages.get("status.deleted", selected.label()));
                    }));
        }
    }

    private void select(Offer saved) {
        // Clear filters that would hide the offer the user just made.
        searchField.clear();
        statusFilter.setValue(null);
        typeFilter.setValue(null);
        for (Offer o : table.getItems()) {
            if (o.id() == saved.id()) {
                table.getSelectionModel().select(o);
                table.scrollTo(o);
                return;
            }
        }
    }
}
