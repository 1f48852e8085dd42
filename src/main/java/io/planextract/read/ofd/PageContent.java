package io.planextract.read.ofd;

import java.util.List;

/** What one page shows that the reader uses: its characters and its ruling lines, and the page's size in mm. */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Segment> segments) {
    PageContent {
        glyphs = List.copyOf(glyphs);
        segments = List.copyOf(segments);
    }
}
