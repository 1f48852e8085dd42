package io.planextract.read.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Node;

/**
 * The text of one {@code w:p}. Runs inside hyperlinks, fields, content controls and tracked insertions count;
 * field codes ({@code w:instrText}) and deleted text ({@code w:delText}) do not, because Word shows neither.
 * A line break ({@code w:br}, {@code w:cr}) starts a new line, as it does in the Tika text dump the engine
 * was built on. Text boxes anchored in the paragraph are handed back separately, to be read as their own
 * paragraphs after it.
 */
final class DocxText {
    /** The paragraph's lines (at least one, possibly empty) and the text box contents found in it. */
    record Lines(List<String> lines, List<Node> textBoxes) {
    }

    private DocxText() {
    }

    static Lines of(Node paragraph) {
        List<String> lines = new ArrayList<>();
        List<Node> boxes = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // iterative walk: a hostile document can nest runs deeply, and recursion would overflow the stack
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, paragraph);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if (DocxXml.is(n, "t")) {
                appendText(line, n);
            } else if (DocxXml.is(n, "tab") || DocxXml.is(n, "ptab")) {
                line.append('\t');
            } else if (DocxXml.is(n, "br") || DocxXml.is(n, "cr")) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (DocxXml.is(n, "noBreakHyphen")) {
                line.append('-');
            } else if (DocxXml.is(n, "txbxContent")) {
                boxes.add(n);
            } else if (DocxXml.is(n, "pPr") || DocxXml.is(n, "rPr") || DocxXml.is(n, "instrText")
                    || DocxXml.is(n, "delText") || DocxXml.is(n, "del") || DocxXml.is(n, "moveFrom")
                    || DocxXml.isMc(n, "Fallback")) {
                continue; // invisible text, or a second copy of what mc:Choice already holds
            } else {
                pushChildren(stack, n);
            }
        }
        lines.add(line.toString());
        return new Lines(lines, boxes);
    }

    /** Only the element's own text nodes: {@code w:t} holds nothing else. */
    static void appendText(StringBuilder sb, Node element) {
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
    }

    private static void pushChildren(Deque<Node> stack, Node parent) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPreviousSibling()) {
            stack.push(c);
        }
    }
}
