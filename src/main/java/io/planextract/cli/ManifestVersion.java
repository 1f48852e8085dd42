package io.planextract.cli;

import picocli.CommandLine;

/** {@code --version}: the Implementation-Version the build writes into the jar's manifest. */
final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PlanExtractCommand.class.getPackage().getImplementationVersion();
        return new String[] {"plan-extract " + (version == null ? "(development build, not from a jar)" : version)};
    }
}
