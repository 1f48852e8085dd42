package io.planextract.extract;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import io.planextract.extract.prose.ProseTasks;
import io.planextract.grammar.DocumentNotes;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Origin;
import io.planextract.model.Source;
import io.planextract.model.TableInfo;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.normalize.TextCleaner;
import io.planextract.table.TableContinuations;
import io.planextract.table.TableReader;
import io.planextract.table.TableReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a read document into the notice's fields, its task tables and its task records. */
public final class NoticeExtractor {
    private NoticeExtractor() {
    }

    public static NoticeResult extract(Document document, Source source) {
        List<String> paragraphs = new ArrayList<>();
        List<ProseTasks.Para> prose = new ArrayList<>();
        List<TableReading> readings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<DocumentNotes> tableNotes = new ArrayList<>();
        DocumentNotes notes = DocumentNotes.NONE;
        String previous = null;
        List<Warning> warnings = new ArrayList<>(document.warnings());
        for (Block block : TableContinuations.join(document.blocks())) {
            if (block instanceof Paragraph p) {
                String text = TextCleaner.paragraph(p.text());
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                    notes = notes.after(text);
                    prose.add(new ProseTasks.Para(text, paragraphs.size(), p.line()));
                    previous = text;
                }
            } else if (block instanceof Table t) {
                Optional<TableReading> reading = TableReader.read(t, readings.size() + 1);
                if (reading.isPresent()) {
                    readings.add(reading.get());
                    titles.add(TableTitle.of(previous));
                    tableNotes.add(notes);
                } else if (t.rows().size() >= 2 && TableReader.gridWidth(t) >= 3) {
                    warnings.add(Warning.of("table-without-header", "有一个表格没有可识别的表头（如“工作任务”“责任单位”），"
                            + "未从中读取任务，请核对", Origin.ofLine(t.line())));
                }
                previous = null;
            }
        }
        Notice notice = NoticeFields.extract(paragraphs, titles);
        List<TableInfo> tables = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            TableReading r = readings.get(i);
            tables.add(new TableInfo(titles.get(i), r.header().labels(), r.rows().size()));
            tasks.addAll(TableTasks.of(r, i + 1, notice.planYear(), tableNotes.get(i)));
            warnings.addAll(r.warnings());
        }
        if (readings.isEmpty()) {
            // No task table: the tasks may be written as prose, each closed by a responsibility marker (RULES §8).
            ProseTasks.Result fromProse = ProseTasks.extract(prose, notice.planYear());
            tasks.addAll(fromProse.tasks());
            warnings.addAll(fromProse.warnings());
            if (fromProse.tasks().isEmpty()) {
                warnings.add(Warning.of("no-task-table", "没有找到任务分解表", Origin.none()));
            }
        }
        List<Task> numbered = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            numbered.add(tasks.get(i).withId(i + 1));
        }
        return new NoticeResult(NoticeResult.SCHEMA_VERSION, source, notice, tables, numbered, warnings);
    }
}
