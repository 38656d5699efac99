//! Catalogue and roadmap at scale: N synthetic Relaton records (both schema generations, four
//! families) plus the real samples of `../shared/catalogue/relaton-sample` when present, imported
//! into a fresh SQLite database the way `liaise catalogue import` does it; then the FG-MV-LS1
//! taxonomy is seeded, every entry is put on one or two topics, and the roadmap is read,
//! computed and written as HTML.
//!
//!     taskset -c 0 cargo bench -p liaise-app --bench catalogue -- [N] [--keep DIR]
//!
//! N defaults to 100,000. Synthetic identifiers are chosen not to collide with real ones (ISO
//! numbers from 40000, 3GPP series from 70, ITU-T numbers from 5000), so every record is a new
//! entry. `--keep DIR` leaves the files and the database (DIR/bench.db) there, e.g. to time
//! `liaise --db DIR/bench.db roadmap --format html -o /tmp/roadmap.html`. Prints entries per second for the import (and for a second,
//! idempotent import of the same files), and the time of each roadmap step.

use liaise_app::catalogue::{Progress, import};
use liaise_app::import::import_paths;
use liaise_app::roadmap::{RenderOptions, RoadmapFormat, render};
use liaise_store::{Store, Who};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

/// A small deterministic generator, so that every run imports the same records.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: enough spread for picking statuses and groups.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "immersive",
    "media",
    "avatar",
    "digital",
    "twin",
    "ledger",
    "identity",
    "spatial",
    "audio",
    "haptic",
    "rendering",
    "network",
    "cloud",
    "edge",
    "security",
    "privacy",
    "accessibility",
    "interoperability",
    "asset",
    "economy",
    "metaverse",
    "scene",
    "description",
    "point",
    "cloud",
    "coding",
    "transport",
];

fn title(rng: &mut Rng, i: usize) -> String {
    let mut t = String::new();
    for k in 0..(3 + rng.below(5)) {
        if k > 0 {
            t.push(' ');
        }
        t.push_str(rng.pick(WORDS));
    }
    let mut c = t.chars();
    let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or('X');
    format!("{first}{} - Part {}", c.as_str(), i % 9 + 1)
}

/// ISO and ISO/IEC in the older shape, with harmonized stage codes.
fn iso(rng: &mut Rng, i: usize) -> String {
    let prefix = rng.pick(&["ISO", "ISO/IEC"]);
    let year = 2000 + rng.below(26);
    let group = if prefix == "ISO" {
        rng.pick(&["ISO/TC 307", "ISO/TC 204", "ISO/TC 211"])
    } else {
        rng.pick(&[
            "ISO/IEC JTC 1/SC 29",
            "ISO/IEC JTC 1/SC 24",
            "ISO/IEC JTC 1/SC 27",
            "ISO/IEC JTC 1/SC 41",
            "ISO/IEC JTC 1/SC 42",
            "ISO/IEC JTC 1",
        ])
    };
    let (stage, sub) =
        *[("60", "60"), ("95", "99"), ("90", "93"), ("40", "20"), ("50", "00"), ("30", "99"), ("20", "00")]
            .get(rng.below(7) as usize)
            .unwrap_or(&("60", "60"));
    format!(
        "schema-version: v1.2.9\nid: SYN{i}\ntype: standard\ntitle:\n- content: '{}'\n  language: [en]\n  script: [Latn]\n  format: text/plain\n  type: main\ndocid:\n- id: '{prefix} {}-{}:{year}'\n  type: ISO\n  primary: true\ndate:\n- type: published\n  value: {year}-{:02}\ndocstatus:\n  stage:\n    value: '{stage}'\n  substage:\n    value: '{sub}'\ndoctype:\n  type: international-standard\neditorialgroup:\n  technical_committee:\n  - name: '{group}'\n",
        title(rng, i),
        40000 + i / 4,
        i % 4 + 1,
        1 + rng.below(12),
    )
}

/// 3GPP in the older shape: TS and TR with release and version.
fn three_gpp(rng: &mut Rng, i: usize) -> String {
    let kind = rng.pick(&["TS", "TR"]);
    let release = 14 + rng.below(6);
    let group = rng.pick(&["S1", "S2", "S3", "S4", "S5", "S6", "R1", "R2", "C1", "C4"]);
    let stage = rng.pick(&["published", "published", "draft", "frozen"]);
    format!(
        "schema-version: v1.2.3\nid: 3GPP{kind}{i}\ntype: standard\ntitle:\n- content: '{}'\n  language: [en]\n  script: [Latn]\n  format: text/plain\ndocid:\n- id: '3GPP {kind} {}.{:03}:Rel-{release}/{release}.{}.0'\n  type: 3GPP\n  primary: true\ndate:\n- type: published\n  value: '{}-{:02}-15'\ndocstatus:\n  stage:\n    value: {stage}\ndoctype: {kind}\neditorialgroup:\n- name: {group}\n  type: prime\nrelease:\n  version2g: null\n  version3g: '{release}'\n",
        title(rng, i),
        70 + i / 1000,
        i % 1000,
        rng.below(4),
        2016 + release - 14,
        1 + rng.below(12),
    )
}

/// ITU-T Recommendations in the newer shape.
fn itu(rng: &mut Rng, i: usize) -> String {
    let series = ["F", "G", "H", "J", "P", "Q", "X", "Y"][i % 8];
    let year = 1995 + rng.below(31);
    let month = 1 + rng.below(12);
    let group = rng.pick(&[
        "ITU-T SG2",
        "ITU-T SG5",
        "ITU-T SG9",
        "ITU-T SG11",
        "ITU-T SG12",
        "ITU-T SG13",
        "ITU-T SG15",
        "ITU-T SG16",
        "ITU-T SG17",
        "ITU-T SG20",
    ]);
    let status = match rng.below(4) {
        0 => "",
        1 => "status:\n  stage:\n    content: Withdrawal\n",
        _ => "status:\n  stage:\n    content: Published\n",
    };
    format!(
        "id: ITUT{i}\nschema_version: v1.5.6\ntype: standard\ntitle:\n- content: '{}'\n  language: [en]\n  script: [Latn]\n  type: main\ndocidentifier:\n- content: 'ITU-T {series}.{} ({month:02}/{year})'\n  type: ITU\n  primary: true\ndate:\n- type: published\n  at: '{year}-{month:02}-01'\ncontributor:\n- organization:\n    name: [{{content: International Telecommunication Union}}]\n    abbreviation: {{content: ITU}}\n    subdivision:\n    - name: [{{content: '{group}'}}]\n  role: [{{type: publisher}}]\n{status}ext:\n  schema_version: v1.0.0\n  doctype:\n    content: recommendation\n  flavor: itu\n",
        title(rng, i),
        5000 + i / 8,
    )
}

/// W3C technical reports in the newer shape, at every maturity level.
fn w3c(rng: &mut Rng, i: usize) -> String {
    let (code, stage) = *[
        ("WD", "Working Draft"),
        ("CR", "Candidate Recommendation Snapshot"),
        ("CRD", "Candidate Recommendation Draft"),
        ("PR", "Proposed Recommendation"),
        ("REC", "Recommendation"),
        ("NOTE", "Note"),
    ]
    .get(rng.below(6) as usize)
    .unwrap_or(&("REC", "Recommendation"));
    let year = 2010 + rng.below(16);
    let group = rng.pick(&[
        "W3C Immersive Web Working Group",
        "W3C Accessibility Guidelines Working Group",
        "W3C Verifiable Credentials Working Group",
        "W3C Decentralized Identifier Working Group",
    ]);
    format!(
        "id: W3C{i}\nschema_version: v1.5.6\ntype: standard\ntitle:\n- content: '{} {i}'\n  language: [en]\n  script: [Latn]\ndocidentifier:\n- content: 'W3C {code}-synthetic-{i}-{year}0101'\n  type: W3C\n  primary: true\ndate:\n- type: published\n  at: '{year}-01-01'\ncontributor:\n- organization:\n    name: [{{content: World Wide Web Consortium}}]\n    subdivision:\n    - name: [{{content: '{group}'}}]\n  role: [{{type: publisher}}]\nstatus:\n  stage:\n    content: {stage}\next:\n  doctype:\n    content: technicalReport\n  flavor: w3c\n",
        title(rng, i),
    )
}

/// Writes the record of one family with a number.
type Generator = fn(&mut Rng, usize) -> String;

/// Writes N records, a quarter per family, one file each in a folder per family.
fn generate(dir: &Path, n: usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let families: [(&str, Generator); 4] = [("iso", iso), ("3gpp", three_gpp), ("itu", itu), ("w3c", w3c)];
    for (name, _) in &families {
        std::fs::create_dir_all(dir.join(name)).expect("a folder");
    }
    for i in 0..n {
        let (name, make) = families[i % 4];
        let k = i / 4;
        std::fs::write(dir.join(name).join(format!("{name}-{k:06}.yaml")), make(&mut rng, k)).expect("write");
    }
}

fn secs(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The median of a few runs of `f`, with the value of the last run.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], last.expect("at least one run"))
}

/// Peak resident memory of this process, from Linux's /proc.
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(100_000);
    let keep = args.iter().position(|a| a == "--keep").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let synthetic = root.join("relaton");
    if synthetic.exists() {
        std::fs::remove_dir_all(&synthetic).expect("an old folder removed");
    }
    let _ = std::fs::remove_file(root.join("bench.db"));
    let start = Instant::now();
    generate(&synthetic, n);
    let mut folders = vec![synthetic.clone()];
    let samples = repo("../shared/catalogue/relaton-sample");
    if samples.is_dir() {
        folders.push(samples);
    }
    println!("liaise catalogue benchmark: {n} synthetic Relaton records (generated in {})", secs(start.elapsed()));

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    rt.block_on(async {
        let store = Store::open(&root.join("bench.db").display().to_string()).await.expect("store");
        let who = Who::new("bench", chrono::Utc::now());

        // Parsing alone: every file already in memory.
        let texts: Vec<String> = folders
            .iter()
            .flat_map(|f| liaise_app::import::expand_paths(std::slice::from_ref(f)).expect("files"))
            .map(|p| std::fs::read_to_string(p).expect("read"))
            .collect();
        let start = Instant::now();
        let parsed = texts.iter().filter(|t| liaise_read::relaton::read(t).is_ok()).count();
        let parse = start.elapsed();
        assert_eq!(parsed, texts.len(), "every record parses");
        println!(
            "Relaton parse only:           {:>8.0} entries/s ({} in {:.2} s)",
            parsed as f64 / parse.as_secs_f64(),
            parsed,
            parse.as_secs_f64()
        );
        drop(texts);

        for round in ["first import", "re-import (unchanged)"] {
            let start = Instant::now();
            let report = import(&store, &folders, None, &who, &mut |_: Progress| {}).await.expect("import");
            let d = start.elapsed();
            assert!(report.failed.is_empty(), "failures: {:?}", report.failed.iter().take(3).collect::<Vec<_>>());
            println!(
                "Relaton {round:<22} {:>8.0} entries/s ({} records in {:.2} s: {} created, {} updated, {} unchanged)",
                report.records as f64 / d.as_secs_f64(),
                report.records,
                d.as_secs_f64(),
                report.created,
                report.updated,
                report.unchanged
            );
        }

        // The taxonomy of FG-MV-LS1, then every entry on one topic and every fifth on a second.
        let ls = import_paths(&store, &[repo("testdata/ls/itu/fg-mv-ls1.docx")], None, &who, &mut |_| {})
            .await
            .expect("the statement imports");
        let ls_id = ls.files.first().and_then(|f| f.outcome.imported()).map(|i| i.ls_id).expect("a statement id");
        store.seed_topics(ls_id, &who).await.expect("topics");
        let topics: Vec<i64> = store.topics().await.expect("topics").iter().map(|t| t.id).collect();
        let mut sql = String::from("INSERT INTO catalogue_topics (entry_id, topic_id) SELECT id, CASE id % ");
        let _ = write!(sql, "{} ", topics.len());
        for (i, t) in topics.iter().enumerate() {
            let _ = write!(sql, "WHEN {i} THEN {t} ");
        }
        sql.push_str("END FROM catalogue");
        let first = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(store.pool()).await.expect("tags");
        let second = sqlx::query(sqlx::AssertSqlSafe(
            sql.replace("SELECT id, CASE id %", "SELECT id, CASE (id / 5) %")
                + " WHERE id % 5 = 0 ON CONFLICT DO NOTHING",
        ))
        .execute(store.pool())
        .await
        .expect("tags");
        println!(
            "topics: {} from FG-MV-LS1; {} entries tagged, {} with a second topic",
            topics.len(),
            first.rows_affected(),
            second.rows_affected()
        );

        let (read, data) = {
            let start = Instant::now();
            let data = store.roadmap_data(None, &[]).await.expect("roadmap data");
            (start.elapsed(), data)
        };
        println!("roadmap: read from the store   {} ({} entries on topics)", secs(read), data.input.entries.len());
        let (compute, roadmap) = median(5, || liaise_core::roadmap::compute(&data.input));
        println!(
            "roadmap: compute (median of 5)  {} ({} topics x {} bodies, {} gaps)",
            secs(compute),
            roadmap.topics.len(),
            roadmap.bodies.len(),
            roadmap.gaps.len()
        );
        let options = RenderOptions::default();
        let (html_time, html) = median(5, || render(RoadmapFormat::Html, &data, &roadmap, &options));
        println!("roadmap: HTML (median of 5)     {} ({} KB)", secs(html_time), html.len() / 1024);
        let (json_time, json) = median(3, || render(RoadmapFormat::Json, &data, &roadmap, &options));
        println!("roadmap: JSON (median of 3)     {} ({} KB)", secs(json_time), json.len() / 1024);
        println!("peak resident memory: {}", peak_rss());
        store.close().await;
        if let Some(k) = &keep {
            println!("files and database kept in {}", k.display());
        }
    });
}
