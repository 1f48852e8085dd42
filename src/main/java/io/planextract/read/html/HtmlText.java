package io.planextract.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Paragraph text as a browser shows it: a run of source whitespace (line breaks, tabs) inside a paragraph is
 * one space, {@code &nbsp;} is a space, and block elements and {@code <br>} break paragraphs. Inline
 * elements ({@code <font>}, {@code <span>}, Word's {@code <o:p>}) only contribute their text.
 */
final class HtmlText {
    /** Elements that start and end a paragraph. Anything else, including unknown tags, is inline. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre",
            "address", "section", "article", "main", "aside", "center", "form", "fieldset", "legend", "hr",
            "body", "html", "figure", "figcaption", "details", "summary", "dir", "menu", "listing", "xmp");
    /** Page furniture and invisible content: never part of a notice's text. */
    static final Set<String> IGNORED = Set.of("head", "script", "style", "noscript", "template", "nav", "header",
            "footer", "iframe", "object", "embed", "select", "option", "button", "input", "textarea", "svg",
            "math", "xml", "title", "meta", "link", "base", "map", "canvas", "audio", "video");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Furniture, or hidden by its style (Word marks hidden text {@code mso-hide:all}). */
    static boolean isIgnored(Element e) {
        if (IGNORED.contains(e.normalName()) || e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("mso-hide:all");
    }

    void text(String raw) {
        current.append(raw);
    }

    /** Ends the paragraph being collected; a paragraph with nothing visible in it is dropped. */
    void end() {
        String p = clean(current);
        current.setLength(0);
        if (!p.isBlank()) {
            paragraphs.add(p);
        }
    }

    List<String> paragraphs() {
        end();
        return List.copyOf(paragraphs);
    }

    /** Collapses source whitespace; {@code \u3000} is a character the author typed and stays. */
    static String clean(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c == '\u00a0' ? ' ' : c);
        }
        return sb.toString();
    }
}
