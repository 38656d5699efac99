//! The JSON API, `/api/v1`, and the OpenAPI document made from it: each handler's
//! `#[utoipa::path]` is registered with its route in one call, so the document cannot drift
//! from what is served.

mod catalogue;
mod registry;
mod search;
mod settings;
mod statements;
pub(crate) use statements::fingerprint;
mod tracking;

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use liaise_store::accounts::Role;
use serde::Serialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "liaise",
        description = "The liaison work of a standards group: the statements it exchanges with other bodies, who must act by when, who answered, and the roadmap the answers build.\n\nAuthenticate with an API token (`Authorization: Bearer liaise_...`, from `liaise users token`) or a session (POST /api/v1/session; then send the `X-CSRF-Token` header on every change). Without either, the public statements only.\n\nErrors are `application/problem+json` (RFC 9457) with a stable `type`. Dates are ISO 8601 (2023-06-30); date ranges include both ends. Unknown query parameters are ignored.",
        license(name = "MIT OR Apache-2.0")
    ),
    modifiers(&Security),
    components(schemas(Problem)),
    tags(
        (name = "statements", description = "Liaison statements, their files, history and review"),
        (name = "tracking", description = "Actions, replies, deadlines, rapporteurs"),
        (name = "registry", description = "Standards bodies and their names"),
        (name = "catalogue", description = "Specifications and reports, topics, gaps, the roadmap"),
        (name = "search", description = "One search over statements, bodies, people and the catalogue"),
        (name = "accounts", description = "Sessions and the audit trail"),
        (name = "health", description = "For load balancers and monitors"),
    )
)]
struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("liaise_...").build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// An RFC 9457 problem: what every error answer is.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A stable URI per kind of problem (`.../problems/not-found`).
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    /// What went wrong, for a person.
    pub detail: String,
}

/// The problems any read may answer with, for the document.
#[allow(dead_code)]
#[derive(utoipa::IntoResponses)]
pub enum ReadErrors {
    #[response(
        status = 400,
        description = "The request is not one this endpoint takes",
        content_type = "application/problem+json"
    )]
    BadRequest(Problem),
    #[response(
        status = 401,
        description = "An account is needed, or the token is not valid",
        content_type = "application/problem+json"
    )]
    Unauthorized(Problem),
    #[response(
        status = 403,
        description = "The account's role or token does not allow this",
        content_type = "application/problem+json"
    )]
    Forbidden(Problem),
    #[response(
        status = 404,
        description = "No such thing (or not for this caller)",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(status = 408, description = "The request took too long", content_type = "application/problem+json")]
    Timeout(Problem),
    #[response(
        status = 500,
        description = "Something went wrong on the server (it is logged)",
        content_type = "application/problem+json"
    )]
    Internal(Problem),
    #[response(status = 503, description = "The database is not reachable", content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// The problems any write may answer with, for the document.
#[allow(dead_code)]
#[derive(utoipa::IntoResponses)]
pub enum WriteErrors {
    #[response(
        status = 400,
        description = "The request is not one this endpoint takes",
        content_type = "application/problem+json"
    )]
    BadRequest(Problem),
    #[response(
        status = 401,
        description = "An account is needed, or the token is not valid",
        content_type = "application/problem+json"
    )]
    Unauthorized(Problem),
    #[response(
        status = 403,
        description = "The role, the token's scope or the CSRF token does not allow this",
        content_type = "application/problem+json"
    )]
    Forbidden(Problem),
    #[response(
        status = 404,
        description = "No such thing (or not for this caller)",
        content_type = "application/problem+json"
    )]
    NotFound(Problem),
    #[response(status = 408, description = "The request took too long", content_type = "application/problem+json")]
    Timeout(Problem),
    #[response(
        status = 409,
        description = "The change conflicts with what is stored",
        content_type = "application/problem+json"
    )]
    Conflict(Problem),
    #[response(
        status = 412,
        description = "The thing changed since it was read (If-Match)",
        content_type = "application/problem+json"
    )]
    PreconditionFailed(Problem),
    #[response(status = 413, description = "The body is too large", content_type = "application/problem+json")]
    TooLarge(Problem),
    #[response(
        status = 415,
        description = "The body is of a type this endpoint does not take",
        content_type = "application/problem+json"
    )]
    UnsupportedMediaType(Problem),
    #[response(
        status = 422,
        description = "Nothing could be read from what was sent",
        content_type = "application/problem+json"
    )]
    Unprocessable(Problem),
    #[response(
        status = 428,
        description = "The write must say which version it changes (If-Match)",
        content_type = "application/problem+json"
    )]
    PreconditionRequired(Problem),
    #[response(
        status = 429,
        description = "Too many attempts: try again later (Retry-After)",
        content_type = "application/problem+json"
    )]
    TooMany(Problem),
    #[response(
        status = 500,
        description = "Something went wrong on the server (it is logged)",
        content_type = "application/problem+json"
    )]
    Internal(Problem),
    #[response(status = 503, description = "The database is not reachable", content_type = "application/problem+json")]
    Unavailable(Problem),
}

/// The routes of the API with their OpenAPI document.
pub fn routes() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(statements::list_statements, statements::upload_statement))
        .routes(routes!(statements::show_statement, statements::edit_statement))
        .routes(routes!(statements::history))
        .routes(routes!(statements::set_state))
        .routes(routes!(statements::set_public))
        .routes(routes!(statements::files))
        .routes(routes!(statements::file))
        .routes(routes!(statements::review_queue))
        .routes(routes!(statements::review_item, statements::review_edit))
        .routes(routes!(statements::review_accept))
        .routes(routes!(statements::review_reject))
        .routes(routes!(tracking::list_actions))
        .routes(routes!(tracking::set_action))
        .routes(routes!(tracking::unmatched_replies))
        .routes(routes!(tracking::link_reply))
        .routes(routes!(tracking::unlink_reply))
        .routes(routes!(tracking::due))
        .routes(routes!(tracking::due_statements))
        .routes(routes!(tracking::rapporteurs, tracking::add_rapporteur))
        .routes(routes!(tracking::calendar))
        .routes(routes!(registry::list_bodies, registry::add_body))
        .routes(routes!(registry::show_body))
        .routes(routes!(registry::add_alias))
        .routes(routes!(registry::confirm_body))
        .routes(routes!(registry::merge_body))
        .routes(routes!(registry::people))
        .routes(routes!(catalogue::list_entries, catalogue::import_entries))
        .routes(routes!(catalogue::show_entry))
        .routes(routes!(catalogue::tag_entry))
        .routes(routes!(catalogue::topics, catalogue::add_topic))
        .routes(routes!(catalogue::rename_topic))
        .routes(routes!(catalogue::relate_topic))
        .routes(routes!(catalogue::seed_topics))
        .routes(routes!(catalogue::gaps))
        .routes(routes!(catalogue::roadmap))
        .routes(routes!(search::search))
        .routes(routes!(crate::session::whoami, crate::session::login, crate::session::logout))
        .routes(routes!(audit))
        .routes(routes!(settings::settings))
        .routes(routes!(settings::test_mail))
        .routes(routes!(settings::revoke_token))
        .routes(routes!(settings::add_user))
        .routes(routes!(settings::change_user))
        .split_for_parts();
    (router, described(doc))
}

/// Every answer of the document has a description (OpenAPI requires one): an answer whose
/// handler gave none is described by its status ("OK", "Created").
fn described(mut doc: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    for item in doc.paths.paths.values_mut() {
        for op in
            [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch].into_iter().flatten()
        {
            for (status, response) in op.responses.responses.iter_mut() {
                if let utoipa::openapi::RefOr::T(r) = response
                    && r.description.is_empty()
                {
                    let reason = status
                        .parse::<u16>()
                        .ok()
                        .and_then(|s| axum::http::StatusCode::from_u16(s).ok())
                        .and_then(|s| s.canonical_reason())
                        .unwrap_or("The answer");
                    r.description = reason.to_string();
                }
            }
        }
    }
    doc
}

/// A year filter: four digits of a plausible year.
pub(crate) fn year(y: Option<i32>) -> Result<Option<i32>, ApiError> {
    match y {
        Some(y) if !(1865..=2200).contains(&y) => Err(ApiError::BadRequest(format!("year {y}: a year such as 2023"))),
        other => Ok(other),
    }
}

/// A page of a list, with the total the filters match.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T: ToSchema> {
    pub items: Vec<T>,
    pub page: i64,
    pub size: i64,
    pub total: i64,
}

/// Everything of a list, at once (lists that stay short: bodies, topics, gaps, ...).
#[derive(Debug, Serialize, ToSchema)]
pub struct Items<T: ToSchema> {
    pub items: Vec<T>,
}

pub const MAX_PAGE_SIZE: i64 = 500;

/// Checks a page and its size, and gives the offset of its first row.
pub fn page(page: Option<i64>, size: Option<i64>) -> Result<(i64, i64, i64), ApiError> {
    let size = size.unwrap_or(50);
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::BadRequest(format!("size: from 1 to {MAX_PAGE_SIZE}")));
    }
    let page = page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::BadRequest("page: 1 or more".into()));
    }
    let offset = (page - 1)
        .checked_mul(size)
        .ok_or_else(|| ApiError::BadRequest("page: too far (no list is that long)".into()))?;
    Ok((page, size, offset))
}

pub fn date(name: &str, value: Option<&str>) -> Result<Option<chrono::NaiveDate>, ApiError> {
    value
        .map(|v| {
            liaise_core::date::parse_date_strict(v)
                .ok_or_else(|| ApiError::BadRequest(format!("{name}: {v:?} is not a date (2023-06-30)")))
        })
        .transpose()
}

/// A query string that does not parse ("page=abc") is a problem too, not axum's plain text.
pub fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q).map_err(|e| ApiError::BadRequest(e.body_text()))
}

/// A JSON body: one not sent as JSON is 415, one that does not parse (or holds text that hides
/// itself) is 400.
pub fn json_body<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, ApiError> {
    match body {
        Ok(Json(v)) => Ok(v),
        Err(JsonRejection::MissingJsonContentType(_)) => {
            Err(ApiError::UnsupportedMediaType("send the body as JSON (Content-Type: application/json)".into()))
        }
        Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
            Err(ApiError::PayloadTooLarge(format!("a request is at most {} MiB", crate::MAX_BODY_BYTES / 1024 / 1024)))
        }
        Err(e) => Err(ApiError::BadRequest(e.body_text())),
    }
}

/// The media type of a request's body, without its parameters, in lower case ("" without one).
pub fn content_type(headers: &axum::http::HeaderMap) -> String {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_lowercase())
        .unwrap_or_default()
}

/// The body of an upload: over the limit is 413 (`what` says what is at most that large).
pub fn upload_body(
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
    what: &str,
) -> Result<axum::body::Bytes, ApiError> {
    body.map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge(format!("{what} is at most {} MiB", crate::MAX_BODY_BYTES / 1024 / 1024))
        } else {
            ApiError::BadRequest(e.body_text())
        }
    })
}

/// Text given in a query that cannot be text to look for.
pub fn plain_text(fields: &[(&str, &Option<String>)]) -> Result<(), ApiError> {
    for (name, v) in fields {
        if v.as_deref().is_some_and(|v| v.chars().any(char::is_control)) {
            return Err(ApiError::BadRequest(format!("{name}: control characters are no text to look for")));
        }
    }
    Ok(())
}

/// Whether a value holds characters that hide or reorder text: control characters other than
/// line breaks and tabs, and the Unicode direction overrides and isolates.
pub fn hides_text(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => hides(s),
        serde_json::Value::Array(a) => a.iter().any(hides_text),
        serde_json::Value::Object(o) => o.values().any(hides_text),
        _ => false,
    }
}

pub fn hides(s: &str) -> bool {
    s.chars().any(|c| {
        (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

/// Refuses text fields of a request that hide themselves (a name is shown to many people).
pub fn visible(fields: &[(&str, Option<&str>)]) -> Result<(), ApiError> {
    for (name, v) in fields {
        if v.is_some_and(hides) {
            return Err(ApiError::BadRequest(format!(
                "{name}: control characters and direction overrides are not text"
            )));
        }
    }
    Ok(())
}

/// The canonical name of a rapporteur's body: what they may see is what is addressed to it.
pub async fn own_body(state: &AppState, caller: &Caller) -> Result<Option<String>, ApiError> {
    let Some(p) = caller.principal.as_ref().filter(|p| p.role == Role::Rapporteur) else { return Ok(None) };
    let reg = state.store.shared_registry().await?;
    let body = p.body_id.and_then(|b| reg.canonical(b).map(str::to_string));
    body.map(Some).ok_or_else(|| ApiError::Forbidden("this rapporteur's account names no body".into()))
}

/// A read's answer from the cache when nothing changed since it was rendered for this kind of
/// caller, else rendered by `render` (and kept). The kind of caller is what decides what a
/// read shows: the public, a rapporteur of one body, or an account that reads everything.
/// The roadmap's summary, as the web app reads it, and its warmer.
pub use catalogue::{SUMMARY_URI as ROADMAP_SUMMARY, warm_summary as warm_roadmap};

/// Renders an answer ahead of its first request and keeps it as `cached` would for a member
/// (the server's warmer: the roadmap of 100,000 entries takes a quarter of a second, which the
/// first reader after a change would otherwise wait).
pub(crate) async fn warm<F, Fut>(state: &AppState, uri: &str, render: F) -> Result<(), ApiError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<crate::cache::Rendered, ApiError>>,
{
    let key = format!("all|{}|{uri}", liaise_app::today()?);
    let stamp = state.store.data_stamp().await?;
    if state.cache.get(stamp, &key).is_some() {
        return Ok(());
    }
    let flight = state.cache.flight(&key);
    let _rendering = flight.lock().await;
    let answer = render().await?;
    state.cache.put(stamp, key, answer);
    Ok(())
}

pub async fn cached<F, Fut>(
    state: &AppState,
    caller: &Caller,
    uri: &axum::http::Uri,
    render: F,
) -> Result<crate::cache::Rendered, ApiError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<crate::cache::Rendered, ApiError>>,
{
    let view = match &caller.principal {
        None => "public".to_string(),
        Some(p) if p.role == Role::Rapporteur => format!("rapporteur:{:?}", p.body_id),
        Some(_) => "all".to_string(),
    };
    // Answers that depend on the day (the due list's default) are kept for their day.
    let key = format!("{view}|{}|{uri}", liaise_app::today()?);
    cached_key(state, key, render).await
}

/// [`cached`] under a key the caller makes (a page kept per session, say).
pub async fn cached_key<F, Fut, E>(state: &AppState, key: String, render: F) -> Result<crate::cache::Rendered, E>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<crate::cache::Rendered, E>>,
    E: From<liaise_store::StoreError>,
{
    if let Some(hit) = state.cache.get(state.store.data_stamp().await?, &key) {
        return Ok(hit);
    }
    // One request renders; those that ask for the same answer meanwhile get the one rendered
    // before, at once, when there is one (readers are never queued behind a rendering while
    // writes keep coming), else wait for this one. The stamp is read before rendering, so that
    // a change during it is not hidden.
    let flight = state.cache.flight(&key);
    let _rendering = match flight.try_lock() {
        Ok(guard) => guard,
        Err(_) => match state.cache.last(&key) {
            Some(previous) => return Ok(previous),
            None => flight.lock().await,
        },
    };
    let stamp = state.store.data_stamp().await?;
    if let Some(hit) = state.cache.get(stamp, &key) {
        return Ok(hit);
    }
    let answer = render().await?;
    state.cache.put(stamp, key, answer.clone());
    Ok(answer)
}

/// A JSON answer of the cache.
pub fn json_response(r: &crate::cache::Rendered) -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut response = ([(axum::http::header::CONTENT_TYPE, "application/json")], r.body.clone()).into_response();
    if let Some(etag) = r.etag.as_deref().and_then(|e| axum::http::HeaderValue::from_str(e).ok()) {
        response.headers_mut().insert(axum::http::header::ETAG, etag);
    }
    response
}

/// Renders a value as a JSON answer to keep.
pub fn rendered_json<T: Serialize>(v: &T) -> Result<crate::cache::Rendered, ApiError> {
    let body = serde_json::to_string(v).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(crate::cache::Rendered { body: body.into(), etag: None })
}

pub fn to_value<T: Serialize>(v: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(v).map_err(|e| ApiError::Internal(e.to_string()))
}

#[derive(Debug, Serialize, ToSchema)]
struct Health {
    status: String,
}

#[derive(Debug, Serialize, ToSchema)]
struct Ready {
    status: String,
    statements: i64,
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok".into() })
}

/// The database answers (its schema was brought up to date when the server opened it).
#[utoipa::path(get, path = "/readyz", tag = "health", responses((status = 200, body = Ready), ReadErrors))]
async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> Result<Json<Ready>, ApiError> {
    let n = state.store.count_ls().await.map_err(|e| ApiError::Unavailable(e.to_string()))?;
    Ok(Json(Ready { status: "ready".into(), statements: n }))
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct AuditQuery {
    /// ls, action, body, user, token, entry, topic, gap, ...
    entity: Option<String>,
    entity_id: Option<i64>,
    /// The kind of event ("ls.edited").
    kind: Option<String>,
    /// Words of the actor (a login).
    actor: Option<String>,
    /// Events at or after this time (ISO 8601).
    since: Option<String>,
    /// The cursor: the `next` of the page before.
    before: Option<i64>,
    /// From 1 to 1000 (100).
    limit: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
struct AuditPage {
    items: Vec<liaise_store::Event>,
    /// The cursor of the next page (`before=`), when there may be one.
    next: Option<i64>,
}

/// The audit trail for admins: every change, who made it (account, request id, address),
/// newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/audit", tag = "accounts", params(AuditQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = AuditPage), ReadErrors))]
async fn audit(
    axum::extract::State(state): axum::extract::State<AppState>,
    caller: Caller,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Json<AuditPage>, ApiError> {
    caller.require(Role::Admin, false)?;
    let q = query(q)?;
    plain_text(&[("entity", &q.entity), ("kind", &q.kind), ("actor", &q.actor), ("since", &q.since)])?;
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
    Ok(Json(AuditPage { items: events, next }))
}
