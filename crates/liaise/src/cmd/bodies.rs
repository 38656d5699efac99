//! `liaise bodies`: the registry of standards bodies.

use crate::cli::BodiesCommand;
use crate::output::{self, or_dash};
use anyhow::Context;
use liaise_core::registry::{BodyKind, BodyStatus};
use liaise_store::bodies::NewBody;
use std::process::ExitCode;

pub async fn run(db: &str, cmd: BodiesCommand) -> anyhow::Result<ExitCode> {
    if let BodiesCommand::Builtin(args) = &cmd {
        if args.json {
            let defs: Vec<serde_json::Value> = liaise_core::registry::builtin_bodies()
                .into_iter()
                .map(|d| {
                    serde_json::json!({
                        "canonical": d.canonical, "kind": d.kind.as_str(), "parent": d.parent_name,
                        "full_name": d.full_name, "aliases": d.aliases, "note": d.note,
                    })
                })
                .collect();
            output::json(&defs)?;
        } else {
            print!("{}", liaise_core::registry::BUILTIN_BODIES_TOML);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    match cmd {
        BodiesCommand::List(args) => {
            let status = args.unconfirmed.then_some(BodyStatus::Unconfirmed);
            let bodies = store.list_bodies(args.all, status).await?;
            if args.json {
                output::json(&bodies)?;
            } else if bodies.is_empty() {
                println!("No bodies match.");
            } else {
                let rows: Vec<Vec<String>> = bodies
                    .iter()
                    .map(|b| {
                        vec![
                            b.body.canonical.clone(),
                            b.body.status.as_str().to_string(),
                            b.body.kind.as_str().to_string(),
                            or_dash(b.parent_name.as_deref()),
                            b.statements.to_string(),
                        ]
                    })
                    .collect();
                output::table(&["BODY", "STATUS", "KIND", "PARENT", "STATEMENTS"], &rows, 50);
            }
        }
        BodiesCommand::Show(args) => {
            let d = store.body_detail(&args.name).await?;
            if args.json {
                output::json(&d)?;
            } else {
                let b = &d.info.body;
                println!("{}  ({}, {})", b.canonical, b.kind.as_str(), b.status.as_str());
                if let Some(f) = &b.full_name {
                    println!("  Full name:  {f}");
                }
                if let Some(p) = &d.info.parent_name {
                    println!("  Part of:    {p}");
                }
                if let Some(m) = &d.info.merged_into_name {
                    println!("  Merged into {m}");
                }
                if let Some(n) = &b.note {
                    println!("  Note:       {n}");
                }
                let mut aliases = b.aliases.clone();
                aliases.retain(|a| a != &b.canonical);
                if !aliases.is_empty() {
                    println!("  Also:       {}", aliases.join(", "));
                }
                if !d.merged_from.is_empty() {
                    println!("  Merged in:  {}", d.merged_from.join(", "));
                }
                if !d.children.is_empty() {
                    println!("  Groups:     {}", d.children.join(", "));
                }
                for o in &d.officers {
                    let org: Vec<&str> =
                        [o.organization.as_deref(), o.country.as_deref()].into_iter().flatten().collect();
                    println!("  {:<11} {} ({})", format!("{}:", o.role), o.name, org.join(", "));
                }
                for r in &d.rapporteurs {
                    let towards = r.towards.as_deref().map(|t| format!(" towards {t}")).unwrap_or_default();
                    let email = r.email.as_deref().map(|e| format!(" <{e}>")).unwrap_or_default();
                    let until = r.until.as_deref().map(|u| format!(" until {u}")).unwrap_or_default();
                    println!("  Rapporteur: {}{email}{towards} ({}{until}, #{})", r.name, r.status, r.id);
                }
                for s in &d.statements_from {
                    println!("  Sent:       #{} {} {}", s.id, or_dash(s.doc_number.as_deref()), s.title);
                }
                for s in &d.statements_to {
                    println!("  Received:   #{} {} {} ({})", s.id, or_dash(s.doc_number.as_deref()), s.title, s.list);
                }
            }
        }
        BodiesCommand::Add(args) => {
            let kind = args
                .kind
                .as_deref()
                .map(|k| {
                    BodyKind::parse(k).with_context(|| {
                        let all: Vec<&str> = BodyKind::ALL.iter().map(|k| k.as_str()).collect();
                        format!("--kind {k:?} is not one of: {}", all.join(", "))
                    })
                })
                .transpose()?;
            let parent = match &args.parent {
                Some(p) => Some(store.find_body(p).await?.id),
                None => None,
            };
            let new = NewBody {
                canonical: args.name,
                full_name: args.full_name,
                kind,
                parent,
                aliases: args.aliases,
                note: None,
            };
            let body = store.add_body(&new, &who).await?;
            if args.json {
                output::json(&body)?;
            } else {
                println!("added {} (#{})", body.canonical, body.id);
            }
        }
        BodiesCommand::Alias(args) => {
            let body = store.add_alias(&args.body, &args.alias, &who).await?;
            if args.json {
                output::json(&serde_json::json!({ "body": body.canonical, "alias": args.alias }))?;
            } else {
                println!("\"{}\" now also names {}", args.alias, body.canonical);
            }
        }
        BodiesCommand::Merge(args) => {
            let report = store.merge_bodies(&args.from, &args.into, &who).await?;
            if args.json {
                output::json(&report)?;
            } else {
                println!(
                    "merged {} into {}: {} and {} re-pointed, {} and {} moved, {} folded",
                    report.from,
                    report.into,
                    output::count(usize::try_from(report.names_repointed).unwrap_or(0), "name", "names"),
                    output::count(usize::try_from(report.sources_repointed).unwrap_or(0), "source", "sources"),
                    output::count(usize::try_from(report.aliases_moved).unwrap_or(0), "alias", "aliases"),
                    output::count(usize::try_from(report.officers_moved).unwrap_or(0), "officer", "officers"),
                    output::count(usize::try_from(report.actions_folded).unwrap_or(0), "action", "actions"),
                );
            }
        }
        BodiesCommand::Unmerge(args) => {
            let (body, from) = store.unmerge_body(&args.name, &who).await?;
            if args.json {
                output::json(&serde_json::json!({ "body": body, "was_merged_into": from }))?;
            } else {
                println!("{body} is its own body again (it was merged into {from})");
            }
        }
        BodiesCommand::Import(args) => {
            let text = std::fs::read_to_string(&args.file).with_context(|| format!("{}", args.file.display()))?;
            let report = liaise_app::bodies::import_file(&store, &text, &who, args.dry_run)
                .await
                .with_context(|| format!("{}", args.file.display()))?;
            if args.json {
                output::json(&report)?;
            } else {
                let verb = if args.dry_run { "would add" } else { "added" };
                for b in &report.added {
                    println!("{verb} {b}");
                }
                for (b, aliases) in &report.extended {
                    println!(
                        "{} {}: {}",
                        if args.dry_run { "would extend" } else { "extended" },
                        b,
                        aliases.join(", ")
                    );
                }
                for c in &report.conflicts {
                    println!("not taken: {c}");
                }
                println!(
                    "{} {}, {} extended, {} unchanged, {} not taken",
                    verb,
                    output::count(report.added.len(), "body", "bodies"),
                    report.extended.len(),
                    report.unchanged,
                    report.conflicts.len()
                );
            }
        }
        BodiesCommand::Builtin(_) => {}
        BodiesCommand::Confirm(args) => {
            let body = store.confirm_body(&args.name, &who).await?;
            if args.json {
                output::json(&body)?;
            } else {
                println!("confirmed {}", body.canonical);
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
