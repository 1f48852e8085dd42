package io.planextract.cli;

import java.nio.file.Path;

/**
 * One input of a batch.
 *
 * @param path     where to read it
 * @param display  the path as the user would recognise it (the argument, or the argument joined with the part
 *                 found under a folder); it names the input in results and messages
 * @param relative the part below the folder argument it was found in (just the file name for a file argument);
 *                 per-input outputs mirror it so that two {@code a.txt} in different sub-folders do not collide
 */
public record InputFile(Path path, String display, Path relative) {
    /** The argument that means standard input, as in most Unix tools; a file named so is given as {@code ./-}. */
    public static final String STANDARD_INPUT = "-";

    /**
     * How standard input is named in results and messages: {@code <stdin>}, as jq and others say. Not {@code -},
     * which a CSV cell would have to neutralise as a formula and which reads as nothing in a message.
     */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /** Standard input; a per-input output for it is named {@code stdin.json} and so on. */
    static InputFile standardInput() {
        return new InputFile(Path.of(STANDARD_INPUT), STANDARD_INPUT_NAME, Path.of("stdin"));
    }

    /** Whether this input is standard input rather than a file. */
    public boolean isStandardInput() {
        return STANDARD_INPUT_NAME.equals(display) && STANDARD_INPUT.equals(path.toString());
    }
}
