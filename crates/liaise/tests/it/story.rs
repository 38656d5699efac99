//! The tracking story of issue 3, on SQLite and on PostgreSQL: FG-MV-LS1 goes out to 38 bodies,
//! ISO/IEC JTC 1/SC 29 and 3GPP SA4 reply (SA4 designating a rapporteur), and the due list, the
//! history and the rapporteur follow.

use super::{Env, fg_mv_ls1, repo, s};
use serde_json::{Value, json};

fn ok(env: &Env, date: &str, args: &[&str]) -> String {
    let run = env.run_at(date, args);
    assert!(run.ok(), "liaise {args:?} failed: {}", run.stderr());
    run.stdout()
}

fn json_at(env: &Env, date: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    serde_json::from_str(&ok(env, date, &all)).expect("JSON")
}

fn bodies(items: &Value) -> Vec<String> {
    items.as_array().expect("items").iter().filter_map(|i| i["body"].as_str().map(str::to_string)).collect()
}

pub fn import_story(env: &Env) {
    ok(env, "2023-03-01", &["group", "FG-MV"]);
    let out = ok(env, "2023-03-10", &["import", s(&fg_mv_ls1())]);
    assert!(out.contains("actions: 76 created"), "{out}");
    let out = ok(env, "2023-05-02", &["import", s(&repo("testdata/story/sc29-n21034-reply.txt"))]);
    assert!(out.contains("answers FG-MV-LS1 (2 actions now answered)"), "{out}");
    let out = ok(env, "2023-06-01", &["import", s(&repo("testdata/story/s4-230789-reply.txt"))]);
    assert!(out.contains("answers FG-MV-LS1 (2 actions now answered)"), "{out}");
    assert!(out.contains("proposed liaison rapporteur: Jonas Berg"), "{out}");
}

fn story(env: &Env) {
    import_story(env);

    // With the clock at 2023-06-20: 36 bodies owe something, 2 answered.
    let due = json_at(env, "2023-06-20", &["due"]);
    assert_eq!(due["as_of"], "2023-06-20");
    let st = &due["statements"][0];
    assert_eq!(
        (st["doc_number"].clone(), st["asked"].clone(), st["open"].clone(), st["answered"].clone()),
        (json!("FG-MV-LS1"), json!(38), json!(36), json!(2))
    );
    let owed = bodies(&due["items"]);
    assert_eq!(owed.len(), 36);
    assert!(!owed.iter().any(|b| b == "3GPP SA4" || b == "ISO/IEC JTC 1/SC 29"), "{owed:?}");
    assert!(due["items"].as_array().expect("items").iter().all(|i| i["days_left"] == 10 && i["overdue"] == false));
    assert_eq!(due["items"][0]["requests"].as_array().map(Vec::len), Some(2));

    // At 2023-07-01 all 36 are overdue; --as-of gives the same answer as the clock.
    let overdue = json_at(env, "2023-07-01", &["due", "--overdue"]);
    assert_eq!(bodies(&overdue["items"]).len(), 36);
    assert_eq!(overdue["statements"][0]["overdue"], 36);
    let as_of = json_at(env, "2030-01-01", &["due", "--overdue", "--as-of", "2023-07-01"]);
    assert_eq!(as_of["items"], overdue["items"]);
    assert_eq!(bodies(&json_at(env, "2023-06-20", &["due", "--within", "14d"])["items"]).len(), 36);
    assert_eq!(bodies(&json_at(env, "2023-06-20", &["due", "--within", "5d"])["items"]).len(), 0);
    assert_eq!(bodies(&json_at(env, "2023-06-20", &["due", "--body", "JTC1 SC29"])["items"]).len(), 0);
    assert_eq!(bodies(&json_at(env, "2023-06-20", &["due", "--body", "TMForum"])["items"]), vec!["TM Forum"]);

    // The answered actions point at the replies.
    let answered = json_at(env, "2023-06-20", &["actions", "list", "--ls", "FG-MV-LS1", "--state", "answered"]);
    let answered = answered.as_array().expect("actions");
    assert_eq!(answered.len(), 4);
    assert!(answered.iter().all(|a| a["answered_by"].is_i64()));
    assert!(json_at(env, "2023-06-20", &["replies", "unmatched"]).as_array().expect("list").is_empty());

    // The proposed rapporteur is confirmed and shows on SA4's entry.
    let proposed = json_at(env, "2023-06-20", &["rapporteurs", "list", "--proposed"]);
    assert_eq!(proposed.as_array().map(Vec::len), Some(1));
    assert_eq!(
        (proposed[0]["name"].clone(), proposed[0]["body"].clone(), proposed[0]["towards"].clone()),
        (json!("Jonas Berg"), json!("3GPP SA4"), json!("ITU-T FG-MV"))
    );
    let id = proposed[0]["id"].as_i64().expect("an id").to_string();
    ok(env, "2023-06-21", &["rapporteurs", "confirm", &id]);
    let sa4 = json_at(env, "2023-06-21", &["bodies", "show", "SA4"]);
    assert_eq!(sa4["rapporteurs"][0]["name"], "Jonas Berg");
    assert_eq!(sa4["rapporteurs"][0]["status"], "confirmed");
    assert_eq!(sa4["rapporteurs"][0]["email"], "jonas.berg@example.com");
    let page = ok(env, "2023-06-21", &["bodies", "show", "SA4"]);
    assert!(page.contains("Rapporteur: Jonas Berg <jonas.berg@example.com> towards ITU-T FG-MV (confirmed"), "{page}");

    // A person moves an action; every change is an event with who, when, from, to and why.
    let tm = json_at(env, "2023-06-22", &["actions", "list", "--ls", "FG-MV-LS1", "--body", "TM Forum"]);
    for a in tm.as_array().expect("actions") {
        let id = a["id"].as_i64().expect("id").to_string();
        ok(env, "2023-06-22", &["actions", "set", &id, "acknowledged", "--comment", "TM Forum will reply in July"]);
    }
    let due = json_at(env, "2023-06-22", &["due", "--body", "TM Forum"]);
    assert_eq!(due["items"][0]["state"], "acknowledged");
    let first = tm[0]["id"].as_i64().expect("id").to_string();
    // Setting the state it has changes nothing, records nothing and is no error.
    let again = env.run_at("2023-06-22", &["actions", "set", &first, "acknowledged"]);
    assert!(again.ok() && again.stdout().contains("already acknowledged"), "{}", again.stderr());
    let history = json_at(env, "2023-06-22", &["actions", "history", &first]);
    let last = history.as_array().and_then(|h| h.last()).expect("events");
    assert_eq!((last["actor"].clone(), last["at"].clone()), (json!("tester"), json!("2023-06-22T12:00:00.000000Z")));
    assert_eq!(
        (last["data"]["from"].clone(), last["data"]["to"].clone(), last["data"]["comment"].clone()),
        (json!("open"), json!("acknowledged"), json!("TM Forum will reply in July"))
    );

    // The statement's history holds its own events and those of its actions.
    let events = json_at(env, "2023-06-22", &["ls", "history", "FG-MV-LS1"]);
    let kinds: Vec<&str> = events.as_array().expect("events").iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "action.created").count(), 76);
    assert_eq!(kinds.iter().filter(|k| **k == "ls.answered_by").count(), 2);
    assert_eq!(kinds.iter().filter(|k| **k == "action.state").count(), 4 + 2);
    assert_eq!(kinds[0], "ls.created");

    // A dead statement owes nothing until it is brought back; nothing is deleted.
    ok(env, "2023-06-23", &["ls", "dead", "FG-MV-LS1", "--reason", "superseded by FG-MV-LS2"]);
    assert_eq!(bodies(&json_at(env, "2023-06-23", &["due"])["items"]).len(), 0);
    let shown = json_at(env, "2023-06-23", &["ls", "show", "FG-MV-LS1"]);
    assert_eq!(shown["state"], "dead");
    let revive = ok(env, "2023-06-24", &["ls", "revive", "FG-MV-LS1"]);
    assert!(revive.contains("dead -> sent"), "{revive}");
    assert_eq!(bodies(&json_at(env, "2023-06-24", &["due"])["items"]).len(), 36);
    let no_reason = env.run(&["ls", "state", "FG-MV-LS1", "draft"]);
    assert!(no_reason.stderr().contains("a statement that is sent cannot become draft"), "{}", no_reason.stderr());
}

#[test]
fn the_story_on_every_backend() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dbs = rt.block_on(liaise_store::testing::all_backends("the_story_on_every_backend"));
    for db in &dbs {
        let env = match db.backend {
            liaise_store::Backend::Sqlite => Env::new(),
            liaise_store::Backend::Postgres => Env::with_db(&db.url),
        };
        story(&env);
    }
    drop(dbs);
}

#[test]
fn a_reply_imported_before_its_original_is_linked_when_the_original_arrives() {
    let env = Env::new();
    let out = ok(&env, "2023-06-01", &["import", s(&repo("testdata/story/s4-230789-reply.txt"))]);
    assert!(!out.contains("answers"), "{out}");
    assert_eq!(json_at(&env, "2023-06-01", &["replies", "unmatched"]).as_array().map(Vec::len), Some(1));
    let out = ok(&env, "2023-06-02", &["import", s(&fg_mv_ls1())]);
    assert!(out.contains("answered by S4-230789 (2 actions now answered)"), "{out}");
    assert!(json_at(&env, "2023-06-02", &["replies", "unmatched"]).as_array().expect("list").is_empty());
    // The rapporteur was proposed before the original arrived: towards the group named.
    assert_eq!(json_at(&env, "2023-06-02", &["rapporteurs", "list"])[0]["towards"], "ITU-T FG-MV");
}

#[test]
fn a_reply_that_matches_nothing_is_linked_by_hand() {
    let env = Env::new();
    ok(&env, "2023-05-01", &["group", "FG-MV"]);
    ok(&env, "2023-03-10", &["import", s(&fg_mv_ls1())]);
    let reply = env.path("w3c-reply.txt");
    std::fs::write(
        &reply,
        "Title: Reply on metaverse work\nSource: W3C\nFor information to: ITU-T FG-MV\nResponse to: our earlier letter\n\
         Approval: W3C team (2023-05-05)\nContact: Ann Smith, W3C, France, ann@example.org\n",
    )
    .expect("write");
    let out = ok(&env, "2023-05-06", &["import", s(&reply)]);
    assert!(!out.contains("answers"), "{out}");
    let unmatched = json_at(&env, "2023-05-06", &["replies", "unmatched"]);
    assert_eq!(unmatched[0]["source"], "W3C");
    let id = unmatched[0]["id"].as_i64().expect("id").to_string();
    let linked = json_at(&env, "2023-05-07", &["replies", "link", &id, "FG-MV-LS1"]);
    assert_eq!(linked["actions_answered"], 2);
    let due = json_at(&env, "2023-05-07", &["due"]);
    assert_eq!(due["statements"][0]["answered"], 1);
    let again = env.run(&["replies", "link", &id, "FG-MV-LS1"]);
    assert!(again.stderr().contains("already linked"), "{}", again.stderr());
}

#[test]
fn a_datatracker_reply_in_response_is_linked_by_the_title_it_references() {
    let env = Env::new();
    ok(&env, "2023-10-01", &["group", "ITU-T SG13"]);
    ok(&env, "2023-10-02", &["import", s(&repo("crates/liaise-app/demo/ietf-sg13-ipv6.txt"))]);
    let out = ok(&env, "2024-01-21", &["import", s(&repo("testdata/story/ietf-reply-ipv6.txt"))]);
    // The original is named by the number its attachment carries (SG13-LS902).
    assert!(out.contains("answers SG13-LS902"), "{out}");
    let due = json_at(&env, "2024-01-21", &["due"]);
    assert_eq!((due["statements"][0]["asked"].clone(), due["statements"][0]["answered"].clone()), (json!(1), json!(1)));
    assert!(json_at(&env, "2024-01-21", &["replies", "unmatched"]).as_array().expect("list").is_empty());
}

#[test]
fn an_outgoing_statement_is_drafted_approved_and_sent() {
    let env = Env::new();
    let out = ok(&env, "2023-02-20", &["import", "--state", "draft", s(&fg_mv_ls1())]);
    assert!(out.contains("created"), "{out}");
    let shown = json_at(&env, "2023-02-20", &["ls", "show", "FG-MV-LS1"]);
    assert_eq!((shown["state"].clone(), shown["direction"].clone()), (json!("draft"), json!("outgoing")));
    let skip = env.run(&["ls", "state", "FG-MV-LS1", "sent"]);
    assert!(
        skip.stderr().contains("a statement that is draft cannot become sent (approve it first)"),
        "{}",
        skip.stderr()
    );
    ok(&env, "2023-03-09", &["ls", "state", "FG-MV-LS1", "approved", "--comment", "approved at the Riyadh meeting"]);
    ok(&env, "2023-03-10", &["ls", "state", "FG-MV-LS1", "sent"]);
    let events = json_at(&env, "2023-03-10", &["ls", "history", "FG-MV-LS1"]);
    let states: Vec<(String, String)> = events
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["kind"] == "ls.state")
        .map(|e| {
            (e["data"]["from"].as_str().unwrap_or("").to_string(), e["data"]["to"].as_str().unwrap_or("").to_string())
        })
        .collect();
    assert_eq!(states, vec![("draft".into(), "approved".into()), ("approved".into(), "sent".into())]);
    let bad = env.run(&["import", "--state", "lost", s(&fg_mv_ls1())]);
    assert!(bad.stderr().contains("--state \"lost\": one of draft, approved, sent, received"), "{}", bad.stderr());
}
