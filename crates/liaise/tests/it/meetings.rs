//! Meetings (issue 24): a group's meeting allocates the incoming statements to its working
//! groups, notes one, replies to one, postpones one, and writes its list of liaison statements;
//! on every backend.

use crate::{Env, repo};

fn id_of(env: &Env, number: &str) -> i64 {
    env.json(&["ls", "show", number])["id"].as_i64().unwrap_or_else(|| panic!("{number} has an id"))
}

fn story(env: &Env) {
    assert!(env.run(&["group", "ITU-T FG-MV"]).ok());
    let fg = repo("testdata/ls/itu/fg-mv-ls1.docx");
    let sa4 = repo("testdata/ls/3gpp/s4-231450.txt");
    let sa2 = repo("testdata/ls/3gpp/s2-2309876.txt");
    let sa3 = repo("testdata/ls/ietf/ietf-page-s3-reply.html");
    for f in [&fg, &sa4, &sa2, &sa3] {
        let run = env.run(&["import", &f.display().to_string()]);
        assert!(run.ok(), "import {}: {}", f.display(), run.stderr());
    }
    let (sa4, sa2, sa3) = (id_of(env, "S4-231450"), id_of(env, "S2-2309876"), id_of(env, "S3-240456"));
    for wg in ["FG-MV WG1", "FG-MV WG2"] {
        let run = env.run(&["bodies", "add", wg, "--parent", "ITU-T FG-MV", "--kind", "working-group"]);
        assert!(run.ok(), "{}", run.stderr());
    }
    let m4 =
        env.json(&["meetings", "add", "FG-MV-4", "--from", "2023-07-10", "--to", "12 July 2023", "--place", "Geneva"]);
    assert_eq!((m4["body"].as_str(), m4["ends"].as_str()), (Some("ITU-T FG-MV"), Some("2023-07-12")));
    // A script tag in a name is text wherever it is shown.
    let m5 = env.json(&["meetings", "add", "FG-MV-5 <script>x</script>", "--from", "2023-10-02", "--online"]);
    let m5 = m5["id"].as_i64().expect("an id").to_string();
    let bad = env.run(&["meetings", "add", "FG-MV-6", "--from", "2023-12-05", "--to", "2023-12-01"]);
    assert!(!bad.ok() && bad.stderr().contains("ends on or after the day it starts"), "{}", bad.stderr());
    let twice = env.run(&["meetings", "add", "fg-mv-4", "--from", "2023-07-10"]);
    assert!(!twice.ok() && twice.stderr().contains("already"), "{}", twice.stderr());
    assert!(
        env.run(&["meetings", "item", "FG-MV-4", "6.1", "Incoming liaison statements", "--body", "FG-MV WG1"]).ok()
    );

    // Three replies arrive and are allocated to two working groups. The agenda item that WG1
    // owns and WG1 itself make one allocation, not two.
    let h = env.json(&[
        "meetings",
        "allocate",
        &sa4.to_string(),
        "--meeting",
        "FG-MV-4",
        "--to",
        "FG-MV WG1",
        "--item",
        "6.1",
    ]);
    assert_eq!(h["state"], "allocated");
    let allocs = h["allocations"].as_array().expect("allocations");
    assert_eq!(allocs.len(), 1, "{allocs:?}");
    assert_eq!((allocs[0]["body"].as_str(), allocs[0]["agenda_item"].as_str()), (Some("FG-MV WG1"), Some("6.1")));
    for id in [sa2, sa3] {
        assert!(env.run(&["meetings", "allocate", &id.to_string(), "--meeting", "FG-MV-4", "--to", "FG-MV WG2"]).ok());
    }
    // Allocating again changes nothing; the group's own statement is not allocated.
    let again = env.json(&["meetings", "allocate", &sa2.to_string(), "--meeting", "FG-MV-4", "--to", "FG-MV WG2"]);
    assert_eq!(again["allocations"].as_array().map(Vec::len), Some(1));
    let own = env.run(&["meetings", "allocate", "FG-MV-LS1", "--meeting", "FG-MV-4", "--to", "FG-MV WG1"]);
    assert!(!own.ok() && own.stderr().contains("only incoming statements"), "{}", own.stderr());
    // A later statement of SA4 is suggested to WG1, where SA4's went.
    let sugg = env.json(&["meetings", "allocate", &sa4.to_string(), "--meeting", "FG-MV-4"]);
    assert!(
        sugg["suggestions"].to_string().contains("FG-MV WG1")
            || sugg["suggestions"].as_array().is_some_and(Vec::is_empty)
    );

    // One is noted; one is postponed, which needs a later meeting.
    assert_eq!(env.json(&["meetings", "handle", &sa2.to_string(), "noted"])["state"], "noted");
    let no_later = env.run(&["meetings", "handle", &sa3.to_string(), "postponed"]);
    assert!(!no_later.ok() && no_later.stderr().contains("later meeting"), "{}", no_later.stderr());
    let p = env.json(&["meetings", "handle", &sa3.to_string(), "postponed", "--meeting", &m5]);
    assert_eq!(p["state"], "postponed");
    assert!(p["meeting"].as_str().is_some_and(|m| m.starts_with("FG-MV-5")));
    let bogus = env.run(&["meetings", "handle", &sa3.to_string(), "answered"]);
    assert!(!bogus.ok() && bogus.stderr().contains("not a handling state"), "{}", bogus.stderr());

    // One gets a reply: its draft, written from it, is linked to it as it is stored; approved and
    // sent at the meeting, it makes the statement replied to.
    let draft = env.path("reply.md");
    assert!(env.run(&["ls", "reply", &sa4.to_string(), "-o", &draft.display().to_string()]).ok());
    let text = std::fs::read_to_string(&draft).expect("the draft").replace("(write the answer here)", "We will.");
    let text = text.replacen("title:", "document: FG-MV-O-12\ntitle:", 1);
    std::fs::write(&draft, text).expect("the draft is written");
    let stored = env.json(&["ls", "new", "--from", &draft.display().to_string()]);
    let reply = stored["ls_id"].as_i64().expect("the reply's id").to_string();
    let h = env.json(&["meetings", "handle", &sa4.to_string(), "--drafter", "Ann Lee", "--due", "2023-07-11"]);
    assert_eq!((h["state"].as_str(), h["reply_ls_id"].to_string()), (Some("reply-in-preparation"), reply.clone()));
    assert_eq!(h["drafter"], "Ann Lee");
    assert!(env.run_at("2023-07-12", &["ls", "state", &reply, "approved"]).ok());
    let sent = env.run_at("2023-07-12", &["ls", "state", &reply, "sent"]);
    assert!(sent.ok(), "{}", sent.stderr());
    let shown = env.json(&["meetings", "show", "FG-MV-4"]);
    let incoming = shown["incoming"].as_array().expect("incoming");
    let outcome = |id: i64| {
        incoming.iter().find(|r| r["ls_id"] == id).and_then(|r| r["outcome"].as_str()).unwrap_or("missing").to_string()
    };
    assert_eq!((outcome(sa4), outcome(sa2), outcome(sa3)), ("replied to".into(), "noted".into(), "postponed".into()));
    let outgoing = shown["outgoing"].as_array().expect("outgoing");
    assert!(
        outgoing.iter().any(
            |r| r["ls_id"].as_i64().map(|i| i.to_string()) == Some(reply.clone()) && r["replies_to"] == "S4-231450"
        ),
        "{outgoing:?}"
    );

    // Every change is in the statement's history.
    let history = env.json(&["ls", "history", &sa4.to_string()]).to_string();
    for kind in ["ls.allocated", "ls.handling"] {
        assert!(history.contains(kind), "{kind} in {history}");
    }

    // The meeting's list, in three forms, read back.
    let csv_path = env.path("list.csv");
    assert!(env.run(&["meetings", "document", "FG-MV-4", "-o", &csv_path.display().to_string()]).ok());
    let csv = std::fs::read_to_string(&csv_path).expect("the CSV");
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("a CSV row")).collect();
    assert_eq!(rows.iter().filter(|r| &r[0] == "incoming").count(), 3, "{csv}");
    assert!(
        rows.iter()
            .any(|r| &r[0] == "incoming" && &r[1] == "S4-231450" && &r[6] == "replied to" && &r[8] == "FG-MV-O-12"),
        "{csv}"
    );
    assert!(rows.iter().any(|r| &r[0] == "outgoing" && &r[1] == "FG-MV-O-12"), "{csv}");
    let md = env.run(&["meetings", "document", "FG-MV-4", "--format", "md"]).stdout();
    assert!(md.contains("| S2-2309876 |") && md.contains("| noted |"), "{md}");
    let html = env.run(&["meetings", "document", &m5, "--format", "html"]).stdout();
    assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"), "{html}");
    let unknown = env.run(&["meetings", "document", "FG-MV-4", "--format", "xlsx"]);
    assert!(!unknown.ok() && unknown.stderr().contains("md, csv or html"), "{}", unknown.stderr());
    let as_json = env.json(&["meetings", "document", "FG-MV-4"]);
    assert_eq!(as_json["incoming"].as_array().map(Vec::len), Some(3));
    let listed = env.json(&["meetings", "list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
}

#[test]
fn a_meeting_allocates_notes_replies_to_and_postpones_incoming_statements_on_every_backend() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let dbs = rt.block_on(liaise_store::testing::all_backends("meetings_story"));
    for db in &dbs {
        let env = match db.backend {
            liaise_store::Backend::Sqlite => Env::new(),
            liaise_store::Backend::Postgres => Env::with_db(&db.url),
        };
        story(&env);
    }
}
