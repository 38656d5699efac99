//! Storage for liaise: an append-only event log and the tables projected from it, on SQLite (one
//! file, the default) or PostgreSQL, chosen by the database URL.
//!
//! Invariant: every change to a projection table happens in the same transaction as the event
//! that records it, so history and audit can never disagree with the state they explain.
//! Invariant: both backends run the same queries through sqlx's `Any` driver; only the migrations
//! (one folder per backend) differ. Placeholders are written `$1`, `$2`, ... which both accept.

pub mod bodies;
pub mod catalogue;
mod events;
pub mod ls;
pub mod mail;
mod resolve;
pub mod review;
pub mod roadmap;
mod seed;
mod sql;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod track;

pub use events::Event;

use chrono::{DateTime, Utc};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::time::Duration;
use thiserror::Error;

/// The database behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error("the database URL {0:?} is neither a file path, sqlite:... nor postgres://...")]
    BadUrl(String),
    #[error("cannot create the folder for the database {path}: {source}")]
    CreateDir { path: String, source: std::io::Error },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Who makes a change, and when: every event carries both.
#[derive(Debug, Clone)]
pub struct Who {
    pub actor: String,
    pub at: DateTime<Utc>,
}

impl Who {
    pub fn new(actor: impl Into<String>, at: DateTime<Utc>) -> Who {
        Who { actor: actor.into(), at }
    }
}

/// Formats a time the way the store keeps it: sortable as text, UTC, microseconds.
pub fn format_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// Turns what a user gives (a file path, `sqlite:...`, `postgres://...`) into a URL sqlx takes.
pub fn database_url(given: &str) -> Result<(String, Backend)> {
    let g = given.trim();
    if g.starts_with("postgres://") || g.starts_with("postgresql://") {
        return Ok((g.to_string(), Backend::Postgres));
    }
    if g == "sqlite::memory:" || g.starts_with("sqlite::memory:") {
        return Ok((g.to_string(), Backend::Sqlite));
    }
    let path = if let Some(rest) = g.strip_prefix("sqlite://") {
        rest.split('?').next().unwrap_or(rest).to_string()
    } else if let Some(rest) = g.strip_prefix("sqlite:") {
        rest.split('?').next().unwrap_or(rest).to_string()
    } else if g.contains("://") || g.is_empty() {
        return Err(StoreError::BadUrl(given.to_string()));
    } else {
        g.to_string()
    };
    Ok((format!("sqlite://{path}?mode=rwc"), Backend::Sqlite))
}

/// A connection pool and the backend it talks to.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

impl Store {
    /// Opens (creating if needed) the database, brings its schema up to date and makes sure the
    /// built-in registry is present.
    pub async fn open(given: &str) -> Result<Store> {
        install_default_drivers();
        let (url, backend) = database_url(given)?;
        if backend == Backend::Sqlite && !url.contains(":memory:") {
            let path = url.trim_start_matches("sqlite://").split('?').next().unwrap_or("");
            if let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|source| StoreError::CreateDir { path: path.to_string(), source })?;
            }
        }
        let memory = url.contains(":memory:");
        let pool = AnyPoolOptions::new()
            // An in-memory SQLite database exists once per connection: keep exactly one.
            .max_connections(if memory {
                1
            } else if backend == Backend::Sqlite {
                4
            } else {
                8
            })
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        if !memory {
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                            conn.execute("PRAGMA synchronous = NORMAL").await?;
                            // Statements and events are read back often: keep pages in memory
                            // (64 MiB of cache, up to 256 MiB mapped) rather than re-read them.
                            conn.execute("PRAGMA cache_size = -65536").await?;
                            conn.execute("PRAGMA mmap_size = 268435456").await?;
                            // Savepoints keep their sub-journal in memory, not in a temporary file.
                            conn.execute("PRAGMA temp_store = MEMORY").await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
            Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
        }
        let store = Store { pool, backend };
        seed::seed_builtin_bodies(&store).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes the pool, waiting for connections to finish (SQLite then checkpoints its WAL).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Every event about one entity, oldest first.
    pub async fn history(&self, entity: &str, entity_id: i64) -> Result<Vec<Event>> {
        events::for_entity(&self.pool, entity, entity_id).await
    }

    /// Every event about a statement and what hangs on it (actions, reminders, proposals).
    pub async fn statement_history(&self, ls_id: i64) -> Result<Vec<Event>> {
        events::for_statement(&self.pool, ls_id).await
    }

    /// The newest events of any kind, newest first.
    pub async fn recent_events(&self, limit: i64) -> Result<Vec<Event>> {
        events::recent(&self.pool, limit).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let ok = |g: &str, want: &str, b: Backend| {
            let (url, backend) = database_url(g).expect("a valid URL");
            assert_eq!((url.as_str(), backend), (want, b), "{g}");
        };
        ok("liaise.db", "sqlite://liaise.db?mode=rwc", Backend::Sqlite);
        ok("/tmp/x/liaise.db", "sqlite:///tmp/x/liaise.db?mode=rwc", Backend::Sqlite);
        ok("sqlite:///tmp/a.db", "sqlite:///tmp/a.db?mode=rwc", Backend::Sqlite);
        ok("sqlite:a.db", "sqlite://a.db?mode=rwc", Backend::Sqlite);
        ok("sqlite::memory:", "sqlite::memory:", Backend::Sqlite);
        ok("postgres://u@h/db", "postgres://u@h/db", Backend::Postgres);
        assert!(database_url("mysql://x").is_err());
        assert!(database_url("").is_err());
    }
}
