package io.planextract.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES §5: the three widths of unit-name endings, each wider than the one before. */
class UnitWordsTest {
    @Test
    void organEndingsSplitAtConjunctions() {
        assertThat(UnitWords.isOrganEnd('局')).isTrue();
        assertThat(UnitWords.isOrganEnd('部')).isFalse();
    }

    @Test
    void bodyEndingsAddDepartmentsAndGroups() {
        assertThat(UnitWords.isBodyEnd('部')).isTrue();
        assertThat(UnitWords.isBodyEnd('镇')).isFalse();
    }

    @Test
    void nameEndingsCoverCollectiveUnitsAndTraditionalForms() {
        assertThat(UnitWords.isNameEnd('镇')).isTrue();
        assertThat(UnitWords.isNameEnd('區')).isTrue();
        assertThat(UnitWords.isNameEnd('作')).isFalse();
    }
}
