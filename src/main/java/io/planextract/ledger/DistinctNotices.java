package io.planextract.ledger;

import io.planextract.model.NoticeResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices of a run with copies brought together ({@link NoticeIdentity}): the same notice given as DOCX,
 * HTML and text is one notice. Of a notice's copies the fullest reading is kept (the most tasks; on a tie the
 * first given), so that a format that lost a row does not cost the ledger a task; the others are named as its
 * copies. Not thread-safe: one builder collects one run.
 */
public final class DistinctNotices {

    /**
     * One notice and the inputs taken as copies of it.
     *
     * @param result the reading kept
     * @param copies the sources ({@code source.path}) of the other readings, in input order
     */
    public record Distinct(NoticeResult result, List<String> copies) {
        public Distinct {
            copies = List.copyOf(copies);
        }

        public String source() {
            return sourceOf(result);
        }
    }

    private static final class Group {
        final List<NoticeResult> readings = new ArrayList<>();

        NoticeResult kept() {
            NoticeResult best = readings.get(0);
            for (NoticeResult r : readings) {
                if (r.tasks().size() > best.tasks().size()) {
                    best = r;
                }
            }
            return best;
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Group> byNumberAndTitle = new HashMap<>();
    /** Groups by the content of any reading, and by that of readings without number and title. */
    private final Map<String, Group> byContent = new HashMap<>();
    private final Map<String, Group> byContentWithoutNumber = new HashMap<>();

    void add(NoticeResult result) {
        NoticeIdentity id = NoticeIdentity.of(result);
        Group group = find(id);
        if (group == null) {
            group = new Group();
            groups.add(group);
        }
        group.readings.add(result);
        if (id.numberAndTitle() != null) {
            byNumberAndTitle.putIfAbsent(id.numberAndTitle(), group);
        }
        if (id.content() != null) {
            byContent.putIfAbsent(id.content(), group);
            if (id.numberAndTitle() == null) {
                byContentWithoutNumber.putIfAbsent(id.content(), group);
            }
        }
    }

    /** The group {@link NoticeIdentity#sameNotice} puts {@code id} in, or null. */
    private Group find(NoticeIdentity id) {
        if (id.numberAndTitle() != null) {
            Group same = byNumberAndTitle.get(id.numberAndTitle());
            if (same != null || id.content() == null) {
                return same;
            }
            return byContentWithoutNumber.get(id.content());
        }
        return id.content() == null ? null : byContent.get(id.content());
    }

    /** Each notice once, in the order its first reading came. */
    List<Distinct> notices() {
        List<Distinct> notices = new ArrayList<>();
        for (Group group : groups) {
            NoticeResult kept = group.kept();
            List<String> copies = new ArrayList<>();
            for (NoticeResult r : group.readings) {
                if (r != kept) {
                    copies.add(sourceOf(r));
                }
            }
            notices.add(new Distinct(kept, copies));
        }
        return notices;
    }

    static String sourceOf(NoticeResult result) {
        return result.source() == null ? null : result.source().path();
    }
}
