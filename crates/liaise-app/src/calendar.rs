//! The calendar of deadlines, as RFC 5545 iCalendar: one all-day event per statement deadline,
//! listing the bodies whose actions are still open.
//!
//! Invariant: the same data gives the same file, byte for byte. Each event's UID comes from the
//! statement's number and source (so a calendar client updates events instead of adding copies,
//! even from a rebuilt database), and its DTSTAMP from the last change of the statement or its
//! actions, never from the clock.

use crate::Result;
use crate::due::{DueOptions, due};
use chrono::{Duration, NaiveDate};
use liaise_core::registry::slugify;
use liaise_store::Store;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Escapes a TEXT value (RFC 5545, 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a character (RFC 5545, 3.1).
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// "2026-11-24T10:00:00.123456Z" to "20261124T100000Z".
fn stamp(stored: &str) -> String {
    let digits: String = stored.chars().take(19).filter(|c| c.is_ascii_digit() || *c == 'T').collect();
    format!("{digits}Z")
}

/// One deadline on the calendar.
struct Event {
    doc_number: Option<String>,
    title: String,
    source: String,
    deadline: NaiveDate,
    /// Bodies that still owe the group an answer, or (for a statement the group received)
    /// empty.
    open: Vec<String>,
    /// Counts for a statement the group sent: asked, answered, open.
    counts: Option<(usize, usize, usize)>,
    /// Whether the group itself owes the answer.
    ours: bool,
}

/// Builds the calendar: the deadlines of what the group sent, and of what it was asked to
/// answer. `as_of` marks deadlines that passed with bodies still open.
///
/// With `body`, the calendar of that body: the deadlines of what it owes, and of what the
/// group owes it.
pub async fn calendar(store: &Store, as_of: NaiveDate, body: Option<&str>) -> Result<String> {
    let report =
        due(store, &DueOptions { as_of, within_days: None, overdue_only: false, body: body.map(str::to_string) })
            .await?;
    let owed: std::collections::HashSet<i64> = report.items.iter().map(|i| i.ls_id).collect();
    let mut events: BTreeMap<i64, Event> = BTreeMap::new();
    for s in &report.statements {
        let Some(deadline) = s.deadline else { continue };
        if body.is_some() && !owed.contains(&s.ls_id) {
            continue;
        }
        events.insert(
            s.ls_id,
            Event {
                doc_number: s.doc_number.clone(),
                title: s.title.clone(),
                source: String::new(),
                deadline,
                open: Vec::new(),
                counts: Some((s.asked, s.answered, s.open)),
                ours: false,
            },
        );
    }
    for item in &report.items {
        if let Some(e) = events.get_mut(&item.ls_id) {
            e.source.clone_from(&item.source);
            e.open.push(item.body.clone());
        }
    }
    for item in &report.we_owe {
        let Some(deadline) = item.deadline else { continue };
        events.entry(item.ls_id).or_insert_with(|| Event {
            doc_number: item.doc_number.clone(),
            title: item.title.clone(),
            source: item.source.clone(),
            deadline,
            open: Vec::new(),
            counts: None,
            ours: true,
        });
    }
    // The last change of a statement or of its actions stamps its event.
    let reg = store.shared_registry().await?;
    let mut last_change: HashMap<i64, String> = HashMap::new();
    let mut sources: HashMap<i64, String> = HashMap::new();
    for l in store.due_statements(&reg).await? {
        if events.contains_key(&l.id) {
            sources.insert(l.id, reg.canonical(l.source_id).unwrap_or("?").to_string());
            last_change.insert(l.id, l.changed_at);
        }
    }
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//liaise//liaise deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    line(&mut out, "X-WR-CALNAME:Liaison statement deadlines");
    for (id, e) in &events {
        let source = sources.get(id).cloned().unwrap_or_else(|| e.source.clone());
        let number = e.doc_number.clone().unwrap_or_else(|| format!("#{id}"));
        let uid = match &e.doc_number {
            Some(n) => format!("deadline-{}.{}@liaise", slugify(n), slugify(&source)),
            None => format!("deadline-ls-{id}.{}@liaise", slugify(&source)),
        };
        let changed = last_change.get(id).cloned().unwrap_or_default();
        let mut description = format!("{} (from {source})\n", e.title);
        let summary = if e.ours {
            let _ = write!(description, "{source} asks for our action by this day.");
            let late = if e.deadline < as_of { "OVERDUE, " } else { "" };
            format!("Our answer due {number}: {} ({late}to {source})", e.title)
        } else {
            let summary_state = match (e.open.len(), e.deadline < as_of) {
                (0, _) => "all answered".to_string(),
                (n, true) => format!("OVERDUE, {n} open"),
                (n, false) => format!("{n} open"),
            };
            if let Some((asked, answered, open)) = e.counts {
                let _ = writeln!(
                    description,
                    "{asked} {} asked, {answered} answered, {open} still open.",
                    if asked == 1 { "body" } else { "bodies" }
                );
            }
            if !e.open.is_empty() {
                let _ = write!(description, "Still open: {}.", e.open.join(", "));
            }
            format!("Deadline {number}: {} ({summary_state})", e.title)
        };
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{uid}"));
        line(&mut out, &format!("DTSTAMP:{}", stamp(&changed)));
        line(&mut out, &format!("LAST-MODIFIED:{}", stamp(&changed)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", e.deadline.format("%Y%m%d")));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", (e.deadline + Duration::days(1)).format("%Y%m%d")));
        line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(description.trim_end())));
        line(&mut out, "CATEGORIES:liaison deadline");
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_on_character_boundaries() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), text);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(stamp("2023-06-20T12:00:00.000000Z"), "20230620T120000Z");
    }
}
