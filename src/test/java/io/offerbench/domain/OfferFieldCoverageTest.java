package io.offerbench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link OfferField} and the offer's records describe the same fields: every field's value reaches the record
 * ({@code from(OfferValues)}) and reads back, and every record component is read by some field, so a component
 * added without its {@code OfferField} (or a field its record's {@code from} forgets) fails here, naming it.
 */
class OfferFieldCoverageTest {

    /** The records an offer is made of; their components are checked one by one. */
    private static final Set<Class<?>> SECTIONS = Set.of(Location.class, Compensation.class, EquityGrant.class,
            AcademicTerms.class, Criteria.class);

    @Test
    void everyFieldsValueReachesTheOfferAndReadsBack() {
        Map<OfferField, Object> given = EveryFieldOffer.values();
        assertThat(given.keySet()).as("EveryFieldOffer.values() gives every field a value").containsExactlyInAnyOrder(OfferField.values());
        Offer o = EveryFieldOffer.offer(given, 7);
        for (OfferField f : OfferField.values()) {
            Object expected = f == OfferField.EQUITY_SCHEDULE ? VestingSchedule.parse("10/20/30/40", 4, 12) : given.get(f);
            assertThat(same(f.read(o), expected)).as("%s: put %s, the offer holds %s", f, expected, f.read(o)).isTrue();
        }
    }

    @Test
    void everyRecordComponentIsReadBySomeField() throws Exception {
        Map<OfferField, Object> byPercent = EveryFieldOffer.values();
        byPercent.put(OfferField.ANNUAL_BONUS, new Bonus(null, new BigDecimal("15")));
        List<Offer> bases = List.of(EveryFieldOffer.offer(7), EveryFieldOffer.offer(byPercent, 7));
        List<String> unread = new ArrayList<>();
        for (RecordComponent c : components(Offer.class)) {
            check(c, bases, unread);
        }
        assertThat(unread).as("record components no OfferField reads (add the field, or say why not)").isEmpty();
    }

    /** The rule above fails for a component nothing reads: here, a copy of Location with an extra one. */
    @Test
    void aComponentWithoutAFieldIsFound() throws Exception {
        record Place(String city, String country, boolean remote, Integer floor) {
        }
        Place base = new Place("Boston", "US", false, 3);
        Function<Object, List<Object>> reads = p -> Arrays.asList(((Place) p).city(), ((Place) p).country(), ((Place) p).remote());
        assertThat(probe(base, component(Place.class, "city"), reads)).isEqualTo(Probe.READ);
        assertThat(probe(base, component(Place.class, "floor"), reads)).isEqualTo(Probe.UNREAD);
    }

    @Test
    void readingAFieldAsAnotherKindFailsLoudlyAndIsNoRefusal() {
        OfferValues v = new OfferValues().put(OfferField.CITY, "Boston");
        assertThatThrownBy(() -> v.integer(OfferField.CITY)).isInstanceOf(IllegalStateException.class).hasMessageContaining("city");
        assertThatThrownBy(() -> v.code(OfferField.STATUS, OfferType.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OfferStatus");
        OfferValues wrongValue = new OfferValues().put(OfferField.TEAM_FIT, "three");
        assertThatThrownBy(() -> wrongValue.integer(OfferField.TEAM_FIT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("String");
    }

    private void check(RecordComponent c, List<Offer> bases, List<String> unread) throws Exception {
        if (c.getDeclaringRecord() == Offer.class && c.getName().equals("id")) {
            return; // the store's row id, not a field
        }
        if (SECTIONS.contains(c.getType())) {
            for (RecordComponent inner : components(c.getType())) {
                checkInner(c, inner, bases, unread);
            }
            return;
        }
        List<Probe> probes = new ArrayList<>();
        for (Offer base : bases) {
            probes.add(probe(base, c, OfferFieldCoverageTest::reads));
        }
        note("Offer." + c.getName(), probes, unread);
    }

    private void checkInner(RecordComponent section, RecordComponent c, List<Offer> bases, List<String> unread) throws Exception {
        List<Probe> probes = new ArrayList<>();
        for (Offer base : bases) {
            Object part = section.getAccessor().invoke(base);
            probes.add(probe(part, c, p -> {
                try {
                    return reads(with(base, section, p));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        note(section.getType().getSimpleName() + "." + c.getName(), probes, unread);
    }

    /** What changing one component showed: some field read the change, none did, or no other value was accepted. */
    private enum Probe { READ, UNREAD, NOT_VARIED }

    /** Unread if no base offer's change was read; a failure if no base offer could change it at all. */
    private static void note(String component, List<Probe> probes, List<String> unread) {
        if (probes.contains(Probe.READ)) {
            return;
        }
        if (!probes.contains(Probe.UNREAD)) {
            fail("no variant of %s is accepted in any base offer; add one to variants()", component);
        }
        unread.add(component);
    }

    /**
     * Whether changing {@code c} in {@code record} (to each value {@link #variants} offers that the record accepts)
     * changes what {@code reads} sees; {@code NOT_VARIED} when the record accepts no other value.
     */
    private static Probe probe(Object record, RecordComponent c, Function<Object, List<Object>> reads) throws Exception {
        Object current = c.getAccessor().invoke(record);
        List<Object> before = reads.apply(record);
        boolean varied = false;
        for (Object candidate : variants(c.getType(), current)) {
            Object changed;
            try {
                changed = with(record, c, candidate);
            } catch (InvocationTargetException refused) {
                continue;
            }
            if (changed.equals(record)) {
                continue; // the record normalised it back
            }
            varied = true;
            if (!same(reads.apply(changed), before)) {
                return Probe.READ;
            }
        }
        return varied ? Probe.UNREAD : Probe.NOT_VARIED;
    }

    private static List<Object> reads(Object offer) {
        List<Object> all = new ArrayList<>();
        for (OfferField f : OfferField.values()) {
            all.add(f.read((Offer) offer));
        }
        return all;
    }

    /** A copy of {@code record} with {@code c} set to {@code value}, through the canonical constructor. */
    private static Object with(Object record, RecordComponent c, Object value) throws ReflectiveOperationException {
        RecordComponent[] all = components(record.getClass());
        Object[] args = new Object[all.length];
        for (int i = 0; i < all.length; i++) {
            args[i] = all[i].getName().equals(c.getName()) ? value : all[i].getAccessor().invoke(record);
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        return canonical.newInstance(args);
    }

    private static RecordComponent[] components(Class<?> type) {
        return type.getRecordComponents();
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Other values of a component's type than {@code current}; add a case here for a new type. */
    private static List<Object> variants(Class<?> type, Object current) {
        List<Object> out = new ArrayList<>();
        if (type == String.class) {
            out.add(current + " changed");
        } else if (type == Integer.class || type == int.class) {
            int n = current == null ? 0 : (Integer) current;
            out.addAll(List.of(n + 1, n - 1, 1, 2, 3));
            if (type == Integer.class) {
                out.add(null);
            }
        } else if (type == BigDecimal.class) {
            BigDecimal n = current == null ? BigDecimal.ZERO : (BigDecimal) current;
            out.addAll(List.of(n.add(BigDecimal.ONE), BigDecimal.ONE));
            out.add(null);
        } else if (type == boolean.class || type == Boolean.class) {
            out.add(!Boolean.TRUE.equals(current));
        } else if (type.isEnum()) {
            out.addAll(Arrays.asList(type.getEnumConstants()));
            out.add(null);
        } else if (type == LocalDate.class) {
            out.add(current == null ? LocalDate.of(2027, 3, 1) : ((LocalDate) current).plusDays(1));
            out.add(null);
        } else if (type == CurrencyCode.class) {
            out.addAll(List.of(CurrencyCode.USD, CurrencyCode.CNY, CurrencyCode.of("EUR")));
        } else if (type == VestingSchedule.class) {
            out.addAll(List.of(VestingSchedule.even(3, 0), VestingSchedule.even(5, 12)));
        } else if (type == LiquidityMultipliers.class) {
            out.addAll(List.of(LiquidityMultipliers.ofPercents(20, 60, 150), LiquidityMultipliers.ofPercents(0, 100, 300)));
            out.add(null);
        } else {
            fail("no variants for %s; add them to variants()", type.getName());
        }
        out.removeIf(v -> Objects.equals(v, current));
        return out;
    }

    /** Equal, with amounts compared by value (300000 and 300000.00 are the same amount). */
    private static boolean same(Object a, Object b) {
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
