package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import io.offerbench.ui.sharing.NegotiationBriefAction;
import javafx.scene.control.MenuItem;

/** File > Negotiation brief…, placed just after the report, which it belongs with (issue 12). */
final class NegotiationBriefMenu {

    private NegotiationBriefMenu() {
    }

    static void install(MenuItem after, NegotiationBriefAction action) {
        MenuItem item = new MenuItem(Messages.get("menu.file.brief"));
        item.setId("briefItem");
        item.setOnAction(e -> action.start());
        var items = after.getParentMenu().getItems();
        items.removeIf(i -> "briefItem".equals(i.getId())); // a reopened database installs it afresh
        items.add(items.indexOf(after) + 1, item);
    }
}
