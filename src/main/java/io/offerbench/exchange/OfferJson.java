package io.offerbench.exchange;

import static io.offerbench.domain.OfferField.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.Bonus;
import io.offerbench.domain.Coded;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferValues;
import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.ReviewRole;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.text.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One offer in a comparison file, every field of it, grouped as the domain groups it (location,
 * pay, equity, academic, criteria). Amounts are strings holding the exact decimal with its scale;
 * enumerations are their stable codes; "not known" is null. Fields and bounds come from
 * {@link OfferField} (the file's names are its keys, but for the few below that the file named otherwise
 * first), so a new field is written and read without an edit here. Text limits match the CSV import.
 */
final class OfferJson {

    private static final int SHORT_TEXT = 200;
    private static final int LONG_TEXT = 10_000;

    /** Names this file format gave before {@link OfferField} existed; they are an interface and stay. */
    private static final Map<OfferField, String> NAMES = Map.of(EQUITY_TOTAL, "grant_value", EQUITY_TYPE, "type",
            EQUITY_REFRESHER, "annual_refresher", RESEARCH_FREEDOM, "research_freedom_percent", EQUITY_STAGE, "stage",
            EQUITY_BEAR, "bear_percent", EQUITY_BASE, "base_percent", EQUITY_BULL, "bull_percent");

    private OfferJson() {
    }

    static void write(SharedOffer shared, ObjectNode n) {
        Offer o = shared.offer();
        if (shared.uid() != null) {
            n.put("uid", shared.uid());
        }
        for (OfferField f : OfferField.values()) {
            ObjectNode target = objectFor(f).map(name -> n.has(name) ? (ObjectNode) n.get(name) : n.putObject(name)).orElse(n);
            switch (f) {
                case EQUITY_YEARS, EQUITY_CLIFF_MONTHS -> { } // the schedule's vesting object holds both
                case ANNUAL_BONUS -> {
                    target.put("bonus_amount", Json.plain(o.pay().bonusAmount()));
                    target.put("bonus_percent_of_base", Json.plain(o.pay().bonusPercentOfBase()));
                }
                case EQUITY_SCHEDULE -> {
                    VestingSchedule v = o.equity().vesting();
                    ObjectNode vesting = target.putObject("vesting");
                    ArrayNode shares = vesting.putArray("yearly_percents");
                    v.yearlyPercents().forEach(share -> shares.add(Json.plain(share)));
                    vesting.put("cliff_months", v.cliffMonths());
                }
                default -> put(target, name(f), f, f.read(o));
            }
        }
        ArrayNode comments = n.putArray("comments");
        for (ReviewComment rc : shared.comments()) {
            ObjectNode cn = comments.addObject();
            cn.put("author", rc.author());
            cn.put("role", rc.role().code());
            cn.put("body", rc.body());
            cn.put("created_at", rc.createdAt().toString());
            if (rc.edited()) {
                // Only on an edited comment, so a file without edits stays readable by an OfferBench that knows no edits.
                cn.put("edited_at", rc.editedAt().toString());
            }
        }
    }

    private static void put(ObjectNode n, String name, OfferField f, Object v) {
        switch (f.kind()) {
            case TEXT, MULTILINE_TEXT -> n.put(name, (String) v);
            case CODE -> n.put(name, Json.code((Coded) v));
            case AMOUNT, DECIMAL -> n.put(name, Json.plain((BigDecimal) v));
            case INTEGER, RATING, PERCENT -> n.put(name, (Integer) v);
            case DATE -> n.put(name, v == null ? null : v.toString());
            case YES_NO -> n.put(name, Boolean.TRUE.equals(v));
            case CURRENCY -> n.put(name, ((CurrencyCode) v).code());
            case BONUS, SCHEDULE -> throw new IllegalStateException(f + " is written by write");
        }
    }

    static SharedOffer read(JsonFields f) {
        String uid = uid(f);
        if (f.object("pay") == null) {
            throw new JsonProblem(f.at("pay"), Message.of("import.comparison.payRequired"));
        }
        // Object by object, in the order they first appear, each refusing a field it does not know once read.
        Map<String, List<OfferField>> byObject = new LinkedHashMap<>();
        for (OfferField field : OfferField.values()) {
            byObject.computeIfAbsent(objectFor(field).orElse(""), k -> new ArrayList<>()).add(field);
        }
        OfferValues values = new OfferValues();
        Map<OfferField.Section, String> paths = new EnumMap<>(OfferField.Section.class);
        for (Map.Entry<String, List<OfferField>> group : byObject.entrySet()) {
            JsonFields source = group.getKey().isEmpty() ? f : f.object(group.getKey());
            if (source == null) {
                continue; // an absent object: every field of it "not given"
            }
            for (OfferField field : group.getValue()) {
                paths.put(field.section(), source.path());
                values.put(field, value(source, field));
            }
            if (source != f) {
                source.done();
            }
        }
        List<ReviewComment> comments = new ArrayList<>();
        for (JsonFields.Element el : f.array("comments")) {
            JsonFields c = el.fields();
            String body = c.text("body", LONG_TEXT, true);
            Instant written = required(c, "created_at", c.instant("created_at"));
            Instant edited = c.instant("edited_at");
            if (edited != null && edited.isBefore(written)) {
                throw new JsonProblem(c.at("edited_at"), Message.of("import.comparison.editedBeforeWritten", edited.toString(), written.toString()));
            }
            ReviewComment rc = c.build(() -> new ReviewComment(0, 0, c.text("author", SHORT_TEXT, false),
                    ReviewRole.fromCode(c.text("role", SHORT_TEXT, false)), body, written, edited));
            c.done();
            comments.add(rc);
        }
        EquityChecks.problem(values).ifPresent(problem -> {
            throw new JsonProblem(paths.getOrDefault(OfferField.Section.EQUITY, f.path()), problem);
        });
        Offer offer;
        try {
            offer = values.toOffer(0);
        } catch (OfferValues.Refused refused) {
            // Refused by the rules that tie a section's fields together: the problem is at that section's object.
            OfferValues.Refusal first = refused.refusals().get(0);
            throw new JsonProblem(paths.getOrDefault(first.section(), f.path()), first.reason());
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.path(), Message.of(e));
        } catch (NullPointerException e) {
            throw new JsonProblem(f.path(), Message.of("import.comparison.incomplete"));
        }
        f.done();
        return new SharedOffer(offer, comments, uid);
    }

    /** The nested object a field is written in, or empty for the offer's own level. */
    private static Optional<String> objectFor(OfferField f) {
        if (f == CURRENCY) {
            return Optional.empty();
        }
        return switch (f.section()) {
            case OFFER, NOTES -> Optional.empty();
            case LOCATION -> Optional.of("location");
            case PAY -> Optional.of("pay");
            case EQUITY -> Optional.of("equity");
            case ACADEMIC -> Optional.of("academic");
            case CRITERIA -> Optional.of("criteria");
        };
    }

    private static String name(OfferField f) {
        return NAMES.getOrDefault(f, f.key());
    }

    /** One field read as its kind asks, with the field's bounds; null when absent. */
    private static Object value(JsonFields f, OfferField field) {
        String name = name(field);
        return switch (field) {
            case CURRENCY -> currency(f);
            case BASE_SALARY -> baseSalary(f);
            case ANNUAL_BONUS -> new Bonus(f.money("bonus_amount"), f.nonNegative("bonus_percent_of_base"));
            case EQUITY_YEARS, EQUITY_CLIFF_MONTHS -> null; // held by the vesting object, read with the schedule
            case EQUITY_SCHEDULE -> f.object("vesting") == null ? null : vesting(f.object("vesting"));
            default -> switch (field.kind()) {
                case TEXT -> field.required() ? f.requiredText(name, field.max()) : f.text(name, field.max(), false);
                case MULTILINE_TEXT -> f.text(name, field.max(), true);
                case CODE -> code(f, name, field);
                case AMOUNT -> f.money(name);
                case DECIMAL -> decimal(f, name, field);
                case INTEGER, RATING, PERCENT -> f.integer(name, field.min(), field.max());
                case DATE -> f.date(name);
                case YES_NO -> f.bool(name, false);
                case BONUS, CURRENCY, SCHEDULE -> throw new IllegalStateException(field + " is read above");
            };
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object code(JsonFields f, String name, OfferField field) {
        return f.code(name, (Class) field.codes().orElseThrow());
    }

    private static BigDecimal decimal(JsonFields f, String name, OfferField field) {
        BigDecimal v = f.nonNegative(name);
        if (v != null && field.max() > 0 && v.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            throw new JsonProblem(f.at(name), Message.of("json.atMost", field.max(), v.toPlainString()));
        }
        return v;
    }

    private static BigDecimal baseSalary(JsonFields f) {
        BigDecimal base = f.requiredMoney("base_salary");
        if (base.signum() <= 0) {
            throw new JsonProblem(f.at("base_salary"), Message.of("import.comparison.positive", base.toPlainString()));
        }
        return base;
    }

    /** The offer's stable identity: optional (older files have none), but when present a UUID. */
    private static String uid(JsonFields f) {
        String uid = f.string("uid");
        if (uid == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(uid.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.at("uid"), Message.of("import.comparison.uid", uid));
        }
    }

    private static CurrencyCode currency(JsonFields f) {
        String code = f.string("currency");
        if (code == null) {
            throw new JsonProblem(f.at("currency"), Message.of("import.comparison.currencyRequired"));
        }
        try {
            return new CurrencyCode(code);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(f.at("currency"), Message.of(e));
        }
    }

    private static VestingSchedule vesting(JsonFields v) {
        List<BigDecimal> shares = new ArrayList<>();
        for (JsonFields.Element el : v.array("yearly_percents")) {
            if (!el.node().isTextual()) {
                throw new JsonProblem(el.path(), Message.of("import.comparison.percent", Json.kind(el.node())));
            }
            shares.add(Json.decimal(el.node().textValue(), el.path()));
        }
        int cliff = v.integer("cliff_months", 0, 120, 0);
        VestingSchedule s = v.build(() -> new VestingSchedule(shares, cliff));
        v.done();
        return s;
    }

    private static <T> T required(JsonFields f, String name, T value) {
        if (value == null) {
            throw new JsonProblem(f.at(name), Message.of("import.comparison.required"));
        }
        return value;
    }
}
