package io.offerbench.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.offerbench.text.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file is not valid JSON, in OfferBench's words: the JSON library's own messages name its
 * internals ("[Source: (byte[])…]", "code 110", "StreamReadConstraints.getMaxNumberLength()"), so
 * each kind of mistake it reports is said again here, with the line and column it gave.
 */
final class JsonSyntaxWords {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{0,80}?)'");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,2}?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.{0,40}?)'");

    private JsonSyntaxWords() {
    }

    /**
     * Whether the library's message matches {@code regex}. The library's wording is matched with
     * {@code \\s} between words: these are the library's phrases to recognise, not text anyone reads.
     */
    private static boolean says(String message, String regex) {
        return Pattern.compile(regex).matcher(message).find();
    }

    /** "line 3, column 7: the text "name" is not in double quotes …" — never the library's text. */
    static String describe(JsonProcessingException e, com.fasterxml.jackson.core.JsonLocation at) {
        String where = at == null || at.getLineNr() < 1 ? ""
                : Texts.get("json.syntax.where", at.getLineNr(), at.getColumnNr());
        return where + what(e);
    }

    private static String what(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return Texts.get("json.syntax.tooLong");
        }
        if (e instanceof JsonEOFException || says(m, "^Unexpected\\send-of-input")) {
            return Texts.get("json.syntax.cutOff");
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.find()) {
            return Texts.get("json.syntax.duplicate", d.group(1));
        }
        if (says(m, "Invalid\\sUTF-(8|32)|Unexpected\\sEOF\\sin\\sthe\\smiddle")) {
            return Texts.get("json.syntax.notUtf8");
        }
        if (says(m, "^Illegal\\s(unquoted\\s)?character")) {
            return Texts.get("json.syntax.controlCharacter");
        }
        if (says(m, "Unrecognized\\scharacter\\sescape")) {
            return Texts.get("json.syntax.badEscape");
        }
        if (says(m, "^Unexpected\\sclose\\smarker")) {
            return Texts.get("json.syntax.closeMarker");
        }
        if (says(m, "^Trailing\\stoken")) {
            return Texts.get("json.syntax.trailing");
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return Texts.get("json.syntax.word", t.group(1));
        }
        Matcher u = UNEXPECTED.matcher(m);
        if (u.find()) {
            return Texts.get("json.syntax.character", u.group(1));
        }
        if (says(m, "out\\sof\\srange|Numeric\\svalue")) {
            return Texts.get("json.syntax.number");
        }
        return Texts.get("json.syntax.other");
    }
}
