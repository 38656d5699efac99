//! The registry of bodies as stored: loading it, adding bodies and aliases, confirming and
//! merging them. A merge re-points every record that named the merged body.

use crate::sql::{Bind, Sql, opt_text};
use crate::{Result, Store, StoreError, Who, events, format_time};
use liaise_core::registry::{Body, BodyId, BodyKind, BodyStatus, Registry, name_key, slugify};
use liaise_core::track::ActionState;
use serde::Serialize;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

fn body_from_row(row: &sqlx::any::AnyRow) -> Result<Body> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    Ok(Body {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        canonical: row.try_get("canonical")?,
        full_name: opt_text(row, "full_name")?,
        kind: BodyKind::parse(&kind).unwrap_or(BodyKind::Other),
        parent: row.try_get::<Option<i64>, _>("parent_id")?,
        status: BodyStatus::parse(&status).unwrap_or(BodyStatus::Unconfirmed),
        merged_into: row.try_get::<Option<i64>, _>("merged_into")?,
        note: opt_text(row, "note")?,
        aliases: Vec::new(),
    })
}

/// A body with what refers to it, for `bodies list` and `bodies show`.
#[derive(Debug, Clone, Serialize)]
pub struct BodyInfo {
    #[serde(flatten)]
    pub body: Body,
    pub parent_name: Option<String>,
    pub merged_into_name: Option<String>,
    /// Statements that name the body in any list, or have it as their source.
    pub statements: i64,
}

/// A body with everything known about it.
#[derive(Debug, Clone, Serialize)]
pub struct BodyDetail {
    #[serde(flatten)]
    pub info: BodyInfo,
    pub children: Vec<String>,
    pub merged_from: Vec<String>,
    pub officers: Vec<OfficerInfo>,
    /// Liaison rapporteurs who represent the body, confirmed or proposed.
    pub rapporteurs: Vec<crate::track::Designation>,
    pub statements_from: Vec<StatementRef>,
    pub statements_to: Vec<StatementRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OfficerInfo {
    pub name: String,
    pub role: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub since: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatementRef {
    pub id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub list: String,
    pub deadline: Option<String>,
}

/// What a new body is to be.
#[derive(Debug, Clone, Default)]
pub struct NewBody {
    pub canonical: String,
    pub full_name: Option<String>,
    pub kind: Option<BodyKind>,
    pub parent: Option<BodyId>,
    pub aliases: Vec<String>,
    pub note: Option<String>,
}

/// What a merge changed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MergeReport {
    pub from: String,
    pub into: String,
    pub names_repointed: i64,
    pub sources_repointed: i64,
    pub aliases_moved: i64,
    pub officers_moved: i64,
    /// Actions moved to `into` as they were.
    pub actions_moved: i64,
    /// Actions of a statement that named both bodies, folded into one per request with the
    /// most advanced state of the two.
    pub actions_folded: i64,
    /// "unknown body" warnings the merge answered.
    pub warnings_resolved: i64,
}

impl Store {
    /// The whole registry, with every alias. Kept between calls while the bodies do not change:
    /// the stamp (the newest event about a body, and how many bodies and aliases there are)
    /// changes with every change, in any process, so no process serves a stale registry.
    pub async fn registry(&self) -> Result<Registry> {
        Ok(self.shared_registry().await?.as_ref().clone())
    }

    /// The registry to read, shared: no copy is made while the bodies do not change (a copy of
    /// some 1,500 bodies and their aliases was a good part of a request's time).
    pub async fn shared_registry(&self) -> Result<std::sync::Arc<Registry>> {
        let stamp_row = sqlx::query(
            "SELECT (SELECT MAX(id) FROM events WHERE entity = 'body'), (SELECT COUNT(*) FROM bodies), (SELECT COUNT(*) FROM body_aliases)",
        )
        .fetch_one(&self.pool)
        .await?;
        let stamp = format!(
            "{:?}/{}/{}",
            stamp_row.try_get::<Option<i64>, _>(0)?,
            stamp_row.try_get::<i64, _>(1)?,
            stamp_row.try_get::<i64, _>(2)?
        );
        if let Ok(cache) = self.registry_cache.lock()
            && let Some((s, reg)) = cache.as_ref()
            && *s == stamp
        {
            return Ok(std::sync::Arc::clone(reg));
        }
        let reg = std::sync::Arc::new(self.load_registry().await?);
        if let Ok(mut cache) = self.registry_cache.lock() {
            *cache = Some((stamp, std::sync::Arc::clone(&reg)));
        }
        Ok(reg)
    }

    async fn load_registry(&self) -> Result<Registry> {
        let mut conn = self.pool.acquire().await?;
        load_registry_on(&mut conn).await
    }
}

/// Reads the whole registry on one connection (inside a writer's transaction, say).
async fn load_registry_on(conn: &mut AnyConnection) -> Result<Registry> {
    let rows =
        sqlx::query("SELECT id, slug, canonical, full_name, kind, parent_id, status, merged_into, note FROM bodies")
            .fetch_all(&mut *conn)
            .await?;
    let mut bodies: HashMap<i64, Body> = HashMap::with_capacity(rows.len());
    for row in &rows {
        let b = body_from_row(row)?;
        bodies.insert(b.id, b);
    }
    let aliases = sqlx::query("SELECT alias, body_id FROM body_aliases ORDER BY key").fetch_all(&mut *conn).await?;
    let mut reg = Registry::new(bodies.into_values());
    for row in &aliases {
        let alias: String = row.try_get("alias")?;
        let id: i64 = row.try_get("body_id")?;
        reg.set_alias(&alias, id);
    }
    Ok(reg)
}

impl Store {
    /// Finds a body by any of its spellings, following merges.
    pub async fn find_body(&self, name: &str) -> Result<Body> {
        let reg = self.shared_registry().await?;
        reg.lookup(name).cloned().ok_or_else(|| StoreError::NotFound(format!("no body is named {name:?}")))
    }

    async fn info(&self, reg: &Registry, body: Body) -> Result<BodyInfo> {
        let statements: i64 = sqlx::query(
            "SELECT COUNT(*) FROM ls WHERE source_body_id = $1 OR id IN (SELECT ls_id FROM ls_bodies WHERE body_id = $1)",
        )
        .bind(body.id)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        Ok(BodyInfo {
            parent_name: body.parent.and_then(|p| reg.canonical(p)).map(str::to_string),
            merged_into_name: body.merged_into.and_then(|p| reg.canonical(p)).map(str::to_string),
            statements,
            body,
        })
    }

    /// Every body, sorted by canonical name. Merged bodies only when asked for.
    pub async fn list_bodies(&self, include_merged: bool, status: Option<BodyStatus>) -> Result<Vec<BodyInfo>> {
        let reg = self.shared_registry().await?;
        let counts = sqlx::query(
            "SELECT body_id, COUNT(DISTINCT ls_id) AS n FROM (SELECT source_body_id AS body_id, id AS ls_id FROM ls \
             UNION ALL SELECT body_id, ls_id FROM ls_bodies WHERE body_id IS NOT NULL) refs GROUP BY body_id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut count_of: HashMap<i64, i64> = HashMap::new();
        for row in &counts {
            count_of.insert(row.try_get("body_id")?, row.try_get("n")?);
        }
        let mut out: Vec<BodyInfo> = reg
            .bodies()
            .filter(|b| include_merged || b.status != BodyStatus::Merged)
            .filter(|b| status.is_none_or(|s| b.status == s))
            .map(|b| BodyInfo {
                parent_name: b.parent.and_then(|p| reg.canonical(p)).map(str::to_string),
                merged_into_name: b.merged_into.and_then(|p| reg.canonical(p)).map(str::to_string),
                statements: count_of.get(&b.id).copied().unwrap_or(0),
                body: b.clone(),
            })
            .collect();
        out.sort_by_key(|a| a.body.canonical.to_lowercase());
        Ok(out)
    }

    /// Everything known about the body a name designates.
    pub async fn body_detail(&self, name: &str) -> Result<BodyDetail> {
        let reg = self.shared_registry().await?;
        let body =
            reg.lookup(name).cloned().ok_or_else(|| StoreError::NotFound(format!("no body is named {name:?}")))?;
        let id = body.id;
        let children: Vec<String> = {
            let mut c: Vec<String> = reg
                .bodies()
                .filter(|b| b.parent == Some(id) && b.status != BodyStatus::Merged)
                .map(|b| b.canonical.clone())
                .collect();
            c.sort();
            c
        };
        let mut merged_from: Vec<String> =
            reg.bodies().filter(|b| b.merged_into == Some(id)).map(|b| b.canonical.clone()).collect();
        merged_from.sort();
        let officers = sqlx::query(
            "SELECT p.name, o.role, p.organization, p.country, p.email, o.since FROM officers o JOIN people p ON p.id = o.person_id \
             WHERE o.body_id = $1 ORDER BY CASE o.role WHEN 'chair' THEN 0 WHEN 'co-chair' THEN 1 WHEN 'vice-chair' THEN 2 ELSE 3 END, p.name",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OfficerInfo {
                name: r.try_get("name")?,
                role: r.try_get("role")?,
                organization: opt_text(r, "organization")?,
                country: opt_text(r, "country")?,
                email: opt_text(r, "email")?,
                since: opt_text(r, "since")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let statement_ref = |r: &sqlx::any::AnyRow| -> Result<StatementRef> {
            Ok(StatementRef {
                id: r.try_get("id")?,
                doc_number: opt_text(r, "doc_number")?,
                title: r.try_get("title")?,
                list: r.try_get("list")?,
                deadline: opt_text(r, "deadline")?,
            })
        };
        let statements_from = sqlx::query(
            "SELECT id, doc_number, title, 'source' AS list, deadline FROM ls WHERE source_body_id = $1 ORDER BY issued, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(statement_ref)
        .collect::<Result<Vec<_>>>()?;
        let statements_to = sqlx::query(
            "SELECT DISTINCT l.id, l.doc_number, l.title, b.list, l.deadline, l.issued FROM ls l JOIN ls_bodies b ON b.ls_id = l.id \
             WHERE b.body_id = $1 AND b.list <> 'source' ORDER BY l.issued, l.id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(statement_ref)
        .collect::<Result<Vec<_>>>()?;
        let rapporteurs: Vec<crate::track::Designation> = self
            .designations(Some(&body.canonical), None)
            .await?
            .into_iter()
            .filter(|d| d.status != "rejected")
            .collect();
        let info = self.info(&reg, body).await?;
        Ok(BodyDetail { info, children, merged_from, officers, rapporteurs, statements_from, statements_to })
    }

    /// Adds a confirmed body. Refuses a name another body already answers to.
    pub async fn add_body(&self, new: &NewBody, who: &Who) -> Result<Body> {
        let canonical = new.canonical.trim();
        if name_key(canonical).is_empty() {
            return Err(StoreError::Invalid("a body needs a name with letters or digits".to_string()));
        }
        // The names are checked once this writer has the lock: checked before, two requests at
        // once both passed and made two bodies of one name (found in review).
        let mut tx = self.registry_write().await?;
        let reg = load_registry_on(&mut tx).await?;
        // Exactly: "Example Alliance WG1" is read as Example Alliance while the registry lacks
        // it, and adding it is how it stops being so.
        for name in std::iter::once(canonical).chain(new.aliases.iter().map(String::as_str)) {
            if let Some(b) = reg.lookup_exact(name) {
                return Err(StoreError::Conflict(format!(
                    "{name:?} already names {} ({})",
                    b.canonical,
                    b.status.as_str()
                )));
            }
        }
        let body = insert_body(&mut tx, canonical, new, BodyStatus::Confirmed, who).await?;
        for alias in &new.aliases {
            insert_alias(&mut tx, alias, body.id).await?;
        }
        let data = serde_json::json!({
            "canonical": body.canonical, "kind": body.kind.as_str(), "parent": new.parent,
            "full_name": body.full_name, "aliases": new.aliases, "status": "confirmed",
        });
        events::append(&mut tx, who, "body.created", "body", body.id, &data).await?;
        tx.commit().await?;
        let mut body = body;
        body.aliases.clone_from(&new.aliases);
        Ok(body)
    }

    /// Adds a spelling to a body. Refuses a spelling that already names another body.
    pub async fn add_alias(&self, body_name: &str, alias: &str, who: &Who) -> Result<Body> {
        let reg = self.shared_registry().await?;
        let body = reg
            .lookup(body_name)
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("no body is named {body_name:?}")))?;
        if name_key(alias).is_empty() {
            return Err(StoreError::Invalid("an alias needs letters or digits".to_string()));
        }
        if let Some(other) = reg.lookup_exact(alias) {
            if other.id == body.id {
                return Err(StoreError::Conflict(format!("{alias:?} already names {}", body.canonical)));
            }
            return Err(StoreError::Conflict(format!(
                "{alias:?} already names {}; to make them one body, merge it: liaise bodies merge {:?} {:?}",
                other.canonical, other.canonical, body.canonical
            )));
        }
        let mut tx = self.write().await?;
        insert_alias(&mut tx, alias, body.id).await?;
        events::append(&mut tx, who, "body.alias_added", "body", body.id, &serde_json::json!({ "alias": alias }))
            .await?;
        tx.commit().await?;
        Ok(body)
    }

    /// Confirms an unconfirmed body as a body of its own.
    pub async fn confirm_body(&self, name: &str, who: &Who) -> Result<Body> {
        let mut body = self.find_body(name).await?;
        if body.status != BodyStatus::Unconfirmed {
            return Err(StoreError::Conflict(format!(
                "{} is {}, not unconfirmed",
                body.canonical,
                body.status.as_str()
            )));
        }
        let mut tx = self.write().await?;
        sqlx::query("UPDATE bodies SET status = 'confirmed' WHERE id = $1").bind(body.id).execute(&mut *tx).await?;
        resolve_unknown_warnings(&mut tx, &body.canonical).await?;
        events::append(
            &mut tx,
            who,
            "body.confirmed",
            "body",
            body.id,
            &serde_json::json!({ "canonical": body.canonical }),
        )
        .await?;
        tx.commit().await?;
        body.status = BodyStatus::Confirmed;
        Ok(body)
    }

    /// Merges one body into another: every list entry, statement source, officer and alias of
    /// `from` then points at `into`, and `from` stays as a merged entry so history still reads.
    pub async fn merge_bodies(&self, from_name: &str, into_name: &str, who: &Who) -> Result<MergeReport> {
        let reg = self.shared_registry().await?;
        let from = reg
            .lookup(from_name)
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("no body is named {from_name:?}")))?;
        let into = reg
            .lookup(into_name)
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("no body is named {into_name:?}")))?;
        if from.id == into.id {
            return Err(StoreError::Conflict(format!(
                "{from_name:?} and {into_name:?} are already the same body ({})",
                from.canonical
            )));
        }
        if from.status == BodyStatus::Builtin {
            return Err(StoreError::Conflict(format!(
                "{} is built in and cannot be merged away; merge the other body into it instead",
                from.canonical
            )));
        }
        let mut tx = self.write().await?;
        // Two statements with the same number from the two bodies would become one key: refuse.
        let clash: Option<String> = sqlx::query(
            "SELECT a.doc_key FROM ls a JOIN ls b ON a.doc_key = b.doc_key WHERE a.source_body_id = $1 AND b.source_body_id = $2",
        )
        .bind(from.id)
        .bind(into.id)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get::<String, _>(0))
        .transpose()?;
        if let Some(key) = clash {
            return Err(StoreError::Conflict(format!(
                "both bodies have a statement with the same number ({key}); resolve that first"
            )));
        }
        // What the merge is about to change, for `bodies unmerge`.
        let mut undo = Undo { status: from.status.as_str().to_string(), ..Undo::default() };
        for r in sqlx::query("SELECT ls_id, list, topic, position FROM ls_bodies WHERE body_id = $1")
            .bind(from.id)
            .fetch_all(&mut *tx)
            .await?
        {
            undo.names.push((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?));
        }
        for (sql, out) in [
            ("SELECT id FROM ls WHERE source_body_id = $1", &mut undo.sources),
            ("SELECT id FROM bodies WHERE parent_id = $1", &mut undo.children),
            ("SELECT id FROM designations WHERE body_id = $1", &mut undo.designations),
            ("SELECT id FROM designations WHERE towards_id = $1", &mut undo.designations_towards),
        ] {
            for r in sqlx::query(sql).bind(from.id).fetch_all(&mut *tx).await? {
                out.push(r.try_get(0)?);
            }
        }
        for r in
            sqlx::query("SELECT key FROM body_aliases WHERE body_id = $1").bind(from.id).fetch_all(&mut *tx).await?
        {
            undo.aliases.push(r.try_get(0)?);
        }
        let into_officers: Vec<(i64, String)> = sqlx::query("SELECT person_id, role FROM officers WHERE body_id = $1")
            .bind(into.id)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_>>()?;
        for r in sqlx::query("SELECT person_id, role, source_ls_id, since FROM officers WHERE body_id = $1")
            .bind(from.id)
            .fetch_all(&mut *tx)
            .await?
        {
            let key: (i64, String) = (r.try_get(0)?, r.try_get(1)?);
            if !into_officers.contains(&key) {
                undo.officers_added.push(key.clone());
            }
            undo.officers.push((key.0, key.1, r.try_get(2)?, opt_text(&r, "since")?));
        }
        for r in sqlx::query(
            "SELECT id, ls_id, slot, status, recipients, subject, error, created_at, updated_at FROM reminders WHERE body_id = $1",
        )
        .bind(from.id)
        .fetch_all(&mut *tx)
        .await?
        {
            let taken: i64 = sqlx::query("SELECT COUNT(*) FROM reminders WHERE ls_id = $1 AND body_id = $2 AND slot = $3")
                .bind(r.try_get::<i64, _>("ls_id")?)
                .bind(into.id)
                .bind(r.try_get::<String, _>("slot")?)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
            if taken == 0 {
                undo.reminders_moved.push(r.try_get("id")?);
            } else {
                undo.reminders_dropped.push(serde_json::json!({
                    "id": r.try_get::<i64, _>("id")?, "ls_id": r.try_get::<i64, _>("ls_id")?, "slot": r.try_get::<String, _>("slot")?,
                    "status": r.try_get::<String, _>("status")?, "recipients": r.try_get::<String, _>("recipients")?,
                    "subject": opt_text(&r, "subject")?, "error": opt_text(&r, "error")?,
                    "created_at": r.try_get::<String, _>("created_at")?, "updated_at": r.try_get::<String, _>("updated_at")?,
                }));
            }
        }
        let names = sqlx::query("UPDATE ls_bodies SET body_id = $1 WHERE body_id = $2")
            .bind(into.id)
            .bind(from.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let sources = sqlx::query("UPDATE ls SET source_body_id = $1 WHERE source_body_id = $2")
            .bind(into.id)
            .bind(from.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let aliases = sqlx::query("UPDATE body_aliases SET body_id = $1 WHERE body_id = $2")
            .bind(into.id)
            .bind(from.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Officer rows are keyed by (person, body, role): move those that do not exist yet.
        let officers = sqlx::query(
            "INSERT INTO officers (person_id, body_id, role, source_ls_id, since) SELECT person_id, $1, role, source_ls_id, since \
             FROM officers WHERE body_id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(into.id)
        .bind(from.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM officers WHERE body_id = $1").bind(from.id).execute(&mut *tx).await?;
        sqlx::query("UPDATE bodies SET parent_id = $1 WHERE parent_id = $2")
            .bind(into.id)
            .bind(from.id)
            .execute(&mut *tx)
            .await?;
        let (actions_moved, actions_folded) = merge_actions(&mut tx, from.id, into.id, who, &mut undo).await?;
        for sql in [
            "UPDATE designations SET body_id = $1 WHERE body_id = $2",
            "UPDATE designations SET towards_id = $1 WHERE towards_id = $2",
        ] {
            sqlx::query(sql).bind(into.id).bind(from.id).execute(&mut *tx).await?;
        }
        // A reminder already claimed for either body stays claimed for the merged one.
        sqlx::query(
            "UPDATE reminders SET body_id = $1 WHERE body_id = $2 AND NOT EXISTS \
             (SELECT 1 FROM reminders r WHERE r.ls_id = reminders.ls_id AND r.body_id = $1 AND r.slot = reminders.slot)",
        )
        .bind(into.id)
        .bind(from.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM reminders WHERE body_id = $1").bind(from.id).execute(&mut *tx).await?;
        let warnings_resolved = resolve_unknown_warnings(&mut tx, &from.canonical).await?;
        sqlx::query("UPDATE bodies SET status = 'merged', merged_into = $1 WHERE id = $2")
            .bind(into.id)
            .bind(from.id)
            .execute(&mut *tx)
            .await?;
        let report = MergeReport {
            from: from.canonical.clone(),
            into: into.canonical.clone(),
            names_repointed: names as i64,
            sources_repointed: sources as i64,
            aliases_moved: aliases as i64,
            officers_moved: officers as i64,
            actions_moved,
            actions_folded,
            warnings_resolved,
        };
        let mut data = serde_json::to_value(&report)?;
        if let Some(obj) = data.as_object_mut() {
            obj.insert("into_id".into(), into.id.into());
            obj.insert("undo".into(), serde_json::to_value(&undo)?);
        }
        events::append(&mut tx, who, "body.merged", "body", from.id, &data).await?;
        events::append(&mut tx, who, "body.merged_in", "body", into.id, &data).await?;
        tx.commit().await?;
        Ok(report)
    }
}

/// Moves the actions of `from` to `into`. Where a statement named both, the two actions on one
/// request become one, in the more advanced state of the two (an answer wins over a silence);
/// the folded action is recorded as an event. Returns (moved, folded).
async fn merge_actions(
    conn: &mut AnyConnection,
    from: BodyId,
    into: BodyId,
    who: &Who,
    undo: &mut Undo,
) -> Result<(i64, i64)> {
    let rows = sqlx::query(
        "SELECT a.id, a.ls_id, a.request_index, a.request, a.state, a.answered_by, a.created_at, a.updated_at, \
         b.id AS keep, b.state AS keep_state, b.answered_by AS keep_answered_by, b.updated_at AS keep_updated_at FROM actions a \
         LEFT JOIN actions b ON b.ls_id = a.ls_id AND b.request_index = a.request_index AND b.body_id = $2 \
         WHERE a.body_id = $1",
    )
    .bind(from)
    .bind(into)
    .fetch_all(&mut *conn)
    .await?;
    let (mut moved, mut folded) = (0, 0);
    let now = format_time(who.at);
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let Some(keep) = r.try_get::<Option<i64>, _>("keep")? else {
            sqlx::query("UPDATE actions SET body_id = $1 WHERE id = $2")
                .bind(into)
                .bind(id)
                .execute(&mut *conn)
                .await?;
            moved += 1;
            undo.actions_moved.push(id);
            continue;
        };
        let state = ActionState::parse(&r.try_get::<String, _>("state")?).unwrap_or(ActionState::Open);
        let keep_state = ActionState::parse(&r.try_get::<String, _>("keep_state")?).unwrap_or(ActionState::Open);
        if state.progress() > keep_state.progress() {
            let answered_by: Option<i64> = r.try_get("answered_by")?;
            sqlx::query("UPDATE actions SET state = $1, answered_by = $2, updated_at = $3 WHERE id = $4")
                .bind(state.as_str())
                .bind(answered_by)
                .bind(&now)
                .bind(keep)
                .execute(&mut *conn)
                .await?;
        }
        // The folded action's row goes, so its event hangs on the statement, where history looks.
        let data = serde_json::json!({
            "action": id, "folded_into": keep, "from": keep_state.as_str(), "to": keep_state.max_progress(state).as_str(),
            "comment": "the statement named both bodies, now merged",
        });
        events::append(conn, who, "action.folded", "ls", r.try_get::<i64, _>("ls_id")?, &data).await?;
        undo.actions_folded.push(serde_json::json!({
            "id": id, "ls_id": r.try_get::<i64, _>("ls_id")?, "request_index": r.try_get::<i64, _>("request_index")?,
            "request": r.try_get::<String, _>("request")?, "state": state.as_str(), "answered_by": r.try_get::<Option<i64>, _>("answered_by")?,
            "created_at": r.try_get::<String, _>("created_at")?, "updated_at": r.try_get::<String, _>("updated_at")?,
            "keep": keep, "keep_state": keep_state.as_str(), "keep_answered_by": r.try_get::<Option<i64>, _>("keep_answered_by")?,
            "keep_updated_at": r.try_get::<String, _>("keep_updated_at")?,
        }));
        sqlx::query("DELETE FROM actions WHERE id = $1").bind(id).execute(&mut *conn).await?;
        folded += 1;
    }
    Ok((moved, folded))
}

/// What a merge changed, row by row, kept in its event so that `unmerge` can put it back.
#[derive(Debug, Default, Serialize, serde::Deserialize)]
struct Undo {
    status: String,
    /// (ls_id, list, topic, position) of the names that pointed at the merged body.
    names: Vec<(i64, String, i64, i64)>,
    sources: Vec<i64>,
    aliases: Vec<String>,
    /// (person_id, role, source_ls_id, since) of its officers; and the (person, role) keys the
    /// merge added to the other body.
    officers: Vec<(i64, String, Option<i64>, Option<String>)>,
    officers_added: Vec<(i64, String)>,
    children: Vec<i64>,
    actions_moved: Vec<i64>,
    actions_folded: Vec<serde_json::Value>,
    designations: Vec<i64>,
    designations_towards: Vec<i64>,
    reminders_moved: Vec<i64>,
    reminders_dropped: Vec<serde_json::Value>,
}

/// Drops the "unknown body" warnings about `canonical` from the stored files, once a merge or a
/// confirmation answered them. Returns how many it dropped.
async fn resolve_unknown_warnings(conn: &mut AnyConnection, canonical: &str) -> Result<i64> {
    let mark = format!("unknown body \"{canonical}\"");
    let rows = sqlx::query("SELECT sha256, warnings FROM ls_files").fetch_all(&mut *conn).await?;
    let mut dropped = 0;
    for r in &rows {
        let text: String = r.try_get("warnings")?;
        if !text.contains(canonical) {
            continue;
        }
        let mut warnings: Vec<liaise_core::Warning> = serde_json::from_str(&text)?;
        let before = warnings.len();
        warnings.retain(|w| !w.message.starts_with(&mark));
        if warnings.len() == before {
            continue;
        }
        dropped += (before - warnings.len()) as i64;
        sqlx::query("UPDATE ls_files SET warnings = $1 WHERE sha256 = $2")
            .bind(serde_json::to_string(&warnings)?)
            .bind(r.try_get::<String, _>("sha256")?)
            .execute(&mut *conn)
            .await?;
    }
    Ok(dropped)
}

impl Store {
    /// Undoes the last merge of a body, from what its event kept: names, sources, aliases,
    /// officers, sub-bodies, actions (folded ones come back with their states), rapporteurs and
    /// reminders point at it again, and it has its old status. `name` is the merged body's own
    /// name (its other names moved with the merge).
    pub async fn unmerge_body(&self, name: &str, who: &Who) -> Result<(String, String)> {
        let key = name_key(name);
        let mut tx = self.write().await?;
        let mut found = None;
        for r in
            sqlx::query("SELECT id, canonical, slug, merged_into FROM bodies WHERE status = 'merged' ORDER BY id DESC")
                .fetch_all(&mut *tx)
                .await?
        {
            let canonical: String = r.try_get("canonical")?;
            if name_key(&canonical) == key || r.try_get::<String, _>("slug")? == name.trim() {
                found = Some((r.try_get::<i64, _>("id")?, canonical, r.try_get::<Option<i64>, _>("merged_into")?));
                break;
            }
        }
        let (id, canonical, into) = found.ok_or_else(|| {
            StoreError::NotFound(format!("no merged body is named {name:?} (bodies list --all shows merged ones)"))
        })?;
        let event = sqlx::query(
            "SELECT data FROM events WHERE entity = 'body' AND entity_id = $1 AND kind = 'body.merged' ORDER BY id DESC LIMIT 1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::Conflict(format!("{canonical} has no merge event to undo")))?;
        let data: serde_json::Value = serde_json::from_str(&event.try_get::<String, _>(0)?)?;
        let Some(undo) = data.get("undo").cloned() else {
            return Err(StoreError::Conflict(format!(
                "{canonical} was merged before liaise kept what a merge changed; it cannot be undone from the log"
            )));
        };
        let undo: Undo = serde_json::from_value(undo)?;
        let into = into.ok_or_else(|| StoreError::Conflict(format!("{canonical} is merged into nothing")))?;
        let into_name: String = sqlx::query("SELECT canonical FROM bodies WHERE id = $1")
            .bind(into)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        for (ls_id, list, topic, position) in &undo.names {
            sqlx::query(
                "UPDATE ls_bodies SET body_id = $1 WHERE ls_id = $2 AND list = $3 AND topic = $4 AND position = $5",
            )
            .bind(id)
            .bind(*ls_id)
            .bind(list.clone())
            .bind(*topic)
            .bind(*position)
            .execute(&mut *tx)
            .await?;
        }
        for (sql, ids) in [
            ("UPDATE ls SET source_body_id = $1 WHERE id = $2", &undo.sources),
            ("UPDATE bodies SET parent_id = $1 WHERE id = $2", &undo.children),
            ("UPDATE actions SET body_id = $1 WHERE id = $2", &undo.actions_moved),
            ("UPDATE designations SET body_id = $1 WHERE id = $2", &undo.designations),
            ("UPDATE designations SET towards_id = $1 WHERE id = $2", &undo.designations_towards),
            ("UPDATE reminders SET body_id = $1 WHERE id = $2", &undo.reminders_moved),
        ] {
            for row in ids {
                sqlx::query(sql).bind(id).bind(*row).execute(&mut *tx).await?;
            }
        }
        for alias in &undo.aliases {
            sqlx::query("UPDATE body_aliases SET body_id = $1 WHERE key = $2")
                .bind(id)
                .bind(alias.clone())
                .execute(&mut *tx)
                .await?;
        }
        for (person, role, source, since) in &undo.officers {
            sqlx::query("INSERT INTO officers (person_id, body_id, role, source_ls_id, since) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                .bind(*person)
                .bind(id)
                .bind(role.clone())
                .bind(*source)
                .bind(since.clone())
                .execute(&mut *tx)
                .await?;
        }
        for (person, role) in &undo.officers_added {
            sqlx::query("DELETE FROM officers WHERE person_id = $1 AND body_id = $2 AND role = $3")
                .bind(*person)
                .bind(into)
                .bind(role.clone())
                .execute(&mut *tx)
                .await?;
        }
        let text = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let int = |v: &serde_json::Value, k: &str| v.get(k).and_then(serde_json::Value::as_i64);
        for a in &undo.actions_folded {
            sqlx::query(
                "INSERT INTO actions (id, ls_id, body_id, request_index, request, state, answered_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(int(a, "id"))
            .bind(int(a, "ls_id"))
            .bind(id)
            .bind(int(a, "request_index"))
            .bind(text(a, "request").unwrap_or_default())
            .bind(text(a, "state").unwrap_or_else(|| "open".into()))
            .bind(int(a, "answered_by"))
            .bind(text(a, "created_at").unwrap_or_default())
            .bind(text(a, "updated_at").unwrap_or_default())
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE actions SET state = $1, answered_by = $2, updated_at = $3 WHERE id = $4")
                .bind(text(a, "keep_state").unwrap_or_else(|| "open".into()))
                .bind(int(a, "keep_answered_by"))
                .bind(text(a, "keep_updated_at").unwrap_or_default())
                .bind(int(a, "keep"))
                .execute(&mut *tx)
                .await?;
        }
        for r in &undo.reminders_dropped {
            sqlx::query(
                "INSERT INTO reminders (id, ls_id, body_id, slot, status, recipients, subject, error, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING",
            )
            .bind(int(r, "id"))
            .bind(int(r, "ls_id"))
            .bind(id)
            .bind(text(r, "slot").unwrap_or_default())
            .bind(text(r, "status").unwrap_or_default())
            .bind(text(r, "recipients").unwrap_or_else(|| "[]".into()))
            .bind(text(r, "subject"))
            .bind(text(r, "error"))
            .bind(text(r, "created_at").unwrap_or_default())
            .bind(text(r, "updated_at").unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE bodies SET status = $1, merged_into = NULL WHERE id = $2")
            .bind(undo.status.clone())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "from": into_name, "body": canonical, "to": undo.status });
        events::append(&mut tx, who, "body.unmerged", "body", id, &data).await?;
        events::append(&mut tx, who, "body.unmerged_out", "body", into, &data).await?;
        tx.commit().await?;
        Ok((canonical, into_name))
    }
}

/// Inserts a body row with a slug no other body has.
pub(crate) async fn insert_body(
    conn: &mut AnyConnection,
    canonical: &str,
    new: &NewBody,
    status: BodyStatus,
    who: &Who,
) -> Result<Body> {
    let base = slugify(canonical);
    let mut slug = base.clone();
    let mut n = 2;
    loop {
        let taken: i64 = sqlx::query("SELECT COUNT(*) FROM bodies WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        if taken == 0 {
            break;
        }
        slug = format!("{base}-{n}");
        n += 1;
    }
    let kind = new.kind.unwrap_or(BodyKind::Other);
    let mut sql =
        Sql::new("INSERT INTO bodies (slug, canonical, full_name, kind, parent_id, status, note, created_at) VALUES (");
    sql.bind(Bind::Text(slug.clone()))
        .push(", ")
        .bind(Bind::Text(canonical.to_string()))
        .push(", ")
        .bind(Bind::OptText(new.full_name.clone()))
        .push(", ")
        .bind(Bind::Text(kind.as_str().to_string()))
        .push(", ")
        .bind(Bind::OptInt(new.parent))
        .push(", ")
        .bind(Bind::Text(status.as_str().to_string()))
        .push(", ")
        .bind(Bind::OptText(new.note.clone()))
        .push(", ")
        .bind(Bind::Text(format_time(who.at)))
        .push(") RETURNING id");
    let id = crate::sql::insert_returning_id(conn, &sql).await?;
    insert_alias(conn, canonical, id).await?;
    Ok(Body {
        id,
        slug,
        canonical: canonical.to_string(),
        full_name: new.full_name.clone(),
        kind,
        parent: new.parent,
        status,
        merged_into: None,
        note: new.note.clone(),
        aliases: Vec::new(),
    })
}

/// Points a spelling at a body unless the spelling is taken.
pub(crate) async fn insert_alias(conn: &mut AnyConnection, alias: &str, body_id: BodyId) -> Result<()> {
    let key = name_key(alias);
    if key.is_empty() {
        return Ok(());
    }
    sqlx::query("INSERT INTO body_aliases (key, alias, body_id) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING")
        .bind(key)
        .bind(alias.to_string())
        .bind(body_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A person liaise knows: a contact of statements, an officer or a rapporteur.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// "Chair of ITU-T FG-MV", one per office held.
    pub offices: Vec<String>,
    /// The bodies they are rapporteur for (proposed or confirmed).
    pub rapporteur_for: Vec<String>,
    /// How many statements name them as a contact.
    pub statements: i64,
}

impl Store {
    /// The people liaise knows, by name; `text` keeps those whose name, organization or
    /// address holds it (in any case).
    pub async fn people(&self, text: Option<&str>) -> Result<Vec<Person>> {
        let reg = self.shared_registry().await?;
        let mut sql = crate::sql::Sql::new(
            "SELECT p.id, p.name, p.organization, p.country, p.email, p.phone, \
             (SELECT COUNT(DISTINCT c.ls_id) FROM ls_contacts c WHERE c.person_id = p.id) AS statements FROM people p",
        );
        if let Some(t) = text {
            let pattern = format!("%{}%", crate::sql::like_literal(&t.to_lowercase()));
            sql.push(" WHERE LOWER(p.name) LIKE ").bind(crate::sql::Bind::Text(pattern.clone())).push(" ESCAPE '\\'");
            sql.push(" OR LOWER(COALESCE(p.organization, '')) LIKE ")
                .bind(crate::sql::Bind::Text(pattern.clone()))
                .push(" ESCAPE '\\'");
            sql.push(" OR LOWER(COALESCE(p.email, '')) LIKE ")
                .bind(crate::sql::Bind::Text(pattern))
                .push(" ESCAPE '\\'");
        }
        sql.push(" ORDER BY p.name, p.id");
        let rows = sql.query().fetch_all(&self.pool).await?;
        let mut offices: HashMap<i64, Vec<String>> = HashMap::new();
        for r in sqlx::query("SELECT person_id, body_id, role FROM officers").fetch_all(&self.pool).await? {
            let body: i64 = r.try_get("body_id")?;
            let role: String = r.try_get("role")?;
            offices
                .entry(r.try_get("person_id")?)
                .or_default()
                .push(format!("{role} of {}", reg.canonical(body).unwrap_or("?")));
        }
        let mut rapporteur: HashMap<i64, Vec<String>> = HashMap::new();
        for r in sqlx::query("SELECT person_id, body_id FROM designations WHERE status IN ('proposed', 'confirmed')")
            .fetch_all(&self.pool)
            .await?
        {
            let body: i64 = r.try_get("body_id")?;
            rapporteur.entry(r.try_get("person_id")?).or_default().push(reg.canonical(body).unwrap_or("?").to_string());
        }
        rows.iter()
            .map(|r| {
                let id: i64 = r.try_get("id")?;
                Ok(Person {
                    id,
                    name: r.try_get("name")?,
                    organization: crate::sql::opt_text(r, "organization")?,
                    country: crate::sql::opt_text(r, "country")?,
                    email: crate::sql::opt_text(r, "email")?,
                    phone: crate::sql::opt_text(r, "phone")?,
                    offices: offices.remove(&id).unwrap_or_default(),
                    rapporteur_for: rapporteur.remove(&id).unwrap_or_default(),
                    statements: r.try_get("statements")?,
                })
            })
            .collect()
    }
}
