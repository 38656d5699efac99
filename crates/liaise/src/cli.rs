//! The command line: every command, option and help text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::sync::LazyLock;

/// Where the database lives when nothing says otherwise: `$XDG_DATA_HOME/liaise/liaise.db`, else
/// `~/.local/share/liaise/liaise.db`, else `./liaise.db`.
pub fn default_database() -> String {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".local/share")));
    match base {
        Some(b) => b.join("liaise").join("liaise.db").display().to_string(),
        None => "liaise.db".to_string(),
    }
}

static DEFAULT_DB: LazyLock<String> = LazyLock::new(default_database);

#[derive(Debug, Parser)]
#[command(
    name = "liaise",
    version,
    about = "Run the liaison work of a standards group: statements, actions, deadlines, replies, roadmap.",
    long_about = "liaise reads liaison statements (.docx in the ITU layout, their plain text, the 3GPP template, \
IETF datatracker statements), keeps them in a database with every body resolved to one entry of a registry, \
and tracks what each recipient owes by when.\n\nStart with `liaise demo` to see it work on example statements.",
    after_help = "The database is SQLite by default (one file, nothing to set up); give a postgres:// URL for a shared server."
)]
pub struct Cli {
    /// Database: a SQLite file path, sqlite:PATH, or postgres://USER@HOST/DB.
    #[arg(long, global = true, env = "LIAISE_DATABASE_URL", default_value = DEFAULT_DB.as_str(), value_name = "URL")]
    pub db: String,

    /// More log output on stderr (-v info, -vv debug); LIAISE_LOG takes tracing filters.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import liaison statements from files or folders (.docx, .txt, .html).
    Import(ImportArgs),
    /// List, show and follow liaison statements.
    #[command(subcommand)]
    Ls(LsCommand),
    /// The registry of standards bodies: list, show, add, alias, merge, confirm.
    #[command(subcommand)]
    Bodies(BodiesCommand),
    /// Import the example statements shipped with liaise into a fresh database and show them.
    Demo(DemoArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files or folders; folders are read recursively. The format is recognised from the content.
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print only the summary and failures.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum LsCommand {
    /// List statements, oldest first.
    List(LsListArgs),
    /// Show one statement by id or document number.
    Show(LsShowArgs),
    /// Every recorded change of one statement, oldest first.
    History(LsShowArgs),
}

#[derive(Debug, Args)]
pub struct LsListArgs {
    /// Only statements from this body (any of its names).
    #[arg(long, value_name = "BODY")]
    pub source: Option<String>,
    /// Only statements sent to this body, in any recipient list.
    #[arg(long, value_name = "BODY")]
    pub recipient: Option<String>,
    /// Only statements whose deadline is on or before this date.
    #[arg(long, value_name = "DATE")]
    pub deadline_before: Option<String>,
    /// Only statements whose deadline is on or after this date.
    #[arg(long, value_name = "DATE")]
    pub deadline_after: Option<String>,
    /// Print an array of full records, each with its id.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsShowArgs {
    /// The statement's id or document number (FG-MV-LS1, S4-231901, ...).
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum BodiesCommand {
    /// List bodies.
    List(BodiesListArgs),
    /// Show one body by any of its names.
    Show(BodyShowArgs),
    /// Add a body.
    Add(BodyAddArgs),
    /// Add another name for a body.
    Alias(BodyAliasArgs),
    /// Merge a body into another: every record naming it then names the other.
    Merge(BodyMergeArgs),
    /// Confirm an unconfirmed body as a body of its own.
    Confirm(BodyShowArgs),
}

#[derive(Debug, Args)]
pub struct BodiesListArgs {
    /// Only bodies created from unknown names, waiting to be confirmed or merged.
    #[arg(long)]
    pub unconfirmed: bool,
    /// Include bodies merged into others.
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyShowArgs {
    /// Any name of the body ("ISO TC307", "JTC1 SC29", "MSF").
    pub name: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyAddArgs {
    /// The body's canonical name, as the body itself writes it.
    pub name: String,
    /// Its full name.
    #[arg(long)]
    pub full_name: Option<String>,
    /// What it is: organization, study-group, technical-committee, subcommittee, working-group, forum, ...
    #[arg(long)]
    pub kind: Option<String>,
    /// The body it belongs to (any of its names).
    #[arg(long)]
    pub parent: Option<String>,
    /// Other names of the body (repeatable).
    #[arg(long = "alias", value_name = "NAME")]
    pub aliases: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyAliasArgs {
    /// The body (any of its names).
    pub body: String,
    /// The new name.
    pub alias: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyMergeArgs {
    /// The body to merge away (usually an unconfirmed one).
    pub from: String,
    /// The body that stays.
    pub into: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to put the demo database; by default a new file in the system's temporary folder.
    #[arg(long, value_name = "URL")]
    pub into: Option<String>,
    #[arg(long)]
    pub json: bool,
}
