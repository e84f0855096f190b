package io.offerbench.ui.main;

import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.offers.OffersController;
import io.offerbench.ui.review.ReviewActions;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.sharing.NegotiationBriefAction;
import io.offerbench.ui.sharing.ReportAction;
import io.offerbench.ui.sharing.SharingActions;

/**
 * What a window holds once its database is open, handed to each menu when it is: before that (while opening, or
 * after a failed open) the menus' commands that need it are disabled or do nothing.
 */
record OpenComparison(Database database, BackgroundWork work, Workspace workspace, Screens screens,
        SharingActions sharing, ReportAction report, NegotiationBriefAction brief, ReviewActions review, Welcome welcome) {

    OffersController offers() {
        return screens.offers();
    }
}
