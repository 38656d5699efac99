//! Search at scale (issue 13): on a database made by `bench/serve` (20,000 statements and
//! 100,000 catalogue entries; `BENCH_DB`, default /work/bench-serve.db), the time to build the
//! index, then p50 / p99 of every query of `testdata/search/relevance.txt` with facets counted
//! (`Store::search`), beside the raw engine query: the same terms' postings read straight from
//! the database with one SQL query per clause, without ranking, facets or anything of liaise.
//!
//!     BENCH_DB=/work/bench-serve.db cargo bench -p liaise-app --bench search -- [ROUNDS]
//!
//! `SEARCH_KEEP_INDEX=1` skips building the index (it is there from an earlier run).

use liaise_core::search::parse_query;
use liaise_store::Store;
use liaise_store::search::Audience;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

fn pct(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let db = std::env::var("BENCH_DB").unwrap_or_else(|_| "/work/bench-serve.db".into());
    let store = Store::open(&db).await.expect("the bench database (run bench/serve first)");
    // SEARCH_KEEP_INDEX=1 measures the queries on the index as it is.
    if std::env::var("SEARCH_KEEP_INDEX").is_err() {
        let started = Instant::now();
        let docs = store.reindex().await.expect("reindexed");
        let took = started.elapsed();
        println!(
            "index built: {docs} documents in {:.1} s ({:.0} documents/s)",
            took.as_secs_f64(),
            docs as f64 / took.as_secs_f64()
        );
    }
    let set =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/search/relevance.txt"))
            .expect("the relevance set");
    let queries: Vec<String> = set
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once("=>").map(|(q, _)| q.trim().to_string()))
        .collect();
    let no_filters = BTreeMap::new();
    let mut liaise = Vec::new();
    let mut raw = Vec::new();
    // The first pass: the first search takes in the events since the index was built, and
    // this process's copy of the index holds nothing yet, so every clause is read from the
    // tables (as after a server starts; it reads the documents' meta first, as `serve` does).
    let started = Instant::now();
    let warmed = store.search_warm().await.expect("warmed");
    println!("warm-up: {warmed} documents' meta read in {:.2} s", started.elapsed().as_secs_f64());
    let mut cold = Vec::new();
    for q in &queries {
        let parsed = parse_query(q).expect("a query of the set");
        let t = Instant::now();
        store.search(&parsed, &no_filters, Audience::Member, 20).await.expect("searched");
        cold.push(t.elapsed());
    }
    println!(
        "first pass (postings read from the tables): p50 {} p99 {}",
        ms(pct(cold.clone(), 0.5)),
        ms(pct(cold.clone(), 0.99))
    );
    for _ in 0..rounds {
        for q in &queries {
            let parsed = parse_query(q).expect("a query of the set");
            let t = Instant::now();
            store.search(&parsed, &no_filters, Audience::Member, 20).await.expect("searched");
            liaise.push(t.elapsed());
            let t = Instant::now();
            for c in &parsed.clauses {
                store.raw_clause(c).await.expect("postings");
            }
            raw.push(t.elapsed());
        }
    }
    println!("{} queries x {rounds} rounds", queries.len());
    println!("| | p50 | p99 |");
    println!("| --- | ---: | ---: |");
    println!(
        "| liaise search (ranked, facets counted) | {} | {} |",
        ms(pct(liaise.clone(), 0.5)),
        ms(pct(liaise.clone(), 0.99))
    );
    println!("| raw engine query (postings only) | {} | {} |", ms(pct(raw.clone(), 0.5)), ms(pct(raw.clone(), 0.99)));
    let mut slow: Vec<(Duration, &String)> = Vec::new();
    for (i, d) in liaise.iter().enumerate() {
        slow.push((*d, &queries[i % queries.len()]));
    }
    slow.sort_by_key(|s| std::cmp::Reverse(s.0));
    slow.dedup_by(|a, b| a.1 == b.1);
    println!("slowest: {}", slow.iter().take(5).map(|(d, q)| format!("{q} {}", ms(*d))).collect::<Vec<_>>().join(", "));
    store.close().await;
}
