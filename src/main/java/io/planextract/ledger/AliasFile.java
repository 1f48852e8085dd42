package io.planextract.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit names a user settles by hand, read from a UTF-8 text file, one rule a line:
 *
 * <pre>
 * # comments start with #; blank lines are ignored
 * 区医疗保障分局 = 区医保分局, 区医保局        # these names are one unit, shown as the left one
 * 各镇、街道 =&gt; 永安街道, 青年路街道, 王村镇   # a collective name stands for these units
 * ! 区教育局                               # never merge this name with others by similarity
 * </pre>
 *
 * <ul>
 *   <li>{@code canonical = variant, variant…}: the names are one unit, listed under {@code canonical}. Names
 *       compare by {@link UnitNames#key}, so spacing and punctuation variants need no line of their own.</li>
 *   <li>{@code collective => member, member…}: the tasks of the collective name ({@code 各镇、街道}) go to each
 *       member's ledger, marked with the collective name they came through; the collective entry then no
 *       longer appears by itself. Without such a line a collective name is one entry of its own.</li>
 *   <li>{@code ! name}: the name keeps to itself unless a {@code =} line says otherwise.</li>
 * </ul>
 *
 * Items are separated by {@code , ， ; ；} — not by {@code 、}, which occurs inside names
 * ({@code 区政府各部门、单位}). A name given two canonical forms is an error, reported with its line number.
 */
public record AliasFile(Map<String, String> canonicalByKey, Map<String, List<String>> membersByKey,
        Set<String> keptApartKeys) {

    public AliasFile {
        canonicalByKey = Collections.unmodifiableMap(new LinkedHashMap<>(canonicalByKey));
        Map<String, List<String>> members = new LinkedHashMap<>();
        membersByKey.forEach((k, v) -> members.put(k, List.copyOf(v)));
        membersByKey = Collections.unmodifiableMap(members);
        keptApartKeys = Set.copyOf(keptApartKeys);
    }

    /** No rules: similarity alone merges names, collective names stay collective. */
    public static AliasFile empty() {
        return new AliasFile(Map.of(), Map.of(), Set.of());
    }

    /** Reads an alias file (UTF-8, a leading byte-order mark allowed). */
    public static AliasFile load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the lines of an alias file; {@code where} names it in error messages. */
    public static AliasFile parse(List<String> lines, String where) {
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Set<String> apart = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i).replace("\uFEFF", "")).strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = where + ":" + (i + 1) + ": ";
            int expand = line.indexOf("=>");
            int equals = line.indexOf('=');
            if (line.startsWith("!")) {
                apart.add(requireName(line.substring(1), at));
            } else if (expand >= 0) {
                String collective = requireName(line.substring(0, expand), at);
                List<String> list = items(line.substring(expand + 2));
                if (list.isEmpty()) {
                    throw new IllegalArgumentException(at + "no member units after =>");
                }
                members.merge(UnitNames.key(collective), list, (a, b) -> concat(a, b));
            } else if (equals >= 0) {
                String name = requireName(line.substring(0, equals), at);
                String key = UnitNames.key(name);
                put(canonical, key, name, at);
                for (String variant : items(line.substring(equals + 1))) {
                    put(canonical, UnitNames.key(variant), name, at);
                }
            } else {
                throw new IllegalArgumentException(at + "expected 'name = variants', 'name => members' or '! name'");
            }
        }
        return new AliasFile(canonical, members, apart.stream().map(UnitNames::key)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The canonical name the file gives for {@code name}, or null. */
    public String canonicalOf(String name) {
        return canonicalByKey.get(UnitNames.key(name));
    }

    /** The units the file lists for a collective name, or an empty list. */
    public List<String> membersOf(String name) {
        return membersByKey.getOrDefault(UnitNames.key(name), List.of());
    }

    /** Whether the file keeps {@code name} out of similarity merging. */
    public boolean keptApart(String name) {
        return keptApartKeys.contains(UnitNames.key(name));
    }

    private static void put(Map<String, String> canonical, String key, String name, String at) {
        String previous = canonical.putIfAbsent(key, name);
        if (previous != null && !UnitNames.key(previous).equals(UnitNames.key(name))) {
            throw new IllegalArgumentException(at + "'" + key + "' is already a variant of '" + previous + "'");
        }
    }

    private static String requireName(String raw, String at) {
        String name = raw.strip();
        if (UnitNames.key(name).isEmpty()) {
            throw new IllegalArgumentException(at + "missing unit name");
        }
        return name;
    }

    private static List<String> items(String raw) {
        List<String> items = new ArrayList<>();
        for (String item : raw.split("[,，;；]")) {
            if (!UnitNames.key(item).isEmpty()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
