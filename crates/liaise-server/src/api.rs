//! The JSON API, `/api/v1`: statements (list with the filters of `ls list`, paged; one with its
//! actions, with an ETag), the due list, bodies by any name; and the health checks.

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use liaise_store::accounts::Role;
use liaise_store::ls::LsFilter;
use liaise_store::track::ActionFilter;
use serde::Deserialize;
use sha2::{Digest, Sha256};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/v1/statements", get(list_statements).post(upload_statement))
        .route("/api/v1/statements/{id}", get(show_statement).patch(edit_statement))
        .route("/api/v1/actions/{id}", axum::routing::patch(set_action))
        .route("/api/v1/due", get(due))
        .route("/api/v1/bodies/{name}", get(show_body))
        .route("/api/v1/audit", get(audit))
        .route("/calendar.ics", get(calendar))
        .route("/feeds/statements.atom", get(crate::feeds::statements))
        .route("/feeds/overdue.atom", get(crate::feeds::overdue))
        .fallback(not_found)
}

async fn not_found() -> ApiError {
    ApiError::NotFound("no such resource".into())
}

/// The process is up.
async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// The database answers (its schema was brought up to date when the server opened it).
async fn readyz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    let n = state.store.count_ls().await.map_err(|e| ApiError::Unavailable(e.to_string()))?;
    Ok(Json(serde_json::json!({ "status": "ready", "statements": n })))
}

/// The filters of `liaise ls list`, and a page.
#[derive(Debug, Deserialize)]
struct ListQuery {
    source: Option<String>,
    recipient: Option<String>,
    state: Option<String>,
    direction: Option<String>,
    kind: Option<String>,
    text: Option<String>,
    deadline_before: Option<String>,
    deadline_after: Option<String>,
    #[serde(default)]
    unanswered: bool,
    page: Option<i64>,
    size: Option<i64>,
}

const MAX_PAGE_SIZE: i64 = 500;

fn date(name: &str, value: Option<&str>) -> Result<Option<chrono::NaiveDate>, ApiError> {
    value
        .map(|v| {
            liaise_core::date::parse_date_strict(v)
                .ok_or_else(|| ApiError::BadRequest(format!("{name}: {v:?} is not a date (2023-06-30)")))
        })
        .transpose()
}

/// A query string that does not parse ("page=abc") is a problem too, not axum's plain text.
fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q).map_err(|e| ApiError::BadRequest(e.body_text()))
}

/// The canonical name of a rapporteur's body: what they may see is what is addressed to it.
async fn own_body(state: &AppState, caller: &Caller) -> Result<Option<String>, ApiError> {
    let Some(p) = caller.principal.as_ref().filter(|p| p.role == Role::Rapporteur) else { return Ok(None) };
    let reg = state.store.registry().await?;
    let body = p.body_id.and_then(|b| reg.canonical(b).map(str::to_string));
    body.map(Some).ok_or_else(|| ApiError::Forbidden("this rapporteur's account names no body".into()))
}

async fn list_statements(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    // Without an account, the public statements only (a list row holds no personal data).
    let public_only = caller.principal.is_none();
    if !public_only {
        caller.require(Role::Rapporteur, false)?;
    }
    let mut q = query(q)?;
    for (name, v) in [("text", &q.text), ("source", &q.source), ("recipient", &q.recipient)] {
        if v.as_deref().is_some_and(|v| v.chars().any(char::is_control)) {
            return Err(ApiError::BadRequest(format!("{name}: control characters are no text to look for")));
        }
    }
    if let Some(body) = own_body(&state, &caller).await? {
        q.recipient = Some(body);
    }
    let size = q.size.unwrap_or(50);
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::BadRequest(format!("size: from 1 to {MAX_PAGE_SIZE}")));
    }
    let page = q.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::BadRequest("page: 1 or more".into()));
    }
    if let Some(s) = &q.state
        && liaise_core::track::LsState::parse(s).is_none()
    {
        return Err(ApiError::BadRequest(format!("state {s:?}: one of draft, approved, sent, received, dead")));
    }
    if let Some(d) = &q.direction
        && !matches!(d.as_str(), "incoming" | "outgoing")
    {
        return Err(ApiError::BadRequest(format!("direction {d:?}: incoming or outgoing")));
    }
    let kind = match q.kind.as_deref() {
        None => None,
        Some("ls" | "statement") => Some("liaison statement".to_string()),
        Some("reply") => Some("reply".to_string()),
        Some(k) => return Err(ApiError::BadRequest(format!("kind {k:?}: ls or reply"))),
    };
    let mut filter = LsFilter {
        source: q.source,
        recipient: q.recipient,
        deadline_before: date("deadline_before", q.deadline_before.as_deref())?,
        deadline_after: date("deadline_after", q.deadline_after.as_deref())?,
        state: q.state,
        direction: q.direction,
        kind,
        text: q.text,
        unanswered: q.unanswered,
        public_only,
        ..LsFilter::default()
    };
    let total = state.store.count_ls_filtered(&filter).await?;
    filter.limit = Some(size);
    filter.offset = Some((page - 1) * size);
    let items = state.store.list_ls_summary(&filter).await?;
    Ok(Json(serde_json::json!({ "items": items, "page": page, "size": size, "total": total })))
}

/// One statement as the API shows it: the record with its actions and links.
async fn statement_value(
    state: &AppState,
    id: &str,
) -> Result<(liaise_store::ls::LsView, serde_json::Value), ApiError> {
    let view = state.store.get_ls(id).await?;
    let actions = state.store.actions(&ActionFilter { ls_id: Some(view.id), ..ActionFilter::default() }).await?;
    let (answers, answered_by) = state.store.links_of(view.id).await?;
    let mut json = view.to_json();
    if let Some(obj) = json.as_object_mut() {
        obj.insert("ls_id".into(), view.id.into());
        obj.insert("actions".into(), serde_json::to_value(&actions).map_err(|e| ApiError::Internal(e.to_string()))?);
        obj.insert("answers".into(), answers.into());
        obj.insert("answered_by".into(), answered_by.into());
    }
    Ok((view, json))
}

/// The body of a response and its ETag, the hash of that body: any change to what is shown
/// changes it. `kind` keeps the ETags of the public and the rapporteur's views apart.
fn rendered(kind: &str, json: &serde_json::Value) -> (String, String) {
    let body = json.to_string();
    let hash: String = Sha256::digest(body.as_bytes()).iter().take(16).map(|b| format!("{b:02x}")).collect();
    (body, format!("\"{kind}{hash}\""))
}

/// One statement as a member sees it, with its ETag.
async fn statement_json(state: &AppState, id: &str) -> Result<(liaise_store::ls::LsView, String, String), ApiError> {
    let (view, json) = statement_value(state, id).await?;
    let (body, etag) = rendered("", &json);
    Ok((view, body, etag))
}

fn with_etag(body: String, etag: &str) -> Response {
    let mut response = ([(header::CONTENT_TYPE, "application/json")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    response
}

/// One statement, with its actions and links; 304 when the client has this version.
async fn show_statement(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (view, mut json) = statement_value(&state, &id).await?;
    let (body, etag) = match (&caller.principal, own_body(&state, &caller).await?) {
        // Without an account: a public statement, with every e-mail address and telephone
        // number taken out; a private one does not exist.
        (None, _) => {
            if !state.store.is_public(view.id).await? {
                return Err(ApiError::NotFound(format!("no public statement has the id or number {id:?}")));
            }
            crate::redact::personal_data(&mut json);
            rendered("p", &json)
        }
        // A rapporteur sees what is addressed to their body (and what is public), with their
        // own body's actions only; anything else does not exist for them.
        (Some(_), Some(own)) => {
            let addressed = view.names.iter().any(|n| n.body.as_deref() == Some(own.as_str()));
            if !addressed && !state.store.is_public(view.id).await? {
                return Err(ApiError::NotFound(format!("no statement has the id or number {id:?}")));
            }
            if let Some(actions) = json.get_mut("actions").and_then(|a| a.as_array_mut()) {
                actions.retain(|a| a["body"] == own.as_str());
            }
            if !addressed {
                crate::redact::personal_data(&mut json);
            }
            rendered("r", &json)
        }
        (Some(_), None) => {
            caller.require(Role::Rapporteur, false)?;
            rendered("", &json)
        }
    };
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    Ok(with_etag(body, &etag))
}

/// Corrects fields of a statement (`{"title": ..., "deadline": "2023-07-31"}`, the record's field
/// names), as `liaise ls edit` does. The write must name the version it corrects (`If-Match`
/// with the ETag read): two people editing one statement never overwrite each other unseen.
async fn edit_statement(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Json<serde_json::Map<String, serde_json::Value>>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    if let Err(axum::extract::rejection::JsonRejection::MissingJsonContentType(_)) = &body {
        return Err(ApiError::UnsupportedMediaType("send the fields as JSON (Content-Type: application/json)".into()));
    }
    let Json(fields) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    // Text that hides itself (NUL, other control characters, direction overrides) is refused:
    // a title is shown to many people, in feeds and pages.
    if let Some((k, _)) = fields.iter().find(|(_, v)| hides_text(v)) {
        return Err(ApiError::BadRequest(format!("{k}: control characters and direction overrides are not text")));
    }
    if fields.is_empty() {
        return Err(ApiError::BadRequest("nothing to change: send the fields to correct".into()));
    }
    let (view, _, etag) = statement_json(&state, &id).await?;
    let Some(if_match) = headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) else {
        return Err(ApiError::PreconditionRequired(
            "send If-Match with the ETag of the version you corrected (GET it first)".into(),
        ));
    };
    if !if_match.split(',').any(|t| t.trim() == etag || t.trim() == "*") {
        return Err(ApiError::PreconditionFailed(
            "the statement changed since you read it: GET it again and redo the correction".into(),
        ));
    }
    // The check above and the write below are made one by claiming the version read: of two
    // edits that read the same version at once, one claims it, the other is told (found in
    // review: six parallel PATCHes with one If-Match all succeeded).
    let who = caller.who(p);
    if !state.store.claim_ls_version(view.id, &view.updated_at, &who).await? {
        return Err(ApiError::PreconditionFailed(
            "the statement changed since you read it: GET it again and redo the correction".into(),
        ));
    }
    let mut registry = state.store.registry().await?;
    state.store.ls_edit(&mut registry, view.id, &fields, &who).await?;
    let (_, body, etag) = statement_json(&state, &view.id.to_string()).await?;
    Ok(with_etag(body, &etag))
}

#[derive(Debug, Deserialize)]
struct UploadQuery {
    /// The file's name, as the reader and the record keep it.
    name: Option<String>,
}

/// The types a statement arrives in; anything else is refused before it is read.
const UPLOAD_TYPES: &[&str] = &[
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
    "application/vnd.oasis.opendocument.text",
    "application/pdf",
    "text/plain",
    "text/markdown",
    "text/html",
    "message/rfc822",
    "application/mbox",
    "application/octet-stream",
];

/// Imports a statement sent as the request's body (a .docx, PDF, text, web page, e-mail or
/// mailbox), as `liaise import` does: 201 with what each file became.
async fn upload_statement(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    q: Result<Query<UploadQuery>, QueryRejection>,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let q = query(q)?;
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_lowercase())
        .unwrap_or_default();
    if !UPLOAD_TYPES.contains(&kind.as_str()) {
        return Err(ApiError::UnsupportedMediaType(format!(
            "{}: send a statement as .docx, .doc, .odt, PDF, text, Markdown, HTML or e-mail (Content-Type)",
            if kind.is_empty() { "no Content-Type".to_string() } else { kind }
        )));
    }
    let bytes = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge(format!("a statement is at most {} MiB", crate::MAX_BODY_BYTES / 1024 / 1024))
        } else {
            ApiError::BadRequest(e.body_text())
        }
    })?;
    if bytes.is_empty() {
        return Err(ApiError::BadRequest("the body is empty: send the file".into()));
    }
    let name = q.name.unwrap_or_else(|| "upload".into());
    let reports = liaise_app::import::import_upload(&state.store, &name, &bytes, &caller.who(p)).await?;
    let json = serde_json::to_value(&reports).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "files": json }))).into_response())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionChange {
    state: String,
    comment: Option<String>,
}

/// Moves an action to another state, with a comment for the record.
async fn set_action(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, axum::extract::rejection::PathRejection>,
    body: Result<Json<ActionChange>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(id) = id.map_err(|_| ApiError::BadRequest("an action's id is a number".into()))?;
    let Json(change) = body.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let to = liaise_core::track::ActionState::parse(&change.state).ok_or_else(|| {
        ApiError::BadRequest(format!("state {:?}: open, acknowledged, answered, declined or withdrawn", change.state))
    })?;
    let done = state.store.set_action_states(&[id], to, change.comment.as_deref(), &caller.who(p)).await?;
    let from = done.first().map(|(_, s)| *s);
    Ok(Json(serde_json::json!({ "id": id, "from": from, "to": to })))
}

#[derive(Debug, Deserialize)]
struct DueQuery {
    as_of: Option<String>,
    body: Option<String>,
    within_days: Option<i64>,
    #[serde(default)]
    overdue: bool,
}

/// What is owed to the group and what it owes, as `liaise due --json`.
async fn due(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<DueQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let mut q = query(q)?;
    // A rapporteur sees what their own body owes.
    if let Some(body) = own_body(&state, &caller).await? {
        q.body = Some(body);
    }
    let as_of = match date("as_of", q.as_of.as_deref())? {
        Some(d) => d,
        None => liaise_app::today()?,
    };
    let options =
        liaise_app::due::DueOptions { as_of, within_days: q.within_days, overdue_only: q.overdue, body: q.body };
    let report = liaise_app::due::due(&state.store, &options).await?;
    Ok(Json(serde_json::to_value(report).map_err(|e| ApiError::Internal(e.to_string()))?))
}

/// A body by any of its names.
async fn show_body(
    State(state): State<AppState>,
    caller: Caller,
    Path(name): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let body = state.store.find_body(&name).await?;
    Ok(Json(serde_json::to_value(body).map_err(|e| ApiError::Internal(e.to_string()))?))
}

#[derive(Debug, Deserialize)]
struct AuditQuery {
    entity: Option<String>,
    entity_id: Option<i64>,
    kind: Option<String>,
    actor: Option<String>,
    since: Option<String>,
    /// The cursor: the `next` of the page before.
    before: Option<i64>,
    limit: Option<i64>,
}

/// The audit trail for admins: every change, who made it (account and request id), newest
/// first, a page at a time (`next` is the cursor of the following page).
async fn audit(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require(Role::Admin, false)?;
    let q = query(q)?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::BadRequest("limit: from 1 to 1000".into()));
    }
    let filter = liaise_store::EventFilter {
        entity: q.entity,
        entity_id: q.entity_id,
        kind: q.kind,
        actor: q.actor,
        since: q.since,
        before_id: q.before,
        limit,
    };
    let events = state.store.audit(&filter).await?;
    let next = if events.len() as i64 == limit { events.last().map(|e| e.id) } else { None };
    Ok(Json(serde_json::json!({ "items": events, "next": next })))
}

#[derive(Debug, Deserialize)]
struct CalendarQuery {
    as_of: Option<String>,
}

/// The deadline calendar (RFC 5545), as `liaise calendar` writes it, for members' calendars.
async fn calendar(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<CalendarQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Member, false)?;
    let q = query(q)?;
    let as_of = match date("as_of", q.as_of.as_deref())? {
        Some(d) => d,
        None => liaise_app::today()?,
    };
    let ics = liaise_app::calendar::calendar(&state.store, as_of).await?;
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response())
}

/// Whether a value holds characters that hide or reorder text: control characters other than
/// line breaks and tabs, and the Unicode direction overrides and isolates.
fn hides_text(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.chars().any(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        }),
        serde_json::Value::Array(a) => a.iter().any(hides_text),
        serde_json::Value::Object(o) => o.values().any(hides_text),
        _ => false,
    }
}
