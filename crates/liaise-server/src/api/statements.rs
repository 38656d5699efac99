//! Statements: the list (the filters of `ls list`, paged and sorted), one statement with its
//! actions and an ETag, corrections with If-Match, uploads, history, state, public flag, and
//! the review queue of readings that wait for a person.

use super::{Page, ReadErrors, WriteErrors, date, hides_text, json_body, own_body, plain_text, query};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use liaise_store::accounts::Role;
use liaise_store::ls::{LsFilter, LsSort, LsSummary};
use liaise_store::review::ReviewItem;
use liaise_store::track::ActionFilter;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};

/// The filters of `liaise ls list`, a page and an order.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// A name of the source body (any spelling the registry knows).
    source: Option<String>,
    /// A name of a recipient body, in any recipient list.
    recipient: Option<String>,
    /// draft, approved, sent, received or dead.
    state: Option<String>,
    /// incoming or outgoing.
    direction: Option<String>,
    /// ls or reply.
    kind: Option<String>,
    /// Words the title contains, in any case.
    text: Option<String>,
    /// Deadlines on or before this day (2023-06-30).
    deadline_before: Option<String>,
    /// Deadlines on or after this day.
    deadline_after: Option<String>,
    /// Issued in this year (2023).
    year: Option<i32>,
    /// Only statements with an action still open.
    unanswered: Option<bool>,
    /// issued (the default), deadline, title, number or updated; `-issued` for newest first.
    sort: Option<String>,
    /// From 1 (the default).
    page: Option<i64>,
    /// Rows per page, from 1 to 500 (50).
    size: Option<i64>,
}

/// Lists statements, a page at a time with the total. Without an account, the public ones.
#[utoipa::path(get, path = "/api/v1/statements", tag = "statements", params(ListQuery),
    security((), ("token" = []), ("session" = [])),
    responses((status = 200, body = Page<LsSummary>), ReadErrors))]
pub async fn list_statements(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    // Without an account, the public statements only (a list row holds no personal data).
    let public_only = caller.principal.is_none();
    if !public_only {
        caller.require(Role::Rapporteur, false)?;
    }
    let q = query(q)?;
    let answer = super::cached(&state, &caller, &uri, || async {
        super::rendered_json(&list_page(&state, &caller, q, public_only).await?)
    })
    .await?;
    Ok(super::json_response(&answer))
}

async fn list_page(
    state: &AppState,
    caller: &Caller,
    mut q: ListQuery,
    public_only: bool,
) -> Result<Page<LsSummary>, ApiError> {
    plain_text(&[("text", &q.text), ("source", &q.source), ("recipient", &q.recipient)])?;
    if let Some(body) = own_body(state, caller).await? {
        q.recipient = Some(body);
    }
    let (page, size, offset) = super::page(q.page, q.size)?;
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
    let (sort, descending) = match q.sort.as_deref() {
        None => (LsSort::default(), false),
        Some(s) => {
            let (name, descending) = s.strip_prefix('-').map_or((s, false), |n| (n, true));
            let sort = LsSort::parse(name).ok_or_else(|| {
                ApiError::BadRequest(format!(
                    "sort {s:?}: one of {} (with - first for descending)",
                    LsSort::NAMES.join(", ")
                ))
            })?;
            (sort, descending)
        }
    };
    let mut filter = LsFilter {
        source: q.source,
        recipient: q.recipient,
        deadline_before: date("deadline_before", q.deadline_before.as_deref())?,
        deadline_after: date("deadline_after", q.deadline_after.as_deref())?,
        year: super::year(q.year)?,
        state: q.state,
        direction: q.direction,
        kind,
        text: q.text,
        unanswered: q.unanswered.unwrap_or(false),
        public_only,
        sort,
        descending,
        ..LsFilter::default()
    };
    filter.limit = Some(size);
    filter.offset = Some(offset);
    let (total, items) = state.store.ls_page(&filter).await?;
    Ok(Page { items, page, size, total })
}

/// A statement as the API shows it: every field its reader found (the record, with the
/// statement's liaise state), its actions and its links. Fields the reader did not find are
/// absent or null.
#[derive(Debug, Serialize, ToSchema)]
pub struct Statement {
    /// liaise's id of the statement.
    pub ls_id: i64,
    pub title: String,
    /// The canonical name of the source body.
    pub source: String,
    /// incoming or outgoing.
    pub direction: String,
    /// draft, approved, sent, received or dead.
    pub state: String,
    /// The actions it asks of each body (for a rapporteur: of their body only).
    pub actions: Vec<liaise_store::track::ActionRow>,
    /// The ids of the statements it answers.
    pub answers: Vec<i64>,
    /// The ids of the statements that answer it.
    pub answered_by: Vec<i64>,
    /// The other fields of the record (number, dates, recipients, contacts, topics, ...).
    #[serde(flatten)]
    pub record: HashMap<String, serde_json::Value>,
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
        obj.insert("actions".into(), super::to_value(&actions)?);
        obj.insert("answers".into(), answers.into());
        obj.insert("answered_by".into(), answered_by.into());
    }
    Ok((view, json))
}

/// The body of a response and its ETag, the hash of that body: any change to what is shown
/// changes it. `kind` keeps the ETags of the public and the rapporteur's views apart.
fn rendered(kind: &str, json: &serde_json::Value) -> (String, String) {
    let body = json.to_string();
    let hash = fingerprint(&body, 16);
    (body, format!("\"{kind}{hash}\""))
}

/// The first `bytes` bytes of the SHA-256 of `text`, in hex: a version tag of what was shown.
pub(crate) fn fingerprint(text: &str, bytes: usize) -> String {
    Sha256::digest(text.as_bytes()).iter().take(bytes).map(|b| format!("{b:02x}")).collect()
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

/// The tags of an If-Match or If-None-Match header. A weak tag (`W/"..."`) is compared by its
/// value, as RFC 9110 has If-None-Match do; If-Match takes strong tags only.
fn tags(headers: &HeaderMap, name: header::HeaderName, weak: bool) -> Vec<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter_map(|t| match t.strip_prefix("W/") {
                    Some(w) => weak.then(|| w.to_string()),
                    None => Some(t.to_string()),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One statement, with its actions and links; 304 when the client has this version. Without
/// an account, a public statement without e-mail addresses or telephone numbers.
#[utoipa::path(get, path = "/api/v1/statements/{id}", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number")),
    security((), ("token" = []), ("session" = [])),
    responses(
        (status = 200, body = Statement, headers(("ETag" = String, description = "The version shown: send it as If-Match to correct it"))),
        (status = 304, description = "The version named in If-None-Match is current"),
        ReadErrors))]
pub async fn show_statement(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id = ls_id(id)?;
    let answer = super::cached(&state, &caller, &uri, || async {
        let (body, etag) = render_statement(&state, &caller, &id).await?;
        Ok(crate::cache::Rendered { body: body.into(), etag: Some(etag) })
    })
    .await?;
    let etag = answer.etag.clone().unwrap_or_default();
    if tags(&headers, header::IF_NONE_MATCH, true).iter().any(|t| *t == etag || t == "*") {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    Ok(super::json_response(&answer))
}

/// One statement as this caller may see it, and its ETag.
async fn render_statement(state: &AppState, caller: &Caller, id: &str) -> Result<(String, String), ApiError> {
    let (view, mut json) = statement_value(state, id).await?;
    Ok(match (&caller.principal, own_body(state, caller).await?) {
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
    })
}

/// Corrects fields of a statement (`{"title": ..., "deadline": "2023-07-31"}`, the record's
/// field names), as `liaise ls edit` does. The write must name the version it corrects
/// (`If-Match` with the ETag read): two people editing one statement never overwrite each
/// other unseen.
#[utoipa::path(patch, path = "/api/v1/statements/{id}", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number"),
        ("If-Match" = String, Header, description = "The ETag of the version corrected")),
    request_body(content = HashMap<String, serde_json::Value>, description = "The fields to correct, by the record's names"),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Statement, headers(("ETag" = String))), WriteErrors))]
pub async fn edit_statement(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Result<Json<serde_json::Map<String, serde_json::Value>>, JsonRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let id = ls_id(id)?;
    let fields = json_body(body)?;
    // Text that hides itself (NUL, other control characters, direction overrides) is refused:
    // a title is shown to many people, in feeds and pages.
    if let Some((k, _)) = fields.iter().find(|(_, v)| hides_text(v)) {
        return Err(ApiError::BadRequest(format!("{k}: control characters and direction overrides are not text")));
    }
    if fields.is_empty() {
        return Err(ApiError::BadRequest("nothing to change: send the fields to correct".into()));
    }
    // What liaise keeps of a statement beside its record is changed by its own endpoints: a
    // PATCH of "state" changed a hidden field of the record and said nothing (found in review).
    for (k, how) in [
        ("state", "POST /api/v1/statements/{id}/state"),
        ("public", "PUT /api/v1/statements/{id}/public"),
        ("actions", "PATCH /api/v1/actions/{id}"),
        ("answers", "POST /api/v1/replies/{id}/links"),
        ("answered_by", "POST /api/v1/replies/{id}/links"),
    ] {
        if fields.contains_key(k) {
            return Err(ApiError::BadRequest(format!("{k}: not a field of the record; use {how}")));
        }
    }
    for k in ["ls_id", "id", "direction", "source"] {
        if fields.contains_key(k) {
            return Err(ApiError::BadRequest(format!("{k}: kept by liaise, not corrected")));
        }
    }
    if fields.get("title").is_some_and(|t| t.as_str().is_none_or(|t| t.trim().is_empty())) {
        return Err(ApiError::BadRequest("title: a statement has a title".into()));
    }
    let (view, _, etag) = statement_json(&state, &id).await?;
    if headers.get(header::IF_MATCH).is_none() {
        return Err(ApiError::PreconditionRequired(
            "send If-Match with the ETag of the version you corrected (GET it first)".into(),
        ));
    }
    let stale = || {
        ApiError::PreconditionFailed(
            "the statement changed since you read it: GET it again and redo the correction".into(),
        )
    };
    // "*" (any version) is not taken: a correction names the version it corrects.
    if !tags(&headers, header::IF_MATCH, false).contains(&etag) {
        return Err(stale());
    }
    // The check above and the write below are made one by claiming the version read: of two
    // edits that read the same version at once, one claims it, the other is told (found in
    // review: six parallel PATCHes with one If-Match all succeeded).
    let who = caller.who(p);
    if !state.store.claim_ls_version(view.id, &view.updated_at, &who).await? {
        return Err(stale());
    }
    let mut registry = state.store.registry().await?;
    if let Err(e) = state.store.ls_edit(&mut registry, view.id, &fields, &who).await {
        // Nothing was written: the version claimed is given back, so that the ETag readers
        // hold stays the statement's.
        state.store.release_ls_version(view.id, &view.updated_at, &who).await?;
        return Err(e.into());
    }
    let (_, body, etag) = statement_json(&state, &view.id.to_string()).await?;
    Ok(with_etag(body, &etag))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The file's name, as the reader and the record keep it.
    name: Option<String>,
    /// `always`: every reading waits in the review queue until a person confirms it (else only
    /// doubtful ones do).
    review: Option<String>,
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

#[derive(Debug, Serialize, ToSchema)]
pub struct Uploaded {
    /// What each file became: imported (with the statement's id), queued for review, skipped
    /// or failed, with the reader's warnings.
    pub files: Vec<serde_json::Value>,
}

/// Imports a statement sent as the request's body (a .docx, PDF, text, web page, e-mail or
/// mailbox), as `liaise import` does: 201 with what each file became. A reading that needs a
/// person goes to the review queue; no body reaches the registry before it is confirmed. A
/// rapporteur may upload their body's reply: it always waits for the secretariat's review.
#[utoipa::path(post, path = "/api/v1/statements", tag = "statements", params(UploadQuery),
    request_body(description = "The file", content(
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (Vec<u8> = "application/msword"),
        (Vec<u8> = "application/vnd.oasis.opendocument.text"),
        (Vec<u8> = "application/pdf"),
        (Vec<u8> = "text/plain"),
        (Vec<u8> = "text/markdown"),
        (Vec<u8> = "text/html"),
        (Vec<u8> = "message/rfc822"),
        (Vec<u8> = "application/mbox"),
        (Vec<u8> = "application/octet-stream"))),
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = Uploaded), WriteErrors))]
pub async fn upload_statement(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    q: Result<Query<UploadQuery>, QueryRejection>,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    // The secretariat uploads; a rapporteur uploads their body's reply, which waits for the
    // secretariat's confirmation whatever the reader thought of it. A member only reads.
    let p = caller.require(Role::Rapporteur, true)?;
    if p.role == Role::Member {
        return Err(ApiError::Forbidden(
            "a member reads: statements are uploaded by the secretariat, and replies by a body's rapporteur".into(),
        ));
    }
    let rapporteur = p.role == Role::Rapporteur;
    let q = query(q)?;
    let kind = super::content_type(&headers);
    if !UPLOAD_TYPES.contains(&kind.as_str()) {
        return Err(ApiError::UnsupportedMediaType(format!(
            "{}: send a statement as .docx, .doc, .odt, PDF, text, Markdown, HTML or e-mail (Content-Type)",
            if kind.is_empty() { "no Content-Type".to_string() } else { kind }
        )));
    }
    let bytes = super::upload_body(body, "a statement")?;
    if bytes.is_empty() {
        return Err(ApiError::BadRequest("the body is empty: send the file".into()));
    }
    let name = q.name.unwrap_or_else(|| "upload".into());
    super::visible(&[("name", Some(&name))])?;
    let review = match q.review.as_deref() {
        _ if rapporteur => liaise_app::import::Review::Always,
        None | Some("doubtful") => liaise_app::import::Review::Doubtful,
        Some("always") => liaise_app::import::Review::Always,
        Some(other) => return Err(ApiError::BadRequest(format!("review {other:?}: always or doubtful"))),
    };
    let reports = liaise_app::import::import_upload_with(&state.store, &name, &bytes, &caller.who(p), review).await?;
    for r in &reports {
        use liaise_app::import::Outcome as O;
        state.metrics.import(match r.outcome {
            O::Created(_) => "created",
            O::Updated(_) => "updated",
            O::Review(_) => "review",
            O::Skipped { .. } => "skipped",
            O::Failed { .. } => "failed",
        });
    }
    // Nothing could be read: that is no creation (found in review: a broken PDF was 201).
    let failed: Vec<String> = reports
        .iter()
        .filter_map(|r| match &r.outcome {
            liaise_app::import::Outcome::Failed { error } => Some(format!("{}: {error}", r.path)),
            _ => None,
        })
        .collect();
    if !reports.is_empty() && failed.len() == reports.len() {
        return Err(ApiError::Unprocessable(format!("nothing could be read: {}", failed.join("; "))));
    }
    let files = reports.iter().map(super::to_value).collect::<Result<_, _>>()?;
    Ok((StatusCode::CREATED, Json(Uploaded { files })).into_response())
}

fn ls_id(id: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    id.map(|Path(id)| id).map_err(|e| ApiError::BadRequest(e.body_text()))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct History {
    pub items: Vec<liaise_store::Event>,
}

/// A file a statement was read from.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatementFile {
    /// Its place in the list, from 1: `GET .../files/{file}` downloads it.
    pub n: usize,
    pub file_name: String,
    pub format: String,
    pub size: i64,
    pub imported_at: String,
    /// What the reader could not read, or was unsure of.
    #[schema(value_type = Vec<Object>)]
    pub warnings: Vec<liaise_core::Warning>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatementFiles {
    pub items: Vec<StatementFile>,
}

/// The statement a caller with an account may see, for its files: the same rule as the
/// statement itself (a rapporteur's body must be addressed). The public gets no original file:
/// it holds the contacts' addresses.
async fn visible_view(state: &AppState, caller: &Caller, id: &str) -> Result<liaise_store::ls::LsView, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    render_statement(state, caller, id).await?;
    Ok(state.store.get_ls(id).await?)
}

/// The files a statement was read from, with the reader's warnings of each.
#[utoipa::path(get, path = "/api/v1/statements/{id}/files", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = StatementFiles), ReadErrors))]
pub async fn files(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<StatementFiles>, ApiError> {
    let view = visible_view(&state, &caller, &ls_id(id)?).await?;
    let items = view
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| StatementFile {
            n: i + 1,
            file_name: f.file_name.clone(),
            format: f.format.clone(),
            size: f.size,
            imported_at: f.imported_at.clone(),
            warnings: f.warnings.clone(),
        })
        .collect();
    Ok(Json(StatementFiles { items }))
}

/// One of the files a statement was read from, as it arrived.
#[utoipa::path(get, path = "/api/v1/statements/{id}/files/{file}", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number"),
        ("file" = usize, Path, description = "The file's place in the list, from 1")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, description = "The file's bytes", content_type = "application/octet-stream"), ReadErrors))]
pub async fn file(
    State(state): State<AppState>,
    caller: Caller,
    path: Result<Path<(String, usize)>, PathRejection>,
) -> Result<Response, ApiError> {
    let Path((id, n)) = path.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let view = visible_view(&state, &caller, &id).await?;
    let f = n.checked_sub(1).and_then(|i| view.files.get(i)).ok_or_else(|| {
        ApiError::NotFound(format!("statement {id} has {} files; there is no file {n}", view.files.len()))
    })?;
    let bytes = state
        .store
        .file_content(&f.sha256)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("the content of {} was not kept", f.file_name)))?;
    // The name goes into a header: only characters a header may hold, the rest replaced.
    let safe: String = f
        .file_name
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{safe}\"")),
        ],
        bytes,
    )
        .into_response())
}

/// What happened to a statement, oldest first: imports, corrections, state changes, actions,
/// links, reminders (members and up).
#[utoipa::path(get, path = "/api/v1/statements/{id}/history", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = History), ReadErrors))]
pub async fn history(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<History>, ApiError> {
    caller.require(Role::Member, false)?;
    let view = state.store.get_ls(&ls_id(id)?).await?;
    Ok(Json(History { items: state.store.statement_history(view.id).await? }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StateChange {
    /// draft, approved, sent, received or dead (a dead statement comes back with its state
    /// before).
    state: String,
    /// Why, for the record.
    reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StateChanged {
    ls_id: i64,
    from: liaise_core::track::LsState,
    to: liaise_core::track::LsState,
}

/// Moves a statement to another state (approve a draft, mark it dead, ...).
#[utoipa::path(post, path = "/api/v1/statements/{id}/state", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number")),
    request_body = StateChange, security(("token" = []), ("session" = [])),
    responses((status = 200, body = StateChanged), WriteErrors))]
pub async fn set_state(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
    body: Result<Json<StateChange>, JsonRejection>,
) -> Result<Json<StateChanged>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let change = json_body(body)?;
    super::visible(&[("reason", change.reason.as_deref())])?;
    let to = liaise_core::track::LsState::parse(&change.state).ok_or_else(|| {
        ApiError::BadRequest(format!("state {:?}: one of draft, approved, sent, received, dead", change.state))
    })?;
    let view = state.store.get_ls(&ls_id(id)?).await?;
    let who = caller.who(p);
    // A dead statement asked for a living state comes back first (to the state it had).
    if view.state == "dead" && to != liaise_core::track::LsState::Dead {
        let revived = state.store.revive_ls(view.id, &who).await?;
        if revived != to {
            state.store.set_ls_state(view.id, to, change.reason.as_deref(), &who).await?;
        }
        return Ok(Json(StateChanged { ls_id: view.id, from: liaise_core::track::LsState::Dead, to }));
    }
    let from = state.store.set_ls_state(view.id, to, change.reason.as_deref(), &who).await?;
    Ok(Json(StateChanged { ls_id: view.id, from, to }))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Public {
    /// Whether anyone may read the statement without an account (never its e-mail addresses
    /// or telephone numbers).
    public: bool,
}

/// Makes a statement public, or private again.
#[utoipa::path(put, path = "/api/v1/statements/{id}/public", tag = "statements",
    params(("id" = String, Path, description = "liaise's id, or the statement's document number")),
    request_body = Public, security(("token" = []), ("session" = [])),
    responses((status = 200, body = Public), WriteErrors))]
pub async fn set_public(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
    body: Result<Json<Public>, JsonRejection>,
) -> Result<Json<Public>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Public { public } = json_body(body)?;
    let view = state.store.get_ls(&ls_id(id)?).await?;
    state.store.set_public(view.id, public, &caller.who(p)).await?;
    Ok(Json(Public { public }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReviewQuery {
    /// pending (the default), accepted, rejected or all.
    state: Option<String>,
}

/// The review queue: readings that wait for a person before they become statements.
#[utoipa::path(get, path = "/api/v1/review", tag = "statements", params(ReviewQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = super::Items<ReviewItem>), ReadErrors))]
pub async fn review_queue(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<ReviewQuery>, QueryRejection>,
) -> Result<Json<super::Items<ReviewItem>>, ApiError> {
    caller.require(Role::Member, false)?;
    let q = query(q)?;
    let wanted = match q.state.as_deref() {
        None | Some("pending") => Some("pending"),
        Some("all") => None,
        Some(s @ ("accepted" | "rejected")) => Some(s),
        Some(s) => return Err(ApiError::BadRequest(format!("state {s:?}: pending, accepted, rejected or all"))),
    };
    let items = state.store.review_items(wanted).await?;
    Ok(Json(super::Items { items }))
}

fn review_id(id: Result<Path<i64>, PathRejection>) -> Result<i64, ApiError> {
    id.map(|Path(id)| id).map_err(|_| ApiError::BadRequest("a review item's id is a number".into()))
}

/// One reading of the queue.
#[utoipa::path(get, path = "/api/v1/review/{id}", tag = "statements",
    params(("id" = i64, Path)), security(("token" = []), ("session" = [])),
    responses((status = 200, body = ReviewItem), ReadErrors))]
pub async fn review_item(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<ReviewItem>, ApiError> {
    caller.require(Role::Member, false)?;
    Ok(Json(state.store.review_item(review_id(id)?).await?))
}

/// Corrects fields of a reading before it is accepted (the record's field names).
#[utoipa::path(patch, path = "/api/v1/review/{id}", tag = "statements",
    params(("id" = i64, Path)), request_body(content = HashMap<String, serde_json::Value>),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = ReviewItem), WriteErrors))]
pub async fn review_edit(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
    body: Result<Json<serde_json::Map<String, serde_json::Value>>, JsonRejection>,
) -> Result<Json<ReviewItem>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let id = review_id(id)?;
    let fields = json_body(body)?;
    if let Some((k, _)) = fields.iter().find(|(_, v)| hides_text(v)) {
        return Err(ApiError::BadRequest(format!("{k}: control characters and direction overrides are not text")));
    }
    if fields.is_empty() {
        return Err(ApiError::BadRequest("nothing to change: send the fields to correct".into()));
    }
    Ok(Json(state.store.review_edit(id, &fields, &caller.who(p)).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// The statement the reading became.
    ls_id: i64,
    created: bool,
    /// Bodies added, unconfirmed, for names no entry matched.
    new_bodies: Vec<String>,
    warnings: Vec<serde_json::Value>,
}

/// Accepts a reading: it becomes a statement.
#[utoipa::path(post, path = "/api/v1/review/{id}/accept", tag = "statements",
    params(("id" = i64, Path)), security(("token" = []), ("session" = [])),
    responses((status = 200, body = Accepted), WriteErrors))]
pub async fn review_accept(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<Accepted>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let id = review_id(id)?;
    let mut registry = state.store.registry().await?;
    let done = state.store.review_accept(&mut registry, id, &caller.who(p)).await?;
    Ok(Json(Accepted {
        ls_id: done.ls_id,
        created: done.created,
        new_bodies: done.new_bodies,
        warnings: done.warnings.iter().map(super::to_value).collect::<Result<_, _>>()?,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Rejection {
    /// Why, for the record.
    reason: String,
}

/// Rejects a reading: it stays in the queue's history, and nothing is imported.
#[utoipa::path(post, path = "/api/v1/review/{id}/reject", tag = "statements",
    params(("id" = i64, Path)), request_body = Rejection, security(("token" = []), ("session" = [])),
    responses((status = 200, body = ReviewItem), WriteErrors))]
pub async fn review_reject(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
    body: Result<Json<Rejection>, JsonRejection>,
) -> Result<Json<ReviewItem>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let id = review_id(id)?;
    let Rejection { reason } = json_body(body)?;
    super::visible(&[("reason", Some(&reason))])?;
    Ok(Json(state.store.review_reject(id, &reason, &caller.who(p)).await?))
}
