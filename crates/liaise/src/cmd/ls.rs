//! `liaise ls`: list, show and the history of statements.

use crate::cli::{LsCommand, LsHistoryArgs, LsListArgs};
use crate::output::{self, or_dash};
use anyhow::Context;
use liaise_core::BodyList;
use liaise_core::track::LsState;
use liaise_store::ls::{LsFilter, LsSummary, LsView};
use liaise_store::track::{ActionFilter, ActionRow};
use std::process::ExitCode;

pub async fn run(db: &str, config: Option<&std::path::Path>, cmd: LsCommand) -> anyhow::Result<ExitCode> {
    if let LsCommand::New(args) = &cmd
        && args.example
    {
        print!("{}", DRAFT_EXAMPLE);
        return Ok(ExitCode::SUCCESS);
    }
    let store = super::open(db).await?;
    match cmd {
        LsCommand::New(args) => {
            let Some(path) = args.from else { anyhow::bail!("--from FILE: the draft to store") };
            let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| anyhow::anyhow!("{}: a draft is UTF-8 text, and this file is not", path.display()))?;
            let mut registry = store.registry().await?;
            let name = path.file_name().map_or_else(|| "draft.md".to_string(), |n| n.to_string_lossy().into_owned());
            let (imported, warnings) =
                liaise_app::outgoing::create_draft(&store, &mut registry, &name, &text, &liaise_app::who()?).await?;
            let verb = if imported.created {
                "stored"
            } else if imported.unchanged {
                "unchanged"
            } else {
                "updated"
            };
            let mut text = format!(
                "Draft #{} {verb}: {} ({})",
                imported.ls_id,
                imported.title,
                imported.doc_number.as_deref().unwrap_or("no document number yet")
            );
            for w in &warnings {
                text.push_str(&format!("\n  warning: {w}"));
            }
            text.push_str(&format!(
                "\nNext: liaise ls docx {id} -o draft.docx, then liaise ls state {id} approved, then liaise ls send {id}",
                id = imported.ls_id
            ));
            output::done(
                args.json,
                serde_json::json!({ "ls_id": imported.ls_id, "created": imported.created, "doc_number": imported.doc_number,
                    "title": imported.title, "state": "draft", "warnings": warnings }),
                text,
            )?;
        }
        LsCommand::Reply(args) => {
            let draft = liaise_app::outgoing::reply_draft(&store, &args.id).await?;
            if let Some(p) = &args.output {
                if p.exists() {
                    anyhow::bail!("{} exists; give another path with -o", p.display());
                }
                std::fs::write(p, &draft).with_context(|| format!("writing {}", p.display()))?;
            }
            match (&args.output, args.json) {
                (_, true) => output::json(&serde_json::json!({ "draft": draft, "file": args.output }))?,
                (Some(p), false) => {
                    eprintln!("Wrote {}: edit it, then liaise ls new --from {}", p.display(), p.display());
                }
                (None, false) => print!("{draft}"),
            }
        }
        LsCommand::Docx(args) => {
            let template = template(args.template.as_deref())?;
            let ext = args.output.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
            let bytes = match ext.as_str() {
                "docx" => liaise_app::outgoing::docx(&store, &args.id, &template).await?,
                "md" | "markdown" => liaise_app::outgoing::markdown(&store, &args.id).await?.into_bytes(),
                "pdf" => {
                    let docx = liaise_app::outgoing::docx(&store, &args.id, &template).await?;
                    liaise_app::convert::docx_to_pdf(&docx).map_err(|e| anyhow::anyhow!(e))?
                }
                _ => anyhow::bail!("-o {}: the name ends in .docx, .md or .pdf", args.output.display()),
            };
            if args.output.exists() && !args.force {
                anyhow::bail!("{} exists; --force overwrites it", args.output.display());
            }
            std::fs::write(&args.output, &bytes).with_context(|| format!("writing {}", args.output.display()))?;
            output::done(
                args.json,
                serde_json::json!({ "file": args.output, "bytes": bytes.len(), "format": ext }),
                format!("Wrote {} ({} bytes)", args.output.display(), bytes.len()),
            )?;
        }
        LsCommand::Send(args) => {
            let cfg = liaise_app::config::load(config)?;
            let Some(smtp) = cfg.smtp.as_ref() else {
                anyhow::bail!(
                    "no SMTP server is configured: set [smtp] url and from in the configuration file, or LIAISE_SMTP_URL and LIAISE_SMTP_FROM"
                );
            };
            let template = template(args.template.as_deref())?;
            let today = liaise_app::now()?.date_naive();
            let report = liaise_app::outgoing::send(
                &store,
                &args.id,
                smtp,
                &template,
                today,
                args.allow_unreached,
                &liaise_app::who()?,
            )
            .await?;
            store.close().await;
            if args.json {
                output::json(&report)?;
            } else {
                for d in &report.sent {
                    println!("sent to {} <{}> ({})", d.name, d.email, d.why);
                }
                for (d, e) in &report.failed {
                    println!("FAILED {} <{}>: {e}", d.name, d.email);
                }
                for b in &report.no_address {
                    println!("no address known for {b}: nobody there received it (`liaise rapporteurs add`)");
                }
                for w in &report.warnings {
                    println!("warning: {w}");
                }
                if report.complete {
                    println!(
                        "#{} is sent: {} and {}",
                        report.ls_id,
                        output::count(report.sent.len(), "message", "messages"),
                        output::count(report.actions_created, "action", "actions")
                    );
                } else if report.failed.is_empty() && report.in_flight > 0 {
                    println!(
                        "#{} is being sent by another `liaise ls send` now ({} under way); run it again once that one ended",
                        report.ls_id,
                        output::count(report.in_flight, "address", "addresses")
                    );
                } else {
                    println!(
                        "#{} is NOT sent: {} failed; run `liaise ls send {}` again to retry those only",
                        report.ls_id,
                        output::count(report.failed.len(), "address", "addresses"),
                        report.ls_id
                    );
                }
            }
            return Ok(if report.complete { ExitCode::SUCCESS } else { ExitCode::from(1) });
        }
        LsCommand::Deliveries(args) => {
            let view = store.get_ls(&args.id).await?;
            let list = store.deliveries(view.id).await?;
            if args.json {
                output::json(&list)?;
            } else if list.is_empty() {
                println!("#{} was not sent by liaise", view.id);
            } else {
                let rows: Vec<Vec<String>> = list
                    .iter()
                    .map(|d| {
                        vec![
                            d.email.clone(),
                            d.name.clone(),
                            d.why.clone(),
                            d.status.clone(),
                            d.updated_at.clone(),
                            or_dash(d.message_id.as_deref().or(d.error.as_deref())),
                        ]
                    })
                    .collect();
                output::table(&["EMAIL", "NAME", "WHY", "STATUS", "AT", "MESSAGE-ID / ERROR"], &rows, 60);
            }
        }
        LsCommand::List(args) => list(&store, args).await?,
        LsCommand::File(args) => {
            let view = store.get_ls(&args.id).await?;
            // Files are listed oldest first: the latest import of a name is the one wanted, unless
            // --sha picks a version.
            let matches = |f: &&liaise_store::ls::FileInfo| {
                args.name.as_ref().is_none_or(|n| f.file_name == *n || f.file_name.ends_with(&format!("/{n}")))
                    && args.sha.as_ref().is_none_or(|s| f.sha256.starts_with(&s.to_lowercase()))
            };
            let Some(file) = view.files.iter().rfind(matches) else {
                let names: Vec<String> = view
                    .files
                    .iter()
                    .map(|f| {
                        format!("{} ({}, sha {})", f.file_name, f.imported_at, &f.sha256[..12.min(f.sha256.len())])
                    })
                    .collect();
                anyhow::bail!(
                    "no file of #{} matches; it has {}: {}",
                    view.id,
                    output::count(names.len(), "file", "files"),
                    names.join("; ")
                );
            };
            let bytes = store.file_content(&file.sha256).await?.with_context(|| {
                format!("the bytes of {} were not kept (it was imported before liaise kept files)", file.file_name)
            })?;
            let base = std::path::Path::new(&file.file_name)
                .file_name()
                .map(std::path::PathBuf::from)
                .unwrap_or_else(|| std::path::PathBuf::from(format!("ls-{}", view.id)));
            let (path, fresh) = match args.output {
                Some(p) => (p, false),
                None => (base, true),
            };
            if fresh && path.exists() {
                anyhow::bail!("{} exists; give another path with -o", path.display());
            }
            std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
            output::done(
                args.json,
                serde_json::json!({ "file": path, "bytes": bytes.len(), "sha256": file.sha256, "name": file.file_name }),
                format!("Wrote {} ({} bytes, as imported on {})", path.display(), bytes.len(), file.imported_at),
            )?;
        }
        LsCommand::Public(args) => {
            let view = store.get_ls(&args.id).await?;
            store.set_public(view.id, !args.private, &liaise_app::who()?).await?;
            let word = if args.private { "private" } else { "public" };
            output::done(
                args.json,
                serde_json::json!({ "ls_id": view.id, "doc_number": view.record.doc_number, "public": !args.private }),
                format!("#{} {} is {word}", view.id, view.record.doc_number.as_deref().unwrap_or(&view.record.title)),
            )?;
        }
        LsCommand::Export(args) => {
            let ext = args.output.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
            if ext.as_deref() != Some("csv") {
                anyhow::bail!("{}: write the list to a .csv file", args.output.display());
            }
            let json = args.filter.json;
            let rows = store.list_ls_summary(&filter(args.filter)?).await?;
            let csv = liaise_app::lists::ls_csv(&rows)?;
            std::fs::write(&args.output, csv).with_context(|| format!("writing {}", args.output.display()))?;
            output::done(
                json,
                serde_json::json!({ "file": args.output, "rows": rows.len() }),
                format!("Wrote {} to {}", output::count(rows.len(), "statement", "statements"), args.output.display()),
            )?;
        }
        LsCommand::Show(args) => {
            let view = store.get_ls(&args.id).await?;
            let tracking = tracking(&store, view.id).await?;
            let mails = store.mails_for_ls(view.id).await?;
            if args.json {
                let mut json = view.to_json();
                if let Some(obj) = json.as_object_mut() {
                    obj.insert("mails".into(), serde_json::to_value(&mails)?);
                    obj.insert("actions".into(), serde_json::to_value(&tracking.actions)?);
                    obj.insert("answers".into(), serde_json::to_value(&tracking.answers)?);
                    obj.insert("answered_by".into(), serde_json::to_value(&tracking.answered_by)?);
                }
                output::json(&json)?;
            } else {
                print_view(&view);
                if args.full && !view.record.body.trim().is_empty() {
                    println!("  Body:");
                    for l in view.record.body.lines() {
                        println!("    {l}");
                    }
                }
                for m in &mails {
                    println!(
                        "  Came by mail: \"{}\" from {} on {} ({})",
                        m.subject.as_deref().unwrap_or("(no subject)"),
                        m.sender.as_deref().unwrap_or("?"),
                        m.sent_at.as_deref().unwrap_or("?"),
                        m.message_id
                    );
                }
                print_tracking(&tracking);
            }
        }
        LsCommand::History(args) => history(&store, args).await?,
        LsCommand::State(args) => {
            let view = store.get_ls(&args.id).await?;
            let to = LsState::parse(&args.state).filter(|s| *s != LsState::Dead).with_context(|| {
                format!(
                    "{:?}: one of draft, approved, sent, received (use `liaise ls dead` to mark it dead)",
                    args.state
                )
            })?;
            // The state it has already is no change, as for actions.
            if view.state == to.as_str() {
                println!("#{}: already {}", view.id, to.as_str());
                store.close().await;
                return Ok(ExitCode::SUCCESS);
            }
            let from = store.set_ls_state(view.id, to, args.comment.as_deref(), &liaise_app::who()?).await?;
            if args.json {
                output::json(
                    &serde_json::json!({ "ls_id": view.id, "doc_number": view.record.doc_number, "from": from, "to": to }),
                )?;
            } else {
                println!("#{}: {} -> {}", view.id, from.as_str(), to.as_str());
            }
        }
        LsCommand::Dead(args) => {
            let view = store.get_ls(&args.id).await?;
            let from = store.set_ls_state(view.id, LsState::Dead, Some(&args.reason), &liaise_app::who()?).await?;
            output::done(
                args.json,
                serde_json::json!({ "ls_id": view.id, "doc_number": view.record.doc_number, "from": from, "to": "dead" }),
                format!("#{}: {} -> dead ({})", view.id, from.as_str(), args.reason),
            )?;
        }
        LsCommand::Edit(args) => super::review::edit(&store, args).await?,
        LsCommand::Revive(args) => {
            let view = store.get_ls(&args.id).await?;
            let to = store.revive_ls(view.id, &liaise_app::who()?).await?;
            output::done(
                args.json,
                serde_json::json!({ "ls_id": view.id, "doc_number": view.record.doc_number, "from": "dead", "to": to }),
                format!("#{}: dead -> {}", view.id, to.as_str()),
            )?;
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The filter the options of `ls list` and `ls export` give.
fn filter(args: LsListArgs) -> anyhow::Result<LsFilter> {
    let date = |name: &str, d: Option<String>| d.as_deref().map(|d| super::date_arg(name, d)).transpose();
    if let Some(s) = &args.state
        && LsState::parse(s).is_none()
    {
        return Err(super::usage(format!("--state {s:?}: one of draft, approved, sent, received, dead")));
    }
    // The list prints "in" and "out": both spellings are taken.
    let direction = match args.direction.as_deref() {
        None => None,
        Some("incoming" | "in") => Some("incoming".to_string()),
        Some("outgoing" | "out") => Some("outgoing".to_string()),
        Some(d) => return Err(super::usage(format!("--direction {d:?}: incoming (in) or outgoing (out)"))),
    };
    if args.limit.is_some_and(|n| n < 1) {
        return Err(super::usage("--limit: give a number of statements, 1 or more"));
    }
    let kind = match args.kind.as_deref().map(str::to_lowercase).as_deref() {
        None => None,
        Some("ls" | "statement" | "liaison statement") => Some("liaison statement".to_string()),
        Some("reply" | "replies") => Some("reply".to_string()),
        Some(k) => return Err(super::usage(format!("--kind {k:?}: ls (a liaison statement) or reply"))),
    };
    let overdue_as_of = if args.overdue { Some(super::as_of(args.as_of.as_deref())?) } else { None };
    let sort = match args.sort.as_deref() {
        None => liaise_store::ls::LsSort::default(),
        Some(s) => liaise_store::ls::LsSort::parse(s).ok_or_else(|| {
            super::usage(format!("--sort {s:?}: one of {}", liaise_store::ls::LsSort::NAMES.join(", ")))
        })?,
    };
    Ok(LsFilter {
        source: args.source,
        recipient: args.recipient,
        deadline_before: date("--deadline-before", args.deadline_before)?,
        deadline_after: date("--deadline-after", args.deadline_after)?,
        year: args.year,
        issued_from: None,
        issued_to: None,
        state: args.state,
        direction,
        kind,
        text: args.text,
        unanswered: args.unanswered,
        overdue_as_of,
        limit: args.limit,
        offset: None,
        public_only: false,
        sort,
        descending: args.desc,
    })
}

async fn list(store: &liaise_store::Store, args: LsListArgs) -> anyhow::Result<()> {
    let json = args.json;
    let rows = store.list_ls_summary(&filter(args)?).await?;
    if json {
        return output::json(&rows);
    }
    if rows.is_empty() {
        println!("No statements match.");
        return Ok(());
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|v: &LsSummary| {
            vec![
                v.ls_id.to_string(),
                or_dash(v.doc_number.as_deref()),
                v.source.clone(),
                if v.direction == "outgoing" { "out" } else { "in" }.to_string(),
                v.state.clone(),
                if v.kind == "reply" { "reply" } else { "LS" }.to_string(),
                or_dash(v.deadline.map(|d| d.to_string()).as_deref()),
                format!("{}/{}", v.owing, v.asked),
                v.title.clone(),
            ]
        })
        .collect();
    output::table(&["ID", "NUMBER", "SOURCE", "DIR", "STATE", "KIND", "DEADLINE", "OWING/ASKED", "TITLE"], &table, 40);
    Ok(())
}

/// The actions of a statement and the statements it answers or is answered by.
pub struct Tracking {
    pub actions: Vec<ActionRow>,
    pub answers: Vec<i64>,
    pub answered_by: Vec<i64>,
}

pub async fn tracking(store: &liaise_store::Store, id: i64) -> anyhow::Result<Tracking> {
    let actions = store.actions(&ActionFilter { ls_id: Some(id), ..ActionFilter::default() }).await?;
    let (answers, answered_by) = store.links_of(id).await?;
    Ok(Tracking { actions, answers, answered_by })
}

pub fn print_tracking(t: &Tracking) {
    if !t.actions.is_empty() {
        // One state per body, by the rule `due` counts by (liaise_core::track::body_state).
        let mut by_body: std::collections::BTreeMap<i64, Vec<liaise_core::track::ActionState>> = Default::default();
        for a in &t.actions {
            by_body.entry(a.body_id).or_default().push(a.state);
        }
        let mut by_state: std::collections::BTreeMap<&str, usize> = Default::default();
        for states in by_body.values() {
            if let Some(s) = liaise_core::track::body_state(states.iter().copied()) {
                *by_state.entry(s.as_str()).or_default() += 1;
            }
        }
        let parts: Vec<String> = by_state.iter().map(|(s, n)| format!("{n} {s}")).collect();
        println!(
            "  Actions:      {} for {}: {}",
            output::count(t.actions.len(), "action", "actions"),
            output::count(by_body.len(), "body", "bodies"),
            parts.join(", ")
        );
    }
    if !t.answers.is_empty() {
        let ids: Vec<String> = t.answers.iter().map(|i| format!("#{i}")).collect();
        println!("  Answers:      {}", ids.join(", "));
    }
    if !t.answered_by.is_empty() {
        let ids: Vec<String> = t.answered_by.iter().map(|i| format!("#{i}")).collect();
        println!("  Answered by:  {}", ids.join(", "));
    }
}

async fn history(store: &liaise_store::Store, args: LsHistoryArgs) -> anyhow::Result<()> {
    let view = store.get_ls(&args.id).await?;
    let events = store.statement_history(view.id).await?;
    if args.json {
        return output::json(&events);
    }
    let actions = store.actions(&ActionFilter { ls_id: Some(view.id), ..ActionFilter::default() }).await?;
    let action_body: std::collections::HashMap<i64, &str> = actions.iter().map(|a| (a.id, a.body.as_str())).collect();
    for e in &events {
        let subject = match e.entity.as_str() {
            "action" => format!("action {} of {}", e.entity_id, action_body.get(&e.entity_id).copied().unwrap_or("?")),
            "ls" => String::new(),
            other => format!("{other} {}", e.entity_id),
        };
        println!("{}", output::event_line(e, &subject));
    }
    Ok(())
}

fn names(v: &LsView, list: BodyList, topic: Option<usize>) -> String {
    let mut names: Vec<String> = Vec::new();
    for n in v.names.iter().filter(|n| n.list == list && n.topic == topic) {
        let name = match n.status.as_deref() {
            Some("unconfirmed") => format!("{} (unconfirmed)", n.display()),
            _ => n.display().to_string(),
        };
        // Two spellings of one body (merged since) are one name.
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(", ")
}

/// A statement for reading on a terminal.
pub fn print_view(v: &LsView) {
    let r = &v.record;
    println!("{}  {}", or_dash(r.doc_number.as_deref()), r.title);
    println!("  #{} · {} · {} layout · {} · {}", v.id, r.kind.as_str(), r.layout.as_str(), v.direction, v.state);
    let written = r
        .source_as_written
        .as_deref()
        .filter(|w| *w != v.source)
        .map(|w| format!(" (written \"{w}\")"))
        .unwrap_or_default();
    let long = r.source_name.as_deref().map(|n| format!(", {n}")).unwrap_or_default();
    println!("  Source:       {}{written}{long}", v.source);
    if let Some(m) = &r.meeting {
        let when = match (m.start, m.end) {
            (Some(s), Some(e)) if s != e => format!("{s} to {e}"),
            (Some(s), _) => s.to_string(),
            _ => String::new(),
        };
        let name = m.name.as_deref().map(|n| format!("{n}, ")).unwrap_or_default();
        println!("  Meeting:      {name}{} {when}", m.place.as_deref().unwrap_or(""));
    }
    if let Some(a) = &r.approval {
        println!("  Approval:     {a}");
    }
    if let Some(s) = r.submitted {
        println!("  Submitted:    {s}");
    }
    println!("  Deadline:     {}", or_dash(r.deadline.map(|d| d.to_string()).as_deref()));
    for (label, list) in [
        ("For action", BodyList::ForAction),
        ("For comment", BodyList::ForComment),
        ("For info", BodyList::ForInformation),
        ("Cc", BodyList::Cc),
    ] {
        let n = v.list(list, None).len();
        if n > 0 {
            println!("  {label} ({n}): {}", names(v, list, None));
        }
    }
    if !r.response_to.is_empty() || r.response_to_text.is_some() {
        println!(
            "  Answers:      {}",
            if r.response_to.is_empty() {
                r.response_to_text.clone().unwrap_or_default()
            } else {
                r.response_to.join(", ")
            }
        );
    }
    for c in &r.contacts {
        let org: Vec<&str> = [c.organization.as_deref(), c.country.as_deref()].into_iter().flatten().collect();
        let org = if org.is_empty() { String::new() } else { format!(" ({})", org.join(", ")) };
        let email = c.email.as_deref().map(|e| format!(" <{e}>")).unwrap_or_default();
        let role = c.role.as_deref().map(|r| format!("[{r}] ")).unwrap_or_default();
        println!("  Contact:      {role}{}{org}{email}", c.name);
    }
    for (i, req) in r.requests.iter().enumerate() {
        println!("  Request {}:    {req}", i + 1);
    }
    for o in &r.officers {
        let org: Vec<&str> = [o.organization.as_deref(), o.country.as_deref()].into_iter().flatten().collect();
        println!("  Officer:      {} {} ({})", o.role.as_str(), o.name, org.join(", "));
    }
    if !r.topics.is_empty() {
        println!("  Topics ({}):", r.topics.len());
        for (i, t) in r.topics.iter().enumerate() {
            let topic = t.topic.as_deref().map(|t| format!(" / {t}")).unwrap_or_default();
            let esp = names(v, BodyList::TopicEspecially, Some(i));
            let esp = if esp.is_empty() { String::new() } else { format!(" (especially {esp})") };
            println!("    {}{topic}: {}{esp}", t.group, names(v, BodyList::TopicRelated, Some(i)));
        }
    }
    if let Some(a) = &r.abstract_text {
        println!("  Abstract:     {}", liaise_core::truncate_chars(&a.replace('\n', " "), 300));
    }
    for f in &v.files {
        println!("  File:         {} ({}, {} bytes, imported {})", f.file_name, f.format, f.size, f.imported_at);
        for w in &f.warnings {
            println!("    warning: {w}");
        }
    }
}

/// The layout `--template` names: itu, 3gpp, or a .docx file of the group's own.
fn template(arg: Option<&str>) -> anyhow::Result<liaise_write::Template> {
    match arg {
        Some(t) if t.to_lowercase().ends_with(".docx") => {
            let bytes = std::fs::read(t).with_context(|| format!("reading the template {t}"))?;
            Ok(liaise_write::Template::Own(bytes))
        }
        other => Ok(liaise_app::outgoing::template_of(other)?),
    }
}

/// What `liaise ls new --example` prints.
const DRAFT_EXAMPLE: &str = "---
# The header block: one field a line. Names of bodies are resolved through the registry.
title: LS on metaverse standardization roadmaps
document: FG-MV-LS2
source: ITU-T FG-MV
group: Focus Group on metaverse
study period: 2022-2024
place: Geneva
meeting: 2023-07-03/2023-07-05
for action: ITU-R SG5, IEC TC 100, ISO/IEC JTC 1/SC 29
for information: ITU-T SG16
approval: FG-MV meeting (Geneva, 5 July 2023)
deadline: 2023-10-31
contact: Shin-Gak Kang, ETRI, Rep. of Korea, sgkang@etri.re.kr
abstract: FG-MV asks for the roadmaps of metaverse standards.
---

# Background

FG-MV met in Geneva and reviewed its deliverables.

| Topic | Related organizations |
| --- | --- |
| Media CODEC | ITU-T SG16, JTC1 SC29 |

FG-MV would like to request you to provide your roadmap of metaverse standards.
";
