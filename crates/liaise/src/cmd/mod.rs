//! One module per command group; each turns arguments into application calls and prints.

mod bodies;
mod catalogue;
mod demo;
mod import;
mod ls;
mod review;
mod track;

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
        Command::Review(args) => review::run(&cli.db, args).await,
        Command::Fetch(args) => import::fetch(&cli.db, args).await,
        Command::Bodies(cmd) => bodies::run(&cli.db, cmd).await,
        Command::Demo(args) => demo::run(args).await,
        Command::Due(args) => track::due(&cli.db, args).await,
        Command::Actions(cmd) => track::actions(&cli.db, cmd).await,
        Command::Replies(cmd) => track::replies(&cli.db, cmd).await,
        Command::Rapporteurs(cmd) => track::rapporteurs(&cli.db, cmd).await,
        Command::Remind(args) => track::remind(&cli.db, cli.config.as_deref(), args).await,
        Command::Calendar(args) => track::calendar(&cli.db, args).await,
        Command::Group(args) => track::group(&cli.db, args).await,
        Command::Config(args) => track::config(cli.config.as_deref(), args),
        Command::Catalogue(cmd) => catalogue::catalogue(&cli.db, cmd).await,
        Command::Topics(cmd) => catalogue::topics(&cli.db, cmd).await,
        Command::Gaps(cmd) => catalogue::gaps(&cli.db, cmd).await,
        Command::Roadmap(args) => catalogue::roadmap(&cli.db, args).await,
    }
}

/// The day to evaluate as today: `--as-of`, else the clock.
pub fn as_of(given: Option<&str>) -> anyhow::Result<chrono::NaiveDate> {
    match given {
        Some(d) => date_arg("--as-of", d),
        None => Ok(liaise_app::today()?),
    }
}

/// Parses a date given on the command line, with a message that says what is wanted.
pub fn date_arg(name: &str, value: &str) -> anyhow::Result<chrono::NaiveDate> {
    liaise_core::date::parse_date_strict(value)
        .with_context(|| format!("{name}: {value:?} is not a date (write it as 2023-06-30 or 30 June 2023)"))
}
