package io.planextract.read.ofd;

import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Reads an OFD file (GB/T 33190, the format of official electronic documents): {@code OFD.xml} names the document,
 * its {@code Document.xml} lists the pages, and each page's {@code Content.xml} places characters
 * ({@code TextObject}/{@code TextCode}) and draws lines ({@code PathObject}). Tables are rebuilt from their ruling
 * lines ({@link RuledGrids}), merged cells from the rules that are missing, the text outside tables into paragraphs
 * in reading order ({@link PageLayout}, {@link PageFlow}). Seals, signatures and annotations are separate parts
 * and are never opened; fonts are not needed, since {@code TextCode} holds the characters themselves. Composite
 * objects are read through the graphic units of the resources they refer to.
 *
 * <p>Not ofdrw: its reader unpacks the whole package into a temporary folder, brings in BouncyCastle and dom4j for
 * signatures this reader ignores, and guards against zip bombs with a process-wide static size; the parts needed
 * here are a few XML files read with the DOCX reader's guards.
 */
public final class OfdReader implements DocumentReader {
    /** Objects on one page beyond this are a drawing, not a notice; the rest of the page is left out. */
    static final int MAX_OBJECTS_PER_PAGE = 200_000;
    /** A4 portrait (mm), GB/T 33190's page when the file states none. */
    private static final double[] A4 = {0, 0, 210, 297};

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        try (OfdPackage pkg = OfdPackage.open(content, limits)) {
            return read(pkg, limits);
        } catch (StackOverflowError | RuntimeException e) {
            throw new ReadException("this OFD file is damaged and cannot be read", e);
        }
    }

    private static Document read(OfdPackage pkg, ReadLimits limits) throws ReadException {
        List<Warning> warnings = new ArrayList<>();
        Element ofd = pkg.xml("OFD.xml");
        List<Element> bodies = OfdXml.children(ofd, "DocBody");
        String docPath = bodies.stream().map(b -> OfdXml.child(b, "DocRoot")).flatMap(Optional::stream)
                .map(OfdXml::text).map(String::strip).filter(s -> !s.isEmpty()).findFirst()
                .map(loc -> OfdPackage.resolve("OFD.xml", loc))
                .orElseThrow(() -> new ReadException("this OFD file is damaged: OFD.xml names no document (DocRoot)"));
        if (bodies.size() > 1) {
            warnings.add(WarningCode.OFD_DOCUMENTS.at(Origin.none(), bodies.size()));
        }
        Element doc = pkg.xml(docPath);
        Optional<Element> common = OfdXml.child(doc, "CommonData");
        double[] defaultBox = common.flatMap(c -> OfdXml.path(c, "PageArea", "PhysicalBox"))
                .map(e -> OfdXml.numbers(OfdXml.text(e))).filter(b -> b.length == 4).orElse(A4);
        Map<String, String> templates = new HashMap<>();
        common.ifPresent(c -> {
            for (Element t : OfdXml.children(c, "TemplatePage")) {
                OfdXml.attribute(t, "ID").ifPresent(id -> OfdXml.attribute(t, "BaseLoc")
                        .ifPresent(loc -> templates.put(id, OfdPackage.resolve(docPath, loc))));
            }
        });
        Map<String, Element> units = compositeUnits(pkg, docPath, common, warnings);
        List<Element> pages = OfdXml.path(doc, "Pages").map(p -> OfdXml.children(p, "Page")).orElse(List.of());
        if (pages.isEmpty()) {
            throw new ReadException("this OFD file has no pages");
        }
        if (pages.size() > limits.maxPages()) {
            throw new ReadException("this OFD file has " + pages.size() + " pages; plan-extract reads files up to "
                    + limits.maxPages() + " pages");
        }
        List<PageLayout.Page> laidOut = new ArrayList<>();
        int read = 0;
        int glyphs = 0;
        String firstMissing = null;
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            Optional<String> loc = OfdXml.attribute(pages.get(i), "BaseLoc");
            if (loc.isEmpty()) {
                warnings.add(WarningCode.OFD_MISSING_PART.at(Origin.none(), "第 " + number + " 页的内容位置（BaseLoc）",
                        "该页未读取"));
                continue;
            }
            String path = OfdPackage.resolve(docPath, loc.get());
            PageContent page;
            try {
                page = page(pkg, path, number, defaultBox, templates, units, warnings);
            } catch (OfdPackage.MissingPart missing) {
                firstMissing = firstMissing == null ? missing.path() : firstMissing;
                warnings.add(WarningCode.OFD_MISSING_PART.at(Origin.none(), "第 " + number + " 页（" + missing.path() + "）",
                        "该页未读取"));
                continue;
            }
            read++;
            glyphs += page.glyphs().size();
            laidOut.add(PageLayout.of(page));
        }
        if (read == 0) {
            throw new ReadException("this OFD file is damaged: none of its " + pages.size() + " pages is in it"
                    + (firstMissing == null ? "" : " (" + firstMissing + " is missing)"));
        }
        if (glyphs == 0 && warnings.stream().anyMatch(w -> w.code().equals("ofd-composite-objects"))) {
            throw new ReadException("this OFD file draws its pages as composite objects (CompositeObject) whose"
                    + " graphic units are missing from it, so it holds no text to read");
        }
        if (glyphs == 0 && warnings.stream().anyMatch(w -> w.code().equals("ofd-unmapped-text"))) {
            throw new ReadException("this OFD file's text is drawn in fonts that give no Unicode for it, so none of"
                    + " it can be read; export the notice again from its source (DOCX or WPS)");
        }
        if (glyphs == 0) {
            throw new ReadException("this OFD file holds no text, only images: 扫描件，需要先做文字识别 (OCR)");
        }
        PageFlow flow = new PageFlow(limits);
        for (PageLayout.Page p : PageFlow.withSharedMargins(laidOut)) {
            flow.add(p);
        }
        return new Document(Format.OFD, flow.finish(), warnings);
    }

    /**
     * The composite graphic units of the document's resources ({@code PublicRes}, {@code DocumentRes}) by ID: some
     * PDF-to-OFD converters draw a whole page as one unit. A resource part that is missing is a warning.
     */
    private static Map<String, Element> compositeUnits(OfdPackage pkg, String docPath, Optional<Element> common,
            List<Warning> warnings) throws ReadException {
        Map<String, Element> units = new HashMap<>();
        if (common.isEmpty()) {
            return units;
        }
        List<Element> refs = new ArrayList<>(OfdXml.children(common.get(), "DocumentRes"));
        refs.addAll(OfdXml.children(common.get(), "PublicRes"));
        for (Element ref : refs) {
            String loc = OfdXml.text(ref).strip();
            if (loc.isEmpty()) {
                continue;
            }
            String where = OfdPackage.resolve(docPath, loc);
            Element res;
            try {
                res = pkg.xml(where);
            } catch (OfdPackage.MissingPart missing) {
                warnings.add(WarningCode.OFD_MISSING_PART.at(Origin.none(), "资源文件 " + where,
                        "其中的字体、图片和图元未读取"));
                continue;
            }
            for (Element list : OfdXml.children(res, "CompositeGraphicUnits")) {
                for (Element unit : OfdXml.children(list, "CompositeGraphicUnit")) {
                    OfdXml.attribute(unit, "ID").ifPresent(id -> units.putIfAbsent(id, unit));
                }
            }
        }
        return units;
    }

    private static PageContent page(OfdPackage pkg, String path, int number, double[] defaultBox,
            Map<String, String> templates, Map<String, Element> units, List<Warning> warnings)
            throws ReadException {
        Element page = pkg.xml(path);
        PageObjects objects = new PageObjects(MAX_OBJECTS_PER_PAGE, units);
        // a template (a letterhead, a running header) is drawn under the page's own content
        for (Element t : OfdXml.children(page, "Template")) {
            String where = OfdXml.attribute(t, "TemplateID").map(templates::get).orElse(null);
            if (where == null) {
                continue;
            }
            try {
                objects.addPage(pkg.xml(where));
            } catch (OfdPackage.MissingPart missing) {
                warnings.add(WarningCode.OFD_MISSING_PART.at(Origin.none(), "第 " + number + " 页使用的模板 " + where,
                        "该页未套用模板读取"));
            }
        }
        objects.addPage(page);
        if (objects.composites() > 0) {
            warnings.add(WarningCode.OFD_COMPOSITE_OBJECTS.at(Origin.none(), number, objects.composites()));
        }
        if (objects.unmapped() > 0) {
            warnings.add(WarningCode.OFD_UNMAPPED_TEXT.at(Origin.none(), number, objects.unmapped()));
        }
        if (objects.truncated()) {
            warnings.add(WarningCode.OFD_PAGE_TRUNCATED.at(Origin.none(), number, MAX_OBJECTS_PER_PAGE, PageObjects.MAX_GLYPHS));
        }
        double[] box = OfdXml.path(page, "Area", "PhysicalBox").map(e -> OfdXml.numbers(OfdXml.text(e)))
                .filter(b -> b.length == 4).orElse(defaultBox);
        return new PageContent(number, box[2], box[3], objects.glyphs(), objects.segments());
    }
}
