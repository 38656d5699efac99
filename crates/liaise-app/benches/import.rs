//! Import throughput: N copies of a statement (each with its own document number) written to a
//! folder, then imported into a fresh SQLite database the way `liaise import` does it.
//!
//!     taskset -c 0 cargo bench -p liaise-app --bench import -- [N] [--keep DIR]
//!
//! Prints documents per second for .docx and for text, reading alone and reading plus storing.
//! `--keep DIR` leaves the generated files in DIR, for `bench/python_docx_headers.py`.

use liaise_app::import::{Progress, import_paths};
use liaise_core::registry::Registry;
use liaise_store::{Store, Who};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

/// The .docx with its document number replaced in word/document.xml; every other part is copied.
fn docx_variant(template: &[u8], number: &str, new_number: &str) -> Vec<u8> {
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(template)).expect("the template is a zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..src.len() {
        let mut f = src.by_index(i).expect("an entry");
        let name = f.name().expect("an entry name").to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("readable");
        if name == "word/document.xml" {
            data = String::from_utf8_lossy(&data).replace(number, new_number).into_bytes();
        }
        out.start_file(name, opts).expect("entry");
        out.write_all(&data).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

fn rate(n: usize, secs: f64) -> String {
    format!("{:>8.0} documents/s ({n} in {secs:.2} s)", n as f64 / secs)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1000);
    let keep = args.iter().position(|a| a == "--keep").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir = keep.clone().unwrap_or_else(|| tmp.path().join("files"));
    let template = std::fs::read(repo("testdata/ls/itu/fg-mv-ls1.docx")).expect("the FG-MV-LS1 .docx");
    let small = std::fs::read(repo("testdata/ls/3gpp/s4-231450.docx")).expect("the S4-231450 .docx");
    let text_template = std::fs::read_to_string(repo("../shared/fixtures/fg-mv-ls1.txt"))
        .or_else(|_| std::fs::read_to_string(repo("crates/liaise-app/demo/sg16-ls901.txt")))
        .expect("a text statement");
    let sets = [
        ("FG-MV-LS1 .docx", dir.join("docx")),
        ("FG-MV-LS1 text ", dir.join("text")),
        ("S4-231450 .docx", dir.join("docx-3gpp")),
    ];
    for (_, d) in &sets {
        std::fs::create_dir_all(d).expect("folder");
    }
    for i in 0..n {
        std::fs::write(
            sets[0].1.join(format!("ls-{i:05}.docx")),
            docx_variant(&template, "FG-MV-LS1", &format!("FG-MV-LS{}", 1000 + i)),
        )
        .expect("write");
        let text = text_template
            .replace("FG-MV-LS1", &format!("FG-MV-LS{}", 1000 + i))
            .replace("SG16-LS901", &format!("SG16-LS{}", 1000 + i));
        std::fs::write(sets[1].1.join(format!("ls-{i:05}.txt")), text).expect("write");
        std::fs::write(
            sets[2].1.join(format!("ls-{i:05}.docx")),
            docx_variant(&small, "S4-231450", &format!("S4-24{i:04}")),
        )
        .expect("write");
    }

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    println!("liaise import benchmark, {n} statements per set");
    println!("(FG-MV-LS1: 53 recipients, 18 topic rows, 12 officers, 2 contacts; S4-231450: 5 bodies, 1 contact)");
    for (label, folder) in &sets {
        // Reading alone: bytes already in memory, one thread.
        let files: Vec<Vec<u8>> = std::fs::read_dir(folder)
            .expect("folder")
            .map(|e| std::fs::read(e.expect("entry").path()).expect("read"))
            .collect();
        let reg = Registry::builtin();
        let start = Instant::now();
        for bytes in &files {
            let parsed = liaise_read::read(bytes, &reg).expect("reads");
            assert!(!parsed.record.for_action.is_empty());
        }
        println!("{label} read only:          {}", rate(files.len(), start.elapsed().as_secs_f64()));

        // Reading and storing: files from disk into a new SQLite database, one transaction each.
        let db = tmp.path().join(format!("bench-{}.db", folder.file_name().and_then(|f| f.to_str()).unwrap_or("x")));
        let (secs, report) = rt.block_on(async {
            let store = Store::open(&db.display().to_string()).await.expect("store");
            let who = Who::new("bench", chrono::Utc::now());
            let start = Instant::now();
            let report = import_paths(&store, std::slice::from_ref(folder), None, &who, &mut |_: Progress| {})
                .await
                .expect("import");
            let secs = start.elapsed().as_secs_f64();
            store.close().await;
            (secs, report)
        });
        assert_eq!((report.created, report.failed), (n, 0));
        println!("{label} import (read + store): {}", rate(n, secs));
    }
    if let Some(k) = keep {
        println!("files kept in {}", k.display());
    }
}
