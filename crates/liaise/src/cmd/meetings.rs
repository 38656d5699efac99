//! `liaise meetings`: meetings, their agendas and the handling of incoming statements.

use super::{date_arg, usage};
use crate::cli::{MeetingDocumentArgs, MeetingsCommand};
use crate::output::{self, or_dash};
use liaise_core::meeting::HandlingState;
use liaise_store::Store;
use liaise_store::meetings::{Handling, HandlingChange, Meeting, MeetingEdit, NewMeeting};
use std::process::ExitCode;

fn when(m: &Meeting) -> String {
    let dates = liaise_app::meetings::dates(m);
    match liaise_app::meetings::place(m) {
        Some(place) => format!("{dates}, {place}"),
        None => dates,
    }
}

/// "" clears a field; anything else sets it.
fn clearable(v: Option<String>) -> Option<Option<String>> {
    v.map(|s| Some(s.trim().to_string()).filter(|s| !s.is_empty()))
}

async fn ls_id(store: &Store, given: &str) -> anyhow::Result<i64> {
    Ok(store.get_ls(given).await?.id)
}

fn print_handling(h: &Handling) {
    println!("#{}: {}", h.ls_id, h.state.as_str());
    if let Some(m) = &h.meeting {
        println!("  meeting:   {m}");
    }
    for a in &h.allocations {
        println!("  allocated: {} at {}", a.target(), a.meeting);
    }
    if let Some(d) = &h.drafter {
        println!("  drafter:   {d}");
    }
    if let Some(d) = h.due {
        println!("  due:       {d}");
    }
    if let Some(r) = h.reply_ls_id {
        println!("  reply:     #{r}");
    }
    if let Some(n) = &h.note {
        println!("  note:      {n}");
    }
}

pub async fn run(db: &str, cmd: MeetingsCommand) -> anyhow::Result<ExitCode> {
    let store = super::open(db).await?;
    let who = liaise_app::who()?;
    match cmd {
        MeetingsCommand::Add(a) => {
            let starts = date_arg("--from", &a.from)?;
            let ends = match &a.to {
                Some(t) => date_arg("--to", t)?,
                None => starts,
            };
            let body = match a.body {
                Some(b) => b,
                None => {
                    let home = store.home().await?.ok_or_else(|| {
                        usage("say whose meeting it is with --body, or set the group first (`liaise group NAME`)")
                    })?;
                    store.registry().await?.canonical(home).map(str::to_string).unwrap_or_default()
                }
            };
            let m = store
                .add_meeting(&NewMeeting { name: a.name, body, starts, ends, place: a.place, online: a.online }, &who)
                .await?;
            output::done(
                a.json,
                serde_json::to_value(&m)?,
                format!("meeting {} added: {} ({})", m.id, m.name, when(&m)),
            )?;
        }
        MeetingsCommand::List(a) => {
            let meetings = store.meetings().await?;
            if a.json {
                output::json(&meetings)?;
            } else if meetings.is_empty() {
                println!("No meetings yet (`liaise meetings add NAME --from DATE`).");
            } else {
                let today = liaise_app::now()?.date_naive();
                let rows: Vec<Vec<String>> = meetings
                    .iter()
                    .map(|m| {
                        let status = if m.ends < today {
                            "past"
                        } else if m.starts > today {
                            "upcoming"
                        } else {
                            "now"
                        };
                        vec![m.id.to_string(), m.name.clone(), m.body.clone(), when(m), status.to_string()]
                    })
                    .collect();
                output::table(&["ID", "MEETING", "BODY", "WHEN", ""], &rows, 50);
            }
        }
        MeetingsCommand::Show(a) => {
            let m = store.find_meeting(&a.meeting).await?;
            let agenda = store.agenda(m.id).await?;
            let list = liaise_app::meetings::liaison_list(&store, &m.id.to_string()).await?;
            if a.json {
                output::json(&serde_json::json!({
                    "meeting": m, "agenda": agenda, "incoming": list.incoming, "outgoing": list.outgoing,
                }))?;
            } else {
                println!("{} · {} · {}", m.name, m.body, when(&m));
                println!("\nAgenda:");
                if agenda.is_empty() {
                    println!("  (no items: `liaise meetings item {} NUMBER TITLE`)", m.id);
                }
                for i in &agenda {
                    println!(
                        "  {:<6} {}{}",
                        i.number,
                        i.title,
                        i.body.as_ref().map(|b| format!("  [{b}]")).unwrap_or_default()
                    );
                }
                println!("\nIncoming ({}):", list.incoming.len());
                for r in &list.incoming {
                    println!(
                        "  #{:<5} {:<16} {:<24} → {}  [{}]",
                        r.ls_id,
                        or_dash(r.doc_number.as_deref()),
                        liaise_core::truncate_chars(&r.title, 24),
                        or_dash(Some(&r.allocated_to.join(", "))),
                        r.outcome
                    );
                }
                println!("\nOutgoing ({}):", list.outgoing.len());
                for r in &list.outgoing {
                    println!("  #{:<5} {:<16} {}  [{}]", r.ls_id, or_dash(r.doc_number.as_deref()), r.title, r.state);
                }
            }
        }
        MeetingsCommand::Edit(a) => {
            let m = store.find_meeting(&a.meeting).await?;
            let online = match a.online.as_deref().map(str::to_lowercase).as_deref() {
                None => None,
                Some("yes" | "true" | "1") => Some(true),
                Some("no" | "false" | "0") => Some(false),
                Some(o) => return Err(usage(format!("--online: {o:?} is not yes or no"))),
            };
            let edit = MeetingEdit {
                name: a.name,
                starts: a.from.as_deref().map(|d| date_arg("--from", d)).transpose()?,
                ends: a.to.as_deref().map(|d| date_arg("--to", d)).transpose()?,
                place: clearable(a.place),
                online,
            };
            let m = store.edit_meeting(m.id, &edit, &who).await?;
            output::done(a.json, serde_json::to_value(&m)?, format!("meeting {}: {} ({})", m.id, m.name, when(&m)))?;
        }
        MeetingsCommand::Item(a) => {
            let m = store.find_meeting(&a.meeting).await?;
            let item = store.add_agenda_item(m.id, &a.number, &a.title, a.body.as_deref(), &who).await?;
            output::done(
                a.json,
                serde_json::to_value(&item)?,
                format!("{}: agenda item {} {}", m.name, item.number, item.title),
            )?;
        }
        MeetingsCommand::Allocate(a) => {
            let id = ls_id(&store, &a.ls).await?;
            let m = store.find_meeting(&a.meeting).await?;
            if a.to.is_empty() && a.items.is_empty() {
                let ls = store.get_ls(&id.to_string()).await?;
                let suggestions = store.suggest_allocation(id, &ls.record.questions).await?;
                if a.json {
                    output::json(&serde_json::json!({ "ls_id": id, "suggestions": suggestions }))?;
                } else if suggestions.is_empty() {
                    println!("No suggestion for #{id}: give it with --to SUBGROUP or --item NUMBER.");
                } else {
                    println!("Suggested for #{id} (give them with --to):");
                    for s in &suggestions {
                        println!("  {}  ({})", s.body, s.why);
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
            let h = store.allocate(id, m.id, &a.to, &a.items, &who).await?;
            if a.json {
                output::json(&h)?;
            } else {
                print_handling(&h);
            }
        }
        MeetingsCommand::Handle(a) => {
            let id = ls_id(&store, &a.ls).await?;
            let state = a
                .state
                .as_deref()
                .map(|s| {
                    HandlingState::parse(s).ok_or_else(|| {
                        let all: Vec<&str> = HandlingState::ALL.iter().map(|s| s.as_str()).collect();
                        usage(format!("{s:?} is not a handling state ({})", all.join(", ")))
                    })
                })
                .transpose()?;
            let reply_ls_id = match &a.reply {
                Some(r) => Some(ls_id(&store, r).await?),
                None => None,
            };
            let meeting_id = match &a.meeting {
                Some(m) => Some(store.find_meeting(m).await?.id),
                None => None,
            };
            let due = match a.due.as_deref().map(str::trim) {
                None => None,
                Some("") => Some(None),
                Some(d) => Some(Some(date_arg("--due", d)?)),
            };
            let change = HandlingChange {
                state,
                meeting_id,
                drafter: clearable(a.drafter),
                due,
                reply_ls_id,
                note: clearable(a.note),
            };
            let h = store.set_handling(id, &change, &who).await?;
            if a.json {
                output::json(&h)?;
            } else {
                print_handling(&h);
            }
        }
        MeetingsCommand::Document(a) => document(&store, a).await?,
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn document(store: &Store, a: MeetingDocumentArgs) -> anyhow::Result<()> {
    let format = match (&a.format, &a.output) {
        (Some(f), _) => f.to_lowercase(),
        (None, Some(p)) => p.extension().and_then(|e| e.to_str()).unwrap_or("md").to_lowercase(),
        (None, None) => "md".into(),
    };
    let list = liaise_app::meetings::liaison_list(store, &a.meeting).await?;
    if a.json && a.output.is_none() {
        return output::json(&list);
    }
    let text = match format.as_str() {
        "md" | "markdown" => liaise_app::meetings::to_markdown(&list),
        "csv" => liaise_app::meetings::to_csv(&list)?,
        "html" | "htm" => liaise_app::meetings::to_html(&list),
        f => return Err(usage(format!("--format {f:?}: md, csv or html"))),
    };
    match &a.output {
        Some(p) => {
            std::fs::write(p, &text)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {}", p.display(), liaise_app::plain_io(&e)))?;
            if a.json {
                output::done(true, serde_json::json!({ "path": p.display().to_string(), "format": format }), "")?;
            } else {
                eprintln!("wrote {}", p.display());
            }
        }
        None => print!("{text}"),
    }
    Ok(())
}
