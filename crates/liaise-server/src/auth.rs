//! Who calls: the bearer token of a request, as the account and scope it stands for, and the
//! checks a handler makes before it acts.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use liaise_store::Who;
use liaise_store::accounts::{Principal, Role, Scope};

/// The caller of a request: an account, or nobody (the public).
pub struct Caller {
    pub principal: Option<Principal>,
    pub request_id: String,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let request_id = parts.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-").to_string();
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(Caller { principal: None, request_id });
        };
        let token =
            value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).ok_or_else(|| {
                ApiError::Unauthorized("send the token as \"Authorization: Bearer liaise_...\"".into())
            })?;
        let now = liaise_store::format_time(chrono::Utc::now());
        // Every request asks the database: a revoked token is refused at once, in every process.
        match state.store.principal(token, &now).await? {
            Some(p) => Ok(Caller { principal: Some(p), request_id }),
            None => {
                Err(ApiError::Unauthorized("the token is not valid: unknown, revoked, or its account disabled".into()))
            }
        }
    }
}

impl Caller {
    /// The account, when it has at least `role`; for a write, a token of write scope.
    pub fn require(&self, role: Role, write: bool) -> Result<&Principal, ApiError> {
        let Some(p) = &self.principal else {
            return Err(ApiError::Unauthorized("this needs an account: send a token".into()));
        };
        if p.role < role {
            return Err(ApiError::Forbidden(format!("this needs the role {} or more", role.as_str())));
        }
        if write && p.scope != Scope::Write {
            return Err(ApiError::Forbidden("this token may only read".into()));
        }
        Ok(p)
    }

    /// Who acts, for the event log: the account, the request id (the audit trail's link to
    /// the server's log) and the time.
    pub fn who(&self, p: &Principal) -> Who {
        Who::new(format!("{} [api {}]", p.login, self.request_id), chrono::Utc::now())
    }
}
