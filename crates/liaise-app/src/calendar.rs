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
use liaise_store::ls::LsFilter;
use liaise_store::track::ActionFilter;
use std::collections::BTreeMap;
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

/// Builds the calendar. `as_of` marks deadlines that passed with bodies still open.
pub async fn calendar(store: &Store, as_of: NaiveDate) -> Result<String> {
    let report = due(store, &DueOptions { as_of, within_days: None, overdue_only: false, body: None }).await?;
    let mut open: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for item in &report.items {
        open.entry(item.ls_id).or_default().push(item.body.clone());
    }
    let mut last_change: BTreeMap<i64, String> = BTreeMap::new();
    for a in store.actions(&ActionFilter { living_only: true, ..ActionFilter::default() }).await? {
        let e = last_change.entry(a.ls_id).or_default();
        if a.updated_at > *e {
            *e = a.updated_at;
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
    let views = store.list_ls(&LsFilter::default()).await?;
    for v in views.iter().filter(|v| v.state != "dead") {
        let Some(deadline) = v.record.deadline else { continue };
        let number = v.record.doc_number.clone().unwrap_or_else(|| format!("#{}", v.id));
        let uid = match &v.record.doc_number {
            Some(n) => format!("deadline-{}.{}@liaise", slugify(n), slugify(&v.source)),
            None => format!("deadline-ls-{}.{}@liaise", v.id, slugify(&v.source)),
        };
        let changed =
            last_change.get(&v.id).filter(|c| **c > v.updated_at).cloned().unwrap_or_else(|| v.updated_at.clone());
        let bodies = open.get(&v.id).cloned().unwrap_or_default();
        let summary_state = match (bodies.len(), deadline < as_of) {
            (0, _) => "all answered".to_string(),
            (n, true) => format!("OVERDUE, {n} open"),
            (n, false) => format!("{n} open"),
        };
        let asked = report.statements.iter().find(|s| s.ls_id == v.id);
        let mut description = format!("{} (from {})\n", v.record.title, v.source);
        if let Some(s) = asked {
            let _ = writeln!(description, "{} bodies asked, {} answered, {} still open.", s.asked, s.answered, s.open);
        }
        if !bodies.is_empty() {
            let _ = write!(description, "Still open: {}.", bodies.join(", "));
        }
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{uid}"));
        line(&mut out, &format!("DTSTAMP:{}", stamp(&changed)));
        line(&mut out, &format!("LAST-MODIFIED:{}", stamp(&changed)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", deadline.format("%Y%m%d")));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", (deadline + Duration::days(1)).format("%Y%m%d")));
        line(
            &mut out,
            &format!("SUMMARY:{}", escape(&format!("Deadline {number}: {} ({summary_state})", v.record.title))),
        );
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
