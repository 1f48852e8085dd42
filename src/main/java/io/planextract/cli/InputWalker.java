package io.planextract.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command's arguments into the list of files to convert. Folders are walked once, recursively, in
 * sorted order, keeping only the extensions plan-extract reads; a file named explicitly is always taken (its
 * content decides its format, and a wrong one is reported for that file). Symbolic links to folders are not
 * followed, so a link cycle cannot make the walk endless, and a file reached twice is converted once.
 */
public final class InputWalker {
    /** Extensions looked for inside folders. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "docx", "doc", "wps", "htm", "html");

    private final List<Path> excluded;

    /**
     * @param excluded folders and files never read as input: the outputs, so that a rerun does not read back
     *                 what the last run wrote into an input folder
     */
    public InputWalker(List<Path> excluded) {
        this.excluded = excluded.stream().map(InputWalker::canonical).toList();
    }

    public List<InputFile> walk(List<Path> arguments) throws IOException {
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                for (Path found : under(argument)) {
                    add(files, seen, new InputFile(found, found.toString(), argument.relativize(found)));
                }
            } else {
                // Missing or unreadable files are kept: the batch reports them like any other failed input.
                Path name = argument.getFileName() == null ? argument : argument.getFileName();
                add(files, seen, new InputFile(argument, argument.toString(), name));
            }
        }
        return files;
    }

    private static void add(List<InputFile> files, Set<Path> seen, InputFile file) {
        if (seen.add(canonical(file.path()))) {
            files.add(file);
        }
    }

    private List<Path> under(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || isLinkedFile(p))
                    .filter(InputWalker::readable)
                    .filter(p -> excluded.stream().noneMatch(canonical(p)::startsWith))
                    // Sorted by path components, so a folder's files stay together and the order is the same on
                    // every machine.
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isLinkedFile(Path p) {
        return Files.isSymbolicLink(p) && Files.isRegularFile(p);
    }

    static boolean readable(Path p) {
        String name = p.getFileName().toString();
        // Word leaves "~$name.docx" lock files beside open documents; they are never notices.
        if (name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The real path; for a path not there yet (an output), its real folder and its name. */
    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            Path absolute = p.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            return parent == null || parent.equals(absolute) ? absolute
                    : canonical(parent).resolve(absolute.getFileName());
        }
    }
}
