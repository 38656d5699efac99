//! The settings an admin reads: the group, users and tokens, the SMTP server and the reminder
//! schedule; a test message through that server; a token revoked.

use super::{ReadErrors, WriteErrors, json_body};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use liaise_store::accounts::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct UserRow {
    login: String,
    name: Option<String>,
    role: String,
    /// A rapporteur's body.
    body: Option<String>,
    disabled: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenRow {
    id: i64,
    login: String,
    scope: String,
    label: Option<String>,
    created_at: String,
    last_used_at: Option<String>,
    revoked_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Smtp {
    /// The server's URL, its password taken out.
    url: String,
    from: String,
    reply_to: Option<String>,
    cc: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Schedule {
    /// Reminders this many days before a deadline.
    days_before: Vec<u32>,
    /// Then weekly, for so many weeks after it.
    weekly_after_weeks: u32,
    /// How often this server looks for reminders due (none: it sends none; `liaise remind`).
    every_seconds: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Settings {
    /// The group liaise works for.
    group: Option<String>,
    users: Vec<UserRow>,
    tokens: Vec<TokenRow>,
    smtp: Option<Smtp>,
    reminders: Schedule,
}

/// The settings, for admins.
#[utoipa::path(get, path = "/api/v1/settings", tag = "accounts", security(("token" = []), ("session" = [])),
    responses((status = 200, body = Settings), ReadErrors))]
pub async fn settings(State(state): State<AppState>, caller: Caller) -> Result<Json<Settings>, ApiError> {
    caller.require(Role::Admin, false)?;
    let registry = state.store.shared_registry().await?;
    let group = state.store.home().await?.and_then(|h| registry.canonical(h).map(str::to_string));
    let users = state
        .store
        .users()
        .await?
        .into_iter()
        .map(|u| UserRow {
            body: u.body_id.and_then(|b| registry.canonical(b).map(str::to_string)),
            login: u.login,
            name: u.name,
            role: u.role.as_str().to_string(),
            disabled: u.disabled,
        })
        .collect();
    let tokens = state
        .store
        .tokens()
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            login: t.login,
            scope: t.scope.as_str().to_string(),
            label: t.label,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        })
        .collect();
    let smtp = state.config.smtp.as_ref().map(|s| Smtp {
        url: liaise_store::redact(&s.url),
        from: s.from.clone(),
        reply_to: s.reply_to.clone(),
        cc: s.cc.clone(),
    });
    let r = &state.config.reminders;
    let reminders = Schedule {
        days_before: r.days_before.clone(),
        weekly_after_weeks: r.weekly_after_weeks,
        every_seconds: state.remind_every.map(|d| d.as_secs()),
    };
    Ok(Json(Settings { group, users, tokens, smtp, reminders }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TestMail {
    /// Where the test message goes.
    to: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Sent {
    to: String,
}

/// Sends a test message through the configured SMTP server (admins).
#[utoipa::path(post, path = "/api/v1/settings/test-mail", tag = "accounts", request_body = TestMail,
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Sent), WriteErrors))]
pub async fn test_mail(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<TestMail>, JsonRejection>,
) -> Result<Json<Sent>, ApiError> {
    caller.require(Role::Admin, true)?;
    let t = json_body(body)?;
    let Some(smtp) = state.config.smtp.as_ref() else {
        return Err(ApiError::Conflict(
            "no SMTP server is configured: set [smtp] url and from in the configuration file (liaise config --example)"
                .into(),
        ));
    };
    let registry = state.store.shared_registry().await?;
    let group = state.store.home().await?.and_then(|h| registry.canonical(h).map(str::to_string)).unwrap_or_default();
    // The SMTP server's refusal is the admin's to read: it says what to fix in the settings.
    liaise_app::remind::send_test(smtp, t.to.trim(), &group)
        .await
        .map_err(|e| ApiError::Unprocessable(e.to_string()))?;
    Ok(Json(Sent { to: t.to.trim().to_string() }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Revoked {
    id: i64,
}

/// Revokes an API token (admins): refused at its next request, in every server process.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "accounts",
    params(("id" = i64, Path, description = "The token's id (in the settings)")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = Revoked), WriteErrors))]
pub async fn revoke_token(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<Revoked>, ApiError> {
    let p = caller.require(Role::Admin, true)?;
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    state.store.revoke_token(id, &caller.who(p)).await?;
    Ok(Json(Revoked { id }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// One word.
    login: String,
    /// admin, secretariat, member or rapporteur.
    role: String,
    name: Option<String>,
    email: Option<String>,
    /// A rapporteur's body (any of its names).
    body: Option<String>,
    /// For logging in: at least 10 characters (else `liaise users password` sets it).
    password: Option<String>,
}

fn role_of(s: &str) -> Result<Role, ApiError> {
    match Role::parse(s) {
        Some(Role::Public) | None => {
            Err(ApiError::BadRequest(format!("role {s:?}: admin, secretariat, member or rapporteur")))
        }
        Some(r) => Ok(r),
    }
}

/// Adds an account (admins), as `liaise users add` does.
#[utoipa::path(post, path = "/api/v1/users", tag = "accounts", request_body = NewUser,
    security(("token" = []), ("session" = [])),
    responses((status = 201, body = UserRow), WriteErrors))]
pub async fn add_user(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<NewUser>, JsonRejection>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let p = caller.require(Role::Admin, true)?;
    let u = json_body(body)?;
    let role = role_of(&u.role)?;
    for (field, v) in
        [("login", Some(&u.login)), ("name", u.name.as_ref()), ("email", u.email.as_ref()), ("body", u.body.as_ref())]
    {
        if v.is_some_and(|v| super::hides(v) || v.chars().count() > 200) {
            return Err(ApiError::BadRequest(format!("{field}: at most 200 characters, no control characters")));
        }
    }
    if role == Role::Rapporteur && u.body.as_deref().is_none_or(|b| b.trim().is_empty()) {
        return Err(ApiError::BadRequest("body: a rapporteur represents a body; name it".into()));
    }
    if role != Role::Rapporteur && u.body.is_some() {
        return Err(ApiError::BadRequest("body: only a rapporteur's account has a body".into()));
    }
    if let Some(pw) = &u.password
        && pw.chars().count() < 10
    {
        return Err(ApiError::BadRequest("password: at least 10 characters".into()));
    }
    let who = caller.who(p);
    let made = state
        .store
        .add_user(u.login.trim(), role, u.name.as_deref(), u.email.as_deref(), u.body.as_deref(), &who)
        .await?;
    if let Some(pw) = &u.password {
        state.store.set_password(&made.login, pw, &who).await?;
    }
    let registry = state.store.shared_registry().await?;
    let row = UserRow {
        body: made.body_id.and_then(|b| registry.canonical(b).map(str::to_string)),
        login: made.login,
        name: made.name,
        role: made.role.as_str().to_string(),
        disabled: made.disabled,
    };
    Ok((axum::http::StatusCode::CREATED, Json(row)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    /// A new role.
    role: Option<String>,
    /// Disable (true) or enable (false) the account: a disabled account's sessions end.
    disabled: Option<bool>,
}

/// Changes an account's role, or disables or enables it (admins), as `liaise users set-role`,
/// `disable` and `enable` do. An admin cannot lock themselves out.
#[utoipa::path(patch, path = "/api/v1/users/{login}", tag = "accounts", request_body = UserChange,
    params(("login" = String, Path, description = "The account's login")),
    security(("token" = []), ("session" = [])),
    responses((status = 200, body = UserRow), WriteErrors))]
pub async fn change_user(
    State(state): State<AppState>,
    caller: Caller,
    login: Result<Path<String>, PathRejection>,
    body: Result<Json<UserChange>, JsonRejection>,
) -> Result<Json<UserRow>, ApiError> {
    let p = caller.require(Role::Admin, true)?;
    let Path(login) = login.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let c = json_body(body)?;
    let role = c.role.as_deref().map(role_of).transpose()?;
    if login == p.login && (c.disabled == Some(true) || role.is_some_and(|r| r < Role::Admin)) {
        return Err(ApiError::Conflict("that would lock you out: another admin must change your account".into()));
    }
    let u = state.store.set_user(&login, role, c.disabled, &caller.who(p)).await?;
    let registry = state.store.shared_registry().await?;
    Ok(Json(UserRow {
        body: u.body_id.and_then(|b| registry.canonical(b).map(str::to_string)),
        login: u.login,
        name: u.name,
        role: u.role.as_str().to_string(),
        disabled: u.disabled,
    }))
}
