package io.planextract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Legacy Word (DOC) and PDF notices for the benchmark. POI cannot write DOC, nor anything PDF, so the generated
 * DOCX notices are converted by LibreOffice where it is installed ({@code soffice}); without it the benchmark says
 * so and leaves DOC and PDF out.
 */
final class DocCorpus {
    private static final int FILES_PER_CALL = 50;

    private DocCorpus() {
    }

    static Optional<List<CorpusGenerator.Entry>> fromDocx(Path docxDir, Path docDir) throws IOException,
            InterruptedException {
        return fromDocx(docxDir, docDir, "doc");
    }

    /** The DOCX files of {@code docxDir} converted to {@code format} ("doc" or "pdf") in {@code outDir}. */
    static Optional<List<CorpusGenerator.Entry>> fromDocx(Path docxDir, Path docDir, String format)
            throws IOException, InterruptedException {
        Optional<String> soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        if (soffice.isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(docDir);
        List<Path> docx;
        try (Stream<Path> files = Files.list(docxDir)) {
            docx = files.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        for (int from = 0; from < docx.size(); from += FILES_PER_CALL) {
            List<String> command = new ArrayList<>(List.of(soffice.get(), "--headless", "--convert-to", format,
                    "--outdir", docDir.toString()));
            docx.subList(from, Math.min(docx.size(), from + FILES_PER_CALL)).forEach(p -> command.add(p.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return Optional.empty();
            }
        }
        List<CorpusGenerator.Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(docDir)) {
            for (Path f : files.sorted().toList()) {
                entries.add(new CorpusGenerator.Entry(f, format, true, 0, Files.size(f)));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }
}
