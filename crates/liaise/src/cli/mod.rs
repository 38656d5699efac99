//! The command line: every command, option and help text.

mod meetings;
mod service;

pub use meetings::*;
pub use service::*;

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

/// `liaise --version`: the release and the database schema it brings databases to.
fn version() -> &'static str {
    static V: LazyLock<String> =
        LazyLock::new(|| format!("{} (database schema {})", env!("CARGO_PKG_VERSION"), liaise_store::SCHEMA_VERSION));
    V.as_str()
}

impl Cli {
    /// Whether the command asked for JSON (then errors are JSON too, on stdout).
    pub fn json(&self) -> bool {
        std::env::args_os().any(|a| a == "--json")
    }
}

/// Whether the user named a database (`--db` or LIAISE_DATABASE_URL) rather than taking the
/// default: `demo` uses a new file of its own unless told where.
pub fn database_given() -> bool {
    std::env::var_os("LIAISE_DATABASE_URL").is_some()
        || std::env::args_os().any(|a| a == "--db" || a.to_string_lossy().starts_with("--db="))
}

#[derive(Debug, Parser)]
#[command(
    name = "liaise",
    version = version(),
    about = "Run the liaison work of a standards group: statements, actions, deadlines, replies, roadmap.",
    long_about = "liaise reads liaison statements (.docx in the ITU layout, their plain text, the 3GPP template, \
IETF datatracker statements), keeps them in a database with every body resolved to one entry of a registry, \
and tracks what each recipient owes by when; keeps the catalogue of specifications the answers \
bring and writes the standardization roadmap from it.\n\nStart with `liaise demo` to see it work on example statements.",
    after_help = "The database is SQLite by default (one file, nothing to set up); give a postgres:// URL for a shared server.\n\n\
Exit status: 0 success, 1 failure, 2 wrong usage (an unknown option, a value that is not a date or a state), 3 not found (no such statement, body, action or file). \
With --json an error is printed on stdout too, as {\"error\": {\"kind\": ..., \"message\": ...}}; its kind is one of \
usage, not_found, conflict, invalid, read_only, unavailable, io, database, failure."
)]
pub struct Cli {
    /// Database: a SQLite file path, sqlite:PATH, or postgres://USER@HOST/DB.
    #[arg(long, global = true, help_heading = "Global options", env = "LIAISE_DATABASE_URL", default_value = DEFAULT_DB.as_str(), value_name = "URL")]
    pub db: String,

    /// Configuration file (SMTP, reminder schedule, templates); default: ~/.config/liaise/config.toml.
    #[arg(long, global = true, help_heading = "Global options", env = "LIAISE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// More log output on stderr (-v info, -vv debug); LIAISE_LOG takes tracing filters.
    #[arg(short, long, global = true, help_heading = "Global options", action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import liaison statements from files or folders (.docx, .pdf, .doc, .odt, .txt, .html, .md,
    /// .eml, mbox); each e-mail attachment that is a statement becomes its own record.
    Import(ImportArgs),
    /// List, show and follow liaison statements.
    #[command(subcommand)]
    Ls(LsCommand),
    /// Statements the reader was unsure of, waiting for a person: list, show, accept, reject.
    Review(ReviewArgs),
    /// Import the new messages of an IMAP mailbox: each message is read once, whatever it holds;
    /// one imported before (from a file or another mailbox, same Message-ID) is not read again.
    /// Cover notes are not statements; attachments and notification texts are.
    Fetch(FetchArgs),
    /// The registry of standards bodies: list, show, add, alias, merge, confirm.
    #[command(subcommand)]
    Bodies(BodiesCommand),
    /// Serve the JSON API (reference at /api), the login page and the feeds on the same
    /// database; with SMTP configured, send the reminders too.
    Serve(ServeArgs),
    /// Accounts of the server, their passwords and API tokens: add, list, set-role, disable, enable, password, token, tokens, revoke.
    #[command(subcommand)]
    Users(UsersCommand),
    /// What other bodies owe the group (and whom to chase), and what the group owes them.
    ///
    /// Owed to the group: the for-action recipients of statements it (or a sub-group) sent;
    /// never drafts, never another group's statements. Owed by the group: statements of other
    /// bodies that ask it for action; nobody is reminded of these.
    ///
    /// A body has one state per statement, in every view: open while it owes any request
    /// (acknowledged when it acknowledged every one it owes); when it owes nothing more,
    /// answered if it answered any request, else declined if it declined any, else withdrawn.
    Due(DueArgs),
    /// The actions statements ask for: list them, change their state, see their history.
    #[command(subcommand)]
    Actions(ActionsCommand),
    /// Replies not yet linked to what they answer; link one by hand.
    #[command(subcommand)]
    Replies(RepliesCommand),
    /// The group's meetings and their agendas, and how each incoming statement is handled by
    /// them: allocated to sub-groups or agenda items, noted, replied to, postponed.
    #[command(subcommand)]
    Meetings(MeetingsCommand),
    /// Liaison rapporteurs: list, confirm or reject proposals, add, end.
    #[command(subcommand)]
    Rapporteurs(RapporteursCommand),
    /// E-mail the reminders due today to the bodies that still owe something.
    Remind(RemindArgs),
    /// Write the calendar of deadlines (iCalendar, RFC 5545).
    Calendar(CalendarArgs),
    /// Show or set the group liaise works for (its statements are outgoing).
    Group(GroupArgs),
    /// Show the configuration, an example file, or the built-in message templates.
    Config(ConfigArgs),
    /// The catalogue of specifications, reports and roadmaps: import, list, show, export, tag.
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
    /// The taxonomy of topics: seed it from a statement's table, list, add, relate bodies.
    #[command(subcommand)]
    Topics(TopicsCommand),
    /// Gap records of the roadmap: add, update their progress, list.
    #[command(subcommand)]
    Gaps(GapsCommand),
    /// Write the standardization roadmap: topic x body matrix, timelines, gaps.
    Roadmap(RoadmapArgs),
    /// Import the example statements shipped with liaise into a fresh database and show them;
    /// with --serve, open them in the web application.
    Demo(DemoArgs),
    /// Search statements, bodies, people and catalogue entries. Identifiers are found whole
    /// (Q8/16, SG13-LS45, S4-231450, 23090-3, H.266 or H266, TR 26.998); words are stemmed and
    /// accents folded; "a phrase" in quotes; a prefix with * (metav*). Every word must match.
    Search(SearchArgs),
    /// Build the search index anew from the database (it otherwise follows every change).
    Reindex(ReindexArgs),
    /// Write the whole database (statements, events, accounts, tokens, stored files) to one
    /// archive, from one snapshot, while the server and imports go on. Restore it with
    /// `liaise restore`, on either backend.
    Backup(BackupArgs),
    /// Restore an archive of `liaise backup` into an empty database (a new SQLite file, or a new
    /// PostgreSQL database). An archive of an older liaise is brought up to date as it is restored.
    Restore(RestoreArgs),
    /// Copy the database into another one, e.g. a group's SQLite file to PostgreSQL: every id,
    /// event, account, token and file is copied, and the copy is read back and compared table by
    /// table. Stop the server first: changes made during the move stay behind.
    Migrate(MoveArgs),
    /// First run for a group: the database, the group, the first admin and password, the
    /// public URL and SMTP, written to the configuration file (--config, else
    /// ~/.config/liaise/config.toml). Asks at a terminal; takes flags for scripts.
    Setup(SetupArgs),
    /// Check a deployment: the configuration, the database (reachable, migrated), the group, an
    /// admin who can log in, SMTP, pdftotext and LibreOffice, the public URL's TLS, disk space.
    /// Says what to fix; exits 1 when a check fails.
    Doctor(DoctorArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for.
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Only matches with this facet value, as FACET=VALUE (kind=ls, source="ITU-T SG16",
    /// recipient=..., year=2023, direction=incoming, state=sent, topic=..., lifecycle=published,
    /// family=..., body=...); several values of one facet are alternatives.
    #[arg(long, value_name = "FACET=VALUE")]
    pub facet: Vec<String>,
    /// At most so many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print the results, their facets and counts as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReindexArgs {
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    /// Import Relaton YAML, CSV or JSON files and folders (format from the extension or --format).
    Import(CatalogueImportArgs),
    /// List entries.
    List(CatalogueListArgs),
    /// Show one entry by id or identifier ("ITU-T H.266", "ISO/IEC 23090-3:2022").
    Show(CatalogueShowArgs),
    /// Export the catalogue as CSV or JSON.
    Export(CatalogueExportArgs),
    /// Attach an entry to topics.
    Tag(CatalogueTagArgs),
    /// Detach an entry from topics.
    Untag(CatalogueTagArgs),
    /// Identifiers found in statements, proposed as entries.
    Proposals(ProposalsArgs),
    /// Accept a proposal: the entry joins the catalogue, linked to its statement.
    Accept(AcceptArgs),
    /// Reject a proposal.
    Reject(ProposalIdArgs),
    /// Correct an entry's title, status (its lifecycle follows), URL or publication date. A
    /// later import of the same record from its source brings the source's values back.
    Edit(CatalogueEditArgs),
    /// Take an entry out of the catalogue (a wrong import or proposal); the history keeps it.
    Withdraw(CatalogueWithdrawArgs),
}

#[derive(Debug, Args)]
pub struct CatalogueEditArgs {
    /// The entry's id or identifier, in any spelling.
    #[arg(value_name = "ID-OR-IDENTIFIER")]
    pub entry: String,
    /// Its title.
    #[arg(long)]
    pub title: Option<String>,
    /// Its status, in the body's words ("IS", "60.60", "In force", "Proposed Standard").
    #[arg(long)]
    pub status: Option<String>,
    /// Where to read it.
    #[arg(long)]
    pub url: Option<String>,
    /// The date it was published (2023-06-30).
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Print the entry as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueWithdrawArgs {
    /// The entry's id or identifier, in any spelling.
    #[arg(value_name = "ID-OR-IDENTIFIER")]
    pub entry: String,
    /// Why, for the record.
    #[arg(long)]
    pub reason: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueImportArgs {
    /// Files or folders (folders: every .yaml, .yml, .csv and .json file in them, recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// relaton, csv or json; by default from each file's extension.
    #[arg(long)]
    pub format: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueListArgs {
    /// Entries this body owns (any spelling of its name).
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Entries on this topic (name, label or id).
    #[arg(long)]
    pub topic: Option<String>,
    /// proposed, in-development, in-approval, published, under-review, superseded, withdrawn.
    #[arg(long)]
    pub lifecycle: Option<String>,
    /// itu, iso, ietf, 3gpp, etsi, ieee, w3c.
    #[arg(long)]
    pub family: Option<String>,
    /// Words in the identifier or title.
    #[arg(long)]
    pub search: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueShowArgs {
    /// The entry's id or identifier, in any spelling ("ISO/IEC 23090-3", "H.266").
    #[arg(value_name = "ID-OR-IDENTIFIER")]
    pub entry: String,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueExportArgs {
    /// csv or json; by default from the output file's extension, else csv.
    #[arg(long)]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CatalogueTagArgs {
    /// The entry: its id, or its identifier however written.
    #[arg(value_name = "ID-OR-IDENTIFIER")]
    pub entry: String,
    /// Topics by name, label ("Infrastructure / Cloud network") or id.
    #[arg(required = true)]
    pub topics: Vec<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ProposalsArgs {
    /// Only those of this statement.
    #[arg(long, value_name = "LS")]
    pub ls: Option<String>,
    /// Also accepted and rejected ones.
    #[arg(long)]
    pub all: bool,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// The proposal's id (see `liaise catalogue proposals`).
    pub id: i64,
    /// Topics to attach the entry to.
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ProposalIdArgs {
    /// The proposal's id (see `liaise catalogue proposals`).
    pub id: i64,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// List the taxonomy with related bodies and entry counts.
    List(JsonArgs),
    /// Add the topics of a statement's topic table (and relate the bodies it names).
    Seed(SeedArgs),
    /// Add a topic (a group, or a topic within a group).
    Add(TopicAddArgs),
    /// Relate a body to a topic.
    Relate(TopicRelateArgs),
    /// Unrelate a body from a topic.
    Unrelate(TopicRelateArgs),
    /// Rename a topic, or move it to another group (give the new group and name).
    Rename(TopicRenameArgs),
    /// Merge one topic into another: its entries, related bodies and gap records move.
    Merge(TopicMergeArgs),
    /// Delete a topic; its entries stay in the catalogue.
    Delete(TopicDeleteArgs),
}

#[derive(Debug, Args)]
pub struct TopicMergeArgs {
    /// The topic that goes: name, label or id.
    pub from: String,
    /// The topic that stays.
    pub into: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TopicDeleteArgs {
    /// The topic: name, label or id.
    pub topic: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// The statement (id or document number).
    #[arg(value_name = "LS")]
    pub ls: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TopicAddArgs {
    /// The topic group ("Infrastructure").
    pub group: String,
    /// The topic within the group ("Cloud network").
    #[arg(long)]
    pub name: Option<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TopicRelateArgs {
    /// The topic: name, label ("Infrastructure / Cloud network") or id.
    pub topic: String,
    /// The body, by any spelling of its name.
    pub body: String,
    /// Single the body out ("especially").
    #[arg(long)]
    pub especially: bool,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TopicRenameArgs {
    /// The topic: name, label or id.
    pub topic: String,
    /// Its group from now on ("Infrastructure").
    #[arg(long)]
    pub group: String,
    /// Its name within the group from now on ("Cloud network"); none for a group alone.
    #[arg(long)]
    pub name: Option<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum GapsCommand {
    /// List gap records with their updates.
    List(JsonArgs),
    /// Add a gap record.
    Add(GapAddArgs),
    /// Record the progress of a gap on a date.
    Update(GapUpdateArgs),
    /// Correct a gap record's title, description, priority, topic or organizations.
    Edit(GapEditArgs),
}

#[derive(Debug, Args)]
pub struct GapEditArgs {
    /// The gap's id (the number of GAP-n).
    pub id: i64,
    /// What is missing, in a line.
    #[arg(long)]
    pub title: Option<String>,
    /// What is missing and why it matters.
    #[arg(long)]
    pub description: Option<String>,
    /// high, medium or low.
    #[arg(long)]
    pub priority: Option<String>,
    /// The topic the gap is on (name, label or id).
    #[arg(long)]
    pub topic: Option<String>,
    /// Organizations named to act (repeatable); replaces the list.
    #[arg(long = "org", value_name = "BODY")]
    pub orgs: Vec<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GapAddArgs {
    /// What is missing, in a line.
    #[arg(long)]
    pub title: String,
    /// What is missing and why it matters.
    #[arg(long)]
    pub description: Option<String>,
    /// high, medium or low.
    #[arg(long, default_value = "medium")]
    pub priority: String,
    /// The topic the gap is on (name, label or id).
    #[arg(long)]
    pub topic: Option<String>,
    /// Organizations named to act (repeatable).
    #[arg(long = "org", value_name = "BODY")]
    pub orgs: Vec<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GapUpdateArgs {
    /// The gap's id (the number of GAP-n).
    pub id: String,
    /// not-started, red, yellow, green, closed, withdrawn or unknown.
    #[arg(long)]
    pub progress: String,
    /// What happened.
    #[arg(long)]
    pub note: Option<String>,
    /// The day of the update (default today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// html, md, csv or json; by default from the output file's extension, else md.
    #[arg(long)]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The statement whose answers the roadmap shows (default: the one topics were seeded from).
    #[arg(long, value_name = "LS")]
    pub ls: Option<String>,
    /// Only these topics (repeatable).
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// At most so many entries listed per body and topic in HTML and Markdown.
    #[arg(long, default_value_t = 25)]
    pub max_listed: usize,
    /// The same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Add an account: admin, secretariat, member, or rapporteur (with --body).
    Add(UserAddArgs),
    /// List the accounts.
    List(JsonArgs),
    /// Give an account another role.
    SetRole(UserRoleArgs),
    /// Disable an account: its tokens stop working at once.
    Disable(UserLoginArgs),
    /// Enable a disabled account again.
    Enable(UserLoginArgs),
    /// Set an account's password for logging in to the server (read from standard input, one
    /// line; at least 10 characters). Its open sessions end.
    Password(UserLoginArgs),
    /// Make an API token for an account; it is shown once, never again.
    Token(UserTokenArgs),
    /// List the tokens (never the tokens themselves): scope, last use, revoked.
    Tokens(JsonArgs),
    /// Revoke a token by its id (see `users tokens`).
    Revoke(TokenRevokeArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The login, one word.
    pub login: String,
    /// admin, secretariat, member or rapporteur.
    #[arg(long)]
    pub role: String,
    /// The person's name.
    #[arg(long)]
    pub name: Option<String>,
    /// The person's e-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// For a rapporteur: the body they represent (any of its names).
    #[arg(long)]
    pub body: Option<String>,
    /// Print the account as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UserRoleArgs {
    /// The login.
    pub login: String,
    /// admin, secretariat, member or rapporteur.
    pub role: String,
    /// Print the account as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UserLoginArgs {
    /// The login.
    pub login: String,
    /// Print the account as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UserTokenArgs {
    /// The login the token acts as.
    pub login: String,
    /// read (the default) or write.
    #[arg(long, default_value = "read")]
    pub scope: String,
    /// What the token is for ("nightly export").
    #[arg(long)]
    pub label: Option<String>,
    /// Print the token and its id as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TokenRevokeArgs {
    /// The token's id (see `users tokens`).
    pub id: i64,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT")]
    pub bind: std::net::SocketAddr,
    /// The log format on stderr: text, or json (one object per line, with the request id).
    #[arg(long, default_value = "text", value_name = "text|json")]
    pub log_format: String,
    /// Print the address served, as JSON, once listening (for scripts).
    #[arg(long)]
    pub json: bool,
    /// Do not send reminders from the server (they are sent when SMTP is configured).
    #[arg(long)]
    pub no_reminders: bool,
    /// Mark session cookies Secure even on loopback (behind a TLS proxy on the same machine);
    /// off loopback they always are.
    #[arg(long)]
    pub secure_cookies: bool,
    /// How often the server looks for reminders due: 90s, 10m, 1h (with several servers on one
    /// database, one of them sends).
    #[arg(long, default_value = "1h", value_name = "TIME")]
    pub remind_every: String,
    /// A reverse proxy on this machine (nginx, Caddy) passes the requests on: take the client's
    /// address from the X-Forwarded-For it appends, for the login limit and the audit trail.
    #[arg(long)]
    pub behind_proxy: bool,
    /// Write a backup into this folder every --backup-every (archives named
    /// liaise-YYYYMMDD-HHMMSS.jsonl.gz, restored with `liaise restore`); with several servers on
    /// one database, one of them writes it.
    #[arg(long, value_name = "DIR")]
    pub backup_dir: Option<PathBuf>,
    /// How often the scheduled backup runs: 30m, 6h, 24h.
    #[arg(long, default_value = "24h", value_name = "TIME", requires = "backup_dir")]
    pub backup_every: String,
    /// How many scheduled backups to keep in --backup-dir (the oldest are removed).
    #[arg(long, default_value_t = 14, value_name = "N", requires = "backup_dir")]
    pub backup_keep: usize,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only deadlines within this time from today, overdue ones included: 14d, 2w, 10.
    #[arg(long, value_name = "DAYS")]
    pub within: Option<String>,
    /// Only actions past their deadline.
    #[arg(long)]
    pub overdue: bool,
    /// Only what this body owes.
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Evaluate as if today were this date.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ActionsCommand {
    /// List actions.
    List(ActionsListArgs),
    /// Move an action to another state: open, acknowledged, answered, declined, withdrawn.
    Set(ActionSetArgs),
    /// Every change of one action.
    History(ActionHistoryArgs),
}

#[derive(Debug, Args)]
pub struct ActionsListArgs {
    /// Only actions of this statement (id or document number).
    #[arg(long, value_name = "LS")]
    pub ls: Option<String>,
    /// Only actions of this body.
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Only actions in this state.
    #[arg(long)]
    pub state: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ActionSetArgs {
    /// The actions' ids (see `liaise due` or `liaise actions list`), then the new state: open,
    /// acknowledged, answered, declined or withdrawn. With --ls and --body, the state alone.
    #[arg(value_name = "ID... STATE", required = true, num_args = 1..)]
    pub args: Vec<String>,
    /// Every action of this statement (id or document number); with --body, of that body only.
    #[arg(long, value_name = "LS")]
    pub ls: Option<String>,
    /// Every action of this body (any of its names), on the statement of --ls.
    #[arg(long, value_name = "BODY", requires = "ls")]
    pub body: Option<String>,
    /// Why, for the record.
    #[arg(long)]
    pub comment: Option<String>,
    /// Print what changed as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ActionHistoryArgs {
    /// The action's id (see `liaise due` or `liaise actions list`).
    pub id: i64,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum RepliesCommand {
    /// Replies that answer nothing stored: link them by hand.
    Unmatched(JsonArgs),
    /// Link a reply to the statement it answers; the replying body's actions become answered.
    Link(LinkArgs),
    /// Remove a link made by hand or by liaise; the actions it answered are open again.
    Unlink(LinkArgs),
}

#[derive(Debug, Args)]
pub struct JsonArgs {
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The reply (id or document number).
    pub reply: String,
    /// The statement it answers (id or document number).
    pub original: String,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum RapporteursCommand {
    /// List rapporteurs and proposals.
    List(RapporteursListArgs),
    /// Confirm a proposed rapporteur.
    Confirm(RapporteurIdArgs),
    /// Reject a proposed rapporteur.
    Reject(RapporteurIdArgs),
    /// End a rapporteur's designation.
    End(RapporteurEndArgs),
    /// Add a confirmed rapporteur by hand.
    Add(RapporteurAddArgs),
    /// Correct a rapporteur's name, e-mail, phone or organization (wherever the person appears).
    Edit(RapporteurEditArgs),
    /// Remove a rapporteur entered by mistake (kept in history as removed).
    Remove(RapporteurRemoveArgs),
}

#[derive(Debug, Args)]
pub struct RapporteurEditArgs {
    /// The rapporteur's id (see `liaise rapporteurs list`).
    pub id: i64,
    /// The person's name.
    #[arg(long)]
    pub name: Option<String>,
    /// The person's e-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// The person's telephone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// The person's organization.
    #[arg(long)]
    pub organization: Option<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RapporteurRemoveArgs {
    /// The rapporteur's id (see `liaise rapporteurs list`).
    pub id: i64,
    /// Why, for the record.
    #[arg(long)]
    pub reason: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RapporteursListArgs {
    /// Only rapporteurs of this body.
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Only proposals waiting for confirmation.
    #[arg(long)]
    pub proposed: bool,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RapporteurIdArgs {
    /// The rapporteur's id (see `liaise rapporteurs list`).
    pub id: i64,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RapporteurEndArgs {
    /// The rapporteur's id (see `liaise rapporteurs list`).
    pub id: i64,
    /// The last day of the designation.
    #[arg(long, value_name = "DATE")]
    pub until: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RapporteurAddArgs {
    /// The body the rapporteur represents.
    pub body: String,
    /// The person's name.
    #[arg(long)]
    pub name: String,
    /// The person's e-mail address.
    #[arg(long)]
    pub email: String,
    /// The person's organization.
    #[arg(long)]
    pub organization: Option<String>,
    /// The person's country.
    #[arg(long)]
    pub country: Option<String>,
    /// The person's telephone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// The group the rapporteur liaises with (default: the group liaise works for).
    #[arg(long, value_name = "BODY")]
    pub towards: Option<String>,
    /// The first day of the designation (default: today).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Send nothing, record nothing: print what would be sent.
    #[arg(long)]
    pub dry_run: bool,
    /// Evaluate as if today were this date.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Evaluate as if today were this date (marks deadlines passed with bodies still open).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GroupArgs {
    /// The group's name (any spelling); without it, shows the group.
    pub name: Option<String>,
    /// Make every statement the group sent public once sent (read on the server without an
    /// account, without e-mail addresses or telephone numbers); `ls public --private` is then
    /// refused for them.
    #[arg(long, conflicts_with = "no_publish_sent")]
    pub publish_sent: bool,
    /// Make public only the statements marked one by one (`liaise ls public`), the default.
    #[arg(long)]
    pub no_publish_sent: bool,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print an example configuration file.
    #[arg(long)]
    pub example: bool,
    /// Print the configuration in effect as JSON (the SMTP password left out).
    #[arg(long)]
    pub json: bool,
    /// Write the built-in message templates into this folder, to edit.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files or folders; folders are read recursively. The format is recognised from the content:
    /// .docx, PDF (needs pdftotext), .doc and .odt (need LibreOffice), text, HTML, Markdown, an
    /// e-mail (.eml) or an mbox.
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print only the summary and failures.
    #[arg(short, long)]
    pub quiet: bool,
    /// The state new statements start in: draft, approved, sent (outgoing) or received
    /// (incoming). By default the group's own statements are sent and others received.
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    /// Store every statement at once, even those the reader is unsure of (by default they wait
    /// in `liaise review` and none of their unknown names is added to the registry).
    #[arg(long)]
    pub no_review: bool,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// imaps://USER@HOST[:PORT]/MAILBOX (TLS) or imap://... (STARTTLS); the mailbox defaults to
    /// INBOX. The password comes from LIAISE_IMAP_PASSWORD.
    #[arg(value_name = "URL")]
    pub url: String,
    /// A PEM file of certificates to trust beside the public roots (a server with its own CA).
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<String>,
    /// Store every statement at once, even those the reader is unsure of.
    #[arg(long)]
    pub no_review: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub command: Option<ReviewCommand>,
    /// List every item, accepted and rejected ones too.
    #[arg(long)]
    pub all: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Show one item: what was read, field by field, with the reader's warnings and doubts.
    Show(ReviewIdArgs),
    /// Accept items: each is stored as a statement, its unknown names become unconfirmed bodies.
    Accept(ReviewIdsArgs),
    /// Reject an item: nothing is stored; the item stays with the reason.
    Reject(ReviewRejectArgs),
}

#[derive(Debug, Args)]
pub struct ReviewIdArgs {
    /// The item, as `liaise review` lists it (R3, or 3).
    pub id: String,
    /// Print the document's lines, numbered, below the fields (to pick one with
    /// `liaise ls edit R3 --from-line FIELD=LINE`).
    #[arg(long)]
    pub lines: bool,
    /// Print the item as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewIdsArgs {
    /// The items, as `liaise review` lists them (R3, or 3).
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewRejectArgs {
    /// The item, as `liaise review` lists it (R3, or 3).
    pub id: String,
    /// Why it is rejected (kept in its history).
    #[arg(long)]
    pub reason: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsEditArgs {
    /// A stored statement (id or document number) or a review item (R3).
    #[arg(value_name = "ID-OR-DOC-NUMBER-OR-R")]
    pub id: String,
    /// The title, as it should read.
    #[arg(long)]
    pub title: Option<String>,
    /// The sending body, in any spelling.
    #[arg(long)]
    pub source: Option<String>,
    /// The sender's document number (SG16-LS45, S4-231450, ...).
    #[arg(long, value_name = "NUMBER")]
    pub doc_number: Option<String>,
    /// The deadline (2023-06-30 or 30 June 2023); "none" removes it.
    #[arg(long, value_name = "DATE")]
    pub deadline: Option<String>,
    /// The bodies asked for action, as a list ("ITU-T SGs 13 and 16; IETF"); "" empties it.
    #[arg(long, value_name = "LIST")]
    pub for_action: Option<String>,
    /// The bodies asked for comment, as a list.
    #[arg(long, value_name = "LIST")]
    pub for_comment: Option<String>,
    /// The bodies sent it for information, as a list.
    #[arg(long, value_name = "LIST")]
    pub for_information: Option<String>,
    /// The bodies sent a copy, as a list.
    #[arg(long, value_name = "LIST")]
    pub cc: Option<String>,
    /// Any other field of the record, as FIELD=JSON (`--set 'kind="reply"'`, `--set 'response_to=["SG16-LS45"]'`).
    #[arg(long, value_name = "FIELD=JSON")]
    pub set: Vec<String>,
    /// For a review item: a field taken from a line of its document, as `review show R3 --lines`
    /// numbers them (`--from-line title=12`, `--from-line for_action=15`); the line's label is
    /// left out. Fields: title, source, doc_number, deadline, for_action, for_comment,
    /// for_information, cc.
    #[arg(long, value_name = "FIELD=LINE")]
    pub from_line: Vec<String>,
    /// Print the corrected reading or statement as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum LsCommand {
    /// List statements, oldest first.
    List(LsListArgs),
    /// Write the list of statements to a file (.csv), with the filters of `ls list`.
    Export(LsExportArgs),
    /// Write a statement's original file, as it was imported, to a file.
    File(LsFileArgs),
    /// Make a statement readable without an account on the server (its personal data hidden);
    /// --private takes that back.
    Public(LsPublicArgs),
    /// Show one statement by id or document number.
    Show(LsShowArgs),
    /// Every recorded change of one statement, oldest first.
    History(LsHistoryArgs),
    /// Change a statement's state: draft, approved, sent, received.
    State(LsStateArgs),
    /// Mark a statement dead (it stays, with its history); `revive` brings it back.
    Dead(LsDeadArgs),
    /// Bring a dead statement back to the state it had.
    Revive(LsIdArgs),
    /// Correct fields of a statement or of a reading waiting for review. Names are resolved
    /// again; the correction is an event and wins over the reader when the file is imported again.
    Edit(LsEditArgs),
    /// Store a draft written as Markdown with a header block (or as TOML; `--example` prints
    /// one). Names are resolved through the registry; an unknown name is refused with
    /// suggestions. The draft asks nothing of anyone until it is sent.
    New(LsNewArgs),
    /// Write a Markdown draft that answers a statement: its source for action, the reply's
    /// title and reference, the group's contacts and the statement's open requests.
    Reply(LsReplyArgs),
    /// Write a statement as .docx in the ITU layout (`--template 3gpp`, or a .docx template of
    /// the group's own), or as .md or .pdf (through LibreOffice), by the output's extension.
    Docx(LsDocxArgs),
    /// E-mail an approved statement's .docx to the confirmed rapporteurs and contacts of every
    /// recipient and to the group's list ([smtp] cc), one message per address; it becomes sent
    /// and its actions start. After a failure, the same command retries only the addresses that failed.
    Send(LsSendArgs),
    /// To whom a statement was sent, when, with which Message-ID, and what failed.
    Deliveries(LsDeliveriesArgs),
}

#[derive(Debug, Args)]
pub struct LsNewArgs {
    /// The draft: Markdown with a header block between two `---` lines, or a .toml file.
    #[arg(long, value_name = "FILE", required_unless_present = "example")]
    pub from: Option<std::path::PathBuf>,
    /// Print an example draft and stop.
    #[arg(long)]
    pub example: bool,
    /// Print the stored draft as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsReplyArgs {
    /// The statement to answer: its id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Where to write the draft; by default it is printed.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<std::path::PathBuf>,
    /// Print the draft and where it went as JSON ({"draft": ..., "file": ...}).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsDocxArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Where to write it: FILE.docx, FILE.md or FILE.pdf.
    #[arg(short, long, value_name = "PATH")]
    pub output: std::path::PathBuf,
    /// The layout: itu (the default), 3gpp, or the path of a .docx template of the group's own
    /// (its styles, headers, footers and logo are kept; a paragraph `{{content}}` marks where
    /// the statement goes).
    #[arg(long, value_name = "itu|3gpp|FILE.docx")]
    pub template: Option<String>,
    /// Overwrite the output if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print what was written as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsSendArgs {
    /// The statement's id or document number (approved first: `liaise ls state ID approved`).
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// The layout of the attached .docx, as for `ls docx`.
    #[arg(long, value_name = "itu|3gpp|FILE.docx")]
    pub template: Option<String>,
    /// Send even though liaise knows no address for some bodies asked for action (the
    /// statement reaches them another way); without it such a send is refused.
    #[arg(long)]
    pub allow_unreached: bool,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsDeliveriesArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Print the list as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsStateArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// draft, approved, sent or received.
    pub state: String,
    /// Why, for the record.
    #[arg(long)]
    pub comment: Option<String>,
    /// Print the change as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsDeadArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Why it is dead (required).
    #[arg(long)]
    pub reason: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
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
    /// Only statements issued in this year (2023)
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,
    /// Only statements in this state: draft, approved, sent, received or dead.
    #[arg(long)]
    pub state: Option<String>,
    /// Only incoming or only outgoing statements.
    #[arg(long, value_name = "incoming|outgoing")]
    pub direction: Option<String>,
    /// Only statements of this kind: ls (a liaison statement) or reply.
    #[arg(long, value_name = "ls|reply")]
    pub kind: Option<String>,
    /// Only statements whose title contains every one of these words (any case).
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,
    /// Only statements with an action still open.
    #[arg(long)]
    pub unanswered: bool,
    /// Only statements with an action still open after the deadline (as of --as-of).
    #[arg(long)]
    pub overdue: bool,
    /// The day taken as today for --overdue (default: today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// At most so many statements.
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
    /// The order: issued (the default), deadline, title, number or updated.
    #[arg(long, value_name = "FIELD")]
    pub sort: Option<String>,
    /// Newest, last or greatest first.
    #[arg(long)]
    pub desc: bool,
    /// Print an array of rows (ls_id, doc_number, state, counts; `ls show --json` has the full
    /// record).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsPublicArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Make it private again.
    #[arg(long)]
    pub private: bool,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsFileArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Which of its files, by name (`ls show` lists them); by default the latest imported.
    #[arg(long, value_name = "FILE-NAME")]
    pub name: Option<String>,
    /// Which version, by the start of its SHA-256 (`ls show --json` lists them).
    #[arg(long, value_name = "SHA256")]
    pub sha: Option<String>,
    /// Where to write it; by default its own name in the current folder (never overwritten).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<std::path::PathBuf>,
    /// Print what was written as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsExportArgs {
    #[command(flatten)]
    pub filter: LsListArgs,
    /// The file to write: .csv (the rows of `ls list`, every column, full titles).
    #[arg(short, long, value_name = "FILE")]
    pub output: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct LsHistoryArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Print the events as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsIdArgs {
    /// The statement's id or document number.
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Print the outcome as JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LsShowArgs {
    /// The statement's id or document number (FG-MV-LS1, S4-231901, ...).
    #[arg(value_name = "ID-OR-DOC-NUMBER")]
    pub id: String,
    /// Print the record as JSON, with its actions and links.
    #[arg(long)]
    pub json: bool,
    /// Print the body of the statement too.
    #[arg(long)]
    pub full: bool,
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
    /// Undo the last merge of a body (by the merged body's own name), from the event log.
    Unmerge(BodyShowArgs),
    /// Add the bodies of a file (TOML, the form of liaise's own list) to the registry.
    ///
    /// One `[[body]]` table per body: `name` (canonical), `kind`, and optionally `parent`
    /// (a body of the registry or one defined earlier in the file), `full`, `note`, `aliases`.
    /// A family is one table with `members`, whose values fill `{key}` in its strings:
    ///
    ///   [[body]]
    ///   name = "Example Alliance"
    ///   kind = "forum"
    ///   aliases = ["EXA"]
    ///
    ///   [[body]]
    ///   name = "Example Alliance WG{num}"
    ///   kind = "working-group"
    ///   parent = "Example Alliance"
    ///   members = [{ num = "1" }, { num = "2" }]
    ///
    /// Importing again changes nothing; a name that already names another body is reported and
    /// not taken. `liaise bodies builtin` prints the built-in list in this form.
    #[command(verbatim_doc_comment)]
    Import(BodiesImportArgs),
    /// Print liaise's built-in list of bodies, in the form `bodies import` reads.
    Builtin(BodiesBuiltinArgs),
}

#[derive(Debug, Args)]
pub struct BodiesBuiltinArgs {
    /// Print every body as JSON (families expanded) instead of the file.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodiesImportArgs {
    /// The file of bodies (TOML).
    pub file: std::path::PathBuf,
    /// Say what would be added, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodiesListArgs {
    /// Only bodies created from unknown names, waiting to be confirmed or merged.
    #[arg(long)]
    pub unconfirmed: bool,
    /// Include bodies merged into others.
    #[arg(long)]
    pub all: bool,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyShowArgs {
    /// Any name of the body ("ISO TC307", "JTC1 SC29", "MSF").
    pub name: String,
    /// Print JSON (for programs).
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
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyAliasArgs {
    /// The body (any of its names).
    pub body: String,
    /// The new name.
    pub alias: String,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BodyMergeArgs {
    /// The body to merge away (usually an unconfirmed one).
    pub from: String,
    /// The body that stays.
    pub into: String,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Print the import and the statements as JSON.
    #[arg(long)]
    pub json: bool,
    /// Then serve the web application on the demo database (FG-MV-LS1 imported too), with demo
    /// accounts whose passwords are printed, until Ctrl-C.
    #[arg(long)]
    pub serve: bool,
    /// Where --serve listens (loopback: the demo is for this machine). Port 0 takes a free one.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT", requires = "serve")]
    pub bind: std::net::SocketAddr,
}
