package io.offerbench.exchange;

import java.util.List;

/**
 * What an import did, for the one-line report the CLI prints and the dialog the GUI shows: how many
 * offers and comments were added, and which profiles, benchmark rows, rates, location factors and
 * settings were added, replaced, or kept as they were because the open database already had its own.
 */
public record ImportSummary(int offers, int comments, List<String> added, List<String> replaced, List<String> kept,
        int alreadyHere, List<OfferConflict> conflicts) {

    private static final int NAMED = 5;

    public ImportSummary {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
        kept = List.copyOf(kept);
        conflicts = List.copyOf(conflicts);
    }

    /** A summary in which every offer of the file was new. */
    public ImportSummary(int offers, int comments, List<String> added, List<String> replaced, List<String> kept) {
        this(offers, comments, added, replaced, kept, 0, List.of());
    }

    /**
     * "Imported 5 offers (2 review comments) from alice.offerbench.json", and, for a merge by identity,
     * "; 3 offers already here (1 changed on both sides: kept yours, see the conflicts)".
     */
    public String headline(String fileName) {
        String head = "Imported " + offers + (offers == 1 ? " offer" : " offers")
                + (comments == 0 ? "" : " (" + comments + (comments == 1 ? " review comment)" : " review comments)"))
                + " from " + fileName;
        if (alreadyHere > 0) {
            head += "; " + alreadyHere + (alreadyHere == 1 ? " offer was" : " offers were") + " already here";
            if (!conflicts.isEmpty()) {
                head += " (" + conflicts.size() + " changed on one side: yours kept, "
                        + String.join(", ", conflicts.stream().map(OfferConflict::company).limit(NAMED).toList())
                        + (conflicts.size() > NAMED ? " and " + (conflicts.size() - NAMED) + " more" : "") + ")";
            }
        }
        return head;
    }

    /** "added …; replaced …; kept yours: …", or empty when only offers came in. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        part(sb, "added ", added);
        part(sb, "replaced ", replaced);
        part(sb, "kept yours: ", kept);
        return sb.toString();
    }

    /** Headline and details in one line. */
    public String oneLine(String fileName) {
        String d = details();
        return headline(fileName) + (d.isEmpty() ? "" : "; " + d);
    }

    private static void part(StringBuilder sb, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(label).append(String.join(", ", items.subList(0, Math.min(NAMED, items.size()))));
        if (items.size() > NAMED) {
            sb.append(" and ").append(items.size() - NAMED).append(" more");
        }
    }
}
