//! The store suite: one story, run on SQLite and on PostgreSQL (when `LIAISE_TEST_POSTGRES_URL`
//! names a server that answers; otherwise it says it skipped and why).

use chrono::{TimeZone, Utc};
use liaise_core::catalogue::{EntryRecord, Lifecycle};
use liaise_core::registry::BodyStatus;
use liaise_core::{BodyList, LsRecord, NameRef};
use liaise_store::bodies::NewBody;
use liaise_store::ls::{FileMeta, LsFilter};
use liaise_store::testing::all_backends;
use liaise_store::{Store, Who};
use std::path::Path;

mod archive;
mod upgrade;

fn who() -> Who {
    Who::new("test", Utc.with_ymd_and_hms(2023, 4, 1, 9, 0, 0).single().expect("a valid time"))
}

fn shared_or(p: &str, ours: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(p);
    std::fs::read(&path).unwrap_or_else(|_| testdata(ours))
}

fn testdata(p: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata").join(p);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn meta(name: &str, bytes: &[u8]) -> FileMeta {
    // A cheap stand-in for SHA-256: the store only needs a stable key per content.
    let h = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    FileMeta {
        name: name.to_string(),
        sha256: format!("{h:016x}-{}", bytes.len()),
        size: bytes.len() as u64,
        format: "text".into(),
        initial_state: None,
        content: Some(bytes.to_vec()),
    }
}

async fn import(store: &Store, name: &str, bytes: &[u8]) -> liaise_store::ls::Imported {
    let mut reg = store.registry().await.expect("registry loads");
    let parsed = liaise_read::read(bytes, &reg).expect("the test document reads");
    store
        .import_ls(&mut reg, &parsed.record, &parsed.warnings, &meta(name, bytes), &who())
        .await
        .expect("import succeeds")
}

async fn story(store: &Store) {
    // The built-in registry is there, with its aliases.
    let reg = store.registry().await.expect("registry loads");
    assert!(reg.len() > 120, "built-in bodies: {}", reg.len());
    assert_eq!(reg.lookup("JTC1 SC24").map(|b| b.canonical.as_str()), Some("ISO/IEC JTC 1/SC 24"));

    // Importing the fixture stores it with every name resolved.
    // The plain text of the original when ../shared is beside the repository, else our .docx of
    // it, which reads to the same record.
    let text = shared_or("fixtures/fg-mv-ls1.txt", "ls/itu/fg-mv-ls1.docx");
    let first = import(store, "fg-mv-ls1.txt", &text).await;
    assert!(first.created);
    assert!(first.new_bodies.is_empty(), "unexpected new bodies: {:?}", first.new_bodies);
    let view = store.get_ls("FG-MV-LS1").await.expect("found by number");
    assert_eq!(view.id, first.ls_id);
    assert_eq!(view.source, "ITU-T FG-MV");
    assert_eq!(view.list(BodyList::ForAction, None).len(), 38);
    assert_eq!(view.list(BodyList::ForInformation, None).len(), 15);
    assert_eq!(view.list(BodyList::TopicEspecially, Some(3)), vec!["ITU-R SG5", "IEC", "ISO", "ISO/IEC JTC 1"]);
    assert_eq!(view.list(BodyList::TopicRelated, Some(1)), vec!["All SDOs"]);

    // The same file again, and the same statement as a .docx, update it: no duplicate.
    let again = import(store, "fg-mv-ls1.txt", &text).await;
    assert_eq!((again.ls_id, again.created), (first.ls_id, false));
    // Issue 9, item 13: the same file again changes nothing and writes no event; its bytes are
    // kept by content and come back whole.
    assert!(again.unchanged && again.changes.is_empty(), "{:?}", again.changes);
    let events = store.statement_history(first.ls_id).await.expect("history");
    assert_eq!(events.iter().filter(|e| e.kind == "ls.updated").count(), 0);
    let sha = &view.files[0].sha256;
    assert_eq!(store.file_content(sha).await.expect("content").as_deref(), Some(&text[..]));
    let docx = import(store, "fg-mv-ls1.docx", &testdata("ls/itu/fg-mv-ls1.docx")).await;
    assert_eq!((docx.ls_id, docx.created), (first.ls_id, false));
    assert_eq!(store.count_ls().await.expect("count"), 1);
    let view = store.get_ls(&first.ls_id.to_string()).await.expect("found by id");
    // Two files, unless the text was not there and the .docx stood in for it.
    let files = if text == testdata("ls/itu/fg-mv-ls1.docx") { 1 } else { 2 };
    assert_eq!(view.files.len(), files);

    // Officers are people linked to the group with their role.
    let fg = store.body_detail("FG-MV").await.expect("the focus group is known");
    assert_eq!(fg.officers.len(), 12);
    assert_eq!(fg.officers[0].role, "chair");
    assert_eq!(fg.officers[0].email.as_deref(), Some("sgkang@etri.re.kr"), "the chair is also a contact");

    // An unknown name becomes an unconfirmed body, reported with the text it came from.
    let mut reg = store.registry().await.expect("registry loads");
    let rec = LsRecord {
        doc_number: Some("X-LS1".into()),
        title: "LS on tests".into(),
        source_as_written: Some("ITU-T SG16".into()),
        for_action: vec![NameRef::same("Acme Metaverse Alliance"), NameRef::same("W3C")],
        deadline: chrono::NaiveDate::from_ymd_opt(2023, 9, 1),
        ..LsRecord::default()
    };
    let imported = store.import_ls(&mut reg, &rec, &[], &meta("x.txt", b"x"), &who()).await.expect("import succeeds");
    assert_eq!(imported.new_bodies, vec!["Acme Metaverse Alliance"]);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("unknown body") && w.quote.as_deref() == Some("Acme Metaverse Alliance"))
    );
    let unconfirmed = store.list_bodies(false, Some(BodyStatus::Unconfirmed)).await.expect("list");
    assert_eq!(
        unconfirmed.iter().map(|b| b.body.canonical.as_str()).collect::<Vec<_>>(),
        vec!["Acme Metaverse Alliance"]
    );

    // A person merges it into a body of their own making; every record follows.
    store
        .add_body(
            &NewBody { canonical: "Acme Alliance".into(), aliases: vec!["AA".into()], ..NewBody::default() },
            &who(),
        )
        .await
        .expect("add");
    let report = store.merge_bodies("Acme Metaverse Alliance", "AA", &who()).await.expect("merge");
    assert_eq!((report.names_repointed, report.into.as_str()), (1, "Acme Alliance"));
    let view = store.get_ls("X-LS1").await.expect("found");
    assert_eq!(view.list(BodyList::ForAction, None), vec!["Acme Alliance", "W3C"]);
    assert_eq!(store.find_body("Acme Metaverse Alliance").await.expect("alias kept").canonical, "Acme Alliance");
    assert!(store.merge_bodies("ITU-T SG16", "Acme Alliance", &who()).await.is_err(), "built-ins are not merged away");
    assert!(store.add_alias("W3C", "AA", &who()).await.is_err(), "an alias of another body is refused");

    // Filters.
    let ids = |v: Vec<liaise_store::ls::LsView>| v.iter().map(|v| v.id).collect::<Vec<_>>();
    let by = |f: LsFilter| async move { ids(store.list_ls(&f).await.expect("list")) };
    assert_eq!(by(LsFilter::default()).await.len(), 2);
    assert_eq!(by(LsFilter { source: Some("FG-MV".into()), ..LsFilter::default() }).await, vec![first.ls_id]);
    assert_eq!(
        by(LsFilter { recipient: Some("Acme Alliance".into()), ..LsFilter::default() }).await,
        vec![imported.ls_id]
    );
    assert_eq!(by(LsFilter { recipient: Some("JTC1 SC29".into()), ..LsFilter::default() }).await, vec![first.ls_id]);
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    assert_eq!(by(LsFilter { deadline_before: d("2023-07-01"), ..LsFilter::default() }).await, vec![first.ls_id]);
    assert_eq!(by(LsFilter { deadline_after: d("2023-07-01"), ..LsFilter::default() }).await, vec![imported.ls_id]);
    assert!(store.list_ls(&LsFilter { source: Some("Nobody at all".into()), ..LsFilter::default() }).await.is_err());

    // Every change is an event: the .docx added a file (unless, without ../shared, the "text"
    // was that .docx already); the same file again changed nothing.
    let history = store.history("ls", first.ls_id).await.expect("history");
    let kinds: Vec<&str> = history.iter().map(|e| e.kind.as_str()).collect();
    let docx_is_new = text != testdata("ls/itu/fg-mv-ls1.docx");
    assert_eq!(kinds, if docx_is_new { vec!["ls.created", "ls.updated"] } else { vec!["ls.created"] });
    assert_eq!(history[0].actor, "test");
    let body_events =
        store.history("body", report_body_id(store, "Acme Metaverse Alliance").await).await.expect("history");
    assert_eq!(body_events.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(), vec!["body.created", "body.merged"]);
}

async fn report_body_id(store: &Store, merged_name: &str) -> i64 {
    store
        .list_bodies(true, Some(BodyStatus::Merged))
        .await
        .expect("list")
        .into_iter()
        .find(|b| b.body.canonical == merged_name)
        .map(|b| b.body.id)
        .expect("the merged body is kept")
}

#[tokio::test]
async fn store_story_on_every_backend() {
    for db in all_backends("store_story_on_every_backend").await {
        let store = db.open().await;
        story(&store).await;
        store.close().await;
    }
}

#[tokio::test]
async fn opening_twice_does_not_seed_twice() {
    for db in all_backends("opening_twice_does_not_seed_twice").await {
        let a = db.open().await;
        let n = a.registry().await.expect("registry").len();
        a.close().await;
        let b = db.open().await;
        assert_eq!(b.registry().await.expect("registry").len(), n);
        let seeded = b.recent_events(100).await.expect("events").iter().filter(|e| e.kind == "registry.seeded").count();
        assert_eq!(seeded, 1);
        b.close().await;
    }
}

fn record(number: &str, source: &str, to: &str) -> LsRecord {
    LsRecord {
        doc_number: Some(number.into()),
        title: format!("LS {number}"),
        source_as_written: Some(source.into()),
        for_action: vec![NameRef::same(to)],
        ..LsRecord::default()
    }
}

#[tokio::test]
async fn a_batch_keeps_what_succeeded_and_drops_what_failed() {
    for db in all_backends("a_batch_keeps_what_succeeded_and_drops_what_failed").await {
        let store = db.open().await;
        let mut reg = store.registry().await.expect("registry");
        let mut batch = store.batch().await.expect("batch");
        let a = batch.import_ls(&mut reg, &record("A-LS1", "ITU-T SG16", "W3C"), &[], &meta("a", b"a"), &who()).await;
        assert!(a.is_ok());
        // "All SDOs" is no body, so it cannot be a source: this import fails.
        let b = batch.import_ls(&mut reg, &record("B-LS1", "All SDOs", "IETF"), &[], &meta("b", b"b"), &who()).await;
        assert!(b.is_err());
        let c = batch
            .import_ls(&mut reg, &record("C-LS1", "ITU-T SG17", "New Body Forum"), &[], &meta("c", b"c"), &who())
            .await;
        assert_eq!(c.expect("c imports").new_bodies, vec!["New Body Forum"]);
        assert_eq!(batch.len(), 2);
        batch.commit().await.expect("commit");
        let numbers: Vec<Option<String>> =
            store.list_ls(&LsFilter::default()).await.expect("list").into_iter().map(|v| v.record.doc_number).collect();
        assert_eq!(numbers, vec![Some("A-LS1".to_string()), Some("C-LS1".to_string())]);

        // A batch dropped without commit stores nothing.
        let mut batch = store.batch().await.expect("batch");
        batch
            .import_ls(&mut reg, &record("D-LS1", "ITU-T SG13", "IETF"), &[], &meta("d", b"d"), &who())
            .await
            .expect("d");
        drop(batch);
        assert_eq!(store.count_ls().await.expect("count"), 2);
        store.close().await;
    }
}

fn entry(identifier: &str, title: &str, body: &str, status: &str, published: &str, topics: &[&str]) -> EntryRecord {
    EntryRecord {
        identifier: identifier.into(),
        title: title.into(),
        body: Some(body.into()),
        status: Some(status.into()),
        published: Some(published.into()),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        ..EntryRecord::default()
    }
}

/// The catalogue and what the roadmap reads from it: the same on every backend, down to the
/// aggregate query that hands the roadmap all its entries in one row.
async fn catalogue_story(store: &Store) {
    let who = who();
    // Nothing yet: an empty roadmap, not an error (PostgreSQL aggregates no rows to NULL).
    let empty = store.roadmap_data(None, &[]).await.expect("an empty roadmap");
    assert!(empty.input.entries.is_empty() && empty.input.topics.is_empty());

    store.add_topic("Media", Some("CODEC"), &who).await.expect("a topic");
    store.add_topic("Digital twins", None, &who).await.expect("a topic");
    store.add_topic("Policy", None, &who).await.expect("a topic");
    store.relate_topic("CODEC", "ITU-T SG16", false, true, &who).await.expect("related");
    let mut reg = store.registry().await.expect("registry");
    let records = vec![
        entry("ITU-T H.266 (04/2022)", "Versatile video coding", "ITU-T SG16", "In force", "2022-04-29", &["CODEC"]),
        entry(
            "ISO/IEC 23090-3:2022",
            "Versatile video coding",
            "ISO/IEC JTC 1/SC 29",
            "60.60",
            "2022-09",
            &["CODEC", "Digital twins"],
        ),
        entry("ITU-T Y.3090 (02/2022)", "Digital twin network", "ITU-T SG13", "In force", "2022-02", &[]),
        // The same document written another way is the same entry, not a second one.
        entry("Rec. ITU-T H.266 (04/2022)", "Versatile video coding", "ITU-T SG16", "In force", "2022-04-29", &[]),
    ];
    let sources = [liaise_store::catalogue::Source::import("story.csv")];
    let done = store.upsert_entries(&mut reg, &records, &sources, &who).await.expect("stored");
    assert_eq!((done.created, done.merged, done.failed.len()), (3, 1, 0), "{done:?}");
    store.tag_entry("ITU-T Y.3090 (02/2022)", &["Digital twins".to_string()], true, &who).await.expect("tagged");

    // Importing the same records again changes nothing.
    let again = store.upsert_entries(&mut reg, &records, &sources, &who).await.expect("stored");
    assert_eq!((again.created, again.updated), (0, 0), "{again:?}");

    let data = store.roadmap_data(None, &[]).await.expect("roadmap data");
    let mut on_topics: Vec<(String, usize)> =
        data.input.entries.iter().map(|e| (data.entries[&e.id].identifier.clone(), e.topics.len())).collect();
    on_topics.sort();
    assert_eq!(
        on_topics,
        vec![
            ("ISO/IEC 23090-3:2022".to_string(), 2),
            ("ITU-T H.266 (04/2022)".to_string(), 1),
            ("ITU-T Y.3090 (02/2022)".to_string(), 1)
        ]
    );
    let h266 =
        data.input.entries.iter().find(|e| data.entries[&e.id].identifier.starts_with("ITU-T H.266")).expect("H.266");
    assert_eq!((h266.year, h266.lifecycle), (Some(2022), Some(Lifecycle::Published)));
    assert_eq!(data.entries.get(&h266.id).and_then(|b| b.published.as_deref()), Some("2022-04-29"));
    let roadmap = liaise_core::roadmap::compute(&data.input);
    let codec = roadmap.topics.iter().position(|t| t.name.as_deref() == Some("CODEC")).expect("CODEC row");
    assert_eq!(roadmap.matrix[codec].iter().sum::<usize>(), 2);

    // Narrowed to one topic: only its entries.
    let policy = store.roadmap_data(None, &["Policy".to_string()]).await.expect("one topic");
    assert!(policy.input.entries.is_empty());
    assert_eq!(policy.input.topics.len(), 1);
    // Issue 9, item 12: an entry is corrected (its lifecycle follows a new status) and withdrawn.
    let edit = liaise_store::catalogue::EntryEdit { status: Some("Superseded".into()), ..Default::default() };
    let e = store.edit_entry("ITU-T Y.3090 (02/2022)", &edit, &who).await.expect("corrected");
    assert_eq!(e.lifecycle.as_deref(), Some("superseded"));
    store.withdraw_entry("ITU-T Y.3090 (02/2022)", "a test", &who).await.expect("withdrawn");
    assert!(store.entry("ITU-T Y.3090 (02/2022)").await.is_err());
}

#[tokio::test]
async fn catalogue_story_on_every_backend() {
    for db in all_backends("catalogue_story_on_every_backend").await {
        let store = db.open().await;
        catalogue_story(&store).await;
        store.close().await;
    }
}

/// The due list is grouped, counted and paged in SQL (issue 11); these are the rules of
/// `liaise_core::track::body_state` and `is_overdue`, so every pair of states of a body's two
/// actions is checked against them.
async fn due_story(store: &Store) {
    use liaise_core::track::{ActionState, body_state, is_overdue};
    use liaise_store::track::{ActionFilter, DueFilter, DueSide};
    const BODIES: [&str; 25] = [
        "ITU-T SG2",
        "ITU-T SG3",
        "ITU-T SG5",
        "ITU-T SG9",
        "ITU-T SG11",
        "ITU-T SG12",
        "ITU-T SG13",
        "ITU-T SG15",
        "ITU-T SG16",
        "ITU-T SG17",
        "ITU-T SG20",
        "ITU-R SG1",
        "ITU-R SG3",
        "ITU-R SG4",
        "ITU-R SG5",
        "ITU-R SG6",
        "ITU-D SG1",
        "ITU-D SG2",
        "IETF",
        "W3C",
        "3GPP SA4",
        "IEC TC 100",
        "ISO/IEC JTC 1/SC 29",
        "ISO/IEC JTC 1/SC 24",
        "IEEE SA",
    ];
    let (home, _) = store.set_home("ITU-T FG-MV", &who()).await.expect("the group is set");
    let mut sent = LsRecord {
        doc_number: Some("FG-MV-LS9".into()),
        title: "LS on every pair of states".into(),
        source_as_written: Some("ITU-T FG-MV".into()),
        for_action: BODIES.iter().map(|b| NameRef::same(b)).collect(),
        requests: vec!["provide a roadmap".into(), "designate a liaison rapporteur".into()],
        deadline: chrono::NaiveDate::from_ymd_opt(2023, 6, 30),
        ..LsRecord::default()
    };
    let mut reg = store.registry().await.expect("registry");
    let ls = store.import_ls(&mut reg, &sent, &[], &meta("sent", b"sent"), &who()).await.expect("import").ls_id;
    // A statement another body sent the group, asking it for action: what the group owes.
    sent.doc_number = Some("W3C-LS1".into());
    sent.source_as_written = Some("W3C".into());
    sent.for_action = vec![NameRef::same("ITU-T FG-MV")];
    store.import_ls(&mut reg, &sent, &[], &meta("received", b"received"), &who()).await.expect("import");

    let pairs: Vec<(ActionState, ActionState)> =
        ActionState::ALL.iter().flat_map(|a| ActionState::ALL.iter().map(move |b| (*a, *b))).collect();
    let actions = store.actions(&ActionFilter { ls_id: Some(ls), ..ActionFilter::default() }).await.expect("actions");
    let mut expected = std::collections::BTreeMap::new();
    for (body, (a, b)) in BODIES.iter().zip(&pairs) {
        let mine: Vec<_> = actions.iter().filter(|x| x.body == *body).collect();
        assert_eq!(mine.len(), 2, "{body} has an action per request");
        for (action, to) in mine.iter().zip([a, b]) {
            if *to != ActionState::Open {
                store.set_action_states(&[action.id], *to, None, &who()).await.expect("a move from open");
            }
        }
        expected.insert(mine[0].body_id, body_state([*a, *b]).expect("a state"));
    }
    let as_of = chrono::NaiveDate::from_ymd_opt(2023, 7, 1).expect("a date");
    let f = DueFilter {
        side: DueSide::ToUs,
        home: Some(vec![home]),
        body: None,
        as_of,
        within_days: None,
        overdue_only: false,
        latest_first: false,
    };
    let (groups, total) = store.due_groups(&f, None).await.expect("due groups");
    let pending: Vec<_> = expected.iter().filter(|(_, s)| s.is_pending()).collect();
    assert_eq!(total as usize, pending.len());
    for g in &groups {
        assert_eq!(Some(&g.state), expected.get(&g.body_id), "the state of body {}", g.body_id);
        assert_eq!(g.requests.len(), g.action_ids.len());
        assert!(!g.requests.is_empty(), "a pending group lists what it owes");
    }
    let (counts, n) = store.due_counts(&f, None).await.expect("counts");
    assert_eq!(n, 1, "one statement the group sent");
    let c = &counts[0];
    let count = |s: ActionState| expected.values().filter(|x| **x == s).count() as i64;
    assert_eq!(c.asked, BODIES.len() as i64);
    assert_eq!(c.open, count(ActionState::Open) + count(ActionState::Acknowledged));
    assert_eq!(c.answered, count(ActionState::Answered));
    assert_eq!(c.declined, count(ActionState::Declined));
    assert_eq!(c.withdrawn, count(ActionState::Withdrawn));
    let late = expected.values().filter(|s| is_overdue(**s, sent.deadline, as_of)).count() as i64;
    assert_eq!(c.overdue, late);

    // Pages: the same rows in the same order, and the total past the last page too.
    let mut paged = Vec::new();
    for offset in (0..total + 5).step_by(5) {
        let (page, t) = store.due_groups(&f, Some((5, offset))).await.expect("a page");
        assert_eq!(t, total, "every page says the total, past the end too (offset {offset})");
        paged.extend(page.into_iter().map(|g| g.body_id));
    }
    assert_eq!(paged, groups.iter().map(|g| g.body_id).collect::<Vec<_>>());
    // Names sort alike on both backends: by the body's name, byte order, within a deadline.
    let names: Vec<String> = groups.iter().map(|g| reg.canonical(g.body_id).unwrap_or("?").to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);

    // One body; overdue only; within days; the other side.
    let w3c = reg.lookup("W3C").expect("W3C").id;
    let (one, _) = store.due_groups(&DueFilter { body: Some(w3c), ..f.clone() }, None).await.expect("one body");
    assert!(one.iter().all(|g| g.body_id == w3c));
    let early = DueFilter { as_of: chrono::NaiveDate::from_ymd_opt(2023, 6, 1).expect("a date"), ..f.clone() };
    assert_eq!(store.due_groups(&DueFilter { overdue_only: true, ..early.clone() }, None).await.expect("due").1, 0);
    assert_eq!(store.due_groups(&DueFilter { within_days: Some(10), ..early.clone() }, None).await.expect("due").1, 0);
    assert_eq!(store.due_groups(&DueFilter { within_days: Some(29), ..early }, None).await.expect("due").1, total);
    let (we_owe, n) = store.due_groups(&DueFilter { side: DueSide::ByUs, ..f.clone() }, None).await.expect("by us");
    assert_eq!(n, 1);
    assert_eq!(we_owe[0].body_id, home);
    assert_eq!(we_owe[0].requests.len(), 2);
    // Without a group, the group owes nothing it could know of.
    assert_eq!(store.due_groups(&DueFilter { side: DueSide::ByUs, home: None, ..f }, None).await.expect("none").1, 0);
}

#[tokio::test]
async fn the_due_list_in_sql_follows_the_core_rules_on_every_backend() {
    for db in all_backends("the_due_list_in_sql_follows_the_core_rules_on_every_backend").await {
        let store = db.open().await;
        due_story(&store).await;
        store.close().await;
    }
}

/// Sending the group's statements, address by address (issue 14, and what review found: a
/// send that was killed left its addresses claimed for ever; a corrected address left the old
/// one failing for ever).
async fn delivery_story(store: &Store) {
    use liaise_core::track::LsState;
    use liaise_store::send::Recipient;
    let mut reg = store.registry().await.expect("registry");
    store.set_home("ITU-T FG-MV", &who()).await.expect("the group");
    let rec = record("FG-MV-LS9", "ITU-T FG-MV", "IEC TC 100");
    let mut file = meta("draft.md", b"a draft");
    file.initial_state = Some(LsState::Draft);
    let id = store.import_ls(&mut reg, &rec, &[], &file, &who()).await.expect("stored").ls_id;
    assert!(
        store.actions(&Default::default()).await.expect("actions").iter().all(|a| a.ls_id != id),
        "a draft asks nothing"
    );
    let to = |emails: &[&str]| -> Vec<Recipient> {
        emails
            .iter()
            .map(|e| Recipient { email: e.to_string(), name: "N".into(), body_id: None, why: "rapporteur".into() })
            .collect()
    };
    let err = store.claim_deliveries(id, &to(&["a@x.org"]), &who()).await.expect_err("a draft is not sent");
    assert!(err.to_string().contains("is a draft"), "{err}");
    store.set_ls_state(id, LsState::Approved, None, &who()).await.expect("approved");

    let first = store.claim_deliveries(id, &to(&["a@x.org", "B@x.org"]), &who()).await.expect("claimed");
    assert_eq!(first.iter().map(|d| d.email.as_str()).collect::<Vec<_>>(), ["a@x.org", "b@x.org"]);
    // A second send at once finds nothing to claim: both belong to the first.
    assert!(store.claim_deliveries(id, &to(&["a@x.org", "b@x.org"]), &who()).await.expect("claim").is_empty());
    store.finish_delivery(first[0].id, Ok("<m1@x.org>".into()), &who()).await.expect("finished");
    store.finish_delivery(first[1].id, Err("550 no such user".into()), &who()).await.expect("finished");

    // The failed address was corrected: the old one is dropped, the new one claimed, the sent one left alone.
    let second = store.claim_deliveries(id, &to(&["a@x.org", "c@x.org"]), &who()).await.expect("claimed");
    assert_eq!(second.iter().map(|d| d.email.as_str()).collect::<Vec<_>>(), ["c@x.org"]);
    let all = store.deliveries(id).await.expect("deliveries");
    let status = |e: &str| all.iter().find(|d| d.email == e).map(|d| d.status.clone()).unwrap_or_default();
    assert_eq!(
        (status("a@x.org"), status("b@x.org"), status("c@x.org")),
        ("sent".into(), "dropped".into(), "sending".into())
    );

    // A send that stopped without finishing: its claim is taken again once it is stale.
    let soon = Who::new("test", who().at + chrono::Duration::minutes(2));
    assert!(store.claim_deliveries(id, &to(&["a@x.org", "c@x.org"]), &soon).await.expect("claim").is_empty());
    let later = Who::new("test", who().at + chrono::Duration::minutes(liaise_store::send::STALE_MINUTES + 1));
    let again = store.claim_deliveries(id, &to(&["a@x.org", "c@x.org"]), &later).await.expect("claimed");
    assert_eq!(again.iter().map(|d| d.email.as_str()).collect::<Vec<_>>(), ["c@x.org"]);
    store.finish_delivery(again[0].id, Ok("<m3@x.org>".into()), &later).await.expect("finished");

    // Sent: its actions start, and it is not sent twice.
    store.set_ls_state(id, LsState::Sent, Some("sent by e-mail"), &later).await.expect("sent");
    let actions = store.actions(&Default::default()).await.expect("actions");
    assert_eq!(actions.iter().filter(|a| a.ls_id == id).count(), 1, "one action for IEC TC 100");
    let err = store.claim_deliveries(id, &to(&["d@x.org"]), &later).await.expect_err("sent already");
    assert!(err.to_string().contains("was sent already"), "{err}");
}

#[tokio::test]
async fn deliveries_are_claimed_once_and_retried_only_where_they_failed_on_every_backend() {
    for db in all_backends("deliveries_are_claimed_once_and_retried_only_where_they_failed_on_every_backend").await {
        let store = db.open().await;
        delivery_story(&store).await;
        store.close().await;
    }
}
