//! `liaise backup`, `restore` and `migrate`: the whole database as one archive, and moves
//! between backends.

use crate::cli::{BackupArgs, MoveArgs, RestoreArgs};
use crate::output;
use anyhow::Context;
use std::io::{IsTerminal, Write};
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

/// A database to copy must exist: a mistyped --db would otherwise make a new, empty one and
/// back it up as a success (found in review: a nightly job with a typo wrote empty archives).
async fn existing(db: &str) -> anyhow::Result<liaise_store::Store> {
    let found = liaise_store::Store::inspect(db).await?;
    if !found.exists || found.schema.is_none() {
        return Err(liaise_store::StoreError::NotFound(format!(
            "there is no liaise database at {}: check --db or LIAISE_DATABASE_URL",
            liaise_store::redact(db)
        ))
        .into());
    }
    super::open(db).await
}

pub async fn backup(db: &str, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let store = existing(db).await?;
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
    let store = existing(db).await?;
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

/// Asks for one value at the terminal; an empty answer takes `default`.
fn ask(question: &str, default: Option<&str>) -> anyhow::Result<Option<String>> {
    match default {
        Some(d) => eprint!("{question} [{d}]: "),
        None => eprint!("{question}: "),
    }
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).context("reading the answer")?;
    let v = line.trim();
    Ok(if v.is_empty() { default.map(str::to_string) } else { Some(v.to_string()) })
}

/// Asks for a password without echoing it (through `stty`, which every terminal here has).
fn ask_password(question: &str) -> anyhow::Result<String> {
    let stty = |arg: &str| {
        std::process::Command::new("stty").arg(arg).stdin(std::process::Stdio::inherit()).status().map(|s| s.success())
    };
    eprint!("{question}: ");
    std::io::stderr().flush().ok();
    let hidden = stty("-echo").unwrap_or(false);
    let mut line = String::new();
    let read = std::io::stdin().read_line(&mut line);
    if hidden {
        let _ = stty("echo");
    }
    eprintln!();
    read.context("reading the password")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub async fn setup(
    db: &str,
    config: Option<&std::path::Path>,
    args: crate::cli::SetupArgs,
) -> anyhow::Result<ExitCode> {
    let interactive = !args.no_input && std::io::stdin().is_terminal();
    let config_path = match config {
        Some(p) => p.to_path_buf(),
        None => liaise_app::setup::default_config_path()
            .ok_or_else(|| super::usage("no home folder to put the configuration in: give --config FILE"))?,
    };
    let mut missing = Vec::new();
    let mut value =
        |given: Option<String>, flag: &'static str, question: &str, required: bool| -> anyhow::Result<Option<String>> {
            if given.is_some() || !interactive {
                if given.is_none() && required {
                    missing.push(flag);
                }
                return Ok(given);
            }
            ask(question, None)
        };
    let group = value(args.group, "--group", "The group liaise works for (e.g. ITU-T FG-MV)", true)?;
    let admin = value(args.admin, "--admin", "The first admin's login", true)?;
    let public_url = value(
        args.public_url,
        "--public-url",
        "The address members will open (https://..., empty for none yet)",
        false,
    )?;
    let smtp_url = value(
        args.smtp_url,
        "--smtp-url",
        "The SMTP server for reminders (smtps://USER:PASSWORD@HOST, empty for none)",
        false,
    )?;
    let smtp_from = match &smtp_url {
        Some(_) => value(args.smtp_from, "--smtp-from", "The sender of reminders (Name <address>)", true)?,
        None => args.smtp_from,
    };
    let password = match &args.password_file {
        Some(f) => {
            let text =
                std::fs::read_to_string(f).with_context(|| format!("reading --password-file {}", f.display()))?;
            Some(text.lines().next().unwrap_or("").to_string())
        }
        None if interactive => {
            let one = ask_password("The admin's password (10 characters or more)")?;
            let two = ask_password("The same again")?;
            if one != two {
                return Err(super::usage("the two passwords differ; nothing was changed"));
            }
            Some(one)
        }
        None => {
            missing.push("--password-file");
            None
        }
    };
    if !missing.is_empty() {
        return Err(super::usage(format!(
            "liaise setup needs {} (or run it at a terminal to be asked)",
            missing.join(", ")
        )));
    }
    let plan = liaise_app::setup::Plan {
        group: group.unwrap_or_default(),
        admin: admin.unwrap_or_default(),
        password: password.unwrap_or_default(),
        public_url: public_url.filter(|s| !s.is_empty()),
        smtp_url: smtp_url.filter(|s| !s.is_empty()),
        smtp_from: smtp_from.filter(|s| !s.is_empty()),
        config_path,
        force: args.force,
    };
    let who = liaise_app::who()?;
    let report = liaise_app::setup::setup(db, &plan, &who).await?;
    // The next commands name the same database and file as this one did.
    let mut config_flag = String::new();
    if crate::cli::database_given() {
        config_flag.push_str(&format!(" --db {}", shell_word(&report.database)));
    }
    if config.is_some() {
        config_flag.push_str(&format!(" --config {}", shell_word(&report.config.display().to_string())));
    }
    output::done(
        args.json,
        serde_json::to_value(&report)?,
        format!(
            "liaise is set up for {} on {}\n  admin: {}{}\n  configuration: {}{} (readable by you only: it holds the metrics token{})\n\nNext:\n  liaise{config_flag} doctor          check the deployment\n  liaise{config_flag} serve           start the server (see deploy/README.md for a service)",
            report.group,
            report.database,
            report.admin,
            if report.admin_existed { " (existing account, new password)" } else { "" },
            report.config.display(),
            if report.config_replaced { " (replaced)" } else { "" },
            if report.smtp { " and the SMTP password" } else { "" },
        ),
    )?;
    Ok(ExitCode::SUCCESS)
}

pub async fn doctor(
    db: &str,
    config: Option<&std::path::Path>,
    args: crate::cli::DoctorArgs,
) -> anyhow::Result<ExitCode> {
    use liaise_app::doctor::Status;
    let config_path = config.map(std::path::Path::to_path_buf).or_else(liaise_app::setup::default_config_path);
    let loaded = liaise_app::config::load(config).map_err(|e| e.to_string());
    let deployment = liaise_app::doctor::Deployment { database: db, config: loaded, config_path };
    let checks = liaise_app::doctor::doctor(&deployment).await;
    let failed = checks.iter().filter(|c| c.status == Status::Fail).count();
    let warned = checks.iter().filter(|c| c.status == Status::Warn).count();
    if args.json {
        output::json(
            &serde_json::json!({ "ok": failed == 0, "failed": failed, "warnings": warned, "checks": checks }),
        )?;
    } else {
        for c in &checks {
            let mark = match c.status {
                Status::Ok => "ok  ",
                Status::Warn => "warn",
                Status::Fail => "FAIL",
            };
            println!("{mark}  {:<13} {}", c.name, c.detail);
            if let Some(fix) = &c.fix {
                println!("      {:<13} fix: {fix}", "");
            }
        }
        println!();
        println!(
            "{}",
            match (failed, warned) {
                (0, 0) => "Everything checked is in order.".to_string(),
                (0, w) => format!("Nothing failed; {w} warning(s)."),
                (f, w) => format!("{f} check(s) failed, {w} warning(s): fix the FAIL lines first."),
            }
        );
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// A word for a shell command line: quoted when it holds anything but plain characters.
fn shell_word(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-:@=+,".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
