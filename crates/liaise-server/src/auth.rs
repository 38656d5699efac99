//! Who calls: the bearer token or the session cookie of a request, as the account and scope it
//! stands for, and the checks a handler makes before it acts (role, scope, CSRF).

use crate::AppState;
use crate::error::ApiError;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Method, header};
use liaise_store::Who;
use liaise_store::accounts::{Principal, Role, Scope};
use std::net::SocketAddr;

/// The name of the session cookie.
pub const SESSION_COOKIE: &str = "liaise_session";
/// The header a script sends the session's CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The caller of a request: an account, or nobody (the public).
pub struct Caller {
    pub principal: Option<Principal>,
    pub request_id: String,
    /// The peer's address (the load balancer's, behind one).
    pub address: String,
    /// Whether a state-changing request in a session carried the session's CSRF token in its
    /// header (always true for a token, which no browser sends on its own).
    csrf_ok: bool,
}

/// The value of a cookie of the request.
pub fn cookie<'a>(parts: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    parts
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let request_id = parts.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-").to_string();
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "local".to_string(), |ConnectInfo(a)| a.ip().to_string());
        let now = chrono::Utc::now();
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value.to_str().ok().and_then(crate::auth::bearer).ok_or_else(|| {
                ApiError::Unauthorized("send the token as \"Authorization: Bearer liaise_...\"".into())
            })?;
            // Every request asks the database: a revoked token is refused at once, in every process.
            return match state.store.principal(token, now).await? {
                Some(p) => Ok(Caller { principal: Some(p), request_id, address, csrf_ok: true }),
                None => Err(ApiError::Unauthorized(
                    "the token is not valid: unknown, revoked, or its account disabled".into(),
                )),
            };
        }
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Caller { principal: None, request_id, address, csrf_ok: true });
        };
        // A session that ended or expired is no error on a page anyone may read: the caller is
        // the public again (and the login page says so when they try to act).
        let principal = state.store.session_principal(token, now).await?;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        let cross_site = from_another_site(&parts.headers);
        let header_token = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
        let csrf_ok = safe
            || (!cross_site
                && principal.as_ref().and_then(|p| p.csrf.as_deref()).is_some_and(|c| header_token == Some(c)));
        Ok(Caller { principal, request_id, address, csrf_ok })
    }
}

/// Whether a browser's request came from another site: it says so (`Sec-Fetch-Site`), or its
/// `Origin` is not this host. Such a request is never trusted to change anything or to log in.
pub fn from_another_site(headers: &axum::http::HeaderMap) -> bool {
    use axum::http::header;
    let cross = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site");
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let foreign = match (origin, host) {
        (Some(o), Some(h)) => o != "null" && o.split_once("://").map(|(_, rest)| rest) != Some(h),
        (Some(o), None) => o != "null",
        _ => false,
    };
    cross || foreign
}

impl Caller {
    /// The account, when it has at least `role`; for a write, a token of write scope (and in a
    /// session, the CSRF token in the `X-CSRF-Token` header).
    pub fn require(&self, role: Role, write: bool) -> Result<&Principal, ApiError> {
        let p = self.account(role)?;
        if write && p.scope != Scope::Write {
            return Err(ApiError::Forbidden("this token may only read".into()));
        }
        if write && !self.csrf_ok {
            return Err(ApiError::Forbidden(format!(
                "a change in a session needs its CSRF token (the {CSRF_HEADER} header, from GET /api/v1/session)"
            )));
        }
        Ok(p)
    }

    /// The account of a form post, when it has at least `role` and the form carries the
    /// session's CSRF token.
    pub fn require_form(&self, role: Role, csrf: Option<&str>) -> Result<&Principal, ApiError> {
        let p = self.account(role)?;
        let expected = p.csrf.as_deref();
        if expected.is_none() || csrf.is_none() || csrf != expected {
            return Err(ApiError::Forbidden(
                "the form did not carry this session's CSRF token: reload the page and send it again".into(),
            ));
        }
        Ok(p)
    }

    fn account(&self, role: Role) -> Result<&Principal, ApiError> {
        let Some(p) = &self.principal else {
            return Err(ApiError::Unauthorized("this needs an account: log in, or send a token".into()));
        };
        if p.role < role {
            return Err(ApiError::Forbidden(format!("this needs the role {} or more", role.as_str())));
        }
        Ok(p)
    }

    /// Who acts, for the event log: the account, how it came (token or session), the request
    /// id (the audit trail's link to the server's log), the address, and the time.
    pub fn who(&self, p: &Principal) -> Who {
        let via = if p.session_id.is_some() { "web" } else { "api" };
        Who::new(format!("{} [{via} {} from {}]", p.login, self.request_id, self.address), chrono::Utc::now())
    }
}

/// The credentials of an `Authorization: Bearer ...` header; the scheme is matched in any case
/// (RFC 9110, 11.1: "bearer" is as good as "Bearer").
pub(crate) fn bearer(value: &str) -> Option<&str> {
    let (scheme, rest) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim_start())
}

#[cfg(test)]
mod bearer_tests {
    /// Found in review: "bearer TOKEN" was refused; the scheme is case-insensitive.
    #[test]
    fn the_bearer_scheme_is_matched_in_any_case() {
        assert_eq!(super::bearer("Bearer abc"), Some("abc"));
        assert_eq!(super::bearer("bearer abc"), Some("abc"));
        assert_eq!(super::bearer("BEARER  abc"), Some("abc"));
        assert_eq!(super::bearer("Basic abc"), None);
        assert_eq!(super::bearer("Bearerabc"), None);
    }
}
