//! Accounts of the server: users with a role, and API tokens. A token is shown once, when made;
//! the store keeps only its SHA-256, so a stolen database gives no working token.

use crate::sql::opt_text;
use crate::{Result, Store, StoreError, Who, events, format_time};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// What an account may do.
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

/// Who a request acts as, from its token.
#[derive(Debug, Clone, Serialize)]
pub struct Principal {
    pub user_id: i64,
    pub login: String,
    pub role: Role,
    pub scope: Scope,
    pub body_id: Option<i64>,
    pub token_id: i64,
}

/// A token as listed: never the token itself.
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
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| StoreError::Invalid(format!("no randomness for a token: {e}")))?;
        let token = format!("liaise_{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
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
    pub async fn principal(&self, token: &str, now: &str) -> Result<Option<Principal>> {
        let row = sqlx::query(
            "SELECT t.id AS token_id, t.scope, u.id AS user_id, u.login, u.role, u.body_id FROM api_tokens t \
             JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled = 0",
        )
        .bind(hash(token.trim()))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let token_id: i64 = r.try_get("token_id")?;
        // The last use is a convenience: a read-only database must not fail the request for it.
        let _ = sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(token_id)
            .execute(&self.pool)
            .await;
        let role: String = r.try_get("role")?;
        let scope: String = r.try_get("scope")?;
        Ok(Some(Principal {
            user_id: r.try_get("user_id")?,
            login: r.try_get("login")?,
            role: Role::parse(&role).unwrap_or(Role::Public),
            scope: Scope::parse(&scope).unwrap_or(Scope::Read),
            body_id: r.try_get("body_id")?,
            token_id,
        }))
    }
}
