//! Data-driven snapshot tests: every statement under `testdata/ls` reads to the record kept in
//! its `.expected.json` sibling. After a deliberate change, run with `LIAISE_BLESS=1` to rewrite
//! the snapshots, then read the diff before committing it.

use liaise_core::registry::{Registry, is_all_sdos};
use liaise_core::{BodyList, NameRef};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata")
}

fn canonical(reg: &Registry, names: &[NameRef]) -> Vec<String> {
    names
        .iter()
        .map(|n| match reg.lookup(&n.name) {
            Some(b) => b.canonical.clone(),
            None if is_all_sdos(&n.name) => "All SDOs".to_string(),
            None => format!("unknown: {}", n.name),
        })
        .collect()
}

/// What a file reads to: the record, the warnings, and every list resolved against the
/// built-in registry, so a snapshot shows resolution mistakes too.
fn reading(path: &Path) -> Value {
    let bytes = std::fs::read(path).expect("test data is readable");
    let reg = Registry::builtin();
    match liaise_read::read(&bytes, &reg) {
        Err(e) => json!({ "error": e.to_string() }),
        Ok(p) => {
            let mut resolved = serde_json::Map::new();
            for (list, topic, names) in p.record.name_lists() {
                if names.is_empty() {
                    continue;
                }
                let key = match topic {
                    Some(t) => format!("{}[{t}]", list.as_str()),
                    None => list.as_str().to_string(),
                };
                resolved.insert(key, json!(canonical(&reg, names)));
            }
            let source = p.record.source_as_written.as_deref().map(|s| canonical(&reg, &[NameRef::same(s)]));
            resolved.insert(BodyList::Source.as_str().to_string(), json!(source));
            let warnings: Vec<String> = p.warnings.iter().map(|w| w.to_string()).collect();
            json!({ "format": p.format, "record": p.record, "warnings": warnings, "resolved": resolved })
        }
    }
}

/// Compares what `input` reads to with its snapshot; returns a description of any difference.
fn check(input: &Path) -> Option<String> {
    let expected_path = PathBuf::from(format!("{}.expected.json", input.display()));
    let got = reading(input);
    let pretty = serde_json::to_string_pretty(&got).expect("JSON prints") + "\n";
    if std::env::var_os("LIAISE_BLESS").is_some() {
        std::fs::write(&expected_path, &pretty).expect("snapshot is writable");
        return None;
    }
    let Ok(expected) = std::fs::read_to_string(&expected_path) else {
        return Some(format!("{}: no snapshot; run with LIAISE_BLESS=1 and review it", input.display()));
    };
    if expected == pretty {
        return None;
    }
    let first_diff = expected
        .lines()
        .zip(pretty.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("line {}: expected {a:?}, got {b:?}", i + 1))
        .unwrap_or_else(|| "lengths differ".to_string());
    Some(format!("{}: {first_diff}", input.display()))
}

/// Notes beside the statements (README.md, KNOWN_GAPS, LABELS.md): named in capitals.
fn is_notes(path: &Path) -> bool {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem.chars().any(|c| c.is_ascii_uppercase()) && !stem.chars().any(|c| c.is_ascii_lowercase())
}

fn inputs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("folder is readable").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            inputs(&e, out);
        } else if !e.to_string_lossy().ends_with(".json") && !is_notes(&e) {
            out.push(e);
        }
    }
}

#[test]
fn every_statement_reads_to_its_snapshot() {
    let mut files = Vec::new();
    inputs(&testdata().join("ls"), &mut files);
    assert!(files.len() >= 8, "the test corpus is missing: {files:?}");
    // The statements as they arrive in the wild, whole records too (their facts are checked
    // by tests/wild.rs).
    let before = files.len();
    inputs(&testdata().join("wild"), &mut files);
    assert!(files.len() >= before + 40, "the wild corpus is missing");
    let failures: Vec<String> = files.iter().filter_map(|f| check(f)).collect();
    assert!(failures.is_empty(), "{} of {} snapshots differ:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn the_docx_and_the_text_of_a_3gpp_statement_read_the_same() {
    let docx = reading(&testdata().join("ls/3gpp/s4-231450.docx"));
    let text = reading(&testdata().join("ls/3gpp/s4-231450.txt"));
    assert_eq!(docx["record"], text["record"]);
    assert_eq!(docx["format"], "docx");
}
