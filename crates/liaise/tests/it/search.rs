//! Search (issue 13): the relevance set of `testdata/search/relevance.txt`, on SQLite and on
//! PostgreSQL; changes found by the next query; bad queries answered clearly.

use super::{Env, repo, s};
use serde_json::Value;

/// The database the relevance set runs on: our statements, the story's replies, our catalogue.
fn load(env: &Env) {
    let ok = |args: &[&str]| {
        let run = env.run(args);
        assert!(run.ok(), "liaise {args:?}: {}", run.stderr());
    };
    ok(&["group", "ITU-T FG-MV"]);
    ok(&["import", "--no-review", s(&repo("testdata/ls")), s(&repo("testdata/story"))]);
    ok(&["topics", "seed", "FG-MV-LS1"]);
    ok(&["catalogue", "import", s(&repo("testdata/search/catalogue.csv"))]);
}

/// `kind:title-prefix` of each result, in order.
fn results(env: &Env, query: &str) -> Vec<String> {
    let v: Value = env.json(&["search", query, "--limit", "50"]);
    v["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| format!("{}:{}", h["kind"].as_str().unwrap_or(""), h["title"].as_str().unwrap_or("")))
        .collect()
}

/// One line of the relevance set: the first results in order, then `+` ones anywhere.
fn check(env: &Env, query: &str, expected: &str) -> Result<(), String> {
    let got = results(env, query);
    if expected.trim() == "none" {
        return if got.is_empty() { Ok(()) } else { Err(format!("{query:?}: expected nothing, got {got:?}")) };
    }
    let mut first = 0;
    // Expectations are separated by " +" (a title may hold spaces); the leading ones are ordered.
    let mut parts: Vec<(bool, String)> = Vec::new();
    for (i, p) in expected.split(" +").enumerate() {
        let p = p.trim();
        let anywhere = i > 0 || p.starts_with('+');
        parts.push((anywhere, p.trim_start_matches('+').to_string()));
    }
    for (anywhere, want) in parts {
        let found = got.iter().position(|g| g.starts_with(&want));
        match (anywhere, found) {
            (false, Some(at)) if at == first => first += 1,
            (true, Some(_)) => {}
            _ => {
                return Err(format!(
                    "{query:?}: expected {want:?} {}, got {got:?}",
                    if anywhere { "among the results" } else { "next" }
                ));
            }
        }
    }
    Ok(())
}

fn relevance_set(env: &Env, backend: &str) {
    let text = std::fs::read_to_string(repo("testdata/search/relevance.txt")).expect("the relevance set");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (query, expected) = line.split_once("=>").expect("QUERY => EXPECTED");
        n += 1;
        if let Err(e) = check(env, query.trim(), expected) {
            failures.push(e);
        }
    }
    assert!(n >= 40, "the relevance set has only {n} queries");
    assert!(failures.is_empty(), "{backend}: {} of {n} queries failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_relevance_set_on_every_backend_gives_the_same_results() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dbs = rt.block_on(liaise_store::testing::all_backends("the_relevance_set_on_every_backend"));
    let mut answers: Vec<Vec<Vec<String>>> = Vec::new();
    for db in &dbs {
        let env = match db.backend {
            liaise_store::Backend::Sqlite => Env::new(),
            liaise_store::Backend::Postgres => Env::with_db(&db.url),
        };
        load(&env);
        relevance_set(&env, &format!("{:?}", db.backend));
        answers.push(
            ["metaverse", "video coding", "SA4", "split*", "\"immersive media\""]
                .iter()
                .map(|q| results(&env, q))
                .collect(),
        );
    }
    if let [a, b] = answers.as_slice() {
        assert_eq!(a, b, "the same queries give the same results on SQLite and PostgreSQL");
    }
    drop(dbs);
}

#[test]
fn a_change_is_found_by_the_next_query_and_bad_queries_are_answered_on_every_backend() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dbs = rt.block_on(liaise_store::testing::all_backends("a_change_is_found_by_the_next_query"));
    for db in &dbs {
        let env = match db.backend {
            liaise_store::Backend::Sqlite => Env::new(),
            liaise_store::Backend::Postgres => Env::with_db(&db.url),
        };
        changes_and_bad_queries(&env);
    }
    drop(dbs);
}

/// Each command is a process of its own: what one writes, the next one's search finds.
fn changes_and_bad_queries(env: &Env) {
    load(env);
    assert!(results(env, "holographic").is_empty());
    let run = env.run(&["ls", "edit", "S4-231450", "--title", "LS on holographic split rendering"]);
    assert!(run.ok(), "{}", run.stderr());
    assert_eq!(
        results(env, "holographic").first().map(String::as_str),
        Some("ls:S4-231450: LS on holographic split rendering")
    );
    // A merge: the merged name finds the body it was merged into.
    assert!(env.run(&["bodies", "add", "Acme Metaverse Alliance", "--kind", "forum"]).ok());
    assert!(env.run(&["bodies", "merge", "Acme Metaverse Alliance", "Metaverse Standards Forum"]).ok());
    assert!(results(env, "acme").iter().any(|r| r == "body:Metaverse Standards Forum"), "{:?}", results(env, "acme"));
    // A catalogue import.
    let csv = env.path("more.csv");
    std::fs::write(&csv, "identifier,title,body,type,status,date\nRec. ITU-T H.267 (01/2026),Holographic video coding,ITU-T SG16,recommendation,In force,2026-01-10\n").expect("write");
    assert!(env.run(&["catalogue", "import", s(&csv)]).ok());
    assert!(
        results(env, "H267").first().is_some_and(|r| r.starts_with("entry:ITU-T H.267")),
        "{:?}",
        results(env, "H267")
    );

    for (query, said) in [
        ("\"unbalanced", "a quote is not closed"),
        ("AND OR", "no word to search for"),
        ("a*", "a prefix needs at least two letters"),
        ("\u{1}\u{2}", "the query is empty"),
    ] {
        let run = env.run(&["search", query]);
        assert_eq!(run.code(), Some(2), "{query:?}: {}", run.stderr());
        assert!(run.stderr().contains(said), "{query:?}: {}", run.stderr());
    }
    let long = "x".repeat(10_000);
    assert!(env.run(&["search", &long]).stderr().contains("longer than 500 characters"));
    // SQL and FTS syntax are words like others: an answer (results or a clear refusal, exit 2),
    // never a failure.
    for query in ["'; DROP TABLE ls; --", "title:x NEAR(a b)", "%_\\", "\u{202e}metaverse", "* OR 1=1"] {
        let run = env.run(&["search", query, "--json"]);
        assert!(run.ok() || run.code() == Some(2), "{query:?}: {}", run.stderr());
        assert!(!run.stderr().contains("panicked"), "{query:?}: {}", run.stderr());
    }
    // Facets narrow, and count.
    let v = env.json(&["search", "video coding", "--facet", "kind=entry"]);
    assert!(v["hits"].as_array().expect("hits").iter().all(|h| h["kind"] == "entry"), "{v}");
    assert!(v["facets"]["kind"]["entry"].as_u64().is_some_and(|n| n >= 2), "{v}");
    let v = env.json(&["search", "split rendering", "--facet", "source=SA4"]);
    assert!(v["hits"].as_array().expect("hits").iter().all(|h| h["kind"] == "ls"), "{v}");
    assert_eq!(v["total"], serde_json::json!(1), "{v}");
    assert!(env.run(&["ls", "show", "FG-MV-LS1"]).ok(), "nothing was dropped");
}
