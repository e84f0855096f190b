package io.offerbench.ui.offers;

import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.KeyboardEntry;
import io.offerbench.ui.common.Messages;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
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

    private final OfferEditorViewModel model;

    @FXML private Label heading;
    @FXML private Label problems;

    /** The editor's problems banner, for the holder to show below the scrolling form (see {@code initialize}). */
    Label problemsBanner() {
        return problems;
    }
    @FXML private VBox sections;
    @FXML private Label emptyMessage;
    @FXML private TextField companyField, roleField, deadlineField, cityField, countryField, currencyField;
    @FXML private TextField baseSalaryField, annualBonusField, signOnBonusField, signOnYearsField, relocationField;
    @FXML private TextField equityValueField, equityYearsField, cliffMonthsField, scheduleField, refresherField;
    @FXML private TextField nineMonthSalaryField, summerMonthsField, guaranteedSummerMonthsField, startupPackageField, startupYearsField,
            teachingLoadField;
    @FXML private TextField researchFreedomField, hoursPerWeekField, commuteMinutesField;
    @FXML private TextArea notesField;
    @FXML private Label companyError, roleError, deadlineError, cityError, countryError, currencyError;
    @FXML private Label baseSalaryError, annualBonusError, signOnBonusError, signOnYearsError, relocationError;
    @FXML private Label equityValueError, equityYearsError, cliffMonthsError, scheduleError, refresherError;
    @FXML private Label nineMonthSalaryError, summerMonthsError, guaranteedSummerMonthsError, startupPackageError, startupYearsError,
            teachingLoadError;
    @FXML private Label researchFreedomError, hoursPerWeekError, commuteMinutesError, notesError;
    @FXML private ComboBox<OfferType> typeField;
    @FXML private ComboBox<Seniority> seniorityField;
    @FXML private ComboBox<OfferStatus> statusField;
    @FXML private ComboBox<EquityType> equityTypeField;
    @FXML private ComboBox<PublicationPolicy> publicationField;
    @FXML private ComboBox<ComputeAccess> computeField;
    @FXML private ComboBox<TopicFit> topicFitField;
    @FXML private ComboBox<VisaSupport> visaField;
    @FXML private ComboBox<Integer> teamFitField, roleClarityField, productClosenessField, stabilityField, interestField;
    @FXML private CheckBox remoteField;

    public OfferEditorController(OfferEditorViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        OfferForm f = model.form();
        bind(companyField, companyError, f.company);
        bind(roleField, roleError, f.role);
        bind(deadlineField, deadlineError, f.deadline);
        bind(cityField, cityError, f.city);
        bind(countryField, countryError, f.country);
        bind(currencyField, currencyError, f.currency);
        bind(baseSalaryField, baseSalaryError, f.baseSalary);
        bind(annualBonusField, annualBonusError, f.annualBonus);
        bind(signOnBonusField, signOnBonusError, f.signOnBonus);
        bind(signOnYearsField, signOnYearsError, f.signOnYears);
        bind(relocationField, relocationError, f.relocation);
        bind(equityValueField, equityValueError, f.equityValue);
        bind(equityYearsField, equityYearsError, f.equityYears);
        bind(cliffMonthsField, cliffMonthsError, f.cliffMonths);
        bind(scheduleField, scheduleError, f.schedule);
        bind(refresherField, refresherError, f.refresher);
        bind(nineMonthSalaryField, nineMonthSalaryError, f.nineMonthSalary);
        bind(summerMonthsField, summerMonthsError, f.summerMonths);
        bind(guaranteedSummerMonthsField, guaranteedSummerMonthsError, f.guaranteedSummerMonths);
        bind(startupPackageField, startupPackageError, f.startupPackage);
        bind(startupYearsField, startupYearsError, f.startupYears);
        bind(teachingLoadField, teachingLoadError, f.teachingLoad);
        bind(researchFreedomField, researchFreedomError, f.researchFreedom);
        bind(hoursPerWeekField, hoursPerWeekError, f.hoursPerWeek);
        bind(commuteMinutesField, commuteMinutesError, f.commuteMinutes);
        bind(notesField, notesError, f.notes);
        choice(typeField, f.type, OfferType.values(), false);
        choice(seniorityField, f.seniority, Seniority.values(), false);
        choice(statusField, f.status, OfferStatus.values(), false);
        choice(equityTypeField, f.equityType, EquityType.values(), false);
        choice(publicationField, f.publication, PublicationPolicy.values(), true);
        choice(computeField, f.compute, ComputeAccess.values(), true);
        choice(topicFitField, f.topicFit, TopicFit.values(), true);
        choice(visaField, f.visa, VisaSupport.values(), true);
        rating(teamFitField, f.teamFit);
        rating(roleClarityField, f.roleClarity);
        rating(productClosenessField, f.productCloseness);
        // Closeness to a product may not apply (a university): the extra choice, 0 here, leaves it out like a blank.
        productClosenessField.getItems().add(OfferForm.NOT_APPLICABLE);
        rating(interestField, f.interest);
        rating(stabilityField, f.stability);
        remoteField.selectedProperty().bindBidirectional(f.remote);
        keyboardEntry();

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
    }

    /** Tab reaches every field and loses no character (see {@link KeyboardEntry}). */
    private void keyboardEntry() {
        sections.getChildren().stream().filter(TitledPane.class::isInstance).map(TitledPane.class::cast)
                .forEach(KeyboardEntry::section);
        for (ComboBox<?> box : List.of(typeField, seniorityField, statusField, equityTypeField, publicationField, computeField,
                topicFitField, visaField, teamFitField, roleClarityField, productClosenessField, stabilityField, interestField)) {
            KeyboardEntry.opensOnSpace(box);
        }
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

    private void bind(TextInputControl control, Label error, FormField<?> field) {
        control.textProperty().bindBidirectional(field.textProperty());
        error.textProperty().bind(field.errorProperty());
        showWhen(error, field.errorProperty().isNotEmpty().and(model.showErrorsProperty()));
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

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static <E extends Enum<E>> void choice(ComboBox<E> box, ObjectProperty<E> property, E[] values, boolean optional) {
        List<E> items = new java.util.ArrayList<>(Arrays.asList(values));
        if (optional) {
            items.add(0, null);
        }
        box.getItems().setAll(items);
        box.setConverter(EnumLabels.converter(Messages.get("common.notEntered")));
        box.valueProperty().bindBidirectional(property);
    }

    private static void rating(ComboBox<Integer> box, ObjectProperty<Integer> property) {
        box.getItems().setAll(Arrays.asList(null, 1, 2, 3, 4, 5));
        box.setConverter(new io.offerbench.ui.common.DisplayConverter<Integer>(v -> v == null ? Messages.get("common.notEntered")
                : v == OfferForm.NOT_APPLICABLE ? Messages.get("common.notApplicable") : Messages.get("rating." + v)));
        box.valueProperty().bindBidirectional(property);
    }
}
