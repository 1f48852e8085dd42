package io.planextract.read.doc;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * The visible text of a Word 97 paragraph. Word stores structure as control characters in the text stream:
 * field codes between 0x13 and 0x14 (the result, up to 0x15, is what Word shows), 0x0B a manual line break,
 * 0x0C a page or section break, 0x07 a cell or row end, 0x01/0x08 anchors of pictures and drawings.
 */
final class DocText {
    private DocText() {
    }

    /** The paragraph's lines: a manual line break starts a new one, as in the text dump. */
    static List<String> lines(String raw) {
        String text = Range.stripFields(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u000b', '\u000c' -> {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                case '\r', '\u0007', '\u001f' -> {
                    // paragraph or cell mark, optional hyphen: not text
                }
                case '\u001e' -> line.append('-'); // non-breaking hyphen
                case '\t' -> line.append('\t');
                default -> {
                    if (c >= ' ') {
                        line.append(c);
                    }
                }
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
