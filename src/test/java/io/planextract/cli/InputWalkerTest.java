package io.planextract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
    @TempDir
    Path tmp;

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderForSupportedExtensionsOnly() throws Exception {
        for (String name : List.of("b.TXT", "a.docx", "sub/c.html", "sub/d.htm", "e.doc", "f.wps", "g.pdf",
                "h.json", "i.ofd", "~$a.docx", "out/x.txt", "tasks.txt")) {
            Path p = tmp.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }

        List<InputFile> files = new InputWalker(List.of(tmp.resolve("out"), tmp.resolve("tasks.txt")))
                .walk(List.of(tmp));

        assertThat(files).extracting(f -> f.relative().toString()).containsExactly("a.docx", "b.TXT", "e.doc",
                "f.wps", "g.pdf", "i.ofd", "sub/c.html", "sub/d.htm");
        assertThat(files.get(0).display()).isEqualTo(tmp.resolve("a.docx").toString());
    }

    @Test
    void workbooksAreWalkedButNotExcelLockFiles() throws Exception {
        for (String name : List.of("a.xlsx", "b.XLS", "c.et", "d.xlsm", "~$a.xlsx", "e.csv")) {
            Files.writeString(tmp.resolve(name), "x");
        }

        List<InputFile> files = new InputWalker(List.of()).walk(List.of(tmp));

        assertThat(files).extracting(f -> f.relative().toString()).containsExactly("a.xlsx", "b.XLS", "c.et",
                "d.xlsm");
    }

    @Test
    void namedFilesAreTakenAsGivenOnceEach() throws Exception {
        Path pdf = Files.writeString(tmp.resolve("scan.pdf"), "%PDF");
        Path txt = Files.writeString(tmp.resolve("a.txt"), "x");

        List<InputFile> files = new InputWalker(List.of()).walk(List.of(pdf, txt, tmp,
                tmp.resolve("missing.txt")));

        assertThat(files).extracting(InputFile::path).containsExactly(pdf, txt, tmp.resolve("missing.txt"));
    }
}
