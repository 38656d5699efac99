//! The registry of bodies: list, show by any name, add, alias, confirm, merge.

use super::{Items, ReadErrors, WriteErrors, json_body, plain_text, query, visible};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use liaise_core::registry::{BodyKind, BodyStatus};
use liaise_store::accounts::Role;
use liaise_store::bodies::{MergeReport, NewBody};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BodiesQuery {
    /// builtin, confirmed, unconfirmed or merged.
    status: Option<String>,
    /// Also the bodies merged into others.
    all: Option<bool>,
}

fn body_name(name: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    let Path(name) = name.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    plain_text(&[("name", &Some(name.clone()))])?;
    Ok(name)
}

/// The bodies of the registry, with their parents and how many statements name them.
#[utoipa::path(get, path = "/api/v1/bodies", tag = "registry", params(BodiesQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<serde_json::Value>, description = "Each body: id, canonical, full_name, kind, parent, aliases, status, parent_name, statements"), ReadErrors))]
pub async fn list_bodies(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<BodiesQuery>, QueryRejection>,
) -> Result<Json<Items<serde_json::Value>>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let q = query(q)?;
    let status = q
        .status
        .as_deref()
        .map(|s| {
            BodyStatus::parse(s)
                .ok_or_else(|| ApiError::BadRequest(format!("status {s:?}: builtin, confirmed, unconfirmed or merged")))
        })
        .transpose()?;
    let all = q.all.unwrap_or(false) || status == Some(BodyStatus::Merged);
    let bodies = state.store.list_bodies(all, status).await?;
    Ok(Json(Items { items: bodies.iter().map(super::to_value).collect::<Result<_, _>>()? }))
}

/// A body by any of its names, with its children, officers, rapporteurs and statements.
/// Rapporteurs' addresses are for members and up.
#[utoipa::path(get, path = "/api/v1/bodies/{name}", tag = "registry",
    params(("name" = String, Path, description = "Any name of the body: \"ITU-T SG16\", \"SG16\", \"ITU-T Study Group 16\"")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = serde_json::Value), ReadErrors))]
pub async fn show_body(
    State(state): State<AppState>,
    caller: Caller,
    name: Result<Path<String>, PathRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let p = caller.require(Role::Rapporteur, false)?;
    let rapporteur = p.role == Role::Rapporteur;
    let own = p.body_id;
    let found = state.store.body_detail(&body_name(name)?).await?;
    let theirs = own == Some(found.info.body.id);
    let mut detail = super::to_value(&found)?;
    // A rapporteur reads the registry, not other people's addresses; of another body, not its
    // statements or people either (found in review: the titles of statements they may not read).
    if rapporteur {
        crate::redact::personal_data(&mut detail);
        if !theirs && let Some(obj) = detail.as_object_mut() {
            for key in ["statements_from", "statements_to", "officers", "rapporteurs"] {
                obj.insert(key.into(), serde_json::json!([]));
            }
        }
    }
    Ok(Json(detail))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBodyRequest {
    /// The name it is known by ("ITU-T SG16").
    name: String,
    full_name: Option<String>,
    /// organization, sector, study-group, advisory-group, working-party, focus-group,
    /// intersector-group, joint-committee, technical-committee, subcommittee, evaluation-group,
    /// specification-group, working-group, industry-group, committee, ...
    kind: Option<String>,
    /// The body it belongs to (any spelling).
    parent: Option<String>,
    /// Other spellings.
    #[serde(default)]
    aliases: Vec<String>,
}

/// Adds a body to the registry, confirmed.
#[utoipa::path(post, path = "/api/v1/bodies", tag = "registry", request_body = NewBodyRequest,
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = serde_json::Value), WriteErrors))]
pub async fn add_body(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<NewBodyRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let b = json_body(body)?;
    visible(&[("name", Some(&b.name)), ("full_name", b.full_name.as_deref()), ("parent", b.parent.as_deref())])?;
    if b.aliases.iter().any(|a| super::hides(a)) {
        return Err(ApiError::BadRequest("aliases: control characters and direction overrides are not text".into()));
    }
    let kind = b
        .kind
        .as_deref()
        .map(|k| {
            BodyKind::parse(k).ok_or_else(|| {
                let all: Vec<&str> = BodyKind::ALL.iter().map(|k| k.as_str()).collect();
                ApiError::BadRequest(format!("kind {k:?}: one of {}", all.join(", ")))
            })
        })
        .transpose()?;
    let parent = match &b.parent {
        Some(name) => Some(state.store.find_body(name).await?.id),
        None => None,
    };
    let new = NewBody { canonical: b.name, full_name: b.full_name, kind, parent, aliases: b.aliases, note: None };
    let added = state.store.add_body(&new, &caller.who(p)).await?;
    Ok((StatusCode::CREATED, Json(super::to_value(&added)?)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// Another spelling of the body's name.
    alias: String,
}

/// Adds a spelling to a body: statements that write it so name the body from then on.
#[utoipa::path(post, path = "/api/v1/bodies/{name}/aliases", tag = "registry",
    params(("name" = String, Path)), request_body = Alias, security(("token" = []), ("session" = [])),
    responses((status = 200, body = serde_json::Value), WriteErrors))]
pub async fn add_alias(
    State(state): State<AppState>,
    caller: Caller,
    name: Result<Path<String>, PathRejection>,
    body: Result<Json<Alias>, JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let name = body_name(name)?;
    let Alias { alias } = json_body(body)?;
    visible(&[("alias", Some(&alias))])?;
    Ok(Json(super::to_value(&state.store.add_alias(&name, &alias, &caller.who(p)).await?)?))
}

/// Confirms a body a reader added for a name no entry matched.
#[utoipa::path(post, path = "/api/v1/bodies/{name}/confirm", tag = "registry",
    params(("name" = String, Path)), security(("token" = []), ("session" = [])),
    responses((status = 200, body = serde_json::Value), WriteErrors))]
pub async fn confirm_body(
    State(state): State<AppState>,
    caller: Caller,
    name: Result<Path<String>, PathRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    Ok(Json(super::to_value(&state.store.confirm_body(&body_name(name)?, &caller.who(p)).await?)?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    /// The body it is the same as (any spelling).
    into: String,
}

/// Merges a body into another (a reader's spelling of a known body): its names, statements,
/// actions and rapporteurs move; `liaise bodies unmerge` takes it back.
#[utoipa::path(post, path = "/api/v1/bodies/{name}/merge", tag = "registry",
    params(("name" = String, Path)), request_body = Merge, security(("token" = []), ("session" = [])),
    responses((status = 200, body = MergeReport), WriteErrors))]
pub async fn merge_body(
    State(state): State<AppState>,
    caller: Caller,
    name: Result<Path<String>, PathRejection>,
    body: Result<Json<Merge>, JsonRejection>,
) -> Result<Json<MergeReport>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let name = body_name(name)?;
    let Merge { into } = json_body(body)?;
    visible(&[("into", Some(&into))])?;
    Ok(Json(state.store.merge_bodies(&name, &into, &caller.who(p)).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeopleQuery {
    /// Words of the name, organization or address.
    text: Option<String>,
}

/// The people liaise knows: contacts, officers and rapporteurs, with their offices (members and
/// up: addresses are personal data).
#[utoipa::path(get, path = "/api/v1/people", tag = "registry", params(PeopleQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<liaise_store::bodies::Person>), ReadErrors))]
pub async fn people(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<PeopleQuery>, QueryRejection>,
) -> Result<Json<Items<liaise_store::bodies::Person>>, ApiError> {
    caller.require(Role::Member, false)?;
    let q = query(q)?;
    plain_text(&[("text", &q.text)])?;
    Ok(Json(Items { items: state.store.people(q.text.as_deref()).await? }))
}
