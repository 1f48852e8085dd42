#!/usr/bin/env bash
# Makes the PDF fixtures under src/test/resources/samples/pdf from the sample DOCX files, as an office would print
# them: LibreOffice's PDF export, on A3 landscape so the wide task tables fit the page (on A4 portrait they run off
# its right edge, a case of its own that the reader warns about). The PDFs are committed, so the tests and CI need
# no LibreOffice; run this again only to remake them (needs soffice, python3 and a Chinese font: without one
# LibreOffice prints every Chinese character as an empty box, e.g. apt-get install fonts-wqy-microhei).
set -euo pipefail
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "no Chinese font is installed: the PDFs would hold empty boxes (apt-get install fonts-wqy-microhei)" >&2
  exit 1
fi
cd "$(dirname "$0")/.."
out=src/test/resources/samples/pdf
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for name in wenshang-2025-task-breakdown zhoucun-2025-task-breakdown; do
  # Every section's page size becomes A3 landscape (420 x 297 mm in twips); margins and content are unchanged.
  python3 - "src/test/resources/samples/$name.docx" "$work/$name.docx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            xml = data.decode("utf-8")
            xml, n = re.subn(r"<w:pgSz\b[^>]*/>", '<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"/>', xml)
            if n == 0:
                sys.exit(f"{src}: no w:pgSz to rewrite")
            data = xml.encode("utf-8")
        zout.writestr(item, data)
PY
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'pdf:writer_pdf_Export' --outdir "$work" "$work/$name.docx" >/dev/null
  cp "$work/$name.pdf" "$out/$name.pdf"
  echo "made $out/$name.pdf"
done
