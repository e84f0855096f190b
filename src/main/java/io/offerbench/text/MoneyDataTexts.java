package io.offerbench.text;

import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The prose of the shipped money data — what a table or place leaves out, why a place is left out,
 * the filing assumption and the cost-of-living method — in the reader's language. The data files
 * keep the English (they are the record, and the JSON the command line prints); each sentence also
 * has a bundle key derived from its table's, place's or left-out entry's name, so the screens and the
 * CLI's tables show it in English or Chinese. A sentence without a key falls back to the data's text.
 */
public final class MoneyDataTexts {

    private MoneyDataTexts() {
    }

    public static String filing(MoneyData data) {
        return text("money.data.filing", data.filing());
    }

    public static String livingMethod(MoneyData data) {
        return text("money.data.livingMethod", data.costOfLivingMethod());
    }

    public static List<String> notes(TaxTable table) {
        return numbered("money.data.table." + table.id() + ".", table.notes());
    }

    public static List<String> notes(TaxPlace place) {
        return numbered("money.data.place." + place.id() + ".", place.notes());
    }

    /** What a shipped price index is known to miss, keyed by its name ("money.data.living.switzerland-national.1"). */
    public static List<String> notes(io.offerbench.domain.money.CostOfLivingIndex index) {
        return numbered(livingPrefix(index), index.notes());
    }

    /** The key prefix of a price index's notes: its name in lower case, runs of other characters as one dash. */
    public static String livingPrefix(io.offerbench.domain.money.CostOfLivingIndex index) {
        return "money.data.living." + slug(index.name()) + ".";
    }

    public static String reason(LeftOutPlace place) {
        return text(leftOutKey(place), place.reason());
    }

    /** The bundle key of a left-out entry's reason: its name in lower case, runs of other characters as one dash. */
    public static String leftOutKey(LeftOutPlace place) {
        return "money.data.leftOut." + slug(place.name());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Keys {@code prefix + 1}, {@code prefix + 2}, … for the sentences in order. */
    public static List<String> keys(String prefix, List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= sentences.size(); i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private static List<String> numbered(String prefix, List<String> english) {
        List<String> keys = keys(prefix, english);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            out.add(text(keys.get(i), english.get(i)));
        }
        return out;
    }

    /** The bundle's text, read as written (no MessageFormat: these sentences take no arguments). */
    private static String text(String key, String english) {
        try {
            return Texts.bundle().getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
