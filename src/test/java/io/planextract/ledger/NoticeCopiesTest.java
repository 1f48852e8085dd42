package io.planextract.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.planextract.fixtures.GoldResults;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import io.planextract.model.Task;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One notice given several times (formats, copies) counts once; spellings of one unit make one ledger. */
class NoticeCopiesTest {

    private static final NoticeResult ZHOUCUN = GoldResults.load("zhoucun-2025-task-breakdown");

    private static NoticeResult as(NoticeResult r, String path, UnaryOperator<Notice> notice, List<Task> tasks) {
        Source s = r.source();
        return new NoticeResult(r.schemaVersion(), new Source(path, s.format(), s.sha256()),
                notice.apply(r.notice()), r.tables(), tasks, r.warnings());
    }

    private static NoticeResult copy(String path) {
        return as(ZHOUCUN, path, n -> n, ZHOUCUN.tasks());
    }

    private static Notice numbered(Notice n, String docNumber, String title) {
        return new Notice(n.issuer(), docNumber, title, n.date(), n.addressees(), n.cc(), n.planYear());
    }

    private static Task withLead(Task t, String lead) {
        return new Task(t.id(), t.seq(), t.section(), t.sectionNo(), t.task(), t.taskNo(), t.requirement(), lead,
                t.responsibleText(), List.of(lead), t.responsible(), t.scopes(), t.deadline(), t.extra(),
                t.inherited(), t.origin());
    }

    private static int officeTasks(UnitIndex index) {
        return index.find("区政府办公室").orElseThrow().tasks().size();
    }

    @Test
    void theSameNoticeInThreeFormatsCountsOnce() {
        UnitIndex once = UnitIndex.build(List.of(ZHOUCUN));
        UnitIndex thrice = UnitIndex.build(List.of(copy("a.docx"), copy("a.html"), copy("a.txt")));

        assertThat(officeTasks(thrice)).isEqualTo(officeTasks(once));
        assertThat(thrice.notices()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo("a.docx");
            assertThat(n.copies()).containsExactly("a.html", "a.txt");
        });
    }

    @Test
    void numberAndTitleMakeOneNoticeThoughAReadingDiffers() {
        // The text reading lost a row: still the same notice, and the fuller reading is the one kept.
        NoticeResult shorter = as(ZHOUCUN, "a.txt", n -> n, ZHOUCUN.tasks().subList(1, ZHOUCUN.tasks().size()));
        UnitIndex index = UnitIndex.build(List.of(shorter, copy("a.docx")));

        assertThat(index.notices()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo("a.docx");
            assertThat(n.copies()).containsExactly("a.txt");
        });
    }

    @Test
    void numberAndTitleIgnoreSpacingPunctuationAndTraditionalCharacters() {
        NoticeIdentity simplified = NoticeIdentity.of(as(ZHOUCUN, "a", x -> numbered(x, "周政办字〔2025〕11号",
                "关于印发工作要点的通知"), List.of()));
        NoticeIdentity traditional = NoticeIdentity.of(as(ZHOUCUN, "b", x -> numbered(x, "周政辦字[2025] 11號",
                "關於印發工作要點的通知"), List.of()));
        assertThat(simplified.sameNotice(traditional)).isTrue();
    }

    @Test
    void anotherDocumentNumberIsAnotherNoticeEvenWithTheSameTasks() {
        NoticeResult reissued = as(ZHOUCUN, "2026.txt", n -> numbered(n, "周政办字〔2026〕2号", n.title()),
                ZHOUCUN.tasks());
        UnitIndex index = UnitIndex.build(List.of(ZHOUCUN, reissued));

        assertThat(index.notices()).hasSize(2);
        assertThat(officeTasks(index)).isEqualTo(2 * officeTasks(UnitIndex.build(List.of(ZHOUCUN))));
    }

    @Test
    void withoutNumberOrTitleTheTaskListIsTheIdentity() {
        NoticeResult bare = as(ZHOUCUN, "bare.txt", n -> numbered(n, null, null), ZHOUCUN.tasks());
        NoticeResult bareCopy = as(ZHOUCUN, "bare copy.txt", n -> numbered(n, null, n.title()), ZHOUCUN.tasks());
        NoticeResult other = as(ZHOUCUN, "other.txt", n -> numbered(n, null, null), ZHOUCUN.tasks().subList(0, 5));

        UnitIndex index = UnitIndex.build(List.of(bare, bareCopy, other, copy("numbered.txt")));

        assertThat(index.notices()).extracting(DistinctNotices.Distinct::source)
                .containsExactly("bare.txt", "other.txt");
        assertThat(index.notices().get(0).copies()).containsExactly("bare copy.txt", "numbered.txt");
    }

    @Test
    void traditionalAndSimplifiedSpellingsOfOneUnitAreOneLedger() {
        Task first = ZHOUCUN.tasks().get(0);
        Task second = ZHOUCUN.tasks().get(1);
        NoticeResult a = as(ZHOUCUN, "a.txt", n -> numbered(n, "甲", "一"), List.of(withLead(first, "區財政局")));
        NoticeResult b = as(ZHOUCUN, "b.txt", n -> numbered(n, "乙", "二"), List.of(withLead(second, "区财政局")));

        UnitIndex index = UnitIndex.build(List.of(a, b));

        UnitEntry finance = index.find("区财政局").orElseThrow();
        assertThat(index.find("區財政局")).containsSame(finance);
        assertThat(finance.tasks()).hasSize(2);
        assertThat(finance.variants()).containsExactlyInAnyOrder("區財政局", "区财政局");
        assertThat(finance.name()).isEqualTo("区财政局"); // a tie goes to the simplified writing
    }

    @Test
    void theMoreCommonWritingNamesTheLedgerEvenWhenTraditional() {
        List<Task> tasks = ZHOUCUN.tasks();
        NoticeResult a = as(ZHOUCUN, "a.txt", n -> numbered(n, "甲", "一"),
                List.of(withLead(tasks.get(0), "區財政局"), withLead(tasks.get(1), "區財政局")));
        NoticeResult b = as(ZHOUCUN, "b.txt", n -> numbered(n, "乙", "二"), List.of(withLead(tasks.get(2), "区财政局")));

        assertThat(UnitIndex.build(List.of(a, b)).find("区财政局").orElseThrow().name()).isEqualTo("區財政局");
    }
}
