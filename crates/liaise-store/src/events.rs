//! The event log: one row per change, with who, when, what and the data of the change.

use crate::sql::{Bind, Sql};
use crate::{Result, Who, format_time};
use serde::Serialize;
use sqlx::{AnyConnection, AnyPool, Row};

/// One change, as stored.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub entity: String,
    pub entity_id: i64,
    pub data: serde_json::Value,
}

/// Appends an event inside the caller's transaction.
pub(crate) async fn append(
    conn: &mut AnyConnection,
    who: &Who,
    kind: &str,
    entity: &str,
    entity_id: i64,
    data: &serde_json::Value,
) -> Result<i64> {
    let mut sql = Sql::new("INSERT INTO events (at, actor, kind, entity, entity_id, data) VALUES (");
    sql.bind(Bind::Text(format_time(who.at)))
        .push(", ")
        .bind(Bind::Text(who.actor.clone()))
        .push(", ")
        .bind(Bind::Text(kind.to_string()))
        .push(", ")
        .bind(Bind::Text(entity.to_string()))
        .push(", ")
        .bind(Bind::Int(entity_id))
        .push(", ")
        .bind(Bind::Text(data.to_string()))
        .push(") RETURNING id");
    Ok(crate::sql::insert_returning_id(conn, &sql).await?)
}

/// Appends many events in one statement, inside the caller's transaction.
pub(crate) async fn append_many(
    conn: &mut AnyConnection,
    backend: crate::Backend,
    who: &Who,
    events: Vec<(&str, &str, i64, serde_json::Value)>,
) -> Result<()> {
    if events.is_empty() {
        return Ok(());
    }
    let at = format_time(who.at);
    // Six values per event: stay far below both backends' limits on bound values.
    for chunk in events.chunks(1000) {
        let rows = chunk
            .iter()
            .map(|(kind, entity, id, data)| {
                vec![
                    Bind::Text(at.clone()),
                    Bind::Text(who.actor.clone()),
                    Bind::Text(kind.to_string()),
                    Bind::Text(entity.to_string()),
                    Bind::Int(*id),
                    Bind::Text(data.to_string()),
                ]
            })
            .collect();
        let mut sql = Sql::new("INSERT INTO events (at, actor, kind, entity, entity_id, data) VALUES ");
        sql.values(rows).query_on(backend).execute(&mut *conn).await?;
    }
    Ok(())
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<Event> {
    let data: String = row.try_get("data")?;
    Ok(Event {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        kind: row.try_get("kind")?,
        entity: row.try_get("entity")?,
        entity_id: row.try_get("entity_id")?,
        data: serde_json::from_str(&data)?,
    })
}

pub(crate) async fn for_entity(pool: &AnyPool, entity: &str, entity_id: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query(
        "SELECT id, at, actor, kind, entity, entity_id, data FROM events WHERE entity = $1 AND entity_id = $2 ORDER BY id",
    )
    .bind(entity)
    .bind(entity_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Every event about one entity, inside a transaction.
pub(crate) async fn for_entity_in(conn: &mut AnyConnection, entity: &str, entity_id: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query(
        "SELECT id, at, actor, kind, entity, entity_id, data FROM events WHERE entity = $1 AND entity_id = $2 ORDER BY id",
    )
    .bind(entity)
    .bind(entity_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Every event about a statement: its own, and those of its actions, the reminders about it and
/// the rapporteurs it proposed, oldest first.
pub(crate) async fn for_statement(pool: &AnyPool, ls_id: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query(
        "SELECT id, at, actor, kind, entity, entity_id, data FROM events WHERE (entity = 'ls' AND entity_id = $1) \
         OR (entity = 'action' AND entity_id IN (SELECT id FROM actions WHERE ls_id = $1)) \
         OR (entity = 'reminder' AND entity_id IN (SELECT id FROM reminders WHERE ls_id = $1)) \
         OR (entity = 'designation' AND entity_id IN (SELECT id FROM designations WHERE source_ls_id = $1)) ORDER BY id",
    )
    .bind(ls_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(from_row).collect()
}

pub(crate) async fn recent(pool: &AnyPool, limit: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query("SELECT id, at, actor, kind, entity, entity_id, data FROM events ORDER BY id DESC LIMIT $1")
        .bind(limit)
        .fetch_all(pool)
        .await?;
    rows.iter().map(from_row).collect()
}

/// Which events to list for the audit trail.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
    /// The start of the kind ("ls.", "action.state").
    pub kind: Option<String>,
    /// Words of the actor ("ana", a request id).
    pub actor: Option<String>,
    /// From this time on (ISO 8601, compared as text).
    pub since: Option<String>,
    /// Only events with an id below this one (the next page of a newest-first list).
    pub before_id: Option<i64>,
    pub limit: i64,
}

/// Events newest first, by a filter; the id of the last is the cursor of the next page.
pub(crate) async fn filtered(pool: &AnyPool, f: &EventFilter) -> Result<Vec<Event>> {
    let mut sql = Sql::new("SELECT id, at, actor, kind, entity, entity_id, data FROM events WHERE 1 = 1");
    if let Some(e) = &f.entity {
        sql.push(" AND entity = ").bind(Bind::Text(e.clone()));
    }
    if let Some(id) = f.entity_id {
        sql.push(" AND entity_id = ").bind(Bind::Int(id));
    }
    if let Some(k) = &f.kind {
        let escaped = crate::sql::like_literal(k);
        sql.push(" AND kind LIKE ").bind(Bind::Text(format!("{escaped}%"))).push(" ESCAPE '\\'");
    }
    if let Some(a) = &f.actor {
        let escaped = crate::sql::like_literal(&a.to_lowercase());
        sql.push(" AND LOWER(actor) LIKE ").bind(Bind::Text(format!("%{escaped}%"))).push(" ESCAPE '\\'");
    }
    if let Some(s) = &f.since {
        sql.push(" AND at >= ").bind(Bind::Text(s.clone()));
    }
    if let Some(b) = f.before_id {
        sql.push(" AND id < ").bind(Bind::Int(b));
    }
    sql.push(" ORDER BY id DESC LIMIT ").bind(Bind::Int(f.limit.clamp(1, 1000)));
    let rows = sql.query().fetch_all(pool).await?;
    rows.iter().map(from_row).collect()
}
