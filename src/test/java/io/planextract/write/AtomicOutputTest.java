package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path tmp;

    @Test
    void theTargetAppearsOnlyOnCommit() throws Exception {
        Path target = tmp.resolve("out.json");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            out.stream().close(); // a writer closing its stream must not end the file
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("{}");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void closingWithoutACommitLeavesTheOldTargetAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(tmp.resolve("out.csv"), "old");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputsGetTheUsualPermissionsNotOwnerOnly() throws Exception {
        // Files.createTempFile would make the output readable by its owner alone (rw-------).
        Path plain = Files.createFile(tmp.resolve("plain.txt"));
        Path target = tmp.resolve("out.json");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.commit();
        }
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real.getFileName());
        try (AtomicOutput out = new AtomicOutput(link)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFifoIsWrittenIntoNeverReplaced() throws Exception {
        // Stands for /dev/null and other special files, without touching a real device.
        Path fifo = tmp.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is missing");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (AtomicOutput out = new AtomicOutput(fifo)) {
            assertThat(out.direct()).isTrue();
            out.stream().write("through".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(new String(read.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("through");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void theFileIsSyncedBeforeTheRenameAndTheFolderAfter() throws Exception {
        Path target = tmp.resolve("out.json");
        List<String> events = new ArrayList<>();
        AtomicOutput.Sync recording = new AtomicOutput.Sync() {
            @Override
            public void file(FileChannel channel) {
                events.add("file, target there: " + Files.exists(target));
            }

            @Override
            public void folder(Path dir) {
                events.add("folder " + dir.getFileName() + ", target there: " + Files.exists(target));
            }
        };
        try (AtomicOutput out = new AtomicOutput(target, recording)) {
            out.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(events).containsExactly("file, target there: false",
                "folder " + tmp.getFileName() + ", target there: true");
    }

    @Test
    void sweepingLeavesALiveWritersTemporaryFile() throws Exception {
        // Two runs writing the same target: the second one's sweep must not take the first one's file.
        Path target = tmp.resolve("all.json");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            TemporaryFiles.sweep(target);
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void sweepingDeletesTheFilesOfAProcessThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path target = tmp.resolve("all.json");
        Path stale = Files.createFile(tmp.resolve(".all.json." + gone.pid() + "-0badf00d.part"));
        Path alive = Files.createFile(tmp.resolve(".all.json." + ProcessHandle.current().parent().orElseThrow().pid()
                + "-0badf00d.part"));
        Path other = Files.createFile(tmp.resolve(".all.json.notes.part"));

        TemporaryFiles.sweep(target);

        assertThat(stale).doesNotExist();
        assertThat(alive).exists();
        assertThat(other).exists();
    }

    @Test
    void everyTemporaryFileIsRegisteredForTheShutdownHookUntilDone() throws Exception {
        Path target = tmp.resolve("page.html");
        Path folder = tmp.toRealPath();
        try (AtomicOutput out = new AtomicOutput(target)) {
            assertThat(TemporaryFiles.live()).anyMatch(p -> p.getParent().equals(folder)
                    && p.getFileName().toString().startsWith(".page.html." + ProcessHandle.current().pid() + "-"));
            out.commit();
        }
        assertThat(TemporaryFiles.live()).noneMatch(p -> p.getParent().equals(folder));
    }

    @Test
    void aTargetWithALongNameGetsATemporaryNameThatFits() throws Exception {
        // 80 Chinese characters and an extension: 245 bytes, and a temporary suffix would pass 255.
        Path target = tmp.resolve("局".repeat(80) + ".json");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("{}");
    }
}
