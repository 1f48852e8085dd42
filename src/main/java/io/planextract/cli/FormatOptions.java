package io.planextract.cli;

import io.planextract.write.OutputFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Which options apply to which output format. An option given for a format it does not touch ({@code --no-bom}
 * with XLSX, {@code --labels} with JSON) is a usage error, not ignored: the user asked for something the output
 * will not have, and saying so before any work costs nothing (docs/batch.md, "Options that do not apply").
 */
final class FormatOptions {
    private FormatOptions() {
    }

    /** An option as given, and the formats it changes. */
    record Applies(String option, boolean given, Set<OutputFormat> formats) {
    }

    /**
     * The first option given that does not apply to {@code format}, as a message; empty when all apply.
     *
     * @param ledgers whether the output is {@code --by-unit} ledgers (which are CSV or XLSX)
     */
    static Optional<String> misfit(OutputFormat format, boolean ledgers, Applies... options) {
        for (Applies a : options) {
            if (a.given() && !a.formats().contains(format)) {
                String what = (ledgers ? format.extension() + " ledgers" : format.extension() + " output");
                return Optional.of(a.option() + " does not apply to " + what + " (it changes "
                        + String.join(" and ", a.formats().stream().map(OutputFormat::extension).sorted().toList())
                        + " only)");
            }
        }
        return Optional.empty();
    }
}
