package io.planextract.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.model.Deadline;
import org.junit.jupiter.api.Test;

/** RULES §6. */
class DeadlinesTest {
    @Test
    void ongoing() {
        assertThat(Deadlines.parse("长期坚持", 2025)).isEqualTo(new Deadline("长期坚持", "ongoing", null));
        assertThat(Deadlines.parse("全年，长期坚持", 2025).kind()).isEqualTo("ongoing");
        assertThat(Deadlines.parse("持续推进", 2025).kind()).isEqualTo("ongoing");
    }

    @Test
    void endOfMonthWithPlanYearOrOwnYear() {
        assertThat(Deadlines.parse("3月底前", 2025)).isEqualTo(new Deadline("3月底前", "by", "2025-03-31"));
        assertThat(Deadlines.parse("2月底前", 2024).date()).isEqualTo("2024-02-29");
        assertThat(Deadlines.parse("2023年6月底前", 2025).date()).isEqualTo("2023-06-30");
    }

    @Test
    void endOfYear() {
        assertThat(Deadlines.parse("年底前", 2025).date()).isEqualTo("2025-12-31");
        assertThat(Deadlines.parse("2023年年底前", 2025)).isEqualTo(new Deadline("2023年年底前", "by", "2023-12-31"));
        assertThat(Deadlines.parse("2024年底前", 2025).date()).isEqualTo("2024-12-31");
        assertThat(Deadlines.parse("年内完成", 2025).date()).isEqualTo("2025-12-31");
    }

    @Test
    void wholeYear() {
        assertThat(Deadlines.parse("全年", 2023)).isEqualTo(new Deadline("全年", "year", "2023-12-31"));
    }

    @Test
    void dayHalfAndQuarter() {
        assertThat(Deadlines.parse("6月4日前", 2025).date()).isEqualTo("2025-06-04");
        assertThat(Deadlines.parse("上半年", 2025).date()).isEqualTo("2025-06-30");
        assertThat(Deadlines.parse("三季度", 2025).date()).isEqualTo("2025-09-30");
    }

    @Test
    void severalDatesMeanTheLast() {
        assertThat(Deadlines.parse("6月底前启动，12月底前完成", 2025).date()).isEqualTo("2025-12-31");
    }

    @Test
    void recurringAndUnknownAreOther() {
        assertThat(Deadlines.parse("每季度", 2025)).isEqualTo(new Deadline("每季度", "other", null));
        assertThat(Deadlines.parse("按上级要求", 2025).kind()).isEqualTo("other");
        assertThat(Deadlines.parse("  ", 2025)).isNull();
    }

    @Test
    void withoutPlanYearTheKindStaysButNoDate() {
        assertThat(Deadlines.parse("3月底前", null)).isEqualTo(new Deadline("3月底前", "by", null));
    }

    @Test
    void aMonthAloneSaysWhenNotByWhen() {
        assertThat(Deadlines.parse("1月份", 2017)).isEqualTo(new Deadline("1月份", "other", null));
        assertThat(Deadlines.parse("2025年6月", 2025).kind()).isEqualTo("other");
        assertThat(Deadlines.parse("9月投入使用", 2016).kind()).isEqualTo("other");
    }

    @Test
    void theEndOfAMonthOrADayIsADeadlineWithOrWithoutQian() {
        assertThat(Deadlines.parse("6月底", 2020)).isEqualTo(new Deadline("6月底", "by", "2020-06-30"));
        assertThat(Deadlines.parse("6月份前", 2020).date()).isEqualTo("2020-06-30");
        assertThat(Deadlines.parse("2024年12月31日", 2024).date()).isEqualTo("2024-12-31");
    }
}
