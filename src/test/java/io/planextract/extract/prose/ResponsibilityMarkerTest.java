package io.planextract.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.extract.TaskFactory;
import io.planextract.extract.prose.ResponsibilityMarker.Content;
import io.planextract.extract.prose.ResponsibilityMarker.Found;
import io.planextract.extract.prose.ResponsibilityMarker.Hit;
import io.planextract.grammar.DocumentNotes;
import io.planextract.model.Origin;
import io.planextract.model.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RULES §8, §9: what one marker says, with verb tails, notes, people and document-wide notes. */
class ResponsibilityMarkerTest {
    private static Found only(String text, DocumentNotes notes) {
        List<Hit> hits = ResponsibilityMarker.scan(text, notes);
        assertThat(hits).hasSize(1).first().isInstanceOf(Found.class);
        return (Found) hits.get(0);
    }

    private static Task task(Content c) {
        return TaskFactory.build(new TaskFactory.Texts(null, null, null, "做好某项工作。", c.leadText(),
                c.responsibleText(), c.deadline(), Map.of(), List.of(), Origin.none()), 2025);
    }

    @Test
    void dutyTailNeverStaysOnTheLastUnit() {
        Task t = task(only("做好某项工作。（市财政局、市税务局按职责分工负责）", DocumentNotes.NONE).content());
        assertThat(t.lead()).isEmpty();
        assertThat(t.responsible()).containsExactly("市财政局", "市税务局");
    }

    @Test
    void leadVerbInsideABareMarkerLeads() {
        Task t = task(only("做好某项工作。（市财政局牵头负责）", DocumentNotes.NONE).content());
        assertThat(t.lead()).containsExactly("市财政局");
        assertThat(t.responsible()).isEmpty();
    }

    @Test
    void aMarkerWhoseUnitsCarryTheFirstIsLeadNoteBeforeItsStopIsOneMarker() {
        String text = "落实减税降费。（市税务局、市财政局，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）";
        List<ResponsibilityMarker.Hit> hits = ResponsibilityMarker.scan(text);
        assertThat(hits).hasSize(1).first().isInstanceOf(ResponsibilityMarker.Found.class);
        ResponsibilityMarker.Found f = (ResponsibilityMarker.Found) hits.get(0);
        assertThat(f.content().leadText()).isEqualTo("市税务局");
        assertThat(f.end()).isEqualTo(text.length());
    }

    @Test
    void secondSentenceInsideTheMarkerIsOneMarker() {
        String text = "落实安全生产责任。〔责任单位：市应急局。各县（区）政府落实属地责任，下同。〕";
        Found f = only(text, DocumentNotes.NONE);
        assertThat(f.problem()).isNull();
        assertThat(f.end()).isEqualTo(text.length());
        assertThat(f.content().responsibleText()).startsWith("市应急局。").contains("下同");
        assertThat(task(f.content()).responsible()).containsExactly("市应急局");
    }

    @Test
    void anUnclosedMarkerStillEndsAtTheFullStop() {
        List<Hit> hits = ResponsibilityMarker.scan("畅通渠道。（责任单位：区财政局。推动公开。（责任单位：区税务局）");
        assertThat(hits).hasSize(2);
        assertThat(((Found) hits.get(0)).problem()).isNotNull();
    }

    @Test
    void personLabelInsideAMarkerAssignsNobody() {
        Content c = only("做好某项工作。（牵头单位：县发改局；责任领导：王某）", DocumentNotes.NONE).content();
        assertThat(c.leadText()).isEqualTo("县发改局");
        assertThat(c.responsibleText()).isNull();
        Task t = task(c);
        assertThat(t.lead()).containsExactly("县发改局");
        assertThat(t.responsible()).isEmpty();
    }

    @Test
    void personLineIsALineOfNoUnits() {
        assertThat(ResponsibilityMarker.isPersonLine("牵头负责领导：王某")).isTrue();
        assertThat(ResponsibilityMarker.read("牵头负责领导：王某")).isNull();
        assertThat(ResponsibilityMarker.isLine("牵头负责领导：王某")).isTrue();
        assertThat(ResponsibilityMarker.isPersonLine("牵头单位：县发改局")).isFalse();
    }

    @Test
    void noteMarkerMakesItsOwnFirstUnitLead() {
        Task t = task(only("做好某项工作。（市发改委、市财政局，排名第一位的为牵头单位，下同）", DocumentNotes.NONE)
                .content());
        assertThat(t.lead()).containsExactly("市发改委");
        assertThat(t.responsible()).containsExactly("市财政局");
    }

    @Test
    void afterTheNoteTheFirstUnitOfAnUnlabelledMarkerLeads() {
        String text = "做好甲工作。（市发改委、市财政局，排名第一位的为牵头单位，下同）做好乙工作。（市住建局、市城管局）";
        List<Hit> hits = ResponsibilityMarker.scan(text, DocumentNotes.NONE);
        assertThat(hits).hasSize(2);
        Task second = task(((Found) hits.get(1)).content());
        assertThat(second.lead()).containsExactly("市住建局");
        assertThat(second.responsible()).containsExactly("市城管局");
    }

    @Test
    void notesCarriedFromAnEarlierParagraph() {
        DocumentNotes notes = DocumentNotes.NONE.after("排在第一位的部门为牵头部门。");
        Task t = task(only("做好乙工作。（市住建局、市城管局）", notes).content());
        assertThat(t.lead()).containsExactly("市住建局");
        Task without = task(only("做好乙工作。（市住建局、市城管局）", DocumentNotes.NONE).content());
        assertThat(without.lead()).isEmpty();
        assertThat(without.responsible()).containsExactly("市住建局", "市城管局");
    }

    @Test
    void aNoteAloneIsNoDoubtfulMarker() {
        assertThat(ResponsibilityMarker.scan("主要任务如下。（排名第一位的为牵头单位，下同）")).isEmpty();
    }

    @Test
    void labelsStillWinUnderTheNote() {
        Content c = only("做好乙工作。（责任单位：市住建局、市城管局）", DocumentNotes.FIRST_IS_LEAD).content();
        assertThat(c.leadText()).isNull();
        assertThat(c.responsibleText()).isEqualTo("市住建局、市城管局");
    }

    @Test
    void dengEndsTheList() {
        Task t = task(only("做好某项工作。（市财政局、市税务局等相关部门负责）", DocumentNotes.NONE).content());
        assertThat(t.responsible()).containsExactly("市财政局", "市税务局", "相关部门");
        Task bare = task(only("做好某项工作。（市财政局、市税务局等）", DocumentNotes.NONE).content());
        assertThat(bare.responsible()).containsExactly("市财政局", "市税务局");
    }
}
