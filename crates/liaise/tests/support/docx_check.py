#!/usr/bin/env python3
"""python-docx, a reader other than liaise's, on the .docx files liaise writes (issue 14).

    docx_check.py read FILE.docx      prints JSON: the header fields (label -> value, as a person
                                      reads the tables), paragraphs, style names, header texts
                                      and the number of pictures in the headers
    docx_check.py template OUT.docx   writes a group template of our own: another font and
                                      style, a logo and {{doc_number}} in the page header
"""

import json
import struct
import sys
import zlib

import docx
from docx.shared import Pt, RGBColor


def png(width, height, rgb):
    """A plain PNG of one colour, made here so the test needs no image file."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def read(path):
    d = docx.Document(path)
    fields = {}
    for table in d.tables:
        for row in table.rows:
            cells = []
            for c in row.cells:
                if not cells or c._tc is not cells[-1]._tc:
                    cells.append(c)
            texts = [c.text.strip() for c in cells]
            for i, t in enumerate(texts[:-1]):
                if t.endswith(":") and t[:-1] and texts[i + 1]:
                    fields.setdefault(t[:-1], []).append(texts[i + 1])
    header_texts, images = [], 0
    for s in d.sections:
        header_texts.append(s.header.paragraphs[0].text if s.header.paragraphs else "")
        images += sum(1 for r in s.header.part.rels.values() if "image" in r.reltype)
    out = {
        "fields": fields,
        "paragraphs": [p.text for p in d.paragraphs],
        "paragraph_styles": sorted({p.style.name for p in d.paragraphs if p.style is not None}),
        "styles": sorted(s.name for s in d.styles),
        "header_texts": header_texts,
        "header_images": images,
        "tables": len(d.tables),
    }
    print(json.dumps(out, ensure_ascii=False))


def template(path):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    custom = d.styles.add_style("Group Note", 1)
    custom.font.color.rgb = RGBColor(0x00, 0x66, 0x99)
    header = d.sections[0].header.paragraphs[0]
    header.text = "Our group  {{doc_number}}  "
    logo = "/tmp/liaise-test-logo.png"
    with open(logo, "wb") as f:
        f.write(png(40, 20, (0, 102, 153)))
    header.add_run().add_picture(logo)
    d.add_paragraph("A paragraph of the template that liaise replaces.")
    d.save(path)


if __name__ == "__main__":
    {"read": read, "template": template}[sys.argv[1]](sys.argv[2])
