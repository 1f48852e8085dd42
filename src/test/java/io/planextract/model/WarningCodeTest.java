package io.planextract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WarningCodeTest {
    @Test
    void detailsFillTheSlotsInOrder() {
        assertThat(WarningCode.SEQ_GAP.message(7, 9)).isEqualTo("序号从 7 跳到 9");
    }

    @Test
    void aDetailIsTakenAsPlainTextWithoutNumberFormatting() {
        assertThat(WarningCode.SEQ_REPEAT.message(12345)).isEqualTo("序号 12345 重复出现");
        assertThat(WarningCode.COLUMN_WITHOUT_ROLE.message("it's {0}")).startsWith("表头“it's {0}”");
    }

    @Test
    void aMissingDetailIsAnError() {
        assertThatThrownBy(() -> WarningCode.SEQ_GAP.message(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWarningCarriesTheCodeTheJsonPromises() {
        Warning w = WarningCode.SEQ_GAP.at(Origin.ofRow(1, 3, 0), 2, 4);
        assertThat(w).isEqualTo(new Warning("seq-gap", "序号从 2 跳到 4", Origin.ofRow(1, 3, 0)));
    }

    @Test
    void codesAreUniqueAndLowerCaseWithHyphens() {
        List<String> codes = Arrays.stream(WarningCode.values()).map(WarningCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void everyMessageIsChineseForTheClerk() {
        assertThat(WarningCode.values()).allSatisfy(w -> assertThat(w.template()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void aCodeIsFoundByItsName() {
        assertThat(WarningCode.of("seq-gap")).contains(WarningCode.SEQ_GAP);
        assertThat(WarningCode.of("no-such-code")).isEmpty();
    }

    @Test
    void docsWarningsListsExactlyTheCodes() throws IOException {
        String page = Files.readString(Path.of("docs/warnings.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(page);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> codes = Arrays.stream(WarningCode.values()).map(WarningCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(codes);
    }

    @Test
    void noWarningIsMadeFromALiteralCode() throws IOException {
        // One enum of kinds: a code typed as a string in the sources would be a kind nobody documented.
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("Warning.of(\"") || read(p).contains("new Warning(\""))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
