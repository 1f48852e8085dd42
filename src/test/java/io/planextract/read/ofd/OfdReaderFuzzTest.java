package io.planextract.read.ofd;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;

/**
 * The OFD reader on arbitrary bytes: it reads them or refuses them with a {@link ReadException}; nothing else may
 * escape. Random bytes seldom make a ZIP, so an input that does not start like one is taken as the content of a
 * page ({@code Content.xml}) inside a well-formed package: the fuzzer then explores text objects, paths, page blocks
 * and the grid builder. An input starting with {@code PK} is read as the whole file. Seeds: a ruled table page, a
 * page with CTMs and filled rules, and a whole round-trip fixture ({@code OfdReaderFuzzTestInputs/ofdReader/}).
 * Fuzzing: {@code docs/fuzzing.md}.
 */
class OfdReaderFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 200, 16, 64, 5_000, 20, 4 << 20);
    private static final OfdReader READER = new OfdReader();

    @FuzzTest(maxDuration = "2m")
    void ofdReader(byte[] input) {
        byte[] file = input.length >= 2 && input[0] == 'P' && input[1] == 'K' ? input : packaged(input);
        try {
            READER.read(file, LIMITS);
        } catch (ReadException expected) {
            // a clear refusal is a correct answer to bad input
        }
    }

    /** A one-page OFD whose page content is {@code content}. */
    static byte[] packaged(byte[] content) {
        OfdBuilder ofd = new OfdBuilder();
        ofd.page(210, 297);
        ofd.omitPage(1);
        ofd.entry("Doc_0/Pages/Page_0/Content.xml", content);
        return ofd.build();
    }
}
