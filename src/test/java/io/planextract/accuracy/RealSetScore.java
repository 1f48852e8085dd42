package io.planextract.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Scores one notice's output against its hand-made expected output, the way the held-out real pages are scored.
 *
 * <p>Core fields are what a clerk needs from each expected task: that the task is there at all (its words, the
 * expected requirement or else its task title, found inside an output task's task + requirement after punctuation
 * and spaces are dropped), its lead units, its responsible units, and its deadline's kind and date; plus one field
 * for the number of tasks. Output tasks are aligned to expected tasks in order by their words, so one missed task
 * costs its own fields only. Full fields add, for every found task, each of {@code section}, {@code task},
 * {@code requirement} and the deadline text that the expected file states.
 */
public final class RealSetScore {
    /** Matched and compared field counts, and what went wrong (for the per-notice listing). */
    public record Tally(int coreOk, int coreTotal, int fullOk, int fullTotal, List<String> misses) {
        public Tally plus(Tally o) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(o.misses);
            return new Tally(coreOk + o.coreOk, coreTotal + o.coreTotal, fullOk + o.fullOk, fullTotal + o.fullTotal,
                    all);
        }

        public static Tally zero() {
            return new Tally(0, 0, 0, 0, List.of());
        }
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．]|[①-⑳])\\s*");
    private static final List<String> TITLE_FIELDS = List.of("section", "task", "requirement");

    private RealSetScore() {
    }

    public static Tally score(JsonNode expected, JsonNode actual) {
        JsonNode want = expected.path("tasks");
        JsonNode got = actual.path("tasks");
        int coreOk = 0;
        int coreTotal = 0;
        int fullOk = 0;
        int fullTotal = 0;
        List<String> misses = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < want.size(); i++) {
            JsonNode g = want.get(i);
            String key = words(NUMBERING.matcher(text(g, "requirement", text(g, "task", ""))).replaceFirst(""));
            coreTotal += 4;
            fullTotal += 4 + presentTitles(g);
            int k = find(got, from, key);
            if (k < 0) {
                misses.add("task " + (i + 1) + ": not found: " + clip(key));
                continue;
            }
            from = k + 1;
            JsonNode o = got.get(k);
            coreOk++;
            fullOk++;
            for (String f : List.of("lead", "responsible")) {
                List<String> gv = units(g.path(f));
                List<String> ov = units(o.path(f));
                if (gv.equals(ov)) {
                    coreOk++;
                    fullOk++;
                } else {
                    misses.add("task " + (i + 1) + "." + f + ": expected " + gv + " got " + ov);
                }
            }
            if (sameDeadline(g.path("deadline"), o.path("deadline"))) {
                coreOk++;
                fullOk++;
            } else {
                misses.add("task " + (i + 1) + ".deadline: expected " + deadline(g.path("deadline")) + " got "
                        + deadline(o.path("deadline")));
            }
            for (String f : TITLE_FIELDS) {
                if (!g.has(f)) {
                    continue;
                }
                if (Objects.equals(words(text(g, f, "")), words(text(o, f, "")))) {
                    fullOk++;
                } else {
                    misses.add("task " + (i + 1) + "." + f + ": expected " + clip(text(g, f, "")) + " got "
                            + clip(text(o, f, "")));
                }
            }
        }
        coreTotal++;
        fullTotal++;
        if (want.size() == got.size()) {
            coreOk++;
            fullOk++;
        } else {
            misses.add("tasks.count: expected " + want.size() + " got " + got.size());
        }
        return new Tally(coreOk, coreTotal, fullOk, fullTotal, List.copyOf(misses));
    }

    private static int presentTitles(JsonNode g) {
        int n = 0;
        for (String f : TITLE_FIELDS) {
            n += g.has(f) ? 1 : 0;
        }
        return n;
    }

    private static int find(JsonNode got, int from, String key) {
        if (key.isEmpty()) {
            return -1;
        }
        for (int k = from; k < got.size(); k++) {
            JsonNode o = got.get(k);
            if (words(text(o, "task", "") + text(o, "requirement", "")).contains(key)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean sameDeadline(JsonNode g, JsonNode o) {
        return Objects.equals(text(g, "kind", null), text(o, "kind", null))
                && Objects.equals(text(g, "date", null), text(o, "date", null));
    }

    private static String deadline(JsonNode d) {
        return text(d, "kind", null) + "/" + text(d, "date", null);
    }

    private static List<String> units(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(u -> out.add(Normalizer.normalize(u.asText(), Normalizer.Form.NFKC).replace(" ", "")));
        return out;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : otherwise;
    }

    /** Letters and digits only, after NFKC: what compare-gold.py calls a task's words. */
    static String words(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(RealSetScore::isWordChar).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean isWordChar(int c) {
        int t = Character.getType(c);
        return Character.isLetter(c) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
