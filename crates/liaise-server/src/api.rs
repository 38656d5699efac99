//! The JSON API, `/api/v1`: statements (list with the filters of `ls list`, paged; one with its
//! actions, with an ETag), the due list, bodies by any name; and the health checks.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use liaise_store::ls::LsFilter;
use liaise_store::track::ActionFilter;
use serde::Deserialize;
use sha2::{Digest, Sha256};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/v1/statements", get(list_statements))
        .route("/api/v1/statements/{id}", get(show_statement))
        .route("/api/v1/due", get(due))
        .route("/api/v1/bodies/{name}", get(show_body))
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

async fn list_statements(
    State(state): State<AppState>,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let q = query(q)?;
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
        ..LsFilter::default()
    };
    let total = state.store.count_ls_filtered(&filter).await?;
    filter.limit = Some(size);
    filter.offset = Some((page - 1) * size);
    let items = state.store.list_ls_summary(&filter).await?;
    Ok(Json(serde_json::json!({ "items": items, "page": page, "size": size, "total": total })))
}

/// One statement, with its actions and links. The ETag is the hash of the body: a client that
/// has this version gets 304.
async fn show_statement(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let view = state.store.get_ls(&id).await?;
    let actions = state.store.actions(&ActionFilter { ls_id: Some(view.id), ..ActionFilter::default() }).await?;
    let (answers, answered_by) = state.store.links_of(view.id).await?;
    let mut json = view.to_json();
    if let Some(obj) = json.as_object_mut() {
        obj.insert("ls_id".into(), view.id.into());
        obj.insert("actions".into(), serde_json::to_value(&actions).map_err(|e| ApiError::Internal(e.to_string()))?);
        obj.insert("answers".into(), answers.into());
        obj.insert("answered_by".into(), answered_by.into());
    }
    let body = json.to_string();
    let etag = format!(
        "\"{}\"",
        Sha256::digest(body.as_bytes()).iter().take(16).map(|b| format!("{b:02x}")).collect::<String>()
    );
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    let mut response = ([(header::CONTENT_TYPE, "application/json")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, v);
    }
    Ok(response)
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
    q: Result<Query<DueQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let q = query(q)?;
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
    Path(name): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let body = state.store.find_body(&name).await?;
    Ok(Json(serde_json::to_value(body).map_err(|e| ApiError::Internal(e.to_string()))?))
}
