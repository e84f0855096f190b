package io.offerbench.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"OfferBench " + version()};
    }
}
