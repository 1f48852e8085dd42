package io.planextract.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines one page draws, as table borders: stroked horizontal and vertical segments (Word, WPS and
 * LibreOffice stroke cell borders) and thin filled rectangles (what "Save as PDF" often draws a border as).
 * Curves, diagonal lines and large filled areas (cell shading) are not borders and are left out. Also counts the
 * images the page paints, to tell a scanned page from an empty one. One instance reads one page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle at most this thick (points) is a line; anything thicker is shading. */
    private static final float MAX_THICKNESS = 3f;
    /** How far from exactly horizontal or vertical a stroked segment may be (points over its length). */
    private static final float SLANT = 1f;
    /** Paths beyond this many segments on one page are not read further: no real page draws that many borders. */
    private static final int MAX_SEGMENTS = 200_000;

    private final float left;
    private final float top;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path: straight segments as x1, y1, x2, y2 in page coordinates. */
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();
    private boolean curved;
    private int subpath;
    private int images;
    private int seen;

    RulingCollector(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.left = box.getLowerLeftX();
        this.top = box.getUpperRightY();
    }

    /** Reads the page's drawing. */
    void collect() throws IOException {
        processPage(getPage());
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    int images() {
        return images;
    }

    private float px(double x) {
        return (float) (x - left);
    }

    private float py(double y) {
        return (float) (top - y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        if (++seen < MAX_SEGMENTS) {
            rectangles.add(new float[] {px(x0), py(y1), px(x1), py(y0)});
        }
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        subpathStart = current;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; the path itself is ended by endPath
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
        subpath++;
    }

    @Override
    public void lineTo(float x, float y) {
        if (++seen < MAX_SEGMENTS) {
            segments.add(new float[] {px(current.x), py(current.y), px(x), py(y), subpath});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curved = true; // a rounded box is a frame around text, not a table
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current.x != subpathStart.x || current.y != subpathStart.y) {
            lineTo(subpathStart.x, subpathStart.y);
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        if (!curved) {
            for (float[] s : segments) {
                stroke(s[0], s[1], s[2], s[3]);
            }
            for (float[] r : rectangles) {
                stroke(r[0], r[1], r[2], r[1]);
                stroke(r[0], r[3], r[2], r[3]);
                stroke(r[0], r[1], r[0], r[3]);
                stroke(r[2], r[1], r[2], r[3]);
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (!curved) {
            for (float[] r : rectangles) {
                fill(r[0], r[1], r[2], r[3]);
            }
            fillPolygon();
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<float[]> s = List.copyOf(segments);
        List<float[]> r = List.copyOf(rectangles);
        boolean c = curved;
        fillPath(windingRule);
        segments.addAll(s);
        rectangles.addAll(r);
        curved = c;
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a gradient is never a border
    }

    private void stroke(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) > SLANT) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, x1, x2));
        } else if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) > SLANT) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, y1, y2));
        }
    }

    /** A thin filled box is a line along its middle. */
    private void fill(float x0, float y0, float x1, float y1) {
        float w = Math.abs(x1 - x0);
        float h = Math.abs(y1 - y0);
        if (h <= MAX_THICKNESS && w > h) {
            rulings.add(new Ruling(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (w <= MAX_THICKNESS && h > w) {
            rulings.add(new Ruling(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        }
    }

    /** Each subpath of a filled path drawn with lines instead of {@code re}: a thin box if its points make one. */
    private void fillPolygon() {
        int i = 0;
        while (i < segments.size()) {
            float id = segments.get(i)[4];
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            boolean box = true;
            for (; i < segments.size() && segments.get(i)[4] == id; i++) {
                float[] s = segments.get(i);
                box &= Math.abs(s[0] - s[2]) < 0.01f || Math.abs(s[1] - s[3]) < 0.01f; // a slanted edge: no box
                x0 = Math.min(x0, Math.min(s[0], s[2]));
                x1 = Math.max(x1, Math.max(s[0], s[2]));
                y0 = Math.min(y0, Math.min(s[1], s[3]));
                y1 = Math.max(y1, Math.max(s[1], s[3]));
            }
            if (box) {
                fill(x0, y0, x1, y1);
            }
        }
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
        curved = false;
    }
}
