package io.offerbench.text;

import io.offerbench.domain.input.ProblemWords;

/** The domain's input problems in the chosen language, from the one bundle (registered in META-INF/services). */
public final class BundleProblemWords implements ProblemWords {

    @Override
    public String words(String key, Object[] args) {
        return Texts.get(key, args);
    }
}
