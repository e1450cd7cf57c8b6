package dev.mizan.workbench.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "development"). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Mizan " + (v == null ? "development" : v)};
    }
}
