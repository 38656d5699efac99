#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 seconds each), seeded with the test corpus.
#   cargo install cargo-fuzz        # once
#   fuzz/run.sh [SECONDS] [TARGET...]
# Needs the nightly toolchain (`rustup toolchain install nightly`), as cargo-fuzz does.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(read_any read_docx_xml read_text read_html recipients dates identifiers relaton read_mail read_pdf_text read_generic)

seed() {
  local dir="corpus/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -f "$f" "$dir/" ; done
}
seed read_any ../testdata/ls/*/*.{txt,docx,html} ../testdata/bad/*.docx ../crates/liaise-app/demo/*.txt
seed read_text ../testdata/ls/*/*.txt ../crates/liaise-app/demo/*.txt
seed read_html ../testdata/ls/ietf/*.html
seed read_mail ../testdata/mail/*.eml ../testdata/mail/*.mbox
seed read_generic ../testdata/wild/*/*.txt ../testdata/wild/*/*.md
seed read_pdf_text ../testdata/wild/itu/*.txt
if command -v pdftotext >/dev/null && [ -f ../target/test-artifacts/fg-mv-ls1-libreoffice.pdf ]; then
  pdftotext -layout ../target/test-artifacts/fg-mv-ls1-libreoffice.pdf corpus/read_pdf_text/fg-mv-ls1.txt
fi
if command -v unzip >/dev/null; then
  mkdir -p corpus/read_docx_xml
  for d in ../testdata/ls/*/*.docx; do unzip -p "$d" word/document.xml > "corpus/read_docx_xml/$(basename "$d").xml"; done
else
  python3 - <<'PY'
import zipfile, glob, os
os.makedirs("corpus/read_docx_xml", exist_ok=True)
for d in glob.glob("../testdata/ls/*/*.docx"):
    open("corpus/read_docx_xml/" + os.path.basename(d) + ".xml", "wb").write(zipfile.ZipFile(d).read("word/document.xml"))
PY
fi
seed relaton ../../shared/catalogue/relaton-sample/*/*.yaml
mkdir -p corpus/identifiers
printf 'ITU-T H.266 (04/2022)' > corpus/identifiers/itu
printf 'ISO/IEC 23090-3:2022/Amd 1:2023' > corpus/identifiers/iso
printf '3GPP TR 26.998 V18.1.0 and RFC 9110, draft-ietf-quic-http-34, ETSI GS ARF 003, IEEE 2888.1' > corpus/identifiers/text
printf 'W3C WebXR Device API' > corpus/identifiers/w3c
mkdir -p corpus/recipients corpus/dates
printf 'ITU-T SGs 2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, and TSAG; ITU-D SGs 1, 2; ITU-R SG6' > corpus/recipients/itu
printf 'All SDOs\n(especially ITU-R SG5, IEC, ISO, JTC1' > corpus/recipients/especially
printf 'IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC, ' > corpus/recipients/jtc1
printf 'Riyadh, 8–9 March 2023' > corpus/dates/range
printf '28 Feb. – 3 March 2023; January 27, 2006; 24.05.2013; 2023-06-30 to 2023-07-02' > corpus/dates/forms

for t in "${targets[@]}"; do
  echo "== $t for ${seconds}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=200000 2>&1 | tail -n 3
done
