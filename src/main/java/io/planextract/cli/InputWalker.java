package io.planextract.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the command's arguments into the list of files to convert. Folders are walked once, recursively, in
 * sorted order, keeping only the extensions plan-extract reads; a file named explicitly is always taken (its
 * content decides its format, and a wrong one is reported for that file). A folder named on the command line is
 * followed if it is a symbolic link; inside it, links to folders are not followed (a link cycle cannot make the
 * walk endless), and links to files outside the folder are skipped with a warning unless allowed (a link to
 * {@code /etc/shadow} dropped into a shared folder must not land in the output). A sub-folder that cannot be read
 * is one failure; the rest of the folder is still walked. A file reached twice is converted once.
 */
public final class InputWalker {
    /** Extensions looked for inside folders. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "docx", "doc", "wps", "htm", "html", "pdf", "ofd", "xlsx",
            "xlsm", "xls", "et");

    /** What a walk found: the inputs, the folders that could not be read, and the links skipped. */
    public record Walk(List<InputFile> files, List<String> failures, List<String> warnings) {
    }

    /**
     * Opens a folder for listing, before the walk lists it. The file system does this itself (and fails on a
     * folder the user may not read); tests put a folder the walk cannot list in its way, which permissions
     * cannot do for root.
     */
    @FunctionalInterface
    interface FolderGate {
        FolderGate OPEN = folder -> { };

        void check(Path folder) throws IOException;
    }

    private final List<Path> excluded;
    private final boolean linksOutside;
    private final FolderGate gate;

    /**
     * @param excluded folders and files never read as input: the outputs, so that a rerun does not read back
     *                 what the last run wrote into an input folder
     */
    public InputWalker(List<Path> excluded) {
        this(excluded, false);
    }

    /** @param linksOutside whether links inside a folder to files outside it are read too */
    public InputWalker(List<Path> excluded, boolean linksOutside) {
        this(excluded, linksOutside, FolderGate.OPEN);
    }

    InputWalker(List<Path> excluded, boolean linksOutside, FolderGate gate) {
        this.excluded = excluded.stream().map(InputWalker::canonical).toList();
        this.linksOutside = linksOutside;
        this.gate = gate;
    }

    /** The inputs; folders that cannot be read and skipped links are left out silently (see {@link #scan}). */
    public List<InputFile> walk(List<Path> arguments) throws IOException {
        return scan(arguments).files();
    }

    public Walk scan(List<Path> arguments) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path argument : arguments) {
            if (argument.toString().equals(InputFile.STANDARD_INPUT)) {
                add(files, seen, InputFile.standardInput()); // read by the converter, never from the disk
            } else if (Files.isDirectory(argument)) {
                for (Path relative : under(argument, failures, warnings)) {
                    Path found = argument.resolve(relative);
                    add(files, seen, new InputFile(found, found.toString(), relative));
                }
            } else {
                // Missing or unreadable files are kept: the batch reports them like any other failed input.
                Path name = argument.getFileName() == null ? argument : argument.getFileName();
                add(files, seen, new InputFile(argument, argument.toString(), name));
            }
        }
        return new Walk(List.copyOf(files), List.copyOf(failures), List.copyOf(warnings));
    }

    private static void add(List<InputFile> files, Set<Path> seen, InputFile file) {
        if (seen.add(canonical(file.path()))) {
            files.add(file);
        }
    }

    /** The input files below {@code folder}, relative to it, sorted. */
    private List<Path> under(Path folder, List<String> failures, List<String> warnings) throws IOException {
        Path root = folder.toRealPath(); // a folder given as a link is followed
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                if (!readable(p) || excluded.stream().anyMatch(canonical(p)::startsWith)) {
                    return FileVisitResult.CONTINUE;
                }
                Path relative = root.relativize(p);
                if (attrs.isRegularFile()) {
                    found.add(relative);
                } else if (attrs.isSymbolicLink() && Files.isRegularFile(p)) {
                    if (linksOutside || canonical(p).startsWith(root)) {
                        found.add(relative);
                    } else {
                        warnings.add(Names.quote(folder.resolve(relative).toString()) + " links to a file outside"
                                + " the folder and was skipped (--follow-links reads such files)");
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                try {
                    gate.check(dir);
                    return FileVisitResult.CONTINUE;
                } catch (IOException e) {
                    visitFileFailed(dir, e);
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                failures.add(Names.quote(folder.resolve(root.relativize(p)).toString()) + " [READ] the folder"
                        + " cannot be read (" + reason(e) + "); the rest was converted");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    visitFileFailed(dir, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // Sorted by path components, so a folder's files stay together and the order is the same on every machine.
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
    static Path canonical(Path p) {
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
