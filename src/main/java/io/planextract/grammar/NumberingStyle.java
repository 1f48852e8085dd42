package io.planextract.grammar;

/**
 * The ways a Chinese notice numbers its headings and items, with the level each takes in the official order
 * {@code 第一部分} › {@code 一、} › {@code （一）} › {@code 1.}/{@code 1、} › {@code （1）} › {@code ①}. A notice may
 * shift a style up a level ({@code 1、} for its sections), so the rank is where a style usually stands, not where it
 * must; {@link #sameForm} tells which styles differ only in their digits and may stand for each other.
 */
public enum NumberingStyle {
    /** {@code 第一部分}, {@code 第一章}, {@code 第一篇}, {@code 第一编}. */
    CHAPTER(0, 'C'),
    /** {@code 第一条}. */
    ARTICLE(1, 'A'),
    /** {@code 一、}, {@code 一.}, {@code 一．}. */
    CHINESE(1, '、'),
    /** {@code （一）}, {@code (一)}. */
    CHINESE_PAREN(2, '('),
    /** {@code 1、}. */
    ARABIC_COMMA(3, '、'),
    /** {@code 1.}, {@code 1．}, {@code 1﹒} (never {@code 1.5}). */
    ARABIC_DOT(3, '.'),
    /** {@code （1）}, {@code (1)}, {@code ⑴}. */
    ARABIC_PAREN(4, '('),
    /** {@code ①}. */
    CIRCLED(5, '①');

    private final int rank;
    private final char form;

    NumberingStyle(int rank, char form) {
        this.rank = rank;
        this.form = form;
    }

    /** The usual level: 0 for chapters, 1 for {@code 一、}, … 5 for {@code ①}. */
    public int rank() {
        return rank;
    }

    /** True for styles written alike but for their digits ({@code 一、} and {@code 1、}, {@code （一）} and {@code （1）}). */
    public boolean sameForm(NumberingStyle other) {
        return other != null && form == other.form;
    }

    /** True for the two styles a table's heading rows use: {@code 一、}/{@code 第一部分} sections. */
    public boolean isSection() {
        return this == CHINESE || this == CHAPTER;
    }
}
