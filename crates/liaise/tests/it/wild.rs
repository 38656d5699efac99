//! Statements as they arrive in the wild (`testdata/wild`), imported through the command line:
//! nothing that is no body reaches the registry, what the reader is unsure of waits in review,
//! and a person's correction and acceptance store it.

use super::{Env, repo, s};
use liaise_core::registry::plausible::implausible;
use serde_json::Value;

/// Copies every fixture of `testdata/wild` (not the facts beside them) into one folder.
fn inbox(env: &Env) -> (std::path::PathBuf, Vec<(String, Value)>) {
    let dir = env.path("wild");
    std::fs::create_dir(&dir).expect("folder");
    let mut facts = Vec::new();
    for group in ["ietf", "itu", "other", "more"] {
        for e in std::fs::read_dir(repo(&format!("testdata/wild/{group}"))).expect("testdata/wild") {
            let p = e.expect("entry").path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if let Some(fixture) = name.strip_suffix(".facts.json") {
                let f: Value =
                    serde_json::from_str(&std::fs::read_to_string(&p).expect("facts")).expect("facts are JSON");
                facts.push((format!("{group}-{fixture}"), f));
            } else if !name.ends_with(".expected.json") {
                std::fs::copy(&p, dir.join(format!("{group}-{name}"))).expect("copy");
            }
        }
    }
    (dir, facts)
}

#[test]
fn no_junk_reaches_the_registry_and_unsure_imports_wait_in_review() {
    let env = Env::new();
    let (dir, facts) = inbox(&env);
    let run = env.run(&["import", s(&dir)]);
    let out = run.stdout();
    assert!(out.contains("waiting for review"), "{out}");

    // Every body the imports added is a plausible name: no label, date, address or markup.
    let unconfirmed = env.json(&["bodies", "list", "--unconfirmed"]);
    let names: Vec<String> = unconfirmed
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|b| b["canonical"].as_str().map(str::to_string))
        .collect();
    for n in &names {
        assert_eq!(implausible(n), None, "{n:?} became a body");
    }
    for (_, f) in &facts {
        for junk in f["never_bodies"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            assert!(!names.iter().any(|n| n == junk), "{junk:?} became a body");
        }
    }

    // What the facts say waits for review waits there, and is no statement yet.
    let review = env.json(&["review"]);
    let waiting: Vec<String> =
        review.as_array().expect("a list").iter().filter_map(|i| i["file_name"].as_str().map(str::to_string)).collect();
    let stored = env.json(&["ls", "list"]);
    // The reader's own suite lists what it does not read yet; those fixtures are not asked of the
    // import either.
    let gaps = std::fs::read_to_string(repo("testdata/wild/KNOWN_GAPS")).unwrap_or_default();
    let gap =
        |name: &str, what: &str| gaps.lines().any(|l| l.starts_with(&name.replacen('-', "/", 1)) && l.contains(what));
    for (name, f) in &facts {
        if gap(name, "read without doubt") || gap(name, "refused (") || gap(name, "expected refused") {
            continue;
        }
        if f["expect"] == "review" {
            assert!(waiting.iter().any(|w| w.ends_with(name.as_str())), "{name} does not wait for review: {waiting:?}");
        }
        if f["expect"] == "refused" {
            assert!(run.stderr().contains(name.as_str()), "{name} was not refused: {}", run.stderr());
        }
    }
    assert!(!stored.as_array().expect("a list").is_empty(), "the clean statements are stored");
}

#[test]
fn a_reading_in_review_is_corrected_accepted_and_keeps_its_correction() {
    let env = Env::new();
    let file = env.path("letter.txt");
    // A flattened, hard-wrapped ITU-D table: the reader finds its source, but not its title or
    // its recipients.
    std::fs::copy(repo("testdata/wild/itu/itud-sg1-q11-1-wrapped.txt"), &file).expect("copy");
    let run = env.run(&["import", s(&file)]);
    assert!(run.stdout().contains("review   "), "{}", run.stdout());
    let unconfirmed = env.json(&["bodies", "list", "--unconfirmed"]);
    assert!(unconfirmed.as_array().expect("list").is_empty(), "nothing proposed reached the registry: {unconfirmed}");
    assert!(env.json(&["ls", "list"]).as_array().expect("list").is_empty());

    let items = env.json(&["review"]);
    let id = format!("R{}", items[0]["id"]);
    // It waits because its title is table markup and its recipients could not be read.
    assert!(items[0]["reasons"].to_string().contains("table markup"), "{}", items[0]);
    // Accepting a reading without a source is refused, with how to give one.
    assert!(env.run(&["ls", "edit", &id, "--set", "source_as_written=null"]).ok());
    let refused = env.run(&["review", "accept", &id]);
    assert_eq!(refused.code(), Some(1));
    assert!(refused.stderr().contains("--source"), "{}", refused.stderr());
    let edit = env.run(&[
        "ls",
        "edit",
        &id,
        "--title",
        "LS on telemetry",
        "--source",
        "ITU-D SG1",
        "--for-action",
        "ITU-T SG15",
        "--deadline",
        "2025-09-30",
    ]);
    assert!(edit.ok(), "{}", edit.stderr());
    let shown = env.json(&["review", "show", &id]);
    assert_eq!(shown["record"]["title"], "LS on telemetry");
    assert_eq!(
        shown["record"]["corrected"],
        serde_json::json!(["deadline", "for_action", "source_as_written", "title"])
    );

    let accept = env.run(&["review", "accept", &id]);
    assert!(accept.ok(), "{}", accept.stderr());
    let list = env.json(&["ls", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    let ls_id = list[0]["ls_id"].to_string();
    let stmt = env.json(&["ls", "show", &ls_id]);
    assert_eq!(stmt["title"], "LS on telemetry");
    assert_eq!(stmt["deadline"], "2025-09-30");

    // The same file imported again keeps the correction: it wins over the reader.
    let again = env.run(&["import", s(&file)]);
    assert!(again.stdout().contains("same ") && again.stdout().contains("1 unchanged"), "{}", again.stdout());
    assert_eq!(env.json(&["ls", "show", &ls_id])["title"], "LS on telemetry");
    // Nothing changed, so nothing was written (issue 9, item 13).
    let history = env.run(&["ls", "history", &ls_id]);
    assert!(!history.stdout().contains("ls.updated"), "{}", history.stdout());
}
