package io.planextract.extract.prose;

import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Doubt;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.MarkerGroup.Group;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.grammar.NumberingMark;
import io.planextract.normalize.Simplified;
import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers of a text as {@link ResponsibilityMarker#scan} finds them, plus those that close a (sub-)item inline
 * without a full stop before them: {@code （1）…（市发改委牵头负责）；（2）…（市财政局牵头负责）}. Such a bracket counts
 * where it ends the text or stands just before the next item's number, and where it says who does the work (a role
 * word: 牵头, 负责, 配合…); a bare {@code 〔区财政局〕} there stays doubtful, it may be a name's alias.
 */
final class SegmentEnds {
    private static final Pattern ROLE = Pattern.compile("牵头|负责|配合|落实|责任|主办|协办|承办|参与|参加");
    private static final Pattern VERB_TAIL = Pattern.compile(
            "(?:牵头)?(?:按照?职责分工)?(?:分别|具体)?(?:负责|落实|负责落实|牵头)$");
    private static final String AFTER = "。；;，,：: \t\u3000";

    private SegmentEnds() {
    }

    static List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>(ResponsibilityMarker.scan(text));
        int i = 0;
        while (i < text.length()) {
            if (ResponsibilityMarker.OPEN.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            Group g = MarkerGroup.group(text, i);
            if (g == null) {
                i++;
                continue;
            }
            i = g.end();
            if (!g.closed() || !endsSegment(text, g.end()) || found(hits, g.start())
                    || !ROLE.matcher(Simplified.of(g.content())).find()) {
                continue;
            }
            Content c = read(g.content());
            if (c == null) {
                continue;
            }
            hits.removeIf(h -> h instanceof Doubt && h.start() < g.end() && h.end() > g.start());
            hits.add(new Found(g.start(), g.end(), c, null));
        }
        Found tail = labelledTail(text, hits);
        if (tail != null) {
            hits.removeIf(h -> h.start() >= tail.start());
            hits.add(tail);
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * Labels written inline without brackets after the item's last sentence, running to the paragraph's end:
     * {@code 1.推进X。牵头单位：县住建局；责任单位：各乡镇}, or after the title alone. Null where the text ends otherwise.
     */
    private static Found labelledTail(String text, List<Hit> hits) {
        if (ResponsibilityMarker.isLine(text)) {
            Content whole = ResponsibilityMarker.read(text);
            // A line of a person alone (责任领导：王某) is a label line that names no unit.
            return whole != null && whole.hasUnits() ? new Found(0, text.length(), whole, null) : null;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ResponsibilityMarker.OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (ResponsibilityMarker.CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && ResponsibilityMarker.SENTENCE_END.indexOf(c) >= 0 && !found(hits, i)) {
                int k = i + 1;
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                String rest = text.substring(k);
                if (!rest.isEmpty() && ResponsibilityMarker.isLine(rest)) {
                    Content c2 = ResponsibilityMarker.read(rest);
                    return c2 != null && c2.hasUnits() ? new Found(k, text.length(), c2, null) : null;
                }
            }
        }
        return null;
    }

    /**
     * The marker's content as {@link ResponsibilityMarker#read} gives it; where that reads no units because of a verb
     * tail ({@code 市发改委牵头负责}), the units before the tail decide, and the content stays as written.
     */
    private static Content read(String content) {
        Content c = ResponsibilityMarker.read(content);
        if (c != null && c.hasUnits()) {
            return c;
        }
        Matcher tail = VERB_TAIL.matcher(Simplified.of(content));
        if (!tail.find() || tail.start() == 0) {
            return null;
        }
        Content units = ResponsibilityMarker.read(content.substring(0, tail.start()));
        return units != null && units.hasUnits() ? new Content(null, TextCleaner.strip(content), null) : null;
    }

    private static boolean found(List<Hit> hits, int start) {
        for (Hit h : hits) {
            if (h instanceof Found && h.start() <= start && h.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** True where only punctuation stands between {@code at} and the text's end or the next item's number. */
    private static boolean endsSegment(String text, int at) {
        int k = at;
        while (k < text.length() && AFTER.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k >= text.length() || (k > at && NumberingMark.at(text, k) != null);
    }
}
