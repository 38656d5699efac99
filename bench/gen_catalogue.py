#!/usr/bin/env python3
"""Writes a CSV catalogue of N generated entries (default 100000) for the benchmarks: ITU-T
Recommendations, ISO/IEC standards, IETF RFCs, 3GPP specifications, W3C and IEEE documents, in
the shapes the real catalogues hold, with the topics of FG-MV-LS1."""
import csv
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
out = sys.argv[2] if len(sys.argv) > 2 else "catalogue.csv"
topics = ["Media codec", "Cloud computing", "Blockchain", "Digital twins", "Security", "Accessibility"]
lifecycles = ["published", "in-development", "withdrawn", "superseded", "proposed"]
families = [
    (lambda i: f"ITU-T H.{200 + i % 800}.{i // 800}", "ITU-T SG16"),
    (lambda i: f"ISO/IEC {20000 + i % 9000}-{1 + i // 9000}:20{10 + i % 15}", "ISO/IEC JTC 1/SC 29"),
    (lambda i: f"RFC {1000 + i}", "IETF"),
    (lambda i: f"3GPP TS {21 + i % 18}.{100 + (i // 18) % 900}", "3GPP SA4"),
    (lambda i: f"IEEE {1000 + i % 3000}.{i // 3000}", "IEEE"),
]
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["identifier", "title", "body", "lifecycle", "date", "topics"])
    for i in range(n):
        make, body = families[i % len(families)]
        k = i // len(families)
        w.writerow([
            make(k),
            f"Generated specification {i} on {topics[i % len(topics)].lower()} for immersive services",
            body,
            lifecycles[i % len(lifecycles)],
            f"20{10 + i % 15}-{1 + i % 12:02d}-01",
            topics[i % len(topics)],
        ])
