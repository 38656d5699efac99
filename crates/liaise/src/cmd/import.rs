//! `liaise import`: files and folders into the database, with a progress bar and a summary.

use crate::cli::ImportArgs;
use crate::output;
use anyhow::Context;
use liaise_app::import::{FileReport, ImportReport, Outcome, Progress, import_paths_with};
use liaise_core::track::LsState;
use std::process::ExitCode;

pub async fn run(db: &str, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let state = args
        .state
        .as_deref()
        .map(|s| {
            LsState::parse(s)
                .filter(|s| *s != LsState::Dead)
                .with_context(|| format!("--state {s:?}: one of draft, approved, sent, received"))
        })
        .transpose()?;
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    let bar = output::progress_bar(!args.json);
    let quiet = args.quiet || args.json;
    let report = import_paths_with(&store, &args.paths, state, &who, !args.no_review, &mut |p| match p {
        Progress::Found(n) => bar.set_length(n as u64),
        Progress::Done(file) => {
            bar.inc(1);
            bar.set_message(file.path.clone());
            bar.suspend(|| print_file(file, quiet));
        }
    })
    .await?;
    bar.finish_and_clear();
    store.close().await;
    if args.json {
        output::json(&report)?;
    } else {
        print_summary(&report);
    }
    Ok(if report.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// One line per file, then its warnings; failures always, on stderr.
pub fn print_file(file: &FileReport, quiet: bool) {
    match &file.outcome {
        Outcome::Failed { error } => eprintln!("failed   {}: {error}", file.path),
        Outcome::Skipped { reason } => {
            if !quiet {
                println!("skipped  {}: {}", file.path, liaise_core::truncate_chars(reason, 200));
            }
        }
        Outcome::Review(q) => {
            if quiet {
                return;
            }
            let title = if q.title.is_empty() { "(no title)" } else { q.title.as_str() };
            println!("review   {}: R{} {}", file.path, q.review_id, liaise_core::truncate_chars(title, 80));
            for r in &q.reasons {
                println!("         because: {}", liaise_core::truncate_chars(r, 160));
            }
            print_warnings(file.warnings());
        }
        Outcome::Created(i) | Outcome::Updated(i) => {
            if quiet {
                return;
            }
            let verb = match (i.created, i.unchanged) {
                (true, _) => "created",
                (false, true) => "same",
                (false, false) => "updated",
            };
            let number = i.doc_number.as_deref().unwrap_or("(no number)");
            println!("{verb:<8} {}: #{} {number} {}", file.path, i.ls_id, liaise_core::truncate_chars(&i.title, 80));
            for c in &i.changes {
                println!("         {}", liaise_core::truncate_chars(c, 160));
            }
            let t = &i.track;
            if t.actions_created > 0 || t.actions_withdrawn > 0 {
                println!("         actions: {} created, {} withdrawn", t.actions_created, t.actions_withdrawn);
            }
            if !t.answers.is_empty() {
                println!(
                    "         answers {} ({} now answered)",
                    t.answers.join(", "),
                    output::count(t.actions_answered, "action", "actions")
                );
            }
            if !t.answered_by.is_empty() {
                println!(
                    "         answered by {} ({} now answered)",
                    t.answered_by.join(", "),
                    output::count(t.actions_answered, "action", "actions")
                );
            }
            for r in &t.rapporteurs_proposed {
                println!("         proposed liaison rapporteur: {r} (confirm with `liaise rapporteurs confirm`)");
            }
            print_warnings(file.warnings());
        }
    }
}

/// A file's warnings, short: the unknown bodies of one list on one line (the hint to merge or
/// confirm them comes once, in the summary), every other warning cut to one line.
fn print_warnings(warnings: &[liaise_core::Warning]) {
    let mut unknown: Vec<(String, Vec<String>)> = Vec::new();
    for w in warnings {
        if w.message.starts_with("unknown body") {
            let field = w.field.clone().unwrap_or_default();
            let name = w.quote.clone().unwrap_or_default();
            match unknown.iter_mut().find(|(f, _)| *f == field) {
                Some((_, names)) => names.push(name),
                None => unknown.push((field, vec![name])),
            }
        } else {
            println!("         warning: {}", liaise_core::truncate_chars(&w.to_string(), 160));
        }
    }
    for (field, names) in unknown {
        println!("         new unconfirmed bodies ({field}): {}", names.join(", "));
    }
}

pub fn print_summary(report: &ImportReport) {
    let files = report.files.len();
    let warnings: usize = report.files.iter().map(|f| f.warnings().len()).sum();
    let review = if report.review > 0 { format!(", {} waiting for review", report.review) } else { String::new() };
    let review = if report.skipped > 0 { format!("{review}, {} skipped", report.skipped) } else { review };
    let unchanged = if report.unchanged > 0 { format!(", {} unchanged", report.unchanged) } else { String::new() };
    println!(
        "{files} file{}: {} created, {} updated{unchanged}{review}, {} failed, {warnings} warning{}",
        if files == 1 { "" } else { "s" },
        report.created,
        report.updated,
        report.failed,
        if warnings == 1 { "" } else { "s" }
    );
    let new_bodies = report.files.iter().any(|f| f.outcome.imported().is_some_and(|i| !i.new_bodies.is_empty()));
    if new_bodies {
        println!(
            "New unconfirmed bodies: merge each into a known one (`liaise bodies merge NAME BODY`) or confirm it (`liaise bodies confirm NAME`); `liaise bodies list --unconfirmed` lists them."
        );
    }
    if report.review > 0 {
        println!(
            "`liaise review` lists what waits; correct with `liaise ls edit R<n> ...`, then `liaise review accept R<n>`."
        );
    }
}

/// `liaise fetch`: the new messages of an IMAP mailbox, imported as files are.
pub async fn fetch(db: &str, args: crate::cli::FetchArgs) -> anyhow::Result<ExitCode> {
    let mailbox = liaise_app::imap::Mailbox::parse(&args.url)?;
    let password = match (std::env::var("LIAISE_IMAP_PASSWORD").ok(), mailbox.password.clone()) {
        (Some(p), _) | (None, Some(p)) => p,
        (None, None) => anyhow::bail!(liaise_app::imap::ImapError::NoPassword),
    };
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    let quiet = args.json;
    let report = liaise_app::imap::fetch(
        &store,
        &mailbox,
        &password,
        args.ca_file.as_deref(),
        &who,
        !args.no_review,
        &mut |f| print_file(f, quiet),
    )
    .await
    .with_context(|| format!("cannot fetch from {}", mailbox.key()))?;
    store.close().await;
    if args.json {
        output::json(&report)?;
    } else {
        let known = if report.messages_known > 0 {
            format!(", {} imported before from elsewhere (same Message-ID)", report.messages_known)
        } else {
            String::new()
        };
        println!(
            "{}: {} new message{}, {} fetched before{known}",
            report.mailbox,
            report.messages_new,
            if report.messages_new == 1 { "" } else { "s" },
            report.messages_seen_before
        );
    }
    Ok(if liaise_app::imap::any_failed(&report) { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
