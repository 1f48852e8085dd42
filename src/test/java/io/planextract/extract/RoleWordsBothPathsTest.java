package io.planextract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.prose.ResponsibilityMarker;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RULES §9: the same role words mean the same thing in a table's responsibility cell and in a prose marker. Every
 * form goes through both paths and must give the same lead and responsible units.
 */
class RoleWordsBothPathsTest {
    private static final List<String> NONE = List.of();

    static Stream<Arguments> forms() {
        return Stream.of(
                form("主办单位：区财政局；配合单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头单位：区财政局；责任单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头责任单位：区财政局；协同责任单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("主要责任单位：区财政局；主要协作单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("责任单位：区财政局；协办单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("主办单位：区财政局；承办单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头部门：区财政局；配合部门：区税务局、区审计局", List.of("区财政局"), List.of("区税务局", "区审计局")),
                form("牽頭單位：区财政局；協辦單位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头单位（部门）：区财政局；参与单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头单位：区财政局；责任领导：王某；配合单位：区税务局", List.of("区财政局"), List.of("区税务局")),
                form("牵头单位：区财政局；牵头负责领导：王某", List.of("区财政局"), NONE),
                form("责任单位：区财政局、区税务局", NONE, List.of("区财政局", "区税务局")),
                form("责任主体：区财政局", NONE, List.of("区财政局")),
                form("负责科室：财务科", NONE, List.of("财务科")),
                form("协同责任单位：区税务局", NONE, List.of("区税务局")),
                form("区财政局牵头，区税务局配合", List.of("区财政局"), List.of("区税务局")),
                form("区财政局牵头负责，区税务局等参与", List.of("区财政局"), List.of("区税务局")),
                form("区财政局主办，区税务局协办", List.of("区财政局"), List.of("区税务局")),
                form("区财政局牵头落实", List.of("区财政局"), NONE),
                form("区财政局、区税务局按职责分工负责", NONE, List.of("区财政局", "区税务局")),
                form("区财政局、区税务局按照职责分工分别负责", NONE, List.of("区财政局", "区税务局")),
                form("区财政局、区税务局分别负责", NONE, List.of("区财政局", "区税务局")),
                form("区财政局負責", NONE, List.of("区财政局")),
                form("区财政局负责落实", NONE, List.of("区财政局")));
    }

    private static Arguments form(String words, List<String> lead, List<String> responsible) {
        return Arguments.of(words, lead, responsible);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void tableCellAndProseMarkerAgree(String words, List<String> lead, List<String> responsible) {
        Task cell = TaskFactory.build(texts(null, words, null), 2025);
        assertThat(cell.lead()).as("table cell lead").isEqualTo(lead);
        assertThat(cell.responsible()).as("table cell responsible").isEqualTo(responsible);

        List<ResponsibilityMarker.Hit> hits = ResponsibilityMarker.scan("推进预算绩效管理。（" + words + "）");
        assertThat(hits).hasSize(1).first().isInstanceOf(ResponsibilityMarker.Found.class);
        ResponsibilityMarker.Found found = (ResponsibilityMarker.Found) hits.get(0);
        assertThat(found.problem()).isNull();
        ResponsibilityMarker.Content c = found.content();
        Task prose = TaskFactory.build(texts(c.leadText(), c.responsibleText(), c.deadline()), 2025);
        assertThat(prose.lead()).as("prose marker lead").isEqualTo(lead);
        assertThat(prose.responsible()).as("prose marker responsible").isEqualTo(responsible);
    }

    private static TaskFactory.Texts texts(String leadText, String responsibleText, String deadline) {
        return new TaskFactory.Texts(null, null, null, "推进预算绩效管理。", leadText, responsibleText, deadline,
                Map.of(), List.of(), Origin.none());
    }
}
