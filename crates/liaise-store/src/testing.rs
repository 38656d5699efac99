//! Fresh databases for tests, on every backend: a SQLite file in a temporary folder always, and a
//! new PostgreSQL database when `LIAISE_TEST_POSTGRES_URL` names a server that answers.

use crate::{Backend, Store};
use sqlx::{AnyConnection, Connection, Executor};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The variable that names the PostgreSQL server for tests.
pub const POSTGRES_VAR: &str = "LIAISE_TEST_POSTGRES_URL";

/// A database made for one test; it is removed when dropped.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    _dir: Option<tempfile::TempDir>,
    drop_pg: Option<(String, String)>,
}

impl TestDb {
    pub async fn open(&self) -> Store {
        Store::open(&self.url).await.unwrap_or_else(|e| panic!("cannot open test database {}: {e}", self.url))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.drop_pg.take() {
            // Best effort: a leftover test database does no harm and the next run uses new names.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                rt.block_on(async {
                    let mut conn = AnyConnection::connect(&admin).await.ok()?;
                    conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).await.ok()
                })
            })
            .join();
        }
    }
}

pub fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = dir.path().join("liaise.db").display().to_string();
    TestDb { url, backend: Backend::Sqlite, _dir: Some(dir), drop_pg: None }
}

/// A new, empty PostgreSQL database, or why there is none.
pub async fn postgres() -> Result<TestDb, String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let admin = std::env::var(POSTGRES_VAR).map_err(|_| format!("{POSTGRES_VAR} is not set"))?;
    sqlx::any::install_default_drivers();
    let mut conn = AnyConnection::connect(&admin).await.map_err(|e| format!("cannot connect to {admin}: {e}"))?;
    let name = format!(
        "liaise_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_micros() % 1_000_000
    );
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .map_err(|e| format!("cannot create a database: {e}"))?;
    let _ = conn.close().await;
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b.to_string(), format!("?{q}")),
        None => (admin.clone(), String::new()),
    };
    let slash = base.rfind('/').filter(|&i| i > base.find("://").map_or(0, |j| j + 2)).unwrap_or(base.len());
    let url = format!("{}/{name}{query}", &base[..slash]);
    Ok(TestDb { url, backend: Backend::Postgres, _dir: None, drop_pg: Some((admin, name)) })
}

/// Every backend a test should run on: SQLite, and PostgreSQL when it answers. When PostgreSQL
/// is skipped, says so and why on stderr (shown with `--nocapture` and in failing runs).
pub async fn all_backends(test: &str) -> Vec<TestDb> {
    let mut out = vec![sqlite()];
    match postgres().await {
        Ok(db) => out.push(db),
        Err(why) => eprintln!("{test}: PostgreSQL skipped: {why}"),
    }
    out
}
