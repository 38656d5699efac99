//! Upgrades: a database made by the first release of liaise, filled with its data, brought to
//! today's schema by opening it, keeps everything and gains what later versions derive.
//!
//! The databases in `tests/upgrade/` were made by liaise at commit 2d8d5e8, the first release
//! whose migration 0001 is today's (see the README there): its `liaise import` of the
//! repository's statements of the time, one body added by hand with an alias. A SQLite dump and a
//! pg_dump of the same.

use liaise_core::BodyList;
use liaise_store::testing::{TestDb, all_backends};
use liaise_store::track::ActionFilter;
use liaise_store::{Backend, SCHEMA_VERSION, Store};
use sqlx::{AnyConnection, Connection, Row};

const SQLITE_DUMP: &str = include_str!("../upgrade/v1-sqlite.sql");
const POSTGRES_DUMP: &str = include_str!("../upgrade/v1-postgres.sql");

/// Writes the first release's database into an empty one.
async fn load_first_release(db: &TestDb) {
    sqlx::any::install_default_drivers();
    let url = match db.backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", db.url),
        Backend::Postgres => db.url.clone(),
    };
    let mut conn = AnyConnection::connect(&url).await.expect("a connection");
    let dump = match db.backend {
        Backend::Sqlite => SQLITE_DUMP,
        Backend::Postgres => POSTGRES_DUMP,
    };
    if db.backend == Backend::Sqlite {
        // The dump creates its tables in name order, not in the order they refer to each other.
        sqlx::raw_sql("PRAGMA foreign_keys = OFF").execute(&mut conn).await.expect("a pragma");
    }
    sqlx::raw_sql(sqlx::AssertSqlSafe(dump)).execute(&mut conn).await.expect("the first release's dump loads");
    conn.close().await.expect("closed");
}

/// Every event as stored: id, time, actor, kind, entity and data, as text.
async fn events(store: &Store) -> Vec<String> {
    let rows = sqlx::query("SELECT id, at, actor, kind, entity, entity_id, data FROM events ORDER BY id")
        .fetch_all(store.pool())
        .await
        .expect("events");
    rows.iter()
        .map(|r| {
            let id: i64 = r.get(0);
            let entity_id: i64 = r.get(5);
            let text = |i| r.get::<String, _>(i);
            format!("{id} {} {} {} {} {entity_id} {}", text(1), text(2), text(3), text(4), text(6))
        })
        .collect()
}

#[tokio::test]
async fn a_database_of_the_first_release_upgrades_to_todays_schema_and_keeps_everything() {
    for db in all_backends("a_database_of_the_first_release_upgrades").await {
        load_first_release(&db).await;
        // What the first release wrote, read before any migration of today runs.
        let before = {
            let url = match db.backend {
                Backend::Sqlite => format!("sqlite://{}?mode=rwc", db.url),
                Backend::Postgres => db.url.clone(),
            };
            let mut conn = AnyConnection::connect(&url).await.expect("a connection");
            let n: i64 = sqlx::query("SELECT COUNT(*) FROM events").fetch_one(&mut conn).await.expect("a count").get(0);
            let v: i64 =
                sqlx::query("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(&mut conn).await.expect("v").get(0);
            assert_eq!(v, 1, "{:?}: the dump is of the first schema", db.backend);
            n
        };
        let store = db.open().await;
        assert_eq!(store.schema_version().await.expect("a version"), SCHEMA_VERSION, "{:?}", db.backend);
        // History is never rewritten: the first release's events are all there, unchanged.
        let after = events(&store).await;
        let again = {
            let store = Store::open(&db.url).await.expect("opens again");
            events(&store).await
        };
        assert_eq!(after, again, "{:?}: a second open changes nothing", db.backend);
        assert!(after.len() as i64 >= before, "{:?}: events lost", db.backend);

        // The statements and the registry.
        assert_eq!(store.count_ls().await.expect("a count"), 10, "{:?}", db.backend);
        let views = store.list_ls(&Default::default()).await.expect("a list");
        let fgmv = views.iter().find(|v| v.record.doc_number.as_deref() == Some("FG-MV-LS1")).expect("FG-MV-LS1");
        assert_eq!(fgmv.list(BodyList::ForAction, None).len(), 38, "{:?}", db.backend);
        let reg = store.registry().await.expect("the registry");
        assert_eq!(reg.lookup("AMF").map(|b| b.canonical.as_str()), Some("Acme Metaverse Forum"), "{:?}", db.backend);
        assert_eq!(reg.lookup("JTC1 SC29").map(|b| b.canonical.as_str()), Some("ISO/IEC JTC 1/SC 29"));

        // What later releases derive from a statement was made for the old ones too: the first
        // release kept no actions, and FG-MV-LS1's 38 for-action bodies each owe an answer.
        let actions =
            store.actions(&ActionFilter { ls_id: Some(fgmv.id), ..Default::default() }).await.expect("actions");
        assert!(actions.len() >= 38, "{:?}: {} actions for FG-MV-LS1", db.backend, actions.len());
        let made: Vec<&String> = after.iter().filter(|e| e.contains(" action.created ")).collect();
        assert!(made.iter().all(|e| e.contains("liaise upgrade")), "{:?}: {:?}", db.backend, made.first());

        // Search finds the old statements.
        let q = liaise_core::search::parse_query("metaverse collaboration").expect("a query");
        let found =
            store.search(&q, &Default::default(), liaise_store::search::Audience::Member, 10).await.expect("a search");
        assert!(found.total >= 1, "{:?}: search found nothing", db.backend);
    }
}
