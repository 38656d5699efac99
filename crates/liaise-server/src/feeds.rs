//! Atom feeds (RFC 4287): new statements (all, from a body, to a body) and actions that became
//! overdue. Without an account, the statements feed holds the public statements only.

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use liaise_store::accounts::Role;
use liaise_store::ls::LsFilter;
use serde::Deserialize;
use std::fmt::Write;

/// Escapes text for XML: the HTML escape of the roadmap, without the control characters XML
/// 1.0 does not allow.
fn xml(s: &str) -> String {
    // XML 1.0 allows tab, line breaks, and U+0020..U+D7FF, U+E000..U+FFFD, U+10000 and up: a
    // title holding U+FFFF made the whole feed unreadable (found in review).
    let allowed: String = s
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (c >= '\u{20}' && !c.is_control() && c <= '\u{d7ff}')
                || ('\u{e000}'..='\u{fffd}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect();
    liaise_app::roadmap::escape(&allowed)
}

/// An RFC 3339 time from a stored one ("2026-12-02T01:00:00.123456Z").
fn rfc3339(stored: &str) -> String {
    stored.get(..19).map_or_else(|| "1970-01-01T00:00:00".to_string(), str::to_string) + "Z"
}

struct Entry {
    id: String,
    title: String,
    updated: String,
    link: String,
    summary: String,
}

fn atom(id: &str, title: &str, entries: &[Entry]) -> Response {
    let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>{}</id>\n<title>{}</title>\n<updated>{updated}</updated>\n<author><name>liaise</name></author>\n",
        xml(id),
        xml(title)
    );
    for e in entries {
        let _ = write!(
            out,
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<link href=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            xml(&e.id),
            xml(&e.title),
            e.updated,
            xml(&e.link),
            xml(&e.summary)
        );
    }
    out.push_str("</feed>\n");
    ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], out).into_response()
}

#[derive(Debug, Deserialize)]
pub struct FeedQuery {
    from: Option<String>,
    to: Option<String>,
}

/// How many entries a feed holds: the newest.
const FEED_ENTRIES: i64 = 50;

/// The newest statements (50), from a body or to a body when asked.
pub async fn statements(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<FeedQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = q.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    // The public, and rapporteurs (who read what is public beside their own body's), get the
    // public statements; members and up, all.
    let public_only = caller.principal.as_ref().is_none_or(|p| p.role < Role::Member);
    let filter = LsFilter { source: q.from.clone(), recipient: q.to.clone(), public_only, ..LsFilter::default() };
    // The newest fifty, newest first.
    let rows = state.store.list_ls_summary(&LsFilter { limit: Some(FEED_ENTRIES), descending: true, ..filter }).await?;
    let entries: Vec<Entry> = rows
        .iter()
        .map(|r| Entry {
            id: format!("urn:liaise:ls:{}", r.ls_id),
            title: format!("{} {}", r.doc_number.as_deref().unwrap_or(""), r.title).trim().to_string(),
            updated: rfc3339(&r.updated_at),
            link: format!("/api/v1/statements/{}", r.ls_id),
            summary: format!(
                "From {}; {}{}",
                r.source,
                r.deadline.map_or("no deadline".to_string(), |d| format!("deadline {d}")),
                if r.asked > 0 {
                    format!("; {} of {} bodies asked still owe", r.owing, r.asked)
                } else {
                    String::new()
                }
            ),
        })
        .collect();
    let mut title = "Liaison statements".to_string();
    if let Some(f) = &q.from {
        title.push_str(&format!(" from {f}"));
    }
    if let Some(t) = &q.to {
        title.push_str(&format!(" to {t}"));
    }
    Ok(atom("urn:liaise:feed:statements", &title, &entries))
}

#[derive(Debug, Deserialize)]
pub struct OverdueQuery {
    body: Option<String>,
}

/// The actions owed to the group whose deadline has passed, one entry per body and statement;
/// of one body with `?body=`.
pub async fn overdue(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<OverdueQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Member, false)?;
    let Query(q) = q.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let body = match &q.body {
        Some(b) => Some(state.store.find_body(b).await?.canonical),
        None => None,
    };
    let today = liaise_app::today()?;
    // The latest deadlines passed: what a reader of the feed has not seen yet.
    let items =
        liaise_app::due::overdue_latest(&state.store, Some(&state.due), today, body.clone(), FEED_ENTRIES).await?;
    let entries: Vec<Entry> = items
        .iter()
        .map(|i| {
            let deadline = i.deadline.map(|d| d.to_string()).unwrap_or_default();
            Entry {
                id: format!("urn:liaise:overdue:{}:{}", i.ls_id, i.body_id),
                title: format!("{} owes {}", i.body, i.doc_number.as_deref().unwrap_or(&i.title)),
                updated: format!("{deadline}T00:00:00Z"),
                link: format!("/api/v1/statements/{}", i.ls_id),
                summary: format!(
                    "Deadline {deadline}, {} days ago; {}",
                    -i.days_left.unwrap_or(0),
                    i.requests.join("; ")
                ),
            }
        })
        .collect();
    let title = body.map_or_else(|| "Overdue actions".to_string(), |b| format!("Overdue actions of {b}"));
    Ok(atom("urn:liaise:feed:overdue", &title, &entries))
}
