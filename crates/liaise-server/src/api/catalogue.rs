//! The catalogue of specifications and reports (list, show, import, tag), the topics, the gap
//! records, and the roadmap as JSON or as a download (HTML, Markdown, CSV).

use super::{Items, Page, ReadErrors, WriteErrors, json_body, plain_text, query, visible};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use liaise_app::catalogue::{CatalogueReport, Format};
use liaise_app::roadmap::{RenderOptions, RoadmapFormat};
use liaise_core::catalogue::ident::Family;
use liaise_core::catalogue::status::Lifecycle;
use liaise_store::accounts::Role;
use liaise_store::catalogue::{Entry, EntryFilter, Gap, Topic};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntriesQuery {
    /// The body that publishes it (any spelling).
    body: Option<String>,
    /// itu, iso, ietf, 3gpp, etsi, ieee or w3c.
    family: Option<String>,
    /// proposed, in-development, in-approval, published, under-review, superseded or withdrawn.
    lifecycle: Option<String>,
    /// A topic ("media codec", or its id).
    topic: Option<String>,
    /// Words of the identifier or title.
    text: Option<String>,
    /// Published in this year (2022).
    year: Option<i32>,
    page: Option<i64>,
    /// From 1 to 500 (50).
    size: Option<i64>,
}

/// The catalogue, by family and identifier, a page at a time.
#[utoipa::path(get, path = "/api/v1/catalogue", tag = "catalogue", params(EntriesQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Page<Entry>), ReadErrors))]
pub async fn list_entries(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    q: Result<Query<EntriesQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let q = query(q)?;
    let answer =
        super::cached(&state, &caller, &uri, || async { super::rendered_json(&entries_page(&state, q).await?) })
            .await?;
    Ok(super::json_response(&answer))
}

async fn entries_page(state: &AppState, q: EntriesQuery) -> Result<Page<Entry>, ApiError> {
    plain_text(&[("body", &q.body), ("topic", &q.topic), ("text", &q.text)])?;
    let (page, size, offset) = super::page(q.page, q.size)?;
    let lifecycle = q
        .lifecycle
        .as_deref()
        .map(|l| {
            Lifecycle::parse(l).ok_or_else(|| {
                ApiError::BadRequest(format!("lifecycle {l:?}: one of proposed, in-development, in-approval, published, under-review, superseded, withdrawn"))
            })
        })
        .transpose()?;
    let family = q
        .family
        .as_deref()
        .map(|f| {
            Family::parse(f).ok_or_else(|| {
                ApiError::BadRequest(format!("family {f:?}: one of itu, iso, ietf, 3gpp, etsi, ieee, w3c"))
            })
        })
        .transpose()?;
    let mut filter = EntryFilter {
        body: q.body,
        topic: q.topic,
        lifecycle,
        family,
        text: q.text,
        year: super::year(q.year)?,
        ..EntryFilter::default()
    };
    let total = state.store.count_entries(&filter).await?;
    filter.limit = Some(size);
    filter.offset = Some(offset);
    let items = state.store.entries(&filter).await?;
    Ok(Page { items, page, size, total })
}

/// One entry by its id or its identifier in any spelling ("ISO/IEC 23090-3", "H.266").
#[utoipa::path(get, path = "/api/v1/catalogue/{id}", tag = "catalogue",
    params(("id" = String, Path, description = "The entry's id or identifier")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Entry), ReadErrors))]
pub async fn show_entry(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Entry>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    plain_text(&[("id", &Some(id.clone()))])?;
    Ok(Json(state.store.entry(&id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The file's name, kept as the entries' source.
    name: Option<String>,
    /// relaton, csv or json; else from the Content-Type.
    format: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Imported {
    records: usize,
    created: usize,
    updated: usize,
    unchanged: usize,
    merged: usize,
    /// Records that could not be read or stored, with where they are and why.
    failed: Vec<serde_json::Value>,
    warnings: Vec<String>,
    new_bodies: Vec<String>,
    new_topics: Vec<String>,
}

impl From<CatalogueReport> for Imported {
    fn from(r: CatalogueReport) -> Imported {
        Imported {
            records: r.records,
            created: r.created,
            updated: r.updated,
            unchanged: r.unchanged,
            merged: r.merged,
            failed: r.failed.iter().filter_map(|f| serde_json::to_value(f).ok()).collect(),
            warnings: r.warnings,
            new_bodies: r.new_bodies,
            new_topics: r.new_topics,
        }
    }
}

/// Imports catalogue records: a Relaton YAML file, a CSV or a JSON list, as `liaise catalogue
/// import` does a file.
#[utoipa::path(post, path = "/api/v1/catalogue", tag = "catalogue", params(ImportQuery),
    request_body(content((String = "application/yaml"), (String = "text/csv"), (serde_json::Value = "application/json"))),
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = Imported), WriteErrors))]
pub async fn import_entries(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    q: Result<Query<ImportQuery>, QueryRejection>,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let q = query(q)?;
    let kind = super::content_type(&headers);
    let format = match q.format.as_deref() {
        Some(f) => {
            Format::parse(f).ok_or_else(|| ApiError::BadRequest(format!("format {f:?}: relaton, csv or json")))?
        }
        None => match kind.as_str() {
            "application/yaml" | "application/x-yaml" | "text/yaml" => Format::Relaton,
            "text/csv" => Format::Csv,
            "application/json" => Format::Json,
            other => {
                return Err(ApiError::UnsupportedMediaType(format!(
                    "{}: send Relaton YAML (application/yaml), CSV (text/csv) or JSON (application/json)",
                    if other.is_empty() { "no Content-Type" } else { other }
                )));
            }
        },
    };
    let bytes = super::upload_body(body, "a catalogue file")?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| ApiError::BadRequest(format!("the body is not UTF-8 text (byte {})", e.valid_up_to())))?;
    if text.trim().is_empty() {
        return Err(ApiError::BadRequest("the body is empty: send the records".into()));
    }
    let name = q.name.unwrap_or_else(|| "upload".into());
    visible(&[("name", Some(&name))])?;
    let report = liaise_app::catalogue::import_text(&state.store, &name, text, format, &caller.who(p)).await?;
    Ok((StatusCode::CREATED, Json(Imported::from(report))).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Tags {
    /// Topics, by label or id.
    topics: Vec<String>,
    /// Take the topics off instead of putting them on.
    #[serde(default)]
    detach: bool,
}

/// Puts topics on an entry (or takes them off).
#[utoipa::path(post, path = "/api/v1/catalogue/{id}/topics", tag = "catalogue",
    params(("id" = String, Path, description = "The entry's id or identifier")), request_body = Tags,
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Entry), WriteErrors))]
pub async fn tag_entry(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
    body: Result<Json<Tags>, JsonRejection>,
) -> Result<Json<Entry>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let tags = json_body(body)?;
    if tags.topics.is_empty() {
        return Err(ApiError::BadRequest("topics: name at least one".into()));
    }
    if tags.topics.iter().any(|t| super::hides(t)) {
        return Err(ApiError::BadRequest("topics: control characters and direction overrides are not text".into()));
    }
    Ok(Json(state.store.tag_entry(&id, &tags.topics, !tags.detach, &caller.who(p)).await?))
}

/// The topics of the taxonomy, with the bodies related to each and how many entries.
#[utoipa::path(get, path = "/api/v1/topics", tag = "catalogue", security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<Topic>), ReadErrors))]
pub async fn topics(State(state): State<AppState>, caller: Caller) -> Result<Json<Items<Topic>>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    Ok(Json(Items { items: state.store.topics().await? }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// The statement whose topic table becomes the taxonomy (its id or document number).
    ls: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Seeded {
    /// Topics added, and bodies related to topics.
    topics: usize,
    related: usize,
}

/// Seeds the taxonomy from a statement's topic table, as `liaise topics seed` does: each row
/// a topic, with the bodies it names related.
#[utoipa::path(post, path = "/api/v1/topics/seed", tag = "catalogue", request_body = Seed,
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Seeded), WriteErrors))]
pub async fn seed_topics(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<Seed>, JsonRejection>,
) -> Result<Json<Seeded>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let seed = json_body(body)?;
    plain_text(&[("ls", &Some(seed.ls.clone()))])?;
    let ls = state.store.get_ls(&seed.ls).await?.id;
    let (topics, related) = state.store.seed_topics(ls, &caller.who(p)).await?;
    Ok(Json(Seeded { topics, related }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTopic {
    /// The topic's group ("Infrastructure"), or the whole topic when it has no sub-name.
    group: String,
    /// The sub-topic ("Cloud network"), if any.
    name: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TopicCreated {
    id: i64,
}

fn topic_words(t: &NewTopic) -> Result<(), ApiError> {
    if t.group.trim().is_empty() {
        return Err(ApiError::BadRequest("group: a topic has a name".into()));
    }
    if super::hides(&t.group) || t.name.as_deref().is_some_and(super::hides) {
        return Err(ApiError::BadRequest("control characters and direction overrides are not text".into()));
    }
    if t.group.chars().count() > 200 || t.name.as_deref().is_some_and(|n| n.chars().count() > 200) {
        return Err(ApiError::BadRequest("a topic's name is at most 200 characters".into()));
    }
    Ok(())
}

/// Adds a topic to the taxonomy, as `liaise topics add` does.
#[utoipa::path(post, path = "/api/v1/topics", tag = "catalogue", request_body = NewTopic,
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = TopicCreated), WriteErrors))]
pub async fn add_topic(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<NewTopic>, JsonRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let t = json_body(body)?;
    topic_words(&t)?;
    let name = t.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let id = state.store.add_topic(t.group.trim(), name, &caller.who(p)).await?;
    Ok((StatusCode::CREATED, Json(TopicCreated { id })).into_response())
}

/// Renames a topic (its group and sub-name), as `liaise topics rename` does.
#[utoipa::path(patch, path = "/api/v1/topics/{topic}", tag = "catalogue", request_body = NewTopic,
    params(("topic" = String, Path, description = "The topic's label or id")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Topic), WriteErrors))]
pub async fn rename_topic(
    State(state): State<AppState>,
    caller: Caller,
    topic: Result<Path<String>, PathRejection>,
    body: Result<Json<NewTopic>, JsonRejection>,
) -> Result<Json<Topic>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(topic) = topic.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let t = json_body(body)?;
    topic_words(&t)?;
    let name = t.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    state.store.rename_topic(&topic, t.group.trim(), name, &caller.who(p)).await?;
    let label = match name {
        Some(n) => format!("{} / {n}", t.group.trim()),
        None => t.group.trim().to_string(),
    };
    Ok(Json(state.store.find_topic(&label).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Any name of the body.
    body: String,
    /// The body is named as "especially" working on it.
    #[serde(default)]
    especially: bool,
    /// Take the relation away instead.
    #[serde(default)]
    remove: bool,
}

/// Relates a body to a topic, or takes the relation away, as `liaise topics relate` does.
#[utoipa::path(post, path = "/api/v1/topics/{topic}/bodies", tag = "catalogue", request_body = Relation,
    params(("topic" = String, Path, description = "The topic's label or id")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Topic), WriteErrors))]
pub async fn relate_topic(
    State(state): State<AppState>,
    caller: Caller,
    topic: Result<Path<String>, PathRejection>,
    body: Result<Json<Relation>, JsonRejection>,
) -> Result<Json<Topic>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(topic) = topic.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let r = json_body(body)?;
    plain_text(&[("body", &Some(r.body.clone()))])?;
    state.store.relate_topic(&topic, &r.body, r.especially, !r.remove, &caller.who(p)).await?;
    Ok(Json(state.store.find_topic(&topic).await?))
}

/// The gap records: where standards are missing, with their progress.
#[utoipa::path(get, path = "/api/v1/gaps", tag = "catalogue", security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<Gap>), ReadErrors))]
pub async fn gaps(State(state): State<AppState>, caller: Caller) -> Result<Json<Items<Gap>>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    Ok(Json(Items { items: state.store.gaps().await? }))
}

/// The address the web app's matrix and roadmap pages read.
pub const SUMMARY_URI: &str = "/api/v1/roadmap?part=summary";

/// Renders the roadmap's summary into the read cache, when there are topics to map.
pub async fn warm_summary(state: &AppState) -> Result<(), ApiError> {
    super::warm(state, SUMMARY_URI, || async {
        let (data, map) = liaise_app::roadmap::build(&state.store, None, &[]).await?;
        if map.topics.is_empty() {
            return Err(ApiError::NotFound("no topics".into()));
        }
        let text = liaise_app::roadmap::summary_json(&data, &map).to_string();
        Ok(crate::cache::Rendered { body: text.into(), etag: None })
    })
    .await
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RoadmapQuery {
    /// json (the default), html, md or csv; the last three come as downloads.
    format: Option<String>,
    /// The statement whose topic table the roadmap follows (id or number).
    ls: Option<String>,
    /// Only these topics (label or id), comma-separated.
    topics: Option<String>,
    /// HTML and Markdown list at most so many entries per cell (25); CSV and JSON hold all.
    max_listed: Option<usize>,
    /// `summary`: the JSON without the entries (the matrix, each topic's counts by body, gaps).
    part: Option<String>,
}

/// The roadmap: the topic x body matrix, timelines and gaps, as `liaise roadmap` writes it.
#[utoipa::path(get, path = "/api/v1/roadmap", tag = "catalogue", params(RoadmapQuery),
    security(("token" = []), ("session" = [])),
    responses(
        (status = 200, description = "The roadmap", content(
            (serde_json::Value = "application/json"),
            (String = "text/html"),
            (String = "text/markdown"),
            (String = "text/csv"))),
        ReadErrors))]
pub async fn roadmap(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    q: Result<Query<RoadmapQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Member, false)?;
    let q = query(q)?;
    plain_text(&[("ls", &q.ls), ("topics", &q.topics), ("format", &q.format), ("part", &q.part)])?;
    let format = match q.format.as_deref() {
        None => RoadmapFormat::Json,
        Some(f) => RoadmapFormat::parse(f)
            .ok_or_else(|| ApiError::BadRequest(format!("format {f:?}: json, html, md or csv")))?,
    };
    let max_listed = q.max_listed.unwrap_or(25);
    if !(1..=10_000).contains(&max_listed) {
        return Err(ApiError::BadRequest("max_listed: from 1 to 10000".into()));
    }
    let topics: Vec<String> = q
        .topics
        .iter()
        .flat_map(|t| t.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let answer = super::cached(&state, &caller, &uri, || async {
        let (data, map) = liaise_app::roadmap::build(&state.store, q.ls.as_deref(), &topics).await?;
        if map.topics.is_empty() {
            return Err(ApiError::NotFound(
                "there are no topics: seed them from a statement's table first (liaise topics seed FG-MV-LS1)".into(),
            ));
        }
        let text = match (q.part.as_deref(), format) {
            (Some("summary"), RoadmapFormat::Json) => liaise_app::roadmap::summary_json(&data, &map).to_string(),
            (Some("summary"), _) => return Err(ApiError::BadRequest("part=summary is JSON only".into())),
            (Some(other), _) => return Err(ApiError::BadRequest(format!("part {other:?}: summary, or none for all"))),
            (None, _) => liaise_app::roadmap::render(format, &data, &map, &RenderOptions { max_listed, compact: true }),
        };
        Ok(crate::cache::Rendered { body: text.into(), etag: None })
    })
    .await?;
    let text = answer.body;
    let (kind, file) = match format {
        RoadmapFormat::Json => ("application/json", None),
        RoadmapFormat::Html => ("text/html; charset=utf-8", Some("roadmap.html")),
        RoadmapFormat::Markdown => ("text/markdown; charset=utf-8", Some("roadmap.md")),
        RoadmapFormat::Csv => ("text/csv; charset=utf-8", Some("roadmap.csv")),
    };
    let mut response = ([(header::CONTENT_TYPE, kind)], text).into_response();
    if let Some(file) = file
        && let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\""))
    {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    if format == RoadmapFormat::Html {
        // The roadmap page carries its own style sheet and no script.
        response.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
        );
    }
    Ok(response)
}
