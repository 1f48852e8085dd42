package io.planextract.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;

/** The command run in-process, with what it printed. */
record CommandRun(int exit, byte[] stdoutBytes, String stderr) {

    static CommandRun of(String... args) {
        return with(InputWalker.FolderGate.OPEN, args);
    }

    /** The command run with {@code gate} opening the folders it walks. */
    static CommandRun with(InputWalker.FolderGate gate, String... args) {
        return withStdin(new java.io.ByteArrayInputStream(new byte[0]), gate, args);
    }

    /** The command run with {@code stdin} as its standard input (what the input {@code -} reads). */
    static CommandRun withStdin(byte[] stdin, String... args) {
        return withStdin(new java.io.ByteArrayInputStream(stdin), args);
    }

    static CommandRun withStdin(java.io.InputStream stdin, String... args) {
        return withStdin(stdin, InputWalker.FolderGate.OPEN, args);
    }

    static CommandRun withStdin(java.io.InputStream stdin, InputWalker.FolderGate gate, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PlanExtractCommand command = new PlanExtractCommand(stdin, out, false, Duration.ofHours(1));
        command.folderGate = gate;
        CommandLine cmd = PlanExtractCommand.commandLine(command);
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        int exit = cmd.execute(args);
        return new CommandRun(exit, out.toByteArray(), err.toString());
    }

    String stdout() {
        return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    List<String> stderrLines() {
        return stderr.lines().toList();
    }

    /** A sample shipped in the test resources. */
    static Path sample(String name) {
        try {
            return Path.of(Objects.requireNonNull(CommandRun.class.getResource("/samples/" + name)).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies samples into a folder, so tests can run on a known set of files. */
    static Path copySamples(Path folder, String... names) throws java.io.IOException {
        Files.createDirectories(folder);
        for (String n : names) {
            Files.copy(sample(n), folder.resolve(n));
        }
        return folder;
    }

    /** Every regular file below a folder, relative, sorted. */
    static List<String> files(Path folder) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(folder.relativize(p).toString()));
        }
        names.sort(null);
        return names;
    }
}
