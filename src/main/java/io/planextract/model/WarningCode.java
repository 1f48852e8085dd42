package io.planextract.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of warning plan-extract gives: the stable {@link #code()} a program filters on (the JSON's
 * {@code warnings[].code}, docs/OUTPUT.md) and the Chinese message a clerk reads, made from {@link #template()}.
 * docs/warnings.md says, for each, what it means and what the clerk should do; a test keeps the two in step.
 *
 * <p>A template's {@code {0}}, {@code {1}}… are filled in order by {@link #at}; they are plain text slots (no
 * number formatting, no quoting rules), so a count stays {@code 1234} and an apostrophe in a cell stays as it is.
 */
public enum WarningCode {
    // Reading the file.
    /** The file's extension promises another format than its content has; the content wins. */
    FORMAT_MISMATCH("format-mismatch", "文件扩展名是 {0}，内容却是 {1}，已按 {1} 读取"),
    /** A text file's encoding was a guess. */
    ENCODING_GUESSED("encoding-guessed", "文本编码不能完全确定，已按 {0} 读取，请核对是否有乱码"),
    /** NUL bytes or lone surrogates were removed or replaced, so that the output is strict JSON. */
    INVALID_CHARACTERS("invalid-characters", "有 {0} 个不是文字的字符（空字符、半个代理对）已删除或替换为 \uFFFD"),
    /** A table held tables inside its cells; their text went into those cells. */
    NESTED_TABLE("nested-table", "第 {0} 个表格的单元格里嵌有 {1} 个表格，其文字已并入所在单元格，请核对"),
    /** Lines of a copied web page's information bar (索引号, 发布机构…) were left out. */
    PAGE_METADATA("page-metadata", "第{0}–{1}行是网页的信息栏（索引号、发布机构等），不是通知正文，也不是任务表，未读取"),
    /** Pasted text was read as a table, but another reading scored almost as well. */
    CLOSE_READING("close-reading", "这段文字读作表格，但另一种读法的得分接近，请核对：采用 {0}；其次 {1}"),
    /** A pasted row had fewer cells than the table; they were placed by what they hold. */
    CELLS_PLACED_BY_CONTENT("cells-placed-by-content", "这一行只有{0}（表格有{1}列，其余为合并单元格），按内容放入各列：{2}"),

    // Reading a workbook.
    /** A hidden sheet was not read. */
    HIDDEN_SHEET("hidden-sheet", "工作表“{0}”是隐藏的，未读取"),
    /** Hidden rows holding values were not read. */
    HIDDEN_ROWS("hidden-rows", "工作表“{0}”隐藏的第{1}行有内容，未读取"),
    /** Hidden columns holding values were not read. */
    HIDDEN_COLUMNS("hidden-columns", "工作表“{0}”隐藏的{1}列有内容，未读取"),
    /** A sheet wider than the column limit: the columns past it were not read. */
    SHEET_COLUMNS_CUT("sheet-columns-cut", "工作表“{0}”有内容的列超过{1}列，从{2}列起未读取"),

    // Reading a PDF.
    /** Characters in fonts without a Unicode map: missing or read wrong. */
    PDF_FONT_WITHOUT_UNICODE("pdf-font-without-unicode",
            "{0} 个字符所用的字体（{1}）没有 Unicode 对照表（如无 ToUnicode 的 GBK-EUC-H），这些字可能缺失或读错；"
                    + "请对照 PDF 核对，或嵌入字体后重新导出 PDF"),
    /** Pages that are only a picture: not read. */
    PDF_SCANNED_PAGES("pdf-scanned-pages", "第 {0} 页只有图片（扫描页），没有文字，未读取：扫描件，需要先做文字识别 (OCR)"),
    /** Text running past the edge of the page: what lies wholly outside may be missing. */
    PDF_TEXT_OFF_PAGE("pdf-text-off-page",
            "第 {0} 页有文字超出页面边缘（表格比纸宽），完全在页面外的文字可能缺失，请对照原文核对这些单元格"),
    /** A page with too many lines for a table: read as paragraphs. */
    PDF_TOO_MANY_LINES("pdf-too-many-lines", "第 {0} 页的线条超过 {1} 条（是图而不是表格），未在此页查找表格，文字按段落读取"),

    // Reading an OFD.
    /** An OFD file with several documents: only the first was read. */
    OFD_DOCUMENTS("ofd-documents", "这个 OFD 文件有 {0} 个文档，只读取了第一个"),
    /** A page, template or resource the OFD file names is missing. */
    OFD_MISSING_PART("ofd-missing-part", "OFD 文件缺少{0}，{1}"),
    /** Composite objects whose graphic units are missing: any text in them is missing. */
    OFD_COMPOSITE_OBJECTS("ofd-composite-objects", "第 {0} 页有 {1} 个复合对象（CompositeObject）在文件资源中找不到，其中的文字缺失"),
    /** Characters in a font without Unicode: missing from the text. */
    OFD_UNMAPPED_TEXT("ofd-unmapped-text", "第 {0} 页有 {1} 个字符所用字体没有 Unicode 对照，这些字缺失"),
    /** A page with more objects than the limit: only the first were read. */
    OFD_PAGE_TRUNCATED("ofd-page-truncated", "第 {0} 页的对象超过 {1} 个或字符超过 {2} 个，只读取了前面的部分"),

    // Reading a table.
    /** A table without a recognisable header: no tasks were read from it. */
    TABLE_WITHOUT_HEADER("table-without-header",
            "有一个表格没有可识别的表头（如“工作任务”“责任单位”），未从中读取任务，请核对"),
    /** The task column was taken by its position, its heading being unusual. */
    TASK_COLUMN_BY_POSITION("task-column-by-position",
            "表头“{0}”不是常见的任务列名，按任务列读取（表中有单位列，此列在其左侧）"),
    /** A column whose heading has no known role; its cells go into {@code extra}. */
    COLUMN_WITHOUT_ROLE("column-without-role", "表头“{0}”不是已知的列（任务、要求、单位、时限），内容放在 extra 中"),
    /** One heading spans two data columns: the left is read as the section, the right as the task. */
    HEADER_SPANS_COLUMNS("header-spans-columns", "表头“{0}”下有{1}列数据：左列读作一级任务（section），右列读作任务（task）"),
    /** Rows with more cells than the header; the surplus goes into {@code extra}. */
    ROW_WIDER_THAN_HEADER("row-wider-than-header", "{0}比表头多 {1} 列，多出的内容放在 extra 中"),
    /** A new task title carried the units of the row above. */
    INHERITED_ACROSS_TASK("inherited-across-task", "新的任务标题下沿用了上一行的{0}，请核对"),
    /** A blank responsible cell between two equal ones: the rule chose "no responsible unit of its own". */
    AMBIGUOUS_BLANK("ambiguous-blank", "责任单位空白：上下行相同（{0}），按规则视为没有单独的责任单位，请核对是否为合并单元格"),
    /** A sequence number printed twice. */
    SEQ_REPEAT("seq-repeat", "序号 {0} 重复出现"),
    /** Sequence numbers skipping some: rows may be missing. */
    SEQ_GAP("seq-gap", "序号从 {0} 跳到 {1}"),

    // Choosing the tasks of the notice.
    /** Neither a task table nor prose tasks were found. */
    NO_TASK_TABLE("no-task-table", "没有找到任务分解表，也没有读出带责任单位的任务"),
    /** The prose gave more tasks with units than the tables: the prose reading was kept. */
    TABLE_READING_DISCARDED("table-reading-discarded",
            "按表格读出的任务（{0} 条有单位）少于按正文读出的（{1} 条），已按正文读取，请核对表格"),
    /** The text outside the tables holds tasks with units that were not read. */
    PROSE_TASKS_BESIDE_TABLE("prose-tasks-beside-table", "表格之外的正文中还有 {0} 条带责任单位的任务未读取，请核对"),

    // Reading tasks from prose.
    /** A numbered item without any responsibility marker: no task. */
    PROSE_GROUP_UNASSIGNED("prose-group-unassigned", "这一项没有责任单位标注，未生成任务：{0}"),
    /** Text after the last marker has no unit: not a task. */
    PROSE_TEXT_UNASSIGNED("prose-text-unassigned", "最后一个责任单位之后的文字没有责任单位，未作为任务：{0}"),
    /** Something looks like a marker but was not read as one. */
    PROSE_MARKER_DOUBTFUL("prose-marker-doubtful", "{0}，请核对：{1}"),
    /** A marker that belongs to no task was not read. */
    PROSE_MARKER_UNATTACHED("prose-marker-unattached", "责任单位或时限标注未读取（{0}）：{1}"),
    /** A marker's brackets do not pair. */
    PROSE_MARKER_MISMATCHED("prose-marker-mismatched", "括号不配对，请核对：{0}");

    private final String code;
    private final String template;

    WarningCode(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** The stable name programs filter on, as in the JSON. */
    public String code() {
        return code;
    }

    /** The Chinese message with {@code {0}}, {@code {1}}… where the details go. */
    public String template() {
        return template;
    }

    /** The message with the details filled in. */
    public String message(Object... details) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                if (n >= details.length) {
                    throw new IllegalArgumentException(code + " needs detail {" + n + "}");
                }
                out.append(details[n]);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A warning of this kind at {@code origin}, its message filled with {@code details}. */
    public Warning at(Origin origin, Object... details) {
        return new Warning(code, message(details), origin);
    }

    /** The kind a JSON code names, if it is one of plan-extract's. */
    public static Optional<WarningCode> of(String code) {
        return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst();
    }
}
