package io.offerbench.scoring;

import io.offerbench.domain.Region;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;

/**
 * Which market an offer was compared with: its own segment, seniority and region. A verdict uses
 * typical rows of exactly this scope; the words "no typical figure for ..." name it.
 *
 * @param country the offer's country as entered (may be blank)
 */
public record MarketScope(Segment segment, Seniority seniority, Region region, String country) {

    public MarketScope {
        country = country == null ? "" : country.strip();
    }
}
