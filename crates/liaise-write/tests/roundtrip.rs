//! Round trips: a record written as .docx in the ITU layout and read back by liaise-read is the
//! same record, field for field, for every statement of `testdata/ls` and for generated ones.

use liaise_core::registry::Registry;
use liaise_core::{Layout, LsKind, LsRecord, NameRef};
use liaise_write::{Template, write_docx};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/ls")
}

/// The fields the ITU layout carries, as a reader gives them, with each name by the registry
/// entry it resolves to (a list is written with those names, not as first spelled: "ITU-T
/// SGs 2, 3" comes back as "ITU-T SG2, ITU-T SG3").
fn itu_fields(rec: &LsRecord) -> serde_json::Value {
    let reg = Registry::builtin();
    let names = |l: &[NameRef]| {
        l.iter()
            .map(|n| reg.lookup(&n.name).map_or_else(|| n.name.clone(), |b| b.canonical.clone()))
            .collect::<Vec<_>>()
    };
    let mut contacts = rec.contacts.clone();
    for c in &mut contacts {
        c.role = None;
    }
    let meeting = rec.meeting.as_ref().map(|m| (m.place.clone(), m.start, m.end));
    let topics: Vec<_> = rec
        .topics
        .iter()
        .map(|t| (t.group.clone(), t.topic.clone(), names(&t.related), names(&t.especially)))
        .collect();
    serde_json::json!({
        "doc_number": rec.doc_number, "ref": rec.reference, "sector": rec.sector,
        "study_period": rec.study_period, "source": rec.source_as_written, "source_name": rec.source_name,
        "questions": rec.questions, "working_party": rec.working_party, "original": rec.original_language,
        "meeting": meeting, "title": rec.title, "kind": rec.kind,
        "for_action": names(&rec.for_action), "for_comment": names(&rec.for_comment),
        "for_information": names(&rec.for_information), "approval": rec.approval,
        "approval_date": rec.approval_date, "deadline": rec.deadline, "contacts": contacts,
        "abstract": rec.abstract_text, "body": rec.body, "attachments": rec.attachments,
        "officers": rec.officers, "topics": topics, "requests": rec.requests, "cited": rec.cited,
        "response_to": rec.response_to, "rapporteurs": rec.rapporteurs,
    })
}

fn reread(rec: &LsRecord, reg: &Registry) -> LsRecord {
    let bytes = write_docx(rec, &Template::Itu).expect("written");
    let parsed = liaise_read::read(&bytes, reg).expect("read back");
    assert_eq!(parsed.record.layout, Layout::Itu, "read back in the ITU layout");
    parsed.record
}

/// Every statement of our test data, as a reader gives it, written and read back.
#[test]
fn every_test_statement_comes_back_field_for_field() {
    let reg = Registry::builtin();
    let mut seen = 0;
    for dir in ["itu", "3gpp", "ietf"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(testdata().join(dir))
            .expect("testdata/ls")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.to_string_lossy().ends_with(".json"))
            .collect();
        files.sort();
        for path in files {
            let bytes = std::fs::read(&path).expect("readable");
            let original = liaise_read::read(&bytes, &reg).expect("the fixture reads").record;
            let back = reread(&original, &reg);
            assert_same(&itu_fields(&back), &itu_fields(&original), &path.display().to_string());
            seen += 1;
        }
    }
    assert!(seen >= 8, "only {seen} statements in testdata/ls");
}

/// The real FG-MV-LS1 of ../shared, where it is beside the repository.
#[test]
fn fg_mv_ls1_of_the_shared_fixture_comes_back() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/fg-mv-ls1.txt");
    let Ok(bytes) = std::fs::read(&path) else {
        println!("SKIPPED: {} is not there (../shared is not beside the repository)", path.display());
        return;
    };
    let reg = Registry::builtin();
    let original = liaise_read::read(&bytes, &reg).expect("the fixture reads").record;
    assert_eq!(original.for_action.len(), 38);
    let back = reread(&original, &reg);
    assert_same(&itu_fields(&back), &itu_fields(&original), "FG-MV-LS1");
}

/// Fails with the fields that differ, each with both values.
fn assert_same(back: &serde_json::Value, original: &serde_json::Value, what: &str) {
    let (Some(b), Some(o)) = (back.as_object(), original.as_object()) else { panic!("objects") };
    let differ: Vec<String> = o
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(v))
        .map(|(k, v)| format!("{k}:\n  written: {v}\n  read:    {}", b.get(k).unwrap_or(&serde_json::Value::Null)))
        .collect();
    assert!(differ.is_empty(), "{what} written as .docx and read back differs in\n{}", differ.join("\n"));
}

fn text() -> impl Strategy<Value = String> {
    // Words of the kind statements use, with the characters XML and Word care about.
    proptest::collection::vec(
        prop_oneof![
            Just("metaverse"),
            Just("standards"),
            Just("<script>"),
            Just("R&D"),
            Just("\"quoted\""),
            Just("Fröjdh"),
            Just("roadmap"),
            Just("work"),
            Just("100%")
        ],
        1..8,
    )
    .prop_map(|w| w.join(" "))
}

fn body_names() -> impl Strategy<Value = Vec<NameRef>> {
    proptest::sample::subsequence(
        vec!["ITU-R SG5", "IEC TC 100", "ISO/IEC JTC 1/SC 29", "3GPP TSG SA WG4", "W3C", "IETF", "ITU-T SG16"],
        0..5,
    )
    .prop_map(|v| v.into_iter().map(NameRef::same).collect())
}

prop_compose! {
    fn record()(
        number in 1u32..500,
        title in text(),
        abstract_text in proptest::option::of(text()),
        paragraphs in proptest::collection::vec(text(), 0..4),
        for_action in body_names(),
        for_information in body_names(),
        deadline in proptest::option::of((2023i32..2030, 1u32..13, 1u32..29)),
        contact in proptest::option::of(("[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}", "[a-z]{3,8}")),
    ) -> LsRecord {
        let mut for_action = for_action;
        if for_action.is_empty() && for_information.is_empty() {
            for_action.push(NameRef::same("ITU-T SG16"));
        }
        LsRecord {
            layout: Layout::Itu,
            doc_number: Some(format!("FG-MV-LS{number}")),
            sector: Some("ITU-T".into()),
            source_as_written: Some("ITU-T FG-MV".into()),
            title: format!("LS on {title}"),
            kind: LsKind::Statement,
            for_action,
            for_information,
            deadline: deadline.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d)),
            contacts: contact.map(|(name, domain)| liaise_core::Contact {
                name,
                organization: Some("ETRI".into()),
                country: Some("Korea".into()),
                email: Some(format!("someone@{domain}.org")),
                ..Default::default()
            }).into_iter().collect(),
            abstract_text,
            body: paragraphs.join("\n"),
            ..LsRecord::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Generated records: what the ITU layout holds comes back.
    #[test]
    fn generated_records_come_back(rec in record()) {
        let reg = Registry::builtin();
        let back = reread(&rec, &reg);
        prop_assert_eq!(&back.doc_number, &rec.doc_number);
        prop_assert_eq!(&back.title, &rec.title);
        prop_assert_eq!(&back.abstract_text, &rec.abstract_text);
        prop_assert_eq!(&back.body, &rec.body);
        prop_assert_eq!(back.deadline, rec.deadline);
        prop_assert_eq!(&back.contacts, &rec.contacts);
        let (b, r) = (itu_fields(&back), itu_fields(&rec));
        prop_assert_eq!(&b["for_action"], &r["for_action"]);
        prop_assert_eq!(&b["for_information"], &r["for_information"]);
    }
}

/// Found in review: a body that starts with a table, in a statement without an abstract, was
/// read back as part of the header and lost.
#[test]
fn a_body_that_starts_with_a_table_comes_back() {
    let reg = Registry::builtin();
    let rec = LsRecord {
        doc_number: Some("FG-MV-LS7".into()),
        sector: Some("ITU-T".into()),
        source_as_written: Some("ITU-T FG-MV".into()),
        title: "LS on tables".into(),
        for_action: vec![NameRef::same("ITU-T SG16")],
        body: "Topic | Bodies\nMedia CODEC | ITU-T SG16\n\nAfter the table.".into(),
        ..LsRecord::default()
    };
    let back = reread(&rec, &reg);
    assert_eq!((back.body.as_str(), back.abstract_text.as_deref()), (rec.body.as_str(), None));
}
