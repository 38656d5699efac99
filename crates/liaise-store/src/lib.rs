//! Storage for liaise: an append-only event log and the tables projected from it, on SQLite (one
//! file, the default) or PostgreSQL, chosen by the database URL.
//!
//! Invariant: every change to a projection table happens in the same transaction as the event
//! that records it, so history and audit can never disagree with the state they explain.
//! Invariant: both backends run the same queries through sqlx's `Any` driver; only the migrations
//! (one folder per backend) differ. Placeholders are written `$1`, `$2`, ... which both accept.

pub mod accounts;
pub mod archive;
pub mod bodies;
pub mod catalogue;
pub mod due;
mod events;
pub mod ls;
pub mod mail;
pub mod meetings;
mod resolve;
pub mod review;
pub mod roadmap;
pub mod search;
mod search_cache;
mod seed;
pub mod send;
mod sql;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod track;

pub use events::{Event, EventFilter};

use chrono::{DateTime, Utc};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Connection, Executor, Row};
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
    /// `target` is the URL without its password.
    #[error("cannot connect to {target}: {cause}")]
    Connect { target: String, cause: String },
    #[error("the database {0} is read-only: this process may not write it (commands that only read still work)")]
    ReadOnly(String),
    /// Refused for now (too many attempts); the message says when to try again.
    #[error("{0}")]
    Limited(String),
    #[error("cannot lock {path} to bring the database up to date: {source}")]
    Lock { path: String, source: std::io::Error },
    /// The database was brought to a schema this binary does not know: opening it could
    /// write rows a newer liaise reads wrongly.
    #[error(
        "the database is at schema {database}, newer than this liaise {version} knows (schema {SCHEMA_VERSION}): a newer liaise has used it; run that one (or upgrade this one), never an older"
    )]
    TooNew { database: i64, version: &'static str },
}

/// A database as `Store::inspect` found it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inspection {
    /// A SQLite file that does not exist yet is no error: the first command makes it.
    pub exists: bool,
    /// The newest migration applied; None when the database has no liaise tables.
    pub schema: Option<i64>,
    pub statements: i64,
    /// The group liaise works for.
    pub home: Option<String>,
    /// Enabled admin accounts with a password (who can log in to the web application).
    pub admins: i64,
}

/// The schema this binary brings a database to: the number of its newest migration. A test
/// checks it against the migrations of both backends.
pub const SCHEMA_VERSION: i64 = 15;

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

/// A database URL fit for a message: the password, if any, is left out.
pub fn redact(given: &str) -> String {
    match (given.find("://"), given.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &given[scheme + 3..at];
            let user = user.split(':').next().unwrap_or(user);
            format!("{}{user}{}", &given[..scheme + 3], &given[at..])
        }
        _ => given.to_string(),
    }
}

/// Takes an exclusive lock on a file (created if needed), held until the guard drops.
fn lock_file(path: &str) -> Result<std::fs::File> {
    let fail = |source| StoreError::Lock { path: path.to_string(), source };
    let f = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path).map_err(fail)?;
    f.lock().map_err(fail)?;
    Ok(f)
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

/// The file of a SQLite database, from what a user gives; None for PostgreSQL and for an
/// in-memory database.
pub fn sqlite_file(given: &str) -> Result<Option<String>> {
    let (url, backend) = database_url(given)?;
    Ok((backend == Backend::Sqlite && !url.contains(":memory:"))
        .then(|| url.trim_start_matches("sqlite://").split('?').next().unwrap_or("").to_string()))
}

/// The migrations of a backend.
fn migrator(backend: Backend) -> sqlx::migrate::Migrator {
    match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    }
}

/// The registry last read, under the stamp of the bodies it was read at.
type RegistryCache = (String, std::sync::Arc<liaise_core::registry::Registry>);

/// A connection pool and the backend it talks to.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    read_only: bool,
    /// The registry as last loaded, with the stamp of the bodies it was loaded from: a request
    /// of the server reads it several times, and reloading thousands of rows each time made a
    /// page of the statement list cost most of a second.
    registry_cache: std::sync::Arc<std::sync::Mutex<Option<RegistryCache>>>,
    /// What search queries read most, kept in memory and brought up to date from the index's
    /// log before each query.
    search_cache: std::sync::Arc<std::sync::RwLock<search_cache::SearchCache>>,
}

/// What a command will do with the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads and writes; a file that cannot be written is an error at once.
    Write,
    /// Only reads: a SQLite file that cannot be written is opened read-only.
    Read,
    /// Reads and writes for a long-running server: SQLite's page cache is kept small (8 MiB a
    /// connection) and the file is not mapped, so that the process's memory stays bounded
    /// whatever the database's size; the kernel's file cache keeps the pages instead. A command
    /// that runs once (an import) gains from the larger cache; a server that scans a million
    /// actions held 780 MB of mapped file and 340 MB of cache (issue 11).
    Serve,
}

/// Whether this process may write a file (for root, permissions alone do not say no).
fn writable(path: &Path) -> bool {
    std::fs::OpenOptions::new().append(true).open(path).is_ok()
}

/// Whether this process may create files in a folder: SQLite keeps its write-ahead log and
/// shared memory beside the database, so a folder it cannot write is a read-only database.
fn folder_writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".liaise-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => std::fs::remove_file(&probe).is_ok(),
        Err(_) => false,
    }
}

/// The settings of every SQLite connection. Run on the first connection too, outside the pool,
/// so that one that fails says why at once instead of after the pool's retries.
async fn setup(conn: &mut sqlx::AnyConnection, memory: bool, read_only: bool, small: bool) -> Result<(), sqlx::Error> {
    conn.execute("PRAGMA foreign_keys = ON").await?;
    // A second writer waits its turn (a long import commits batch by batch).
    conn.execute("PRAGMA busy_timeout = 60000").await?;
    if !memory && !read_only {
        // Changing the journal mode takes the file's lock without waiting on the busy timeout:
        // two first runs on a new file both ask at once, so the loser asks again.
        let mut tries = 0;
        loop {
            match conn.execute("PRAGMA journal_mode = WAL").await {
                Ok(_) => break,
                Err(e) if tries < 100 && e.to_string().contains("locked") => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => return Err(e),
            }
        }
        conn.execute("PRAGMA synchronous = NORMAL").await?;
    }
    if !memory && small {
        // A server keeps its memory for answers: each of its connections caches 2 MiB of
        // pages, and sorts and temporary tables too large for that go to temporary files (the
        // kernel's page cache) rather than the heap; with the statement list's pages hot this
        // costs nothing measurable, and the due list's sorts no longer stay resident (issue 11).
        conn.execute("PRAGMA cache_size = -2048").await?;
        conn.execute("PRAGMA mmap_size = 0").await?;
        conn.execute("PRAGMA temp_store = FILE").await?;
    } else if !memory {
        // Statements and events are read back often: keep pages in memory (64 MiB of cache,
        // up to 256 MiB mapped) rather than re-read them.
        conn.execute("PRAGMA cache_size = -65536").await?;
        conn.execute("PRAGMA mmap_size = 268435456").await?;
        // Savepoints keep their sub-journal in memory, not in a temporary file.
        conn.execute("PRAGMA temp_store = MEMORY").await?;
    }
    Ok(())
}

impl Store {
    /// Opens (creating if needed) the database for reading and writing, brings its schema up to
    /// date and makes sure the built-in registry is present.
    pub async fn open(given: &str) -> Result<Store> {
        Store::open_as(given, Access::Write).await
    }

    /// Opens the database for a command that only reads: a SQLite file this process may not
    /// write is opened read-only instead of failing (issue 9, item 10).
    pub async fn open_read(given: &str) -> Result<Store> {
        Store::open_as(given, Access::Read).await
    }

    pub async fn open_as(given: &str, access: Access) -> Result<Store> {
        install_default_drivers();
        let (mut url, backend) = database_url(given)?;
        let memory = url.contains(":memory:");
        let small = access == Access::Serve;
        let file = sqlite_file(given)?;
        let mut read_only = false;
        if let Some(path) = &file {
            let p = Path::new(path);
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if p.exists() && !(writable(p) && folder_writable(dir)) {
                if access != Access::Read {
                    return Err(StoreError::ReadOnly(path.clone()));
                }
                read_only = true;
                // Without a writable folder SQLite cannot make the files it shares between
                // readers; reading the file as unchanging needs none.
                let flags = if folder_writable(dir) { "mode=ro" } else { "mode=ro&immutable=1" };
                url = url.replace("mode=rwc", flags);
            } else if access == Access::Read && !p.exists() && !dir.exists() {
                // A reading command does not make folders: a mistyped --db is said, not created.
                return Err(StoreError::NotFound(format!(
                    "there is no database at {path} (no folder {}): check --db or LIAISE_DATABASE_URL, or import a statement to start one",
                    dir.display()
                )));
            } else if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|source| StoreError::CreateDir { path: path.to_string(), source })?;
            }
        }
        // One connection first, without the pool: a server that refuses or a file that cannot
        // be opened is reported at once with its cause, instead of after the pool's retries.
        let fail = |e: sqlx::Error| StoreError::Connect { target: redact(given), cause: e.to_string() };
        let mut first = sqlx::AnyConnection::connect(&url).await.map_err(fail)?;
        if backend == Backend::Sqlite {
            setup(&mut first, memory, read_only, small).await.map_err(fail)?;
        }
        first.close().await.ok();
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
                        setup(conn, memory, read_only, small).await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        let store =
            Store { pool, backend, read_only, registry_cache: Default::default(), search_cache: Default::default() };
        let migrator = migrator(backend);
        let mut upgraded_from = None;
        if store.migrations_pending(&migrator).await? {
            if read_only {
                return Err(StoreError::ReadOnly(format!(
                    "{} (and its schema is older than this liaise: open it once where it can be written)",
                    file.clone().unwrap_or_default()
                )));
            }
            // Two first runs on one new file must not both create the tables: SQLite has no
            // lock for sqlx's migrator to take, so a lock file beside the database serialises
            // them (PostgreSQL's migrator takes an advisory lock of its own).
            let _guard = match &file {
                Some(path) => Some(lock_file(&format!("{path}.lock"))?),
                None => None,
            };
            upgraded_from = Some(store.schema_version().await?);
            migrator.run(&store.pool).await?;
        }
        if !read_only {
            seed::seed_builtin_bodies(&store).await?;
        }
        // A database of the first schema kept no actions: its statements get theirs now, as
        // events of the upgrade (history is added to, never rewritten).
        if let Some(from @ 1) = upgraded_from {
            let made = track::catch_up_actions(&store, from).await?;
            tracing::info!(from, statements = made, "upgraded: actions made for statements stored before tracking");
        }
        Ok(store)
    }

    /// Whether the database lacks a migration this binary has; an error when it has one this
    /// binary does not (a newer liaise migrated it).
    async fn migrations_pending(&self, migrator: &sqlx::migrate::Migrator) -> Result<bool> {
        let applied: Vec<i64> = match sqlx::query("SELECT version FROM _sqlx_migrations WHERE success = TRUE")
            .fetch_all(&self.pool)
            .await
        {
            Ok(rows) => rows.iter().map(|r| sqlx::Row::try_get::<i64, _>(r, 0)).collect::<Result<_, _>>()?,
            // No table yet: a new database.
            Err(_) => return Ok(true),
        };
        if let Some(&newest) = applied.iter().filter(|v| !migrator.version_exists(**v)).max() {
            return Err(StoreError::TooNew { database: newest, version: env!("CARGO_PKG_VERSION") });
        }
        Ok(migrator.iter().any(|m| !applied.contains(&m.version)))
    }

    /// What a deployment check needs to know of a database, read without changing it (no
    /// migration, no file created, no registry seeded).
    pub async fn inspect(given: &str) -> Result<Inspection> {
        install_default_drivers();
        let (mut url, _) = database_url(given)?;
        if let Some(path) = sqlite_file(given)? {
            if !Path::new(&path).exists() {
                return Ok(Inspection { exists: false, ..Inspection::default() });
            }
            url = url.replace("mode=rwc", "mode=ro");
        }
        let fail = |e: sqlx::Error| StoreError::Connect { target: redact(given), cause: e.to_string() };
        let mut conn = sqlx::AnyConnection::connect(&url).await.map_err(fail)?;
        let schema = archive::schema_of(&mut conn).await?;
        let mut out = Inspection { exists: true, schema, ..Inspection::default() };
        if schema.is_some() {
            let one = |sql: &'static str| sqlx::query(sql);
            out.statements =
                one("SELECT COUNT(*) FROM ls").fetch_one(&mut conn).await.and_then(|r| r.try_get(0)).unwrap_or(0);
            out.home = one("SELECT b.canonical FROM meta m JOIN bodies b ON CAST(b.id AS TEXT) = m.value WHERE m.key = 'home_body_id'")
                .fetch_optional(&mut conn)
                .await
                .ok()
                .flatten()
                .and_then(|r| r.try_get(0).ok());
            out.admins =
                one("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND password_hash IS NOT NULL")
                    .fetch_one(&mut conn)
                    .await
                    .and_then(|r| r.try_get(0))
                    .unwrap_or(0);
        }
        conn.close().await.ok();
        Ok(out)
    }

    /// The newest migration applied to the database.
    pub async fn schema_version(&self) -> Result<i64> {
        let mut conn = self.pool.acquire().await?;
        Ok(archive::schema_of(&mut conn).await?.unwrap_or(0))
    }

    /// Restores an archive (`archive::export`'s) into the database `given`, which must hold
    /// nothing yet, or nothing but the built-in registry every new database gets. The rows go in
    /// at the archive's schema, in one transaction; the migrations after it then run as on any
    /// upgrade. Returns what the archive held.
    pub async fn restore(
        given: &str,
        input: impl std::io::Read,
        progress: archive::Progress<'_>,
    ) -> Result<archive::Summary> {
        install_default_drivers();
        let (header, mut lines) = archive::open_lines(input)?;
        if header.schema > SCHEMA_VERSION {
            return Err(StoreError::Invalid(format!(
                "the archive is of schema {}, made by a newer liaise ({}); this one knows schema {SCHEMA_VERSION}: restore it with that liaise or a newer one",
                header.schema, header.liaise
            )));
        }
        let (url, backend) = database_url(given)?;
        if let Some(path) = sqlite_file(given)?
            && let Some(dir) = Path::new(&path).parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|source| StoreError::CreateDir { path: dir.display().to_string(), source })?;
        }
        let fail = |e: sqlx::Error| StoreError::Connect { target: redact(given), cause: e.to_string() };
        let mut conn = sqlx::AnyConnection::connect(&url).await.map_err(fail)?;
        if backend == Backend::Sqlite {
            setup(&mut conn, url.contains(":memory:"), false, false).await.map_err(fail)?;
        }
        let mut wipe = false;
        let schema = archive::schema_of(&mut conn).await?;
        if schema.is_none()
            && let Some(table) = archive::tables_present(&mut conn, backend).await?.first()
        {
            return Err(StoreError::Conflict(format!(
                "{} holds tables that are not liaise's (such as {table}): restore into a new, empty database",
                redact(given)
            )));
        }
        if let Some(at) = schema {
            if !archive::only_builtin(&mut conn, backend).await? {
                return Err(StoreError::Conflict(format!(
                    "{} holds data already: an archive is restored into a new, empty database (a new file, or a new PostgreSQL database made with createdb)",
                    redact(given)
                )));
            }
            if at == header.schema {
                wipe = true;
            } else {
                archive::drop_all(&mut conn, backend).await?;
            }
        }
        let migrator = migrator(backend);
        migrator.run_to(header.schema, &mut conn).await?;
        if backend == Backend::Sqlite {
            // Rows go in table by table; a reference to a later row is whole only at the end,
            // where it is checked.
            conn.execute("PRAGMA foreign_keys = OFF").await?;
        }
        let summary = {
            let mut tx = match backend {
                Backend::Sqlite => conn.begin_with("BEGIN IMMEDIATE").await?,
                Backend::Postgres => conn.begin().await?,
            };
            if wipe {
                archive::delete_all(&mut tx, backend).await?;
            }
            let summary = archive::restore_rows(&mut tx, backend, &mut lines, progress).await?;
            if backend == Backend::Sqlite {
                let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *tx).await?;
                if let Some(row) = broken.first() {
                    let table: String = sqlx::Row::try_get(row, 0).unwrap_or_default();
                    return Err(StoreError::Invalid(format!(
                        "the archive's rows refer to rows it does not hold ({} broken references, the first in {table}): nothing was restored",
                        broken.len()
                    )));
                }
            }
            tx.commit().await?;
            summary
        };
        if backend == Backend::Sqlite {
            conn.execute("PRAGMA foreign_keys = ON").await?;
        }
        conn.close().await.ok();
        // The migrations after the archive's schema, and the registry of this liaise.
        Store::open(given).await?.close().await;
        Ok(summary)
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads first and then writes fails with
    /// "database is locked" when another process wrote in between, whatever the busy timeout,
    /// while an immediate one waits its turn (issue 9, item 9).
    ///
    /// On PostgreSQL every writer takes one advisory lock for the same reason: event ids must
    /// be given in the order their transactions commit. Without it, a transaction that took id
    /// 101 could commit after one that took 105; the data stamp (the newest id) would not move
    /// when 101 appeared, so every cached answer would miss that change, and the search index,
    /// which takes in the events after the last id it saw, would never see it (found while
    /// testing backups under load: a snapshot held 105 and not 101).
    pub(crate) async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        if self.read_only {
            return Err(StoreError::ReadOnly("the database".into()));
        }
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT pg_advisory_xact_lock(4156)").execute(&mut *tx).await?;
                tx
            }
        })
    }

    /// A write that changes the registry: on PostgreSQL, registry writers also take one
    /// advisory lock, so that two processes adding the same name one after the other see each
    /// other's (SQLite's BEGIN IMMEDIATE already lets one writer in at a time).
    pub(crate) async fn registry_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        let mut tx = self.write().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(4157)").execute(&mut *tx).await?;
        }
        Ok(tx)
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
    /// The stamp of everything stored: the newest event. Every change writes one, so what was
    /// read at one stamp is still true while the stamp is the same, in every process.
    pub async fn data_stamp(&self) -> Result<i64> {
        let row = sqlx::query("SELECT COALESCE(MAX(id), 0) FROM events").fetch_one(&self.pool).await?;
        Ok(sqlx::Row::try_get(&row, 0)?)
    }

    pub async fn statement_history(&self, ls_id: i64) -> Result<Vec<Event>> {
        events::for_statement(&self.pool, ls_id).await
    }

    /// The audit trail: events by a filter, newest first.
    pub async fn audit(&self, f: &events::EventFilter) -> Result<Vec<Event>> {
        events::filtered(&self.pool, f).await
    }

    /// The newest events of any kind, newest first.
    pub async fn recent_events(&self, limit: i64) -> Result<Vec<Event>> {
        events::recent(&self.pool, limit).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Migrations never change once shipped: a database records each one's checksum, and one
    /// edited afterwards would refuse every database made before the edit. The sums are kept
    /// in `migrations/CHECKSUMS`; a new migration adds its line (LIAISE_BLESS=1 writes it).
    #[test]
    fn migrations_are_never_edited_and_the_schema_version_is_the_newest() {
        let mut lines = Vec::new();
        for (name, migrator) in [("sqlite", migrator(Backend::Sqlite)), ("postgres", migrator(Backend::Postgres))] {
            assert_eq!(migrator.iter().map(|m| m.version).max(), Some(SCHEMA_VERSION), "{name}");
            for m in migrator.iter() {
                let sum: String = m.checksum.iter().map(|b| format!("{b:02x}")).collect();
                lines.push(format!("{name} {:04} {sum}", m.version));
            }
        }
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/CHECKSUMS");
        let got = lines.join("\n") + "\n";
        if std::env::var_os("LIAISE_BLESS").is_some() {
            let kept = std::fs::read_to_string(&path).unwrap_or_default();
            // Blessing adds lines; it never changes one already there.
            for line in kept.lines() {
                assert!(got.lines().any(|l| l == line), "a shipped migration changed: {line}");
            }
            std::fs::write(&path, &got).expect("CHECKSUMS written");
        }
        let kept = std::fs::read_to_string(&path).expect("migrations/CHECKSUMS");
        for line in kept.lines() {
            assert!(got.lines().any(|l| l == line), "a shipped migration was edited (its checksum changed): {line}");
        }
        assert_eq!(kept, got, "a migration is not in migrations/CHECKSUMS: run with LIAISE_BLESS=1");
    }

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
