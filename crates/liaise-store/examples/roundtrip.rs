//! How long one statement takes through the Any driver on SQLite: `cargo run --release -p liaise-store --example roundtrip`.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::temp_dir().join(format!("liaise-roundtrip-{}", std::process::id()));
    let store = liaise_store::Store::open(&dir.join("rt.db").display().to_string()).await.expect("open");
    let pool = store.pool();
    let n = 20_000;
    let start = std::time::Instant::now();
    for _ in 0..n {
        sqlx::query("SELECT 1").execute(pool).await.expect("select");
    }
    println!("pool: {:.1} us per statement", start.elapsed().as_secs_f64() * 1e6 / n as f64);
    let mut conn = pool.acquire().await.expect("conn");
    let start = std::time::Instant::now();
    for _ in 0..n {
        sqlx::query("SELECT 1").execute(&mut *conn).await.expect("select");
    }
    println!("connection: {:.1} us per statement", start.elapsed().as_secs_f64() * 1e6 / n as f64);
    drop(conn);
    let start = std::time::Instant::now();
    for _ in 0..2000 {
        let mut tx = pool.begin().await.expect("begin");
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ('x', 'y') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .execute(&mut *tx)
        .await
        .expect("insert");
        tx.commit().await.expect("commit");
    }
    println!("transaction with one write: {:.1} us", start.elapsed().as_secs_f64() * 1e6 / 2000.0);
    store.close().await;
    let _ = std::fs::remove_dir_all(dir);
}
