package io.planextract.extract;

import io.planextract.model.Notice;
import io.planextract.normalize.ChineseNumerals;
import io.planextract.grammar.Simplified;
import io.planextract.normalize.TextCleaner;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice's own fields (RULES §7), read from its paragraphs in order: the 文号, the issuing office (the red
 * header, or the office line just above the title), the {@code 关于…的通知} title, the addressees line ending in
 * {@code ：}, the date under the signature, the {@code 抄送} line, and the plan year.
 */
public final class NoticeFields {
    /** The head of a notice (red header, 文号, title, addressees) is within its first paragraphs. */
    private static final int HEAD = 20;
    /** A web page puts its navigation and metadata before the notice, so the title is looked for further down. */
    private static final int TITLE_SEARCH = 80;
    private static final int TITLE_LINES = 4;
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,12}?)\\s*[〔\\[［(（【﹝〖]\\s*(\\d{4})\\s*[〕\\]］)）】﹞〗]\\s*(\\d{1,4})\\s*[号號]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CN_DATE = Pattern.compile(
            "([〇○Ｏ零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern OFFICE = Pattern.compile(
            ".{2,30}(办公室|人民政府|政府|局|委员会|委|办|管委会|办事处|中心|小组|指挥部|厅|院|部)");

    private NoticeFields() {
    }

    /**
     * @param paragraphs  the body paragraphs, cleaned, in order
     * @param tableTitles titles of the task tables, for the plan year when the notice has none
     */
    public static Notice extract(List<String> paragraphs, List<String> tableTitles) {
        int titleAt = titleStart(paragraphs);
        String title = titleAt < 0 ? null : title(paragraphs, titleAt);
        String issuer = titleAt < 0 ? null : issuer(paragraphs, titleAt);
        int addresseesAt = addressees(paragraphs, Math.max(titleAt, 0));
        String date = date(paragraphs, Math.max(titleAt, 0));
        int headEnd = addresseesAt >= 0 ? addresseesAt : Math.max(titleAt, 0) + HEAD;
        return new Notice(issuer, docNumber(paragraphs, headEnd), title, date,
                addresseesAt < 0 ? null : addresseesText(paragraphs, titleAt, addresseesAt), cc(paragraphs),
                planYear(title, tableTitles, date));
    }

    private static int titleStart(List<String> p) {
        for (int i = 0; i < Math.min(p.size(), TITLE_SEARCH); i++) {
            String s = Simplified.of(TextCleaner.removeSpaces(p.get(i)));
            int at = s.indexOf("关于");
            if (at >= 0 && (at == 0 || OFFICE.matcher(s.substring(0, at)).matches()) && s.length() < 120) {
                return i;
            }
        }
        return -1;
    }

    private static String title(List<String> p, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(p.size(), from + TITLE_LINES); i++) {
            sb.append(TextCleaner.removeSpaces(p.get(i)));
            String read = Simplified.of(sb.toString());
            if (read.endsWith("通知") || read.endsWith("的函") || read.endsWith("意见")) {
                break;
            }
        }
        String s = sb.toString();
        return s.substring(Simplified.of(s).indexOf("关于"));
    }

    private static String issuer(List<String> p, int titleAt) {
        String line = TextCleaner.removeSpaces(p.get(titleAt));
        int at = Simplified.of(line).indexOf("关于");
        if (at > 0) {
            return line.substring(0, at);
        }
        String found = null;
        for (int i = 0; i < titleAt; i++) {
            String s = TextCleaner.removeSpaces(p.get(i));
            if (Simplified.of(s).endsWith("文件")) {
                return s.substring(0, s.length() - 2);
            }
            if (OFFICE.matcher(Simplified.of(s)).matches() && !DOC_NUMBER.matcher(s).find()) {
                found = s;
            }
        }
        return found;
    }

    private static String docNumber(List<String> p, int before) {
        for (int i = 0; i < Math.min(p.size(), Math.max(before, 1)); i++) {
            String s = TextCleaner.removeSpaces(p.get(i));
            Matcher m = DOC_NUMBER.matcher(s);
            if (s.length() <= 60 && m.find()) {
                return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
            }
        }
        return null;
    }

    private static int addressees(List<String> p, int from) {
        for (int i = from; i < Math.min(p.size(), from + HEAD); i++) {
            String s = p.get(i);
            boolean colon = s.endsWith("：") || s.endsWith(":");
            if (colon && !s.startsWith("抄送") && !s.startsWith("附件") && !s.contains("如下") && s.length() <= 300) {
                return i;
            }
        }
        return -1;
    }

    /** A long addressee list wraps: lines ending in {@code ，} or {@code 、} above the colon line belong to it. */
    private static String addresseesText(List<String> p, int titleAt, int at) {
        int from = at;
        while (from - 1 > titleAt && endsUnfinished(p.get(from - 1))) {
            from--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= at; i++) {
            sb.append(TextCleaner.strip(p.get(i)));
        }
        return withoutColon(sb.toString());
    }

    private static String withoutColon(String s) {
        return TextCleaner.strip(s.substring(0, s.length() - 1));
    }

    private static String date(List<String> p, int from) {
        for (int i = from; i < p.size(); i++) {
            String s = TextCleaner.removeSpaces(p.get(i));
            Matcher m = DATE.matcher(s);
            // The date alone under the signature, or on the signature's line after the office name.
            if (m.matches() || (m.find() && m.end() == s.length() && m.start() > 0
                    && OFFICE.matcher(Simplified.of(s.substring(0, m.start()))).matches())) {
                return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = CN_DATE.matcher(s);
            if (m.matches()) {
                return iso(ChineseNumerals.parse(m.group(1)), ChineseNumerals.parse(m.group(2)),
                        ChineseNumerals.parse(m.group(3)));
            }
        }
        return null;
    }

    private static String iso(int y, int m, int d) {
        try {
            return java.time.LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** 抄送 runs on over the next lines while the list is unfinished (a trailing ，or 、). */
    private static String cc(List<String> p) {
        for (int i = 0; i < p.size(); i++) {
            String s = TextCleaner.removeSpaces(p.get(i));
            if (!Simplified.of(s).startsWith("抄送")) {
                continue;
            }
            StringBuilder sb = new StringBuilder(s.substring(2).replaceFirst("^[：:]", ""));
            for (int j = i + 1; j < p.size() && endsUnfinished(sb); j++) {
                sb.append(TextCleaner.removeSpaces(p.get(j)));
            }
            String cc = sb.toString();
            while (cc.endsWith("。") || cc.endsWith(".")) {
                cc = cc.substring(0, cc.length() - 1);
            }
            return cc.isEmpty() ? null : cc;
        }
        return null;
    }

    private static boolean endsUnfinished(CharSequence s) {
        return s.length() > 0 && "，、,".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static Integer planYear(String title, List<String> tableTitles, String date) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (String t : tableTitles) {
            Matcher m = t == null ? null : YEAR.matcher(t);
            if (m != null && m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return date == null ? null : Integer.valueOf(date.substring(0, 4));
    }
}
