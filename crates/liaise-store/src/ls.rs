//! Liaison statements as stored: importing a record (one transaction), listing and showing them.

use crate::bodies::{NewBody, insert_body};
use crate::sql::{Bind, Sql, opt_text};
use crate::{Result, Store, StoreError, Who, events, format_time};
use chrono::NaiveDate;
use liaise_core::registry::{ALL_SDOS, Body, BodyId, BodyStatus, Registry, Resolution, name_key};
use liaise_core::{BodyList, Contact, LsRecord, NameRef, Warning};
use serde::Serialize;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

/// The file a record was read from.
#[derive(Debug, Clone)]
pub struct FileMeta {
    pub name: String,
    pub sha256: String,
    pub size: u64,
    pub format: String,
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub ls_id: i64,
    pub created: bool,
    pub doc_number: Option<String>,
    pub title: String,
    /// The reader's warnings and those of name resolution.
    pub warnings: Vec<Warning>,
    /// Bodies created unconfirmed because no entry matched their name.
    pub new_bodies: Vec<String>,
}

/// The key that tells statements apart: the document number, or the title and date for
/// statements without one (datatracker statements, say).
pub fn doc_key(rec: &LsRecord) -> String {
    match rec.doc_number.as_deref().map(name_key).filter(|k| !k.is_empty()) {
        Some(k) => format!("doc:{k}"),
        None => format!("title:{}|{}", name_key(&rec.title), rec.issued().map(|d| d.to_string()).unwrap_or_default()),
    }
}

/// Resolves names during one import, creating unconfirmed bodies for names nothing matches.
/// New bodies reach the shared registry only once the transaction has committed.
struct Resolver<'r> {
    registry: &'r Registry,
    created: Vec<Body>,
    local: HashMap<String, BodyId>,
    file: String,
}

impl Resolver<'_> {
    async fn resolve(
        &mut self,
        conn: &mut AnyConnection,
        name: &NameRef,
        list: &str,
        who: &Who,
        warnings: &mut Vec<Warning>,
    ) -> Result<Resolution> {
        match self.registry.resolve(&name.name) {
            Resolution::Unknown => {}
            known => return Ok(known),
        }
        let key = name_key(&name.name);
        if key.is_empty() {
            return Ok(Resolution::Unknown);
        }
        if let Some(id) = self.local.get(&key) {
            return Ok(Resolution::Body(*id));
        }
        let canonical = name.name.trim();
        let body = insert_body(conn, canonical, &NewBody::default(), BodyStatus::Unconfirmed, who).await?;
        if name.written.trim() != canonical {
            crate::bodies::insert_alias(conn, &name.written, body.id).await?;
        }
        let data = serde_json::json!({
            "canonical": canonical, "status": "unconfirmed", "file": self.file, "list": list, "written": name.written,
        });
        events::append(conn, who, "body.created", "body", body.id, &data).await?;
        warnings.push(Warning::new(
            list,
            format!(
                "unknown body \"{canonical}\" added as unconfirmed; merge it into a known body with `liaise bodies merge \"{canonical}\" BODY` or confirm it with `liaise bodies confirm \"{canonical}\"`"
            ),
            Some(&name.written),
        ));
        self.local.insert(key, body.id);
        let id = body.id;
        self.created.push(body);
        Ok(Resolution::Body(id))
    }
}

impl Store {
    /// Stores a record read from a file, in one transaction. A file already imported (same
    /// content) or a statement already known (same document number and source) is updated, not
    /// duplicated. Unknown body names become unconfirmed bodies, each reported as a warning.
    pub async fn import_ls(
        &self,
        registry: &mut Registry,
        record: &LsRecord,
        reader_warnings: &[Warning],
        file: &FileMeta,
        who: &Who,
    ) -> Result<Imported> {
        let mut warnings = reader_warnings.to_vec();
        let source_name = record
            .source_as_written
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| StoreError::Invalid("the statement names no source".to_string()))?;
        let mut tx = self.pool.begin().await?;
        let mut resolver = Resolver { registry, created: Vec::new(), local: HashMap::new(), file: file.name.clone() };
        let source_ref = NameRef::same(source_name);
        let source_id = match resolver.resolve(&mut tx, &source_ref, "source", who, &mut warnings).await? {
            Resolution::Body(id) => id,
            _ => {
                return Err(StoreError::Invalid(format!("the source {source_name:?} is not a body")));
            }
        };

        let key = doc_key(record);
        let by_file: Option<i64> = sqlx::query("SELECT ls_id FROM ls_files WHERE sha256 = $1")
            .bind(&file.sha256)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let existing = match by_file {
            Some(id) => Some(id),
            None => sqlx::query("SELECT id FROM ls WHERE doc_key = $1 AND source_body_id = $2")
                .bind(&key)
                .bind(source_id)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?,
        };
        let record_json = serde_json::to_string(record)?;
        let now = format_time(who.at);
        let deadline = record.deadline.map(|d| d.to_string());
        let issued = record.issued().map(|d| d.to_string());
        let ls_id = match existing {
            Some(id) => {
                let mut sql = Sql::new("UPDATE ls SET doc_key = ");
                sql.bind(Bind::Text(key.clone()))
                    .push(", doc_number = ")
                    .bind(Bind::OptText(record.doc_number.clone()))
                    .push(", source_body_id = ")
                    .bind(Bind::Int(source_id))
                    .push(", title = ")
                    .bind(Bind::Text(record.title.clone()))
                    .push(", kind = ")
                    .bind(Bind::Text(record.kind.as_str().to_string()))
                    .push(", layout = ")
                    .bind(Bind::Text(record.layout.as_str().to_string()))
                    .push(", deadline = ")
                    .bind(Bind::OptText(deadline))
                    .push(", issued = ")
                    .bind(Bind::OptText(issued))
                    .push(", record = ")
                    .bind(Bind::Text(record_json))
                    .push(", updated_at = ")
                    .bind(Bind::Text(now.clone()))
                    .push(" WHERE id = ")
                    .bind(Bind::Int(id));
                sql.query().execute(&mut *tx).await?;
                id
            }
            None => {
                let mut sql = Sql::new(
                    "INSERT INTO ls (doc_key, doc_number, source_body_id, title, kind, layout, direction, state, deadline, issued, record, created_at, updated_at) VALUES (",
                );
                sql.bind(Bind::Text(key.clone()))
                    .push(", ")
                    .bind(Bind::OptText(record.doc_number.clone()))
                    .push(", ")
                    .bind(Bind::Int(source_id))
                    .push(", ")
                    .bind(Bind::Text(record.title.clone()))
                    .push(", ")
                    .bind(Bind::Text(record.kind.as_str().to_string()))
                    .push(", ")
                    .bind(Bind::Text(record.layout.as_str().to_string()))
                    .push(", 'incoming', 'received', ")
                    .bind(Bind::OptText(deadline))
                    .push(", ")
                    .bind(Bind::OptText(issued))
                    .push(", ")
                    .bind(Bind::Text(record_json))
                    .push(", ")
                    .bind(Bind::Text(now.clone()))
                    .push(", ")
                    .bind(Bind::Text(now.clone()))
                    .push(") RETURNING id");
                crate::sql::insert_returning_id(&mut tx, &sql).await?
            }
        };

        // The bodies the record names, in every list, as written and as resolved.
        sqlx::query("DELETE FROM ls_bodies WHERE ls_id = $1").bind(ls_id).execute(&mut *tx).await?;
        insert_ls_body(&mut tx, ls_id, BodyList::Source, -1, 0, &source_ref, Resolution::Body(source_id)).await?;
        for (list, topic, names) in record.name_lists() {
            for (pos, name) in names.iter().enumerate() {
                let res = resolver.resolve(&mut tx, name, list.as_str(), who, &mut warnings).await?;
                let topic = topic.map_or(-1, |t| t as i64);
                insert_ls_body(&mut tx, ls_id, list, topic, pos as i64, name, res).await?;
            }
        }

        // People: the contacts, then the officers of the source group.
        sqlx::query("DELETE FROM ls_contacts WHERE ls_id = $1").bind(ls_id).execute(&mut *tx).await?;
        for (pos, c) in record.contacts.iter().enumerate() {
            let person = upsert_person(&mut tx, c, &now).await?;
            sqlx::query("INSERT INTO ls_contacts (ls_id, position, person_id, role) VALUES ($1, $2, $3, $4)")
                .bind(ls_id)
                .bind(pos as i64)
                .bind(person)
                .bind(c.role.clone())
                .execute(&mut *tx)
                .await?;
        }
        for o in &record.officers {
            let c = Contact {
                name: o.name.clone(),
                organization: o.organization.clone(),
                country: o.country.clone(),
                ..Contact::default()
            };
            let person = upsert_person(&mut tx, &c, &now).await?;
            sqlx::query(
                "INSERT INTO officers (person_id, body_id, role, source_ls_id, since) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            )
            .bind(person)
            .bind(source_id)
            .bind(o.role.as_str())
            .bind(ls_id)
            .bind(record.issued().map(|d| d.to_string()))
            .execute(&mut *tx)
            .await?;
        }

        let warnings_json = serde_json::to_string(&warnings)?;
        sqlx::query(
            "INSERT INTO ls_files (sha256, ls_id, file_name, format, size, imported_at, warnings) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (sha256) DO UPDATE SET ls_id = excluded.ls_id, file_name = excluded.file_name, format = excluded.format, \
             imported_at = excluded.imported_at, warnings = excluded.warnings",
        )
        .bind(&file.sha256)
        .bind(ls_id)
        .bind(&file.name)
        .bind(&file.format)
        .bind(i64::try_from(file.size).unwrap_or(i64::MAX))
        .bind(&now)
        .bind(warnings_json)
        .execute(&mut *tx)
        .await?;

        let created = existing.is_none();
        let data = serde_json::json!({
            "file": file.name, "sha256": file.sha256, "format": file.format, "doc_number": record.doc_number,
            "title": record.title, "warnings": warnings, "record": record,
        });
        events::append(&mut tx, who, if created { "ls.created" } else { "ls.updated" }, "ls", ls_id, &data).await?;
        tx.commit().await?;

        let new_bodies: Vec<String> = resolver.created.iter().map(|b| b.canonical.clone()).collect();
        let created_bodies = std::mem::take(&mut resolver.created);
        drop(resolver);
        for b in created_bodies {
            registry.insert(b);
        }
        Ok(Imported {
            ls_id,
            created,
            doc_number: record.doc_number.clone(),
            title: record.title.clone(),
            warnings,
            new_bodies,
        })
    }
}

async fn insert_ls_body(
    conn: &mut AnyConnection,
    ls_id: i64,
    list: BodyList,
    topic: i64,
    position: i64,
    name: &NameRef,
    res: Resolution,
) -> Result<()> {
    let (body_id, marker) = match res {
        Resolution::Body(id) => (Some(id), None),
        Resolution::AllSdos => (None, Some(ALL_SDOS)),
        Resolution::Unknown => (None, None),
    };
    sqlx::query(
        "INSERT INTO ls_bodies (ls_id, list, topic, position, written, name, body_id, marker) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(ls_id)
    .bind(list.as_str())
    .bind(topic)
    .bind(position)
    .bind(name.written.clone())
    .bind(name.name.clone())
    .bind(body_id)
    .bind(marker)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Finds a person by e-mail address, else by name; creates one if neither matches. Fills in what
/// the stored person lacks, never overwrites what it has.
async fn upsert_person(conn: &mut AnyConnection, c: &Contact, now: &str) -> Result<i64> {
    let key = name_key(&c.name);
    let by_email = match c.email.as_deref() {
        Some(e) => sqlx::query("SELECT id FROM people WHERE LOWER(email) = LOWER($1) ORDER BY id LIMIT 1")
            .bind(e.to_string())
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get::<i64, _>(0))
            .transpose()?,
        None => None,
    };
    let found = match by_email {
        Some(id) => Some(id),
        None => sqlx::query("SELECT id FROM people WHERE name_key = $1 ORDER BY id LIMIT 1")
            .bind(&key)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get::<i64, _>(0))
            .transpose()?,
    };
    if let Some(id) = found {
        sqlx::query(
            "UPDATE people SET organization = COALESCE(organization, $1), country = COALESCE(country, $2), \
             email = COALESCE(email, $3), phone = COALESCE(phone, $4), updated_at = $5 WHERE id = $6",
        )
        .bind(c.organization.clone())
        .bind(c.country.clone())
        .bind(c.email.clone())
        .bind(c.phone.clone())
        .bind(now.to_string())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        return Ok(id);
    }
    let mut sql = Sql::new(
        "INSERT INTO people (name, name_key, organization, country, email, phone, created_at, updated_at) VALUES (",
    );
    sql.bind(Bind::Text(c.name.clone()))
        .push(", ")
        .bind(Bind::Text(key))
        .push(", ")
        .bind(Bind::OptText(c.organization.clone()))
        .push(", ")
        .bind(Bind::OptText(c.country.clone()))
        .push(", ")
        .bind(Bind::OptText(c.email.clone()))
        .push(", ")
        .bind(Bind::OptText(c.phone.clone()))
        .push(", ")
        .bind(Bind::Text(now.to_string()))
        .push(", ")
        .bind(Bind::Text(now.to_string()))
        .push(") RETURNING id");
    Ok(crate::sql::insert_returning_id(conn, &sql).await?)
}

/// A name of a stored statement as written and as resolved now.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ResolvedName {
    pub list: BodyList,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<usize>,
    pub written: String,
    pub name: String,
    pub body_id: Option<i64>,
    /// The canonical name of the body, or the marker ("All SDOs").
    pub body: Option<String>,
    pub status: Option<String>,
}

impl ResolvedName {
    /// What to show for the name: the canonical name, else the marker, else the name itself.
    pub fn display(&self) -> &str {
        self.body.as_deref().unwrap_or(&self.name)
    }
}

/// A stored file of a statement.
#[derive(Debug, Clone, Serialize)]
pub struct FileInfo {
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub size: i64,
    pub imported_at: String,
    pub warnings: Vec<Warning>,
}

/// A statement as stored, with its names resolved against the registry as it is now.
#[derive(Debug, Clone)]
pub struct LsView {
    pub id: i64,
    pub record: LsRecord,
    pub source: String,
    pub source_id: i64,
    pub direction: String,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
    pub names: Vec<ResolvedName>,
    pub files: Vec<FileInfo>,
}

impl LsView {
    /// The names of one list, in order, as displayed.
    pub fn list(&self, list: BodyList, topic: Option<usize>) -> Vec<String> {
        self.names.iter().filter(|n| n.list == list && n.topic == topic).map(|n| n.display().to_string()).collect()
    }

    /// The statement as JSON, with the field names of the hand-read fixture: body lists are
    /// canonical names; every name as written and resolved is under `names`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(&self.record).unwrap_or_else(|_| serde_json::json!({}));
        let Some(obj) = v.as_object_mut() else {
            return v;
        };
        // The datatracker's own state must not be mistaken for the statement's state here.
        if let Some(s) = obj.remove("state") {
            obj.insert("datatracker_state".into(), s);
        }
        obj.insert("id".into(), self.id.into());
        obj.insert("source".into(), self.source.clone().into());
        obj.insert("direction".into(), self.direction.clone().into());
        obj.insert("state".into(), self.state.clone().into());
        for list in [BodyList::ForAction, BodyList::ForComment, BodyList::ForInformation, BodyList::Cc] {
            obj.insert(list.as_str().into(), self.list(list, None).into());
        }
        if let Some(topics) = obj.get_mut("topics").and_then(|t| t.as_array_mut()) {
            for (i, t) in topics.iter_mut().enumerate() {
                if let Some(t) = t.as_object_mut() {
                    t.insert("related".into(), self.list(BodyList::TopicRelated, Some(i)).into());
                    t.insert("especially".into(), self.list(BodyList::TopicEspecially, Some(i)).into());
                }
            }
        }
        if let Some(actions) = obj.get_mut("actions").and_then(|t| t.as_array_mut()) {
            for a in actions.iter_mut() {
                if let Some(to) = a.get_mut("to").and_then(|t| t.as_array_mut()) {
                    for n in to.iter_mut() {
                        if let Some(name) = n.get("name").cloned() {
                            *n = name;
                        }
                    }
                }
            }
        }
        obj.insert("names".into(), serde_json::to_value(&self.names).unwrap_or_default());
        obj.insert("files".into(), serde_json::to_value(&self.files).unwrap_or_default());
        obj.insert("created_at".into(), self.created_at.clone().into());
        obj.insert("updated_at".into(), self.updated_at.clone().into());
        v
    }
}

/// Filters for listing statements.
#[derive(Debug, Clone, Default)]
pub struct LsFilter {
    /// A name of the source body (any alias).
    pub source: Option<String>,
    /// A name of a recipient body (any alias), in any recipient list.
    pub recipient: Option<String>,
    pub deadline_before: Option<NaiveDate>,
    pub deadline_after: Option<NaiveDate>,
}

impl Store {
    fn filter_sql(&self, reg: &Registry, f: &LsFilter) -> Result<Sql> {
        let mut sql = Sql::new(" FROM ls WHERE 1 = 1");
        let body = |name: &str| -> Result<i64> {
            reg.lookup(name).map(|b| b.id).ok_or_else(|| StoreError::NotFound(format!("no body is named {name:?}")))
        };
        if let Some(s) = &f.source {
            sql.push(" AND source_body_id = ").bind(Bind::Int(body(s)?));
        }
        if let Some(r) = &f.recipient {
            sql.push(" AND id IN (SELECT ls_id FROM ls_bodies WHERE list IN ('for_action', 'for_comment', 'for_information', 'cc') AND body_id = ")
                .bind(Bind::Int(body(r)?))
                .push(")");
        }
        if let Some(d) = f.deadline_before {
            sql.push(" AND deadline <= ").bind(Bind::Text(d.to_string()));
        }
        if let Some(d) = f.deadline_after {
            sql.push(" AND deadline >= ").bind(Bind::Text(d.to_string()));
        }
        Ok(sql)
    }

    /// The statements that pass a filter, oldest first, with their names resolved.
    pub async fn list_ls(&self, f: &LsFilter) -> Result<Vec<LsView>> {
        let reg = self.registry().await?;
        let filter = self.filter_sql(&reg, f)?;
        let mut sql = filter.clone();
        sql.text = format!(
            "SELECT id, source_body_id, direction, state, record, created_at, updated_at{} ORDER BY COALESCE(issued, created_at), id",
            filter.text
        );
        let rows = sql.query().fetch_all(&self.pool).await?;
        self.views(&reg, &rows, &filter).await
    }

    /// One statement by id or by document number.
    pub async fn get_ls(&self, id_or_number: &str) -> Result<LsView> {
        let reg = self.registry().await?;
        let mut filter = Sql::new(" FROM ls WHERE ");
        match id_or_number.trim().parse::<i64>() {
            Ok(id) => filter.push("id = ").bind(Bind::Int(id)),
            Err(_) => filter.push("doc_key = ").bind(Bind::Text(format!("doc:{}", name_key(id_or_number)))),
        };
        let mut sql = filter.clone();
        sql.text = format!(
            "SELECT id, source_body_id, direction, state, record, created_at, updated_at{} ORDER BY id",
            filter.text
        );
        let rows = sql.query().fetch_all(&self.pool).await?;
        if rows.len() > 1 {
            return Err(StoreError::Conflict(format!(
                "{} statements are numbered {id_or_number:?}; show one by its id",
                rows.len()
            )));
        }
        let mut views = self.views(&reg, &rows, &filter).await?;
        views.pop().ok_or_else(|| StoreError::NotFound(format!("no statement has the id or number {id_or_number:?}")))
    }

    async fn views(&self, reg: &Registry, rows: &[sqlx::any::AnyRow], filter: &Sql) -> Result<Vec<LsView>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let mut names_sql = filter.clone();
        names_sql.text = format!(
            "SELECT b.ls_id, b.list, b.topic, b.written, b.name, b.body_id, b.marker FROM ls_bodies b \
             WHERE b.ls_id IN (SELECT id{}) ORDER BY b.ls_id, b.list, b.topic, b.position",
            filter.text
        );
        let mut names: HashMap<i64, Vec<ResolvedName>> = HashMap::new();
        for r in names_sql.query().fetch_all(&self.pool).await? {
            let list: String = r.try_get("list")?;
            let Some(list) = BodyList::parse(&list) else {
                continue;
            };
            let topic: i64 = r.try_get("topic")?;
            let body_id: Option<i64> = r.try_get("body_id")?;
            let marker = opt_text(&r, "marker")?;
            let body = body_id.and_then(|id| reg.get(reg.current(id)));
            names.entry(r.try_get("ls_id")?).or_default().push(ResolvedName {
                list,
                topic: usize::try_from(topic).ok(),
                written: r.try_get("written")?,
                name: r.try_get("name")?,
                body_id: body.map(|b| b.id),
                body: body.map(|b| b.canonical.clone()).or(marker),
                status: body.map(|b| b.status.as_str().to_string()),
            });
        }
        let mut files_sql = filter.clone();
        files_sql.text = format!(
            "SELECT ls_id, file_name, sha256, format, size, imported_at, warnings FROM ls_files WHERE ls_id IN (SELECT id{}) ORDER BY imported_at",
            filter.text
        );
        let mut files: HashMap<i64, Vec<FileInfo>> = HashMap::new();
        for r in files_sql.query().fetch_all(&self.pool).await? {
            let warnings: String = r.try_get("warnings")?;
            files.entry(r.try_get("ls_id")?).or_default().push(FileInfo {
                file_name: r.try_get("file_name")?,
                sha256: r.try_get("sha256")?,
                format: r.try_get("format")?,
                size: r.try_get("size")?,
                imported_at: r.try_get("imported_at")?,
                warnings: serde_json::from_str(&warnings)?,
            });
        }
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get("id")?;
            let source_id: i64 = r.try_get("source_body_id")?;
            let record: String = r.try_get("record")?;
            out.push(LsView {
                id,
                record: serde_json::from_str(&record)?,
                source: reg.canonical(source_id).unwrap_or("?").to_string(),
                source_id: reg.current(source_id),
                direction: r.try_get("direction")?,
                state: r.try_get("state")?,
                created_at: r.try_get("created_at")?,
                updated_at: r.try_get("updated_at")?,
                names: names.remove(&id).unwrap_or_default(),
                files: files.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// How many statements are stored.
    pub async fn count_ls(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM ls").fetch_one(&self.pool).await?.try_get(0)?)
    }
}
