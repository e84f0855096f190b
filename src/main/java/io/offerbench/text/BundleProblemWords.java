package io.offerbench.text;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.RefusalWords;
import io.offerbench.domain.input.ProblemWords;

/**
 * The domain's input problems and refusals in the chosen language, from the one bundle (registered in
 * META-INF/services for both interfaces).
 */
public final class BundleProblemWords implements ProblemWords, RefusalWords {

    /** A criterion by its name ("Research freedom"), another enum constant by its label, anything else as it is. */
    @Override
    public String words(String key, Object[] args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Criterion c ? Texts.get("criterion." + c.name())
                    : args[i] instanceof Enum<?> e ? Texts.label(e) : args[i];
        }
        return Texts.get(key, shown);
    }
}
