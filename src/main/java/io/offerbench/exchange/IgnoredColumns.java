package io.offerbench.exchange;

import io.offerbench.text.Message;
import io.offerbench.text.Texts;
import java.util.List;

/**
 * The header's columns an import leaves out, said once however many there are: a spreadsheet with
 * a million unknown columns gets one warning ("1,000,000 unknown columns ignored: a, b, c, …"),
 * not a million lines.
 */
final class IgnoredColumns {

    /** How many names a grouped warning lists before "…". */
    static final int NAMES_SHOWN = 10;

    private IgnoredColumns() {
    }

    static void warn(int line, List<String> unknown, List<String> nameless, List<CsvProblem> warnings) {
        if (unknown.size() == 1) {
            warnings.add(new CsvProblem(line, unknown.get(0), Message.of("csv.warning.unknownColumn", unknown.get(0))));
        } else if (unknown.size() > 1) {
            warnings.add(new CsvProblem(line, null, Message.of("csv.warning.unknownColumns", unknown.size(), some(unknown))));
        }
        if (nameless.size() == 1) {
            warnings.add(new CsvProblem(line, null, Message.of("csv.warning.namelessColumn", nameless.get(0))));
        } else if (nameless.size() > 1) {
            warnings.add(new CsvProblem(line, null, Message.of("csv.warning.namelessColumns", nameless.size(), some(nameless))));
        }
    }

    /** The first few names, then "…" when there are more. */
    private static String some(List<String> names) {
        String sep = Texts.get("csv.warning.separator");
        String shown = String.join(sep, names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() > NAMES_SHOWN ? shown + sep + "\u2026" : shown;
    }
}
