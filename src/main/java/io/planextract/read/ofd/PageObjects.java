package io.planextract.read.ofd;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The characters and ruling lines of one page's content ({@code Content/Layer}, with nested {@code PageBlock}s):
 * {@code TextObject}s give characters at the positions their {@code TextCode}s state, {@code PathObject}s give the
 * straight horizontal and vertical strokes a table is ruled with. Images, composite objects and everything else
 * are not text and are skipped; seals and signatures live in other parts that are never opened.
 *
 * <p>Coordinates: an object's own coordinates go through its {@code CTM}, then are offset by its
 * {@code Boundary}'s origin (GB/T 33190 §8.2 and §11).
 */
final class PageObjects {
    /** Default stroke width (mm) where a path states none, GB/T 33190 Table 35. */
    private static final double DEFAULT_LINE_WIDTH = 0.353;
    /** A filled rectangle thinner than this is a drawn rule, as Word's and WPS's table borders often are. */
    static final double THIN = 1.5;
    /** Characters of one page beyond this are not a page of a notice (an A3 page of 5-point type holds 20,000). */
    static final int MAX_GLYPHS = 500_000;
    /** Nesting of page blocks deeper than this is not a real page. */
    private static final int MAX_DEPTH = 64;

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final int maxObjects;
    private int objects;
    private boolean truncated;
    private int unmapped;
    private int composites;

    private final java.util.Map<String, Element> units;

    /**
     * @param maxObjects objects read at most, composite units' contents included
     * @param units      the document's composite graphic units by ID ({@code CompositeGraphicUnit} in its resources)
     */
    PageObjects(int maxObjects, java.util.Map<String, Element> units) {
        this.maxObjects = maxObjects;
        this.units = units;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    List<Segment> segments() {
        return segments;
    }

    /** True when the page held more objects than this reader looks at; the rest were left out. */
    boolean truncated() {
        return truncated;
    }

    /**
     * Characters the file gives only as U+FFFD or private-use code points: a font without a Unicode map, whose
     * glyphs show on screen but carry no text. They are left out and counted for a warning.
     */
    int unmapped() {
        return unmapped;
    }

    /**
     * Composite objects whose graphic unit the resources do not hold (the unit is drawn by reference, as some
     * PDF-to-OFD converters write whole pages): their text is missing.
     */
    int composites() {
        return composites;
    }

    /** Adds the objects of a page or template part (its root element is {@code Page}). */
    void addPage(Element page) {
        OfdXml.child(page, "Content").ifPresent(content -> {
            for (Element layer : OfdXml.children(content, "Layer")) {
                addBlock(layer, 0, Placement.IDENTITY);
            }
        });
    }

    private void addBlock(Element block, int depth, Placement parent) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element e : OfdXml.elements(block)) {
            if (objects >= maxObjects) {
                truncated = true;
                return;
            }
            if (!OfdXml.flag(e, "Visible", true)) {
                continue;
            }
            if (OfdXml.is(e, "TextObject")) {
                objects++;
                addText(e, parent);
            } else if (OfdXml.is(e, "PathObject")) {
                objects++;
                addPath(e, parent);
            } else if (OfdXml.is(e, "CompositeObject")) {
                objects++;
                Element unit = OfdXml.attribute(e, "ResourceID").map(units::get).orElse(null);
                Element content = unit == null ? null : OfdXml.child(unit, "Content").orElse(null);
                if (content == null) {
                    composites++;
                } else {
                    // a unit drawn by reference: its objects in its own space, placed by the composite object
                    addBlock(content, depth + 1, parent.then(Placement.of(e)));
                }
            } else if (OfdXml.is(e, "PageBlock")) {
                addBlock(e, depth + 1, parent);
            }
        }
    }

    private void addText(Element text, Placement parent) {
        Placement at = parent.then(Placement.of(text));
        double size = OfdXml.attribute(text, "Size").map(OfdXml::number).filter(s -> s > 0).orElse(3.5);
        double scaledSize = size * at.scale();
        double x = 0;
        double y = 0;
        for (Element code : OfdXml.children(text, "TextCode")) {
            x = OfdXml.attribute(code, "X").map(OfdXml::number).orElse(x);
            y = OfdXml.attribute(code, "Y").map(OfdXml::number).orElse(y);
            String s = OfdXml.text(code);
            int chars = s.codePointCount(0, s.length());
            double[] dx = Deltas.expand(code.getAttribute("DeltaX"), chars);
            double[] dy = Deltas.expand(code.getAttribute("DeltaY"), chars);
            boolean vertical = dy.length > 0 && dx.length == 0;
            int i = 0;
            for (int off = 0; off < s.length(); i++) {
                int cp = s.codePointAt(off);
                off += Character.charCount(cp);
                double advance = i < dx.length ? dx[i] : (dx.length > 0 ? dx[dx.length - 1] : size);
                boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
                if (!blank && (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE)) {
                    unmapped++;
                } else if (!blank && glyphs.size() >= MAX_GLYPHS) {
                    truncated = true;
                } else if (!blank) {
                    double px = at.x(x, y);
                    double py = at.y(x, y);
                    glyphs.add(new Glyph(new String(Character.toChars(cp)), px, py, scaledSize,
                            vertical ? scaledSize : advance * at.scale()));
                }
                if (vertical) {
                    y += i < dy.length ? dy[i] : size;
                } else {
                    x += advance;
                    if (i < dy.length) {
                        y += dy[i];
                    }
                }
            }
        }
    }

    private void addPath(Element path, Placement parent) {
        boolean stroke = OfdXml.flag(path, "Stroke", true);
        boolean fill = OfdXml.flag(path, "Fill", false);
        if (!stroke && !fill) {
            return;
        }
        double lineWidth = OfdXml.attribute(path, "LineWidth").map(OfdXml::number).orElse(DEFAULT_LINE_WIDTH);
        if (lineWidth > THIN * 2) {
            return; // a broad band of colour, not a rule
        }
        Placement at = parent.then(Placement.of(path));
        String data = OfdXml.child(path, "AbbreviatedData").map(OfdXml::text).orElse("");
        for (List<double[]> sub : AbbreviatedData.subpaths(data)) {
            List<double[]> points = new ArrayList<>(sub.size());
            for (double[] p : sub) {
                points.add(new double[] {at.x(p[0], p[1]), at.y(p[0], p[1]), p[2]});
            }
            if (stroke) {
                strokes(points);
            } else {
                thinFill(points);
            }
        }
    }

    /** Each straight horizontal or vertical edge of a stroked subpath is a rule. */
    private void strokes(List<double[]> points) {
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (b[2] != 0) {
                continue; // reached by a curve
            }
            axisSegment(a[0], a[1], b[0], b[1]);
        }
    }

    /** A filled subpath that is a thin bar is the rule along its middle; a larger filled shape is shading. */
    private void thinFill(List<double[]> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= THIN && w > h * 3) {
            segments.add(new Segment(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= THIN && h > w * 3) {
            segments.add(new Segment(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    private void axisSegment(double x1, double y1, double x2, double y2) {
        double dx = Math.abs(x2 - x1);
        double dy = Math.abs(y2 - y1);
        // at most about 1° off the axis: a table rule, not a slanted stroke of a drawing
        if (dx > 0.2 && dy <= dx * 0.02) {
            segments.add(new Segment(true, (y1 + y2) / 2, x1, x2));
        } else if (dy > 0.2 && dx <= dy * 0.02) {
            segments.add(new Segment(false, (x1 + x2) / 2, y1, y2));
        }
    }

    /**
     * An affine map {@code x' = a x + c y + e, y' = b x + d y + f}: an object's CTM followed by the offset of its
     * Boundary, and for an object inside a composite unit, the composite object's own map after that.
     */
    private record Placement(double a, double b, double c, double d, double e, double f) {
        static final Placement IDENTITY = new Placement(1, 0, 0, 1, 0, 0);

        static Placement of(Element object) {
            double[] box = OfdXml.numbers(object.getAttribute("Boundary"));
            double ox = box.length >= 2 ? box[0] : 0;
            double oy = box.length >= 2 ? box[1] : 0;
            double[] m = OfdXml.numbers(object.getAttribute("CTM"));
            if (m.length == 6) {
                return new Placement(m[0], m[1], m[2], m[3], m[4] + ox, m[5] + oy);
            }
            return new Placement(1, 0, 0, 1, ox, oy);
        }

        /** This map applied after {@code inner}. */
        Placement then(Placement inner) {
            return new Placement(a * inner.a + c * inner.b, b * inner.a + d * inner.b, a * inner.c + c * inner.d,
                    b * inner.c + d * inner.d, a * inner.e + c * inner.f + e, b * inner.e + d * inner.f + f);
        }

        double x(double x, double y) {
            return a * x + c * y + e;
        }

        double y(double x, double y) {
            return b * x + d * y + f;
        }

        /** How much the map enlarges lengths, for font sizes and advances. */
        double scale() {
            double det = Math.abs(a * d - b * c);
            return det > 0 ? Math.sqrt(det) : 1;
        }
    }
}
