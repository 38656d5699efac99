//! Liaison statements as stored: importing a record (one transaction), listing and showing them.

use crate::resolve::Resolver;
use crate::sql::{Bind, Sql, opt_text};
use crate::{Result, Store, StoreError, Who, events, format_time};
use chrono::NaiveDate;
use liaise_core::registry::{ALL_SDOS, Body, Registry, Resolution, name_key};
use liaise_core::track::LsState;
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
    /// The state a new statement starts in, when the importer says (a draft being prepared);
    /// otherwise sent for the group's own statements and received for the others.
    pub initial_state: Option<liaise_core::track::LsState>,
    /// The file's bytes, kept by content so the original can be downloaded later; `None` when
    /// they are stored already (a reading accepted from review, a correction).
    pub content: Option<Vec<u8>>,
}

/// Keeps a file's bytes by their SHA-256 (nothing when they are kept already).
pub(crate) async fn put_content(conn: &mut AnyConnection, file: &FileMeta, now: &str) -> Result<()> {
    if let Some(bytes) = &file.content {
        sqlx::query("INSERT INTO file_contents (sha256, content, created_at) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING")
            .bind(&file.sha256)
            .bind(bytes.clone())
            .bind(now)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
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
    /// What tracking did: actions created or withdrawn, replies linked, rapporteurs proposed.
    pub track: crate::track::TrackReport,
    /// Identifiers of specifications the statement cites, proposed for the catalogue.
    pub proposals: usize,
    /// The file was imported before and gave the same record: nothing was written.
    pub unchanged: bool,
    /// For an update, what changed, one sentence each ("deadline 2023-06-30 -> 2023-07-31").
    pub changes: Vec<String>,
}

/// The key that tells statements apart: the document number, or the title and date for
/// statements without one (datatracker statements, say).
pub fn doc_key(rec: &LsRecord) -> String {
    match rec.doc_number.as_deref().map(name_key).filter(|k| !k.is_empty()) {
        Some(k) => format!("doc:{k}"),
        None => format!("title:{}|{}", name_key(&rec.title), rec.issued().map(|d| d.to_string()).unwrap_or_default()),
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
        let mut tx = self.write().await?;
        let (imported, created) =
            import_into(&mut tx, self.backend, registry, record, reader_warnings, file, who).await?;
        tx.commit().await?;
        for b in created {
            registry.insert(b);
        }
        Ok(imported)
    }

    /// The statement filed under a key (`doc_key`) from a source, with its state, if any.
    pub async fn ls_by_key(&self, key: &str, source_id: i64) -> Result<Option<(i64, LsState)>> {
        let row = sqlx::query("SELECT id, state FROM ls WHERE doc_key = $1 AND source_body_id = $2")
            .bind(key)
            .bind(source_id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => {
                let state: String = r.try_get(1)?;
                let state = LsState::parse(&state)
                    .ok_or_else(|| StoreError::Invalid(format!("a statement has an unknown state {state:?}")))?;
                Ok(Some((r.try_get(0)?, state)))
            }
            None => Ok(None),
        }
    }

    /// Starts a batch: many imports in one transaction, each in its own savepoint.
    pub async fn batch(&self) -> Result<Batch> {
        Ok(Batch { tx: self.write().await?, backend: self.backend, len: 0 })
    }
}

/// Many imports in one transaction, each import in a savepoint of its own: an import that fails
/// leaves nothing behind and does not disturb the others, and pages that every import touches
/// (indexes by body) are written once per batch instead of once per document. A batch that is
/// dropped without `commit` stores nothing.
pub struct Batch {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    backend: crate::Backend,
    len: usize,
}

impl Batch {
    /// Imports one record, as [`Store::import_ls`] does, inside this batch.
    pub async fn import_ls(
        &mut self,
        registry: &mut Registry,
        record: &LsRecord,
        reader_warnings: &[Warning],
        file: &FileMeta,
        who: &Who,
    ) -> Result<Imported> {
        let mut savepoint = sqlx::Connection::begin(&mut *self.tx).await?;
        match import_into(&mut savepoint, self.backend, registry, record, reader_warnings, file, who).await {
            Ok((imported, created)) => {
                savepoint.commit().await?;
                self.len += 1;
                for b in created {
                    registry.insert(b);
                }
                Ok(imported)
            }
            Err(e) => {
                savepoint.rollback().await?;
                Err(e)
            }
        }
    }

    /// How many imports the batch holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Stores every import of the batch.
    pub async fn commit(self) -> Result<()> {
        Ok(self.tx.commit().await?)
    }
}

/// The work of one import, inside the caller's transaction. Returns the bodies it created, for
/// the caller to add to its registry once they are committed.
async fn import_into(
    tx: &mut AnyConnection,
    backend: crate::Backend,
    registry: &Registry,
    record: &LsRecord,
    reader_warnings: &[Warning],
    file: &FileMeta,
    who: &Who,
) -> Result<(Imported, Vec<Body>)> {
    {
        let mut warnings = reader_warnings.to_vec();
        let source_name = record
            .source_as_written
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| StoreError::Invalid("the statement names no source".to_string()))?;
        let mut resolver = Resolver::new(registry, &file.name);
        let source_ref = NameRef::same(source_name);
        let source_id = match resolver.resolve(tx, &source_ref, "source", who, &mut warnings).await? {
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
        // Issue 9, item 13: a re-import said "updated" with no diff and added an event each
        // time. Say what changed; write nothing when the same file gives the same record.
        let mut changes = Vec::new();
        if let Some(id) = existing {
            let row =
                sqlx::query("SELECT record, source_body_id FROM ls WHERE id = $1").bind(id).fetch_one(&mut *tx).await?;
            let stored_source: i64 = row.try_get(1)?;
            match serde_json::from_str::<LsRecord>(&row.try_get::<String, _>(0)?) {
                Ok(old) => changes = liaise_core::diff::changes(&old, record),
                Err(_) => changes.push("the stored record could not be read; replaced".into()),
            }
            if stored_source != source_id && changes.is_empty() {
                changes.push("source changed".into());
            }
            if changes.is_empty() && by_file == Some(id) {
                put_content(tx, file, &now).await?;
                let imported = Imported {
                    ls_id: id,
                    created: false,
                    doc_number: record.doc_number.clone(),
                    title: record.title.clone(),
                    warnings,
                    new_bodies: Vec::new(),
                    track: crate::track::TrackReport::default(),
                    proposals: 0,
                    unchanged: true,
                    changes,
                };
                return Ok((imported, resolver.created));
            }
        }
        if existing.is_some() && by_file.is_none() {
            changes.push(format!("file {} added", file.name));
        }
        put_content(tx, file, &now).await?;
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
                let home = crate::track::home_body(tx).await?;
                let (direction, state) = match file.initial_state {
                    Some(s) => (s.direction().unwrap_or(liaise_core::track::Direction::Incoming), s),
                    None => crate::track::initial_state(registry, home, source_id),
                };
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
                    .push(", ")
                    .bind(Bind::Text(direction.as_str().into()))
                    .push(", ")
                    .bind(Bind::Text(state.as_str().into()))
                    .push(", ")
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
                crate::sql::insert_returning_id(tx, &sql).await?
            }
        };

        // The bodies the record names, in every list, as written and as resolved.
        sqlx::query("DELETE FROM ls_bodies WHERE ls_id = $1").bind(ls_id).execute(&mut *tx).await?;
        let mut rows = vec![ls_body_row(ls_id, BodyList::Source, -1, 0, &source_ref, Resolution::Body(source_id))];
        let mut for_action = Vec::new();
        for (list, topic, names) in record.name_lists() {
            for (pos, name) in names.iter().enumerate() {
                let res = resolver.resolve(tx, name, list.as_str(), who, &mut warnings).await?;
                if let (BodyList::ForAction, Resolution::Body(id)) = (list, res) {
                    for_action.push(id);
                }
                rows.push(ls_body_row(ls_id, list, topic.map_or(-1, |t| t as i64), pos as i64, name, res));
            }
        }
        for chunk in chunks(rows, 400) {
            let mut sql = Sql::new(
                "INSERT INTO ls_bodies (ls_id, list, topic, position, written, name, body_id, marker) VALUES ",
            );
            sql.values(chunk).query_on(backend).execute(&mut *tx).await?;
        }

        // People: the contacts, then the officers of the source group.
        let officers_as_contacts = record.officers.iter().map(|o| Contact {
            name: o.name.clone(),
            organization: o.organization.clone(),
            country: o.country.clone(),
            ..Contact::default()
        });
        let people: Vec<Contact> = record.contacts.iter().cloned().chain(officers_as_contacts).collect();
        let ids = upsert_people(tx, Some(backend), &people, &now).await?;
        let (contact_ids, officer_ids) = ids.split_at(record.contacts.len());
        sqlx::query("DELETE FROM ls_contacts WHERE ls_id = $1").bind(ls_id).execute(&mut *tx).await?;
        if !contact_ids.is_empty() {
            let rows = record
                .contacts
                .iter()
                .zip(contact_ids)
                .enumerate()
                .map(|(pos, (c, id))| {
                    vec![Bind::Int(ls_id), Bind::Int(pos as i64), Bind::Int(*id), Bind::OptText(c.role.clone())]
                })
                .collect();
            let mut sql = Sql::new("INSERT INTO ls_contacts (ls_id, position, person_id, role) VALUES ");
            sql.values(rows).query_on(backend).execute(&mut *tx).await?;
        }
        if !officer_ids.is_empty() {
            let since = record.issued().map(|d| d.to_string());
            let rows = record
                .officers
                .iter()
                .zip(officer_ids)
                .map(|(o, id)| {
                    vec![
                        Bind::Int(*id),
                        Bind::Int(source_id),
                        Bind::Text(o.role.as_str().to_string()),
                        Bind::Int(ls_id),
                        Bind::OptText(since.clone()),
                    ]
                })
                .collect();
            let mut sql = Sql::new("INSERT INTO officers (person_id, body_id, role, source_ls_id, since) VALUES ");
            sql.values(rows).push(" ON CONFLICT DO NOTHING").query_on(backend).execute(&mut *tx).await?;
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
            "title": record.title, "warnings": warnings, "record": record, "changes": changes,
        });
        events::append(tx, who, if created { "ls.created" } else { "ls.updated" }, "ls", ls_id, &data).await?;
        // A merge may have committed since this import loaded its registry: follow the merges
        // as the database has them now, so a body named twice gets one set of actions (the
        // review of issue 9 found 78 actions for 38 bodies after a merge raced an import).
        let merged: HashMap<i64, i64> = sqlx::query("SELECT id, merged_into FROM bodies WHERE merged_into IS NOT NULL")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_>>()?;
        let mut current: Vec<i64> = Vec::with_capacity(for_action.len());
        for id in for_action {
            let mut at = id;
            for _ in 0..=merged.len() {
                match merged.get(&at) {
                    Some(next) if *next != at => at = *next,
                    _ => break,
                }
            }
            if !current.contains(&at) {
                current.push(at);
            }
        }
        let for_action = current;
        // Bodies created by this import have no parent yet, so the registry as loaded serves.
        let track = crate::track::on_import(tx, backend, registry, ls_id, record, source_id, &for_action, who).await?;
        let proposals = crate::catalogue::propose_from_ls(tx, backend, registry, ls_id, record, source_id, who).await?;
        let new_bodies: Vec<String> = resolver.created.iter().map(|b| b.canonical.clone()).collect();
        let imported = Imported {
            ls_id,
            created,
            doc_number: record.doc_number.clone(),
            title: record.title.clone(),
            warnings,
            new_bodies,
            track,
            proposals,
            unchanged: false,
            changes,
        };
        Ok((imported, resolver.created))
    }
}

fn ls_body_row(ls_id: i64, list: BodyList, topic: i64, position: i64, name: &NameRef, res: Resolution) -> Vec<Bind> {
    let (body_id, marker) = match res {
        Resolution::Body(id) => (Some(id), None),
        Resolution::AllSdos => (None, Some(ALL_SDOS.to_string())),
        Resolution::Unknown => (None, None),
    };
    vec![
        Bind::Int(ls_id),
        Bind::Text(list.as_str().to_string()),
        Bind::Int(topic),
        Bind::Int(position),
        Bind::Text(name.written.clone()),
        Bind::Text(name.name.clone()),
        Bind::OptInt(body_id),
        Bind::OptText(marker),
    ]
}

fn chunks<T>(mut items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    while items.len() > size {
        let rest = items.split_off(size);
        out.push(std::mem::replace(&mut items, rest));
    }
    if !items.is_empty() {
        out.push(items);
    }
    out
}

/// A person as stored, for matching.
struct KnownPerson {
    id: i64,
    key: String,
    email: Option<String>,
    organization: Option<String>,
    country: Option<String>,
    phone: Option<String>,
}

/// Finds or creates one person; see [`upsert_people`].
pub(crate) async fn upsert_person(conn: &mut AnyConnection, c: &Contact, now: &str) -> Result<i64> {
    let ids = upsert_people(conn, None, std::slice::from_ref(c), now).await?;
    ids.first().copied().ok_or_else(|| StoreError::Invalid("no person was stored".into()))
}

/// Finds each person by e-mail address, else by name, and creates those not found; returns their
/// ids in the order given. Fills in what a stored person lacks, never overwrites what it has.
/// One query finds the known, one creates the new: a statement names a dozen people. With a
/// backend, the lookup uses its fastest placeholders.
async fn upsert_people(
    conn: &mut AnyConnection,
    backend: Option<crate::Backend>,
    people: &[Contact],
    now: &str,
) -> Result<Vec<i64>> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let keys: Vec<String> = people.iter().map(|c| name_key(&c.name)).collect();
    let emails: Vec<String> = people.iter().filter_map(|c| c.email.as_ref().map(|e| e.to_lowercase())).collect();
    let mut sql = Sql::new("SELECT id, name_key, email, organization, country, phone FROM people WHERE name_key IN (");
    for (i, k) in keys.iter().enumerate() {
        sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(k.clone()));
    }
    sql.push(")");
    if !emails.is_empty() {
        sql.push(" OR LOWER(email) IN (");
        for (i, e) in emails.iter().enumerate() {
            sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(e.clone()));
        }
        sql.push(")");
    }
    sql.push(" ORDER BY id");
    let mut known: Vec<KnownPerson> = Vec::new();
    let query = match backend {
        Some(b) => sql.query_on(b),
        None => sql.query(),
    };
    for r in query.fetch_all(&mut *conn).await? {
        known.push(KnownPerson {
            id: r.try_get("id")?,
            key: r.try_get("name_key")?,
            email: opt_text(&r, "email")?,
            organization: opt_text(&r, "organization")?,
            country: opt_text(&r, "country")?,
            phone: opt_text(&r, "phone")?,
        });
    }
    let find = |known: &[KnownPerson], c: &Contact, key: &str| -> Option<usize> {
        let by_email = c
            .email
            .as_ref()
            .and_then(|e| known.iter().position(|k| k.email.as_ref().is_some_and(|ke| ke.eq_ignore_ascii_case(e))));
        by_email.or_else(|| known.iter().position(|k| k.key == key))
    };
    let mut ids = Vec::with_capacity(people.len());
    for (c, key) in people.iter().zip(&keys) {
        match find(&known, c, key) {
            Some(i) => {
                let k = &mut known[i];
                let fills = (k.organization.is_none() && c.organization.is_some())
                    || (k.country.is_none() && c.country.is_some())
                    || (k.email.is_none() && c.email.is_some())
                    || (k.phone.is_none() && c.phone.is_some());
                if fills {
                    sqlx::query(
                        "UPDATE people SET organization = COALESCE(organization, $1), country = COALESCE(country, $2), \
                         email = COALESCE(email, $3), phone = COALESCE(phone, $4), updated_at = $5 WHERE id = $6",
                    )
                    .bind(c.organization.clone())
                    .bind(c.country.clone())
                    .bind(c.email.clone())
                    .bind(c.phone.clone())
                    .bind(now.to_string())
                    .bind(k.id)
                    .execute(&mut *conn)
                    .await?;
                    k.organization = k.organization.take().or_else(|| c.organization.clone());
                    k.country = k.country.take().or_else(|| c.country.clone());
                    k.email = k.email.take().or_else(|| c.email.clone());
                    k.phone = k.phone.take().or_else(|| c.phone.clone());
                }
                ids.push(k.id);
            }
            None => {
                let mut sql = Sql::new(
                    "INSERT INTO people (name, name_key, organization, country, email, phone, created_at, updated_at) VALUES ",
                );
                sql.values(vec![vec![
                    Bind::Text(c.name.clone()),
                    Bind::Text(key.clone()),
                    Bind::OptText(c.organization.clone()),
                    Bind::OptText(c.country.clone()),
                    Bind::OptText(c.email.clone()),
                    Bind::OptText(c.phone.clone()),
                    Bind::Text(now.to_string()),
                    Bind::Text(now.to_string()),
                ]])
                .push(" RETURNING id");
                let id = crate::sql::insert_returning_id(conn, &sql).await?;
                known.push(KnownPerson {
                    id,
                    key: key.clone(),
                    email: c.email.clone(),
                    organization: c.organization.clone(),
                    country: c.country.clone(),
                    phone: c.phone.clone(),
                });
                ids.push(id);
            }
        }
    }
    Ok(ids)
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
    /// A body the statement named twice (two spellings of one body, merged since) is listed once.
    pub fn list(&self, list: BodyList, topic: Option<usize>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in self.names.iter().filter(|n| n.list == list && n.topic == topic) {
            let name = n.display();
            if !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
        out
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
    /// Issued in this year.
    pub year: Option<i32>,
    /// Issued on or after this day.
    pub issued_from: Option<NaiveDate>,
    /// Issued on or before this day.
    pub issued_to: Option<NaiveDate>,
    /// draft, approved, sent, received or dead.
    pub state: Option<String>,
    /// incoming or outgoing.
    pub direction: Option<String>,
    /// The kind of document ("liaison statement", "reply", ...), as stored.
    pub kind: Option<String>,
    /// Words the title contains, in any case.
    pub text: Option<String>,
    /// Only statements with an action still open.
    pub unanswered: bool,
    /// Only statements with an action still open after its deadline, as of this day.
    pub overdue_as_of: Option<NaiveDate>,
    /// At most so many rows (of a summary list).
    pub limit: Option<i64>,
    /// Rows to skip first (a page of a summary list).
    pub offset: Option<i64>,
    /// Only statements marked public.
    pub public_only: bool,
    /// The order of a summary list (oldest issued first when not given).
    pub sort: LsSort,
    /// Newest, last or greatest first.
    pub descending: bool,
}

/// What a statement list can be sorted by. Each is a fixed column expression, never text
/// from the request, and ties are broken by the id so that pages do not overlap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LsSort {
    #[default]
    Issued,
    Deadline,
    Title,
    Number,
    Updated,
}

impl LsSort {
    pub const NAMES: [&str; 5] = ["issued", "deadline", "title", "number", "updated"];

    pub fn parse(s: &str) -> Option<LsSort> {
        Some(match s {
            "issued" => LsSort::Issued,
            "deadline" => LsSort::Deadline,
            "title" => LsSort::Title,
            "number" | "doc_number" => LsSort::Number,
            "updated" => LsSort::Updated,
            _ => return None,
        })
    }

    /// The ORDER BY of a list, on the columns of `prefix` (a table alias and its dot, or "").
    fn order_by(self, prefix: &str, descending: bool) -> String {
        let key = match self {
            LsSort::Issued => format!("COALESCE({prefix}issued, {prefix}created_at)"),
            LsSort::Deadline => format!("{prefix}deadline"),
            LsSort::Title => format!("LOWER({prefix}title)"),
            LsSort::Number => format!("{prefix}doc_number"),
            LsSort::Updated => format!("{prefix}updated_at"),
        };
        let dir = if descending { " DESC" } else { "" };
        format!("{key}{dir}, {prefix}id{dir}")
    }
}

/// One row of a statement list: what the list shows, read from columns without decoding the
/// stored record, so that a long list costs little per row (issue 9, item 15).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct LsSummary {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub kind: String,
    pub source: String,
    pub source_id: i64,
    pub direction: String,
    pub state: String,
    pub deadline: Option<NaiveDate>,
    pub issued: Option<String>,
    /// How many bodies the statement asks for action.
    pub asked: i64,
    /// Of its actions, how many are still open or acknowledged.
    pub open_actions: i64,
    /// Of the bodies asked, how many still owe something.
    pub owing: i64,
    /// Whether it may be read without an account.
    pub public: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Store {
    /// The WHERE of a list. `publish_sent` is the group's setting, read by the caller when the
    /// list is the public's.
    fn filter_sql(&self, reg: &Registry, f: &LsFilter, publish_sent: bool) -> Result<Sql> {
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
        if let Some(y) = f.year {
            sql.push(" AND issued LIKE ").bind(Bind::Text(format!("{y:04}%")));
        }
        // Days are written YYYY-MM-DD, so text order is date order on both backends.
        if let Some(d) = f.issued_from {
            sql.push(" AND issued >= ").bind(Bind::Text(d.to_string()));
        }
        if let Some(d) = f.issued_to {
            sql.push(" AND issued <= ").bind(Bind::Text(d.to_string()));
        }
        if let Some(s) = &f.state {
            sql.push(" AND state = ").bind(Bind::Text(s.clone()));
        }
        if let Some(d) = &f.direction {
            sql.push(" AND direction = ").bind(Bind::Text(d.clone()));
        }
        if let Some(k) = &f.kind {
            sql.push(" AND LOWER(kind) = ").bind(Bind::Text(k.to_lowercase()));
        }
        if let Some(t) = &f.text {
            // Each word must appear; LIKE's own wildcards in the words are taken literally.
            for word in t.split_whitespace() {
                let escaped = crate::sql::like_literal(&word.to_lowercase());
                sql.push(" AND LOWER(title) LIKE ").bind(Bind::Text(format!("%{escaped}%"))).push(" ESCAPE '\\'");
            }
        }
        if f.public_only && publish_sent {
            sql.push(" AND (public = 1 OR (direction = 'outgoing' AND state = 'sent'))");
        } else if f.public_only {
            sql.push(" AND public = 1");
        }
        if f.unanswered || f.overdue_as_of.is_some() {
            sql.push(" AND id IN (SELECT ls_id FROM actions WHERE state IN ('open', 'acknowledged'))");
        }
        if let Some(d) = f.overdue_as_of {
            sql.push(" AND deadline < ").bind(Bind::Text(d.to_string()));
        }
        Ok(sql)
    }

    /// A page of a statement list and the total its filter matches, on one reading of the
    /// registry.
    pub async fn ls_page(&self, f: &LsFilter) -> Result<(i64, Vec<LsSummary>)> {
        let reg = self.shared_registry().await?;
        let publish = self.publish_sent().await?;
        let total = self.count_with(&reg, &LsFilter { limit: None, offset: None, ..f.clone() }, publish).await?;
        Ok((total, self.summary_with(&reg, f, publish).await?))
    }

    /// `publish_sent` is the group's setting, read once by the caller.
    async fn count_with(&self, reg: &Registry, f: &LsFilter, publish_sent: bool) -> Result<i64> {
        let filter = self.filter_sql(reg, f, f.public_only && publish_sent)?;
        let mut sql = filter.clone();
        sql.text = format!("SELECT COUNT(*){}", filter.text);
        Ok(sql.query().fetch_one(&self.pool).await?.try_get(0)?)
    }

    /// The rows of a statement list, in the filter's order (oldest first unless told), without
    /// their full records.
    pub async fn list_ls_summary(&self, f: &LsFilter) -> Result<Vec<LsSummary>> {
        let reg = self.shared_registry().await?;
        self.summary_with(&reg, f, self.publish_sent().await?).await
    }

    async fn summary_with(&self, reg: &Registry, f: &LsFilter, publish_sent: bool) -> Result<Vec<LsSummary>> {
        let filter = self.filter_sql(reg, f, f.public_only && publish_sent)?;
        // The page is chosen first, on the statements' own columns; the counts are computed
        // for its rows only (a page of 50 of 20,000 statements counted every statement's
        // actions before: a second a request).
        let mut sql = filter.clone();
        let columns = "id, doc_number, title, kind, source_body_id, direction, state, deadline, issued, created_at, updated_at, public";
        match f.limit {
            // The ids of the page from the listing index alone (the planner, left to itself,
            // sorted every row, reading every stored record), then their rows.
            Some(n) => {
                sql.text = format!(
                    "SELECT {columns} FROM ls WHERE id IN (SELECT id{} ORDER BY {} LIMIT ",
                    filter.text,
                    f.sort.order_by("", f.descending)
                );
                sql.bind(Bind::Int(n.max(0)));
                sql.push(" OFFSET ").bind(Bind::Int(f.offset.unwrap_or(0).max(0))).push(")");
            }
            None => {
                sql.text = format!("SELECT {columns}{} ORDER BY {}", filter.text, f.sort.order_by("", f.descending));
            }
        }
        sql.text = format!(
            "SELECT p.*, \
             (SELECT COUNT(*) FROM ls_bodies b WHERE b.ls_id = p.id AND b.list = 'for_action') AS asked, \
             (SELECT COUNT(*) FROM actions a WHERE a.ls_id = p.id AND a.state IN ('open', 'acknowledged')) AS open_actions, \
             (SELECT COUNT(DISTINCT a.body_id) FROM actions a WHERE a.ls_id = p.id AND a.state IN ('open', 'acknowledged')) AS owing \
             FROM ({}) p ORDER BY {}",
            sql.text,
            f.sort.order_by("p.", f.descending)
        );
        let mut out = Vec::new();
        // What the public reads: marked public, or sent by a group that publishes what it sends.
        for r in sql.query().fetch_all(&self.pool).await? {
            let source_id: i64 = r.try_get("source_body_id")?;
            let direction: String = r.try_get("direction")?;
            let state: String = r.try_get("state")?;
            let public =
                r.try_get::<i64, _>("public")? != 0 || (publish_sent && direction == "outgoing" && state == "sent");
            out.push(LsSummary {
                ls_id: r.try_get("id")?,
                doc_number: opt_text(&r, "doc_number")?,
                title: r.try_get("title")?,
                kind: r.try_get("kind")?,
                source: reg.canonical(source_id).unwrap_or("?").to_string(),
                source_id: reg.current(source_id),
                direction,
                state,
                deadline: opt_text(&r, "deadline")?.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                issued: opt_text(&r, "issued")?,
                asked: r.try_get("asked")?,
                open_actions: r.try_get("open_actions")?,
                owing: r.try_get("owing")?,
                public,
                created_at: r.try_get("created_at")?,
                updated_at: r.try_get("updated_at")?,
            });
        }
        Ok(out)
    }

    /// The statements that pass a filter, oldest first, with their names resolved.
    pub async fn list_ls(&self, f: &LsFilter) -> Result<Vec<LsView>> {
        let reg = self.shared_registry().await?;
        let publish = f.public_only && self.publish_sent().await?;
        let filter = self.filter_sql(&reg, f, publish)?;
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
        let reg = self.shared_registry().await?;
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

    /// The original bytes of a stored file, by its SHA-256.
    pub async fn file_content(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        Ok(sqlx::query("SELECT content FROM file_contents WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get::<Vec<u8>, _>(0))
            .transpose()?)
    }

    /// Marks a statement public (readable without an account, its personal data hidden) or
    /// private again.
    pub async fn set_public(&self, id: i64, public: bool, who: &crate::Who) -> Result<()> {
        // A statement the group sent stays public while the group publishes all it sends:
        // saying "private" would be a lie (found in review).
        if !public && self.publish_sent().await? {
            let r = sqlx::query("SELECT direction, state FROM ls WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            if let Some(r) = r
                && r.try_get::<String, _>(0)? == "outgoing"
                && r.try_get::<String, _>(1)? == "sent"
            {
                return Err(StoreError::Conflict(
                    "the group makes every statement it sent public (liaise group --no-publish-sent to stop)".into(),
                ));
            }
        }
        let mut tx = self.write().await?;
        let done = sqlx::query("UPDATE ls SET public = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(public))
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!("no statement has the id {id}")));
        }
        let kind = if public { "ls.public" } else { "ls.private" };
        crate::events::append(&mut tx, who, kind, "ls", id, &serde_json::json!({ "public": public })).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Claims the version of a statement a client read, by its `updated_at`: only one of two
    /// writers that read the same version gets it (the check and the claim are one update), the
    /// other is told the statement changed. Returns whether this caller got it.
    /// Gives back a version claimed for an edit that then failed: the statement is as it was,
    /// its `updated_at` too (no event was written, so nothing else may have changed).
    pub async fn release_ls_version(&self, id: i64, read_at: &str, who: &crate::Who) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE ls SET updated_at = $1 WHERE id = $2 AND updated_at = $3")
            .bind(read_at)
            .bind(id)
            .bind(format_time(who.at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn claim_ls_version(&self, id: i64, read_at: &str, who: &crate::Who) -> Result<bool> {
        let mut tx = self.write().await?;
        let done = sqlx::query("UPDATE ls SET updated_at = $1 WHERE id = $2 AND updated_at = $3")
            .bind(format_time(who.at))
            .bind(id)
            .bind(read_at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }

    /// Whether a statement is public.
    /// Whether the public may read a statement: it is marked public, or the group publishes
    /// every statement it sent and this one is sent.
    pub async fn is_public(&self, id: i64) -> Result<bool> {
        let Some(r) = sqlx::query("SELECT public, direction, state FROM ls WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(false);
        };
        if r.try_get::<i64, _>(0)? != 0 {
            return Ok(true);
        }
        let sent = r.try_get::<String, _>(1)? == "outgoing" && r.try_get::<String, _>(2)? == "sent";
        Ok(sent && self.publish_sent().await?)
    }

    /// How many statements are stored.
    pub async fn count_ls(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM ls").fetch_one(&self.pool).await?.try_get(0)?)
    }
}
