//! The catalogue and the roadmap of issue 4, checked against values computed by hand for the
//! Relaton samples of `../shared/catalogue`, FG-MV-LS1 and its two replies (SC 29 and SA4).

use super::story::import_story;
use super::{Env, s, shared_or_skip};
use serde_json::{Value, json};
use std::collections::BTreeMap;

fn ok(env: &Env, args: &[&str]) -> String {
    let run = env.run(args);
    assert!(run.ok(), "liaise {args:?} failed: {}", run.stderr());
    run.stdout()
}

fn json_of(env: &Env, args: &[&str]) -> Value {
    serde_json::from_str(&ok(env, args)).expect("JSON")
}

/// Which entries go on which topic: how a secretariat would file the samples.
pub const TAGS: &[(&str, &[&str])] = &[
    (
        "Media CODEC",
        &[
            "ITU-T H.264",
            "ITU-T H.265",
            "ITU-T H.266",
            "ITU-T H.274",
            "ISO/IEC 23090-3:2022",
            "ISO/IEC 23090-5:2021",
            "3GPP TS 26.118",
            "3GPP TS 26.119",
        ],
    ),
    ("Virtual-real world mapping", &["ITU-T Y.3090", "ISO/IEC 30173:2023"]),
    ("Blockchain (DLT)", &["ISO 22739:2020", "ISO 22739:2024", "ISO 23257:2022", "ITU-T X.1400"]),
    ("Accessibility aspects", &["ITU-T F.791 (11/2015)", "ITU-T F.791 (11/2018)", "W3C wcag22", "W3C xaur"]),
    ("Security aspects", &["ISO/IEC 27001:2022", "ITU-T X.1252"]),
    (
        "Architecture and Interfaces",
        &["W3C webxr", "W3C webxr-ar-module-1", "ISO/IEC 23090-14:2023", "ISO/IEC 18039:2019"],
    ),
    ("Digital assets", &["ISO/IEC 12113:2022", "W3C did-core", "W3C vc-data-model-2.0"]),
    ("Networking Infrastructure", &["3GPP TS 22.156", "3GPP TR 22.856"]),
    ("Use cases", &["3GPP TR 26.998", "3GPP TR 26.928"]),
];

/// The story of issue 3, the Relaton samples, the taxonomy and the tags above; `false` (after
/// saying so) when the samples of `../shared` are not there.
pub fn build(env: &Env, test: &str) -> bool {
    let Some(samples) = shared_or_skip("catalogue/relaton-sample", test) else { return false };
    import_story(env);
    let out = ok(env, &["catalogue", "import", s(&samples)]);
    assert!(out.contains("32 files, 32 records: 32 created, 0 updated, 0 unchanged"), "{out}");
    assert!(ok(env, &["topics", "seed", "FG-MV-LS1"]).contains("18 topics added"));
    for (topic, entries) in TAGS {
        for e in *entries {
            ok(env, &["catalogue", "tag", e, topic]);
        }
    }
    true
}

#[test]
fn the_roadmap_matches_values_computed_by_hand() {
    let env = Env::new();
    if !build(&env, "the_roadmap_matches_values_computed_by_hand") {
        return;
    }
    let r = json_of(&env, &["roadmap", "--format", "json"]);

    // The statement and who answered: SC 29 and SA4 replied. The bodies above SC 29 (ISO/IEC
    // JTC 1, ISO) did not: no parent is credited for a sub-body (issue 9, item 5).
    assert_eq!(r["statement"]["doc_number"], "FG-MV-LS1");
    assert_eq!(r["asked"].as_array().map(Vec::len), Some(38));
    assert_eq!(r["answered"], json!(["3GPP SA4", "ISO/IEC JTC 1/SC 29"]));

    // The matrix: 30 bodies named in the topic table plus 7 that own entries and are not named.
    let bodies: Vec<String> = r["matrix"]["bodies"]
        .as_array()
        .expect("bodies")
        .iter()
        .filter_map(|b| b.as_str().map(str::to_string))
        .collect();
    assert_eq!(bodies.len(), 37);
    for owner in ["3GPP SA1", "3GPP SA4", "W3C AG", "W3C APA", "W3C DID", "W3C Immersive Web WG", "W3C VC"] {
        assert!(bodies.contains(&owner.to_string()), "{owner} is a column");
    }
    let cells = |row: &Value| -> BTreeMap<String, u64> {
        bodies
            .iter()
            .zip(row["counts"].as_array().expect("counts"))
            .filter_map(|(b, n)| n.as_u64().filter(|n| *n > 0).map(|n| (b.clone(), n)))
            .collect()
    };
    let m =
        |pairs: &[(&str, u64)]| -> BTreeMap<String, u64> { pairs.iter().map(|(b, n)| (b.to_string(), *n)).collect() };
    // Topic label, entries, active entries, matrix row, related bodies that still owe an answer
    // (asked for action, or a sub-body of one asked, and neither answered nor declined: the 15
    // ITU bodies asked for information are never counted), and whether nothing covers the
    // topic. "All SDOs" stands for the 38 bodies asked, of which 36 owe.
    type Row = (&'static str, u64, u64, BTreeMap<String, u64>, usize, bool);
    let expected: Vec<Row> = vec![
        ("General / Terminology", 0, 0, m(&[]), 4, true),
        ("General / Standard roadmap", 0, 0, m(&[]), 36, true),
        ("General / Collaboration with SDOs", 0, 0, m(&[]), 36, true),
        ("Use cases and Requirements / Use cases", 2, 2, m(&[("3GPP SA4", 2)]), 36, false),
        ("Use cases and Requirements / High-level requirements", 0, 0, m(&[]), 36, true),
        ("Media CODEC", 8, 8, m(&[("3GPP SA4", 2), ("ISO/IEC JTC 1/SC 29", 2), ("ITU-T SG16", 4)]), 0, false),
        ("Infrastructure / Cloud network", 0, 0, m(&[]), 1, true),
        ("Infrastructure / Networking Infrastructure", 2, 2, m(&[("3GPP SA1", 2)]), 2, false),
        ("Infrastructure / Blockchain (DLT)", 4, 3, m(&[("ISO/TC 307", 3), ("ITU-T SG17", 1)]), 1, false),
        (
            "Virtual/real world integration / Virtual-real world mapping",
            2,
            2,
            m(&[("ISO/IEC JTC 1/SC 41", 1), ("ITU-T SG13", 1)]),
            4,
            false,
        ),
        (
            "Virtual/real world integration / Digital assets",
            3,
            3,
            m(&[("ISO/IEC JTC 1", 1), ("W3C DID", 1), ("W3C VC", 1)]),
            2,
            false,
        ),
        (
            "Interoperability / Architecture and Interfaces",
            4,
            4,
            m(&[("ISO/IEC JTC 1/SC 24", 1), ("ISO/IEC JTC 1/SC 29", 1), ("W3C Immersive Web WG", 2)]),
            5,
            false,
        ),
        ("Security / Security aspects", 2, 2, m(&[("ISO/IEC JTC 1/SC 27", 1), ("ITU-T SG17", 1)]), 2, false),
        ("Data and PII protection / Data and PII protect aspects", 0, 0, m(&[]), 1, true),
        ("Economic", 0, 0, m(&[]), 1, true),
        ("Sustainability / Environment aspects", 0, 0, m(&[]), 0, true),
        (
            "Accessibility / Accessibility aspects",
            4,
            3,
            m(&[("ITU-T SG16", 2), ("W3C AG", 1), ("W3C APA", 1)]),
            0,
            false,
        ),
        ("Policy and Regulation", 0, 0, m(&[]), 1, true),
    ];
    let topics = r["topics"].as_array().expect("topics");
    let rows = r["matrix"]["rows"].as_array().expect("rows");
    let gaps = r["gaps"]["computed"].as_array().expect("gaps");
    assert_eq!(topics.len(), expected.len());
    for ((t, row), (label, entries, active, cells_want, silent, uncovered)) in topics.iter().zip(rows).zip(&expected) {
        assert_eq!(t["label"], *label);
        assert_eq!((t["entries"].as_u64(), t["active"].as_u64()), (Some(*entries), Some(*active)), "{label}");
        assert_eq!(cells(row), *cells_want, "{label}: matrix row");
        let id = &t["id"];
        let not_answered = gaps.iter().filter(|g| g["kind"] == "not-answered" && g["topic"] == *id).count();
        let nothing = gaps.iter().any(|g| g["kind"] == "no-active-entry" && g["topic"] == *id);
        assert_eq!((not_answered, nothing), (*silent, *uncovered), "{label}: gaps");
    }
    let media = &topics[5];
    assert_eq!(
        media["related"].as_array().map(|a| a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>()),
        Some(vec!["ITU-T SG16", "ISO/IEC JTC 1/SC 29"])
    );
    // SC 29 answered and SG16 was asked only for information: no gap on media codecs.
    let media_gap: Vec<&Value> =
        gaps.iter().filter(|g| g["kind"] == "not-answered" && g["topic"] == media["id"]).collect();
    assert!(media_gap.is_empty(), "{media_gap:?}");

    // Per-topic lists, by body: SG16's four video codecs, the two SA4 specifications.
    let by_body: BTreeMap<String, Vec<String>> = media["by_body"]
        .as_array()
        .expect("by body")
        .iter()
        .map(|b| {
            (
                b["body"].as_str().unwrap_or("").to_string(),
                b["entries"]
                    .as_array()
                    .expect("entries")
                    .iter()
                    .filter_map(|e| e["identifier"].as_str().map(str::to_string))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        by_body["ITU-T SG16"],
        vec!["ITU-T H.264 (08/2021)", "ITU-T H.265 (09/2023)", "ITU-T H.266 (04/2022)", "ITU-T H.274 (05/2022)"]
    );
    assert_eq!(by_body["3GPP SA4"], vec!["3GPP TS 26.118", "3GPP TS 26.119"]);
    assert_eq!(by_body["ISO/IEC JTC 1/SC 29"], vec!["ISO/IEC 23090-3:2022", "ISO/IEC 23090-5:2021"]);

    // The timeline of blockchain: the 2020 edition (withdrawn) and X.1400 in 2020, 23257 in
    // 2022, the 2024 edition.
    let blockchain = &topics[8];
    assert_eq!(
        blockchain["timeline"],
        json!([
            { "year": 2020, "counts": { "published": 1, "withdrawn": 1 } },
            { "year": 2022, "counts": { "published": 1 } },
            { "year": 2024, "counts": { "published": 1 } }
        ])
    );
    assert_eq!(blockchain["by_lifecycle"], json!({ "published": 3, "withdrawn": 1 }));

    // The same figures in the other formats.
    let csv = ok(&env, &["roadmap", "--format", "csv"]);
    let media_line = csv.lines().find(|l| l.starts_with("Media CODEC,")).expect("a Media CODEC row");
    assert!(media_line.ends_with(",8,8"), "{media_line}");
    assert_eq!(csv.lines().count(), 2 + 18);
    let md = ok(&env, &["roadmap", "--format", "md", "--topic", "Media CODEC"]);
    assert!(
        md.contains("### Media CODEC")
            && md.contains("ITU-T H.266 (04/2022) Versatile video coding (published, 2022-04-29)"),
        "{md}"
    );
    assert!(!md.contains("### Economic"), "--topic narrows the roadmap");
}

#[test]
fn gap_records_keep_dated_progress() {
    let env = Env::new();
    if !build(&env, "gap_records_keep_dated_progress") {
        return;
    }
    let added = json_of(
        &env,
        &[
            "gaps",
            "add",
            "--title",
            "No economic standards for virtual goods",
            "--priority",
            "high",
            "--topic",
            "Economic",
            "--org",
            "ITU-T SG3",
            "--org",
            "ISO TC68",
            "--description",
            "Nothing answers the economic topic.",
            "--json",
        ],
    );
    assert_eq!(added["code"], "GAP-1");
    ok(
        &env,
        &["gaps", "update", "GAP-1", "--progress", "red", "--note", "no reply from ISO/TC 68", "--date", "2023-07-15"],
    );
    ok(
        &env,
        &[
            "gaps",
            "update",
            "1",
            "--progress",
            "yellow",
            "--note",
            "ITU-T SG3 started a work item",
            "--date",
            "2023-10-01",
        ],
    );
    let gaps = json_of(&env, &["gaps", "list", "--json"]);
    let g = &gaps[0];
    assert_eq!(
        (g["priority"].clone(), g["progress"].clone(), g["topic"].clone()),
        (json!("high"), json!("yellow"), json!("Economic"))
    );
    assert_eq!(g["organizations"], json!(["ITU-T SG3", "ISO/TC 68"]));
    assert_eq!(
        g["updates"],
        json!([
            { "on": "2023-07-15", "progress": "red", "note": "no reply from ISO/TC 68" },
            { "on": "2023-10-01", "progress": "yellow", "note": "ITU-T SG3 started a work item" }
        ])
    );
    let bad = env.run(&["gaps", "update", "1", "--progress", "purple"]);
    assert!(
        bad.stderr()
            .contains("progress \"purple\": one of not-started, red, yellow, green, closed, withdrawn, unknown"),
        "{}",
        bad.stderr()
    );
    let r = json_of(&env, &["roadmap", "--format", "json"]);
    assert_eq!(r["gaps"]["records"][0]["code"], "GAP-1");
    let html = ok(&env, &["roadmap", "--format", "html"]);
    assert!(html.contains("<td>GAP-1</td>") && html.contains("2023-10-01 yellow: ITU-T SG3 started a work item"));
}

#[test]
fn catalogue_import_is_idempotent_reports_bad_records_and_round_trips() {
    let test = "catalogue_import_is_idempotent_reports_bad_records_and_round_trips";
    let (Some(samples), Some(csv_file)) =
        (shared_or_skip("catalogue/relaton-sample", test), shared_or_skip("catalogue/metaverse-catalogue.csv", test))
    else {
        return;
    };
    let env = Env::new();
    assert!(ok(&env, &["catalogue", "import", s(&samples)]).contains("32 created"));
    let again = ok(&env, &["catalogue", "import", s(&samples)]);
    assert!(again.contains("0 created, 0 updated, 32 unchanged"), "{again}");

    // The CSV names two of the same documents: they update the entries, and add topics.
    ok(&env, &["topics", "add", "Media CODEC"]);
    let csv = ok(&env, &["catalogue", "import", s(&csv_file)]);
    assert!(csv.contains("6 records: 4 created, 2 updated"), "{csv}");
    let h266 = json_of(&env, &["catalogue", "show", "Rec. ITU-T H.266", "--json"]);
    assert_eq!(h266["published"], "2022-04-29", "a less precise date does not replace a precise one");
    assert_eq!(h266["topics"], json!(["Media CODEC"]));
    assert_eq!(h266["sources"].as_array().map(Vec::len), Some(2));
    let gap_analysis = json_of(&env, &["catalogue", "show", "IEC TR 63614-3", "--json"]);
    assert_eq!(
        (gap_analysis["lifecycle"].clone(), gap_analysis["body"].clone()),
        (json!("published"), json!("IEC TC 100"))
    );
    assert!(
        gap_analysis["topics"].as_array().is_some_and(|t| t.contains(&json!("Standard roadmap"))),
        "an unknown topic is added"
    );

    // Bad records are reported, the good ones stored, the exit status says so.
    let dir = env.path("mixed");
    std::fs::create_dir(&dir).expect("folder");
    std::fs::write(dir.join("good.yaml"), "docid:\n- id: 'RFC 9110'\n  type: IETF\ntitle:\n- content: 'HTTP Semantics'\ndocstatus:\n  stage:\n    value: Internet Standard\n").expect("write");
    std::fs::write(dir.join("broken.yaml"), "docid: [unclosed\n").expect("write");
    std::fs::write(
        dir.join("rows.csv"),
        "identifier,title,status\nIEEE 2888.1,Sensor interfaces,Active\nNOT AN ID,Nothing,x\n,Empty,\n",
    )
    .expect("write");
    let run = env.run(&["catalogue", "import", s(&dir)]);
    assert_eq!(run.code(), Some(1));
    let err = run.stderr();
    assert!(err.contains("broken.yaml: not valid YAML"), "{err}");
    assert!(err.contains("rows.csv (record 3): NOT AN ID: identifier not understood"), "{err}");
    assert!(err.contains("rows.csv (record 4): empty identifier"), "{err}");
    assert!(run.stdout().contains("2 created"), "{}", run.stdout());
    assert_eq!(json_of(&env, &["catalogue", "show", "RFC 9110", "--json"])["lifecycle"], "published");

    // Export and import into a new database give the same catalogue.
    let json_file = env.path("catalogue.json");
    ok(&env, &["catalogue", "export", "-o", s(&json_file)]);
    let csv_file = env.path("catalogue.csv");
    ok(&env, &["catalogue", "export", "-o", s(&csv_file)]);
    let exported = json_of(&env, &["catalogue", "list", "--json"]);
    for file in [&json_file, &csv_file] {
        let other = Env::new();
        ok(&other, &["catalogue", "import", s(file)]);
        let back = json_of(&other, &["catalogue", "list", "--json"]);
        let fields = |v: &Value| -> Vec<(Value, Value, Value, Value, Value)> {
            v.as_array()
                .expect("entries")
                .iter()
                .map(|e| {
                    (
                        e["identifier"].clone(),
                        e["title"].clone(),
                        e["body"].clone(),
                        e["lifecycle"].clone(),
                        e["published"].clone(),
                    )
                })
                .collect()
        };
        assert_eq!(fields(&back), fields(&exported), "{}", file.display());
        assert_eq!(back.as_array().map(Vec::len), Some(38));
    }
}

#[test]
fn identifiers_in_replies_become_proposals_to_accept() {
    let env = Env::new();
    import_story(&env);
    ok(&env, &["topics", "seed", "FG-MV-LS1"]);
    let proposals = json_of(&env, &["catalogue", "proposals", "--ls", "ISO/IEC JTC 1/SC 29 N 21034", "--json"]);
    let ids: Vec<&str> =
        proposals.as_array().expect("proposals").iter().filter_map(|p| p["identifier"].as_str()).collect();
    assert_eq!(
        ids,
        vec!["ISO/IEC 23090-3:2022", "ISO/IEC 23090-5:2021", "ISO/IEC 23090-14:2023", "ISO/IEC 18039:2019"]
    );
    assert_eq!(proposals[0]["title"], "Versatile video coding");
    assert_eq!(proposals[0]["body"], "ISO/IEC JTC 1/SC 29", "owned by the sender, whose family it is");
    assert!(proposals[0]["entry_id"].is_null());

    // Once the catalogue holds the document, the proposal matches it.
    let Some(yaml) = shared_or_skip(
        "catalogue/relaton-sample/iso/iso-iec-23090-3-2022.yaml",
        "identifiers_in_replies_become_proposals_to_accept (second half)",
    ) else {
        return;
    };
    ok(&env, &["catalogue", "import", s(&yaml)]);
    let matched = json_of(&env, &["catalogue", "proposals", "--json"]);
    assert!(
        matched
            .as_array()
            .expect("list")
            .iter()
            .any(|p| p["identifier"] == "ISO/IEC 23090-3:2022" && p["entry_id"].is_i64())
    );

    // Accepting links the entry to the statement; rejecting closes the proposal.
    let id = proposals[2]["id"].as_i64().expect("id").to_string();
    ok(&env, &["catalogue", "accept", &id, "--topic", "Architecture and Interfaces"]);
    let entry = json_of(&env, &["catalogue", "show", "ISO/IEC 23090-14:2023", "--json"]);
    assert_eq!(entry["title"], "Scene description");
    assert_eq!(entry["topics"], json!(["Interoperability / Architecture and Interfaces"]));
    assert_eq!(entry["sources"][0]["kind"], "ls");
    assert!(entry["sources"][0]["ls_id"].is_i64());
    let reject = proposals[3]["id"].as_i64().expect("id").to_string();
    ok(&env, &["catalogue", "reject", &reject]);
    let open = json_of(&env, &["catalogue", "proposals", "--ls", "ISO/IEC JTC 1/SC 29 N 21034", "--json"]);
    assert_eq!(open.as_array().map(Vec::len), Some(2));
    let again = env.run(&["catalogue", "accept", &id]);
    assert!(again.stderr().contains("already accepted"), "{}", again.stderr());
}

#[test]
fn a_w3c_reference_by_title_is_the_entry_of_that_title() {
    let Some(yaml) = shared_or_skip(
        "catalogue/relaton-sample/w3c/w3c-crd-webxr-20250401.yaml",
        "a_w3c_reference_by_title_is_the_entry_of_that_title",
    ) else {
        return;
    };
    let env = Env::new();
    ok(&env, &["catalogue", "import", s(&yaml)]);
    let csv = env.path("w3c.csv");
    std::fs::write(&csv, "identifier,title,url\nW3C WebXR Device API,WebXR Device API,https://www.w3.org/TR/webxr/\n")
        .expect("write");
    let out = ok(&env, &["catalogue", "import", s(&csv)]);
    assert!(out.contains("0 created, 1 updated"), "{out}");
    let e = json_of(&env, &["catalogue", "show", "W3C webxr", "--json"]);
    assert_eq!(
        (e["url"].clone(), e["lifecycle"].clone()),
        (json!("https://www.w3.org/TR/webxr/"), json!("in-approval"))
    );
}
