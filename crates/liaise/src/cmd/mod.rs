//! One module per command group; each turns arguments into application calls and prints.

mod bodies;
mod demo;
mod import;
mod ls;

use crate::cli::{Cli, Command};
use anyhow::Context;
use liaise_store::Store;
use std::process::ExitCode;

pub async fn open(db: &str) -> anyhow::Result<Store> {
    Store::open(db).await.with_context(|| format!("cannot open the database {db}"))
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Import(args) => import::run(&cli.db, args).await,
        Command::Ls(cmd) => ls::run(&cli.db, cmd).await,
        Command::Bodies(cmd) => bodies::run(&cli.db, cmd).await,
        Command::Demo(args) => demo::run(args).await,
    }
}

/// Parses a date given on the command line, with a message that says what is wanted.
pub fn date_arg(name: &str, value: &str) -> anyhow::Result<chrono::NaiveDate> {
    liaise_core::date::parse_date_strict(value)
        .with_context(|| format!("{name}: {value:?} is not a date (write it as 2023-06-30 or 30 June 2023)"))
}
