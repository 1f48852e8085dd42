package io.planextract.extract;

import io.planextract.doc.Document;
import io.planextract.model.Notice;
import io.planextract.model.NoticeResult;
import io.planextract.model.Source;
import java.util.List;

/** Turns a read document into the notice's fields, tables and task records. */
public final class NoticeExtractor {
    private NoticeExtractor() {
    }

    public static NoticeResult extract(Document document, Source source) {
        // The table engine lands in the next commits.
        return new NoticeResult(NoticeResult.SCHEMA_VERSION, source,
                new Notice(null, null, null, null, null, null, null), List.of(), List.of(), document.warnings());
    }
}
