package io.offerbench.ui.offers;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Offer;
import io.offerbench.ui.common.Messages;
import java.time.Clock;
import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The key under the offers table to its row colours (the same tokens as {@link DeadlineRow}): shown only while some
 * row is coloured, with only the colours in use, so the yellow and pink rows never go unexplained.
 */
final class DeadlineKey {

    private DeadlineKey() {
    }

    static void fill(HBox key, ObservableList<Offer> offers, Clock clock) {
        Label soon = entry("deadline-soon", Messages.get("offers.key.soon", Deadlines.SOON_DAYS));
        Label passed = entry("deadline-passed", Messages.get("offers.key.passed"));
        soon.setId("deadlineKeySoon");
        passed.setId("deadlineKeyPassed");
        key.getChildren().setAll(soon, passed);
        Runnable refresh = () -> {
            LocalDate today = LocalDate.now(clock);
            boolean anySoon = offers.stream().anyMatch(o -> Deadlines.urgency(o, today) == Deadlines.Urgency.SOON);
            boolean anyPassed = offers.stream().anyMatch(o -> Deadlines.isPast(o, today));
            show(soon, anySoon);
            show(passed, anyPassed);
            show(key, anySoon || anyPassed);
        };
        offers.addListener((ListChangeListener<Offer>) c -> refresh.run());
        refresh.run();
    }

    private static Label entry(String colour, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("deadline-swatch", colour);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
