package io.planextract.ledger;

import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every unit named as {@code lead} or {@code responsible} in a run, with its tasks: the data behind the per-unit
 * ledgers ({@link UnitLedgerWriter}).
 *
 * <p>Entry points for the CLI ({@code --by-unit}, optionally with an alias file):
 * <pre>{@code
 * UnitIndex index = UnitIndex.build(results, AliasFile.load(Path.of("units.txt")));  // or AliasFile.empty()
 * // or, one notice at a time:
 * UnitIndex.Builder b = UnitIndex.builder(aliases); b.add(result); … UnitIndex index = b.build();
 * }</pre>
 *
 * <p>Writings of one unit are brought together in three steps: names with the same {@link UnitNames#key} are
 * one unit; the alias file's {@code =} lines join what it names; and {@link UnitSimilarity} joins an
 * abbreviation with its full name. Collective names ({@link UnitNames#isCollective}) take part in the first two
 * only, and stay one entry each unless the alias file lists their members ({@code =>}).
 *
 * <p>Each notice counts once: an input that is a copy of another ({@link NoticeIdentity}: the same notice as
 * DOCX, HTML and text) adds no task, and {@link #notices()} names it as a copy.
 *
 * <p>Names compare as written, whatever notice they come from: {@code 区财政局} in two districts' notices is one
 * entry (each task row says which notice it is from). Run the ledgers per district to keep them apart.
 */
public final class UnitIndex {

    private final List<UnitEntry> units;
    private final Map<String, UnitEntry> byKey;
    private final List<DistinctNotices.Distinct> notices;

    private UnitIndex(List<UnitEntry> units, Map<String, UnitEntry> byKey, List<DistinctNotices.Distinct> notices) {
        this.units = List.copyOf(units);
        this.byKey = Map.copyOf(byKey);
        this.notices = List.copyOf(notices);
    }

    /** The index of {@code results} with no alias file. */
    public static UnitIndex build(List<NoticeResult> results) {
        return build(results, AliasFile.empty());
    }

    /** The index of {@code results}, names settled by {@code aliases} where it says so. */
    public static UnitIndex build(Iterable<NoticeResult> results, AliasFile aliases) {
        Builder builder = builder(aliases);
        results.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder(AliasFile aliases) {
        return new Builder(aliases);
    }

    /** Units first, then collective names; each by number of tasks, most first, then by name. */
    public List<UnitEntry> units() {
        return units;
    }

    /**
     * The notices behind the ledgers, each once: inputs taken as copies of another ({@link NoticeIdentity}) are
     * named in its {@link DistinctNotices.Distinct#copies()} and add no task of their own.
     */
    public List<DistinctNotices.Distinct> notices() {
        return notices;
    }

    /** The entry a name belongs to, by any of its writings (or the alias file's canonical name). */
    public Optional<UnitEntry> find(String name) {
        return Optional.ofNullable(byKey.get(UnitNames.key(name)));
    }

    /** Collects the unit mentions of results one at a time; {@link #build()} groups them. */
    public static final class Builder {

        /** One mention of a name in a task. */
        private record Mention(int notice, String source, String docNumber, Task task, Role role, String name) {
        }

        private final AliasFile aliases;
        private final List<Mention> mentions = new ArrayList<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        /** Keys by name: the same few names recur on many rows, and a key costs a normalisation. */
        private final Map<String, String> keys = new HashMap<>();
        private final DistinctNotices distinct = new DistinctNotices();

        private Builder(AliasFile aliases) {
            this.aliases = aliases;
        }

        /** Adds a notice; a copy of one added before ({@link NoticeIdentity}) adds no task of its own. */
        public Builder add(NoticeResult result) {
            distinct.add(result);
            return this;
        }

        private void mentionsOf(int notice, NoticeResult result) {
            String source = DistinctNotices.sourceOf(result);
            String docNumber = result.notice() == null ? null : result.notice().docNumber();
            for (Task task : result.tasks()) {
                for (String name : task.lead()) {
                    mention(new Mention(notice, source, docNumber, task, Role.LEAD, name));
                }
                for (String name : task.responsible()) {
                    mention(new Mention(notice, source, docNumber, task, Role.RESPONSIBLE, name));
                }
            }
        }

        private void mention(Mention m) {
            if (key(m.name()).isEmpty()) {
                return;
            }
            mentions.add(m);
            counts.merge(m.name(), 1, Integer::sum);
        }

        private String key(String name) {
            return keys.computeIfAbsent(name, UnitNames::key);
        }

        /** Groups the units of the notices added so far. */
        public UnitIndex build() {
            return build(distinct.notices());
        }

        /** One index per notice (copies brought together as in {@link #build()}), for ledgers kept per notice. */
        public List<UnitIndex> buildPerNotice() {
            return distinct.notices().stream().map(n -> build(List.of(n))).toList();
        }

        private UnitIndex build(List<DistinctNotices.Distinct> notices) {
            mentions.clear();
            counts.clear();
            for (int i = 0; i < notices.size(); i++) {
                mentionsOf(i, notices.get(i).result());
            }
            Groups groups = new Groups();
            Set<String> names = new LinkedHashSet<>(counts.keySet());
            for (String name : counts.keySet()) {
                names.addAll(aliases.membersOf(name));
            }
            names.forEach(n -> groups.add(key(n)));
            aliases.canonicalByKey().forEach((variantKey, canonical) -> {
                groups.add(variantKey);
                groups.add(key(canonical));
                groups.union(variantKey, key(canonical));
            });
            joinSimilar(groups, names);

            // Each group's entry, filled in mention order so that tasks keep the input order.
            Map<String, Map<List<Object>, UnitTask>> tasksByGroup = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> variantsByGroup = new HashMap<>();
            for (Mention m : mentions) {
                List<String> members = aliases.membersOf(m.name());
                if (members.isEmpty()) {
                    String group = groups.find(key(m.name()));
                    variantsByGroup.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(m.name(), 1, Integer::sum);
                    record(tasksByGroup, groups, group, m, m.name(), null);
                } else {
                    for (String member : members) {
                        String group = groups.find(key(member));
                        variantsByGroup.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(member, 0);
                        record(tasksByGroup, groups, group, m, m.name(), m.name());
                    }
                }
            }

            List<UnitEntry> entries = new ArrayList<>();
            Map<String, UnitEntry> byKey = new HashMap<>();
            tasksByGroup.forEach((group, tasks) -> {
                Map<String, Integer> variantCounts = variantsByGroup.get(group);
                List<String> variants = new ArrayList<>(variantCounts.keySet());
                // Most frequent first; on a tie the fuller (longer) writing, then the simplified one: output text
                // stays as the notices write it, so a unit written 區財政局 in most notices is named so.
                variants.sort(Comparator.comparing((String v) -> -variantCounts.get(v))
                        .thenComparing(v -> -v.length())
                        .thenComparing(v -> !v.equals(io.planextract.grammar.Simplified.of(v))));
                String name = displayName(groups, group, variants);
                UnitEntry entry = new UnitEntry(name, UnitNames.isCollective(name), variants,
                        new ArrayList<>(tasks.values()));
                entries.add(entry);
                for (String v : variants) {
                    byKey.put(key(v), entry);
                }
                byKey.put(key(name), entry);
            });
            entries.sort(Comparator.comparing(UnitEntry::collective)
                    .thenComparing(e -> -e.tasks().size())
                    .thenComparing(UnitEntry::name));
            return new UnitIndex(entries, byKey, notices);
        }

        /** Joins abbreviations with full names among the names that are neither collective nor kept apart. */
        private void joinSimilar(Groups groups, Set<String> names) {
            Map<String, List<String>> buckets = new LinkedHashMap<>();
            for (String name : names) {
                String nameKey = key(name);
                if (UnitNames.isCollectiveKey(nameKey) || aliases.keptApart(name)) {
                    continue;
                }
                char level = UnitNames.level(nameKey);
                String kind = UnitNames.bodyKind(nameKey);
                if (level != 0 && kind != null) {
                    // Only names of one level and body kind can match: comparing within buckets keeps this cheap.
                    List<String> bucket = buckets.computeIfAbsent(level + kind, b -> new ArrayList<>());
                    if (!bucket.contains(nameKey)) {
                        bucket.add(nameKey);
                    }
                }
            }
            for (List<String> bucket : buckets.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        String a = bucket.get(i);
                        String b = bucket.get(j);
                        String canonicalA = aliases.canonicalByKey().get(a);
                        String canonicalB = aliases.canonicalByKey().get(b);
                        boolean settledApart = canonicalA != null && canonicalB != null
                                && !key(canonicalA).equals(key(canonicalB));
                        if (!settledApart && UnitSimilarity.sameUnit(a, b)) {
                            groups.union(a, b);
                        }
                    }
                }
            }
        }

        private String displayName(Groups groups, String group, List<String> variants) {
            for (Map.Entry<String, String> alias : aliases.canonicalByKey().entrySet()) {
                if (groups.find(alias.getKey()).equals(group)) {
                    return alias.getValue();
                }
            }
            return variants.get(0);
        }

        /** Adds a task to a group once; a lead mention wins over responsible, a direct one over a collective. */
        private void record(Map<String, Map<List<Object>, UnitTask>> tasksByGroup, Groups groups, String group,
                Mention m, String writtenAs, String via) {
            List<Object> ref = List.of(m.notice(), m.task().id());
            Map<List<Object>, UnitTask> tasks = tasksByGroup.computeIfAbsent(group, g -> new LinkedHashMap<>());
            UnitTask existing = tasks.get(ref);
            if (existing != null) {
                boolean better = (existing.role() == Role.RESPONSIBLE && m.role() == Role.LEAD)
                        || (existing.via() != null && via == null && existing.role() == m.role());
                if (!better) {
                    return;
                }
            }
            List<String> others = new ArrayList<>();
            for (String unit : concat(m.task().lead(), m.task().responsible())) {
                if (!others.contains(unit) && !groups.find(key(unit)).equals(group)
                        && !unit.equals(via)) {
                    others.add(unit);
                }
            }
            tasks.put(ref, new UnitTask(m.source(), m.docNumber(), m.task(), m.role(), writtenAs, via, others));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Union-find over name keys. */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();

        void add(String key) {
            parent.putIfAbsent(key, key);
        }

        String find(String key) {
            add(key);
            String root = key;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            // Path compression keeps later look-ups short.
            for (String k = key; !k.equals(root); ) {
                String next = parent.get(k);
                parent.put(k, root);
                k = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }
}
