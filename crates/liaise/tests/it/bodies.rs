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

/// A group's own file of bodies, imported on every backend: added once, extended, never taken
/// from another body, and a bad file says where it is wrong (issue 23, item 4).
#[test]
fn a_file_of_bodies_extends_the_registry_on_every_backend() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dbs = rt.block_on(liaise_store::testing::all_backends("a_file_of_bodies_extends_the_registry"));
    for db in &dbs {
        let env = match db.backend {
            liaise_store::Backend::Sqlite => Env::new(),
            liaise_store::Backend::Postgres => Env::with_db(&db.url),
        };
        let file = env.dir.path().join("ours.toml");
        std::fs::write(
            &file,
            r#"
[[body]]
name = "Example Metaverse Alliance"
kind = "forum"
full = "The Example Metaverse Alliance e.V."
aliases = ["EMA"]

[[body]]
name = "Example Metaverse Alliance WG{n}"
kind = "working-group"
parent = "Example Metaverse Alliance"
aliases = ["EMA WG{n}"]
members = [{ n = "1" }, { n = "2" }]

[[body]]
name = "ITU-T SG16"
kind = "study-group"
aliases = ["Multimedia SG", "MSF"]
"#,
        )
        .expect("file written");
        let dry = env.json(&["bodies", "import", s(&file), "--dry-run"]);
        assert_eq!(dry["added"].as_array().map(Vec::len), Some(3), "{dry}");
        assert_eq!(env.run(&["bodies", "show", "EMA"]).code(), Some(3), "a dry run adds nothing");

        let report = env.json(&["bodies", "import", s(&file)]);
        assert_eq!(
            report["added"],
            json!(["Example Metaverse Alliance", "Example Metaverse Alliance WG1", "Example Metaverse Alliance WG2"])
        );
        assert_eq!(report["extended"], json!([["ITU-T SG16", ["Multimedia SG"]]]));
        assert_eq!(report["conflicts"], json!(["\"MSF\" already names Metaverse Standards Forum"]));
        let wg = env.json(&["bodies", "show", "EMA WG2"]);
        assert_eq!(wg["canonical"], "Example Metaverse Alliance WG2");
        assert_eq!(wg["parent_name"], "Example Metaverse Alliance");
        assert_eq!(env.json(&["bodies", "show", "Multimedia SG"])["canonical"], "ITU-T SG16");
        assert_eq!(env.json(&["bodies", "show", "MSF"])["canonical"], "Metaverse Standards Forum");

        let again = env.json(&["bodies", "import", s(&file)]);
        assert_eq!(again["added"], json!([]));
        assert_eq!(again["unchanged"], 4, "{again}");

        std::fs::write(&file, "[[body]]\nname = \"Orphan WG\"\nkind = \"working-group\"\nparent = \"Nowhere Forum\"\n")
            .expect("file written");
        let orphan = env.run(&["bodies", "import", s(&file)]);
        assert_eq!(orphan.code(), Some(1));
        assert!(orphan.stderr().contains("Orphan WG: its parent \"Nowhere Forum\" is neither"), "{}", orphan.stderr());
        std::fs::write(&file, "[[body]]\nname = \"X\"\nkind = \"club\"\n").expect("file written");
        let bad = env.run(&["bodies", "import", s(&file)]);
        assert!(bad.stderr().contains("X: unknown kind \"club\""), "{}", bad.stderr());
        assert!(!bad.stderr().contains("panicked"));
        let builtin = env.run(&["bodies", "builtin"]);
        assert!(builtin.ok() && builtin.stdout().contains("name = \"ITU-T SG{n}\""));
    }
    drop(dbs);
}
