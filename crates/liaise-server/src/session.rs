//! Logging in and out: sessions by password (JSON at `/api/v1/session`, and the HTML form at
//! `/login`), the session cookie, the CSRF token of forms, and the login limit's answer.

use crate::AppState;
use crate::api::{ReadErrors, WriteErrors, json_body};
use crate::auth::{Caller, SESSION_COOKIE};
use crate::error::ApiError;
use crate::html::{escape, page};
use axum::extract::rejection::{FormRejection, JsonRejection};
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Json, Router};
use liaise_store::StoreError;
use liaise_store::accounts::{NewSession, Role, SESSION_HOURS};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The HTML routes of this module (the JSON ones are registered with the API's document).
pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/login", axum::routing::get(login_page).post(login_form))
        .route("/logout", axum::routing::post(logout_form))
}

/// The session cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's form or
/// script sends it), Secure unless the server listens on loopback only.
fn cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("liaise_session=; Path=/; Max-Age=0"))
}

/// A browser's request that another site made is refused before any password is checked: it
/// could log a person in to an account not their own (login CSRF).
fn same_site(headers: &HeaderMap) -> Result<(), ApiError> {
    if crate::auth::from_another_site(headers) {
        return Err(ApiError::Forbidden("a request from another site may not log in or out".into()));
    }
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionInfo {
    login: String,
    role: Role,
    /// Send it as the X-CSRF-Token header with every change made in this session.
    csrf: String,
    /// The body a rapporteur represents.
    body_id: Option<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    login: String,
    password: String,
}

async fn open_session(state: &AppState, caller: &Caller, login: &str, password: &str) -> Result<NewSession, ApiError> {
    if login.len() > 200 || password.len() > 1000 {
        return Err(ApiError::BadRequest("the login or password is too long".into()));
    }
    match state.store.login(login, password, &caller.address, chrono::Utc::now()).await {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(ApiError::Unauthorized("wrong login or password".into())),
        Err(StoreError::Limited(m)) => Err(ApiError::TooManyRequests(m)),
        Err(e) => Err(e.into()),
    }
}

/// Who the session is, with its CSRF token; 401 when there is none.
#[utoipa::path(get, path = "/api/v1/session", tag = "accounts", security(("session" = [])),
    responses((status = 200, body = SessionInfo), ReadErrors))]
pub async fn whoami(caller: Caller) -> Result<Json<SessionInfo>, ApiError> {
    let p = caller.require(Role::Rapporteur, false)?;
    let Some(csrf) = p.csrf.clone() else {
        return Err(ApiError::BadRequest("this request came with a token, not in a session".into()));
    };
    Ok(Json(SessionInfo { login: p.login.clone(), role: p.role, csrf, body_id: p.body_id }))
}

/// Logs in with a password: the session cookie is set and the CSRF token returned. After 5
/// failed logins of an account (20 of an address) in 15 minutes, further ones get 429.
#[utoipa::path(post, path = "/api/v1/session", tag = "accounts", request_body = Credentials, security(()),
    responses((status = 201, body = SessionInfo, headers(("Set-Cookie" = String))), WriteErrors))]
pub async fn login(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Result<Json<Credentials>, JsonRejection>,
) -> Result<Response, ApiError> {
    same_site(&headers)?;
    let c = json_body(body)?;
    let s = open_session(&state, &caller, &c.login, &c.password).await?;
    let info =
        SessionInfo { login: s.user.login.clone(), role: s.user.role, csrf: s.csrf.clone(), body_id: s.user.body_id };
    let mut response = (StatusCode::CREATED, Json(info)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, &s.token, SESSION_HOURS * 3600));
    Ok(response)
}

/// Logs out: the session ends in every server process at once.
#[utoipa::path(delete, path = "/api/v1/session", tag = "accounts", security(("session" = [])),
    params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token")),
    responses((status = 204, description = "The session ended"), WriteErrors))]
pub async fn logout(State(state): State<AppState>, caller: Caller, headers: HeaderMap) -> Result<Response, ApiError> {
    same_site(&headers)?;
    let p = caller.require(Role::Rapporteur, true)?;
    let Some(id) = p.session_id else {
        return Err(ApiError::BadRequest("this request came with a token, not in a session".into()));
    };
    state.store.end_session(id, &caller.who(p)).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, "", 0));
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Where to go after logging in: a path of this site only, never another site.
fn next_path(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains(['\\', '\r', '\n']) => n.to_string(),
        _ => "/".to_string(),
    }
}

fn login_html(message: Option<&str>, next: &str) -> String {
    let message = message.map(|m| format!("<p class=\"error\" role=\"alert\">{}</p>\n", escape(m))).unwrap_or_default();
    page(
        "Log in",
        &format!(
            "<h1>Log in to liaise</h1>\n{message}<form method=\"post\" action=\"/login\">\n\
             <input type=\"hidden\" name=\"next\" value=\"{}\">\n\
             <p><label for=\"login\">Login</label><br><input id=\"login\" name=\"login\" autocomplete=\"username\" required autofocus></p>\n\
             <p><label for=\"password\">Password</label><br><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>\n\
             <p><button type=\"submit\">Log in</button></p>\n</form>\n",
            escape(next)
        ),
    )
}

async fn login_page(Query(q): Query<Next>) -> Response {
    html(StatusCode::OK, login_html(None, &next_path(q.next.as_deref())))
}

fn html(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    next: Option<String>,
}

async fn login_form(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    form: Result<Form<LoginForm>, FormRejection>,
) -> Response {
    if let Err(e) = same_site(&headers) {
        return html(StatusCode::FORBIDDEN, login_html(Some(&e.to_string()), "/"));
    }
    let Ok(Form(f)) = form else {
        return html(StatusCode::BAD_REQUEST, login_html(Some("Send the login and the password."), "/"));
    };
    let next = next_path(f.next.as_deref());
    match open_session(&state, &caller, &f.login, &f.password).await {
        Ok(s) => {
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().insert(header::SET_COOKIE, cookie(&state, &s.token, SESSION_HOURS * 3600));
            response
        }
        Err(e) => {
            let status = e.status();
            let mut response = html(status, login_html(Some(&e.to_string()), &next));
            if status == StatusCode::TOO_MANY_REQUESTS {
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(crate::error::RETRY_AFTER_SECS));
            }
            response
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    csrf: Option<String>,
}

/// Logs out from a page: the form carries the session's CSRF token, or it is refused.
async fn logout_form(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    form: Result<Form<LogoutForm>, FormRejection>,
) -> Result<Response, ApiError> {
    same_site(&headers)?;
    let csrf = form.ok().and_then(|Form(f)| f.csrf);
    let p = caller.require_form(Role::Rapporteur, csrf.as_deref())?;
    if let Some(id) = p.session_id {
        state.store.end_session(id, &caller.who(p)).await?;
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, "", 0));
    Ok(response)
}
