package io.offerbench.review;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.Comparison;
import io.offerbench.exchange.ComparisonFormatException;
import io.offerbench.exchange.ComparisonJson;
import io.offerbench.exchange.SharedOffer;
import io.offerbench.domain.ReviewComment;
import io.offerbench.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison as it was at a review, stored as a comparison file (the JSON of
 * {@link ComparisonJson}), so it is versioned and read by the same strict reader as any shared file.
 * <p>
 * Offer ids are local to one database and therefore not part of the file format, but review mode
 * must match offers by id (a renamed company is a change, not a removal plus an addition). The
 * snapshot keeps them in its {@code settings} section under {@link #OFFER_IDS}, in offer order,
 * which the existing reader accepts as an ordinary setting.
 */
public final class ReviewSnapshot {

    /** Comma-separated database ids of the snapshot's offers, in the order of its offers section. */
    static final String OFFER_IDS = "review.snapshot.offer_ids";
    private static final String APPLICATION = "OfferBench review mode"; // not user text: the application field the snapshot's JSON records

    private ReviewSnapshot() {
    }

    /** The name a problem with the snapshot gives it, as a file's name would be given. */
    private static String name() {
        return Texts.get("review.snapshot.name");
    }

    public static String write(Comparison now, Instant reviewedAt) {
        Map<String, String> settings = new LinkedHashMap<>(now.settings());
        settings.put(OFFER_IDS, String.join(",", now.offers().stream().map(o -> Long.toString(o.offer().id())).toList()));
        Comparison withIds = new Comparison(now.offers(), now.profiles(), now.userBenchmarks(), now.hiddenDocumentBenchmarks(),
                now.rates(), now.locationFactors(), settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ComparisonJson.write(withIds, reviewedAt, APPLICATION, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The offers of a snapshot, with their ids and their comments' offer ids restored.
     *
     * @throws ComparisonFormatException when this version cannot read it (a newer format, or damage)
     */
    public static List<SharedOffer> read(String snapshot) throws ComparisonFormatException {
        Comparison c;
        try {
            c = ComparisonJson.read(new ByteArrayInputStream(snapshot.getBytes(StandardCharsets.UTF_8)), name());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
        long[] ids = ids(c);
        List<SharedOffer> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            long id = ids[i];
            Offer offer = c.offers().get(i).offer().withId(id);
            List<ReviewComment> comments = c.offers().get(i).comments().stream()
                    .map(k -> k.on(0, id)).toList();
            out.add(new SharedOffer(offer, comments));
        }
        return out;
    }

    private static long[] ids(Comparison c) throws ComparisonFormatException {
        String listed = c.settings().get(OFFER_IDS);
        if (listed == null) {
            throw new ComparisonFormatException(name(), "settings." + OFFER_IDS, Texts.get("review.snapshot.noIds"));
        }
        long[] ids;
        try {
            ids = listed.isEmpty() ? new long[0] : Arrays.stream(listed.split(",")).mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            throw new ComparisonFormatException(name(), "settings." + OFFER_IDS, Texts.get("review.snapshot.idsNotWhole", listed));
        }
        if (ids.length != c.offers().size()) {
            throw new ComparisonFormatException(name(), "settings." + OFFER_IDS,
                    Texts.get("review.snapshot.idsCount", ids.length, c.offers().size()));
        }
        return ids;
    }
}
