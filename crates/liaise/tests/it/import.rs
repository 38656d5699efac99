//! `liaise import`: many files at once, re-imports, the 3GPP and datatracker layouts, progress
//! and summaries.

use super::{Env, repo, s};

/// A small statement in the ITU layout with its own number.
fn statement(n: usize) -> String {
    format!(
        "\tSG{sg}-LS{n}\n\n\tSource:\n\tITU-T SG{sg}\n\n\tTitle:\n\tLS number {n} on load testing\n\n\tFor action to:\n\tITU-T SG17, IETF\n\n\tDeadline:\n\t{day} March 2024\n\n\tContact:\n\tTest Person\nExample\nFrance\n\tE-mail:\ttest{n}@example.org\n",
        sg = [13, 16, 17][n % 3],
        day = 1 + n % 28,
    )
}

#[test]
fn a_thousand_files_with_one_corrupt_store_999_and_report_one() {
    let env = Env::new();
    let dir = env.path("inbox");
    std::fs::create_dir(&dir).expect("folder");
    for n in 0..999 {
        std::fs::write(dir.join(format!("ls-{n:04}.txt")), statement(n)).expect("write");
    }
    let docx = std::fs::read(repo("testdata/ls/itu/fg-mv-ls1.docx")).expect("fixture");
    std::fs::write(dir.join("ls-0500-broken.docx"), &docx[..docx.len() / 3]).expect("write");

    let run = env.run(&["import", s(&dir)]);
    assert_eq!(run.code(), Some(1), "exit status says something failed");
    assert!(run.stdout().contains("1000 files: 999 created, 0 updated, 1 failed"), "{}", run.stdout());
    let err = run.stderr();
    assert_eq!(err.matches("failed ").count(), 1, "{err}");
    assert!(err.contains("ls-0500-broken.docx: the .docx (zip) archive is truncated or corrupt"), "{err}");

    let all = env.json(&["ls", "list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(999));

    // Importing the folder again updates every statement and duplicates none.
    let run = env.run(&["import", "--quiet", s(&dir)]);
    // Issue 9, item 13: the same files again change nothing, and say so.
    assert!(run.stdout().contains("1000 files: 0 created, 0 updated, 999 unchanged, 1 failed"), "{}", run.stdout());
    assert!(!run.stdout().contains("updated  "), "--quiet prints no line per file");
    let listed = env.json(&["ls", "list", "--source", "ITU-T SG13", "--deadline-before", "2024-03-05"]);
    let n = listed.as_array().map(Vec::len).unwrap_or(0);
    // Statements 0..999 with n % 3 == 0 come from SG13; their deadline day is 1 + n % 28.
    let want = (0..999).filter(|n| n % 3 == 0 && n % 28 < 5).count();
    assert_eq!(n, want);
}

#[test]
fn the_3gpp_and_datatracker_statements_import_with_their_bodies() {
    let env = Env::new();
    let run = env.run(&["import", "--json", s(&repo("testdata/ls/3gpp")), s(&repo("testdata/ls/ietf"))]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("a JSON report");
    // The folder holds snapshots next to the statements; those are not statements and fail.
    let files = report["files"].as_array().expect("files");
    let statements: Vec<&serde_json::Value> =
        files.iter().filter(|f| !f["path"].as_str().unwrap_or("").ends_with(".json")).collect();
    assert_eq!(statements.len(), 7);
    for f in &statements {
        assert_ne!(f["outcome"], "failed", "{f}");
    }
    // s4-231450 as .txt and .docx is one statement.
    assert_eq!(report["created"], 6);

    let s2 = env.json(&["ls", "show", "S2-2309876"]);
    assert_eq!(s2["source"], "3GPP SA2");
    assert_eq!(s2["kind"], "reply");
    assert_eq!(s2["response_to"], serde_json::json!(["S4-231450"]));
    assert_eq!(s2["for_action"], serde_json::json!(["3GPP SA4"]));
    assert_eq!(s2["for_information"], serde_json::json!(["3GPP RAN2"]));

    let c1 = env.json(&["ls", "show", "C1-235555"]);
    assert_eq!(c1["for_information"], serde_json::json!(["3GPP SA6", "Mission Critical Open Forum"]));
    let warnings = c1["files"][0]["warnings"].as_array().expect("warnings");
    assert!(
        warnings
            .iter()
            .any(|w| w["message"].as_str().unwrap_or("").contains("unknown body \"Mission Critical Open Forum\"")),
        "{warnings:?}"
    );
    let unconfirmed = env.json(&["bodies", "list", "--unconfirmed"]);
    assert_eq!(
        unconfirmed.as_array().map(|a| a.iter().map(|b| b["canonical"].clone()).collect::<Vec<_>>()),
        Some(vec![serde_json::json!("Mission Critical Open Forum")])
    );

    let iab = env.json(&["ls", "list", "--source", "IAB"]);
    assert_eq!(iab[0]["deadline"], "2024-04-30");
    assert_eq!(iab[0]["asked"], 1, "a list row counts the bodies asked");
    let shown = env.json(&["ls", "show", &iab[0]["ls_id"].to_string()]);
    assert_eq!(shown["for_action"], serde_json::json!(["ITU-T SG17"]));
    let to_ietf = env.json(&["ls", "list", "--recipient", "IETF"]);
    let titles: Vec<&str> = to_ietf.as_array().expect("list").iter().filter_map(|v| v["title"].as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "LS on QUIC and media transport for immersive services",
            "Reply LS on authentication for metaverse services"
        ]
    );
}

#[test]
fn history_lists_every_change() {
    let env = Env::new();
    let file = repo("testdata/ls/3gpp/s4-231450.txt");
    assert!(env.run(&["import", s(&file)]).ok());
    assert!(env.run(&["import", s(&file)]).ok());
    let events = env.json(&["ls", "history", "S4-231450"]);
    let kinds: Vec<&str> = events.as_array().expect("events").iter().filter_map(|e| e["kind"].as_str()).collect();
    // The statement's own events, and those of the actions it created: each of the two groups
    // is asked what its own "To ... group." paragraph asks.
    // The specifications it cites are proposed for the catalogue, once. The second import of
    // the same file changed nothing and wrote no event (issue 9, item 13).
    assert_eq!(kinds, vec!["ls.created", "action.created", "action.created", "catalogue.proposed"]);
    assert_eq!(events[0]["actor"], "tester");
    let text = env.run(&["ls", "history", "S4-231450"]).stdout();
    assert!(text.contains("ls.created") && text.contains("s4-231450.txt"), "{text}");
    let actions = env.json(&["actions", "list", "--ls", "S4-231450"]);
    let asked: Vec<(String, String)> = actions
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| (a["body"].as_str().unwrap_or("").to_string(), a["request"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(
        asked,
        vec![
            (
                "ITU-T SG16".to_string(),
                "information on its work on immersive video coding that could support split rendering".to_string()
            ),
            ("ETSI ISG ARF".to_string(), "consider TS 26.565 in its AR framework architecture".to_string()),
        ]
    );
}

#[test]
fn help_shows_where_the_database_is() {
    let env = Env::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liaise"))
        .arg("--help")
        .env("HOME", env.dir.path())
        .env_remove("XDG_DATA_HOME")
        .env_remove("LIAISE_DATABASE_URL")
        .output()
        .expect("runs");
    let help = String::from_utf8_lossy(&out.stdout);
    let want = env.dir.path().join(".local/share/liaise/liaise.db");
    assert!(help.contains(&format!("[default: {}]", want.display())), "{help}");
    assert!(help.contains("LIAISE_DATABASE_URL"), "{help}");
}

#[test]
fn the_demo_runs_from_the_binary_alone() {
    let env = Env::new();
    let db = env.path("demo.db");
    let run = env.run(&["--db", s(&db), "demo"]);
    assert!(run.ok(), "{}", run.stderr());
    let out = run.stdout();
    assert!(out.contains("3 files: 3 created, 0 updated, 0 failed"), "{out}");
    assert!(out.contains("SG16-LS901") && out.contains("S4-231901"), "{out}");
    let listed = env.run(&["--db", s(&db), "ls", "list"]);
    assert_eq!(listed.stdout().lines().count(), 4, "a header and three statements: {}", listed.stdout());
}
