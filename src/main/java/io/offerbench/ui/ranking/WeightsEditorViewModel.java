package io.offerbench.ui.ranking;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.store.WeightProfileRepository;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.session.UndoHistory;
import io.offerbench.ui.common.Messages;
import io.offerbench.domain.input.IntParser;
import io.offerbench.domain.input.ParseResult;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The weights editor: one slider and number box per criterion (0-100, relative; the sliders span 0-50, where
 * every built-in weight lies, until a weight above 50 widens them), a profile to start from, and
 * saving under a name. Moving a slider rescores at once (off the FX thread, in ScoringModel); the
 * edited weights stay unsaved until the user saves them as a profile.
 */
public final class WeightsEditorViewModel {

    private final ScoringModel scoring;
    private final BackgroundWork work;
    private final WeightProfileRepository profiles;
    private final UndoHistory history;
    private final Map<Criterion, DoubleProperty> sliders = new EnumMap<>(Criterion.class);
    private final ObjectProperty<WeightProfile> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(WeightScale.SHORT);
    private boolean loading;
    private boolean restoring;
    private WeightProfile lastLoaded;
    /** What the editor shows now, as Edit > Undo would put it back; null until the first profile is loaded. */
    private WeightsChange.State shown;

    /**
     * @param scoring  the scoring session whose weights the sliders move
     * @param work     runs the saved profiles' reads and writes off the FX thread
     * @param profiles where named profiles are saved
     * @param history  Edit > Undo's list, which gets every change of weights
     */
    public WeightsEditorViewModel(ScoringModel scoring, BackgroundWork work, WeightProfileRepository profiles, UndoHistory history) {
        this.scoring = scoring;
        this.work = work;
        this.profiles = profiles;
        this.history = history;
        for (Criterion c : Criterion.values()) {
            DoubleProperty p = new SimpleDoubleProperty(0);
            p.addListener((o, a, b) -> onSliderMoved());
            // Widened before the slider follows (this listener comes first), so a typed 60 is not cut to 50;
            // narrowed only when a whole set of weights is put on the sliders (load, restore), never mid-drag.
            p.addListener((o, a, b) -> {
                if (b.doubleValue() > WeightScale.SHORT) {
                    sliderMax.set(WeightScale.FULL);
                }
            });
            sliders.put(c, p);
        }
        // A combo box briefly clearing and re-selecting the same profile must not throw away edited weights.
        chosen.addListener((o, a, profile) -> {
            if (profile != null && !profile.equals(lastLoaded)) {
                WeightsChange.State before = shown;
                load(profile);
                remember(before);
            }
        });
        scoring.weightsProperty().addListener((o, a, w) -> {
            if (w != null && chosen.get() == null) {
                chosen.set(w);
            }
        });
        if (scoring.weightsProperty().get() != null) {
            chosen.set(scoring.weightsProperty().get());
        }
    }

    public DoubleProperty slider(Criterion c) {
        return sliders.get(c);
    }

    /** The sliders' common upper end: {@link WeightScale#SHORT} while every weight fits, else the whole 0-100. */
    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }

    /**
     * A weight typed in the number box beside the slider: 0 to 100 sets the slider (and rescores); anything else
     * leaves the weight as it was and says why in the editor's message. Returns whether the text was taken.
     */
    public boolean enter(Criterion c, String text) {
        ParseResult<Integer> typed = IntParser.parse(text, Messages.get("weights.field", Messages.get("criterion." + c.name())),
                0, WeightScale.FULL);
        if (!typed.isOk()) {
            message.set(typed.message());
            return false;
        }
        sliders.get(c).set(typed.value());
        return true;
    }

    /** The profile picked in the combo box; picking one loads its weights into the sliders. */
    public ObjectProperty<WeightProfile> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the sliders differ from the chosen profile: what "Revert" undoes. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /**
     * Puts the chosen profile's weights back on the sliders. Picking the same profile again in the
     * combo box cannot do that (the selection does not change), so the editor needs its own button.
     */
    public void revert() {
        if (chosen.get() != null) {
            load(chosen.get());
        }
    }

    public static boolean isPreset(WeightProfile p) {
        return p != null && WeightPresets.all().stream().anyMatch(x -> x.name().equalsIgnoreCase(p.name()));
    }

    /** The weights as the sliders show them; null (with a message) when all are zero. */
    WeightProfile current(String name) {
        Map<Criterion, BigDecimal> w = new EnumMap<>(Criterion.class);
        sliders.forEach((c, p) -> w.put(c, BigDecimal.valueOf(Math.round(p.get()))));
        try {
            return new WeightProfile(name, w);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
    }

    /**
     * The name "Save as profile…" offers: the chosen profile's own name, but never a built-in's
     * (those are read-only, so the user types a new one).
     */
    public String suggestedName() {
        WeightProfile p = chosen.get();
        return p == null || isPreset(p) ? "" : p.name();
    }

    /** True when saving under {@code name} would replace one of the user's own profiles: ask first. */
    public boolean wouldReplace(String name) {
        String clean = name == null ? "" : name.strip();
        return !isPreset(clean) && scoring.profiles().stream().anyMatch(p -> p.name().equalsIgnoreCase(clean) && !isPreset(p));
    }

    /**
     * "Reset to built-in": the chosen built-in's documented weights back on the sliders, or, for a
     * copy the user kept of one ("Balanced (my copy)"), that built-in chosen again. False when the
     * chosen profile is the user's own.
     */
    public boolean resetToBuiltIn() {
        WeightProfile p = chosen.get();
        java.util.Optional<WeightProfile> builtIn = p == null ? java.util.Optional.empty() : builtInBehind(p.name());
        if (builtIn.isEmpty()) {
            return false;
        }
        if (builtIn.get().name().equals(p.name())) {
            load(builtIn.get());
        } else {
            chosen.set(builtIn.get());
        }
        message.set(Messages.get("profiles.resetDone", io.offerbench.text.ProfileNames.of(builtIn.get())));
        return true;
    }

    /** The built-in a profile is, or is a copy of ("Balanced (my copy)", "Balanced (from the file)"). */
    static java.util.Optional<WeightProfile> builtInBehind(String name) {
        java.util.Optional<String> copyOf = io.offerbench.text.ProfileNames.copy(name).map(io.offerbench.text.ProfileNames.Copy::builtIn);
        return WeightPresets.all().stream()
                .filter(b -> name.equalsIgnoreCase(b.name()) || copyOf.filter(b.name()::equals).isPresent()
                        || name.toLowerCase(java.util.Locale.ROOT).startsWith(b.name().toLowerCase(java.util.Locale.ROOT) + " ("))
                .findFirst();
    }

    /** A built-in's name, as stored ("Balanced") or as shown in any language ("均衡"). */
    private static boolean isPreset(String name) {
        return io.offerbench.text.ProfileNames.builtInNamed(name).isPresent();
    }

    public void saveAs(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 60 || clean.chars().anyMatch(Character::isISOControl)) {
            message.set(Messages.get("weights.badName"));
            return;
        }
        if (isPreset(clean)) {
            // Built-ins are read-only: their names always mean their documented weights.
            message.set(Messages.get("profiles.builtInReadOnly", clean));
            return;
        }
        WeightProfile profile = current(clean);
        if (profile == null) {
            return;
        }
        work.run(() -> {
            profiles.save(profile);
            return profile;
        }, saved -> {
            scoring.saveSettings(scoring.settingsProperty().get().withActiveProfile(saved.name()));
            restoring = true; // the weights stay as they are: nothing to undo
            try {
                chosen.set(saved); // loads it, which clears the message: say it was saved afterwards
            } finally {
                restoring = false;
            }
            message.set(Messages.get("weights.saved", saved.name()));
        });
    }

    public void deleteChosen() {
        WeightProfile p = chosen.get();
        if (p == null || isPreset(p)) {
            return;
        }
        work.run(() -> {
            profiles.delete(p.name());
            return p;
        }, deleted -> {
            scoring.saveSettings(scoring.settingsProperty().get().withActiveProfile(WeightPresets.BALANCED));
            restoring = true; // the deleted profile cannot be chosen again by an undo
            try {
                chosen.set(WeightPresets.balanced());
            } finally {
                restoring = false;
            }
            message.set(Messages.get("weights.deleted", deleted.name()));
        });
    }

    private void load(WeightProfile profile) {
        lastLoaded = profile;
        loading = true;
        try {
            sliderMax.set(WeightScale.maxFor(profile.weights().values().stream().mapToDouble(BigDecimal::doubleValue)));
            sliders.forEach((c, p) -> p.set(profile.weight(c).doubleValue()));
        } finally {
            loading = false;
        }
        message.set("");
        edited.set(false);
        scoring.weightsProperty().set(profile);
        if (!profile.name().equals(scoring.settingsProperty().get().activeProfile())) {
            scoring.saveSettings(scoring.settingsProperty().get().withActiveProfile(profile.name()));
        }
    }

    /**
     * Records the move from {@code before} to what the editor shows now in the window's undo history (a first
     * profile loaded at start, and saving or deleting a profile, are not moves of the user's weights).
     */
    private void remember(WeightsChange.State before) {
        WeightsChange.State now = state();
        shown = now;
        if (before != null && !restoring && !before.equals(now)) {
            history.record(new WeightsChange(before, now, this::restore));
        }
    }

    private WeightsChange.State state() {
        Map<Criterion, Double> values = new EnumMap<>(Criterion.class);
        sliders.forEach((c, p) -> values.put(c, (double) Math.round(p.get())));
        return new WeightsChange.State(chosen.get(), values);
    }

    /** Undo or redo of a weights change: the profile it started from, then its weights on the sliders. */
    private void restore(WeightsChange.State state) {
        restoring = true;
        try {
            if (state.chosen() != null && !state.chosen().equals(chosen.get())) {
                chosen.set(state.chosen());
            }
            loading = true;
            try {
                sliderMax.set(WeightScale.maxFor(state.weights().values().stream().mapToDouble(Double::doubleValue)));
                state.weights().forEach((c, w) -> sliders.get(c).set(w));
            } finally {
                loading = false;
            }
            onSliderMoved();
        } finally {
            restoring = false;
        }
        shown = state();
    }

    private void onSliderMoved() {
        if (loading) {
            return;
        }
        WeightsChange.State before = shown;
        WeightProfile base = chosen.get();
        WeightProfile shownWeights = current(Messages.get("weights.edited", base == null ? "" : io.offerbench.text.ProfileNames.of(base)));
        if (shownWeights != null) {
            boolean differs = base == null || !base.sameWeightsAs(shownWeights);
            edited.set(differs);
            message.set(differs ? Messages.get("weights.unsaved") : "");
            scoring.weightsProperty().set(differs ? shownWeights : base);
        }
        remember(before);
    }
}
