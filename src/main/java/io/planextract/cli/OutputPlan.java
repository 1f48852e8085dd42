package io.planextract.cli;

import io.planextract.ledger.AliasFile;
import io.planextract.write.OutputFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the results of a batch go, decided once from {@code -o} and {@code --format} before anything runs.
 */
public sealed interface OutputPlan {
    OutputFormat format();

    /** No {@code -o}: everything on standard output. */
    record ToStdout(OutputFormat format, boolean several) implements OutputPlan {
    }

    /** {@code -o FILE}: every result combined into one file (a JSON array when {@code several}). */
    record ToFile(Path file, OutputFormat format, boolean several) implements OutputPlan {
    }

    /**
     * {@code --by-unit -o DIR/}: one ledger per unit (the tasks it leads or shares) and an index of units; with
     * {@code perNotice} ({@code --per-notice}) a folder of them per notice.
     */
    record Ledgers(Path folder, OutputFormat format, AliasFile aliases, boolean perNotice) implements OutputPlan {
        Ledgers(Path folder, OutputFormat format, AliasFile aliases) {
            this(folder, format, aliases, false);
        }
    }

    /** {@code -o DIR/}: one file per input, named after it. */
    record PerInput(Path folder, OutputFormat format) implements OutputPlan {
        /**
         * Output paths for the inputs, in the same order. An input's output mirrors where it was found below its
         * folder argument ({@code notices/2025/a.txt} → {@code out/2025/a.json}); when two inputs would still get
         * the same name ({@code a.txt} and {@code a.docx}), each keeps its extension ({@code a.txt.json}), and a
         * counter settles whatever is left, so no output overwrites another.
         */
        public List<Path> targets(List<InputFile> inputs) {
            Map<String, Integer> byStem = new HashMap<>();
            for (InputFile input : inputs) {
                byStem.merge(key(stemPath(input.relative())), 1, Integer::sum);
            }
            Set<String> taken = new HashSet<>();
            return inputs.stream().map(input -> {
                String base = byStem.get(key(stemPath(input.relative()))) > 1
                        ? input.relative().toString() : stemPath(input.relative());
                String name = base + "." + format.extension();
                for (int n = 2; !taken.add(key(name)); n++) {
                    name = base + "-" + n + "." + format.extension();
                }
                return folder.resolve(name);
            }).toList();
        }

        private static String stemPath(Path relative) {
            String s = relative.toString();
            String file = relative.getFileName().toString();
            int dot = file.lastIndexOf('.');
            return dot > 0 ? s.substring(0, s.length() - (file.length() - dot)) : s;
        }

        // Case-insensitive file systems (a USB stick, a Windows share) would fold A.json and a.json together.
        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
