//! Backups and moves between backends: a database written to an archive and restored into a
//! new one of each backend holds the same rows, ids, events, accounts, tokens and files.

use super::{story, who};
use liaise_store::accounts::{Role, Scope};
use liaise_store::archive::{self, Summary};
use liaise_store::testing::{TestDb, all_backends, sqlite};
use liaise_store::{Store, StoreError};

/// Fills a database with the story's statements and bodies, an account with a token and a
/// password: the things a move must not lose.
async fn filled(db: &TestDb) -> (Store, String) {
    let store = db.open().await;
    story(&store).await;
    store
        .add_user("sec", Role::Secretariat, Some("The secretariat"), Some("sec@example.org"), None, &who())
        .await
        .expect("a user");
    store.set_password("sec", "a long enough password", &who()).await.expect("a password");
    let (_, token) = store.create_token("sec", Scope::Write, Some("backup test"), &who()).await.expect("a token");
    (store, token)
}

async fn backup(store: &Store) -> (Vec<u8>, Summary) {
    let mut out = Vec::new();
    let summary = archive::export(store, &mut out, &mut |_, _| {}).await.expect("the export succeeds");
    (out, summary)
}

/// What a user of the restored database sees, beside the sums: statements, a token that still
/// works, a stored file.
async fn same_for_a_user(a: &Store, b: &Store, token: &str) {
    let list = |s: Store| async move {
        s.list_ls(&Default::default()).await.expect("a list").iter().map(|v| v.to_json()).collect::<Vec<_>>()
    };
    assert_eq!(list(a.clone()).await, list(b.clone()).await, "the statement lists differ");
    let now = chrono::Utc::now();
    let who_a = a.principal(token, now).await.expect("a principal").map(|p| p.login);
    let who_b = b.principal(token, now).await.expect("a principal").map(|p| p.login);
    assert_eq!((who_a.as_deref(), who_b.as_deref()), (Some("sec"), Some("sec")), "the token works on both");
    assert_eq!(a.history("ls", 1).await.expect("history").len(), b.history("ls", 1).await.expect("history").len());
}

#[tokio::test]
async fn an_archive_restores_the_same_database_on_every_backend_in_both_directions() {
    let backends = all_backends("an_archive_restores_the_same_database").await;
    for from in &backends {
        let (source, token) = filled(from).await;
        // A running server's job lease: the regression of the review of issue 25, where a
        // restored copy kept the source's lease and ran no backup for three days.
        let now = chrono::Utc::now();
        assert!(source.take_lease("backups", "host:1:a", chrono::Duration::days(3), now).await.expect("a lease"));
        let (bytes, taken) = backup(&source).await;
        assert_eq!(taken.rows_of("leases"), 0, "a lease is the source's processes', not the data's");
        assert!(taken.rows_of("events") > 10 && taken.rows_of("file_contents") > 0 && taken.rows_of("api_tokens") == 1);
        // Into a new database of every backend, the source's own included.
        let targets = all_backends("an_archive_restores_the_same_database (target)").await;
        for to in &targets {
            let restored = Store::restore(&to.url, &bytes[..], &mut |_, _| {}).await.expect("the restore succeeds");
            assert_eq!(
                restored, taken,
                "{:?} -> {:?}: the archive read back is the one written",
                from.backend, to.backend
            );
            let target = to.open().await;
            let (_, again) = backup(&target).await;
            assert_eq!(
                again.differences(&taken),
                Vec::<String>::new(),
                "{:?} -> {:?}: tables differ",
                from.backend,
                to.backend
            );
            same_for_a_user(&source, &target, &token).await;
            assert!(
                target.take_lease("backups", "host:2:b", chrono::Duration::minutes(5), now).await.expect("a lease"),
                "{:?} -> {:?}: the restored database's own server takes its jobs at once",
                from.backend,
                to.backend
            );
            // New rows get new ids, never one the source gave.
            let max = taken.sequences.get("events").copied().unwrap_or(0);
            target.add_user("new", Role::Member, None, None, None, &who()).await.expect("a new user");
            let newest = target.recent_events(1).await.expect("events")[0].id;
            assert!(newest > max, "{:?} -> {:?}: event id {newest} after {max}", from.backend, to.backend);
        }
    }
}

#[tokio::test]
async fn a_restore_into_a_database_with_data_is_refused_and_changes_nothing() {
    for db in all_backends("a_restore_into_a_database_with_data_is_refused").await {
        let (source, _) = filled(&db).await;
        let (bytes, before) = backup(&source).await;
        let err = Store::restore(&db.url, &bytes[..], &mut |_, _| {}).await.expect_err("refused");
        assert!(matches!(err, StoreError::Conflict(_)), "{err}");
        assert!(err.to_string().contains("holds data already"), "{err}");
        let (_, after) = backup(&source).await;
        assert_eq!(after, before);
    }
}

#[tokio::test]
async fn a_cut_or_damaged_archive_restores_nothing() {
    let src = sqlite();
    let (source, _) = filled(&src).await;
    let (bytes, _) = backup(&source).await;
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text).expect("gzip");
    let gz = |t: &str| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut e, t.as_bytes()).expect("gzip");
        e.finish().expect("gzip")
    };
    let lines: Vec<&str> = text.lines().collect();
    let cut = lines[..lines.len() / 2].join("\n") + "\n";
    // One value changed: the table's sum no longer matches.
    let changed = text.replacen("\"ITU-T FG-MV\"", "\"ITU-T FG-XX\"", 1);
    assert_ne!(changed, text);
    for (what, archive) in [("cut", gz(&cut)), ("changed", gz(&changed)), ("not gzip", b"hello".to_vec())] {
        for to in all_backends("a_cut_or_damaged_archive_restores_nothing").await {
            let err = Store::restore(&to.url, &archive[..], &mut |_, _| {}).await.expect_err(what);
            assert!(err.to_string().contains("not a liaise archive, or a damaged one"), "{what}: {err}");
            // The database is left empty: opening it gives a new database's registry, no statement.
            let store = to.open().await;
            assert_eq!(store.count_ls().await.expect("a count"), 0, "{what}: rows were left");
        }
    }
}

#[tokio::test]
async fn a_restore_goes_into_a_database_that_holds_only_the_builtin_registry() {
    for db in all_backends("a_restore_goes_into_a_database_that_holds_only_the_builtin_registry").await {
        let src = sqlite();
        let (source, _) = filled(&src).await;
        let (bytes, taken) = backup(&source).await;
        // Opened once (as `liaise serve` would on a new PostgreSQL database): the registry only.
        db.open().await.close().await;
        let restored = Store::restore(&db.url, &bytes[..], &mut |_, _| {}).await.expect("the restore succeeds");
        assert_eq!(restored, taken);
        let (_, again) = backup(&db.open().await).await;
        assert_eq!(again.differences(&taken), Vec::<String>::new());
    }
}

#[tokio::test]
async fn a_database_of_a_newer_schema_is_refused_with_what_to_do() {
    for db in all_backends("a_database_of_a_newer_schema_is_refused").await {
        let store = db.open().await;
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99, 'from the future', TRUE, $1, 0)",
        )
        .bind(vec![0u8; 48])
        .execute(store.pool())
        .await
        .expect("a future migration recorded");
        store.close().await;
        let err = Store::open(&db.url).await.map(|_| ()).expect_err("refused");
        assert!(matches!(err, StoreError::TooNew { database: 99, .. }), "{err}");
        assert!(err.to_string().contains("schema 99, newer than this liaise"), "{err}");
    }
}

/// Found in review: a restore into a PostgreSQL database of another application (its own
/// `users` table) created liaise's tables before failing; it is refused, nothing created.
#[tokio::test]
async fn a_restore_into_a_database_of_another_application_is_refused_before_anything_is_made() {
    let src = sqlite();
    let (source, _) = filled(&src).await;
    let (bytes, _) = backup(&source).await;
    for db in all_backends("a_restore_into_a_database_of_another_application").await {
        sqlx::any::install_default_drivers();
        let url = match db.backend {
            liaise_store::Backend::Sqlite => format!("sqlite://{}?mode=rwc", db.url),
            liaise_store::Backend::Postgres => db.url.clone(),
        };
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&url).await.expect("a connection");
        sqlx::raw_sql("CREATE TABLE users (name TEXT)").execute(&mut conn).await.expect("a foreign table");
        let err = Store::restore(&db.url, &bytes[..], &mut |_, _| {}).await.expect_err("refused");
        assert!(matches!(err, StoreError::Conflict(_)) && err.to_string().contains("not liaise's"), "{err}");
        let made = sqlx::raw_sql("SELECT 1 FROM _sqlx_migrations").execute(&mut conn).await;
        assert!(made.is_err(), "{:?}: no migration ran", db.backend);
    }
}
