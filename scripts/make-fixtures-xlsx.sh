#!/usr/bin/env bash
# Makes the workbook fixtures of the round-trip tests from the shared DOCX samples, with LibreOffice:
#   src/test/resources/samples/xlsx/NAME.xlsx and src/test/resources/samples/xls/NAME.xls
# LibreOffice cannot convert a Writer document to a spreadsheet directly ("no export filter"), so each DOCX goes
# through HTML: Writer saves it as HTML (its tables with rowspan/colspan), Calc opens that HTML ("HTML (StarCalc)")
# and saves it as XLSX, then the XLSX as XLS (BIFF8). Calc puts every paragraph of the notice in a row merged across
# the table's columns and the table below with its merges, as a clerk pasting a notice into Excel would.
# The outputs are committed, so the tests need no LibreOffice. Made with LibreOffice 7.4.
# usage: scripts/make-fixtures-xlsx.sh [SAMPLES_DIR (src/test/resources/samples)]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
samples=${1:-$root/src/test/resources/samples}
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is needed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a profile of our own, so a LibreOffice already running (or another run of this script) does not get in the way
lo=(soffice "-env:UserInstallation=file://$work/profile" --headless)
mkdir -p "$root/src/test/resources/samples/xlsx" "$root/src/test/resources/samples/xls"
for name in zhoucun-2025-task-breakdown wenshang-2025-task-breakdown; do
  cp "$samples/$name.docx" "$work/$name.docx"
  "${lo[@]}" --convert-to html --outdir "$work" "$work/$name.docx" >/dev/null
  "${lo[@]}" --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$work" "$work/$name.html" >/dev/null
  "${lo[@]}" --convert-to xls --outdir "$work" "$work/$name.xlsx" >/dev/null
  cp "$work/$name.xlsx" "$root/src/test/resources/samples/xlsx/$name.xlsx"
  cp "$work/$name.xls" "$root/src/test/resources/samples/xls/$name.xls"
  echo "made samples/xlsx/$name.xlsx and samples/xls/$name.xls"
done
