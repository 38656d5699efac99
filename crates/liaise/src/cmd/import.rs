//! `liaise import`: files and folders into the database, with a progress bar and a summary.

use crate::cli::ImportArgs;
use crate::output;
use anyhow::Context;
use liaise_app::import::{FileReport, ImportReport, Outcome, Progress, import_paths};
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
    let report = import_paths(&store, &args.paths, state, &who, &mut |p| match p {
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
        Outcome::Created(i) | Outcome::Updated(i) => {
            if quiet {
                return;
            }
            let verb = if i.created { "created" } else { "updated" };
            let number = i.doc_number.as_deref().unwrap_or("(no number)");
            println!("{verb:<8} {}: #{} {number} {}", file.path, i.ls_id, liaise_core::truncate_chars(&i.title, 80));
            let t = &i.track;
            if t.actions_created > 0 || t.actions_withdrawn > 0 {
                println!("         actions: {} created, {} withdrawn", t.actions_created, t.actions_withdrawn);
            }
            if !t.answers.is_empty() {
                println!("         answers {} ({} action(s) now answered)", t.answers.join(", "), t.actions_answered);
            }
            if !t.answered_by.is_empty() {
                println!(
                    "         answered by {} ({} action(s) now answered)",
                    t.answered_by.join(", "),
                    t.actions_answered
                );
            }
            for r in &t.rapporteurs_proposed {
                println!("         proposed liaison rapporteur: {r} (confirm with `liaise rapporteurs confirm`)");
            }
            for w in file.warnings() {
                println!("         warning: {w}");
            }
        }
    }
}

pub fn print_summary(report: &ImportReport) {
    let files = report.files.len();
    let warnings: usize = report.files.iter().map(|f| f.warnings().len()).sum();
    println!(
        "{files} file{}: {} created, {} updated, {} failed, {warnings} warning{}",
        if files == 1 { "" } else { "s" },
        report.created,
        report.updated,
        report.failed,
        if warnings == 1 { "" } else { "s" }
    );
}
