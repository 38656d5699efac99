//! Reading rates of the readers added for statements as they arrive (issue 10): the wild
//! fixtures (every layout of LAYOUTS.md), the text of a PDF (`pdftotext -layout` output, read by
//! `liaise_read::pdf`), whole PDF files through pdftotext, and an mbox of 1,000 messages imported
//! into a fresh SQLite database.
//!
//!     taskset -c 0 cargo bench -p liaise-app --bench read -- [ROUNDS]

use liaise_app::import::{Progress, import_paths};
use liaise_core::registry::Registry;
use liaise_store::{Store, Who};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("a folder") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            files(&p, out);
        } else if p
            .with_file_name(format!("{}.facts.json", p.file_name().and_then(|n| n.to_str()).unwrap_or("")))
            .exists()
        {
            // The fixtures: the files their facts are written for (not README.md, KNOWN_GAPS).
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let rounds: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(200);
    let reg = Registry::builtin();

    // 1. The wild corpus, every file read `rounds` times.
    let mut wild = Vec::new();
    files(&repo("testdata/wild"), &mut wild);
    let bytes: Vec<Vec<u8>> = wild.iter().map(|p| std::fs::read(p).expect("readable")).collect();
    let started = Instant::now();
    let mut read = 0;
    for _ in 0..rounds {
        for b in &bytes {
            let _ = liaise_read::read(b, &reg);
            read += 1;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "wild corpus ({} files) read:      {:>8.0} documents/s ({read} in {secs:.2} s)",
        bytes.len(),
        read as f64 / secs
    );

    // 2. PDF: pdftotext once, then the layout text read `rounds` times; and whole files.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let docx = dir.path().join("fg-mv-ls1.docx");
    std::fs::copy(repo("testdata/ls/itu/fg-mv-ls1.docx"), &docx).expect("copy");
    let made = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.path().join("profile").display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output();
    let pdf = dir.path().join("fg-mv-ls1.pdf");
    if made.is_ok() && pdf.exists() {
        let pdf_bytes = std::fs::read(&pdf).expect("the PDF");
        let text = liaise_app::convert::convert(liaise_read::Foreign::Pdf, &pdf_bytes).expect("pdftotext");
        let started = Instant::now();
        for _ in 0..rounds * 5 {
            let p = liaise_read::read_pdf_text(&text, &reg).expect("read");
            assert_eq!(p.record.for_action.len(), 38);
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "FG-MV-LS1 PDF text read:           {:>8.0} documents/s ({} in {secs:.2} s)",
            (rounds * 5) as f64 / secs,
            rounds * 5
        );
        let n = 50;
        let started = Instant::now();
        for _ in 0..n {
            let text = liaise_app::convert::convert(liaise_read::Foreign::Pdf, &pdf_bytes).expect("pdftotext");
            let _ = liaise_read::read_pdf_text(&text, &reg).expect("read");
        }
        let secs = started.elapsed().as_secs_f64();
        println!("FG-MV-LS1 PDF, pdftotext + read:   {:>8.0} documents/s ({n} in {secs:.2} s)", n as f64 / secs);
    } else {
        println!("PDF: skipped (LibreOffice or pdftotext is not installed)");
    }

    // 3. An mbox of 1,000 messages, each a datatracker notification with its own title.
    let notification = std::fs::read_to_string(repo("testdata/ls/ietf/ietf-mail-iab-dt.txt")).expect("notification");
    let mut mbox = String::new();
    for i in 0..1000 {
        let body = notification.replacen("Title: ", &format!("Title: Number {i}: "), 1);
        mbox.push_str(&format!(
            "From dt@example.org Tue Feb 20 14:03:11 2024\nFrom: Liaison Statement Management Tool <dt@example.org>\nTo: sec@example.org\nSubject: New Liaison Statement {i}\nDate: Tue, 20 Feb 2024 14:03:11 -0800\nMessage-ID: <bench-{i}@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{}\n\n",
            body.replace("\nFrom ", "\n>From ")
        ));
    }
    let path = dir.path().join("bench.mbox");
    std::fs::write(&path, &mbox).expect("write");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let store = Store::open(&format!("sqlite://{}", dir.path().join("b.db").display())).await.expect("a store");
        let who = Who::new("bench", chrono::Utc::now());
        let started = Instant::now();
        let report = import_paths(&store, std::slice::from_ref(&path), None, &who, &mut |_: Progress<'_>| {})
            .await
            .expect("import");
        let secs = started.elapsed().as_secs_f64();
        println!(
            "mbox of 1,000 messages imported:   {:>8.0} messages/s ({} created, {} review, {} failed in {secs:.2} s)",
            1000.0 / secs,
            report.created,
            report.review,
            report.failed
        );
        store.close().await;
    });
}
