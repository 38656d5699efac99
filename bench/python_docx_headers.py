#!/usr/bin/env python3
"""The baseline for BENCHMARKS.md: python-docx extracting the same header fields from the same
.docx files as liaise reads (document number, source, title, recipient lists, deadline, contacts),
one process, one core.

    pip install python-docx==1.2.0
    taskset -c 0 cargo bench -p liaise-app --bench import -- 1000 --keep /tmp/liaise-bench
    taskset -c 0 python3 bench/python_docx_headers.py /tmp/liaise-bench/docx /tmp/liaise-bench/docx-3gpp

It only finds labels and takes the cell or text after them; it does not expand recipient lists,
resolve bodies, read the body, or store anything, so it does strictly less than liaise.
"""

import re
import sys
import time
from pathlib import Path

import docx

LABELS = {
    "source": ("source:",),
    "title": ("title:",),
    "for_action": ("for action to:", "to:"),
    "for_information": ("for information to:", "cc:"),
    "deadline": ("deadline:",),
    "contact": ("contact:", "name:"),
    "email": ("e-mail:", "e-mail address:"),
}
DOC_NUMBER = re.compile(r"^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-LS\d+|[SRCG][1-6P]-\d{6,7})$")


def label_of(text):
    t = text.strip().lower()
    for field, spellings in LABELS.items():
        for s in spellings:
            if t.startswith(s):
                return field, text.strip()[len(s):].strip()
    return None, None


def headers(path):
    d = docx.Document(path)
    found = {}
    # The ITU layout: label cells in header tables, the value in the next cells of the row.
    for table in d.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            for i, text in enumerate(cells):
                if "doc_number" not in found:
                    for line in text.splitlines():
                        if DOC_NUMBER.match(line.strip()):
                            found["doc_number"] = line.strip()
                field, rest = label_of(text)
                if field:
                    value = rest or " ".join(c for c in cells[i + 1:] if c.strip() and c != text)
                    found.setdefault(field, value)
    # The 3GPP template: "Label:<tab>value" paragraphs; the TDoc number on the first line.
    for p in d.paragraphs:
        text = p.text
        if "doc_number" not in found:
            for part in text.split("\t"):
                if DOC_NUMBER.match(part.strip()):
                    found["doc_number"] = part.strip()
        field, rest = label_of(text)
        if field:
            found.setdefault(field, rest)
    return found


def main(folders):
    for folder in folders:
        files = sorted(Path(folder).glob("*.docx"))
        if not files:
            print(f"{folder}: no .docx files")
            continue
        start = time.perf_counter()
        missing = 0
        for f in files:
            h = headers(f)
            if not all(k in h for k in ("doc_number", "source", "title", "for_action")):
                missing += 1
        secs = time.perf_counter() - start
        print(f"{folder}: {len(files) / secs:8.0f} documents/s ({len(files)} in {secs:.2f} s), "
              f"{missing} without all of number, source, title, recipients")


if __name__ == "__main__":
    main(sys.argv[1:] or ["."])
