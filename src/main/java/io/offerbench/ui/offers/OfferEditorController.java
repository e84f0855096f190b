package io.offerbench.ui.offers;

import static io.offerbench.ui.common.Visibility.showWhen;

import io.offerbench.domain.Offer;
import io.offerbench.ui.common.AfterFirstFrame;
import io.offerbench.ui.common.EnumChoice;
import io.offerbench.ui.common.KeyboardEntry;
import io.offerbench.ui.common.Messages;
import io.offerbench.domain.OfferField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.css.PseudoClass;

/** Binds the editor's controls to {@link OfferForm}; all behaviour is in {@link OfferEditorViewModel}. */
public final class OfferEditorController {

    /** A field whose text does not read back: outlined in the error colour (offerbench.css). */
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** The sections a 1320 x 840 window shows without scrolling: Offer and Pay. */
    private static final int VISIBLE_SECTIONS = 2;

    private final OfferEditorViewModel model;

    @FXML private Label heading;
    @FXML private Label problems;

    /** The editor's problems banner, for the holder to show below the scrolling form (see {@code initialize}). */
    Label problemsBanner() {
        return problems;
    }
    @FXML private VBox sections;
    @FXML private TitledPane academicPane;
    @FXML private TitledPane equityPane;
    @FXML private Label emptyMessage;
    @FXML private TextField companyField;
    @FXML private TextArea notesField;

    public OfferEditorController(OfferEditorViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        OfferForm f = model.form();
        bindFields(f);
        keyboardEntry();
        // A faculty or postdoc offer opens on its Academic section (teaching, summer salary), not on equity it
        // rarely has; other offers the other way round. The user may still open or close either.
        f.type.addListener((o, was, type) -> {
            boolean academic = isAcademic(type);
            if (type != null && (was == null || academic != isAcademic(was))) {
                academicPane.setExpanded(academic);
                equityPane.setExpanded(!academic);
            }
        });

        problems.textProperty().bind(Bindings.createStringBinding(
                () -> model.problemsProperty().get().isEmpty() ? "" : Messages.get("editor.problems", model.problemsProperty().get()),
                model.problemsProperty()));
        showWhen(problems, model.problemsProperty().isNotEmpty().and(model.showErrorsProperty()));
        // The list of problems sits under the scrolled form, not above it: when it appears or grows, the field
        // under the mouse stays where it was (it used to push the whole form down by a few lines).
        ((javafx.scene.layout.Pane) problems.getParent()).getChildren().remove(problems);
        problems.setMaxWidth(Double.MAX_VALUE);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        showWhen(sections, model.editingProperty());
        showWhen(heading, model.editingProperty());
        showWhen(emptyMessage, model.editingProperty().not());
        // Clearing Company to retype it keeps the saved name as the heading; only a new offer is "New offer".
        heading.textProperty().bind(Bindings.createStringBinding(() -> !f.company.textProperty().get().isBlank()
                ? f.company.textProperty().get()
                : model.savedCompanyProperty().get().isBlank() ? Messages.get("editor.heading.untitled") : model.savedCompanyProperty().get(),
                f.company.textProperty(), model.savedCompanyProperty()));
        // Offer and Pay fill the editor's first screen; Equity and the sections below it join the window in the
        // frames after its first (bound already, so they show the offer as soon as they are there).
        AfterFirstFrame.keepFirst(sections, VISIBLE_SECTIONS);
    }

    private static boolean isAcademic(io.offerbench.domain.OfferType type) {
        return type == io.offerbench.domain.OfferType.ACADEMIA_FACULTY || type == io.offerbench.domain.OfferType.ACADEMIA_POSTDOC;
    }

    /** Tab reaches every field and loses no character (see {@link KeyboardEntry}). */
    private void keyboardEntry() {
        sections.getChildren().stream().filter(TitledPane.class::isInstance).map(TitledPane.class::cast)
                .forEach(KeyboardEntry::section);
        fieldControls(sections).stream().filter(ComboBox.class::isInstance).map(ComboBox.class::cast)
                .forEach(KeyboardEntry::opensOnSpace);
        KeyboardEntry.tabLeaves(notesField);
    }

    public void show(Offer offer) {
        model.show(offer);
    }

    public void startNew() {
        model.startNew();
    }

    public void flush() {
        model.flush();
    }

    public void discardDraft(long id) {
        model.discardDraft(id);
    }


    public void focusCompany() {
        Platform.runLater(() -> {
            companyField.requestFocus();
            companyField.selectAll();
        });
    }

    /**
     * Binds every control of the FXML whose userData names an {@link OfferField} to that field of the form: a text
     * control to its text, a label styled "field-error" to its message, a choice box to its code or rating, a check
     * box to its yes/no. A new field therefore needs its FXML row and nothing here.
     */
    private void bindFields(OfferForm f) {
        for (Node node : fieldControls(sections)) {
            String key = (String) node.getUserData();
            OfferField field = OfferField.byKey(key)
                    .orElseThrow(() -> new IllegalStateException("OfferEditor.fxml names no offer field '" + key + "'"));
            if (node instanceof TextInputControl control) {
                bindText(control, f.text(field));
            } else if (node instanceof Label error && error.getStyleClass().contains("field-error")) {
                bindError(error, f.text(field));
            } else if (node instanceof ComboBox<?> box && field.kind() == OfferField.Kind.RATING) {
                rating(castBox(box), f.choice(field));
            } else if (node instanceof ComboBox<?> box) {
                choice(box, f.choice(field), field.codes().orElseThrow().getEnumConstants(), field.initialCode() == null);
            } else if (node instanceof CheckBox check) {
                check.selectedProperty().bindBidirectional((BooleanProperty) f.choiceProperty(field));
            }
        }
    }

    /** The nodes under {@code root} whose userData is a field key, in the order the FXML lists them. */
    private static List<Node> fieldControls(Node root) {
        List<Node> found = new ArrayList<>();
        if (root.getUserData() instanceof String) {
            found.add(root);
        }
        if (root instanceof TitledPane pane && pane.getContent() != null) {
            found.addAll(fieldControls(pane.getContent()));
        } else if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            found.addAll(fieldControls(scroll.getContent()));
        } else if (root instanceof Pane parent) {
            parent.getChildren().forEach(child -> found.addAll(fieldControls(child)));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> castBox(ComboBox<?> box) {
        return (ComboBox<T>) box;
    }

    private void bindError(Label error, FormField<?> field) {
        error.textProperty().bind(field.errorProperty());
        showWhen(error, field.errorProperty().isNotEmpty().and(model.showErrorsProperty()));
    }

    private void bindText(TextInputControl control, FormField<?> field) {
        control.textProperty().bindBidirectional(field.textProperty());
        // The field is outlined; the label under it says in words what is wrong. Both follow the one
        // parse the field does per keystroke, and wait for the first keystroke in a new offer.
        Runnable mark = () -> control.pseudoClassStateChanged(INVALID,
                model.showErrorsProperty().get() && hasError(field.errorProperty().get()));
        mark.run();
        field.errorProperty().addListener((o, was, now) -> mark.run());
        model.showErrorsProperty().addListener((o, was, now) -> mark.run());
    }

    private static boolean hasError(String error) {
        return error != null && !error.isEmpty();
    }


    /** A list of an enum's constants shown by their labels, with "not entered" first when the field is optional. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choice(ComboBox box, ObjectProperty property, Object[] values, boolean optional) {
        EnumChoice.bind(box, property, (Enum[]) values, Messages.get("common.notEntered"), optional);
    }

    private static void rating(ComboBox<Integer> box, ObjectProperty<Integer> property) {
        box.getItems().setAll(Arrays.asList(null, 1, 2, 3, 4, 5));
        box.setConverter(new io.offerbench.ui.common.DisplayConverter<Integer>(v -> v == null ? Messages.get("common.notEntered") : Messages.get("rating." + v)));
        box.valueProperty().bindBidirectional(property);
    }
}
