package io.planextract.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.PlanExtractor;
import io.planextract.write.Json;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release runs where only Java is installed. The launcher is tested on every build (with a stand-in jar whose
 * class path is this test's, since {@code mvn test} runs before the real jar exists); the archive itself is
 * tested when {@code mvn package} has made a fresh one, and skipped with a message otherwise.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the sh launcher; plan-extract.bat is checked for its layout only")
class ReleaseArchiveTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String SAMPLE = "zhoucun-2025-task-breakdown.txt";

    @TempDir
    Path tmp;

    @Test
    void launcherRunsTheCommandWithNothingButJavaOnThePath() throws Exception {
        Path home = tmp.resolve("plan-extract");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Path launcher = Files.copy(PROJECT.resolve("src/assembly/bin/plan-extract"), home.resolve("bin/plan-extract"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        standInJar(home.resolve("lib/plan-extract.jar"));
        Path sample = Files.copy(PROJECT.resolve("samples").resolve(SAMPLE), tmp.resolve(SAMPLE));

        Process run = runAlone(home, "bin/plan-extract", "-q", sample.toString(), "-o", "tasks.json");

        assertThat(run.exitValue()).as(stderr(run)).isZero();
        assertThat(taskCount(home.resolve("tasks.json"))).isEqualTo(expectedTasks(sample));
    }

    @Test
    void releaseArchiveHoldsTheLaunchersJarDocsSchemaLicenceAndCompletion() throws Exception {
        Path zip = freshArchive(".zip");
        Map<String, Integer> modes = new HashMap<>();
        Path root = tmp.resolve("unpacked");
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = file.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(root)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                modes.put(entry.getName().substring(entry.getName().indexOf('/') + 1), entry.getUnixMode() & 0777);
            }
        }
        assertThat(modes).containsKeys("bin/plan-extract", "bin/plan-extract.bat", "lib/plan-extract.jar", "LICENSE",
                "README.md", "docs/OUTPUT.md", "docs/plan-extract.schema.json", "completion/plan-extract_completion");
        assertThat(modes.get("bin/plan-extract")).isEqualTo(0755);
        Path home;
        try (Stream<Path> top = Files.list(root)) {
            home = top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(home.resolve("bin/plan-extract.bat"))).contains("\r\n").contains("-jar");
        assertThat(Files.readString(home.resolve("completion/plan-extract_completion"))).contains("--labels");

        // Run as a clerk would: the unpacked launcher, executable as unpacked, with only java on the PATH.
        Files.setPosixFilePermissions(home.resolve("bin/plan-extract"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Process run = runAlone(home, "bin/plan-extract", "-q", "samples/" + SAMPLE, "-o", "tasks.json");
        assertThat(run.exitValue()).as(stderr(run)).isZero();
        assertThat(stderr(run)).as("the bundled logging binding keeps POI quiet").doesNotContain("SLF4J", "log4j");
        assertThat(taskCount(home.resolve("tasks.json"))).isEqualTo(expectedTasks(home.resolve("samples/" + SAMPLE)));
    }

    @Test
    void releaseArchiveHoldsTheManPageGeneratedFromTheOptions() throws Exception {
        Path zip = freshArchive(".zip");
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry page = null;
            for (Enumeration<ZipArchiveEntry> e = file.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.getName().endsWith("/man/man1/plan-extract.1")) {
                    page = entry;
                }
            }
            assertThat(page).as("man/man1/plan-extract.1 in the archive").isNotNull();
            try (InputStream in = file.getInputStream(page)) {
                String troff = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // man(7) markup, with the options and exit codes of the command itself, and the version.
                assertThat(troff).contains(".TH \"PLAN\\-EXTRACT\"", "\\-\\-fail\\-on\\-warnings", "EXIT CODES")
                        .doesNotContain("development build");
            }
        }
    }

    @Test
    void tarballHoldsTheSameFilesWithAnExecutableLauncher() throws Exception {
        Path tgz = freshArchive(".tar.gz");
        Map<String, Integer> modes = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                modes.put(entry.getName().substring(entry.getName().indexOf('/') + 1), entry.getMode() & 0777);
            }
        }
        assertThat(modes).containsKeys("bin/plan-extract", "bin/plan-extract.bat", "lib/plan-extract.jar", "LICENSE",
                "docs/plan-extract.schema.json", "completion/plan-extract_completion");
        assertThat(modes.get("bin/plan-extract")).isEqualTo(0755);
    }

    /**
     * The archive {@code mvn package} made, if it is newer than every source it is made from; else the test is
     * skipped (as under {@code mvn test}, which runs before packaging).
     */
    private static Path freshArchive(String extension) throws IOException {
        Path target = PROJECT.resolve("target");
        List<Path> archives = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                files.filter(p -> p.getFileName().toString().matches("plan-extract-[0-9].*" + extension.replace(".", "\\.")))
                        .forEach(archives::add);
            }
        }
        require(archives.size() == 1, "no release archive in target/ (run `mvn package`); skipping its test");
        Path archive = archives.get(0);
        FileTime newestSource = newest(PROJECT.resolve("src/main"), PROJECT.resolve("src/assembly"),
                PROJECT.resolve("docs"), PROJECT.resolve("pom.xml"));
        require(Files.getLastModifiedTime(archive).compareTo(newestSource) >= 0,
                "the release archive in target/ is older than the sources (run `mvn package`); skipping its test");
        return archive;
    }

    /**
     * Skips without a fresh archive, except where CI asks for the archive ({@code -Dplanextract.releaseRequired=true}
     * after {@code mvn package}): there a missing archive is a failure, not a skip.
     */
    private static void require(boolean condition, String message) {
        if (Boolean.getBoolean("planextract.releaseRequired")) {
            assertThat(condition).as(message).isTrue();
        } else {
            assumeTrue(condition, message);
        }
    }

    private static FileTime newest(Path... roots) throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    FileTime t = Files.getLastModifiedTime(p);
                    newest = t.compareTo(newest) > 0 ? t : newest;
                }
            }
        }
        return newest;
    }

    /** A jar with no classes: its manifest starts the command with this test's own class path. */
    private static void standInJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.planextract.cli.PlanExtractCommand");
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    /** Runs {@code command} in {@code dir} with an environment whose PATH holds nothing but {@code java}. */
    private Process runAlone(Path dir, String... command) throws IOException, InterruptedException {
        Path onlyJava = Files.createDirectories(tmp.resolve("only-java"));
        if (!Files.exists(onlyJava.resolve("java"))) {
            Files.createSymbolicLink(onlyJava.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(tmp.resolve("stderr.txt").toFile());
        pb.environment().clear();
        pb.environment().put("PATH", onlyJava.toString());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        return p;
    }

    private String stderr(Process p) throws IOException {
        return Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    private static int taskCount(Path json) throws IOException {
        JsonNode doc = Json.mapper().readTree(json.toFile());
        return doc.path("tasks").size();
    }

    private static int expectedTasks(Path sample) throws Exception {
        return PlanExtractor.extract(sample).tasks().size();
    }
}
