//! `liaise search` and `liaise reindex`: the search index on the command line.

use crate::cli::{ReindexArgs, SearchArgs};
use crate::output;
use liaise_store::search::{Audience, FACETS};
use std::collections::BTreeMap;
use std::process::ExitCode;

pub async fn search(db: &str, args: SearchArgs) -> anyhow::Result<ExitCode> {
    let query = args.query.join(" ");
    let parsed = liaise_core::search::parse_query(&query).map_err(|e| super::usage(e.to_string()))?;
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &args.facet {
        let Some((name, value)) = f.split_once('=') else {
            return Err(super::usage(format!("--facet {f:?}: write FACET=VALUE (facets: {})", FACETS.join(", "))));
        };
        let name = name.trim().to_lowercase();
        if !FACETS.contains(&name.as_str()) {
            return Err(super::usage(format!("--facet {name:?}: the facets are {}", FACETS.join(", "))));
        }
        filters.entry(name).or_default().push(value.trim().to_string());
    }
    if !(1..=1000).contains(&args.limit) {
        return Err(super::usage(format!("--limit {}: from 1 to 1000", args.limit)));
    }
    let store = super::open(db).await?;
    // A source or recipient given by any of its names is the body's canonical name.
    let reg = store.shared_registry().await?;
    for (name, values) in filters.iter_mut() {
        if matches!(name.as_str(), "source" | "recipient" | "body") {
            for v in values.iter_mut() {
                if let Some(b) = reg.lookup(v) {
                    *v = b.canonical.clone();
                }
            }
        }
    }
    let result = store.search(&parsed, &filters, Audience::Member, args.limit).await?;
    store.close().await;
    if args.json {
        output::json(&result)?;
        return Ok(ExitCode::SUCCESS);
    }
    if result.hits.is_empty() {
        println!("nothing found for {query:?}");
        // A filter that no match has: say which values the matches have (found in review).
        for (name, wanted) in &filters {
            let known: Vec<&String> = result.facets.get(name).map(|v| v.keys().collect()).unwrap_or_default();
            if known.is_empty() {
                println!("  (no match has any {name})");
            } else {
                let shown: Vec<&str> = known.iter().take(8).map(|s| s.as_str()).collect();
                println!(
                    "  (no match has {name}={}; the matches have {name}: {})",
                    wanted.join(" or "),
                    shown.join(", ")
                );
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = result
        .hits
        .iter()
        .map(|h| vec![h.kind.clone(), h.id.to_string(), h.title.clone(), h.snippet.clone()])
        .collect();
    output::table(&["KIND", "ID", "TITLE", "MATCH"], &rows, 60);
    println!("{} of {} shown", output::count(result.hits.len(), "result", "results"), result.total);
    for (facet, values) in &result.facets {
        let mut v: Vec<(&String, &usize)> = values.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let shown: Vec<String> = v.iter().take(6).map(|(name, n)| format!("{name} ({n})")).collect();
        println!("  {facet}: {}", shown.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn reindex(db: &str, args: ReindexArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let started = std::time::Instant::now();
    let n = store.reindex().await?;
    store.close().await;
    output::done(
        args.json,
        serde_json::json!({ "documents": n, "seconds": started.elapsed().as_secs_f64() }),
        format!("The search index holds {n} documents ({:.1} s)", started.elapsed().as_secs_f64()),
    )?;
    Ok(ExitCode::SUCCESS)
}
