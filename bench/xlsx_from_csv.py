#!/usr/bin/env python3
"""Saves a CSV export as an Excel workbook (.xlsx) the way Excel and Microsoft Forms write one, with nothing but
Python's standard library: text in the shared strings table, numbers typed as numbers, and times such as
"10/5/26 12:18:45" (Microsoft Forms) or "2026-10-05 12:18:45" as date serials with a date-and-time style.

Usage: xlsx_from_csv.py INPUT.csv OUTPUT.xlsx [SHEET NAME] [DELIMITER]
(default sheet name Sheet1; default delimiter: the one of , ; tab that splits the header into most fields)"""
import csv
import datetime
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NUMBER = re.compile(r"^-?(0|[1-9][0-9]{0,14})(\.[0-9]*[1-9])?$")
TIMES = [(re.compile(r"^\d{1,2}/\d{1,2}/\d{2} \d{1,2}:\d{2}:\d{2}$"), "%m/%d/%y %H:%M:%S"),
         (re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"), "%Y-%m-%d %H:%M:%S")]
EPOCH = datetime.datetime(1899, 12, 30)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def xml_text(text):
    """Text as Excel writes it in XML: control characters (a carriage return too) as _xHHHH_ escapes."""
    return escape(CONTROL.sub(lambda m: "_x%04X_" % ord(m.group(0)), text))


def serial(text):
    for pattern, form in TIMES:
        if pattern.match(text):
            delta = datetime.datetime.strptime(text, form) - EPOCH
            return "%.10g" % (delta.days + delta.seconds / 86400)
    return None


def main():
    source, target = sys.argv[1], sys.argv[2]
    sheet = sys.argv[3] if len(sys.argv) > 3 else "Sheet1"
    with open(source, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    header = text.split("\n", 1)[0]
    delimiter = sys.argv[4] if len(sys.argv) > 4 else max([",", ";", "\t"], key=header.count)
    strings, string_index, rows = [], {}, []
    for r, record in enumerate(csv.reader(text.splitlines(keepends=True), delimiter=delimiter), start=1):
        cells = []
        for c, value in enumerate(record):
            ref = column_name(c) + str(r)
            if value == "":
                continue
            when = serial(value)
            if when is not None:
                cells.append('<c r="%s" s="1"><v>%s</v></c>' % (ref, when))
            elif NUMBER.match(value):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            else:
                if value not in string_index:
                    string_index[value] = len(strings)
                    strings.append(value)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, string_index[value]))
        rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    write(target, sheet, strings, rows)


def write(target, sheet, strings, rows):
    main_ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel_ns,
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s xmlns:r="%s"><workbookPr/>'
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (main_ns, rel_ns, escape(sheet, {'"': "&quot;"})),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (rel_ns, rel_ns, rel_ns),
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s>'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>' % main_ns,
        "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
        % (main_ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % xml_text(s) for s in strings)),
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 29, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", (2026, 11, 29, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as sheet_part:
            sheet_part.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>' % main_ns).encode())
            for row in rows:
                sheet_part.write(row.encode("utf-8"))
            sheet_part.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    main()
