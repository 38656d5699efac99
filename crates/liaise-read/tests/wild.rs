//! Statements as they arrive in the wild (`testdata/wild`): synthetic fixtures written from
//! `LAYOUTS.md`, one or more features of real statements each. Beside every fixture, a
//! `.facts.json` holds what a careful person reads from it; this suite compares the reader's
//! record with those facts, key by key, and checks the promises every reading must keep: no
//! text that is no body (a label, a date, an address, table markup) is ever taken as a name, an
//! unsure reading asks for review, and two renderings of one statement give one record.

use liaise_core::registry::{Registry, is_all_sdos};
use liaise_core::{LsRecord, NameRef};
use liaise_read::{Parsed, review_reasons};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/wild")
}

fn fixtures() -> Vec<(PathBuf, Value)> {
    let mut out = Vec::new();
    let mut stack = vec![testdata()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("testdata/wild is readable") {
            let p = e.expect("a folder entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if let Some(name) = p.to_str().and_then(|s| s.strip_suffix(".facts.json")) {
                let facts: Value = serde_json::from_str(&std::fs::read_to_string(&p).expect("facts are readable"))
                    .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                out.push((PathBuf::from(name), facts));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A name as the facts write it: the canonical name, "All SDOs", "collective: ..." or
/// "unknown: ...".
fn label(reg: &Registry, n: &NameRef) -> String {
    if let Some(b) = reg.lookup(&n.name) {
        return b.canonical.clone();
    }
    if is_all_sdos(&n.name) {
        return "All SDOs".into();
    }
    if let Some(c) = liaise_read::guard::collective(&n.name) {
        return format!("collective: {c}");
    }
    format!("unknown: {}", n.name)
}

fn names(reg: &Registry, list: &[NameRef]) -> BTreeSet<String> {
    list.iter().map(|n| label(reg, n)).collect()
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn emails(rec: &LsRecord) -> BTreeSet<String> {
    rec.contacts.iter().filter_map(|c| c.email.as_ref().map(|e| e.to_lowercase())).collect()
}

/// Every difference between a reading and its facts, one line each, and how many fields the
/// facts give.
fn compare(reg: &Registry, parsed: &Parsed, facts: &Value) -> (Vec<String>, usize) {
    let rec = &parsed.record;
    let mut out = Vec::new();
    let mut compared = 0;
    let mut diff = |key: &str, want: String, got: String| {
        compared += 1;
        if want != got {
            out.push(format!("{key}: expected {want}, got {got}"));
        }
    };
    let opt = |v: Option<&str>| v.map_or("null".to_string(), |s| format!("{s:?}"));
    if let Some(v) = facts.get("title") {
        diff("title", format!("{:?}", v.as_str().unwrap_or("")), format!("{:?}", rec.title));
    }
    if let Some(v) = facts.get("doc_number") {
        diff("doc_number", opt(v.as_str()), opt(rec.doc_number.as_deref()));
    }
    if let Some(v) = facts.get("source") {
        let got = rec.source_as_written.as_ref().map(|s| label(reg, &NameRef::same(s)));
        diff("source", opt(v.as_str()), opt(got.as_deref()));
    }
    for (key, list) in [
        ("for_action", &rec.for_action),
        ("for_comment", &rec.for_comment),
        ("for_information", &rec.for_information),
        ("cc", &rec.cc),
    ] {
        if let Some(v) = facts.get(key) {
            diff(key, format!("{:?}", strings(v)), format!("{:?}", names(reg, list)));
        }
    }
    if let Some(v) = facts.get("deadline") {
        diff("deadline", opt(v.as_str()), opt(rec.deadline.map(|d| d.to_string()).as_deref()));
    }
    if let Some(v) = facts.get("date") {
        diff("date", opt(v.as_str()), opt(rec.issued().map(|d| d.to_string()).as_deref()));
    }
    if let Some(v) = facts.get("emails") {
        let want: BTreeSet<String> = strings(v).into_iter().map(|e| e.to_lowercase()).collect();
        diff("emails", format!("{want:?}"), format!("{:?}", emails(rec)));
    }
    if let Some(v) = facts.get("kind") {
        diff("kind", opt(v.as_str()), opt(Some(rec.kind.as_str())));
    }
    if let Some(v) = facts.get("response_to") {
        let got: BTreeSet<String> = rec.response_to.iter().cloned().collect();
        diff("response_to", format!("{:?}", strings(v)), format!("{got:?}"));
    }
    if let Some(v) = facts.get("attachments").and_then(Value::as_u64) {
        diff("attachments", v.to_string(), rec.attachments.len().to_string());
    }
    (out, compared)
}

/// A reading of nothing, to count the fields of a refused fixture's facts.
fn nothing() -> Parsed {
    Parsed { record: LsRecord::default(), warnings: Vec::new(), format: liaise_read::Format::Text, doubts: Vec::new() }
}

/// Every name a record holds, as written and as named.
fn all_names(rec: &LsRecord) -> Vec<String> {
    let mut out: Vec<String> = rec.source_as_written.iter().cloned().collect();
    for (_, _, list) in rec.name_lists() {
        for n in list {
            out.push(n.written.clone());
            out.push(n.name.clone());
        }
    }
    out
}

#[test]
fn every_fixture_reads_to_its_facts() {
    let reg = Registry::builtin();
    let all = fixtures();
    assert!(all.len() >= 30, "the wild corpus is missing: {} fixtures", all.len());
    let mut failures = Vec::new();
    // The share of the facts' fields read right, as the held-out sets are measured: by the best
    // reading, and by what an import stores without a person (a reading that waits stores none).
    let (mut fields, mut best, mut stored) = (0usize, 0usize, 0usize);
    for (path, facts) in &all {
        let name = path.strip_prefix(testdata()).unwrap_or(path).display().to_string();
        let bytes = std::fs::read(path).expect("fixture is readable");
        let expect = facts["expect"].as_str().unwrap_or("read");
        match (liaise_read::read(&bytes, &reg), expect) {
            (Err(_), "refused") => {
                fields += 1;
                best += 1;
                stored += 1;
            }
            (Err(e), _) => {
                fields += compare(&reg, &nothing(), facts).1;
                failures.push(format!("{name}: refused ({e}), expected {expect}"))
            }
            (Ok(p), "refused") => {
                fields += 1;
                failures.push(format!("{name}: read as {:?}, expected refused", p.record.title))
            }
            (Ok(p), _) => {
                let reasons = review_reasons(&p, &reg);
                let (diffs, n) = compare(&reg, &p, facts);
                fields += n;
                best += n - diffs.len();
                if reasons.is_empty() {
                    stored += n - diffs.len();
                }
                match (expect, reasons.is_empty()) {
                    ("review", true) => failures.push(format!("{name}: read without doubt, expected review")),
                    ("read", false) => failures.push(format!("{name}: asks for review: {}", reasons.join("; "))),
                    _ => {}
                }
                for d in diffs {
                    failures.push(format!("{name}: {d}"));
                }
                let held = all_names(&p.record);
                for junk in strings(&facts["never_bodies"]) {
                    if held.iter().any(|n| n.trim() == junk.trim()) {
                        failures.push(format!("{name}: {junk:?} was taken as a body"));
                    }
                }
            }
        }
    }
    let share = |n: usize| n as f64 / fields.max(1) as f64;
    eprintln!(
        "wild corpus: {} fixtures, {fields} fields; best reading {:.3}, stored without review {:.3}",
        all.len(),
        share(best),
        share(stored)
    );
    check_known_gaps("KNOWN_GAPS", &failures, all.len());
}

/// The differences the readers are known to have, one per line in `testdata/wild/KNOWN_GAPS`:
/// what liaise does not read yet, said plainly. A new difference fails the test, and so does a
/// listed one that no longer happens, so the list is always the truth. `LIAISE_BLESS=1` rewrites
/// it; read its diff before committing.
fn check_known_gaps(file: &str, failures: &[String], fixtures: usize) {
    let path = testdata().join(file);
    if std::env::var_os("LIAISE_BLESS").is_some() {
        let mut text = String::from(
            "# What the readers do not read yet in testdata/wild: written by LIAISE_BLESS=1 (see tests/wild.rs).\n",
        );
        for f in failures {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(&path, text).expect("KNOWN_GAPS is writable");
        return;
    }
    let known: BTreeSet<String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let now: BTreeSet<String> = failures.iter().cloned().collect();
    let new: Vec<&String> = now.difference(&known).collect();
    let fixed: Vec<&String> = known.difference(&now).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "{fixtures} fixtures; {} new differences:\n{}\n\n{} known gaps no longer happen (remove them from KNOWN_GAPS):\n{}",
        new.len(),
        new.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
        fixed.len(),
        fixed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
    );
}

#[test]
fn no_fixture_puts_junk_in_a_list_of_bodies() {
    let reg = Registry::builtin();
    let mut junk = Vec::new();
    for (path, _) in fixtures() {
        let bytes = std::fs::read(&path).expect("fixture is readable");
        let Ok(p) = liaise_read::read(&bytes, &reg) else { continue };
        let named = p
            .record
            .source_as_written
            .iter()
            .cloned()
            .chain(p.record.name_lists().into_iter().flat_map(|(_, _, l)| l.iter().map(|n| n.name.clone())));
        for n in named {
            if !reg.is_known(&n)
                && let Some(why) = liaise_read::guard::implausible(&n)
            {
                junk.push(format!("{}: {n:?} ({why})", path.strip_prefix(testdata()).unwrap_or(&path).display()));
            }
        }
    }
    assert!(junk.is_empty(), "names that are no bodies:\n{}", junk.join("\n"));
}

/// The body of a statement with the differences two renderings may have taken out: bullets,
/// Markdown marks and spacing.
fn plain_body(s: &str) -> String {
    s.split_whitespace().filter(|w| !matches!(*w, "-" | "–" | "•" | "*" | "|" | "```")).collect::<Vec<_>>().join(" ")
}

#[test]
fn two_renderings_of_one_statement_give_one_record() {
    let reg = Registry::builtin();
    let all = fixtures();
    let mut pairs = 0;
    let mut failures = Vec::new();
    for (path, facts) in &all {
        let Some(other) = facts["same_record_as"].as_str() else { continue };
        let other = path.with_file_name(other);
        let rel = |p: &Path| p.strip_prefix(testdata()).unwrap_or(p).display().to_string();
        if other <= *path {
            continue;
        }
        pairs += 1;
        let read = |p: &Path| liaise_read::read(&std::fs::read(p).expect("fixture is readable"), &reg);
        let (Ok(a), Ok(b)) = (read(path), read(&other)) else {
            failures.push(format!("{}: one rendering was refused", rel(path)));
            continue;
        };
        let (mut ra, mut rb) = (a.record.clone(), b.record.clone());
        let (ba, bb) = (plain_body(&ra.body), plain_body(&rb.body));
        if ba != bb {
            failures.push(format!("{}: bodies differ", rel(path)));
        }
        for r in [&mut ra, &mut rb] {
            r.body.clear();
            r.abstract_text = None;
            r.layout = liaise_core::Layout::Itu;
            r.reference = None;
            r.state = None;
        }
        // The source as each rendering writes it ("ITU-T SG 13", "ITU-T-SG-13") is one body.
        for r in [&mut ra, &mut rb] {
            if let Some(src) = r.source_as_written.clone() {
                r.source_as_written = Some(label(&reg, &NameRef::same(&src)));
            }
        }
        let (ja, jb) = (serde_json::to_value(&ra).expect("JSON"), serde_json::to_value(&rb).expect("JSON"));
        if let (Some(oa), Some(ob)) = (ja.as_object(), jb.as_object()) {
            for (k, va) in oa {
                // "Action Taken" is shown by the newer datatracker pages only: a rendering that
                // does not carry it is no difference. Every other field must agree.
                let vb = ob.get(k).unwrap_or(&Value::Null);
                if k == "action_taken" && (va.is_null() || vb.is_null()) {
                    continue;
                }
                if ob.get(k) != Some(va) {
                    failures.push(format!(
                        "{} vs {}: {k}: {va} / {}",
                        rel(path),
                        rel(&other),
                        ob.get(k).unwrap_or(&Value::Null)
                    ));
                }
            }
        }
    }
    assert!(pairs >= 4, "only {pairs} pairs of renderings");
    check_known_gaps("KNOWN_PAIR_GAPS", &failures, pairs);
}
