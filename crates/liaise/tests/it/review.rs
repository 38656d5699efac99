//! `liaise review show` gives each field's line and how sure the reader is; `ls edit
//! --from-line` corrects a field by picking a line (issue 23, item 6).

use super::{Env, repo, s};

#[test]
fn a_reading_in_review_shows_its_lines_and_a_field_is_taken_from_one() {
    let env = Env::new();
    let file = repo("testdata/wild/other/memo-qstc-to-oeoa.txt");
    let run = env.run(&["import", s(&file)]);
    assert!(run.ok() && run.stdout().contains("waiting for review"), "{}", run.stdout());
    let item = env.json(&["review", "show", "R1", "--lines"]);
    let evidence = item["evidence"].as_array().expect("evidence");
    let of = |field: &str| evidence.iter().find(|e| e["field"] == field).cloned().unwrap_or_default();
    assert_eq!(of("title")["line"], 4, "{evidence:?}");
    assert_eq!(of("title")["sure"], "labelled");
    assert_eq!(of("deadline")["sure"], "found", "the deadline is in a sentence, under no label");
    let lines = item["lines"].as_array().expect("lines");
    assert_eq!(lines[3]["text"], "Subject: Coordination on post-quantum signing of streaming telemetry records");
    let shown = env.run(&["review", "show", "R1", "--lines"]);
    assert!(shown.stdout().contains("[line 4, labelled]"), "{}", shown.stdout());
    assert!(shown.stdout().contains("   17  QSTC Technical Coordinator"), "{}", shown.stdout());

    // Line 2 holds the sender with its organ: picked, its label goes.
    let edited = env.run(&["ls", "edit", "R1", "--from-line", "source=2", "--from-line", "title=10"]);
    assert!(edited.ok(), "{}", edited.stderr());
    let item = env.json(&["review", "show", "R1"]);
    assert_eq!(item["record"]["source_as_written"], "Steering Committee, Quantum-Safe Telemetry Consortium (QSTC)");
    assert!(item["record"]["title"].as_str().is_some_and(|t| t.starts_with("QSTC has published version 1.0")));

    for (arg, want) in [
        ("title=999", "there is no line 999; the document has 22 lines"),
        ("title=x", "\"x\" is not a line number"),
        ("colour=3", "a line gives title, source"),
        ("title", "write FIELD=LINE"),
    ] {
        let bad = env.run(&["ls", "edit", "R1", "--from-line", arg]);
        assert!(!bad.ok() && bad.stderr().contains(want), "{arg}: {}", bad.stderr());
    }
    let stored = env.run(&["ls", "edit", "1", "--from-line", "title=3"]);
    assert!(stored.stderr().contains("only a review item"), "{}", stored.stderr());
}
