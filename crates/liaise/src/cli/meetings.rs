//! `liaise meetings`: the group's meetings, their agendas, and the handling of incoming
//! statements by them.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum MeetingsCommand {
    /// Add a meeting of the group or of one of its sub-groups.
    Add(MeetingAddArgs),
    /// List the meetings, upcoming and past.
    List(MeetingListArgs),
    /// Show a meeting: its agenda, the incoming statements it handles, the outgoing ones it approved.
    Show(MeetingShowArgs),
    /// Change a meeting's name, dates or place.
    Edit(MeetingEditArgs),
    /// Add an item to a meeting's agenda.
    Item(MeetingItemArgs),
    /// Give an incoming statement to sub-groups and/or agenda items of a meeting. Without --to or
    /// --item, say which sub-groups are suggested and why.
    Allocate(AllocateArgs),
    /// Set how an incoming statement is handled: its state (new, allocated, reply-in-preparation,
    /// replied, noted, postponed, no-action), who drafts the reply and by when.
    Handle(HandleArgs),
    /// Write the meeting's list of incoming and outgoing liaison statements (Markdown, CSV, HTML).
    Document(MeetingDocumentArgs),
}

#[derive(Debug, Args)]
pub struct MeetingAddArgs {
    /// The meeting's name or number, e.g. "FG-MV-3" or "SG13 July 2025".
    pub name: String,
    /// First day (2025-07-14 or 14 July 2025).
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// Last day; the first day when not given.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Where it meets.
    #[arg(long)]
    pub place: Option<String>,
    /// It meets online (with --place: both).
    #[arg(long)]
    pub online: bool,
    /// The group or sub-group that meets (any of its names); the group liaise works for when not given.
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MeetingListArgs {
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MeetingShowArgs {
    /// The meeting (its id or name).
    pub meeting: String,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MeetingEditArgs {
    /// The meeting (its id or name).
    pub meeting: String,
    /// A new name.
    #[arg(long)]
    pub name: Option<String>,
    /// A new first day.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// A new last day.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// A new place ("" clears it).
    #[arg(long)]
    pub place: Option<String>,
    /// Whether it meets online: yes or no.
    #[arg(long, value_name = "YES|NO")]
    pub online: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MeetingItemArgs {
    /// The meeting (its id or name).
    pub meeting: String,
    /// The item's number as the agenda writes it ("6.1").
    pub number: String,
    /// The item's title.
    pub title: String,
    /// The sub-group that owns it (any of its names).
    #[arg(long, value_name = "BODY")]
    pub body: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AllocateArgs {
    /// The incoming statement (its id or document number).
    pub ls: String,
    /// The meeting that handles it (its id or name).
    #[arg(long)]
    pub meeting: String,
    /// A sub-group it goes to (repeatable).
    #[arg(long = "to", value_name = "SUBGROUP")]
    pub to: Vec<String>,
    /// An agenda item it goes to, by number (repeatable).
    #[arg(long = "item", value_name = "NUMBER")]
    pub items: Vec<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HandleArgs {
    /// The incoming statement (its id or document number).
    pub ls: String,
    /// The new state: new, allocated, reply-in-preparation, replied, noted, postponed, no-action.
    pub state: Option<String>,
    /// Who drafts the reply ("" clears it).
    #[arg(long)]
    pub drafter: Option<String>,
    /// The internal due date of the reply (before the statement's deadline; "" clears it).
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// The group's statement that replies (its id or document number).
    #[arg(long, value_name = "LS")]
    pub reply: Option<String>,
    /// The meeting that handles it from now on (to postpone: a later one).
    #[arg(long)]
    pub meeting: Option<String>,
    /// A note for the meeting's list ("" clears it).
    #[arg(long)]
    pub note: Option<String>,
    /// Print JSON (for programs).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MeetingDocumentArgs {
    /// The meeting (its id or name).
    pub meeting: String,
    /// md, csv or html; from the output file's extension when not given, else md.
    #[arg(long)]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print the list as JSON (with -o: write the file and say so as JSON).
    #[arg(long)]
    pub json: bool,
}
