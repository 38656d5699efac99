//! `liaise backup`, `restore` and `migrate`: the whole database as one archive, and moves
//! between backends.

use crate::cli::{BackupArgs, MoveArgs, RestoreArgs};
use crate::output;
use anyhow::Context;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Progress of a long copy on stderr, for a person at a terminal: the table and its rows.
fn progress(verb: &'static str) -> impl FnMut(&str, u64) {
    let shown = std::io::stderr().is_terminal();
    move |table: &str, rows: u64| {
        if shown {
            eprint!("\r\x1b[2K{verb} {table}: {rows} rows");
        }
    }
}

fn end_progress() {
    if std::io::stderr().is_terminal() {
        eprint!("\r\x1b[2K");
    }
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.1} kB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

pub async fn backup(db: &str, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let mut shown = progress("backing up");
    let report = liaise_app::backup::backup_to(&store, &args.output, args.force, &mut shown)
        .await
        .with_context(|| format!("backing up {}", liaise_store::redact(db)))?;
    end_progress();
    store.close().await;
    output::done(
        args.json,
        serde_json::to_value(&report)?,
        format!(
            "backed up {} to {} ({}): {} statements, {} events, {} stored files, {} accounts; schema {}\nrestore it with: liaise --db NEW restore {}",
            liaise_store::redact(db),
            report.path.display(),
            size(report.bytes),
            report.statements,
            report.events,
            report.files,
            report.accounts,
            report.schema,
            report.path.display()
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(db: &str, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let mut shown = progress("restoring");
    let summary = liaise_app::backup::restore_from(db, &args.archive, &mut shown)
        .await
        .with_context(|| format!("restoring {} into {}", args.archive.display(), liaise_store::redact(db)))?;
    end_progress();
    let data = serde_json::json!({
        "database": liaise_store::redact(db),
        "archive": args.archive.display().to_string(),
        "schema": summary.schema,
        "now_schema": liaise_store::SCHEMA_VERSION,
        "rows": summary.rows(),
        "statements": summary.rows_of("ls"),
        "events": summary.rows_of("events"),
        "files": summary.rows_of("file_contents"),
        "accounts": summary.rows_of("users"),
    });
    let upgraded = if summary.schema < liaise_store::SCHEMA_VERSION {
        format!(", brought from schema {} to {}", summary.schema, liaise_store::SCHEMA_VERSION)
    } else {
        String::new()
    };
    output::done(
        args.json,
        data,
        format!(
            "restored {} into {}: {} statements, {} events, {} stored files, {} accounts{upgraded}",
            args.archive.display(),
            liaise_store::redact(db),
            summary.rows_of("ls"),
            summary.rows_of("events"),
            summary.rows_of("file_contents"),
            summary.rows_of("users"),
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}

pub async fn migrate(db: &str, args: MoveArgs) -> anyhow::Result<ExitCode> {
    let (from, _) = liaise_store::database_url(db)?;
    let (to, _) = liaise_store::database_url(&args.to)?;
    if from == to {
        return Err(super::usage("--to names the database liaise already uses: name a new, empty one"));
    }
    let store = super::open(db).await?;
    let mut shown = progress("copying");
    let report = liaise_app::backup::move_to(&store, &args.to, &mut shown)
        .await
        .with_context(|| format!("copying {} to {}", liaise_store::redact(db), liaise_store::redact(&args.to)))?;
    end_progress();
    store.close().await;
    output::done(
        args.json,
        serde_json::to_value(&report)?,
        format!(
            "copied {} to {}: {} statements, {} events, {} stored files; every table read back and equal\nuse it from now on: LIAISE_DATABASE_URL={} (the old database is unchanged)",
            liaise_store::redact(db),
            report.to,
            report.statements,
            report.events,
            report.files,
            report.to
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}
