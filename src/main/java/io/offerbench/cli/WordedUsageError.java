package io.offerbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A usage error OfferBench words itself (from the bundle, in the chosen language), shown as it is by {@link UsageErrors}. */
final class WordedUsageError extends ParameterException {

    private static final long serialVersionUID = 1L;

    WordedUsageError(CommandLine commandLine, String worded) {
        super(commandLine, worded);
    }
}
