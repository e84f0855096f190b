package io.offerbench.domain.money;

import io.offerbench.domain.Refusal;
import java.util.Objects;

/**
 * Where a shipped figure comes from: the publishing body, the document or page, and its address.
 * Shown next to every tax table, exchange rate and cost-of-living index so a user can check it.
 */
public record SourceRef(String authority, String title, String url) {

    public SourceRef {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        if (authority.isBlank() || title.isBlank()) {
            throw Refusal.of("money.sourceIncomplete");
        }
    }
}
