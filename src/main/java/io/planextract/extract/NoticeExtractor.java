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
import io.planextract.model.WarningCode;
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
                    warnings.add(WarningCode.TABLE_WITHOUT_HEADER.at(Origin.ofLine(t.line())));
                }
                previous = null;
            }
        }
        Notice notice = NoticeFields.extract(paragraphs, titles);
        List<TableInfo> tables = new ArrayList<>();
        List<Task> fromTables = new ArrayList<>();
        List<Warning> tableWarnings = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            TableReading r = readings.get(i);
            tables.add(new TableInfo(titles.get(i), r.header().labels(), r.rows().size()));
            fromTables.addAll(TableTasks.of(r, i + 1, notice.planYear(), tableNotes.get(i)));
            tableWarnings.addAll(r.warnings());
        }
        // Tables and prose are weighed against each other (RULES §8, ReadingChoice): a notice may carry both, and a
        // table inferred wrongly from pasted text must lose to a better prose reading of the same lines.
        ProseTasks.Result outside = ProseTasks.extract(RunTogetherParagraphs.split(prose), notice.planYear());
        ProseTasks.Result competing = readings.isEmpty() || document.plainText().isEmpty() ? outside
                : ProseTasks.extract(RunTogetherParagraphs.split(plainParagraphs(document)), notice.planYear());
        ReadingChoice.Choice choice = ReadingChoice.choose(fromTables, competing.tasks(), outside.tasks());
        List<Task> tasks = choice.tasks();
        if (choice.prose()) {
            warnings.addAll(competing.warnings());
            if (!readings.isEmpty()) {
                tables.clear();
            }
        } else {
            warnings.addAll(tableWarnings);
        }
        warnings.addAll(choice.warnings());
        if (tasks.isEmpty() && readings.isEmpty()) {
            warnings.add(WarningCode.NO_TASK_TABLE.at(Origin.none()));
        }
        List<Task> numbered = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            numbered.add(tasks.get(i).withId(i + 1));
        }
        return new NoticeResult(NoticeResult.SCHEMA_VERSION, source, notice, tables, numbered, warnings);
    }

    private static List<ProseTasks.Para> plainParagraphs(Document document) {
        List<ProseTasks.Para> paras = new ArrayList<>();
        for (Paragraph p : document.plainText()) {
            String text = TextCleaner.paragraph(p.text());
            if (!text.isEmpty()) {
                paras.add(new ProseTasks.Para(text, paras.size() + 1, p.line()));
            }
        }
        return paras;
    }
}
