//! The tracking commands: due, actions, replies, rapporteurs, remind, calendar, group, config.

use crate::cli::{
    ActionsCommand, CalendarArgs, ConfigArgs, DueArgs, GroupArgs, RapporteursCommand, RemindArgs, RepliesCommand,
};
use crate::output::{self, or_dash};
use anyhow::Context;
use liaise_app::due::{DueOptions, DueReport};
use liaise_core::Contact;
use liaise_core::track::{ActionState, parse_days};
use liaise_store::track::ActionFilter;
use std::path::Path;
use std::process::ExitCode;

pub async fn due(db: &str, args: DueArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let within_days = args
        .within
        .as_deref()
        .map(|w| {
            parse_days(w)
                .ok_or_else(|| super::usage(format!("--within {w:?}: write a number of days, as 14d, 2w or 10")))
        })
        .transpose()?;
    let options = DueOptions {
        as_of: super::as_of(args.as_of.as_deref())?,
        within_days,
        overdue_only: args.overdue,
        body: args.body,
    };
    let report = liaise_app::due::due(&store, &options).await?;
    store.close().await;
    if args.json {
        output::json(&report)?;
    } else {
        print_due(&report);
    }
    Ok(ExitCode::SUCCESS)
}

fn when(days_left: Option<i64>) -> String {
    match days_left {
        None => "no deadline".to_string(),
        Some(0) => "today".to_string(),
        Some(1) => "tomorrow".to_string(),
        Some(d) if d > 0 => format!("in {d} days"),
        Some(-1) => "1 day overdue".to_string(),
        Some(d) => format!("{} days overdue", -d),
    }
}

pub fn print_due(r: &DueReport) {
    match &r.group {
        Some(g) => println!("As of {} · for {g}", r.as_of),
        None => println!(
            "As of {} · no group is set, so only statements marked sent are counted (`liaise group NAME` sets the group liaise works for)",
            r.as_of
        ),
    }
    for s in &r.statements {
        let deadline =
            s.deadline.map_or("no deadline".to_string(), |d| format!("deadline {d} ({})", when(s.days_left)));
        println!(
            "{}  {}\n  {deadline} · {} · {} open ({} overdue) · {} answered{}{}",
            or_dash(s.doc_number.as_deref()),
            s.title,
            output::count(s.asked, "body asked", "bodies asked"),
            s.open,
            s.overdue,
            s.answered,
            if s.declined > 0 { format!(" · {} declined", s.declined) } else { String::new() },
            if s.withdrawn > 0 { format!(" · {} withdrawn", s.withdrawn) } else { String::new() },
        );
    }
    if r.items.is_empty() {
        println!("\nNothing is owed to us.");
    } else {
        println!("\nOwed to us:");
        let rows: Vec<Vec<String>> = r
            .items
            .iter()
            .map(|i| {
                let chase = i
                    .chase
                    .iter()
                    .map(|a| format!("{} <{}> ({})", a.name, a.email, a.why))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    or_dash(i.deadline.map(|d| d.to_string()).as_deref()),
                    when(i.days_left),
                    or_dash(i.doc_number.as_deref()),
                    i.body.clone(),
                    i.state.as_str().to_string(),
                    ids(&i.action_ids),
                    or_dash(Some(&chase)),
                ]
            })
            .collect();
        output::table(&["DEADLINE", "WHEN", "LS", "OWED BY", "STATE", "ACTIONS", "CHASE"], &rows, 70);
    }
    if !r.we_owe.is_empty() {
        println!("\nWe owe:");
        let rows: Vec<Vec<String>> = r
            .we_owe
            .iter()
            .map(|i| {
                vec![
                    or_dash(i.deadline.map(|d| d.to_string()).as_deref()),
                    when(i.days_left),
                    or_dash(i.doc_number.as_deref()),
                    i.source.clone(),
                    i.body.clone(),
                    i.state.as_str().to_string(),
                    ids(&i.action_ids),
                    i.title.clone(),
                ]
            })
            .collect();
        output::table(&["DEADLINE", "WHEN", "LS", "FROM", "ASKED OF", "STATE", "ACTIONS", "TITLE"], &rows, 50);
    }
}

/// Action ids as `actions set` takes them: "12, 13".
fn ids(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

pub async fn actions(db: &str, cmd: ActionsCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    match cmd {
        ActionsCommand::List(args) => {
            let ls_id = match &args.ls {
                Some(l) => Some(store.get_ls(l).await?.id),
                None => None,
            };
            let state = args
                .state
                .as_deref()
                .map(|s| {
                    ActionState::parse(s).with_context(|| {
                        format!("--state {s:?}: one of open, acknowledged, answered, declined, withdrawn")
                    })
                })
                .transpose()?;
            let rows = store.actions(&ActionFilter { ls_id, body: args.body, state, living_only: false }).await?;
            if args.json {
                output::json(&rows)?;
            } else if rows.is_empty() {
                println!("No actions match.");
            } else {
                let table: Vec<Vec<String>> = rows
                    .iter()
                    .map(|a| {
                        vec![
                            a.id.to_string(),
                            or_dash(a.doc_number.as_deref()),
                            a.body.clone(),
                            a.state.as_str().to_string(),
                            or_dash(a.deadline.map(|d| d.to_string()).as_deref()),
                            a.request.clone(),
                        ]
                    })
                    .collect();
                output::table(&["ID", "LS", "BODY", "STATE", "DEADLINE", "REQUEST"], &table, 60);
            }
        }
        ActionsCommand::Set(args) => {
            let Some((state, ids)) = args.args.split_last() else {
                anyhow::bail!("give the actions' ids and the new state, as `liaise actions set 12 13 answered`");
            };
            let to = ActionState::parse(state).ok_or_else(|| {
                super::usage(format!(
                    "{state:?}: the last argument is the new state: open, acknowledged, answered, declined or withdrawn"
                ))
            })?;
            let mut targets: Vec<i64> = Vec::new();
            for id in ids {
                targets.push(
                    id.parse().map_err(|_| {
                        super::usage(format!("{id:?} is not an action id (a number; see `liaise due`)"))
                    })?,
                );
            }
            if let Some(ls) = &args.ls {
                if !targets.is_empty() {
                    anyhow::bail!("give either action ids or --ls (with --body), not both");
                }
                let ls_id = store.get_ls(ls).await?.id;
                let filter = ActionFilter { ls_id: Some(ls_id), body: args.body.clone(), ..ActionFilter::default() };
                targets = store.actions(&filter).await?.iter().map(|a| a.id).collect();
                if targets.is_empty() {
                    anyhow::bail!(
                        "{ls} has no actions{}",
                        args.body.as_deref().map(|b| format!(" for {b}")).unwrap_or_default()
                    );
                }
            } else if targets.is_empty() {
                anyhow::bail!("give the ids of the actions before the state (see `liaise due`), or --ls with --body");
            }
            let who = liaise_app::who()?;
            let mut done = Vec::new();
            for (id, from) in store.set_action_states(&targets, to, args.comment.as_deref(), &who).await? {
                done.push(serde_json::json!({ "id": id, "from": from, "to": to, "changed": from != to }));
                if !args.json {
                    if from == to {
                        println!("action {id}: already {}", to.as_str());
                    } else {
                        println!("action {id}: {} -> {}", from.as_str(), to.as_str());
                    }
                }
            }
            if args.json {
                output::json(&done)?;
            }
        }
        ActionsCommand::History(args) => {
            let events = store.history("action", args.id).await?;
            if events.is_empty() {
                anyhow::bail!("no action has the id {}", args.id);
            }
            if args.json {
                output::json(&events)?;
            } else {
                for e in &events {
                    println!("{}", output::event_line(e, ""));
                }
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn replies(db: &str, cmd: RepliesCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    match cmd {
        RepliesCommand::Unmatched(args) => {
            let rows = store.unmatched_replies().await?;
            if args.json {
                output::json(&rows)?;
            } else if rows.is_empty() {
                println!("Every reply is linked to what it answers.");
            } else {
                for r in &rows {
                    let answers = if r.response_to.is_empty() {
                        r.response_to_text.clone().unwrap_or_default()
                    } else {
                        r.response_to.join(", ")
                    };
                    println!(
                        "#{} {} from {}: {}\n    answers {}",
                        r.id,
                        or_dash(r.doc_number.as_deref()),
                        r.source,
                        r.title,
                        or_dash(Some(&answers))
                    );
                }
                println!("\nLink one with: liaise replies link REPLY ORIGINAL");
            }
        }
        RepliesCommand::Unlink(args) => {
            let reply = store.get_ls(&args.reply).await?;
            let original = store.get_ls(&args.original).await?;
            let reopened = store.unlink_reply(reply.id, original.id, &liaise_app::who()?).await?;
            if args.json {
                output::json(
                    &serde_json::json!({ "reply": reply.id, "original": original.id, "actions_reopened": reopened }),
                )?;
            } else {
                println!(
                    "#{} no longer answers #{}; {reopened} action{} put back",
                    reply.id,
                    original.id,
                    if reopened == 1 { "" } else { "s" }
                );
            }
        }
        RepliesCommand::Link(args) => {
            let reply = store.get_ls(&args.reply).await?;
            let original = store.get_ls(&args.original).await?;
            let answered = store.link_reply(reply.id, original.id, &liaise_app::who()?).await?;
            if args.json {
                output::json(
                    &serde_json::json!({ "reply": reply.id, "original": original.id, "actions_answered": answered }),
                )?;
            } else {
                println!(
                    "#{} now answers #{}; {} of {} marked answered",
                    reply.id,
                    original.id,
                    output::count(answered, "action", "actions"),
                    reply.source
                );
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn rapporteurs(db: &str, cmd: RapporteursCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    match cmd {
        RapporteursCommand::List(args) => {
            let rows = store.designations(args.body.as_deref(), args.proposed.then_some("proposed")).await?;
            if args.json {
                output::json(&rows)?;
            } else if rows.is_empty() {
                println!("No rapporteurs match.");
            } else {
                let table: Vec<Vec<String>> = rows
                    .iter()
                    .map(|d| {
                        vec![
                            d.id.to_string(),
                            d.status.clone(),
                            d.name.clone(),
                            or_dash(d.email.as_deref()),
                            d.body.clone(),
                            or_dash(d.towards.as_deref()),
                            format!("{}..{}", d.since.as_deref().unwrap_or(""), d.until.as_deref().unwrap_or("")),
                        ]
                    })
                    .collect();
                output::table(&["ID", "STATUS", "NAME", "E-MAIL", "REPRESENTS", "TOWARDS", "PERIOD"], &table, 50);
                if rows.iter().any(|d| d.status == "proposed") {
                    println!("\nConfirm a proposal with: liaise rapporteurs confirm ID");
                }
            }
        }
        RapporteursCommand::Confirm(a) => {
            store.set_designation(a.id, "confirmed", None, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "status": "confirmed" }),
                format!("rapporteur {} confirmed", a.id),
            )?;
        }
        RapporteursCommand::Reject(a) => {
            store.set_designation(a.id, "rejected", None, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "status": "rejected" }),
                format!("rapporteur {} rejected", a.id),
            )?;
        }
        RapporteursCommand::End(a) => {
            let until = super::date_arg("--until", &a.until)?;
            store.set_designation(a.id, "ended", Some(until), &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "until": until }),
                format!("rapporteur {} ends on {until}", a.id),
            )?;
        }
        RapporteursCommand::Edit(a) => {
            if let Some(email) = a.email.as_deref().map(str::trim)
                && liaise_read::common::find_email(email).as_deref() != Some(email)
            {
                anyhow::bail!("--email {email:?} is not an e-mail address (write it as name@example.org)");
            }
            let edit = liaise_store::track::PersonEdit {
                name: a.name,
                email: a.email.map(|e| e.trim().to_string()),
                phone: a.phone,
                organization: a.organization,
            };
            if edit.name.is_none() && edit.email.is_none() && edit.phone.is_none() && edit.organization.is_none() {
                anyhow::bail!("say what to correct: --name, --email, --phone or --organization");
            }
            store.edit_designation(a.id, &edit, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "edit": edit }),
                format!("rapporteur {} corrected", a.id),
            )?;
        }
        RapporteursCommand::Remove(a) => {
            store.remove_designation(a.id, &a.reason, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "status": "removed", "reason": a.reason }),
                format!("rapporteur {} removed ({})", a.id, a.reason),
            )?;
        }
        RapporteursCommand::Add(a) => {
            // An address that is none fails every reminder later (issue 9, item 14): refuse it now.
            let email = a.email.trim();
            if !liaise_app::remind::plausible_address(email) {
                anyhow::bail!("--email {email:?} is not an e-mail address (write it as name@example.org)");
            }
            let person = Contact {
                name: a.name,
                organization: a.organization,
                country: a.country,
                email: Some(a.email),
                phone: a.phone,
                role: None,
            };
            let towards = match a.towards {
                Some(t) => Some(t),
                None => match store.home().await? {
                    Some(h) => store.registry().await?.canonical(h).map(str::to_string),
                    None => None,
                },
            };
            let since = a.since.as_deref().map(|d| super::date_arg("--since", d)).transpose()?;
            let id = store.add_designation(&person, &a.body, towards.as_deref(), since, &who).await?;
            if a.json {
                output::json(&serde_json::json!({ "id": id }))?;
            } else {
                println!(
                    "rapporteur {id} added: {} for {}{}",
                    person.name,
                    a.body,
                    towards.map(|t| format!(" towards {t}")).unwrap_or_default()
                );
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn remind(db: &str, config: Option<&Path>, args: RemindArgs) -> anyhow::Result<ExitCode> {
    let cfg = liaise_app::config::load(config)?;
    let store = super::open(db).await?;
    let options = liaise_app::remind::RemindOptions {
        as_of: super::as_of(args.as_of.as_deref())?,
        dry_run: args.dry_run,
        reminders: &cfg.reminders,
        smtp: cfg.smtp.as_ref(),
    };
    let report = liaise_app::remind::remind(&store, &options, &liaise_app::who()?).await?;
    store.close().await;
    if args.json {
        output::json(&report)?;
    } else {
        let verb = if report.dry_run { "would send" } else { "sent" };
        for r in &report.sent {
            let to: Vec<String> = r.to.iter().map(|a| format!("{} <{}>", a.name, a.email)).collect();
            println!(
                "{verb} {} {} to {} ({}): {}",
                or_dash(r.doc_number.as_deref()),
                r.body,
                to.join(", "),
                r.slot,
                r.subject
            );
            if report.dry_run {
                for l in r.text.lines() {
                    println!("    | {l}");
                }
            }
        }
        for (r, e) in &report.failed {
            eprintln!("failed {} {}: {e}", or_dash(r.doc_number.as_deref()), r.body);
        }
        if !report.no_address.is_empty() {
            // By body, with how many statements each: a thousand statements make one line per
            // body, not a line of every pair.
            let mut by_body: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
            for (_, b) in &report.no_address {
                *by_body.entry(b.as_str()).or_default() += 1;
            }
            let mut names: Vec<String> = by_body
                .iter()
                .map(|(b, n)| if *n == 1 { b.to_string() } else { format!("{b} ({n} statements)") })
                .collect();
            let more = names.len().saturating_sub(40);
            names.truncate(40);
            if more > 0 {
                names.push(format!("and {more} more (--json lists them)"));
            }
            println!(
                "no address for {} with a reminder due ({}): {}\n  (add a rapporteur: liaise rapporteurs add BODY --name NAME --email ADDRESS)",
                output::count(by_body.len(), "body", "bodies"),
                output::count(report.no_address.len(), "reminder", "reminders"),
                names.join(", ")
            );
        }
        let done = if report.dry_run { "would be sent (dry run: nothing sent, nothing recorded)" } else { "sent" };
        println!(
            "{} reminder{} {done}, {} failed, {} already sent by an earlier or parallel run",
            report.sent.len(),
            if report.sent.len() == 1 { "" } else { "s" },
            report.failed.len(),
            report.already_claimed
        );
        if report.messages > 0 {
            println!("  in {} (one per person a day)", output::count(report.messages, "message", "messages"));
        }
    }
    Ok(if report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

pub async fn calendar(db: &str, args: CalendarArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let ics = liaise_app::calendar::calendar(&store, super::as_of(args.as_of.as_deref())?, None).await?;
    store.close().await;
    let events = ics.matches("BEGIN:VEVENT").count();
    match (args.output, args.json) {
        (Some(path), json) => {
            std::fs::write(&path, &ics).with_context(|| format!("cannot write {}", path.display()))?;
            if json {
                output::json(&serde_json::json!({ "ok": true, "file": path, "events": events }))?;
            } else {
                eprintln!("wrote {} ({})", path.display(), output::count(events, "event", "events"));
            }
        }
        (None, true) => output::json(&serde_json::json!({ "ok": true, "events": events, "ics": ics }))?,
        (None, false) => print!("{ics}"),
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn group(db: &str, args: GroupArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    if args.publish_sent || args.no_publish_sent {
        if let Some(name) = &args.name {
            store.set_home(name, &liaise_app::who()?).await?;
        }
        store.set_publish_sent(args.publish_sent, &liaise_app::who()?).await?;
        output::done(
            args.json,
            serde_json::json!({ "publish_sent": args.publish_sent }),
            if args.publish_sent {
                "every statement the group sent is now public once sent (without addresses or telephone numbers)"
            } else {
                "only the statements marked public (liaise ls public ID) are public"
            },
        )?;
        store.close().await;
        return Ok(ExitCode::SUCCESS);
    }
    match args.name {
        Some(name) => {
            let (id, reclassified) = store.set_home(&name, &liaise_app::who()?).await?;
            let reg = store.registry().await?;
            output::done(
                args.json,
                serde_json::json!({ "group": reg.canonical(id), "now_outgoing": reclassified }),
                format!(
                    "liaise works for {}; {} of its statements {} now outgoing (sent)",
                    reg.canonical(id).unwrap_or("?"),
                    reclassified,
                    if reclassified == 1 { "is" } else { "are" }
                ),
            )?;
        }
        None => {
            let group = match store.home().await? {
                Some(id) => store.registry().await?.canonical(id).map(str::to_string),
                None => None,
            };
            let publish = store.publish_sent().await?;
            let mut text = group.clone().unwrap_or_else(|| "No group is set. Set it with: liaise group NAME".into());
            if publish {
                text.push_str("\nEvery statement it sent is public once sent (--no-publish-sent to stop).");
            }
            output::done(args.json, serde_json::json!({ "group": group, "publish_sent": publish }), text)?;
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub fn config(path: Option<&Path>, args: ConfigArgs) -> anyhow::Result<ExitCode> {
    if args.example {
        print!("{}", liaise_app::config::EXAMPLE);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(dir) = args.templates {
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, text) in liaise_app::remind::builtin_templates() {
            let p = dir.join(name);
            if p.exists() {
                anyhow::bail!("{} exists; not overwriting it", p.display());
            }
            std::fs::write(&p, text).with_context(|| format!("cannot write {}", p.display()))?;
            println!("wrote {}", p.display());
        }
        println!("Point [reminders] templates at {} in the configuration file.", dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    let file = path.map(Path::to_path_buf).or_else(liaise_app::config::default_path);
    let cfg = liaise_app::config::load(path)?;
    if args.json {
        let json = serde_json::json!({
            "file": file.as_ref().map(|f| f.display().to_string()),
            "file_exists": file.as_ref().is_some_and(|f| f.exists()),
            "smtp": cfg.smtp.as_ref().map(|s| serde_json::json!({ "url": redact(&s.url), "from": s.from })),
            "reminders": { "days_before": cfg.reminders.days_before, "weekly_after_weeks": cfg.reminders.weekly_after_weeks,
                "templates": cfg.reminders.templates.as_ref().map(|t| t.display().to_string()) },
        });
        output::json(&json)?;
        return Ok(ExitCode::SUCCESS);
    }
    match &file {
        Some(f) if f.exists() => println!("configuration file: {}", f.display()),
        Some(f) => println!("configuration file: {} (absent: defaults apply)", f.display()),
        None => println!("configuration file: none"),
    }
    match &cfg.smtp {
        Some(s) => println!("smtp: {} from {}", redact(&s.url), s.from),
        None => println!("smtp: not configured (reminders need it; see liaise config --example)"),
    }
    println!(
        "reminders: {:?} days before the deadline, then weekly for {} weeks",
        cfg.reminders.days_before, cfg.reminders.weekly_after_weeks
    );
    println!(
        "templates: {}",
        cfg.reminders.templates.as_ref().map_or("built in".to_string(), |t| t.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// Hides the password of an SMTP URL.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}
