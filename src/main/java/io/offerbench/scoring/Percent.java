package io.offerbench.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A percentage as an argument of a {@link Reason}: the text layer writes it "18%", "12.5%". */
public record Percent(BigDecimal value) {

    public Percent {
        Objects.requireNonNull(value, "value");
    }
}
