//! Puts the built-in registry into the database, once per version of the built-in list.

use crate::sql::{Bind, Sql};
use crate::{Result, Store, Who, events, format_time};
use liaise_core::registry::{BodyDef, builtin_bodies, name_key};
use sqlx::Row;
use std::collections::HashMap;

/// A fingerprint of the built-in list, so that opening a database does the seeding work only
/// when liaise ships a changed list.
fn fingerprint(defs: &[BodyDef]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for d in defs {
        let parts = [
            d.slug.as_str(),
            d.canonical.as_str(),
            d.full_name.as_deref().unwrap_or(""),
            d.kind.as_str(),
            d.parent.as_deref().unwrap_or(""),
            d.note.as_deref().unwrap_or(""),
        ];
        for s in parts.iter().copied().chain(d.aliases.iter().map(String::as_str)) {
            for b in s.bytes().chain(std::iter::once(0xff)) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    format!("{h:016x}-{}", defs.len())
}

pub(crate) async fn seed_builtin_bodies(store: &Store) -> Result<()> {
    let defs = builtin_bodies();
    let print = fingerprint(&defs);
    let current: Option<String> = sqlx::query("SELECT value FROM meta WHERE key = 'builtin_bodies'")
        .fetch_optional(&store.pool)
        .await?
        .map(|r| r.try_get::<String, _>(0))
        .transpose()?;
    if current.as_deref() == Some(print.as_str()) {
        return Ok(());
    }
    let now = format_time(chrono::Utc::now());
    let mut tx = store.write().await?;
    // Another process may have seeded while this one waited for the write lock.
    let again: Option<String> = sqlx::query("SELECT value FROM meta WHERE key = 'builtin_bodies'")
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get::<String, _>(0))
        .transpose()?;
    if again.as_deref() == Some(print.as_str()) {
        return Ok(());
    }
    let mut ids: HashMap<String, i64> = HashMap::new();
    for d in &defs {
        let parent = d.parent.as_ref().and_then(|p| ids.get(p).copied());
        let mut sql = Sql::new(
            "INSERT INTO bodies (slug, canonical, full_name, kind, parent_id, status, note, created_at) VALUES (",
        );
        sql.bind(Bind::Text(d.slug.clone()))
            .push(", ")
            .bind(Bind::Text(d.canonical.clone()))
            .push(", ")
            .bind(Bind::OptText(d.full_name.clone()))
            .push(", ")
            .bind(Bind::Text(d.kind.as_str().to_string()))
            .push(", ")
            .bind(Bind::OptInt(parent))
            .push(", 'builtin', ")
            .bind(Bind::OptText(d.note.clone()))
            .push(", ")
            .bind(Bind::Text(now.clone()))
            .push(
                ") ON CONFLICT (slug) DO UPDATE SET canonical = excluded.canonical, full_name = excluded.full_name, \
                 kind = excluded.kind, parent_id = excluded.parent_id, note = excluded.note WHERE bodies.status = 'builtin'",
            );
        sql.query().execute(&mut *tx).await?;
        let id: i64 =
            sqlx::query("SELECT id FROM bodies WHERE slug = $1").bind(&d.slug).fetch_one(&mut *tx).await?.try_get(0)?;
        ids.insert(d.slug.clone(), id);
        let spellings = std::iter::once(&d.canonical).chain(d.full_name.iter()).chain(d.aliases.iter());
        for s in spellings {
            let key = name_key(s);
            if key.is_empty() {
                continue;
            }
            sqlx::query(
                "INSERT INTO body_aliases (key, alias, body_id) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
            )
            .bind(key)
            .bind(s.clone())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query("INSERT INTO meta (key, value) VALUES ('builtin_bodies', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(&print)
        .execute(&mut *tx)
        .await?;
    let who = Who::new("liaise", chrono::Utc::now());
    let data = serde_json::json!({ "bodies": defs.len(), "fingerprint": print });
    events::append(&mut tx, &who, "registry.seeded", "registry", 0, &data).await?;
    tx.commit().await?;
    Ok(())
}
