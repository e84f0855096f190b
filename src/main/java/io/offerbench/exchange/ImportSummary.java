package io.offerbench.exchange;

import io.offerbench.text.Message;
import io.offerbench.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, for the one-line report the CLI prints and the dialog the GUI shows: how many
 * offers and comments were added, and which profiles, benchmark rows, rates, location factors and
 * settings were added, replaced, or kept as they were because the open database already had its own.
 * The items are facts ({@link Message}s), worded with the summary in the language shown.
 */
public record ImportSummary(int offers, int comments, List<Message> added, List<Message> replaced, List<Message> kept,
        int alreadyHere, List<OfferConflict> conflicts) {

    private static final int NAMED = 5;

    public ImportSummary {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
        kept = List.copyOf(kept);
        conflicts = List.copyOf(conflicts);
    }

    /** A summary in which every offer of the file was new. */
    public ImportSummary(int offers, int comments, List<Message> added, List<Message> replaced, List<Message> kept) {
        this(offers, comments, added, replaced, kept, 0, List.of());
    }

    /**
     * "Imported 5 offers (2 review comments) from alice.offerbench.json", and, for a merge by identity,
     * "; 3 offers were already here (1 changed on one side: yours kept, Acme)".
     */
    public String headline(String fileName) {
        String head = comments == 0 ? Texts.get("import.summary.headline", offers, fileName)
                : Texts.get("import.summary.headline.comments", offers, comments, fileName);
        if (alreadyHere > 0) {
            head = Texts.get("import.summary.alreadyHere", head, alreadyHere);
            if (!conflicts.isEmpty()) {
                head = Texts.get("import.summary.conflicts", head, conflicts.size(),
                        some(conflicts.stream().map(OfferConflict::company).toList()));
            }
        }
        return head;
    }

    /** "added …; replaced …; kept yours: …", or empty when only offers came in. */
    public String details() {
        List<String> parts = new ArrayList<>();
        part(parts, "import.summary.added", added);
        part(parts, "import.summary.replaced", replaced);
        part(parts, "import.summary.kept", kept);
        return String.join(Texts.get("words.listSeparator"), parts);
    }

    /** Headline and details in one line. */
    public String oneLine(String fileName) {
        String d = details();
        return d.isEmpty() ? headline(fileName) : Texts.get("import.summary.oneLine", headline(fileName), d);
    }

    private static void part(List<String> parts, String key, List<Message> items) {
        if (!items.isEmpty()) {
            parts.add(Texts.get(key, some(items.stream().map(Message::text).toList())));
        }
    }

    /** The first few names, then how many more. */
    private static String some(List<String> names) {
        String shown = String.join(Texts.get("csv.warning.separator"), names.subList(0, Math.min(NAMED, names.size())));
        return names.size() > NAMED ? Texts.get("import.summary.andMore", shown, names.size() - NAMED) : shown;
    }
}
