package io.offerbench.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Where pay figures apply. The documents' pay figures are about the US market, except the China lab
 * rows; an offer is only compared with figures for its own region, so a Paris or Toronto lab is never
 * measured against Silicon Valley or DeepSeek.
 */
public enum Region implements Coded {
    US("us"),
    CHINA("china"),
    /** Anywhere else: Europe, Canada, the rest of Asia... The documents give no pay figure for these. */
    ELSEWHERE("elsewhere"),
    /** The offer gives no country; its segment decides (a China lab is in China, US segments in the US). */
    UNKNOWN("unknown");

    private static final Set<String> US_NAMES = Set.of("us", "usa", "u.s.", "u.s.a.", "united states",
            "united states of america", "america", "美国"); // not user text: names a user may type, matched, never shown
    private static final Set<String> CHINA_NAMES = Set.of("cn", "china", "prc", "people's republic of china", // not user text: names a user may type, matched, never shown
            "mainland china", "中国", "中国大陆", "中华人民共和国");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The region of a country as the user typed it ("USA", "China", "France", blank). */
    public static Region ofCountry(String country) {
        String c = country == null ? "" : country.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return UNKNOWN;
        }
        if (US_NAMES.contains(c)) {
            return US;
        }
        return CHINA_NAMES.contains(c) ? CHINA : ELSEWHERE;
    }

    /** The region a benchmark segment's figures describe. */
    public static Region of(Segment segment) {
        return switch (segment) {
            case CHINA_LAB -> CHINA;
            case LAB_ELSEWHERE -> ELSEWHERE;
            default -> US;
        };
    }
}
