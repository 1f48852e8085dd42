package io.planextract.read.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small OFD files for tests, the way OFD writers lay them out: {@code OFD.xml}, {@code Doc_0/Document.xml},
 * a font in {@code PublicRes.xml}, one {@code Content.xml} per page with a {@code TextObject} per line of text
 * (characters placed by {@code DeltaX}) and a {@code PathObject} per drawn rule; optionally a signature with its
 * seal, which a reader must ignore.
 */
final class OfdBuilder {
    private final List<Page> pages = new ArrayList<>();
    private final Set<Integer> omitted = new HashSet<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private boolean seal;

    /** A new page of the given size (mm). */
    Page page(double width, double height) {
        Page p = new Page(width, height);
        pages.add(p);
        return p;
    }

    /** Leaves page {@code number}'s Content.xml out of the package, though Document.xml still lists it. */
    OfdBuilder omitPage(int number) {
        omitted.add(number);
        return this;
    }

    /** Adds a signature with a seal picture and its stamp annotation, as signed notices carry. */
    OfdBuilder sealed() {
        seal = true;
        return this;
    }

    /** Adds any other entry to the package. */
    OfdBuilder entry(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    static final class Page {
        final double width;
        final double height;
        final StringBuilder objects = new StringBuilder();
        private int nextId = 100;

        Page(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** One line of text whose baseline starts at (x, y); CJK characters a font size wide, Latin half that. */
        Page text(double x, double y, double size, String text) {
            if (text.isEmpty()) {
                return this;
            }
            StringBuilder deltas = new StringBuilder();
            double width = 0;
            int n = text.codePointCount(0, text.length());
            int i = 0;
            for (int off = 0; off < text.length(); i++) {
                int cp = text.codePointAt(off);
                off += Character.charCount(cp);
                double w = advance(cp, size);
                width += w;
                if (i < n - 1) {
                    deltas.append(deltas.length() == 0 ? "" : " ").append(num(w));
                }
            }
            objects.append(String.format(Locale.ROOT,
                    "<ofd:TextObject ID=\"%d\" Boundary=\"%s %s %s %s\" Font=\"3\" Size=\"%s\">"
                            + "<ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"0\" Y=\"%s\"%s>%s</ofd:TextCode>"
                            + "</ofd:TextObject>\n",
                    nextId++, num(x), num(y - size), num(width), num(size * 1.3), num(size), num(size),
                    deltas.length() == 0 ? "" : " DeltaX=\"" + compress(deltas.toString()) + "\"", escape(text)));
            return this;
        }

        /** A stroked straight rule from (x1, y1) to (x2, y2). */
        Page line(double x1, double y1, double x2, double y2) {
            double minX = Math.min(x1, x2);
            double minY = Math.min(y1, y2);
            objects.append(String.format(Locale.ROOT,
                    "<ofd:PathObject ID=\"%d\" Boundary=\"%s %s %s %s\" LineWidth=\"0.25\">"
                            + "<ofd:AbbreviatedData>M %s %s L %s %s</ofd:AbbreviatedData></ofd:PathObject>\n",
                    nextId++, num(minX), num(minY), num(Math.abs(x2 - x1) + 0.5), num(Math.abs(y2 - y1) + 0.5),
                    num(x1 - minX), num(y1 - minY), num(x2 - minX), num(y2 - minY)));
            return this;
        }

        /** Any page object, written as is. */
        Page raw(String xml) {
            objects.append(xml).append('\n');
            return this;
        }
    }

    static double advance(int cp, double size) {
        return cp < 0x2E80 ? size / 2 : size;
    }

    byte[] build() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "OFD.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
                    <ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID><ofd:Creator>plan-extract tests</ofd:Creator>
                    </ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>%s</ofd:DocBody></ofd:OFD>
                    """.formatted(seal ? "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" : ""));
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < pages.size(); i++) {
                list.append("<ofd:Page ID=\"").append(10 + i).append("\" BaseLoc=\"Pages/Page_").append(i)
                        .append("/Content.xml\"/>");
            }
            Page first = pages.isEmpty() ? new Page(210, 297) : pages.get(0);
            put(zip, "Doc_0/Document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData>
                    <ofd:MaxUnitID>999999</ofd:MaxUnitID>
                    <ofd:PageArea><ofd:PhysicalBox>0 0 %s %s</ofd:PhysicalBox></ofd:PageArea>
                    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>
                    <ofd:Pages>%s</ofd:Pages>%s</ofd:Document>
                    """.formatted(num(first.width), num(first.height), list,
                    seal ? "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>" : ""));
            put(zip, "Doc_0/PublicRes.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts>
                    <ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>
                    """);
            for (int i = 0; i < pages.size(); i++) {
                if (omitted.contains(i + 1)) {
                    continue;
                }
                Page p = pages.get(i);
                put(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">
                        <ofd:Area><ofd:PhysicalBox>0 0 %s %s</ofd:PhysicalBox></ofd:Area>
                        <ofd:Content><ofd:Layer ID="%d" Type="Body">
                        %s</ofd:Layer></ofd:Content></ofd:Page>
                        """.formatted(num(p.width), num(p.height), 50 + i, p.objects));
            }
            if (seal) {
                put(zip, "Doc_0/Signs/Signatures.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Signature ID="1" Type="Seal"
                        BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>
                        """);
                put(zip, "Doc_0/Signs/Sign_0/Signature.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ofd:Signature xmlns:ofd="http://www.ofdspec.org/2016"><ofd:SignedInfo><ofd:Seal>
                        <ofd:BaseLoc>Seal.esl</ofd:BaseLoc></ofd:Seal><ofd:StampAnnot ID="1" PageRef="10"
                        Boundary="150 230 40 40"/></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue>
                        </ofd:Signature>
                        """);
                put(zip, "Doc_0/Signs/Sign_0/Seal.esl", new byte[] {0x30, (byte) 0x82, 0x01, 0x00});
                put(zip, "Doc_0/Signs/Sign_0/SignedValue.dat", new byte[] {0x30, (byte) 0x82, 0x02, 0x00});
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        put(zip, name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(315532800000L); // fixed: the same document gives the same bytes
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    /** Runs of one distance written {@code g N d}, as OFD writers do for evenly set Chinese text. */
    static String compress(String deltas) {
        String[] d = deltas.split(" ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < d.length) {
            int j = i;
            while (j < d.length && d[j].equals(d[i])) {
                j++;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(j - i > 2 ? "g " + (j - i) + " " + d[i] : String.join(" ", List.of(d).subList(i, j)));
            i = j;
        }
        return out.toString();
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
