package io.planextract.table;

/**
 * Traditional characters that occur in table headers and responsibility markers, mapped to simplified ones so
 * that one set of labels recognises both. Only used for matching: output text stays as written.
 */
public final class Simplified {
    private static final String TRADITIONAL = "號務點體內牽頭單門時間節達負責辦區縣鎮長導關於發個會劃實監應環廳資財衛戶項級標準規範劃類別備註舉措施將與為這樣組織協調";
    private static final String SIMPLIFIED = "号务点体内牵头单门时间节达负责办区县镇长导关于发个会划实监应环厅资财卫户项级标准规范划类别备注举措施将与为这样组织协调";

    private Simplified() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            int k = TRADITIONAL.indexOf(text.charAt(i));
            if (k >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, SIMPLIFIED.charAt(k));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
