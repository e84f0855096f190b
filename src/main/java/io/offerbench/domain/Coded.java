package io.offerbench.domain;

/**
 * An enum constant with a stable lower-case code used in the database, CSV and JSON files, so that
 * renaming a constant never breaks a saved file.
 */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        String wanted = code.strip();
        for (E e : EnumConstants.of(type)) {
            if (e.code().equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw Refusal.of("code.unknown", code, codes(type));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.code());
        }
        return sb.toString();
    }
}
