//! Statements that arrive as PDF, as Word 97-2003 .doc or as .odt: LibreOffice (installed by the
//! test set-up) makes each from the ITU-layout .docx of FG-MV-LS1, and each imports to the record the
//! .docx gives. A PDF without text and a missing converter get clear messages.

use super::{Env, repo, s};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn have(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok()
}

/// Converts the fixture with LibreOffice into `dir`, returning the new file.
fn libreoffice(docx: &Path, to: &str, dir: &Path) -> PathBuf {
    let out = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(docx)
        .output()
        .expect("soffice runs");
    assert!(out.status.success(), "soffice: {}", String::from_utf8_lossy(&out.stderr));
    let stem = docx.file_stem().and_then(|s| s.to_str()).expect("a file name");
    dir.join(format!("{stem}.{}", to.split(':').next().unwrap_or(to)))
}

/// What a statement reads to, without what differs by file (ids, times, file names) and with
/// the body's spacing and table marks folded.
fn imported(file: &Path) -> Value {
    let env = Env::new();
    let run = env.run(&["import", s(file)]);
    assert!(run.ok(), "{}: {}{}", file.display(), run.stdout(), run.stderr());
    assert!(run.stdout().contains("created"), "{}", run.stdout());
    let mut v = env.json(&["ls", "show", "1"]);
    let obj = v.as_object_mut().expect("an object");
    for k in ["created_at", "updated_at", "files", "actions", "names", "id"] {
        obj.remove(k);
    }
    for key in ["body", "abstract"] {
        let text = obj.get(key).and_then(Value::as_str).unwrap_or("").to_string();
        let folded: Vec<&str> = text.split_whitespace().filter(|w| *w != "/" && *w != "|").collect();
        obj.insert(key.into(), Value::from(folded.join(" ")));
    }
    if let Some(topics) = obj.get_mut("topics").and_then(Value::as_array_mut) {
        for t in topics {
            if let Some(t) = t.as_object_mut() {
                t.remove("related_as_written");
            }
        }
    }
    v
}

fn compare(a: &Value, b: &Value, what: &str) {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else { panic!("objects") };
    let differ: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("{k}: {} / {}", a.get(k).unwrap_or(&Value::Null), b.get(k).unwrap_or(&Value::Null)))
        .collect();
    assert!(differ.is_empty(), "{what} differs from the .docx:\n{}", differ.join("\n"));
}

#[test]
fn the_pdf_and_the_doc_libreoffice_makes_import_to_the_record_of_the_docx() {
    if !have("soffice") || !have("pdftotext") {
        println!("SKIPPED: LibreOffice (soffice) or pdftotext is not installed; ./scripts/test installs them");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let docx = dir.path().join("fg-mv-ls1.docx");
    std::fs::copy(repo("testdata/ls/itu/fg-mv-ls1.docx"), &docx).expect("copy");
    let pdf = libreoffice(&docx, "pdf", dir.path());
    let doc = libreoffice(&docx, "doc:MS Word 97", dir.path());
    let from_docx = imported(&docx);
    assert_eq!(from_docx["for_action"].as_array().map(Vec::len), Some(38));
    compare(&imported(&pdf), &from_docx, "the PDF");
    compare(&imported(&doc), &from_docx, "the .doc");
    let odt = libreoffice(&docx, "odt", dir.path());
    compare(&imported(&odt), &from_docx, "the .odt");
    // The 3GPP template too: its Actions section decides who must act.
    let tgpp = dir.path().join("s4-231450.docx");
    std::fs::copy(repo("testdata/ls/3gpp/s4-231450.docx"), &tgpp).expect("copy");
    let tgpp_pdf = libreoffice(&tgpp, "pdf", dir.path());
    let mut from_tgpp = imported(&tgpp);
    assert_eq!(from_tgpp["for_action"].as_array().map(Vec::len), Some(2));
    let mut from_tgpp_pdf = imported(&tgpp_pdf);
    // Known difference: the little table of next meetings at the end comes out of the PDF
    // cell by cell (and one wrapped cell lands in its neighbour), so it and the body that holds
    // it are left out of this comparison; every header field, action and request is compared.
    for v in [&mut from_tgpp, &mut from_tgpp_pdf] {
        if let Some(o) = v.as_object_mut() {
            o.remove("next_meetings");
            o.remove("body");
        }
    }
    compare(&from_tgpp_pdf, &from_tgpp, "the 3GPP PDF");
    // PDF and page 1 kept as artifacts.
    let artifacts = repo("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("artifacts folder");
    std::fs::copy(&pdf, artifacts.join("fg-mv-ls1-libreoffice.pdf")).expect("copy");
}

/// A PDF from another engine than LibreOffice's: Chromium prints the statement's HTML, and its
/// table cells touch their neighbours with one space where LibreOffice leaves a gap (issue 23,
/// item 7: "the seed as PDF loses its for-action list and its topic table"). The lists and the
/// topic table read as the .docx's.
#[test]
fn a_pdf_printed_by_chromium_reads_the_lists_and_the_topic_table_of_the_docx() {
    if !have("soffice") || !have("pdftotext") || !have("chromium") {
        println!("SKIPPED: LibreOffice, pdftotext or Chromium is not installed; ./scripts/test installs them");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let docx = dir.path().join("fg-mv-ls1.docx");
    std::fs::copy(repo("testdata/ls/itu/fg-mv-ls1.docx"), &docx).expect("copy");
    let html = libreoffice(&docx, "html", dir.path());
    let pdf = dir.path().join("fg-mv-ls1-chromium.pdf");
    let out = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", dir.path().join("chromium").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(pdf.exists(), "chromium made no PDF: {}", String::from_utf8_lossy(&out.stderr));
    let from_docx = imported(&docx);
    let from_pdf = imported(&pdf);
    for key in ["for_action", "for_comment", "for_information", "deadline", "title", "doc_number", "source", "topics"] {
        assert_eq!(from_pdf[key], from_docx[key], "{key} of the Chromium PDF differs from the .docx");
    }
    let artifacts = repo("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("artifacts folder");
    std::fs::copy(&pdf, artifacts.join("fg-mv-ls1-chromium.pdf")).expect("copy");
}

/// A PDF whose page holds no text, as a scan is.
const EMPTY_PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[test]
fn a_pdf_without_text_and_a_missing_converter_say_so() {
    let env = Env::new();
    let scan = env.path("scan.pdf");
    std::fs::write(&scan, EMPTY_PDF).expect("write");
    if have("pdftotext") {
        let run = env.run(&["import", s(&scan)]);
        assert_eq!(run.code(), Some(1));
        assert!(run.stderr().contains("no text layer"), "{}", run.stderr());
    } else {
        println!("SKIPPED (first half): pdftotext is not installed; ./scripts/test installs it");
    }
    // With no converter on the PATH, the message names the package to install.
    let empty = env.path("no-tools");
    std::fs::create_dir(&empty).expect("folder");
    let run = super::Run(env.command(&["import", s(&scan)]).env("PATH", &empty).output().expect("liaise runs"));
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("apt-get install poppler-utils"), "{}", run.stderr());
    let doc = env.path("old.doc");
    std::fs::write(&doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).expect("write");
    let run = super::Run(env.command(&["import", s(&doc)]).env("PATH", &empty).output().expect("liaise runs"));
    assert!(run.stderr().contains("libreoffice-writer-nogui"), "{}", run.stderr());
}
