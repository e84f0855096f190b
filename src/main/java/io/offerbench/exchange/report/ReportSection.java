package io.offerbench.exchange.report;

import java.util.List;

/**
 * A titled part of the report. {@code newPage} sections start on a fresh printed page (each offer
 * does, so an advisor can hand out one offer's pages).
 *
 * @param id       stable anchor, also the HTML element id ("ranking", "offer-2")
 * @param progress what the progress bar says once it is rendered ("Offer 2 of 5")
 */
record ReportSection(String id, String title, boolean newPage, String progress, List<Block> blocks) {

    ReportSection {
        blocks = List.copyOf(blocks);
    }

    long figures() {
        return blocks.stream().filter(b -> b instanceof Block.Figure).count();
    }
}
