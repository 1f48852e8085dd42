package io.planextract.grammar;

import java.util.regex.Pattern;

/**
 * How unit names are built (RULES §5), in one place for the splitter, the unit test of a marker and the ledgers.
 * The endings come in three widths, each for its own question.
 */
public final class UnitWords {
    /** An organ's own ending: 局, 委, 办, 中心… Left of {@code 和/及/与}, it lets the conjunction split two units. */
    public static final String ORGAN_END = "局委办室院处所站队会心厅府";
    /** An organ or a named body (部, 组): a bracket right after one names a part or an alias, not the unit. */
    public static final String BODY_END = ORGAN_END + "部组";
    /** Any unit name, collective ones too (各镇, 街道, 各部门, 有关单位, 科, 股…). */
    public static final String NAME_END = BODY_END + "镇乡街道门位司行社团馆校区县市盟联科股";
    /** How a unit name starts right after {@code 和/及/与}: an administrative level or {@code 各}. */
    public static final String START = "区县市省州盟旗各镇乡";
    /** The first piece of a list of levels sharing one organ: {@code 各县} in {@code 各县、市、区政府}, {@code 各县市}. */
    public static final Pattern LEVEL_LIST_HEAD = Pattern.compile("各(?:县级市|特区|县|市|区|州|旗|乡|镇|盟){1,3}");
    /** A bare level word inside such a list: {@code 市}, {@code 特区}, {@code 县（市）}. */
    public static final Pattern LEVEL = Pattern.compile("(?:县|市|区|州|旗|乡|镇|盟|特区|县级市|街道)(?:[（(][^）)]*[）)])?");
    /** The level and the organ that closes such a list: {@code 区政府}, {@code 镇人民政府}, {@code 区党委}. */
    public static final Pattern LEVEL_ORGAN = Pattern.compile(
            "(?:县|市|区|州|旗|乡|镇|盟|特区|街道)(?:人民)?(?:政府|党委|党委政府|党委和政府|政府办公室|管委会|办事处)");
    /** A bare generic fragment that belongs to the name before it: {@code 区政府各部门、单位}, {@code 各镇、街道}. */
    public static final Pattern GENERIC = Pattern.compile(
            "(?:单位|街道|部门|办事处|街道办事处|街道办|乡镇)(?:[（(].*[）)])?");
    /** What may follow {@code 等} as a placeholder unit: {@code 等相关部门}, {@code 等部门}, {@code 等区有关部门单位}. */
    public static final Pattern PLACEHOLDER = Pattern.compile(
            ".*(?:部门|单位|机构|成员单位|部门单位|单位部门)|.*(?:有关|相关|各).*");

    /** A mark before a unit that makes it the lead ({@code ▲发改局、各部门}: ▲ marks the 牵头单位, as many tables note). */
    public static final String LEAD_MARKS = "▲★△☆";

    private UnitWords() {
    }

    public static boolean isOrganEnd(char c) {
        return ORGAN_END.indexOf(Simplified.of(c)) >= 0;
    }

    public static boolean isBodyEnd(char c) {
        return BODY_END.indexOf(Simplified.of(c)) >= 0;
    }

    public static boolean isNameEnd(char c) {
        return NAME_END.indexOf(Simplified.of(c)) >= 0;
    }

    public static boolean isStart(char c) {
        return START.indexOf(Simplified.of(c)) >= 0;
    }
}
