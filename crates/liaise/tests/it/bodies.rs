//! `liaise bodies`: show by any alias, add, alias, merge, confirm.

use super::{Env, repo, s};
use serde_json::json;

#[test]
fn show_accepts_any_spelling() {
    let env = Env::new();
    for name in ["ISO TC307", "ISO/TC 307", "iso tc 307", "ISO Technical Committee 307"] {
        let b = env.json(&["bodies", "show", name]);
        assert_eq!(b["canonical"], "ISO/TC 307", "{name}");
        assert_eq!(b["parent_name"], "ISO");
    }
    let jtc1 = env.json(&["bodies", "show", "JTC1"]);
    assert!(jtc1["children"].as_array().expect("children").contains(&json!("ISO/IEC JTC 1/SC 29")));
    let run = env.run(&["bodies", "show", "Nonexistent Council"]);
    assert_eq!(run.code(), Some(3), "3: not found");
    assert!(run.stderr().contains("no body is named \"Nonexistent Council\""));
}

#[test]
fn an_unconfirmed_body_is_merged_and_every_record_follows() {
    let env = Env::new();
    assert!(env.run(&["import", s(&repo("testdata/ls/3gpp/c1-235555.txt"))]).ok());
    let before = env.json(&["ls", "show", "C1-235555"]);
    assert_eq!(
        before["names"]
            .as_array()
            .expect("names")
            .iter()
            .find(|n| n["name"] == "Mission Critical Open Forum")
            .map(|n| n["status"].clone()),
        Some(json!("unconfirmed"))
    );

    let added = env.json(&[
        "bodies",
        "add",
        "MCOF Alliance",
        "--kind",
        "forum",
        "--full-name",
        "Mission Critical Open Forum Alliance",
        "--alias",
        "MCOF",
    ]);
    assert_eq!(added["status"], "confirmed");
    let merged = env.json(&["bodies", "merge", "Mission Critical Open Forum", "MCOF"]);
    assert_eq!(merged["names_repointed"], 1);
    let after = env.json(&["ls", "show", "C1-235555"]);
    assert_eq!(after["for_information"], json!(["3GPP SA6", "MCOF Alliance"]));
    assert!(env.json(&["bodies", "list", "--unconfirmed"]).as_array().expect("list").is_empty());
    let shown = env.json(&["bodies", "show", "Mission Critical Open Forum"]);
    assert_eq!(shown["canonical"], "MCOF Alliance");
    assert_eq!(shown["merged_from"], json!(["Mission Critical Open Forum"]));

    let alias = env.run(&["bodies", "alias", "3GPP SA6", "MCOF"]);
    assert_eq!(alias.code(), Some(1));
    assert!(alias.stderr().contains("already names MCOF Alliance"), "{}", alias.stderr());
    assert!(env.run(&["bodies", "alias", "3GPP SA6", "SA WG6 (applications)"]).ok());
    assert_eq!(env.json(&["bodies", "show", "SA WG6 (applications)"])["canonical"], "3GPP SA6");
    let bad_kind = env.run(&["bodies", "add", "X Group", "--kind", "club"]);
    assert!(bad_kind.stderr().contains("--kind \"club\" is not one of"), "{}", bad_kind.stderr());
}

#[test]
fn confirm_keeps_an_unknown_body_as_its_own() {
    let env = Env::new();
    assert!(env.run(&["import", s(&repo("testdata/ls/3gpp/c1-235555.txt"))]).ok());
    let confirmed = env.json(&["bodies", "confirm", "Mission Critical Open Forum"]);
    assert_eq!(confirmed["status"], "confirmed");
    let again = env.run(&["bodies", "confirm", "Mission Critical Open Forum"]);
    assert!(again.stderr().contains("is confirmed, not unconfirmed"), "{}", again.stderr());
}
