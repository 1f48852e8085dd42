package io.planextract.read.ofd;

import io.planextract.doc.Document;
import io.planextract.read.ReadLimits;
import io.planextract.read.Readers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the OFD round-trip fixtures (run by scripts/make-fixtures-ofd.sh): every DOCX sample, read by the DOCX
 * reader and printed by {@link OfdLayout}, into {@code samples/ofd/NAME.ofd}, where the gold-sample test checks it
 * against the same gold as the DOCX. Every other sample repeats its header row on each page, so both ways a long
 * table runs over pages are covered.
 *
 * <p>usage: OfdFixtures SAMPLES_DIR
 */
public final class OfdFixtures {
    private OfdFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "src/test/resources/samples");
        Path out = samples.resolve("ofd");
        Files.createDirectories(out);
        List<Path> docx;
        try (Stream<Path> files = Files.list(samples)) {
            docx = files.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
        }
        for (int i = 0; i < docx.size(); i++) {
            Path in = docx.get(i);
            Document document = Readers.read(Files.readAllBytes(in), ReadLimits.DEFAULT);
            String name = in.getFileName().toString().replaceAll("\\.docx$", ".ofd");
            Files.write(out.resolve(name), OfdLayout.print(document, i % 2 == 0));
            System.out.println("wrote " + out.resolve(name));
        }
    }
}
