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
