package io.offerbench.cli;

import io.offerbench.app.LeftOutOffer;
import java.io.PrintWriter;
import java.util.List;

/** One warning line on stderr per offer left out, so a script's stdout stays the data and a person still sees why. */
final class LeftOutLines {

    private LeftOutLines() {
    }

    static void print(List<LeftOutOffer> leftOut, PrintWriter err) {
        for (LeftOutOffer l : leftOut) {
            err.println("offerbench: warning: " + l.sentence().replace('\n', ' '));
        }
        err.flush();
    }
}
