package io.offerbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewTest {

    @Test
    void everyNamedViewIsOnTheClassPath() {
        for (View view : View.values()) {
            assertThat(Fxml.class.getResource(view.resource())).as(view.name()).isNotNull();
        }
    }
}
