//! The catalogue, topics, gaps and roadmap commands.

use crate::cli::{CatalogueCommand, GapsCommand, RoadmapArgs, TopicsCommand};
use crate::output::{self, or_dash};
use anyhow::Context;
use liaise_app::catalogue::{Format, Progress};
use liaise_app::roadmap::{RenderOptions, RoadmapFormat};
use liaise_core::catalogue::{Family, Lifecycle};
use liaise_store::catalogue::{EntryFilter, NewGap};
use std::process::ExitCode;

pub async fn catalogue(db: &str, cmd: CatalogueCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    let mut code = ExitCode::SUCCESS;
    match cmd {
        CatalogueCommand::Import(args) => {
            let format = args
                .format
                .as_deref()
                .map(|f| Format::parse(f).with_context(|| format!("--format {f:?}: one of relaton, csv, json")))
                .transpose()?;
            let bar = output::progress_bar(!args.json);
            let report = liaise_app::catalogue::import(&store, &args.paths, format, &who, &mut |p| match p {
                Progress::Found(n) => bar.set_length(n as u64),
                Progress::Stored { files, records } => {
                    bar.set_position(files as u64);
                    bar.set_message(format!("{records} entries stored"));
                }
            })
            .await?;
            bar.finish_and_clear();
            if args.json {
                output::json(&report)?;
            } else {
                for f in &report.failed {
                    let place = f.record.map(|r| format!(" (record {r})")).unwrap_or_default();
                    let id = f.identifier.as_deref().map(|i| format!(" {i}:")).unwrap_or_default();
                    eprintln!("failed   {}{place}:{id} {}", f.file, f.error);
                }
                for w in &report.warnings {
                    println!("warning: {w}");
                }
                println!(
                    "{} file{}, {} record{}: {} created, {} updated, {} unchanged, {} merged with another record, {} failed",
                    report.files,
                    if report.files == 1 { "" } else { "s" },
                    report.records,
                    if report.records == 1 { "" } else { "s" },
                    report.created,
                    report.updated,
                    report.unchanged,
                    report.merged,
                    report.failed.len()
                );
            }
            if !report.failed.is_empty() {
                code = ExitCode::FAILURE;
            }
        }
        CatalogueCommand::List(args) => {
            let filter = EntryFilter {
                body: args.body,
                topic: args.topic,
                lifecycle: args.lifecycle.as_deref().map(|l| Lifecycle::parse(l).with_context(|| format!("--lifecycle {l:?}: one of proposed, in-development, in-approval, published, under-review, superseded, withdrawn"))).transpose()?,
                family: args.family.as_deref().map(|f| Family::parse(f).with_context(|| format!("--family {f:?}: one of itu, iso, ietf, 3gpp, etsi, ieee, w3c"))).transpose()?,
                text: args.search,
                ..EntryFilter::default()
            };
            let entries = store.entries(&filter).await?;
            if args.json {
                output::json(&entries)?;
            } else if entries.is_empty() {
                println!("No entries match.");
            } else {
                let rows: Vec<Vec<String>> = entries
                    .iter()
                    .map(|e| {
                        vec![
                            e.id.to_string(),
                            e.identifier.clone(),
                            or_dash(e.body.as_deref()),
                            or_dash(e.lifecycle.as_deref()),
                            or_dash(e.published.as_deref()),
                            e.title.clone(),
                        ]
                    })
                    .collect();
                output::table(&["ID", "IDENTIFIER", "BODY", "LIFECYCLE", "PUBLISHED", "TITLE"], &rows, 60);
            }
        }
        CatalogueCommand::Show(args) => {
            let e = store.entry(&args.entry).await?;
            if args.json {
                output::json(&e)?;
            } else {
                println!("{}  {}", e.identifier, e.title);
                println!("  #{} · {} · {}", e.id, e.family, or_dash(e.entry_type.as_deref()));
                println!("  Body:       {}", or_dash(e.body.as_deref()));
                println!(
                    "  Status:     {} (lifecycle {})",
                    or_dash(e.status.as_deref()),
                    or_dash(e.lifecycle.as_deref())
                );
                for (label, v) in [
                    ("Version", &e.version),
                    ("Release", &e.release),
                    ("Started", &e.started),
                    ("Published", &e.published),
                    ("Withdrawn", &e.withdrawn),
                    ("URL", &e.url),
                ] {
                    if let Some(v) = v {
                        println!("  {label:<11} {v}");
                    }
                }
                if !e.topics.is_empty() {
                    println!("  Topics:     {}", e.topics.join("; "));
                }
                for r in &e.relations {
                    println!(
                        "  {}: {}{}",
                        r.kind,
                        r.target,
                        r.target_id.map(|t| format!(" (#{t})")).unwrap_or_default()
                    );
                }
                for s in &e.sources {
                    println!("  From:       {} {} ({})", s.kind, s.origin, s.at);
                }
            }
        }
        CatalogueCommand::Export(mut args) => {
            if args.json {
                args.format = Some("json".into());
            }
            let format = match (&args.format, &args.output) {
                (Some(f), _) => Format::parse(f)
                    .filter(|f| *f != Format::Relaton)
                    .with_context(|| format!("--format {f:?}: csv or json"))?,
                (None, Some(p)) => match p.extension().and_then(|e| e.to_str()) {
                    None => Format::Csv,
                    Some(e) => Format::of_path(p).filter(|f| *f != Format::Relaton).with_context(|| {
                        format!("-o {}: liaise exports the catalogue as .csv or .json, not .{e}", p.display())
                    })?,
                },
                (None, None) => Format::Csv,
            };
            let text = liaise_app::catalogue::export(&store, format).await?;
            write_out(args.output.as_deref(), &text)?;
        }
        CatalogueCommand::Tag(args) => {
            let e = store.tag_entry(&args.entry, &args.topics, true, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "entry_id": e.id, "identifier": e.identifier, "topics": e.topics }),
                format!("{} is on: {}", e.identifier, e.topics.join("; ")),
            )?;
        }
        CatalogueCommand::Untag(args) => {
            let e = store.tag_entry(&args.entry, &args.topics, false, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "entry_id": e.id, "identifier": e.identifier, "topics": e.topics }),
                format!(
                    "{} is on: {}",
                    e.identifier,
                    if e.topics.is_empty() { "no topic".to_string() } else { e.topics.join("; ") }
                ),
            )?;
        }
        CatalogueCommand::Proposals(args) => {
            let ls = match &args.ls {
                Some(l) => Some(store.get_ls(l).await?.id),
                None => None,
            };
            let rows = store.proposals(ls, (!args.all).then_some("proposed")).await?;
            if args.json {
                output::json(&rows)?;
            } else if rows.is_empty() {
                println!("No proposals.");
            } else {
                for p in &rows {
                    let matched =
                        p.entry_id.map(|e| format!(" (matches entry #{e})")).unwrap_or_else(|| " (new)".to_string());
                    println!(
                        "{:>4} {} {}{matched} — from {} · {} · {}",
                        p.id,
                        p.identifier,
                        p.title.as_deref().map(|t| format!("\"{t}\"")).unwrap_or_default(),
                        or_dash(p.doc_number.as_deref()),
                        or_dash(p.body.as_deref()),
                        p.status
                    );
                }
                println!("\nAccept with: liaise catalogue accept ID [--topic TOPIC]");
            }
        }
        CatalogueCommand::Accept(args) => {
            let entry = store.accept_proposal(args.id, &args.topics, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "proposal_id": args.id, "entry_id": entry }),
                format!("proposal {} accepted: entry #{entry}", args.id),
            )?;
        }
        CatalogueCommand::Reject(args) => {
            store.reject_proposal(args.id, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "proposal_id": args.id, "status": "rejected" }),
                format!("proposal {} rejected", args.id),
            )?;
        }
        CatalogueCommand::Edit(args) => {
            let published = args.published.as_deref().map(|d| super::date_arg("--published", d)).transpose()?;
            let edit = liaise_store::catalogue::EntryEdit {
                title: args.title,
                status: args.status,
                url: args.url,
                published: published.map(|d| d.to_string()),
            };
            if edit.title.is_none() && edit.status.is_none() && edit.url.is_none() && edit.published.is_none() {
                anyhow::bail!("say what to correct: --title, --status, --url or --published");
            }
            let e = store.edit_entry(&args.entry, &edit, &who).await?;
            if args.json {
                output::json(&e)?;
            } else {
                println!(
                    "{} corrected ({}, {})",
                    e.identifier,
                    or_dash(e.status.as_deref()),
                    or_dash(e.lifecycle.as_deref())
                );
            }
        }
        CatalogueCommand::Withdraw(args) => {
            let e = store.withdraw_entry(&args.entry, &args.reason, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "entry_id": e.id, "identifier": e.identifier, "withdrawn": true }),
                format!("{} withdrawn from the catalogue ({})", e.identifier, args.reason),
            )?;
        }
    }
    store.close().await;
    Ok(code)
}

fn write_out(path: Option<&std::path::Path>, text: &str) -> anyhow::Result<()> {
    match path {
        Some(p) => {
            std::fs::write(p, text).with_context(|| format!("cannot write {}", p.display()))?;
            eprintln!("wrote {}", p.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

pub async fn topics(db: &str, cmd: TopicsCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    match cmd {
        TopicsCommand::List(args) => {
            let topics = store.topics().await?;
            if args.json {
                output::json(&topics)?;
            } else if topics.is_empty() {
                println!("No topics yet. Seed them from a statement's table: liaise topics seed FG-MV-LS1");
            } else {
                let rows: Vec<Vec<String>> = topics
                    .iter()
                    .map(|t| {
                        let mut related: Vec<String> = t
                            .related
                            .iter()
                            .map(|b| if b.especially { format!("{} (especially)", b.body) } else { b.body.clone() })
                            .collect();
                        if t.all_sdos {
                            related.insert(0, "All SDOs".into());
                        }
                        vec![t.id.to_string(), t.label.clone(), t.entries.to_string(), related.join(", ")]
                    })
                    .collect();
                output::table(&["ID", "TOPIC", "ENTRIES", "RELATED BODIES"], &rows, 80);
            }
        }
        TopicsCommand::Seed(args) => {
            let ls = store.get_ls(&args.ls).await?;
            let (added, related) = store.seed_topics(ls.id, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "ls_id": ls.id, "topics_added": added, "bodies_related": related }),
                format!(
                    "{} added and {} related from {}",
                    output::count(added, "topic", "topics"),
                    output::count(related, "body", "bodies"),
                    ls.record.doc_number.as_deref().unwrap_or(&ls.record.title)
                ),
            )?;
        }
        TopicsCommand::Add(args) => {
            let id = store.add_topic(&args.group, args.name.as_deref(), &who).await?;
            output::done(args.json, serde_json::json!({ "topic_id": id }), format!("topic {id} added"))?;
        }
        TopicsCommand::Relate(args) => {
            store.relate_topic(&args.topic, &args.body, args.especially, true, &who).await?;
            let text = format!("{} related to {}", args.body, args.topic);
            output::done(
                args.json,
                serde_json::json!({ "topic": args.topic, "body": args.body, "related": true }),
                text,
            )?;
        }
        TopicsCommand::Unrelate(args) => {
            store.relate_topic(&args.topic, &args.body, false, false, &who).await?;
            let text = format!("{} no longer related to {}", args.body, args.topic);
            output::done(
                args.json,
                serde_json::json!({ "topic": args.topic, "body": args.body, "related": false }),
                text,
            )?;
        }
        TopicsCommand::Rename(args) => {
            store.rename_topic(&args.topic, &args.group, args.name.as_deref(), &who).await?;
            let label = match &args.name {
                Some(n) => format!("{} / {n}", args.group),
                None => args.group.clone(),
            };
            output::done(
                args.json,
                serde_json::json!({ "topic": args.topic, "label": label }),
                format!("renamed to {label}"),
            )?;
        }
        TopicsCommand::Merge(args) => {
            let (into, moved) = store.merge_topics(&args.from, &args.into, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "into_topic_id": into, "entries_moved": moved }),
                format!(
                    "merged {:?} into {:?} (topic {into}; {moved} entr{} moved)",
                    args.from,
                    args.into,
                    if moved == 1 { "y" } else { "ies" }
                ),
            )?;
        }
        TopicsCommand::Delete(args) => {
            let t = store.delete_topic(&args.topic, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "topic_id": t.id, "label": t.label, "entries_untagged": t.entries }),
                format!(
                    "deleted topic {} \"{}\" ({} entr{} untagged, still in the catalogue)",
                    t.id,
                    t.label,
                    t.entries,
                    if t.entries == 1 { "y" } else { "ies" }
                ),
            )?;
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn gaps(db: &str, cmd: GapsCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    match cmd {
        GapsCommand::List(args) => {
            let gaps = store.gaps().await?;
            if args.json {
                output::json(&gaps)?;
            } else if gaps.is_empty() {
                println!("No gap records. The roadmap computes gaps; record one with: liaise gaps add --title ...");
            } else {
                for g in &gaps {
                    println!("{}  {}  [{} priority, {}]", g.code, g.title, g.priority, g.progress);
                    if let Some(t) = &g.topic {
                        println!("    topic: {t}");
                    }
                    if !g.organizations.is_empty() {
                        println!("    to act: {}", g.organizations.join(", "));
                    }
                    for u in &g.updates {
                        println!(
                            "    {} {}{}",
                            u.on,
                            u.progress,
                            u.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default()
                        );
                    }
                }
            }
        }
        GapsCommand::Add(args) => {
            let new = NewGap {
                title: args.title,
                description: args.description,
                priority: args.priority,
                topic: args.topic,
                organizations: args.orgs,
            };
            let id = store.add_gap(&new, &who).await?;
            if args.json {
                output::json(&serde_json::json!({ "id": id, "code": format!("GAP-{id}") }))?;
            } else {
                println!("GAP-{id} added");
            }
        }
        GapsCommand::Update(args) => {
            let id: i64 = args
                .id
                .trim_start_matches("GAP-")
                .parse()
                .with_context(|| format!("{:?} is not a gap id (GAP-n or n)", args.id))?;
            // A bad --date is named as --date, not as --as-of (issue 9, item 14).
            let on = match args.date.as_deref() {
                Some(d) => super::date_arg("--date", d)?,
                None => liaise_app::today()?,
            };
            store.update_gap(id, &args.progress, args.note.as_deref(), on, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "gap_id": id, "progress": args.progress, "on": on }),
                format!("GAP-{id}: {} on {on}", args.progress),
            )?;
        }
        GapsCommand::Edit(args) => {
            let edit = liaise_store::catalogue::GapEdit {
                title: args.title,
                description: args.description,
                priority: args.priority,
                topic: args.topic,
                organizations: (!args.orgs.is_empty()).then_some(args.orgs),
            };
            if edit.title.is_none()
                && edit.description.is_none()
                && edit.priority.is_none()
                && edit.topic.is_none()
                && edit.organizations.is_none()
            {
                anyhow::bail!("say what to correct: --title, --description, --priority, --topic or --org");
            }
            store.edit_gap(args.id, &edit, &who).await?;
            output::done(
                args.json,
                serde_json::json!({ "gap_id": args.id, "edit": edit }),
                format!("GAP-{} corrected", args.id),
            )?;
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn roadmap(db: &str, mut args: RoadmapArgs) -> anyhow::Result<ExitCode> {
    if args.json {
        args.format = Some("json".into());
    }
    let format = match (&args.format, &args.output) {
        (Some(f), _) => {
            RoadmapFormat::parse(f).with_context(|| format!("--format {f:?}: one of html, md, csv, json"))?
        }
        // An extension names the format; one liaise does not write is an error, never a file of
        // another format under that name (issue 9, item 8: r.pdf held Markdown).
        (None, Some(p)) => match p.extension().and_then(|e| e.to_str()) {
            None => RoadmapFormat::Markdown,
            Some(e) => RoadmapFormat::parse(&e.to_ascii_lowercase()).with_context(|| {
                format!("-o {}: liaise writes the roadmap as .html, .md, .csv or .json, not .{e}", p.display())
            })?,
        },
        (None, None) => RoadmapFormat::Markdown,
    };
    let store = super::open(db).await?;
    let (data, roadmap) = liaise_app::roadmap::build(&store, args.ls.as_deref(), &args.topics).await?;
    store.close().await;
    if roadmap.topics.is_empty() {
        anyhow::bail!("there are no topics: seed them from a statement's table first (liaise topics seed FG-MV-LS1)");
    }
    let text = liaise_app::roadmap::render(
        format,
        &data,
        &roadmap,
        &RenderOptions { max_listed: args.max_listed, compact: false },
    );
    write_out(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
