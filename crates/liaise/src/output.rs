//! Printing for people (aligned tables, short lines) and for programs (JSON).

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// Prints a value as pretty JSON on stdout.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// Says what a command did: as JSON (`data`, with `"ok": true`) for programs, else as a line.
pub fn done(json: bool, data: serde_json::Value, text: impl std::fmt::Display) -> anyhow::Result<()> {
    if json {
        let mut data = data;
        if let Some(obj) = data.as_object_mut() {
            obj.insert("ok".into(), true.into());
        }
        self::json(&data)
    } else {
        println!("{text}");
        Ok(())
    }
}

/// "1 body", "3 bodies": a count with the noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Prints rows as a table with a header, columns padded to their widest cell. Cells are cut to
/// `max` characters so one long title does not push the others off the screen; the last
/// column takes what the terminal has left (at least `max`), and is never cut when the output
/// goes to a pipe or a file, where nobody's screen is too narrow.
pub fn table(header: &[&str], rows: &[Vec<String>], max: usize) {
    let flat = |s: &str| s.replace(['\n', '\t'], " ");
    let last = header.len().saturating_sub(1);
    let mut rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, c)| if i == last { flat(c) } else { liaise_core::truncate_chars(&flat(c), max) })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.chars().count());
            }
        }
    }
    if std::io::stdout().is_terminal() {
        let screen = terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0));
        let used: usize = widths.iter().take(last).map(|w| w + 2).sum();
        let room = screen.saturating_sub(used).max(max);
        for r in &mut rows {
            if let Some(c) = r.get_mut(last) {
                *c = liaise_core::truncate_chars(c, room);
            }
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let w = widths.get(i).copied().unwrap_or(0);
                if i + 1 == cells.len() { c.clone() } else { format!("{c:<w$}") }
            })
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for r in rows {
        line(r);
    }
}

/// A progress bar on stderr when stderr is a terminal; hidden otherwise, so pipes and logs stay
/// clean.
pub fn progress_bar(show: bool) -> ProgressBar {
    if !show || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}") {
        bar.set_style(style);
    }
    bar
}

/// "-" for nothing.
pub fn or_dash(s: Option<&str>) -> String {
    s.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}

/// One line about an event: its kind, then the change it made ("open -> answered") and why.
pub fn event_line(e: &liaise_store::Event, subject: &str) -> String {
    let d = &e.data;
    let text = |k: &str| d.get(k).and_then(|v| v.as_str());
    let change = match (text("from"), text("to")) {
        (Some(f), Some(t)) => format!(" {f} -> {t}"),
        (None, Some(t)) => format!(" {t}"),
        _ => String::new(),
    };
    let mut extra = Vec::new();
    for key in ["file", "comment", "reason", "request", "slot"] {
        if let Some(v) = text(key) {
            extra.push(v.to_string());
        }
    }
    let extra = if extra.is_empty() { String::new() } else { format!(" ({})", extra.join("; ")) };
    format!("{}  {:<10} {:<22} {subject}{change}{extra}", e.at, e.actor, e.kind)
}
