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
}
