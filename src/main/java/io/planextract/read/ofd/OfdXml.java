package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DOM helpers for OFD parts. Elements are matched by local name: GB/T 33190 puts everything in the namespace
 * {@code http://www.ofdspec.org/2016}, but writers differ on the prefix and a few leave the namespace out.
 */
final class OfdXml {
    private OfdXml() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, localName)) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, localName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The element at the end of a path of local names, e.g. {@code DocBody/DocRoot}. */
    static Optional<Element> path(Element from, String... localNames) {
        Optional<Element> at = Optional.of(from);
        for (String name : localNames) {
            at = at.flatMap(e -> child(e, name));
        }
        return at;
    }

    static boolean is(Element e, String localName) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).equals(localName);
    }

    static String text(Element e) {
        return e.getTextContent() == null ? "" : e.getTextContent();
    }

    /** An attribute, or empty when absent or blank. */
    static Optional<String> attribute(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static boolean flag(Element e, String name, boolean fallback) {
        return attribute(e, name).map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(fallback);
    }

    /** The numbers of a space-separated list; what is not a finite number is skipped. */
    static double[] numbers(String list) {
        String[] tokens = list.strip().split("[\\s,]+");
        double[] out = new double[tokens.length];
        int n = 0;
        for (String t : tokens) {
            Double d = number(t);
            if (d != null) {
                out[n++] = d;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A finite number, or null. */
    static Double number(String token) {
        if (token == null || token.isEmpty() || token.length() > 40) {
            return null;
        }
        try {
            double d = Double.parseDouble(token);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
