package io.planextract.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** WordprocessingML element tests over a namespace-aware DOM of the main document part. */
final class DocxXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Wrappers that hold body content without changing it (content controls, custom XML, smart tags). */
    private static final int MAX_WRAPPER_DEPTH = 32;

    private DocxXml() {
    }

    static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI())
                && localName.equals(n.getLocalName());
    }

    static boolean isMc(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && MC.equals(n.getNamespaceURI())
                && localName.equals(n.getLocalName());
    }

    /** The first child element {@code w:localName}, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** {@code w:val} of an element, or null when the element or the attribute is absent. */
    static String val(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, "val");
        return v == null || v.isEmpty() ? null : v;
    }

    static int intVal(Element e, int fallback) {
        String v = val(e);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** An on/off property such as {@code w:tblHeader}: present means on unless its value says off. */
    static boolean on(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /**
     * Children of a container in document order, with content controls ({@code w:sdt}), custom XML and
     * markup-compatibility blocks opened up, so that a table row or cell wrapped in one is still found.
     */
    static List<Node> content(Node parent) {
        List<Node> out = new ArrayList<>();
        addContent(parent, out, 0);
        return out;
    }

    private static void addContent(Node parent, List<Node> out, int depth) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if (depth < MAX_WRAPPER_DEPTH && (is(c, "sdt") || is(c, "customXml") || is(c, "smartTag"))) {
                Element inner = is(c, "sdt") ? child(c, "sdtContent") : (Element) c;
                if (inner != null) {
                    addContent(inner, out, depth + 1);
                }
            } else if (depth < MAX_WRAPPER_DEPTH && isMc(c, "AlternateContent")) {
                Node choice = firstMc(c, "Choice");
                if (choice == null) {
                    choice = firstMc(c, "Fallback");
                }
                if (choice != null) {
                    addContent(choice, out, depth + 1);
                }
            } else {
                out.add(c);
            }
        }
    }

    static Node firstMc(Node parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isMc(c, localName)) {
                return c;
            }
        }
        return null;
    }
}
