//! The FG-MV-LS1 fixture, as text and as a .docx made by python-docx, imports to every field
//! read by hand in `fg-mv-ls1.expected.json`.

use super::{Env, repo, s, shared_or_skip};
use serde_json::Value;

fn expected(test: &str) -> Option<Value> {
    let path = shared_or_skip("fixtures/fg-mv-ls1.expected.json", test)?;
    let text = std::fs::read_to_string(path).expect("the fixture is readable");
    Some(serde_json::from_str(&text).expect("the fixture is JSON"))
}

/// Compares one stored statement with the hand-read fixture, field by field.
fn check_against_fixture(got: &Value, want: &Value) {
    let obj = want.as_object().expect("the fixture is an object");
    for (key, w) in obj {
        match key.as_str() {
            "_about" | "same_body" => {}
            "abstract_starts_with" => {
                let abs = got["abstract"].as_str().unwrap_or("");
                assert!(abs.starts_with(w.as_str().unwrap_or("?")), "abstract: {abs:?}");
            }
            "topics" => {
                let (g, w) = (got["topics"].as_array().expect("topics"), w.as_array().expect("topics"));
                assert_eq!(g.len(), w.len(), "topic rows");
                for (i, (g, w)) in g.iter().zip(w).enumerate() {
                    for field in ["group", "topic", "related"] {
                        assert_eq!(g[field], w[field], "topic row {i}: {field}");
                    }
                    let empty = Value::Array(vec![]);
                    assert_eq!(g["especially"], *w.get("especially").unwrap_or(&empty), "topic row {i}: especially");
                }
            }
            "contacts" | "officers" => {
                let (g, w) = (got[key].as_array().expect("list"), w.as_array().expect("list"));
                assert_eq!(g.len(), w.len(), "{key}");
                for (i, (g, w)) in g.iter().zip(w).enumerate() {
                    for (field, value) in w.as_object().expect("object") {
                        assert_eq!(&g[field], value, "{key}[{i}].{field}");
                    }
                }
            }
            _ => assert_eq!(&got[key], w, "field {key}"),
        }
    }
}

#[test]
fn the_text_of_fg_mv_ls1_imports_to_every_hand_read_field() {
    let Some(want) = expected("the_text_of_fg_mv_ls1_imports_to_every_hand_read_field") else { return };
    let Some(text) = shared_or_skip("fixtures/fg-mv-ls1.txt", "the_text_of_fg_mv_ls1_imports_to_every_hand_read_field")
    else {
        return;
    };
    let env = Env::new();
    let run = env.run(&["import", s(&text)]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("1 file: 1 created, 0 updated, 0 failed, 0 warnings"), "{}", run.stdout());
    let got = env.json(&["ls", "show", "FG-MV-LS1"]);
    check_against_fixture(&got, &want);
    assert_eq!(got["for_action"].as_array().map(Vec::len), Some(38));
    assert_eq!(got["for_information"].as_array().map(Vec::len), Some(15));
    assert_eq!(got["officers"].as_array().map(Vec::len), Some(12));
    assert_eq!(got["topics"].as_array().map(Vec::len), Some(18));

    // Each pair of spellings resolves to one body.
    for pair in want["same_body"].as_array().expect("pairs") {
        let ids: Vec<Value> = pair
            .as_array()
            .expect("a pair")
            .iter()
            .map(|name| env.json(&["bodies", "show", name.as_str().expect("a name")])["id"].clone())
            .collect();
        assert!(ids[0].is_i64() && ids[0] == ids[1], "{pair} resolve to {ids:?}");
    }
}

#[test]
fn the_docx_made_by_python_docx_imports_to_the_same_record() {
    let test = "the_docx_made_by_python_docx_imports_to_the_same_record";
    let (Some(want), Some(text)) = (expected(test), shared_or_skip("fixtures/fg-mv-ls1.txt", test)) else { return };
    let env = Env::new();
    let run = env.run(&["import", s(&repo("testdata/ls/itu/fg-mv-ls1.docx"))]);
    assert!(run.ok(), "{}", run.stderr());
    let from_docx = env.json(&["ls", "show", "FG-MV-LS1"]);
    check_against_fixture(&from_docx, &want);

    // Importing the text as well updates the same statement instead of adding one.
    let run = env.run(&["import", s(&text)]);
    assert!(run.stdout().contains("0 created, 1 updated"), "{}", run.stdout());
    let all = env.json(&["ls", "list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(1));
    let from_text = &env.json(&["ls", "show", &all[0]["ls_id"].to_string()]);
    for key in [
        "doc_number",
        "for_action",
        "for_information",
        "topics",
        "officers",
        "requests",
        "contacts",
        "deadline",
        "meeting",
    ] {
        assert_eq!(from_text[key], from_docx[key], "{key}");
    }
    assert_eq!(from_text["files"].as_array().map(Vec::len), Some(2));
    assert!(from_text["id"].is_i64());
}
