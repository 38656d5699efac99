//! A meeting's liaison documents: the list of incoming statements with their allocation and
//! outcome, and of the outgoing statements it approved, as Markdown, CSV and HTML.

use crate::AppError;
use crate::roadmap::escape;
use chrono::NaiveDate;
use liaise_store::Store;
use liaise_store::ls::LsFilter;
use liaise_store::meetings::{Handling, Meeting};
use serde::Serialize;
use std::fmt::Write as _;

/// One incoming statement a meeting handles.
#[derive(Debug, Clone, Serialize)]
pub struct IncomingRow {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub source: String,
    pub deadline: Option<NaiveDate>,
    /// The sub-groups and agenda items it is allocated to at this meeting.
    pub allocated_to: Vec<String>,
    pub state: String,
    pub outcome: String,
    pub drafter: Option<String>,
    pub due: Option<NaiveDate>,
    /// The number (or id) of the reply, once there is one.
    pub reply: Option<String>,
}

/// One of the group's statements the meeting approved, or a reply drafted for one it handles.
#[derive(Debug, Clone, Serialize)]
pub struct OutgoingRow {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub state: String,
    pub issued: Option<String>,
    /// The incoming statement it replies to, when the meeting handled that.
    pub replies_to: Option<String>,
}

/// What a meeting's list of liaison statements holds.
#[derive(Debug, Clone, Serialize)]
pub struct LiaisonList {
    pub meeting: Meeting,
    pub incoming: Vec<IncomingRow>,
    pub outgoing: Vec<OutgoingRow>,
}

fn label(number: Option<&str>, id: i64) -> String {
    number.map_or_else(|| format!("#{id}"), str::to_string)
}

/// Gathers the meeting's incoming and outgoing statements.
pub async fn liaison_list(store: &Store, meeting: &str) -> Result<LiaisonList, AppError> {
    let meeting = store.find_meeting(meeting).await?;
    let handlings: Vec<Handling> = store.meeting_handlings(meeting.id).await?;
    let mut incoming = Vec::new();
    // The group's replies to what the meeting handles, with what each answers.
    let mut replies: Vec<(liaise_store::ls::LsView, String)> = Vec::new();
    for h in &handlings {
        let ls = store.get_ls(&h.ls_id.to_string()).await?;
        let reply = match h.reply_ls_id {
            Some(r) => {
                let rl = store.get_ls(&r.to_string()).await?;
                let name = label(rl.record.doc_number.as_deref(), rl.id);
                replies.push((rl, label(ls.record.doc_number.as_deref(), ls.id)));
                Some(name)
            }
            None => None,
        };
        let allocated_to = h
            .allocations
            .iter()
            .filter(|a| a.meeting_id == meeting.id)
            .map(liaise_store::meetings::Allocation::target)
            .collect();
        incoming.push(IncomingRow {
            ls_id: ls.id,
            doc_number: ls.record.doc_number.clone(),
            title: ls.record.title.clone(),
            source: ls.source.clone(),
            deadline: ls.record.deadline,
            allocated_to,
            state: h.state.as_str().to_string(),
            outcome: h.state.outcome().to_string(),
            drafter: h.drafter.clone(),
            due: h.due,
            reply,
        });
    }
    // The group's statements issued during the meeting are the ones it approved; a reply linked
    // to a statement the meeting handles belongs here whatever its date.
    let during = store
        .list_ls_summary(&LsFilter {
            direction: Some("outgoing".into()),
            issued_from: Some(meeting.starts),
            issued_to: Some(meeting.ends),
            ..LsFilter::default()
        })
        .await?;
    let mut outgoing: Vec<OutgoingRow> = during
        .into_iter()
        .map(|s| OutgoingRow {
            replies_to: replies.iter().find(|(r, _)| r.id == s.ls_id).map(|(_, to)| to.clone()),
            ls_id: s.ls_id,
            doc_number: s.doc_number,
            title: s.title,
            state: s.state,
            issued: s.issued,
        })
        .collect();
    for (r, to) in replies {
        if !outgoing.iter().any(|o| o.ls_id == r.id) {
            outgoing.push(OutgoingRow {
                ls_id: r.id,
                doc_number: r.record.doc_number.clone(),
                title: r.record.title.clone(),
                state: r.state.clone(),
                issued: r.record.issued().map(|d| d.to_string()),
                replies_to: Some(to),
            });
        }
    }
    // In the order of a statement list: by the day issued, those without one last.
    outgoing.sort_by(|a, b| (a.issued.is_none(), &a.issued, a.ls_id).cmp(&(b.issued.is_none(), &b.issued, b.ls_id)));
    Ok(LiaisonList { meeting, incoming, outgoing })
}

/// Where a meeting meets: "Geneva", "Geneva and online", "e-meeting"; `None` when not said.
pub fn place(m: &Meeting) -> Option<String> {
    match (&m.place, m.online) {
        (Some(p), true) => Some(format!("{p} and online")),
        (Some(p), false) => Some(p.clone()),
        (None, true) => Some("e-meeting".to_string()),
        (None, false) => None,
    }
}

/// A meeting's days: "2023-07-10 to 2023-07-12", or the one day.
pub fn dates(m: &Meeting) -> String {
    if m.starts == m.ends { m.starts.to_string() } else { format!("{} to {}", m.starts, m.ends) }
}

fn when(m: &Meeting) -> String {
    match place(m) {
        Some(place) => format!("{place}, {}", dates(m)),
        None => dates(m),
    }
}

fn or_dash(s: Option<&str>) -> &str {
    s.filter(|s| !s.is_empty()).unwrap_or("-")
}

/// A Markdown cell: pipes and line breaks would break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

pub fn to_markdown(l: &LiaisonList) -> String {
    let mut out = String::new();
    let m = &l.meeting;
    let _ = writeln!(out, "# Liaison statements of {} ({})\n", cell(&m.name), cell(&when(m)));
    let _ = writeln!(out, "Meeting of {}.\n", cell(&m.body));
    let _ = writeln!(out, "## Incoming\n");
    if l.incoming.is_empty() {
        let _ = writeln!(out, "No incoming statement is allocated to this meeting.\n");
    } else {
        let _ = writeln!(out, "| Number | Title | Source | Deadline | Allocated to | Outcome | Drafter | Reply |");
        let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
        for r in &l.incoming {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                cell(&label(r.doc_number.as_deref(), r.ls_id)),
                cell(&r.title),
                cell(&r.source),
                r.deadline.map_or("-".to_string(), |d| d.to_string()),
                cell(or_dash(Some(&r.allocated_to.join("; ")))),
                cell(&r.outcome),
                cell(or_dash(r.drafter.as_deref())),
                cell(or_dash(r.reply.as_deref())),
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## Outgoing\n");
    if l.outgoing.is_empty() {
        let _ = writeln!(out, "No outgoing statement was approved at this meeting.");
    } else {
        let _ = writeln!(out, "| Number | Title | State | Issued | Replies to |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for r in &l.outgoing {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&label(r.doc_number.as_deref(), r.ls_id)),
                cell(&r.title),
                cell(&r.state),
                cell(or_dash(r.issued.as_deref().map(|d| d.get(..10).unwrap_or(d)))),
                cell(or_dash(r.replies_to.as_deref())),
            );
        }
    }
    out
}

pub fn to_csv(l: &LiaisonList) -> Result<String, AppError> {
    let io = |e: csv::Error| AppError::Invalid(format!("CSV: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "direction",
        "number",
        "title",
        "source",
        "deadline",
        "allocated_to",
        "outcome",
        "drafter",
        "reply",
    ])
    .map_err(io)?;
    for r in &l.incoming {
        w.write_record([
            "incoming",
            &label(r.doc_number.as_deref(), r.ls_id),
            &r.title,
            &r.source,
            &r.deadline.map(|d| d.to_string()).unwrap_or_default(),
            &r.allocated_to.join("; "),
            &r.outcome,
            r.drafter.as_deref().unwrap_or(""),
            r.reply.as_deref().unwrap_or(""),
        ])
        .map_err(io)?;
    }
    for r in &l.outgoing {
        w.write_record([
            "outgoing",
            &label(r.doc_number.as_deref(), r.ls_id),
            &r.title,
            "",
            "",
            "",
            &r.state,
            "",
            r.replies_to.as_deref().unwrap_or(""),
        ])
        .map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| AppError::Invalid(format!("CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| AppError::Invalid(format!("CSV: {e}")))
}

pub fn to_html(l: &LiaisonList) -> String {
    let m = &l.meeting;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Liaison statements of {}</title></head><body>\n<h1>Liaison statements of {} <small>({})</small></h1>\n",
        escape(&m.name),
        escape(&m.name),
        escape(&when(m))
    );
    let _ = writeln!(out, "<h2>Incoming</h2>");
    if l.incoming.is_empty() {
        let _ = writeln!(out, "<p>No incoming statement is allocated to this meeting.</p>");
    } else {
        let _ = writeln!(
            out,
            "<table><thead><tr><th scope=\"col\">Number</th><th scope=\"col\">Title</th><th scope=\"col\">Source</th><th scope=\"col\">Deadline</th><th scope=\"col\">Allocated to</th><th scope=\"col\">Outcome</th><th scope=\"col\">Drafter</th><th scope=\"col\">Reply</th></tr></thead><tbody>"
        );
        for r in &l.incoming {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&label(r.doc_number.as_deref(), r.ls_id)),
                escape(&r.title),
                escape(&r.source),
                r.deadline.map_or("-".to_string(), |d| d.to_string()),
                escape(or_dash(Some(&r.allocated_to.join("; ")))),
                escape(&r.outcome),
                escape(or_dash(r.drafter.as_deref())),
                escape(or_dash(r.reply.as_deref())),
            );
        }
        let _ = writeln!(out, "</tbody></table>");
    }
    let _ = writeln!(out, "<h2>Outgoing</h2>");
    if l.outgoing.is_empty() {
        let _ = writeln!(out, "<p>No outgoing statement was approved at this meeting.</p>");
    } else {
        let _ = writeln!(
            out,
            "<table><thead><tr><th scope=\"col\">Number</th><th scope=\"col\">Title</th><th scope=\"col\">State</th><th scope=\"col\">Replies to</th></tr></thead><tbody>"
        );
        for r in &l.outgoing {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&label(r.doc_number.as_deref(), r.ls_id)),
                escape(&r.title),
                escape(&r.state),
                escape(or_dash(r.replies_to.as_deref())),
            );
        }
        let _ = writeln!(out, "</tbody></table>");
    }
    out.push_str("</body></html>\n");
    out
}
