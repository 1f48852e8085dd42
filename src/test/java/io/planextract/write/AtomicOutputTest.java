package io.planextract.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
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
}
