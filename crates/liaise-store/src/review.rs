//! The review queue and corrections. A reading the reader was unsure of waits in `review_items`
//! with its reasons; none of its names reaches the registry until a person accepts it. A person's
//! corrections to a reading are kept by the file's SHA-256 in `corrections`, applied over what the
//! reader gives each time the file is read, and listed in the record's `corrected` field.

use crate::ls::{FileMeta, Imported};
use crate::{Result, Store, StoreError, Who, events, format_time};
use liaise_core::registry::Registry;
use liaise_core::{LsRecord, Warning};
use serde::Serialize;
use serde_json::{Map, Value};
use sqlx::Row;

/// One reading waiting for (or past) review.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct ReviewItem {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub size: i64,
    /// pending, accepted or rejected.
    pub state: String,
    /// The record as read, field by field.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub record: LsRecord,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub warnings: Vec<Warning>,
    /// Why the reading waits for a person.
    pub reasons: Vec<String>,
    /// The statement it became once accepted.
    pub ls_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

fn item_from_row(row: &sqlx::any::AnyRow) -> Result<ReviewItem> {
    Ok(ReviewItem {
        id: row.try_get("id")?,
        file_name: row.try_get("file_name")?,
        sha256: row.try_get("sha256")?,
        format: row.try_get("format")?,
        size: row.try_get("size")?,
        state: row.try_get("state")?,
        record: serde_json::from_str(&row.try_get::<String, _>("record")?)?,
        warnings: serde_json::from_str(&row.try_get::<String, _>("warnings")?)?,
        reasons: serde_json::from_str(&row.try_get::<String, _>("reasons")?)?,
        ls_id: row.try_get("ls_id")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Applies corrections (record fields in their JSON form) over a record, and notes which fields
/// a person set. A correction that does not fit the record is an error naming the field.
pub fn apply_corrections(record: &LsRecord, fields: &Map<String, Value>) -> Result<LsRecord> {
    if fields.is_empty() {
        return Ok(record.clone());
    }
    let mut value = serde_json::to_value(record)?;
    let obj = value.as_object_mut().ok_or_else(|| StoreError::Invalid("a record is a JSON object".into()))?;
    for (k, v) in fields {
        if !obj.contains_key(k) || k == "corrected" {
            let mut names: Vec<&String> = obj.keys().filter(|n| *n != "corrected").collect();
            names.sort();
            let names: Vec<&str> = names.into_iter().map(String::as_str).collect();
            return Err(StoreError::Invalid(format!(
                "a statement has no field {k:?}; its fields are: {}",
                names.join(", ")
            )));
        }
        obj.insert(k.clone(), v.clone());
    }
    let mut keys: Vec<String> = fields.keys().cloned().collect();
    keys.sort();
    obj.insert("corrected".into(), Value::from(keys));
    serde_json::from_value(value).map_err(|e| {
        // Name the field that does not fit: try each correction alone.
        let bad = fields.iter().find(|(k, v)| {
            let mut one = serde_json::to_value(record).unwrap_or(Value::Null);
            if let Some(o) = one.as_object_mut() {
                o.insert((*k).clone(), (*v).clone());
            }
            serde_json::from_value::<LsRecord>(one).is_err()
        });
        match bad {
            Some((k, v)) => StoreError::Invalid(format!("{k} cannot be {v}: {e}")),
            None => StoreError::Invalid(format!("the corrections do not fit the record: {e}")),
        }
    })
}

/// What the store knows of a file before it is imported: a person's corrections, whether it is
/// stored as a statement, whether it waits for review.
#[derive(Debug, Clone, Default)]
pub struct FileStatus {
    pub corrections: Map<String, Value>,
    pub stored: bool,
    pub pending_review: bool,
}

impl Store {
    /// Whether any correction is kept at all: an import asks once, and then asks of a file only
    /// when it may have one.
    /// How many readings wait for a person.
    pub async fn review_pending(&self) -> Result<i64> {
        let row =
            sqlx::query("SELECT COUNT(*) FROM review_items WHERE state = 'pending'").fetch_one(&self.pool).await?;
        Ok(row.try_get(0)?)
    }

    pub async fn has_corrections(&self) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM corrections LIMIT 1").fetch_optional(&self.pool).await?.is_some())
    }

    /// [`FileStatus`] in one query.
    pub async fn file_status(&self, sha256: &str) -> Result<FileStatus> {
        let row = sqlx::query(
            "SELECT (SELECT fields FROM corrections WHERE sha256 = $1), \
             (SELECT COUNT(*) FROM ls_files WHERE sha256 = $1), \
             (SELECT COUNT(*) FROM review_items WHERE sha256 = $1 AND state = 'pending')",
        )
        .bind(sha256)
        .fetch_one(&self.pool)
        .await?;
        let corrections: Option<String> = row.try_get(0)?;
        let mut fields: Map<String, serde_json::Value> = match corrections {
            Some(c) => serde_json::from_str(&c)?,
            None => Map::new(),
        };
        // A correction made on a statement holds for every file of it, not only the file it was
        // saved under: an older version of the file imported again must not undo it.
        let others = sqlx::query(
            "SELECT fields FROM corrections WHERE sha256 <> $1 AND sha256 IN (SELECT f.sha256 FROM ls_files f WHERE f.ls_id = \
             (SELECT g.ls_id FROM ls_files g WHERE g.sha256 = $1)) ORDER BY updated_at",
        )
        .bind(sha256)
        .fetch_all(&self.pool)
        .await?;
        for r in &others {
            let more: Map<String, serde_json::Value> = serde_json::from_str(&r.try_get::<String, _>(0)?)?;
            for (k, v) in more {
                fields.entry(k).or_insert(v);
            }
        }
        Ok(FileStatus {
            corrections: fields,
            stored: row.try_get::<i64, _>(1)? > 0,
            pending_review: row.try_get::<i64, _>(2)? > 0,
        })
    }

    /// Puts a reading in the review queue (or refreshes the one already queued for the same
    /// file, keeping its state). Writes nothing to the registry.
    pub async fn queue_for_review(
        &self,
        record: &LsRecord,
        warnings: &[Warning],
        reasons: &[String],
        file: &FileMeta,
        who: &Who,
    ) -> Result<ReviewItem> {
        let mut tx = self.write().await?;
        let now = format_time(who.at);
        crate::ls::put_content(&mut tx, file, &now).await?;
        let existing: Option<i64> = sqlx::query("SELECT id FROM review_items WHERE sha256 = $1")
            .bind(&file.sha256)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let record_json = serde_json::to_string(record)?;
        let warnings_json = serde_json::to_string(warnings)?;
        let reasons_json = serde_json::to_string(reasons)?;
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE review_items SET record = $1, warnings = $2, reasons = $3, file_name = $4, updated_at = $5 WHERE id = $6",
                )
                .bind(&record_json)
                .bind(&warnings_json)
                .bind(&reasons_json)
                .bind(&file.name)
                .bind(&now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => {
                let row = sqlx::query(
                    "INSERT INTO review_items (sha256, file_name, format, size, state, record, warnings, reasons, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(&file.sha256)
                .bind(&file.name)
                .bind(&file.format)
                .bind(i64::try_from(file.size).unwrap_or(i64::MAX))
                .bind(&record_json)
                .bind(&warnings_json)
                .bind(&reasons_json)
                .bind(&now)
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get(0)?;
                let data = serde_json::json!({
                    "file": file.name, "sha256": file.sha256, "title": record.title, "reasons": reasons, "warnings": warnings,
                });
                events::append(&mut tx, who, "review.queued", "review", id, &data).await?;
                id
            }
        };
        tx.commit().await?;
        self.review_item(id).await
    }

    /// One review item.
    pub async fn review_item(&self, id: i64) -> Result<ReviewItem> {
        let row = sqlx::query("SELECT id, file_name, sha256, format, size, state, record, warnings, reasons, ls_id, created_at, updated_at FROM review_items WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound("no such review item; `liaise review --all` lists them".to_string()))?;
        item_from_row(&row)
    }

    /// Review items in one state (all when `None`), oldest first.
    pub async fn review_items(&self, state: Option<&str>) -> Result<Vec<ReviewItem>> {
        let rows = match state {
            Some(s) => {
                sqlx::query("SELECT id, file_name, sha256, format, size, state, record, warnings, reasons, ls_id, created_at, updated_at FROM review_items WHERE state = $1 ORDER BY id")
                    .bind(s)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => sqlx::query("SELECT id, file_name, sha256, format, size, state, record, warnings, reasons, ls_id, created_at, updated_at FROM review_items ORDER BY id").fetch_all(&self.pool).await?,
        };
        rows.iter().map(item_from_row).collect()
    }

    /// Records corrections to the reading of a file (merged over earlier ones) in its own
    /// transaction, with an event on `entity`/`entity_id` that lists what changed.
    async fn save_corrections(
        &self,
        conn: &mut sqlx::AnyConnection,
        sha256: &str,
        fields: &Map<String, Value>,
        entity: &str,
        entity_id: i64,
        who: &Who,
    ) -> Result<Map<String, Value>> {
        let row = sqlx::query("SELECT fields FROM corrections WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&mut *conn)
            .await?;
        let mut all: Map<String, Value> = match row {
            None => Map::new(),
            Some(r) => serde_json::from_str(&r.try_get::<String, _>(0)?)?,
        };
        for (k, v) in fields {
            all.insert(k.clone(), v.clone());
        }
        let now = format_time(who.at);
        sqlx::query(
            "INSERT INTO corrections (sha256, fields, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (sha256) DO UPDATE SET fields = excluded.fields, updated_at = excluded.updated_at",
        )
        .bind(sha256)
        .bind(serde_json::to_string(&all)?)
        .bind(&now)
        .execute(&mut *conn)
        .await?;
        events::append(conn, who, &format!("{entity}.corrected"), entity, entity_id, &Value::Object(fields.clone()))
            .await?;
        Ok(all)
    }

    /// Corrects fields of a reading waiting for review.
    pub async fn review_edit(&self, id: i64, fields: &Map<String, Value>, who: &Who) -> Result<ReviewItem> {
        let item = self.review_item(id).await?;
        match (item.state.as_str(), item.ls_id) {
            ("pending", _) => {}
            (_, Some(ls)) => {
                return Err(StoreError::Conflict(format!(
                    "R{id} was accepted as statement #{ls}; correct that instead: liaise ls edit {ls} ..."
                )));
            }
            (state, None) => {
                return Err(StoreError::Conflict(format!("R{id} was {state}; import the file again to read it anew")));
            }
        }
        let corrected = apply_corrections(&item.record, fields)?;
        // The reasons a correction answers go: "no source" once a source is given, and so on.
        let answered = |reason: &str| match reason {
            "no source" => corrected.source_as_written.is_some(),
            "no title" => !corrected.title.trim().is_empty(),
            "no recipients" => {
                !(corrected.for_action.is_empty()
                    && corrected.for_comment.is_empty()
                    && corrected.for_information.is_empty())
            }
            r if r.starts_with("the purpose") => fields.keys().any(|k| k.starts_with("for_")),
            _ => false,
        };
        let reasons: Vec<String> = item.reasons.iter().filter(|r| !answered(r)).cloned().collect();
        let mut tx = self.write().await?;
        self.save_corrections(&mut tx, &item.sha256, fields, "review", id, who).await?;
        sqlx::query("UPDATE review_items SET record = $1, reasons = $2, updated_at = $3 WHERE id = $4")
            .bind(serde_json::to_string(&corrected)?)
            .bind(serde_json::to_string(&reasons)?)
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.review_item(id).await
    }

    /// Accepts a reading: it is imported as a statement (its unknown names become unconfirmed
    /// bodies, each reported) and the item records which statement it became.
    pub async fn review_accept(&self, registry: &mut Registry, id: i64, who: &Who) -> Result<Imported> {
        let item = self.review_item(id).await?;
        if item.state != "pending" {
            return Err(StoreError::Conflict(format!("it is already {}", item.state)));
        }
        if item.record.source_as_written.as_deref().is_none_or(|s| s.trim().is_empty()) {
            return Err(StoreError::Invalid(format!(
                "the reading names no source; give it first: liaise ls edit R{id} --source \"BODY\""
            )));
        }
        let file = FileMeta {
            name: item.file_name.clone(),
            sha256: item.sha256.clone(),
            size: u64::try_from(item.size).unwrap_or(0),
            format: item.format.clone(),
            initial_state: None,
            content: None,
        };
        let imported = self.import_ls(registry, &item.record, &item.warnings, &file, who).await?;
        let mut tx = self.write().await?;
        sqlx::query("UPDATE review_items SET state = 'accepted', ls_id = $1, updated_at = $2 WHERE id = $3")
            .bind(imported.ls_id)
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "review.accepted", "review", id, &serde_json::json!({ "ls_id": imported.ls_id }))
            .await?;
        tx.commit().await?;
        Ok(imported)
    }

    /// Rejects a reading: nothing is imported; the item stays, with the reason, for the record.
    pub async fn review_reject(&self, id: i64, reason: &str, who: &Who) -> Result<ReviewItem> {
        let item = self.review_item(id).await?;
        if item.state != "pending" {
            return Err(StoreError::Conflict(format!("it is already {}", item.state)));
        }
        let mut tx = self.write().await?;
        sqlx::query("UPDATE review_items SET state = 'rejected', updated_at = $1 WHERE id = $2")
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "review.rejected", "review", id, &serde_json::json!({ "reason": reason })).await?;
        tx.commit().await?;
        self.review_item(id).await
    }

    /// Corrects fields of a stored statement: the corrections are kept by the file it was last
    /// read from and the statement is stored again from the corrected record (names resolved
    /// anew, tracking brought up to date), all with events.
    pub async fn ls_edit(
        &self,
        registry: &mut Registry,
        ls_id: i64,
        fields: &Map<String, Value>,
        who: &Who,
    ) -> Result<Imported> {
        let row = sqlx::query(
            "SELECT ls.record, f.sha256, f.file_name, f.format, f.size, f.warnings FROM ls JOIN ls_files f ON f.ls_id = ls.id \
             WHERE ls.id = $1 ORDER BY f.imported_at DESC LIMIT 1",
        )
        .bind(ls_id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no statement {ls_id}")))?;
        let record: LsRecord = serde_json::from_str(&row.try_get::<String, _>(0)?)?;
        let corrected = apply_corrections(&record, fields)?;
        let file = FileMeta {
            sha256: row.try_get(1)?,
            name: row.try_get(2)?,
            format: row.try_get(3)?,
            size: u64::try_from(row.try_get::<i64, _>(4)?).unwrap_or(0),
            initial_state: None,
            content: None,
        };
        let warnings: Vec<Warning> = serde_json::from_str(&row.try_get::<String, _>(5)?)?;
        {
            let mut tx = self.write().await?;
            self.save_corrections(&mut tx, &file.sha256, fields, "ls", ls_id, who).await?;
            tx.commit().await?;
        }
        self.import_ls(registry, &corrected, &warnings, &file, who).await
    }
}
