package io.offerbench.ui.compare;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Small colour squares tying the check list and table headers to the offers' chart colours. */
final class Swatches {

    private Swatches() {
    }

    static Rectangle of(java.awt.Color c) {
        Rectangle r = new Rectangle(12, 12, Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().add("offer-swatch");
        return r;
    }
}
