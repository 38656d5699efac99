//! `liaise review` and `liaise ls edit`: what the reader was unsure of, shown to a person, who
//! corrects it, accepts it or rejects it.

use crate::cli::{LsEditArgs, ReviewArgs, ReviewCommand};
use crate::output;
use anyhow::{Context, bail};
use liaise_core::NameRef;
use liaise_store::Store;
use liaise_store::review::ReviewItem;
use serde_json::{Map, Value};
use std::process::ExitCode;

/// Reads "R3" or "3" as a review item's id.
fn review_id(given: &str) -> anyhow::Result<i64> {
    let digits = given.trim().trim_start_matches(['R', 'r']);
    digits
        .parse()
        .ok()
        .with_context(|| format!("{given:?} is not a review item (write it R3, as `liaise review` lists it)"))
}

pub async fn run(db: &str, args: ReviewArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let code = match args.command {
        None => {
            let items = store.review_items(if args.all { None } else { Some("pending") }).await?;
            if args.json {
                output::json(&items)?;
            } else if items.is_empty() {
                println!("Nothing waits for review.");
            } else {
                for item in &items {
                    print_summary(item);
                }
                let pending: Vec<&ReviewItem> = items.iter().filter(|i| i.state == "pending").collect();
                match pending.first() {
                    Some(first) => println!(
                        "\n{} waiting. `liaise review show R{n}` shows one; correct it with `liaise ls edit R{n} --title ...`, then `liaise review accept R{n}`.",
                        pending.len(),
                        n = first.id
                    ),
                    None => println!("\nNothing waits for review."),
                }
            }
            ExitCode::SUCCESS
        }
        Some(ReviewCommand::Show(a)) => {
            let item = store.review_item(review_id(&a.id)?).await?;
            // The evidence needs the file; a reading whose file is not kept is shown without.
            let evidence = liaise_app::review::evidence(&store, &item).await.ok();
            if a.json {
                let mut v = serde_json::to_value(&item)?;
                if let (Some(o), Some(e)) = (v.as_object_mut(), &evidence) {
                    o.insert("evidence".into(), serde_json::to_value(&e.evidence)?);
                    if a.lines {
                        o.insert("lines".into(), serde_json::to_value(&e.lines)?);
                    }
                }
                output::json(&v)?;
            } else {
                print_item_with(&item, evidence.as_ref());
                if let (true, Some(e)) = (a.lines, &evidence) {
                    println!("\n  the document, line by line:");
                    for l in &e.lines {
                        println!("  {:>4}  {}", l.number, liaise_core::model::truncate_chars(&l.text, 110));
                    }
                    println!("\n  take a field from a line: liaise ls edit R{} --from-line title=LINE", item.id);
                }
            }
            ExitCode::SUCCESS
        }
        Some(ReviewCommand::Accept(a)) => {
            let who = liaise_app::who()?;
            let mut registry = store.registry().await?;
            let mut failed = false;
            let mut results = Vec::new();
            for id in &a.ids {
                let id = review_id(id)?;
                match store.review_accept(&mut registry, id, &who).await {
                    Ok(i) if a.json => results.push(serde_json::json!({ "review_id": id, "stored": i })),
                    Err(e) if a.json => {
                        results.push(serde_json::json!({ "review_id": id, "error": e.to_string() }));
                        failed = true;
                    }
                    Ok(i) => {
                        println!("R{id}: stored as #{} {}", i.ls_id, i.doc_number.as_deref().unwrap_or("(no number)"));
                        if i.track.actions_created > 0 {
                            println!("     actions: {} created", i.track.actions_created);
                        }
                        if !i.track.answers.is_empty() {
                            println!("     answers {}", i.track.answers.join(", "));
                        }
                        if !i.new_bodies.is_empty() {
                            println!("     new unconfirmed bodies: {}", i.new_bodies.join(", "));
                        }
                    }
                    Err(e) => {
                        eprintln!("R{id}: {e}");
                        failed = true;
                    }
                }
            }
            if a.json {
                output::json(&results)?;
            }
            if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
        }
        Some(ReviewCommand::Reject(a)) => {
            let id = review_id(&a.id)?;
            store.review_reject(id, &a.reason, &liaise_app::who()?).await?;
            output::done(
                a.json,
                serde_json::json!({ "review_id": id, "state": "rejected", "reason": a.reason }),
                format!("R{id}: rejected ({})", a.reason),
            )?;
            ExitCode::SUCCESS
        }
    };
    store.close().await;
    Ok(code)
}

fn print_summary(item: &ReviewItem) {
    println!(
        "R{:<4} {:<9} {}  {}",
        item.id,
        item.state,
        item.file_name,
        liaise_core::truncate_chars(if item.record.title.is_empty() { "(no title)" } else { &item.record.title }, 70)
    );
    for r in &item.reasons {
        println!("        because: {r}");
    }
}

fn names(list: &[NameRef]) -> String {
    if list.is_empty() { "-".to_string() } else { list.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ") }
}

fn print_item(item: &ReviewItem) {
    print_item_with(item, None);
}

/// Prints a reading field by field; with its evidence, each field says the line it was read
/// from and how sure the reader is ("line 12, labelled"; "inferred": in no line as such).
fn print_item_with(item: &ReviewItem, evidence: Option<&liaise_app::review::ReviewEvidence>) {
    let r = &item.record;
    println!("R{} ({}) from {}", item.id, item.state, item.file_name);
    let rows: Vec<(&str, String)> = vec![
        ("title", r.title.clone()),
        ("doc_number", r.doc_number.clone().unwrap_or_else(|| "-".into())),
        ("source", r.source_as_written.clone().unwrap_or_else(|| "-".into())),
        ("for_action", names(&r.for_action)),
        ("for_comment", names(&r.for_comment)),
        ("for_information", names(&r.for_information)),
        ("cc", names(&r.cc)),
        ("deadline", r.deadline.map_or("-".into(), |d| d.to_string())),
        ("date", r.issued().map_or("-".into(), |d| d.to_string())),
        (
            "contacts",
            r.contacts
                .iter()
                .map(|c| format!("{} <{}>", c.name, c.email.as_deref().unwrap_or("")))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    ];
    for (field, value) in rows {
        let seen: Vec<String> = evidence
            .map(|e| {
                e.evidence
                    .iter()
                    .filter(|x| x.field == field)
                    .map(|x| match x.line {
                        Some(n) => format!("line {n}, {}", x.sure.as_str()),
                        None => x.sure.as_str().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut seen_once = seen.clone();
        seen_once.dedup();
        let from = if seen_once.is_empty() { String::new() } else { format!("   [{}]", seen_once.join("; ")) };
        println!("  {field:<16} {value}{from}");
        for w in item.warnings.iter().filter(|w| w.field.as_deref() == Some(field)) {
            println!("  {:<16}   warning: {}", "", w);
        }
    }
    for w in item.warnings.iter().filter(|w| {
        !["title", "doc_number", "source", "for_action", "for_comment", "for_information", "cc", "deadline", "contacts"]
            .contains(&w.field.as_deref().unwrap_or(""))
    }) {
        println!("  warning: {w}");
    }
    for reason in &item.reasons {
        println!("  needs review because: {reason}");
    }
}

/// `--from-line FIELD=LINE` as the option that field has, the value taken from the line of the
/// review item's document.
async fn with_lines_taken(store: &Store, mut a: LsEditArgs) -> anyhow::Result<LsEditArgs> {
    if a.from_line.is_empty() {
        return Ok(a);
    }
    if !a.id.trim().starts_with(['R', 'r']) {
        return Err(super::usage("--from-line: only a review item (R3) keeps the lines it was read from"));
    }
    let item = store.review_item(review_id(&a.id)?).await?;
    let lines = liaise_app::review::evidence(store, &item).await?.lines;
    for taken in std::mem::take(&mut a.from_line) {
        let (field, number) =
            taken.split_once('=').with_context(|| format!("--from-line {taken:?}: write FIELD=LINE (title=12)"))?;
        let number: usize = number
            .trim()
            .parse()
            .map_err(|_| super::usage(format!("--from-line {taken:?}: {number:?} is not a line number")))?;
        let value = Some(liaise_app::review::line_value(&lines, number)?);
        match field.trim() {
            "title" => a.title = value,
            "source" => a.source = value,
            "doc_number" => a.doc_number = value,
            "deadline" => a.deadline = value,
            "for_action" => a.for_action = value,
            "for_comment" => a.for_comment = value,
            "for_information" => a.for_information = value,
            "cc" => a.cc = value,
            other => {
                return Err(super::usage(format!(
                    "--from-line {other}: a line gives title, source, doc_number, deadline, for_action, for_comment, for_information or cc"
                )));
            }
        }
    }
    Ok(a)
}

/// The corrections `ls edit` was given, as record fields in their JSON form. Lists of names are
/// read by the recipient-list grammar against the registry.
fn corrections(store_registry: &liaise_core::registry::Registry, a: &LsEditArgs) -> anyhow::Result<Map<String, Value>> {
    let mut out = Map::new();
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(super::usage("--title: a statement needs a title; give one"));
        }
        out.insert("title".into(), Value::from(t.trim()));
    }
    if let Some(s) = &a.source {
        if s.trim().is_empty() {
            return Err(super::usage("--source: a statement needs a source; give its name"));
        }
        out.insert("source_as_written".into(), Value::from(s.trim()));
    }
    if let Some(d) = &a.doc_number {
        out.insert("doc_number".into(), Value::from(d.trim()));
    }
    if let Some(d) = &a.deadline {
        let v = if liaise_read::common::is_none_value(d) {
            Value::Null
        } else {
            Value::from(super::date_arg("--deadline", d)?.to_string())
        };
        out.insert("deadline".into(), v);
    }
    for (field, value) in [
        ("for_action", &a.for_action),
        ("for_comment", &a.for_comment),
        ("for_information", &a.for_information),
        ("cc", &a.cc),
    ] {
        if let Some(v) = value {
            let parsed = store_registry.parse_list(v);
            let all: Vec<NameRef> = parsed.items.into_iter().chain(parsed.especially).collect();
            out.insert(field.into(), serde_json::to_value(all)?);
        }
    }
    for s in &a.set {
        let (field, json) = s.split_once('=').with_context(|| format!("--set {s:?}: write FIELD=JSON"))?;
        let value: Value = serde_json::from_str(json)
            .with_context(|| format!("--set {field}: {json:?} is not JSON (strings take quotes)"))?;
        out.insert(field.trim().to_string(), value);
    }
    if out.is_empty() {
        bail!("nothing to change: give --title, --source, --deadline, --for-action ... or --set FIELD=JSON");
    }
    Ok(out)
}

pub async fn edit(store: &Store, a: LsEditArgs) -> anyhow::Result<()> {
    let who = liaise_app::who()?;
    let mut registry = store.registry().await?;
    let a = with_lines_taken(store, a).await?;
    let fields = corrections(&registry, &a)?;
    // Said in the words of the options, not of the record's fields.
    let changed: Vec<&str> =
        fields.keys().map(|k| if k == "source_as_written" { "source" } else { k.as_str() }).collect();
    if a.id.trim().starts_with(['R', 'r']) {
        let id = review_id(&a.id)?;
        let item = store.review_edit(id, &fields, &who).await?;
        if a.json {
            output::json(&item)?;
        } else {
            println!("R{id}: corrected {}", changed.join(", "));
            print_item(&item);
        }
    } else {
        let view = store.get_ls(&a.id).await?;
        let imported = store.ls_edit(&mut registry, view.id, &fields, &who).await?;
        if a.json {
            output::json(&imported)?;
        } else {
            println!("#{}: corrected {}", view.id, changed.join(", "));
            for b in &imported.new_bodies {
                println!("     new unconfirmed body: {b}");
            }
        }
    }
    Ok(())
}
