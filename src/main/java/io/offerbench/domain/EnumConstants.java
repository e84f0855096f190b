package io.offerbench.domain;

/** Each enum's constants, read once: {@link Class#getEnumConstants()} copies the array on every call. */
final class EnumConstants {

    private static final ClassValue<Object[]> ALL = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private EnumConstants() {
    }

    /** The constants in declaration order; the array is shared, so callers only read it. */
    @SuppressWarnings("unchecked")
    static <E> E[] of(Class<E> type) {
        return (E[]) ALL.get(type);
    }
}
