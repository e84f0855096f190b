package io.offerbench.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exchange rate's source in the reader's language. OfferBench itself writes three kinds of source, each a fact in a
 * fixed form that is stored and exported as it always was: the US dollar's own rate ({@code identity}), a rate the
 * documents imply, named by their row id, outlet and date ({@code benchmark ID (OUTLET, PUBLISHED; implied by the document)}, stored when the dataset is
 * installed) and a shipped reference rate ({@code AUTHORITY, TITLE, DATE}, for an authority the bundle names). Each is
 * worded here, at the edge; any other source is the user's own and is shown exactly as typed.
 */
public final class RateSourceWords {

    /** The source {@code CurrencyTable} gives the US dollar's rate of 1. */
    static final String IDENTITY = "identity";
    private static final Pattern DOCUMENT = Pattern.compile("^benchmark (\\S+) \\((.*), ([^,;]*); implied by the document\\)$"); // not user text: matches the stored source, worded below
    private static final Pattern REFERENCE = Pattern.compile("^([^,]+), (.+), (\\d{4}-\\d{2}-\\d{2})$");

    private RateSourceWords() {
    }

    /** The source as the reader sees it: OfferBench's own sources in words, the user's own as typed. */
    public static String of(String source) {
        String s = source == null ? "" : source.strip();
        if (s.equals(IDENTITY)) {
            return Texts.get("currencies.source.identity");
        }
        Matcher d = DOCUMENT.matcher(s);
        if (d.matches()) {
            return Texts.get("currencies.source.document", d.group(1), d.group(2), Formats.published(d.group(3)));
        }
        Matcher r = REFERENCE.matcher(s);
        if (r.matches()) {
            try {
                String authority = Texts.bundle().getString(authorityKey(r.group(1)));
                return Texts.get("currencies.source.reference", authority, Formats.date(LocalDate.parse(r.group(3))));
            } catch (MissingResourceException | DateTimeParseException e) {
                return source; // an authority OfferBench ships no rates of: the user's own words
            }
        }
        String replaced = replacedDocument(s);
        return replaced != null ? replaced : source;
    }

    /** The name of a publisher of shipped rates ("欧洲中央银行"), or the name as the data gives it. */
    public static String authority(String name) {
        try {
            return Texts.bundle().getString(authorityKey(name));
        } catch (MissingResourceException e) {
            return name;
        }
    }

    private static String authorityKey(String name) {
        return "currencies.source.authority." + name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * A document's rate the user then changed is saved as {@code currencies.source.replacesDocument} around the
     * document's source, in the language of that moment: the same words in the reader's language, the document named
     * by outlet and date.
     */
    private static String replacedDocument(String s) {
        for (Language l : Language.values()) {
            String text = Texts.bundle(l).getString("currencies.source.replacesDocument");
            int at = text.indexOf("{0}");
            Matcher m = Pattern.compile(Pattern.quote(text.substring(0, at)) + "(.*)" + Pattern.quote(text.substring(at + 3)))
                    .matcher(s);
            if (m.matches()) {
                Matcher d = DOCUMENT.matcher(m.group(1));
                String document = d.matches() ? Texts.get("currencies.source.citation", d.group(1), d.group(2), Formats.published(d.group(3)))
                        : m.group(1);
                return Texts.get("currencies.source.replacesDocument", document);
            }
        }
        return null;
    }
}
