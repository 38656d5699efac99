//! The use-cases of liaise, shared by the command line and the server: importing documents,
//! and (as they come) tracking actions, cataloguing and building the roadmap.
//!
//! This layer does the I/O the core must not: it reads files, hashes them, reads the clock and
//! talks to the store. It reports progress through a callback so that each front end shows it
//! its own way (a bar on a terminal, nothing in a pipe).

pub mod backup;
pub mod bodies;
pub mod calendar;
pub mod catalogue;
pub mod config;
pub mod convert;
pub mod demo;
pub mod doctor;
pub mod due;
pub mod due_live;
pub mod imap;
pub mod import;
pub mod lists;
pub mod meetings;
pub mod outgoing;
pub mod remind;
pub mod review;
pub mod roadmap;
pub mod setup;

use chrono::{DateTime, Utc};
use liaise_store::Who;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] liaise_store::StoreError),
    /// The error is kept as a field, not as the error's source, so that it is said once
    /// (issue 9, item 18: "No such file ... : No such file").
    #[error("{path}: {}", plain_io(error))]
    Io { path: String, error: std::io::Error },
    #[error("{0}")]
    Invalid(String),
    /// A worker thread stopped without an answer (a bug: readers return errors, never panic).
    #[error("a reader stopped unexpectedly: {0}")]
    Crashed(String),
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// The time liaise takes as "now": the real clock, unless `LIAISE_NOW` (an RFC 3339 time or a
/// date) sets it, which tests and rehearsals do, or [`rehearse_on`] moved this process's clock.
pub fn now() -> Result<DateTime<Utc>> {
    match std::env::var("LIAISE_NOW") {
        Ok(s) if !s.trim().is_empty() => parse_now(&s).ok_or_else(|| {
            AppError::Invalid(format!("LIAISE_NOW={s:?} is neither an RFC 3339 time nor a date (2023-06-20)"))
        }),
        _ => Ok(Utc::now() + REHEARSAL.get().map_or(chrono::TimeDelta::zero(), |r| r.1)),
    }
}

/// The day a rehearsal started on and how far its clock is moved from the real one.
static REHEARSAL: std::sync::OnceLock<(chrono::NaiveDate, chrono::TimeDelta)> = std::sync::OnceLock::new();

/// Moves this process's clock so that today is `day`, the clock still running: the served demo
/// does this so that its statements of 2023 are due as they were then, not all overdue. Only
/// the first call counts (a process rehearses one day).
pub fn rehearse_on(day: chrono::NaiveDate) {
    let real = Utc::now();
    let offset = day.signed_duration_since(real.date_naive());
    let _ = REHEARSAL.set((day, offset));
}

/// The day this process rehearses on, when [`rehearse_on`] moved its clock (pages say so).
pub fn rehearsal_day() -> Option<chrono::NaiveDate> {
    REHEARSAL.get().map(|r| r.0)
}

fn parse_now(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Some(t.with_timezone(&Utc));
    }
    let d = liaise_core::date::parse_date_strict(s)?;
    Some(d.and_hms_opt(12, 0, 0)?.and_utc())
}

/// Who is acting: `LIAISE_USER`, else the login name, else "cli".
pub fn actor() -> String {
    ["LIAISE_USER", "USER", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "cli".to_string())
}

/// Today, by the same clock.
pub fn today() -> Result<chrono::NaiveDate> {
    Ok(now()?.date_naive())
}

/// The actor and the time of a change made now.
pub fn who() -> Result<Who> {
    Ok(Who::new(actor(), now()?))
}

/// An I/O error in a user's words, without the "(os error 2)" code.
pub fn plain_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_can_be_set() {
        assert_eq!(parse_now("2023-06-20").map(|t| t.to_rfc3339()), Some("2023-06-20T12:00:00+00:00".to_string()));
        assert_eq!(
            parse_now("2023-06-20T08:00:00Z").map(|t| t.to_rfc3339()),
            Some("2023-06-20T08:00:00+00:00".to_string())
        );
        assert_eq!(parse_now("soon"), None);
    }
}
