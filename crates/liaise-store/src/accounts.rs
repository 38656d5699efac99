//! Accounts of the server: users with a role, and API tokens. A token is shown once, when made;
//! the store keeps only its SHA-256, so a stolen database gives no working token.

use crate::sql::opt_text;
use crate::{Result, Store, StoreError, Who, events, format_time};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// What an account may do.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads what is public, and only that (no login).
    Public,
    /// A person of another body: sees and answers what their body owes.
    Rapporteur,
    /// Reads everything, comments.
    Member,
    /// Edits everything.
    Secretariat,
    /// Users and settings too.
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Public, Role::Rapporteur, Role::Member, Role::Secretariat, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Public => "public",
            Role::Rapporteur => "rapporteur",
            Role::Member => "member",
            Role::Secretariat => "secretariat",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// What a token may do: read only, or read and write.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        }
    }
}

/// An account.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub role: Role,
    pub body_id: Option<i64>,
    pub disabled: bool,
    pub created_at: String,
}

/// Who a request acts as, from its token or its session.
#[derive(Debug, Clone, Serialize)]
pub struct Principal {
    pub user_id: i64,
    pub login: String,
    pub role: Role,
    pub scope: Scope,
    pub body_id: Option<i64>,
    /// The API token the request came with, if it came with one.
    pub token_id: Option<i64>,
    /// The session the request came in, if it came with a session cookie.
    pub session_id: Option<i64>,
    /// The session's CSRF token: a state-changing request in a session must carry it.
    #[serde(skip)]
    pub csrf: Option<String>,
}

/// A session just opened: the cookie's value (shown once, kept hashed) and its CSRF token.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub id: i64,
    pub token: String,
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

/// How long a session lasts after its login.
pub const SESSION_HOURS: i64 = 12;
/// The login limit: at most so many failed logins in `LOGIN_WINDOW_MINUTES`, per account and
/// per address; further attempts are refused, right password or not, until the window passes.
pub const LOGIN_FAILURES_PER_ACCOUNT: i64 = 5;
pub const LOGIN_FAILURES_PER_ADDRESS: i64 = 20;
pub const LOGIN_WINDOW_MINUTES: i64 = 15;
/// A password is at least this long (NIST SP 800-63B); there is no rule on its characters.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// 32 random bytes as hex: tokens, session ids and secrets of the configuration.
pub fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Invalid(format!("no randomness for a token: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The argon2id hash of a password, as a PHC string (parameters and salt inside).
fn hash_password(password: &str) -> Result<String> {
    use argon2::password_hash::PasswordHasher;
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Invalid(format!("cannot hash the password: {e}")))
}

/// Whether a password matches a stored hash; a hash that does not parse matches nothing.
fn verify_password(password: &str, stored: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
    argon2::password_hash::phc::PasswordHash::new(stored)
        .is_ok_and(|h| argon2::Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash no password matches, verified for unknown logins so that a login's existence does
/// not show in how long the answer takes.
static DECOY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password("decoy password of no account").unwrap_or_default());

/// A token as listed: never the token itself.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct TokenInfo {
    pub id: i64,
    pub login: String,
    pub scope: Scope,
    pub label: Option<String>,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn user_from(r: &sqlx::any::AnyRow) -> Result<User> {
    let role: String = r.try_get("role")?;
    let disabled: i64 = r.try_get("disabled")?;
    Ok(User {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        name: opt_text(r, "name")?,
        email: opt_text(r, "email")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Invalid(format!("a user has the unknown role {role:?}")))?,
        body_id: r.try_get("body_id")?,
        disabled: disabled != 0,
        created_at: r.try_get("created_at")?,
    })
}

const USER_COLUMNS: &str = "id, login, name, email, role, body_id, disabled, created_at";

impl Store {
    /// Adds an account. A rapporteur names the body they represent (any of its names).
    pub async fn add_user(
        &self,
        login: &str,
        role: Role,
        name: Option<&str>,
        email: Option<&str>,
        body: Option<&str>,
        who: &Who,
    ) -> Result<User> {
        let login = login.trim();
        if login.is_empty() || login.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(StoreError::Invalid(format!("{login:?}: a login is one word without spaces")));
        }
        if role == Role::Public {
            return Err(StoreError::Invalid("public is no account: it is whoever has none".into()));
        }
        let body_id = match body {
            // Only a rapporteur's account speaks for a body; a body kept on another account
            // would come back to life, unasked, on a later set-role rapporteur.
            Some(_) if role != Role::Rapporteur => {
                return Err(StoreError::Invalid(format!(
                    "only a rapporteur's account has a body (--body); a {} account reads every body's",
                    role.as_str()
                )));
            }
            Some(b) => Some(self.find_body(b).await?.id),
            None if role == Role::Rapporteur => {
                return Err(StoreError::Invalid(
                    "a rapporteur's account needs the body they represent (--body)".into(),
                ));
            }
            None => None,
        };
        let mut tx = self.write().await?;
        let taken = sqlx::query("SELECT id FROM users WHERE login = $1").bind(login).fetch_optional(&mut *tx).await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!("the login {login:?} is taken")));
        }
        let now = format_time(who.at);
        let id: i64 = sqlx::query(
            "INSERT INTO users (login, name, email, role, body_id, disabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $6) RETURNING id",
        )
        .bind(login)
        .bind(name.map(str::to_string))
        .bind(email.map(str::to_string))
        .bind(role.as_str())
        .bind(body_id)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let data = serde_json::json!({ "login": login, "role": role.as_str(), "body_id": body_id });
        events::append(&mut tx, who, "user.created", "user", id, &data).await?;
        tx.commit().await?;
        self.user(login).await
    }

    pub async fn user(&self, login: &str) -> Result<User> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE login = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(login.trim())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no user has the login {login:?}")))?;
        user_from(&row)
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY login");
        sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&self.pool).await?.iter().map(user_from).collect()
    }

    /// Changes a user's role, or disables (or enables) the account; a disabled account's tokens
    /// stop working at once.
    pub async fn set_user(&self, login: &str, role: Option<Role>, disabled: Option<bool>, who: &Who) -> Result<User> {
        let user = self.user(login).await?;
        if role == Some(Role::Public) {
            return Err(StoreError::Invalid("public is no account's role".into()));
        }
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE users SET role = COALESCE($1, role), disabled = COALESCE($2, disabled), updated_at = $3 WHERE id = $4",
        )
        .bind(role.map(|r| r.as_str().to_string()))
        .bind(disabled.map(i64::from))
        .bind(format_time(who.at))
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        if disabled == Some(true) {
            // A disabled account's sessions end: enabling it again does not bring them back.
            sqlx::query("UPDATE sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL")
                .bind(format_time(who.at))
                .bind(user.id)
                .execute(&mut *tx)
                .await?;
        }
        if role == Some(Role::Rapporteur) && user.body_id.is_none() {
            return Err(StoreError::Invalid(
                "a rapporteur's account needs the body they represent: add a new account with --body".into(),
            ));
        }
        let data =
            serde_json::json!({ "from": user.role.as_str(), "to": role.map(Role::as_str), "disabled": disabled });
        events::append(&mut tx, who, "user.changed", "user", user.id, &data).await?;
        tx.commit().await?;
        self.user(login).await
    }

    /// Makes a token for a user; the token is returned once and only its hash is kept.
    pub async fn create_token(
        &self,
        login: &str,
        scope: Scope,
        label: Option<&str>,
        who: &Who,
    ) -> Result<(i64, String)> {
        let user = self.user(login).await?;
        let token = format!("liaise_{}", random_hex()?);
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO api_tokens (user_id, token_hash, scope, label, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(user.id)
        .bind(hash(&token))
        .bind(scope.as_str())
        .bind(label.map(str::to_string))
        .bind(format_time(who.at))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let data = serde_json::json!({ "user": user.login, "scope": scope.as_str(), "label": label });
        events::append(&mut tx, who, "token.created", "token", id, &data).await?;
        tx.commit().await?;
        Ok((id, token))
    }

    /// Revokes a token; it is refused from the next request on.
    pub async fn revoke_token(&self, id: i64, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!("no live token has the id {id}")));
        }
        events::append(&mut tx, who, "token.revoked", "token", id, &serde_json::json!({})).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn tokens(&self) -> Result<Vec<TokenInfo>> {
        let rows = sqlx::query(
            "SELECT t.id, u.login, t.scope, t.label, t.created_at, t.last_used_at, t.revoked_at FROM api_tokens t \
             JOIN users u ON u.id = t.user_id ORDER BY t.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let scope: String = r.try_get("scope")?;
                Ok(TokenInfo {
                    id: r.try_get("id")?,
                    login: r.try_get("login")?,
                    scope: Scope::parse(&scope).unwrap_or(Scope::Read),
                    label: opt_text(r, "label")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: opt_text(r, "last_used_at")?,
                    revoked_at: opt_text(r, "revoked_at")?,
                })
            })
            .collect()
    }

    /// Who a token stands for, if it is live and its account enabled; its last use is kept.
    pub async fn principal(&self, token: &str, now: DateTime<Utc>) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT t.id AS token_id, t.scope, t.last_used_at, u.id AS user_id, u.login, u.role, u.body_id FROM api_tokens t \
             JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled = 0",
        )
        .bind(hash(token.trim()))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let token_id: i64 = r.try_get("token_id")?;
        // The last use is kept to the minute: a write on every request would make every read
        // wait for the database's one writer. It is a convenience, so a read-only database
        // does not fail the request for it.
        let last: Option<String> = opt_text(&r, "last_used_at")?;
        if last.is_none_or(|l| l < format_time(now - chrono::Duration::seconds(60))) {
            let _ = sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(format_time(now))
                .bind(token_id)
                .execute(&self.pool)
                .await;
        }
        let role: String = r.try_get("role")?;
        let scope: String = r.try_get("scope")?;
        Ok(Some(Principal {
            user_id: r.try_get("user_id")?,
            login: r.try_get("login")?,
            role: Role::parse(&role).unwrap_or(Role::Public),
            scope: Scope::parse(&scope).unwrap_or(Scope::Read),
            body_id: r.try_get("body_id")?,
            token_id: Some(token_id),
            session_id: None,
            csrf: None,
        }))
    }

    /// Sets (or replaces) an account's password. Its open sessions end: a changed password
    /// shuts out whoever knew the old one.
    pub async fn set_password(&self, login: &str, password: &str, who: &Who) -> Result<()> {
        if password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(StoreError::Invalid(format!("a password has at least {MIN_PASSWORD_CHARS} characters")));
        }
        let user = self.user(login).await?;
        let password = password.to_string();
        let hashed = tokio::task::spawn_blocking(move || hash_password(&password))
            .await
            .map_err(|e| StoreError::Invalid(format!("hashing the password failed: {e}")))??;
        let mut tx = self.write().await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hashed)
            .bind(format_time(who.at))
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL")
            .bind(format_time(who.at))
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "user.password_set", "user", user.id, &serde_json::json!({})).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Logs in with a password from an address. `Ok(None)` is a wrong login or password (the
    /// two are not told apart); `Err(Limited)` means too many failures of late, for the account
    /// or the address: the attempt is not even checked. A disabled account cannot log in.
    pub async fn login(
        &self,
        login: &str,
        password: &str,
        address: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<NewSession>> {
        let login = login.trim();
        let since = format_time(now - chrono::Duration::minutes(LOGIN_WINDOW_MINUTES));
        let failures = |column: &'static str, value: &str| {
            let sql = format!("SELECT COUNT(*) FROM login_attempts WHERE {column} = $1 AND at > $2 AND ok = 0");
            let value = value.to_string();
            let since = since.clone();
            async move {
                let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(value)
                    .bind(since)
                    .fetch_one(&self.pool)
                    .await?
                    .try_get(0)?;
                Result::<i64>::Ok(n)
            }
        };
        if failures("login", login).await? >= LOGIN_FAILURES_PER_ACCOUNT {
            return Err(StoreError::Limited(format!(
                "too many failed logins for this account: try again in {LOGIN_WINDOW_MINUTES} minutes"
            )));
        }
        if failures("address", address).await? >= LOGIN_FAILURES_PER_ADDRESS {
            return Err(StoreError::Limited(format!(
                "too many failed logins from this address: try again in {LOGIN_WINDOW_MINUTES} minutes"
            )));
        }
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS}, password_hash FROM users WHERE login = $1"
        )))
        .bind(login)
        .fetch_optional(&self.pool)
        .await?;
        let (user, stored) = match &row {
            Some(r) => (Some(user_from(r)?), opt_text(r, "password_hash")?),
            None => (None, None),
        };
        let password = password.to_string();
        let usable = stored.is_some() && user.as_ref().is_some_and(|u| !u.disabled);
        let stored = stored.unwrap_or_else(|| DECOY_HASH.clone());
        let matched = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
            .await
            .map_err(|e| StoreError::Invalid(format!("checking the password failed: {e}")))?;
        let ok = matched && usable;
        let mut tx = self.write().await?;
        // Attempts older than the window count for nothing: they are let go, so that the table
        // stays the size of a quarter of an hour's logins.
        sqlx::query("DELETE FROM login_attempts WHERE at < $1").bind(&since).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO login_attempts (login, address, at, ok) VALUES ($1, $2, $3, $4)")
            .bind(login)
            .bind(address)
            .bind(format_time(now))
            .bind(i64::from(ok))
            .execute(&mut *tx)
            .await?;
        let Some(user) = user.filter(|_| ok) else {
            tx.commit().await?;
            return Ok(None);
        };
        let token = format!("liaise_s_{}", random_hex()?);
        let csrf = random_hex()?;
        let expires_at = now + chrono::Duration::hours(SESSION_HOURS);
        let id: i64 = sqlx::query(
            "INSERT INTO sessions (user_id, token_hash, csrf, address, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(user.id)
        .bind(hash(&token))
        .bind(&csrf)
        .bind(address)
        .bind(format_time(now))
        .bind(format_time(expires_at))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let who = Who::new(format!("{} [login from {address}]", user.login), now);
        events::append(&mut tx, &who, "user.login", "user", user.id, &serde_json::json!({ "session": id })).await?;
        tx.commit().await?;
        Ok(Some(NewSession { id, token, csrf, expires_at, user }))
    }

    /// Who a session cookie stands for, if the session is open and its account enabled.
    pub async fn session_principal(&self, token: &str, now: DateTime<Utc>) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT s.id AS session_id, s.csrf, u.id AS user_id, u.login, u.role, u.body_id FROM sessions s \
             JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > $2 \
             AND u.disabled = 0",
        )
        .bind(hash(token.trim()))
        .bind(format_time(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let role: String = r.try_get("role")?;
        Ok(Some(Principal {
            user_id: r.try_get("user_id")?,
            login: r.try_get("login")?,
            role: Role::parse(&role).unwrap_or(Role::Public),
            scope: Scope::Write,
            body_id: r.try_get("body_id")?,
            token_id: None,
            session_id: Some(r.try_get("session_id")?),
            csrf: Some(r.try_get("csrf")?),
        }))
    }

    /// Ends a session (logging out); the cookie is refused from the next request on.
    pub async fn end_session(&self, id: i64, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let user: Option<i64> =
            sqlx::query("UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL RETURNING user_id")
                .bind(format_time(who.at))
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
        if let Some(user) = user {
            events::append(&mut tx, who, "user.logout", "user", user, &serde_json::json!({ "session": id })).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Takes or renews the lease `name` for `holder` until `now + ttl`: true when this holder
    /// has it. Of several processes asking at once, one gets it; the others get it when it
    /// lapses (its holder stopped) or is let go. One statement, so no two can both win.
    pub async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        ttl: chrono::Duration,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let mut tx = self.write().await?;
        let done = sqlx::query(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
             WHERE leases.holder = excluded.holder OR leases.expires_at < $4",
        )
        .bind(name)
        .bind(holder)
        .bind(format_time(now + ttl))
        .bind(format_time(now))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }

    /// Lets a lease go (a process that stops), so that another takes it at once.
    pub async fn release_lease(&self, name: &str, holder: &str) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
