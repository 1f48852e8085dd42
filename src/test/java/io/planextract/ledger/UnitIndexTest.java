package io.planextract.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.NoticeResult;
import io.planextract.model.Task;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitIndexTest {

    private static final NoticeResult ZHOUCUN = GoldResults.load("zhoucun-2025-task-breakdown");

    private static UnitEntry entry(UnitIndex index, String name) {
        return index.find(name).orElseThrow(() -> new AssertionError("no entry for " + name));
    }

    private static Set<Integer> ids(UnitEntry e) {
        return e.tasks().stream().map(t -> t.task().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void officeLedgerHoldsExactlyTheTasksNamingIt() {
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN));
        UnitEntry office = entry(index, "区政府办公室");

        Set<Integer> expected = ZHOUCUN.tasks().stream()
                .filter(t -> t.lead().contains("区政府办公室") || t.responsible().contains("区政府办公室"))
                .map(Task::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ids(office)).isEqualTo(expected).contains(10, 11, 13, 17, 18, 19, 20, 31);
        assertThat(office.collective()).isFalse();
        assertThat(office.tasks()).filteredOn(t -> t.role() == Role.LEAD)
                .extracting(t -> t.task().id()).containsExactly(10, 11);
        assertThat(office.leadCount()).isEqualTo(2);
        assertThat(office.responsibleCount()).isEqualTo(expected.size() - 2);
        UnitTask t18 = office.tasks().stream().filter(t -> t.task().id() == 18).findFirst().orElseThrow();
        assertThat(t18.otherUnits()).containsExactly("区大数据中心");
        assertThat(t18.source()).isEqualTo("samples/zhoucun-2025-task-breakdown.txt");
        assertThat(t18.docNumber()).isEqualTo("周政办字〔2025〕11号");
    }

    @Test
    void everyMentionLandsInExactlyOneEntry() {
        List<NoticeResult> all = GoldResults.all();
        UnitIndex index = UnitIndex.build(all);
        for (NoticeResult r : all) {
            for (Task t : r.tasks()) {
                for (String unit : t.lead()) {
                    UnitEntry e = entry(index, unit);
                    assertThat(e.tasks()).anyMatch(ut -> ut.task() == t && ut.role() == Role.LEAD);
                }
                for (String unit : t.responsible()) {
                    assertThat(entry(index, unit).tasks()).anyMatch(ut -> ut.task() == t);
                }
            }
        }
        // No task twice in one ledger.
        for (UnitEntry e : index.units()) {
            assertThat(e.tasks()).doesNotHaveDuplicates();
            assertThat(e.tasks().stream().map(ut -> List.of(ut.source(), ut.task().id())).distinct().count())
                    .isEqualTo(e.tasks().size());
        }
    }

    @Test
    void writingsOfOneUnitComeTogether() {
        UnitIndex index = UnitIndex.build(GoldResults.all());
        List<List<String>> same = List.of(
                List.of("区卫生健康局", "区卫生和健康局"),
                List.of("区发展改革局", "区发展和改革局"),
                List.of("区医保分局", "区医疗保障分局", "区医保局"),
                List.of("区市场监管局", "区市场监督管理局"),
                List.of("区退役军人事务局", "区退役军人局"),
                List.of("区人力资源社会保障局", "区人力资源和社会保障局"),
                List.of("区住房城乡建设局", "区住房和城乡建设局", "区住房城乡建设局（区房地产事业服务中心）"));
        for (List<String> names : same) {
            UnitEntry first = entry(index, names.get(0));
            for (String other : names) {
                assertThat(entry(index, other)).as(other).isSameAs(first);
            }
            assertThat(first.variants()).containsAll(names);
        }
        assertThat(entry(index, "区卫生和健康局").name()).isEqualTo("区卫生健康局"); // the more frequent writing
        assertThat(entry(index, "区卫生健康局").tasks()).hasSize(14);
    }

    @Test
    void differentUnitsStayApart() {
        UnitIndex index = UnitIndex.build(GoldResults.all());
        List<List<String>> apart = List.of(
                List.of("区财政局", "区民政局"),
                List.of("区公安分局", "区生态环境分局"),
                List.of("区生态环境分局", "周村生态环境分局"),
                List.of("区卫生健康局", "县卫生健康局"),
                List.of("区政府办公室", "县政府办公室"),
                List.of("区教育和体育局", "区文化和旅游局"),
                List.of("区政府各部门", "区政府各部门、单位"));
        for (List<String> pair : apart) {
            assertThat(entry(index, pair.get(0))).as(pair.toString()).isNotSameAs(entry(index, pair.get(1)));
        }
        assertThat(UnitSimilarity.sameUnit("区委办", "区委编办")).isFalse();
        assertThat(UnitSimilarity.sameUnit("区政府办", "区政府外事办")).isFalse();
        assertThat(UnitSimilarity.sameUnit("区水利局", "区水务局")).isFalse();
        assertThat(UnitSimilarity.sameUnit("区医保局", "区医疗保障局")).isFalse(); // too short a match: alias file
        assertThat(UnitSimilarity.sameUnit("区医保分局", "区医疗保障分局")).isTrue();
        assertThat(UnitSimilarity.sameUnit("区医保分局", "县医疗保障分局")).isFalse();
        assertThat(UnitSimilarity.sameUnit("区大数据中心", "区大数据局")).isFalse();
    }

    @Test
    void collectiveNamesStayWholeEntries() {
        UnitIndex index = UnitIndex.build(GoldResults.all());
        UnitEntry towns = entry(index, "各镇、街道");
        assertThat(towns.collective()).isTrue();
        assertThat(entry(index, "各镇、街道（含周村经济开发区管委会，下同）")).isSameAs(towns);
        assertThat(entry(index, "各镇（街道）")).isSameAs(towns);
        UnitEntry departments = entry(index, "区政府各部门、单位");
        assertThat(departments.collective()).isTrue();
        assertThat(entry(index, "区政府各部门单位")).isSameAs(departments);
        for (String name : List.of("相关部门", "有关部门单位", "部门", "2025年度政策性文件起草单位", "区政府各有关部门",
                "“七大会战”牵头部门", "各乡镇（街道）人民政府（办事处）")) {
            assertThat(entry(index, name).collective()).as(name).isTrue();
        }
        for (String name : List.of("区政府办公室", "区大数据中心", "周村经济开发区管委会", "区委统筹疫情防控和经济运行工作领导小组（指挥部）成员单位")) {
            assertThat(UnitNames.isCollective(name)).as(name).isEqualTo(name.endsWith("单位"));
        }
        // Units are listed before collective names.
        List<UnitEntry> units = index.units();
        int firstCollective = units.indexOf(units.stream().filter(UnitEntry::collective).findFirst().orElseThrow());
        assertThat(units.subList(firstCollective, units.size())).allMatch(UnitEntry::collective);
    }

    @Test
    void aliasFileJoinsNamesAndNamesTheUnit() {
        AliasFile aliases = AliasFile.parse(List.of(
                "# 医保",
                "区医疗保障分局 = 区医保分局，区医保局",
                "区城市管理局 = 区综合行政执法局  # renamed"), "aliases.txt");
        UnitIndex index = UnitIndex.build(GoldResults.all(), aliases);
        UnitEntry medical = entry(index, "区医保局");
        assertThat(medical.name()).isEqualTo("区医疗保障分局");
        assertThat(entry(index, "区综合行政执法局").name()).isEqualTo("区城市管理局");
        assertThat(index.find("区城市管理局")).containsSame(entry(index, "区综合行政执法局"));
    }

    @Test
    void aliasFileKeepsANameApart() {
        AliasFile aliases = AliasFile.parse(List.of("! 区医保局"), "aliases.txt");
        UnitIndex index = UnitIndex.build(GoldResults.all(), aliases);
        assertThat(entry(index, "区医保局")).isNotSameAs(entry(index, "区医保分局"));
        assertThat(entry(index, "区医保分局")).isSameAs(entry(index, "区医疗保障分局"));
    }

    @Test
    void aliasFileExpandsACollectiveName() {
        AliasFile aliases = AliasFile.parse(List.of("各镇、街道 => 永安街道, 青年路街道；王村镇"), "aliases.txt");
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN), aliases);
        Set<Integer> expected = ZHOUCUN.tasks().stream()
                .filter(t -> t.responsible().stream().anyMatch(u -> u.startsWith("各镇")))
                .map(Task::id).collect(Collectors.toCollection(TreeSet::new));
        UnitEntry yongan = entry(index, "永安街道");
        assertThat(yongan.collective()).isFalse();
        assertThat(ids(yongan)).isEqualTo(expected);
        assertThat(yongan.tasks()).allMatch(t -> t.via() != null && t.via().startsWith("各镇"));
        assertThat(ids(entry(index, "王村镇"))).isEqualTo(expected);
        assertThat(index.find("各镇、街道")).isEmpty();
        assertThat(index.units()).noneMatch(e -> e.name().startsWith("各镇"));
        // The other units of a task do not repeat the collective name the task came through.
        UnitTask first = yongan.tasks().get(0);
        assertThat(first.otherUnits()).containsExactly("区政府各部门、单位");
    }

    @Test
    void aliasFileErrorsNameTheLine() {
        assertThatThrownBy(() -> AliasFile.parse(List.of("", "区医保分局"), "a.txt"))
                .hasMessageStartingWith("a.txt:2: ");
        assertThatThrownBy(() -> AliasFile.parse(List.of("甲局 = 丙局", "乙局 = 丙局"), "a.txt"))
                .hasMessageContaining("a.txt:2:").hasMessageContaining("甲局");
        assertThatThrownBy(() -> AliasFile.parse(List.of("各镇 =>  "), "a.txt")).hasMessageContaining("a.txt:1:");
        assertThat(AliasFile.parse(List.of("\uFEFF# only a comment"), "a.txt")).isEqualTo(AliasFile.empty());
    }

    @Test
    void keysIgnoreWhatVariesBetweenWritings() {
        assertThat(UnitNames.key(" 区卫生和健康局 ")).isEqualTo(UnitNames.key("区卫生健康局"));
        assertThat(UnitNames.key("区政府各部门、单位")).isEqualTo(UnitNames.key("区政府各部门单位"));
        assertThat(UnitNames.key("区住房城乡建设局(区房地产事业服务中心)")).isEqualTo("区住房城乡建设局");
        assertThat(UnitNames.key("各镇（街道）")).isEqualTo(UnitNames.key("各镇、街道"));
        assertThat(UnitNames.key("区 财政局")).isEqualTo("区财政局");
        assertThat(UnitNames.key("区ＡＢ局")).isEqualTo("区AB局");
    }
}
