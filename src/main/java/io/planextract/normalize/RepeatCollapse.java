package io.planextract.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Word files copied over and over hold cells whose text appears two or three times. A cell that is one block
 * repeated ({@code A A A}, {@code A B A B}) keeps one block; neighbouring paragraphs that differ only by their
 * numbering or a final {@code 。} keep the first.
 */
public final class RepeatCollapse {
    private RepeatCollapse() {
    }

    public static List<String> collapse(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return paragraphs;
        }
        List<String> block = smallestRepeatedBlock(paragraphs);
        List<String> out = new ArrayList<>(block.size());
        String previousKey = null;
        for (String p : block) {
            String key = comparable(p);
            if (!key.equals(previousKey)) {
                out.add(p);
            }
            previousKey = key;
        }
        return out;
    }

    private static List<String> smallestRepeatedBlock(List<String> p) {
        int n = p.size();
        for (int size = 1; size <= n / 2; size++) {
            if (n % size != 0) {
                continue;
            }
            boolean repeats = true;
            for (int i = size; i < n && repeats; i++) {
                repeats = comparable(p.get(i)).equals(comparable(p.get(i % size)));
            }
            if (repeats) {
                return p.subList(0, size);
            }
        }
        return p;
    }

    private static String comparable(String paragraph) {
        String s = Numbering.parse(paragraph).text();
        while (s.endsWith("。")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
