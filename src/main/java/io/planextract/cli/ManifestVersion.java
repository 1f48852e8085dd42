package io.planextract.cli;

import picocli.CommandLine;

/**
 * {@code --version}: the Implementation-Version the build writes into the jar's manifest; before the jar exists
 * (the man page is generated from the classes), the version the build passes as {@code plan-extract.version}.
 */
final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PlanExtractCommand.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("plan-extract.version");
        }
        return new String[] {"plan-extract " + (version == null ? "(development build, not from a jar)" : version)};
    }
}
