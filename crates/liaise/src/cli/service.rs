//! The commands that run liaise as a group's service: backups, restores, moves between
//! databases, first set-up and checks.

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The archive to write (gzip-compressed JSON lines, e.g. liaise-2026-12-07.jsonl.gz). It
    /// appears only when whole.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// An archive written by `liaise backup` (or by the server's scheduled backups).
    #[arg(value_name = "FILE")]
    pub archive: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The database to move to: a new SQLite file or an empty PostgreSQL database
    /// (postgres://USER@HOST/DB, made with createdb).
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The group liaise works for (a body of the registry: "ITU-T FG-MV", "3GPP SA4").
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// The login of the first admin.
    #[arg(long, value_name = "LOGIN")]
    pub admin: Option<String>,
    /// A file whose first line is the admin's password (for scripts; at a terminal it is asked).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// The address members open (https://liaise.example.org).
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// The SMTP server reminders go through: smtp://HOST:PORT, smtps://USER:PASSWORD@HOST.
    #[arg(long, value_name = "URL")]
    pub smtp_url: Option<String>,
    /// The sender of reminders: "FG-MV secretariat <fgmv@example.org>".
    #[arg(long, value_name = "ADDRESS")]
    pub smtp_from: Option<String>,
    /// Replace an existing configuration file, and give an existing account admin rights and the
    /// new password.
    #[arg(long)]
    pub force: bool,
    /// Ask nothing: what is missing is an error (the default when stdin is no terminal).
    #[arg(long)]
    pub no_input: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print the checks as JSON.
    #[arg(long)]
    pub json: bool,
}
