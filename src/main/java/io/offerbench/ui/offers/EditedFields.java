package io.offerbench.ui.offers;

import io.offerbench.domain.Bonus;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;

/**
 * The fields of an offer the user has changed in the editor and not saved, field by field: what differs from the
 * saved offer, and how much of it can be saved. A form with one mistake is not saved as a whole, but the other
 * fields the user changed in it are valid edits of their own; {@link #plan} saves those and names the rest.
 */
final class EditedFields {

    private EditedFields() {
    }

    /** What to save for one offer, and every edit of it with the reason when it cannot be saved. */
    record Plan(Offer toSave, List<UnsavedEdit> edits) {
    }

    /**
     * The fields of {@code form} whose value differs from {@code saved} (null: a new offer, compared with the
     * empty form). A value typed in another way that reads back the same ("120000" for "120,000") is no edit.
     */
    static Map<OfferField, Object> of(OfferForm form, Offer saved) {
        return of(form, baseline(saved));
    }

    /** As {@link #of(OfferForm, Offer)}, against a form already holding the saved offer (see {@link #baseline}). */
    static Map<OfferField, Object> of(OfferForm form, OfferForm base) {
        Map<OfferField, Object> edits = new EnumMap<>(OfferField.class);
        for (OfferField f : OfferField.values()) {
            Object now = value(form, f);
            if (Objects.equals(now, value(base, f))) {
                continue;
            }
            if (isTyped(f)) {
                Parsed<?> a = form.text(f).parse();
                Parsed<?> b = base.text(f).parse();
                if (a.isOk() && b.isOk() && same(a.value(), b.value())) {
                    continue;
                }
            }
            edits.put(f, now);
        }
        return edits;
    }

    /** Puts {@code edits} into {@code form}, over what it holds. */
    static void apply(OfferForm form, Map<OfferField, Object> edits) {
        edits.forEach((f, v) -> set(form, f, v));
    }

    /**
     * The offer to save so that every edit that is valid is kept: all of them at once when the offer then reads
     * back, else one by one in the editor's order, each kept if the offer still reads back with it (a vesting
     * schedule that contradicts the years given, say, is not). A new offer is saved only once it reads back whole.
     */
    static Plan plan(long id, Offer saved, Map<OfferField, Object> edits) {
        OfferForm form = baseline(saved);
        Map<OfferField, String> problems = new LinkedHashMap<>();
        Map<OfferField, Object> valid = new LinkedHashMap<>();
        for (Map.Entry<OfferField, Object> e : edits.entrySet()) {
            String own = ownProblem(e.getKey(), e.getValue());
            if (own != null) {
                problems.put(e.getKey(), own);
            } else {
                valid.put(e.getKey(), e.getValue());
            }
        }
        apply(form, valid);
        FormResult all = form.build(id);
        if (!all.isValid()) {
            if (saved != null && baseline(saved).build(id).isValid()) {
                form = baseline(saved);
                for (Map.Entry<OfferField, Object> e : valid.entrySet()) {
                    Object before = value(form, e.getKey());
                    set(form, e.getKey(), e.getValue());
                    FormResult with = form.build(id);
                    if (!with.isValid()) {
                        set(form, e.getKey(), before);
                        problems.put(e.getKey(), with.errors().get(0));
                    }
                }
            } else {
                String why = String.join("; ", all.errors());
                valid.keySet().forEach(f -> problems.put(f, why));
            }
        }
        FormResult result = form.build(id);
        Offer toSave = result.isValid() && !result.offer().equals(saved) ? result.offer() : null;
        String offer = saved != null ? saved.label() : newOfferName(edits);
        List<UnsavedEdit> named = new ArrayList<>();
        edits.forEach((f, v) -> named.add(new UnsavedEdit(id, offer, Messages.get(f.labelKey()), shown(f, v), problems.get(f))));
        return new Plan(toSave, named);
    }

    /** The form holding {@code saved}, or the empty form of a new offer. */
    static OfferForm baseline(Offer saved) {
        OfferForm form = new OfferForm();
        if (saved == null) {
            OfferFormLoader.loadDefaults(form);
        } else {
            form.load(saved);
        }
        return form;
    }

    private static String ownProblem(OfferField f, Object value) {
        if (!(value instanceof String text) || !isTyped(f)) {
            return null; // a choice from a list is always a value the offer can hold
        }
        OfferForm alone = new OfferForm();
        alone.text(f).set(text);
        return alone.text(f).parse().error();
    }

    private static String newOfferName(Map<OfferField, Object> edits) {
        Object company = edits.get(OfferField.COMPANY);
        return company instanceof String c && !c.isBlank() ? c.strip() : Messages.get("editor.heading.untitled");
    }

    /** The value as the user sees it in the editor. */
    private static String shown(OfferField f, Object v) {
        if (v instanceof String text) {
            return text;
        }
        if (v instanceof Boolean yes) {
            return Messages.get(yes ? "button.yes" : "button.no");
        }
        if (v instanceof Integer rating) {
            return Messages.get("rating." + rating);
        }
        return v == null ? Messages.get("common.notEntered") : EnumLabels.of((Enum<?>) v);
    }

    private static boolean isTyped(OfferField f) {
        return switch (f.kind()) {
            case CODE, RATING, YES_NO -> false;
            default -> true;
        };
    }

    static Object value(OfferForm form, OfferField f) {
        Property<?> choice = form.choiceProperty(f);
        return choice != null ? choice.getValue() : form.text(f).textProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static void set(OfferForm form, OfferField f, Object v) {
        Property<?> choice = form.choiceProperty(f);
        if (choice instanceof BooleanProperty b) {
            b.set(Boolean.TRUE.equals(v));
        } else if (choice != null) {
            ((Property<Object>) choice).setValue(v);
        } else {
            form.text(f).set((String) v);
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Bonus x && b instanceof Bonus y) {
            return same(x.amount(), y.amount()) && same(x.percentOfBase(), y.percentOfBase());
        }
        return Objects.equals(a, b);
    }
}
