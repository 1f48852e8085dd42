package io.planextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before any work, that no output would replace an input ("inputs are only ever read"): {@code -o},
 * {@code --errors} and {@code --report} against the files named and the input files of the folders named, and
 * each input's own output ({@code -o DIR/}) against every input.
 */
final class OutputGuard {
    /** A page this tool wrote says so; rewriting it on a rerun replaces no notice. */
    private static final String GENERATOR = "<meta name=\"generator\" content=\"plan-extract\">";

    private OutputGuard() {
    }

    /** The first output file that is also an input (or would be one in an input folder), if any. */
    static Optional<Path> overwrittenInput(List<Path> arguments, List<Path> outputs) {
        for (Path output : outputs) {
            if (!Files.isRegularFile(output)) {
                continue;
            }
            Path real = InputWalker.canonical(output);
            for (Path argument : arguments) {
                Path arg = InputWalker.canonical(argument);
                boolean named = arg.equals(real);
                boolean inFolder = Files.isDirectory(arg) && real.startsWith(arg) && InputWalker.readable(real)
                        && !writtenByUs(real);
                if (named || inFolder) {
                    return Optional.of(output);
                }
            }
        }
        return Optional.empty();
    }

    /** The first per-input output that is one of the inputs, if any. */
    static Optional<Path> targetOfAnInput(List<InputFile> inputs, List<Path> targets) {
        Set<Path> read = new HashSet<>();
        inputs.forEach(i -> read.add(InputWalker.canonical(i.path())));
        return targets.stream().filter(t -> read.contains(InputWalker.canonical(t))).findFirst();
    }

    /** Whether two of the outputs are the same file. */
    static boolean repeated(List<Path> outputs) {
        Set<Path> seen = new HashSet<>();
        return !outputs.stream().map(InputWalker::canonical).allMatch(seen::add);
    }

    private static boolean writtenByUs(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.UTF_8).contains(GENERATOR);
        } catch (IOException e) {
            return false;
        }
    }
}
