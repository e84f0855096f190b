package io.offerbench.text;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;

/** Which criterion a benchmark row informs, by the criterion's name in the current language (never its code). */
public final class SignalWords {

    private SignalWords() {
    }

    /**
     * "Compute" for a signal that informs compute; "No criterion" for a qualitative row that informs none;
     * empty for a figure (pay, ratio, one company's) that names none, where the question does not arise.
     */
    public static String informs(Benchmark b) {
        if (b.informs() != null) {
            return Texts.get("criterion." + b.informs().name());
        }
        return b.kind() == BenchmarkKind.QUALITATIVE ? Texts.get("benchmarks.informs.none") : "";
    }
}
