//! Tracking: actions (list, set state), replies (unmatched, link, unlink), the due list,
//! rapporteurs, and the deadline calendar.

use super::{Items, Page, ReadErrors, WriteErrors, date, json_body, own_body, page, plain_text, query, visible};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use liaise_app::due::{DuePage, DueStatement};
use liaise_core::track::ActionState;
use liaise_store::accounts::Role;
use liaise_store::track::{ActionFilter, ActionRow, Designation, DueSide, UnmatchedReply};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActionsQuery {
    /// A statement's id or document number.
    ls: Option<String>,
    /// A body's name (any spelling): its actions.
    body: Option<String>,
    /// open, acknowledged, answered, declined or withdrawn.
    state: Option<String>,
}

/// The actions statements ask of bodies. A rapporteur sees their own body's.
#[utoipa::path(get, path = "/api/v1/actions", tag = "tracking", params(ActionsQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<ActionRow>), ReadErrors))]
pub async fn list_actions(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<ActionsQuery>, QueryRejection>,
) -> Result<Json<Items<ActionRow>>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let mut q = query(q)?;
    plain_text(&[("ls", &q.ls), ("body", &q.body), ("state", &q.state)])?;
    let own = own_body(&state, &caller).await?;
    let rapporteur = own.is_some();
    if let Some(body) = own {
        q.body = Some(body);
    }
    let ls_id = match &q.ls {
        // A rapporteur learns nothing of a statement not addressed to their body, not even
        // whether it exists: an unknown one is an empty list too.
        Some(ls) if rapporteur => match state.store.get_ls(ls).await {
            Ok(view) => Some(view.id),
            Err(liaise_store::StoreError::NotFound(_)) => return Ok(Json(Items { items: Vec::new() })),
            Err(e) => return Err(e.into()),
        },
        Some(ls) => Some(state.store.get_ls(ls).await?.id),
        None => None,
    };
    let wanted = q
        .state
        .as_deref()
        .map(|s| {
            ActionState::parse(s).ok_or_else(|| {
                ApiError::BadRequest(format!("state {s:?}: open, acknowledged, answered, declined or withdrawn"))
            })
        })
        .transpose()?;
    let filter = ActionFilter { ls_id, body: q.body, state: wanted, living_only: false };
    Ok(Json(Items { items: state.store.actions(&filter).await? }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionChange {
    /// open, acknowledged, answered, declined or withdrawn.
    state: String,
    /// Why, for the record.
    comment: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionChanged {
    id: i64,
    from: Option<ActionState>,
    to: ActionState,
}

/// Moves an action to another state, with a comment for the record.
#[utoipa::path(patch, path = "/api/v1/actions/{id}", tag = "tracking",
    params(("id" = i64, Path)), request_body = ActionChange, security(("token" = []), ("session" = [])),
    responses((status = 200, body = ActionChanged), WriteErrors))]
pub async fn set_action(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
    body: Result<Json<ActionChange>, JsonRejection>,
) -> Result<Json<ActionChanged>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(id) = id.map_err(|_| ApiError::BadRequest("an action's id is a number".into()))?;
    let change = json_body(body)?;
    visible(&[("comment", change.comment.as_deref())])?;
    let to = ActionState::parse(&change.state).ok_or_else(|| {
        ApiError::BadRequest(format!("state {:?}: open, acknowledged, answered, declined or withdrawn", change.state))
    })?;
    let done = state.store.set_action_states(&[id], to, change.comment.as_deref(), &caller.who(p)).await?;
    let from = done.first().map(|(_, s)| *s);
    Ok(Json(ActionChanged { id, from, to }))
}

/// Replies that answer no statement liaise knows: each waits to be linked by hand.
#[utoipa::path(get, path = "/api/v1/replies/unmatched", tag = "tracking",
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<UnmatchedReply>), ReadErrors))]
pub async fn unmatched_replies(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Items<UnmatchedReply>>, ApiError> {
    caller.require(Role::Member, false)?;
    Ok(Json(Items { items: state.store.unmatched_replies().await? }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The statement answered: its id or document number.
    original: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Linked {
    reply: i64,
    original: i64,
    /// The actions of the original the link marked answered (or opened again, for an unlink).
    actions: usize,
}

/// Links a reply to the statement it answers: the replying body's actions become answered.
#[utoipa::path(post, path = "/api/v1/replies/{id}/links", tag = "tracking",
    params(("id" = String, Path, description = "The reply: its id or document number")),
    request_body = Link, security(("token" = []), ("session" = [])),
    responses((status = 200, body = Linked), WriteErrors))]
pub async fn link_reply(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<String>, PathRejection>,
    body: Result<Json<Link>, JsonRejection>,
) -> Result<Json<Linked>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let Link { original } = json_body(body)?;
    let reply = state.store.get_ls(&id).await?.id;
    let original = state.store.get_ls(&original).await?.id;
    let actions = state.store.link_reply(reply, original, &caller.who(p)).await?;
    Ok(Json(Linked { reply, original, actions }))
}

/// Takes a link back: the actions it answered are open again.
#[utoipa::path(delete, path = "/api/v1/replies/{id}/links/{original}", tag = "tracking",
    params(("id" = String, Path, description = "The reply"), ("original" = String, Path, description = "The statement it was linked to")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Linked), WriteErrors))]
pub async fn unlink_reply(
    State(state): State<AppState>,
    caller: Caller,
    ids: Result<Path<(String, String)>, PathRejection>,
) -> Result<Json<Linked>, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let Path((id, original)) = ids.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let reply = state.store.get_ls(&id).await?.id;
    let original = state.store.get_ls(&original).await?.id;
    let actions = state.store.unlink_reply(reply, original, &caller.who(p)).await?;
    Ok(Json(Linked { reply, original, actions }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DueQuery {
    /// Evaluate as if today were this day.
    as_of: Option<String>,
    /// Only what this body owes.
    body: Option<String>,
    /// Only deadlines within so many days (overdue ones included).
    within_days: Option<i64>,
    /// Only actions past their deadline.
    overdue: Option<bool>,
    /// `to_us` (default): what other bodies owe the group; `by_us`: what the group owes.
    side: Option<DueSide>,
    /// The page, from 1.
    page: Option<i64>,
    /// Items per page (50; at most 500).
    size: Option<i64>,
}

/// The caller's question as the use-case takes it: a rapporteur's body in place of any asked.
async fn due_options(
    state: &AppState,
    caller: &Caller,
    q: &mut DueQuery,
) -> Result<liaise_app::due::DueOptions, ApiError> {
    plain_text(&[("body", &q.body)])?;
    if let Some(body) = own_body(state, caller).await? {
        q.body = Some(body);
    }
    if q.within_days.is_some_and(|d| !(0..=36_500).contains(&d)) {
        return Err(ApiError::BadRequest("within_days: from 0 to 36500".into()));
    }
    let as_of = match date("as_of", q.as_of.as_deref())? {
        Some(d) => d,
        None => liaise_app::today()?,
    };
    Ok(liaise_app::due::DueOptions {
        as_of,
        within_days: q.within_days,
        overdue_only: q.overdue.unwrap_or(false),
        body: q.body.clone(),
    })
}

/// What other bodies owe the group (or, with `side=by_us`, what it owes), one item per
/// statement and body, soonest deadline first, a page at a time. A rapporteur sees what their
/// own body owes.
#[utoipa::path(get, path = "/api/v1/due", tag = "tracking", params(DueQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = DuePage), ReadErrors))]
pub async fn due(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    q: Result<Query<DueQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let mut q = query(q)?;
    let (_, size, offset) = page(q.page, q.size)?;
    let options = due_options(&state, &caller, &mut q).await?;
    let side = q.side.unwrap_or(DueSide::ToUs);
    let answer = super::cached(&state, &caller, &uri, || async {
        super::rendered_json(
            &liaise_app::due::due_page(&state.store, Some(&state.due), &options, side, size, offset).await?,
        )
    })
    .await?;
    Ok(super::json_response(&answer))
}

/// The statements the group sent that ask for action, each with how many bodies were asked,
/// still owe, are overdue, answered, declined or were withdrawn; soonest deadline first.
#[utoipa::path(get, path = "/api/v1/due/statements", tag = "tracking", params(DueQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Page<DueStatement>), ReadErrors))]
pub async fn due_statements(
    State(state): State<AppState>,
    caller: Caller,
    uri: axum::http::Uri,
    q: Result<Query<DueQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let mut q = query(q)?;
    let (number, size, offset) = page(q.page, q.size)?;
    let options = due_options(&state, &caller, &mut q).await?;
    let answer = super::cached(&state, &caller, &uri, || async {
        let (items, total) =
            liaise_app::due::due_statements(&state.store, Some(&state.due), &options, size, offset).await?;
        super::rendered_json(&Page { items, page: number, size, total })
    })
    .await?;
    Ok(super::json_response(&answer))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RapporteursQuery {
    /// The body they represent (any spelling).
    body: Option<String>,
    /// proposed, confirmed, ended or removed.
    status: Option<String>,
}

/// The rapporteurs of bodies, with their designation history (members and up; a rapporteur
/// sees their own body's).
#[utoipa::path(get, path = "/api/v1/rapporteurs", tag = "tracking", params(RapporteursQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Items<Designation>), ReadErrors))]
pub async fn rapporteurs(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<RapporteursQuery>, QueryRejection>,
) -> Result<Json<Items<Designation>>, ApiError> {
    caller.require(Role::Rapporteur, false)?;
    let mut q = query(q)?;
    plain_text(&[("body", &q.body), ("status", &q.status)])?;
    if let Some(body) = own_body(&state, &caller).await? {
        q.body = Some(body);
    }
    Ok(Json(Items { items: state.store.designations(q.body.as_deref(), q.status.as_deref()).await? }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRapporteur {
    /// The body they represent (any spelling).
    body: String,
    name: String,
    email: String,
    organization: Option<String>,
    country: Option<String>,
    phone: Option<String>,
    /// The body they liaise with (the group, when not given).
    towards: Option<String>,
    /// Since when (2023-06-30).
    since: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    id: i64,
}

/// Names a rapporteur for a body.
#[utoipa::path(post, path = "/api/v1/rapporteurs", tag = "tracking", request_body = NewRapporteur,
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = Created), WriteErrors))]
pub async fn add_rapporteur(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<NewRapporteur>, JsonRejection>,
) -> Result<Response, ApiError> {
    let p = caller.require(Role::Secretariat, true)?;
    let r = json_body(body)?;
    visible(&[
        ("body", Some(&r.body)),
        ("name", Some(&r.name)),
        ("email", Some(&r.email)),
        ("organization", r.organization.as_deref()),
        ("country", r.country.as_deref()),
        ("phone", r.phone.as_deref()),
        ("towards", r.towards.as_deref()),
    ])?;
    if r.name.trim().is_empty() {
        return Err(ApiError::BadRequest("name: a rapporteur has a name".into()));
    }
    if !liaise_app::remind::plausible_address(&r.email) {
        return Err(ApiError::BadRequest(format!("email {:?}: not an e-mail address", r.email)));
    }
    let since = date("since", r.since.as_deref())?;
    let towards = match r.towards {
        Some(t) => Some(t),
        None => match state.store.home().await? {
            Some(h) => state.store.shared_registry().await?.canonical(h).map(str::to_string),
            None => None,
        },
    };
    let person = liaise_core::model::Contact {
        name: r.name,
        organization: r.organization,
        country: r.country,
        email: Some(r.email),
        phone: r.phone,
        role: None,
    };
    let id = state.store.add_designation(&person, &r.body, towards.as_deref(), since, &caller.who(p)).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CalendarQuery {
    /// Evaluate as if today were this day.
    as_of: Option<String>,
    /// The calendar of one body: what it owes.
    body: Option<String>,
}

/// The deadline calendar (RFC 5545), as `liaise calendar` writes it, for members' calendars;
/// of one body with `body`.
#[utoipa::path(get, path = "/calendar.ics", tag = "tracking", params(CalendarQuery),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = String, content_type = "text/calendar"), ReadErrors))]
pub async fn calendar(
    State(state): State<AppState>,
    caller: Caller,
    q: Result<Query<CalendarQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    caller.require(Role::Member, false)?;
    let q = query(q)?;
    plain_text(&[("body", &q.body)])?;
    let as_of = match date("as_of", q.as_of.as_deref())? {
        Some(d) => d,
        None => liaise_app::today()?,
    };
    let body = match &q.body {
        Some(b) => Some(state.store.find_body(b).await?.canonical),
        None => None,
    };
    let ics = liaise_app::calendar::calendar(&state.store, as_of, body.as_deref()).await?;
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response())
}
