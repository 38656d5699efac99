//! The pages: each parses its request, asks the API as the caller, and renders a template.

use super::{Asker, Layout, PageError, Send, html, render, urlencode};
use crate::AppState;
use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use liaise_store::accounts::Role;
use serde_json::{Value, json};
use std::collections::BTreeMap;

type Params = Query<Vec<(String, String)>>;
type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/statements", get(statements))
        .route("/statements.csv", get(statements_csv))
        .route("/statements/{id}", get(statement))
        .route("/statements/{id}/link", post(link_reply))
        .route("/statements/{id}/seed-topics", post(seed_topics))
        .route("/statements/{id}/public", post(set_public))
        .route("/statements/{id}/files/{n}", get(download))
        .route("/actions/{id}", post(mark_action))
        .route("/upload", get(upload_page).post(upload))
        .route("/review", get(review_queue))
        .route("/review/{id}", get(review_item).post(review_save))
        .route("/review/{id}/name", post(review_name))
        .route("/review/{id}/accept", post(review_accept))
        .route("/review/{id}/reject", post(review_reject))
        .route("/bodies", get(bodies))
        .route("/bodies/{name}", get(body))
        .route("/bodies/{name}/{act}", post(body_act))
        .route("/people", get(people))
        .route("/catalogue", get(catalogue))
        .route("/catalogue/{id}", get(entry))
        .route("/topics", get(topics).post(add_topic))
        .route("/topics/{id}/{act}", post(topic_act))
        .route("/matrix", get(matrix))
        .route("/roadmap", get(roadmap))
        .route("/roadmap/full", get(roadmap_full))
        .route("/roadmap/export.{ext}", get(roadmap_export))
        .route("/gaps", get(gaps))
        .route("/search", get(search))
        .route("/settings", get(settings))
        .route("/settings/test-mail", post(test_mail))
        .route("/settings/tokens/{id}/revoke", post(revoke_token))
        .route("/settings/users", post(add_user))
        .route("/settings/users/{login}", post(change_user))
}

/// The query of a page without empty values (a form sends every field), as the API takes it.
fn query_string(params: &[(String, String)], skip: &[&str]) -> String {
    params
        .iter()
        .filter(|(k, v)| !v.trim().is_empty() && !skip.contains(&k.as_str()))
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v.trim())))
        .collect::<Vec<_>>()
        .join("&")
}

fn params_map(params: &[(String, String)]) -> BTreeMap<String, String> {
    params.iter().filter(|(_, v)| !v.trim().is_empty()).map(|(k, v)| (k.clone(), v.trim().to_string())).collect()
}

/// A form's fields.
fn form(params: &[(String, String)], name: &str) -> Option<String> {
    params.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// After a form: back to a page of this site, with a note of what happened.
fn back_to(path: &str, notice: &str) -> Response {
    let path = if path.starts_with('/') && !path.starts_with("//") { path } else { "/" };
    let sep = if path.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{path}{sep}notice={}", urlencode(notice))).into_response()
}

fn notice(params: &[(String, String)]) -> Option<String> {
    form(params, "notice").map(|n| n.chars().take(300).collect())
}

fn with_notice(mut ctx: Value, params: &[(String, String)]) -> Value {
    if let (Some(obj), Some(n)) = (ctx.as_object_mut(), notice(params)) {
        obj.insert("notice".into(), n.into());
    }
    ctx
}

async fn home(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "dashboard").await;
    if asker.caller.principal.is_none() {
        let recent = asker.get(&state, "/api/v1/statements?sort=-issued&size=10").await?;
        let group = match state.store.home().await.map_err(PageError::internal)? {
            Some(h) => {
                state.store.shared_registry().await.map_err(PageError::internal)?.canonical(h).map(str::to_string)
            }
            None => None,
        };
        let ctx = json!({ "title": "liaise", "recent": recent["items"], "group": group });
        return Ok(html(render("home.html", &layout, with_notice(ctx, &params))?));
    }
    // The dashboard is kept under the data stamp like the API's reads, one per session (it
    // names the person and holds their form token), so that a change renders it once, not on
    // every request (issue 28: 70 requests a second, 450 ms each under load).
    let key = format!(
        "page|{}|{}|{}|{}|{}",
        layout.login.as_deref().unwrap_or(""),
        layout.csrf.as_deref().unwrap_or(""),
        layout.role.as_deref().unwrap_or(""),
        liaise_app::today().map_err(PageError::internal)?,
        query_string(&params, &[]),
    );
    let page = crate::api::cached_key(&state, key, || async {
        let body = dashboard(&state, &asker, &layout, &params).await?;
        Ok::<_, PageError>(crate::cache::Rendered { body: body.into(), etag: None })
    })
    .await?;
    Ok(html(String::from_utf8_lossy(&page.body).into_owned()))
}

/// The dashboard of a person who is logged in.
async fn dashboard(
    state: &AppState,
    asker: &Asker,
    layout: &Layout,
    params: &[(String, String)],
) -> Result<String, PageError> {
    let within = 30;
    // Coming: the open actions whose deadline is within the next days (the overdue ones are
    // listed apart, by body).
    let due = asker.get(state, &format!("/api/v1/due?within_days={within}&size=500")).await?;
    let coming_items: Vec<Value> =
        due["items"].as_array().into_iter().flatten().filter(|i| i["overdue"] != json!(true)).cloned().collect();
    let coming = json!({ "total": coming_items.len(), "items": coming_items.into_iter().take(25).collect::<Vec<_>>() });
    let overdue = asker.get(state, "/api/v1/due?overdue=true&size=500").await?;
    let mut groups: Vec<(String, Vec<Value>)> = Vec::new();
    for item in overdue["items"].as_array().cloned().unwrap_or_default() {
        let body = item["body"].as_str().unwrap_or("").to_string();
        match groups.iter_mut().find(|(b, _)| *b == body) {
            Some((_, items)) => items.push(item),
            None => groups.push((body, vec![item])),
        }
    }
    let overdue_groups: Vec<Value> =
        groups.into_iter().map(|(body, items)| json!({ "body": body, "items": items })).collect();
    let secretariat = layout.at_least(Role::Secretariat);
    let (review, unmatched) = if secretariat {
        (
            asker.get(state, "/api/v1/review").await?["items"].clone(),
            asker.get(state, "/api/v1/replies/unmatched").await?["items"].clone(),
        )
    } else {
        (json!([]), json!([]))
    };
    let recent = asker.get(state, "/api/v1/statements?sort=-issued&size=10").await?;
    // What the reminders sent: the secretariat's to see (they name people's addresses).
    let reminders = if secretariat {
        let rows = state.store.reminders().await.map_err(PageError::internal)?;
        let mut rows: Vec<Value> = rows
            .iter()
            .rev()
            .take(10)
            .map(|r| {
                json!({ "at": r.updated_at, "summary": format!("{} to {} ({})", r.subject.clone().unwrap_or_default(), r.recipients.join(", "), r.status) })
            })
            .collect();
        rows.truncate(10);
        Value::Array(rows)
    } else {
        Value::Null
    };
    let ctx = json!({
        "title": "Dashboard", "within": within, "coming": coming, "overdue": overdue_groups,
        "overdue_total": overdue["total"], "review": review, "unmatched": unmatched,
        "recent": recent["items"], "reminders": reminders,
    });
    render("dashboard.html", layout, with_notice(ctx, params))
}

/// The statement list's query for the API: the page's filters, the year as a range of issue
/// dates.
fn statements_query(params: &[(String, String)]) -> String {
    query_string(params, &["notice"])
}

async fn statements(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "statements").await;
    let mut q = params_map(&params);
    q.entry("sort".into()).or_insert_with(|| "-issued".into());
    let mut with_sort: Vec<(String, String)> = params.clone();
    if !params.iter().any(|(k, _)| k == "sort") {
        with_sort.push(("sort".into(), "-issued".into()));
    }
    let query = statements_query(&with_sort);
    let (answer, error) = match asker.get(&state, &format!("/api/v1/statements?{query}")).await {
        Ok(v) => (v, None),
        // A filter the API refuses is said beside the form, which keeps what was typed.
        Err(e) if e.status == StatusCode::BAD_REQUEST => {
            (json!({ "items": [], "total": 0, "page": 1, "size": 50 }), Some(e.detail))
        }
        Err(e) => return Err(e),
    };
    let rest = query_string(&with_sort, &["notice", "page"]);
    let query_without_page = if rest.is_empty() { rest } else { format!("{rest}&") };
    let ctx = json!({
        "title": "Statements", "q": q, "items": answer["items"], "total": answer["total"],
        "page": answer["page"], "size": answer["size"], "query": query_string(&with_sort, &["notice", "page", "size"]),
        "query_without_page": query_without_page,
        "error": error,
    });
    Ok(html(render("statements.html", &layout, with_notice(ctx, &params))?))
}

/// A CSV cell: quoted, and a leading formula character made text (a spreadsheet would run it).
fn csv_cell(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s };
    format!("\"{}\"", s.replace('"', "\"\""))
}

async fn statements_csv(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let columns = ["doc_number", "title", "source", "direction", "state", "issued", "deadline", "asked", "owing"];
    let mut out = columns.join(",") + "\r\n";
    let base = query_string(&params, &["notice", "page", "size"]);
    // Every page of the filtered list, 500 rows at a time.
    let mut page = 1;
    loop {
        let sep = if base.is_empty() { "" } else { "&" };
        let answer = asker.get(&state, &format!("/api/v1/statements?{base}{sep}size=500&page={page}")).await?;
        let items = answer["items"].as_array().cloned().unwrap_or_default();
        for item in &items {
            out.push_str(&columns.iter().map(|c| csv_cell(&item[*c])).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        let total = answer["total"].as_i64().unwrap_or(0);
        if items.is_empty() || page * 500 >= total {
            break;
        }
        page += 1;
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"statements.csv\""),
        ],
        out,
    )
        .into_response())
}

/// A linked statement's summary (number, title) for the links of its page, or nothing when the
/// asker may not see it: the public page of a statement once linked "Answered by #7" to a
/// private reply that answered 404.
async fn summary(state: &AppState, asker: &Asker, id: &Value) -> Option<Value> {
    let v = asker.get(state, &format!("/api/v1/statements/{id}")).await.ok()?;
    Some(json!({ "ls_id": id, "doc_number": v["doc_number"], "title": v["title"] }))
}

async fn statement(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<String>,
    Query(params): Params,
) -> PageResult {
    let layout = asker.layout(&state, "statements").await;
    let s = asker.get(&state, &format!("/api/v1/statements/{}", urlencode(&id))).await?;
    let mut answers = Vec::new();
    for a in s["answers"].as_array().cloned().unwrap_or_default() {
        answers.extend(summary(&state, &asker, &a).await);
    }
    let mut answered_by = Vec::new();
    for a in s["answered_by"].as_array().cloned().unwrap_or_default() {
        answered_by.extend(summary(&state, &asker, &a).await);
    }
    let history = if layout.at_least(Role::Member) {
        asker
            .get(&state, &format!("/api/v1/statements/{}/history", s["ls_id"]))
            .await
            .map(|h| h["items"].clone())
            .unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let title =
        format!("{} {}", s["doc_number"].as_str().unwrap_or(""), s["title"].as_str().unwrap_or("")).trim().to_string();
    let files = if asker.caller.principal.is_some() {
        asker
            .get(&state, &format!("/api/v1/statements/{}/files", s["ls_id"]))
            .await
            .map(|f| f["items"].clone())
            .unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let public = match s["ls_id"].as_i64() {
        Some(ls) => state.store.is_public(ls).await.map_err(PageError::internal)?,
        None => false,
    };
    let ctx = json!({ "title": title, "s": s, "actions": s["actions"], "answers": answers, "answered_by": answered_by, "history": history, "public": public, "files": files });
    Ok(html(render("statement.html", &layout, with_notice(ctx, &params))?))
}

async fn mark_action(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let csrf = form(&f, "csrf");
    let back = form(&f, "back").unwrap_or_else(|| "/".into());
    let mut change = json!({ "state": form(&f, "state").unwrap_or_default() });
    if let Some(c) = form(&f, "comment") {
        change["comment"] = c.into();
    }
    match asker.send(&state, Method::PATCH, &format!("/api/v1/actions/{id}"), Send::Json(change), csrf.as_deref()).await
    {
        // Regression (found in review): a second person marking an action already answered was
        // told "marked", and their comment was silently not kept.
        Ok(changed) if changed["from"] == changed["to"] => Ok(back_to(
            &back,
            &format!(
                "The action was already {}, perhaps marked by someone else: nothing changed, and the comment was not kept.",
                changed["to"].as_str().unwrap_or("in that state")
            ),
        )),
        Ok(_) => Ok(back_to(&back, "The action was marked.")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

async fn link_reply(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let back = format!("/statements/{id}");
    let original = form(&f, "original").unwrap_or_default();
    let body = json!({ "original": original });
    match asker
        .send(
            &state,
            Method::POST,
            &format!("/api/v1/replies/{id}/links"),
            Send::Json(body),
            form(&f, "csrf").as_deref(),
        )
        .await
    {
        Ok(_) => Ok(back_to(&back, &format!("Linked as a reply to {original}."))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

async fn seed_topics(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let back = format!("/statements/{id}");
    let body = json!({ "ls": id.to_string() });
    match asker.send(&state, Method::POST, "/api/v1/topics/seed", Send::Json(body), form(&f, "csrf").as_deref()).await {
        Ok(v) => Ok(back_to(&back, &format!("{} topics were added from this statement's table.", v["topics"]))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

/// A file the statement was read from, as the API gives it.
async fn download(State(state): State<AppState>, asker: Asker, Path((id, n)): Path<(i64, usize)>) -> PageResult {
    let uri = format!("/api/v1/statements/{id}/files/{n}");
    let (headers, bytes) = asker.raw(&state, &uri).await?;
    let mut response = bytes.into_response();
    for name in [header::CONTENT_TYPE, header::CONTENT_DISPOSITION] {
        if let Some(v) = headers.get(&name) {
            response.headers_mut().insert(name, v.clone());
        }
    }
    Ok(response)
}

async fn set_public(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let back = format!("/statements/{id}");
    let public = form(&f, "public").as_deref() == Some("true");
    let uri = format!("/api/v1/statements/{id}/public");
    match asker
        .send(&state, Method::PUT, &uri, Send::Json(json!({ "public": public })), form(&f, "csrf").as_deref())
        .await
    {
        Ok(_) => Ok(back_to(&back, if public { "Anyone may now read it." } else { "Only accounts may read it now." })),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

async fn upload_page(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "upload").await;
    if asker.caller.principal.is_none() {
        return Err(asker.login_needed());
    }
    if !layout.at_least(Role::Secretariat) && layout.role.as_deref() != Some("rapporteur") {
        return Err(PageError {
            status: StatusCode::FORBIDDEN,
            detail: "a member reads: statements are uploaded by the secretariat, and replies by a body's rapporteur"
                .into(),
            next: None,
        });
    }
    let ctx = json!({ "title": "Upload statements", "results": [] });
    Ok(html(render("upload.html", &layout, with_notice(ctx, &params))?))
}

async fn upload(State(state): State<AppState>, asker: Asker, mut multipart: Multipart) -> PageResult {
    let layout = asker.layout(&state, "upload").await;
    let mut csrf: Option<String> = None;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                return Err(PageError {
                    status: StatusCode::BAD_REQUEST,
                    detail: format!("the upload could not be read: {e}"),
                    next: None,
                });
            }
        };
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(|e| PageError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            detail: format!(
                "the upload could not be read whole ({e}); files up to {} MB are taken",
                crate::MAX_BODY_BYTES / (1024 * 1024)
            ),
            next: None,
        })?;
        match (name.as_str(), file_name) {
            ("csrf", _) => csrf = Some(String::from_utf8_lossy(&bytes).to_string()),
            ("files", Some(f)) if !f.is_empty() => files.push((f, bytes.to_vec())),
            _ => {}
        }
    }
    if files.is_empty() {
        let ctx = json!({ "title": "Upload statements", "results": [], "notice": "Choose at least one file." });
        return Ok((StatusCode::BAD_REQUEST, html(render("upload.html", &layout, ctx)?)).into_response());
    }
    let mut results = Vec::new();
    for (name, bytes) in files {
        let uri = format!("/api/v1/statements?name={}&review=always", urlencode(&name));
        let sent = Send::Bytes { content_type: "application/octet-stream".into(), bytes };
        match asker.send(&state, Method::POST, &uri, sent, csrf.as_deref()).await {
            Ok(v) => {
                // Each file's report: its outcome's name beside the outcome's fields.
                for f in v["files"].as_array().cloned().unwrap_or_default() {
                    let said = f["reason"].as_str().or(f["outcome"].as_str()).unwrap_or("").to_string();
                    results.push(json!({
                        "name": f["path"].as_str().unwrap_or(&name),
                        "review_id": f["review_id"],
                        "ls_id": f["ls_id"],
                        "outcome": said,
                        "error": f["error"],
                    }));
                }
            }
            Err(e) if e.status == StatusCode::UNAUTHORIZED => return Err(asker.login_needed()),
            Err(e) => results.push(json!({ "name": name, "error": e.detail })),
        }
    }
    // One file read: straight to what was read (for the secretariat, who reviews it).
    if let [one] = results.as_slice()
        && let Some(id) = one["review_id"].as_i64()
        && layout.at_least(Role::Secretariat)
    {
        return Ok(Redirect::to(&format!("/review/{id}")).into_response());
    }
    let ctx = json!({ "title": "Upload statements", "results": results });
    Ok(html(render("upload.html", &layout, ctx)?))
}

async fn review_queue(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "review").await;
    let items = asker.get(&state, "/api/v1/review").await?;
    let ctx = json!({ "title": "Review queue", "items": items["items"] });
    Ok(html(render("review.html", &layout, with_notice(ctx, &params))?))
}

/// The fields of a reading a person checks, in the order of the statement's header.
const REVIEW_FIELDS: &[(&str, &str, bool)] = &[
    ("doc_number", "Document number", false),
    ("title", "Title", false),
    ("source_as_written", "Source", false),
    ("deadline", "Deadline (YYYY-MM-DD)", false),
    ("for_action", "For action (one body a line)", true),
    ("for_comment", "For comment (one body a line)", true),
    ("for_information", "For information (one body a line)", true),
    ("cc", "Copy (one body a line)", true),
    ("requests", "Requests (one a line)", true),
    ("response_to", "In response to (one number a line)", true),
    // The record's JSON names it "abstract" (issue 27, item 2: the form asked for
    // "abstract_text", so it was always empty and a typed one failed the whole save).
    ("abstract", "Abstract", true),
];

/// The lists of bodies among the fields: shown and taken one body a line, by the name the
/// reader read ("ITU-T SG3", not the "3" of "ITU-T SGs 2, 3").
const NAME_LISTS: &[&str] = &["for_action", "for_comment", "for_information", "cc"];

/// The fields a person may take from a line of the document.
const LINE_FIELDS: &[&str] =
    &["doc_number", "title", "source_as_written", "deadline", "for_action", "for_comment", "for_information", "cc"];

/// A record's value as a form shows it: a list one item a line.
fn field_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => s.clone(),
                Value::Object(o) => {
                    o.get("name").or(o.get("written")).and_then(Value::as_str).unwrap_or("").to_string()
                }
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}

async fn review_item(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    Query(params): Params,
) -> PageResult {
    let layout = asker.layout(&state, "review").await;
    let item = asker.get(&state, &format!("/api/v1/review/{id}")).await?;
    let warnings = item["warnings"].as_array().cloned().unwrap_or_default();
    // Where each field stands in the document (issue 23, item 6); a reading whose file is not
    // kept is shown without.
    let evidence = match state.store.review_item(id).await {
        Ok(it) => liaise_app::review::evidence(&state.store, &it).await.ok(),
        Err(_) => None,
    };
    let fields: Vec<Value> = REVIEW_FIELDS
        .iter()
        .map(|(name, label, multi)| {
            let value = field_text(&item["record"][*name]);
            let rows = value.lines().count().clamp(2, 20);
            let own: Vec<&Value> = warnings.iter().filter(|w| w["field"].as_str() == Some(*name)).collect();
            let field = match *name {
                "source_as_written" => "source",
                other => other,
            };
            let mut seen: Vec<String> = evidence
                .iter()
                .flat_map(|e| e.evidence.iter().filter(|x| x.field == field))
                .map(|x| match x.line {
                    Some(n) => format!("line {n}, {}", x.sure.as_str()),
                    None => x.sure.as_str().to_string(),
                })
                .collect();
            seen.dedup();
            json!({ "name": name, "label": label, "multi": multi, "value": value, "rows": rows, "warnings": own, "evidence": seen.join("; "), "takes_line": LINE_FIELDS.contains(name) })
        })
        .collect();
    let lines = evidence.map(|e| e.lines).unwrap_or_default();
    let known: Vec<&str> = REVIEW_FIELDS.iter().map(|f| f.0).collect();
    let other: Vec<&Value> =
        warnings.iter().filter(|w| w["field"].as_str().is_none_or(|f| !known.contains(&f))).collect();
    // Each recipient as written, and the registry entry it resolves to (none: unknown).
    let registry = state.store.shared_registry().await.map_err(PageError::internal)?;
    let mut recipients = Vec::new();
    for list in ["for_action", "for_comment", "for_information", "cc"] {
        for n in item["record"][list].as_array().cloned().unwrap_or_default() {
            // As written, and as the reader read it in its context ("3" in "ITU-T SGs 2, 3"
            // is ITU-T SG3): the registry is asked for the name read.
            let (written, name) = match &n {
                Value::String(s) => (s.clone(), s.clone()),
                other => (
                    other["written"].as_str().unwrap_or("").to_string(),
                    other["name"].as_str().or(other["written"].as_str()).unwrap_or("").to_string(),
                ),
            };
            let body = registry
                .lookup(&name)
                .map(|b| registry.current(b.id))
                .and_then(|id| registry.canonical(id).map(str::to_string));
            let read_as = (name != written).then_some(name.clone());
            recipients.push(json!({
                "list": list.replace('_', " "), "written": written, "read_as": read_as, "name": name, "body": body,
            }));
        }
    }
    let bodies: Vec<String> = registry.bodies().map(|b| b.canonical.clone()).collect();
    let title = format!("Review {}", item["file_name"].as_str().unwrap_or(""));
    let seen = reading_version(&item);
    let ctx = json!({ "title": title, "item": item, "fields": fields, "other_warnings": other, "recipients": recipients, "bodies": bodies, "error": form(&params, "error"), "seen": seen, "lines": lines });
    Ok(html(render("review_item.html", &layout, with_notice(ctx, &params))?))
}

/// A fingerprint of a reading as a form showed it: a correction sent from a form of an older
/// version is refused, so that it cannot put back what another person corrected meanwhile
/// (found in review: the second of two open forms silently restored the old title).
fn reading_version(item: &Value) -> String {
    crate::api::fingerprint(&item["record"].to_string(), 12)
}

async fn review_save(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let item = asker.get(&state, &format!("/api/v1/review/{id}")).await?;
    let back = format!("/review/{id}");
    if form(&f, "seen").is_some_and(|seen| seen != reading_version(&item)) {
        return Ok(back_to(
            &back,
            "Someone corrected this reading after you opened it, so your corrections were not saved: \
             see theirs below and make yours again.",
        ));
    }
    // A field may be taken from a line of the document instead of typed ("line-title" = 12).
    let mut picks: Vec<(&str, usize)> = Vec::new();
    for name in LINE_FIELDS {
        let Some(n) = form(&f, &format!("line-{name}")).filter(|n| !n.trim().is_empty()) else { continue };
        let Ok(n) = n.trim().parse::<usize>() else {
            return Ok(back_to(
                &back,
                &format!("Line “{n}” is no line number: give the number the document's lines show."),
            ));
        };
        picks.push((name, n));
    }
    // The document's lines are read from the kept file once, and only when a line was picked.
    let mut taken: Vec<(String, String)> = Vec::new();
    if !picks.is_empty() {
        let it = state.store.review_item(id).await.map_err(PageError::internal)?;
        let lines = liaise_app::review::evidence(&state.store, &it).await.map(|e| e.lines);
        for (name, n) in picks {
            match lines
                .as_ref()
                .map_err(|e| e.to_string())
                .and_then(|l| liaise_app::review::line_value(l, n).map_err(|e| e.to_string()))
            {
                Ok(v) => taken.push((name.to_string(), v)),
                Err(e) => return Ok(back_to(&back, &format!("{}: {e}", name.replace('_', " ")))),
            }
        }
    }
    let mut fields = serde_json::Map::new();
    for (name, _, multi) in REVIEW_FIELDS {
        let typed = f.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let Some(given) = taken.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).or(typed) else { continue };
        let given = given.replace("\r\n", "\n");
        // Only what the person changed is a correction.
        if given.trim() == field_text(&item["record"][*name]).trim() {
            continue;
        }
        let value = if NAME_LISTS.contains(name) {
            // Issue 27, item 1: a line the person left as it was keeps the name it had (with
            // how it was written); only a new or changed line is read by the list grammar.
            let registry = state.store.shared_registry().await.map_err(PageError::internal)?;
            let before = item["record"][*name].as_array().cloned().unwrap_or_default();
            let mut names: Vec<Value> = Vec::new();
            for line in given.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let kept = before.iter().find(|n| {
                    let shown = match n {
                        Value::Object(o) => o.get("name").or(o.get("written")).and_then(Value::as_str),
                        other => other.as_str(),
                    };
                    shown == Some(line)
                });
                match kept {
                    Some(n) => names.push(n.clone()),
                    None => {
                        let parsed = registry.parse_list(line);
                        for n in parsed.items.into_iter().chain(parsed.especially) {
                            names.push(serde_json::to_value(n).map_err(PageError::internal)?);
                        }
                    }
                }
            }
            Value::Array(names)
        } else if *multi && *name != "abstract" {
            Value::Array(
                given.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| Value::String(l.into())).collect(),
            )
        } else if given.trim().is_empty() {
            Value::Null
        } else {
            Value::String(given.trim().to_string())
        };
        fields.insert((*name).to_string(), value);
    }
    if fields.is_empty() {
        return Ok(back_to(&back, "Nothing was changed."));
    }
    match asker
        .send(
            &state,
            Method::PATCH,
            &format!("/api/v1/review/{id}"),
            Send::Json(Value::Object(fields)),
            form(&f, "csrf").as_deref(),
        )
        .await
    {
        Ok(_) => Ok(back_to(&back, "The corrections were saved.")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

async fn review_name(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let back = format!("/review/{id}");
    let written = form(&f, "written").unwrap_or_default();
    let csrf = form(&f, "csrf");
    let done = match form(&f, "do").as_deref() {
        Some("add") => asker
            .send(&state, Method::POST, "/api/v1/bodies", Send::Json(json!({ "name": written })), csrf.as_deref())
            .await
            .map(|_| format!("{written} was added to the registry.")),
        _ => {
            let Some(into) = form(&f, "into") else { return Ok(back_to(&back, "Name the body to merge into.")) };
            asker
                .send(
                    &state,
                    Method::POST,
                    &format!("/api/v1/bodies/{}/aliases", urlencode(&into)),
                    Send::Json(json!({ "alias": written })),
                    csrf.as_deref(),
                )
                .await
                .map(|_| format!("{written} is now a spelling of {into}."))
        }
    };
    match done {
        Ok(n) => Ok(back_to(&back, &n)),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => Ok(back_to(&back, &e.detail)),
        Err(e) => Err(e),
    }
}

async fn review_accept(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    match asker
        .send(&state, Method::POST, &format!("/api/v1/review/{id}/accept"), Send::Nothing, form(&f, "csrf").as_deref())
        .await
    {
        Ok(v) => {
            let ls = v["ls_id"].as_i64().or(v["statement"]["ls_id"].as_i64());
            Ok(match ls {
                Some(ls) => back_to(&format!("/statements/{ls}"), "The statement was stored."),
                None => back_to("/review", "The reading was accepted."),
            })
        }
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to(&format!("/review/{id}"), &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn review_reject(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let body = json!({ "reason": form(&f, "reason").unwrap_or_default() });
    match asker
        .send(
            &state,
            Method::POST,
            &format!("/api/v1/review/{id}/reject"),
            Send::Json(body),
            form(&f, "csrf").as_deref(),
        )
        .await
    {
        Ok(_) => Ok(back_to("/review", "The reading was rejected.")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to(&format!("/review/{id}"), &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn bodies(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "bodies").await;
    let q = form(&params, "q").unwrap_or_default();
    let unconfirmed = form(&params, "unconfirmed").is_some();
    let list =
        asker.get(&state, if unconfirmed { "/api/v1/bodies?status=unconfirmed" } else { "/api/v1/bodies" }).await?;
    let items = list["items"].as_array().cloned().unwrap_or_default();
    let wanted = |b: &Value| {
        q.is_empty() || {
            let needle = q.to_lowercase();
            b["canonical"].as_str().is_some_and(|n| n.to_lowercase().contains(&needle))
                || b["aliases"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x.as_str().is_some_and(|x| x.to_lowercase().contains(&needle))))
        }
    };
    let shown: Vec<&Value> = items.iter().filter(|b| wanted(b)).collect();
    // The hierarchy: each body under its parent when the parent is shown too.
    let names: std::collections::HashSet<&str> = shown.iter().filter_map(|b| b["canonical"].as_str()).collect();
    fn node(b: &Value, all: &[&Value]) -> Value {
        let name = b["canonical"].as_str().unwrap_or("");
        let children: Vec<Value> =
            all.iter().filter(|c| c["parent_name"].as_str() == Some(name)).map(|c| node(c, all)).collect();
        json!({ "name": name, "kind": b["kind"], "status": b["status"], "statements": b["statements"], "children": children })
    }
    let tree: Vec<Value> = shown
        .iter()
        .filter(|b| b["parent_name"].as_str().is_none_or(|p| !names.contains(p)))
        .map(|b| node(b, &shown))
        .collect();
    let ctx = json!({ "title": "Bodies", "tree": tree, "count": shown.len(), "q": q, "unconfirmed": unconfirmed });
    Ok(html(render("bodies.html", &layout, with_notice(ctx, &params))?))
}

async fn body(
    State(state): State<AppState>,
    asker: Asker,
    Path(name): Path<String>,
    Query(params): Params,
) -> PageResult {
    let layout = asker.layout(&state, "bodies").await;
    let b = asker.get(&state, &format!("/api/v1/bodies/{}", urlencode(&name))).await?;
    let canonical = b["canonical"].as_str().unwrap_or(&name).to_string();
    let owes = asker
        .get(&state, &format!("/api/v1/due/statements?body={}&size=100", urlencode(&canonical)))
        .await
        .map(|v| v["items"].clone())
        .unwrap_or(Value::Null);
    let ctx = json!({ "title": canonical, "b": b, "owes": owes, "error": form(&params, "error") });
    Ok(html(render("body.html", &layout, with_notice(ctx, &params))?))
}

async fn body_act(
    State(state): State<AppState>,
    asker: Asker,
    Path((name, act)): Path<(String, String)>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let csrf = form(&f, "csrf");
    let at = format!("/api/v1/bodies/{}", urlencode(&name));
    let (uri, body, said, back) = match act.as_str() {
        "confirm" => (
            format!("{at}/confirm"),
            Send::Nothing,
            format!("{name} is confirmed."),
            format!("/bodies/{}", urlencode(&name)),
        ),
        "merge" => {
            let into = form(&f, "into").unwrap_or_default();
            (
                format!("{at}/merge"),
                Send::Json(json!({ "into": into })),
                format!("{name} was merged into {into}."),
                format!("/bodies/{}", urlencode(&into)),
            )
        }
        "alias" => {
            let alias = form(&f, "alias").unwrap_or_default();
            (
                format!("{at}/aliases"),
                Send::Json(json!({ "alias": alias })),
                format!("{alias} is now a spelling of {name}."),
                format!("/bodies/{}", urlencode(&name)),
            )
        }
        other => {
            return Err(PageError {
                status: StatusCode::NOT_FOUND,
                detail: format!("no such change of a body: {other}"),
                next: None,
            });
        }
    };
    match asker.send(&state, Method::POST, &uri, body, csrf.as_deref()).await {
        Ok(_) => Ok(back_to(&back, &said)),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to(&format!("/bodies/{}", urlencode(&name)), &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn people(State(state): State<AppState>, asker: Asker) -> PageResult {
    let layout = asker.layout(&state, "people").await;
    let list = asker.get(&state, "/api/v1/people").await?;
    let ctx = json!({ "title": "People", "items": list["items"] });
    Ok(html(render("people.html", &layout, ctx)?))
}

async fn catalogue(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "catalogue").await;
    let query = query_string(&params, &["notice"]);
    let (answer, error) = match asker.get(&state, &format!("/api/v1/catalogue?{query}")).await {
        Ok(v) => (v, None),
        Err(e) if e.status == StatusCode::BAD_REQUEST || e.status == StatusCode::NOT_FOUND => {
            (json!({ "items": [], "total": 0, "page": 1, "size": 50 }), Some(e.detail))
        }
        Err(e) => return Err(e),
    };
    let topics = asker.get(&state, "/api/v1/topics").await.map(|t| t["items"].clone()).unwrap_or(Value::Null);
    let topic_names: Vec<&str> =
        topics.as_array().map(|t| t.iter().filter_map(|t| t["name"].as_str()).collect()).unwrap_or_default();
    let rest = query_string(&params, &["notice", "page"]);
    let query_without_page = if rest.is_empty() { rest } else { format!("{rest}&") };
    let ctx = json!({
        "title": "Catalogue", "q": params_map(&params), "items": answer["items"], "total": answer["total"],
        "page": answer["page"], "size": answer["size"], "topics": topic_names, "error": error,
        "query_without_page": query_without_page,
    });
    Ok(html(render("catalogue.html", &layout, with_notice(ctx, &params))?))
}

async fn entry(State(state): State<AppState>, asker: Asker, Path(id): Path<String>) -> PageResult {
    let layout = asker.layout(&state, "catalogue").await;
    let e = asker.get(&state, &format!("/api/v1/catalogue/{}", urlencode(&id))).await?;
    let ctx = json!({ "title": e["identifier"], "e": e });
    Ok(html(render("entry.html", &layout, ctx)?))
}

async fn topics(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "topics").await;
    let list = asker.get(&state, "/api/v1/topics").await?;
    let bodies: Vec<String> = if layout.at_least(Role::Secretariat) {
        let registry = state.store.shared_registry().await.map_err(PageError::internal)?;
        registry.bodies().filter(|b| b.merged_into.is_none()).map(|b| b.canonical.clone()).collect()
    } else {
        Vec::new()
    };
    let ctx = json!({ "title": "Topics", "items": list["items"], "bodies": bodies });
    Ok(html(render("topics.html", &layout, with_notice(ctx, &params))?))
}

async fn add_topic(
    State(state): State<AppState>,
    asker: Asker,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let body = json!({ "group": form(&f, "group").unwrap_or_default(), "name": form(&f, "name") });
    match asker.send(&state, Method::POST, "/api/v1/topics", Send::Json(body), form(&f, "csrf").as_deref()).await {
        Ok(_) => Ok(back_to("/topics", "The topic was added.")),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/topics", &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn topic_act(
    State(state): State<AppState>,
    asker: Asker,
    Path((id, act)): Path<(i64, String)>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let csrf = form(&f, "csrf");
    let (method, uri, body, said) = match act.as_str() {
        "bodies" => {
            let remove = form(&f, "remove").is_some();
            let body = form(&f, "body").unwrap_or_default();
            let said = if remove {
                format!("{body} was taken off the topic.")
            } else {
                format!("{body} is related to the topic.")
            };
            (
                Method::POST,
                format!("/api/v1/topics/{id}/bodies"),
                json!({ "body": body, "especially": form(&f, "especially").is_some(), "remove": remove }),
                said,
            )
        }
        "rename" => (
            Method::PATCH,
            format!("/api/v1/topics/{id}"),
            json!({ "group": form(&f, "group").unwrap_or_default(), "name": form(&f, "name") }),
            "The topic was renamed.".to_string(),
        ),
        other => {
            return Err(PageError {
                status: StatusCode::NOT_FOUND,
                detail: format!("no such change of a topic: {other}"),
                next: None,
            });
        }
    };
    match asker.send(&state, method, &uri, Send::Json(body), csrf.as_deref()).await {
        Ok(_) => Ok(back_to("/topics", &said)),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/topics", &e.detail))
        }
        Err(e) => Err(e),
    }
}

/// The roadmap as JSON, or what stops it (no topics yet) as the page's message.
async fn roadmap_json(state: &AppState, asker: &Asker) -> Result<Result<Value, String>, PageError> {
    match asker.get(state, crate::api::ROADMAP_SUMMARY).await {
        Ok(v) => Ok(Ok(v)),
        Err(e) if e.status == StatusCode::NOT_FOUND => Ok(Err(e.detail)),
        Err(e) => Err(e),
    }
}

async fn matrix(State(state): State<AppState>, asker: Asker) -> PageResult {
    let layout = asker.layout(&state, "matrix").await;
    let ctx = match roadmap_json(&state, &asker).await? {
        Err(error) => json!({ "title": "Topic × body matrix", "error": error }),
        Ok(r) => {
            let m = &r["matrix"];
            let names: Vec<String> = m["bodies"]
                .as_array()
                .map(|b| b.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            let answered = m["answered"].as_array().cloned().unwrap_or_default();
            let max = m["rows"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|r| r["counts"].as_array().cloned().unwrap_or_default())
                .filter_map(|c| c.as_i64())
                .max()
                .unwrap_or(0)
                .max(1);
            let rows: Vec<Value> = m["rows"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|row| {
                    let cells: Vec<Value> = row["counts"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .zip(&names)
                        .map(|(c, b)| {
                            let count = c.as_i64().unwrap_or(0);
                            // Five shades: none, then quarters of the largest count.
                            let level = if count == 0 { 0 } else { 1 + (count * 4 - 1) / max };
                            json!({ "count": count, "body": b, "level": level.min(4) })
                        })
                        .collect();
                    json!({ "topic": row["topic"], "cells": cells })
                })
                .collect();
            let bodies: Vec<Value> = names.iter().enumerate().map(|(i, n)| json!({ "name": n, "answered": answered.get(i).and_then(Value::as_bool).unwrap_or(false) })).collect();
            json!({ "title": "Topic × body matrix", "rows": rows, "bodies": bodies })
        }
    };
    Ok(html(render("matrix.html", &layout, ctx)?))
}

async fn roadmap(State(state): State<AppState>, asker: Asker) -> PageResult {
    let layout = asker.layout(&state, "roadmap").await;
    let ctx = match roadmap_json(&state, &asker).await? {
        Err(error) => json!({ "title": "Roadmap", "error": error }),
        Ok(r) => json!({ "title": "Roadmap", "topics": r["topics"], "asked": r["asked"], "answered": r["answered"] }),
    };
    Ok(html(render("roadmap.html", &layout, ctx)?))
}

/// The whole HTML roadmap, as `liaise roadmap` writes it: a document of its own, with its own
/// style inside (so its policy allows that style, and still no script).
async fn roadmap_full(State(state): State<AppState>, asker: Asker) -> PageResult {
    let text = asker.text(&state, "/api/v1/roadmap?format=html").await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"),
        ],
        text,
    )
        .into_response())
}

async fn roadmap_export(State(state): State<AppState>, asker: Asker, Path(ext): Path<String>) -> PageResult {
    let (format, kind) = match ext.as_str() {
        "csv" => ("csv", "text/csv; charset=utf-8"),
        "md" => ("md", "text/markdown; charset=utf-8"),
        "json" => ("json", "application/json"),
        other => {
            return Err(PageError {
                status: StatusCode::NOT_FOUND,
                detail: format!("the roadmap is exported as csv, md or json, not {other}"),
                next: None,
            });
        }
    };
    let text = asker.text(&state, &format!("/api/v1/roadmap?format={format}")).await?;
    let disposition = format!("attachment; filename=\"roadmap.{ext}\"");
    Ok(([(header::CONTENT_TYPE, kind.to_string()), (header::CONTENT_DISPOSITION, disposition)], text).into_response())
}

async fn gaps(State(state): State<AppState>, asker: Asker) -> PageResult {
    let layout = asker.layout(&state, "gaps").await;
    let records = asker.get(&state, "/api/v1/gaps").await?;
    let (computed, error) = match roadmap_json(&state, &asker).await? {
        Ok(r) => (r["gaps"]["computed"].clone(), None),
        Err(e) => (json!([]), Some(e)),
    };
    let ctx = json!({ "title": "Gaps", "computed": computed, "records": records["items"], "error": error });
    Ok(html(render("gaps.html", &layout, ctx)?))
}

/// A snippet with its matches (between `[` and `]`) marked, every other character escaped.
fn snippet_html(snippet: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let mut inside = false;
    for c in snippet.chars() {
        match c {
            '[' if !inside => {
                out.push_str(&crate::html::escape(&word));
                word.clear();
                inside = true;
            }
            ']' if inside => {
                out.push_str(&format!("<mark>{}</mark>", crate::html::escape(&word)));
                word.clear();
                inside = false;
            }
            c => word.push(c),
        }
    }
    out.push_str(&crate::html::escape(&word));
    out
}

async fn search(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let mut layout = asker.layout(&state, "search").await;
    let q = form(&params, "q").unwrap_or_default();
    layout.q = q.clone();
    let filters: Vec<String> =
        params.iter().filter(|(k, v)| k == "facet" && v.contains('=')).map(|(_, v)| v.clone()).collect();
    if q.is_empty() {
        let ctx = json!({ "title": "Search", "q": q, "filters": filters });
        return Ok(html(render("search.html", &layout, ctx)?));
    }
    let facet_param =
        if filters.is_empty() { String::new() } else { format!("&facet={}", urlencode(&filters.join(","))) };
    let uri = format!("/api/v1/search?q={}{facet_param}&size=50", urlencode(&q));
    let (answer, error) = match asker.get(&state, &uri).await {
        Ok(v) => (v, None),
        Err(e) if e.status == StatusCode::BAD_REQUEST => (Value::Null, Some(e.detail)),
        Err(e) => return Err(e),
    };
    let href_with = |extra: Option<&str>| {
        let mut all: Vec<String> = filters.clone();
        if let Some(x) = extra {
            if let Some(at) = all.iter().position(|f| f == x) {
                all.remove(at);
            } else {
                all.push(x.to_string());
            }
        }
        let mut h = format!("/search?q={}", urlencode(&q));
        for f in all {
            h.push_str(&format!("&facet={}", urlencode(&f)));
        }
        h
    };
    let mut facets = Vec::new();
    if let Some(obj) = answer["facets"].as_object() {
        for (name, values) in obj {
            let mut vs: Vec<(String, i64)> = values
                .as_object()
                .map(|v| v.iter().map(|(k, n)| (k.clone(), n.as_i64().unwrap_or(0))).collect())
                .unwrap_or_default();
            vs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            vs.truncate(12);
            let values: Vec<Value> = vs
                .into_iter()
                .map(|(v, n)| {
                    let f = format!("{name}={v}");
                    json!({ "value": v, "count": n, "href": href_with(Some(&f)), "on": filters.contains(&f) })
                })
                .collect();
            facets.push(json!({ "name": name, "values": values }));
        }
    }
    let signed_in = layout.login.is_some();
    let hits: Vec<Value> = answer["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| {
            let id = h["id"].as_i64().unwrap_or(0);
            // Only statements have public pages: for the public a body, an entry or a person is
            // named without a link that would only lead to the login page.
            let href = match h["kind"].as_str() {
                Some("ls") => Some(format!("/statements/{id}")),
                Some("body") if signed_in => Some(format!("/bodies/{}", urlencode(h["title"].as_str().unwrap_or("")))),
                Some("entry") if signed_in => Some(format!("/catalogue/{id}")),
                _ if signed_in => Some("/people".to_string()),
                _ => None,
            };
            json!({ "title": h["title"], "kind": h["kind"], "href": href, "snippet_html": snippet_html(h["snippet"].as_str().unwrap_or("")) })
        })
        .collect();
    let ctx = json!({ "title": format!("Search: {q}"), "q": q, "filters": filters, "total": answer["total"], "hits": hits, "facets": facets, "error": error });
    Ok(html(render("search.html", &layout, ctx)?))
}

async fn settings(State(state): State<AppState>, asker: Asker, Query(params): Params) -> PageResult {
    let layout = asker.layout(&state, "settings").await;
    // The API says who may read the settings (admins).
    let settings = asker.get(&state, "/api/v1/settings").await?;
    let audit = asker.get(&state, "/api/v1/audit?size=20").await?;
    let ctx = json!({ "title": "Settings", "s": settings, "audit": audit["items"] });
    Ok(html(render("settings.html", &layout, with_notice(ctx, &params))?))
}

async fn test_mail(
    State(state): State<AppState>,
    asker: Asker,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let to = form(&f, "to").unwrap_or_default();
    match asker
        .send(
            &state,
            Method::POST,
            "/api/v1/settings/test-mail",
            Send::Json(json!({ "to": to })),
            form(&f, "csrf").as_deref(),
        )
        .await
    {
        Ok(_) => Ok(back_to("/settings", &format!("A test message went to {to}."))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/settings", &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn add_user(
    State(state): State<AppState>,
    asker: Asker,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let login = form(&f, "login").unwrap_or_default();
    let body = json!({
        "login": login, "role": form(&f, "role").unwrap_or_default(), "name": form(&f, "name"),
        "email": form(&f, "email"), "body": form(&f, "body"), "password": form(&f, "password"),
    });
    match asker.send(&state, Method::POST, "/api/v1/users", Send::Json(body), form(&f, "csrf").as_deref()).await {
        Ok(_) => Ok(back_to("/settings", &format!("{login} can now log in with the role given."))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/settings", &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn change_user(
    State(state): State<AppState>,
    asker: Asker,
    Path(login): Path<String>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    let mut change = serde_json::Map::new();
    if let Some(r) = form(&f, "role") {
        change.insert("role".into(), r.into());
    }
    if let Some(d) = form(&f, "disabled") {
        change.insert("disabled".into(), (d == "true").into());
    }
    let uri = format!("/api/v1/users/{}", urlencode(&login));
    match asker.send(&state, Method::PATCH, &uri, Send::Json(Value::Object(change)), form(&f, "csrf").as_deref()).await
    {
        Ok(_) => Ok(back_to("/settings", &format!("{login}'s account was changed."))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/settings", &e.detail))
        }
        Err(e) => Err(e),
    }
}

async fn revoke_token(
    State(state): State<AppState>,
    asker: Asker,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<Vec<(String, String)>>,
) -> PageResult {
    match asker
        .send(&state, Method::DELETE, &format!("/api/v1/tokens/{id}"), Send::Nothing, form(&f, "csrf").as_deref())
        .await
    {
        Ok(_) => Ok(back_to("/settings", &format!("Token {id} is revoked."))),
        Err(e) if e.status.is_client_error() && e.status != StatusCode::UNAUTHORIZED => {
            Ok(back_to("/settings", &e.detail))
        }
        Err(e) => Err(e),
    }
}
