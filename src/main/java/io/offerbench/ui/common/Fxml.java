package io.offerbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with the message bundle and a controller built by the caller, so controllers
 * get their view models through their constructors instead of reaching for globals. FXML files
 * therefore carry no fx:controller attribute.
 */
public final class Fxml {

    private Fxml() {
    }

    public static <C> Parent load(View view, Supplier<C> controller) {
        String file = view.resource();
        URL url = Fxml.class.getResource(file);
        if (url == null) {
            throw new IllegalStateException("Missing FXML resource " + file);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setController(controller.get());
        try {
            Parent root = loader.load();
            TableFit.applyWithin(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + file, e);
        }
    }
}
