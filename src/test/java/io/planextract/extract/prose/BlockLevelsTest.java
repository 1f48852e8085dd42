package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.grammar.NumberingMark;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockLevelsTest {

    private static int[] parents(String... heads) {
        List<NumberingMark> marks = new ArrayList<>();
        for (String h : heads) {
            marks.add(NumberingMark.opening(h));
        }
        return BlockLevels.parents(marks);
    }

    @Test
    void officialOrderNests() {
        assertThat(parents("一、a", "（一）b", "1.c", "（1）d", "①e", "②f", "（2）g", "2.h", "（二）i", "二、j"))
                .containsExactly(-1, 0, 1, 2, 3, 3, 2, 1, 0, -1);
    }

    @Test
    void aNumberContinuingAnOpenListIsItsSibling() {
        assertThat(parents("1.a", "（1）b", "（2）c", "2.d")).containsExactly(-1, 0, 0, -1);
    }

    @Test
    void arabicSectionsShiftedUpAndContinuedInChinese() {
        // 1、 as the first section, 二、 after it: written alike but for the digits.
        assertThat(parents("1、a", "（一）b", "（二）c", "二、d", "（一）e")).containsExactly(-1, 0, 0, -1, 3);
    }

    @Test
    void itemsKeepTheirSeparator() {
        assertThat(parents("1、a", "（一）b", "1.c", "2、d")).containsExactly(-1, 0, 1, -1);
    }

    @Test
    void recordsAreSiblingsOfTheRecordBefore() {
        List<NumberingMark> marks = new ArrayList<>();
        marks.add(NumberingMark.opening("一、a"));
        marks.add(null);
        marks.add(null);
        marks.add(NumberingMark.opening("二、b"));
        assertThat(BlockLevels.parents(marks)).containsExactly(-1, 0, 0, -1);
    }
}
