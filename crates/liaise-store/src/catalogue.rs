//! The catalogue in the store: entries written in batches (an import of a hundred thousand is a
//! few hundred statements), matched by identifier key so an import is idempotent, with their
//! topics, relations and where they came from.

use crate::resolve::Resolver;
use crate::sql::{Bind, Sql, opt_text};
use crate::{Backend, Result, Store, StoreError, Who, events, format_time};
use liaise_core::catalogue::{EntryRecord, EntryType, Family, Identifier, Lifecycle, Relation, relation_kind};
use liaise_core::registry::{BodyId, Registry, Resolution, name_key};
use liaise_core::{NameRef, Warning};
use serde::Serialize;
use sqlx::{AnyConnection, Row};
use std::collections::{BTreeSet, HashMap};

/// How an entry reached the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// "import", "ls" or "manual".
    pub kind: String,
    /// The file imported, "ls:ID", or the person.
    pub origin: String,
    pub ls_id: Option<i64>,
}

impl Source {
    pub fn import(file: &str) -> Source {
        Source { kind: "import".into(), origin: file.to_string(), ls_id: None }
    }
}

/// What a batch of entries did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct UpsertReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records that named an entry another record of the same batch had named: merged into it.
    pub merged: usize,
    /// Records that could not be stored: their position in the batch, identifier and why.
    pub failed: Vec<(usize, String, String)>,
    pub warnings: Vec<Warning>,
    pub new_bodies: Vec<String>,
    pub new_topics: Vec<String>,
    /// The entry each record became, in order (`None` for a failed record).
    pub ids: Vec<Option<i64>>,
}

/// The columns of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
struct Row_ {
    key: String,
    doc_key: String,
    identifier: String,
    family: String,
    title: String,
    body_id: Option<BodyId>,
    entry_type: Option<String>,
    status: Option<String>,
    lifecycle: Option<String>,
    started: Option<String>,
    published: Option<String>,
    withdrawn: Option<String>,
    url: Option<String>,
    version: Option<String>,
    release: Option<String>,
}

impl Row_ {
    fn digest(&self) -> String {
        let text = serde_json::to_string(self).unwrap_or_default();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{h:016x}")
    }

    fn binds(&self) -> Vec<Bind> {
        vec![
            Bind::Text(self.key.clone()),
            Bind::Text(self.doc_key.clone()),
            Bind::Text(self.identifier.clone()),
            Bind::Text(self.family.clone()),
            Bind::Text(self.title.clone()),
            Bind::OptInt(self.body_id),
            Bind::OptText(self.entry_type.clone()),
            Bind::OptText(self.status.clone()),
            Bind::OptText(self.lifecycle.clone()),
            Bind::OptText(self.started.clone()),
            Bind::OptText(self.published.clone()),
            Bind::OptText(self.withdrawn.clone()),
            Bind::OptText(self.url.clone()),
            Bind::OptText(self.version.clone()),
            Bind::OptText(self.release.clone()),
            Bind::Text(self.digest()),
        ]
    }
}

const ROW_COLUMNS: &str = "key, doc_key, identifier, family, title, body_id, entry_type, status, lifecycle, started, published, \
                           withdrawn, url, version, release, digest";

fn row_from(r: &sqlx::any::AnyRow) -> Result<(i64, Row_, String)> {
    Ok((
        r.try_get("id")?,
        Row_ {
            key: r.try_get("key")?,
            doc_key: r.try_get("doc_key")?,
            identifier: r.try_get("identifier")?,
            family: r.try_get("family")?,
            title: r.try_get("title")?,
            body_id: r.try_get("body_id")?,
            entry_type: opt_text(r, "entry_type")?,
            status: opt_text(r, "status")?,
            lifecycle: opt_text(r, "lifecycle")?,
            started: opt_text(r, "started")?,
            published: opt_text(r, "published")?,
            withdrawn: opt_text(r, "withdrawn")?,
            url: opt_text(r, "url")?,
            version: opt_text(r, "version")?,
            release: opt_text(r, "release")?,
        },
        r.try_get("digest")?,
    ))
}

/// Orders versions: dotted numbers (3GPP, ETSI), draft revisions, W3C "MAT-YYYYMMDD" dates.
fn version_order(v: &str) -> Vec<u64> {
    let tail = v.rsplit('-').next().unwrap_or(v);
    tail.split('.').map(|p| p.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)).collect()
}

/// The incoming record laid over the stored row: what it states replaces, what it leaves out is
/// kept. A record of an older version than the one stored does not roll status and dates back.
fn merge(old: Option<&Row_>, new: Row_) -> Row_ {
    let Some(old) = old else { return new };
    let older = match (&old.version, &new.version) {
        (Some(a), Some(b)) => version_order(b) < version_order(a),
        _ => false,
    };
    let pick = |n: &Option<String>, o: &Option<String>| {
        if older { o.clone().or_else(|| n.clone()) } else { n.clone().or_else(|| o.clone()) }
    };
    // "2022-04" says less than "2022-04-29": a less precise date of the same day stays out.
    let date = |n: &Option<String>, o: &Option<String>| match (n, o) {
        (Some(a), Some(b)) if b.starts_with(a.as_str()) => Some(b.clone()),
        _ => pick(n, o),
    };
    let title = if title_says_nothing(&new.title, &[&new.identifier, &old.identifier]) {
        old.title.clone()
    } else {
        new.title.clone()
    };
    Row_ {
        key: new.key,
        doc_key: new.doc_key,
        identifier: new.identifier,
        family: new.family,
        title,
        body_id: new.body_id.or(old.body_id),
        entry_type: new.entry_type.or_else(|| old.entry_type.clone()),
        status: pick(&new.status, &old.status),
        lifecycle: pick(&new.lifecycle, &old.lifecycle),
        started: date(&new.started, &old.started),
        published: date(&new.published, &old.published),
        withdrawn: date(&new.withdrawn, &old.withdrawn),
        url: new.url.or_else(|| old.url.clone()),
        version: if older { old.version.clone() } else { new.version.or_else(|| old.version.clone()) },
        release: pick(&new.release, &old.release),
    }
}

/// A title that is empty or only repeats the identifier says nothing: a stored title wins.
fn title_says_nothing(title: &str, identifiers: &[&str]) -> bool {
    let k = name_key(title);
    k.is_empty() || identifiers.iter().any(|i| name_key(i) == k)
}

/// A topic of the taxonomy, with what relates to it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    pub id: i64,
    pub group: String,
    pub name: Option<String>,
    pub label: String,
    pub position: i64,
    pub all_sdos: bool,
    pub related: Vec<TopicBody>,
    pub entries: i64,
    pub source_ls_id: Option<i64>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct TopicBody {
    pub body_id: BodyId,
    pub body: String,
    pub especially: bool,
}

fn topic_key(group: &str, name: Option<&str>) -> String {
    format!("{}/{}", name_key(group), name.map(name_key).unwrap_or_default())
}

fn topic_label(group: &str, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{group} / {n}"),
        None => group.to_string(),
    }
}

/// The names a topic answers to: its label, its name, and its group when it has no name.
fn topic_names(group: &str, name: Option<&str>) -> Vec<String> {
    let mut out = vec![name_key(&topic_label(group, name))];
    match name {
        Some(n) => out.push(name_key(n)),
        None => out.push(name_key(group)),
    }
    out
}

/// One entry as shown.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub identifier: String,
    pub key: String,
    pub family: String,
    pub title: String,
    pub body_id: Option<BodyId>,
    pub body: Option<String>,
    pub entry_type: Option<String>,
    pub status: Option<String>,
    pub lifecycle: Option<String>,
    pub started: Option<String>,
    pub published: Option<String>,
    pub withdrawn: Option<String>,
    pub url: Option<String>,
    pub version: Option<String>,
    pub release: Option<String>,
    pub topics: Vec<String>,
    pub relations: Vec<EntryRelation>,
    pub sources: Vec<EntrySource>,
    pub created_at: String,
    pub updated_at: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct EntryRelation {
    pub kind: String,
    pub target: String,
    /// The entry the relation points at, when it is in the catalogue.
    pub target_id: Option<i64>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct EntrySource {
    pub kind: String,
    pub origin: String,
    pub ls_id: Option<i64>,
    pub at: String,
}

impl Entry {
    /// The entry as a record an importer reads: what JSON export writes and import reads back.
    pub fn to_record(&self) -> EntryRecord {
        EntryRecord {
            identifier: match (&self.version, Family::parse(&self.family)) {
                (Some(v), Some(Family::ThreeGpp | Family::Etsi)) => format!("{} V{v}", self.identifier),
                _ => self.identifier.clone(),
            },
            title: self.title.clone(),
            body: self.body.clone(),
            entry_type: self.entry_type.as_deref().and_then(EntryType::parse),
            status: self.status.clone(),
            lifecycle: self.lifecycle.as_deref().and_then(Lifecycle::parse),
            started: self.started.clone(),
            published: self.published.clone(),
            withdrawn: self.withdrawn.clone(),
            url: self.url.clone(),
            version: self.version.clone(),
            release: self.release.clone(),
            relations: self
                .relations
                .iter()
                .map(|r| Relation { kind: r.kind.clone(), target: r.target.clone() })
                .collect(),
            topics: self.topics.clone(),
        }
    }
}

/// Which entries to list.
#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    pub body: Option<String>,
    pub topic: Option<String>,
    pub lifecycle: Option<Lifecycle>,
    pub family: Option<Family>,
    /// Words to find in identifier or title.
    /// Published in this year.
    pub year: Option<i32>,
    pub text: Option<String>,
    /// At most so many entries (a page).
    pub limit: Option<i64>,
    /// Entries to skip first.
    pub offset: Option<i64>,
}

/// A proposal read from a statement.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub identifier: String,
    pub title: Option<String>,
    pub body_id: Option<BodyId>,
    pub body: Option<String>,
    pub entry_id: Option<i64>,
    pub context: Option<String>,
    pub status: String,
}

/// A gap record.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub priority: String,
    pub topic_id: Option<i64>,
    pub topic: Option<String>,
    pub organizations: Vec<String>,
    pub progress: String,
    pub updates: Vec<GapUpdate>,
    pub created_at: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct GapUpdate {
    pub on: String,
    pub progress: String,
    pub note: Option<String>,
}

pub const PRIORITIES: [&str; 3] = ["high", "medium", "low"];
pub const PROGRESS: [&str; 7] = ["not-started", "red", "yellow", "green", "closed", "withdrawn", "unknown"];

/// A correction of a catalogue entry: `None` keeps a field as it is. A new status sets the
/// lifecycle again, by the family's status words.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EntryEdit {
    pub title: Option<String>,
    pub status: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// A correction of a gap record: `None` keeps a field as it is.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GapEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub priority: Option<String>,
    pub topic: Option<String>,
    pub organizations: Option<Vec<String>>,
}

/// What a new gap record holds.
#[derive(Debug, Clone, Default)]
pub struct NewGap {
    pub title: String,
    pub description: Option<String>,
    pub priority: String,
    pub topic: Option<String>,
    pub organizations: Vec<String>,
}

impl Store {
    async fn topic_index(&self, conn: &mut AnyConnection) -> Result<HashMap<String, i64>> {
        let mut out = HashMap::new();
        for r in
            sqlx::query("SELECT id, topic_group, name FROM topics ORDER BY position, id").fetch_all(&mut *conn).await?
        {
            let (id, group, name): (i64, String, Option<String>) =
                (r.try_get("id")?, r.try_get("topic_group")?, opt_text(&r, "name")?);
            for k in topic_names(&group, name.as_deref()) {
                out.entry(k).or_insert(id);
            }
        }
        Ok(out)
    }

    /// Stores a batch of records in one transaction. Each record is matched by its identifier:
    /// the same key updates the entry; a reference without an edition updates the latest edition
    /// of the document. Unknown bodies become unconfirmed bodies and unknown topics new topics,
    /// both reported. A record that cannot be stored is reported and the others go on.
    pub async fn upsert_entries(
        &self,
        registry: &mut Registry,
        records: &[EntryRecord],
        sources: &[Source],
        who: &Who,
    ) -> Result<UpsertReport> {
        // One source for every record, or one per record.
        let source_of = |i: usize| sources.get(i).or_else(|| sources.first());
        let origin = sources.first().map_or_else(String::new, |s| s.origin.clone());
        let mut report = UpsertReport { ids: vec![None; records.len()], ..UpsertReport::default() };
        let mut tx = self.write().await?;
        let mut resolver = Resolver::new(registry, &origin);
        let mut topics = self.topic_index(&mut tx).await?;

        // Parse every identifier first, then load what is stored under those keys at once.
        let parsed: Vec<Option<Identifier>> = records.iter().map(EntryRecord::parsed).collect();
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for id in parsed.iter().flatten() {
            keys.insert(id.key());
            keys.insert(id.document_key());
        }
        let mut by_key: HashMap<String, (i64, Row_, String)> = HashMap::new();
        let mut by_doc: HashMap<String, Vec<String>> = HashMap::new();
        let keys: Vec<String> = keys.into_iter().collect();
        for chunk in keys.chunks(400) {
            let mut sql = Sql::new(&format!("SELECT id, {ROW_COLUMNS} FROM catalogue WHERE key IN ("));
            for (i, k) in chunk.iter().enumerate() {
                sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(k.clone()));
            }
            sql.push(") OR doc_key IN (");
            for (i, k) in chunk.iter().enumerate() {
                sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(k.clone()));
            }
            sql.push(")");
            for r in sql.query_on(self.backend).fetch_all(&mut *tx).await? {
                let (id, row, digest) = row_from(&r)?;
                by_doc.entry(row.doc_key.clone()).or_default().push(row.key.clone());
                by_key.insert(row.key.clone(), (id, row, digest));
            }
        }
        // References by title need every W3C entry at hand: their titles say which one is meant.
        let mut w3c_titles: HashMap<String, String> = HashMap::new();
        if parsed.iter().flatten().any(|i| i.by_title) {
            let sql = Sql::new(&format!("SELECT id, {ROW_COLUMNS} FROM catalogue WHERE family = 'w3c'"));
            for r in sql.query().fetch_all(&mut *tx).await? {
                let (id, row, digest) = row_from(&r)?;
                w3c_titles.insert(name_key(&row.title), row.key.clone());
                // Rows the key query already loaded are indexed once.
                if !by_key.contains_key(&row.key) {
                    by_doc.entry(row.doc_key.clone()).or_default().push(row.key.clone());
                    by_key.insert(row.key.clone(), (id, row, digest));
                }
            }
        }

        // Plan: what each record becomes. Records of one batch that name the same entry merge.
        let now = format_time(who.at);
        let mut creates: Vec<(String, Row_)> = Vec::new();
        // Entry id to (row as stored, row to store): records naming one entry merge into one update.
        let mut updates: Vec<(i64, Row_, Row_)> = Vec::new();
        let mut update_slot: HashMap<i64, usize> = HashMap::new();
        let mut pending_keys: HashMap<String, usize> = HashMap::new();
        let mut links: Vec<(String, Vec<i64>, Vec<Relation>, usize)> = Vec::new();
        for (i, rec) in records.iter().enumerate() {
            let Some(id) = parsed[i].clone() else {
                report.failed.push((
                    i,
                    rec.identifier.clone(),
                    format!("identifier not understood: {:?}", rec.identifier),
                ));
                continue;
            };
            // Which stored key the record names.
            let mut key = id.key();
            if id.by_title {
                if let Some(k) = w3c_titles.get(&name_key(id.document.trim_start_matches("W3C "))) {
                    key = k.clone();
                }
            } else if id.edition.is_none() && !by_key.contains_key(&key) {
                // A document without edition: its latest stored edition.
                if let Some(latest) = by_doc.get(&id.document_key()).and_then(|ks| {
                    ks.iter().filter_map(|k| by_key.get(k)).max_by_key(|(_, r, _)| (r.published.clone(), r.key.clone()))
                }) {
                    key = latest.1.key.clone();
                }
            } else if id.edition.is_some() && !by_key.contains_key(&key) {
                // An edition of a document stored without one: that entry gains its edition.
                if let Some(k) =
                    by_doc.get(&id.document_key()).and_then(|ks| ks.iter().find(|k| **k == id.document_key()))
                {
                    key = k.clone();
                }
            }
            let body = match rec.body.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
                Some(b) => Some(b.to_string()),
                None => Some(id.family.organization().to_string()),
            };
            let body_id = match body {
                Some(b) => {
                    match resolver.resolve(&mut tx, &NameRef::same(&b), "body", who, &mut report.warnings).await? {
                        Resolution::Body(b) => Some(b),
                        _ => None,
                    }
                }
                None => None,
            };
            let identifier = if key == id.key() || id.by_title {
                id.entry_name()
            } else {
                by_key.get(&key).map_or(id.entry_name(), |e| e.1.identifier.clone())
            };
            let title = if rec.title.trim().is_empty() {
                id.entry_name()
            } else {
                rec.title.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            let new_row = Row_ {
                key: key.clone(),
                doc_key: by_key.get(&key).map_or(id.document_key(), |e| e.1.doc_key.clone()),
                identifier,
                family: id.family.as_str().to_string(),
                title,
                body_id,
                entry_type: rec.entry_type.map(|t| t.as_str().to_string()),
                status: rec.status.clone(),
                lifecycle: rec.derived_lifecycle().map(|l| l.as_str().to_string()),
                started: rec.started.clone(),
                published: rec.published.clone(),
                withdrawn: rec.withdrawn.clone(),
                url: rec.url.clone(),
                version: id.version.clone().or_else(|| rec.version.clone()),
                release: rec.release.clone(),
            };
            // An edition gained: the entry moves to the key of its edition.
            let new_row = if key != id.key() && !id.by_title && id.edition.is_some() {
                Row_ { key: id.key(), doc_key: id.document_key(), identifier: id.entry_name(), ..new_row }
            } else {
                new_row
            };
            if rec.status.is_some() && new_row.lifecycle.is_none() {
                report.warnings.push(Warning::new(
                    "status",
                    format!("{}: status not understood; kept as written, lifecycle unknown", id.entry_name()),
                    rec.status.as_deref(),
                ));
            }
            let mut topic_ids = Vec::new();
            for t in &rec.topics {
                let k = name_key(t);
                if k.is_empty() {
                    continue;
                }
                let tid = match topics.get(&k) {
                    Some(id) => *id,
                    None => {
                        let id = insert_topic(&mut tx, t.trim(), None, false, None, who).await?;
                        for k in topic_names(t.trim(), None) {
                            topics.insert(k, id);
                        }
                        report.new_topics.push(t.trim().to_string());
                        report.warnings.push(Warning::new(
                            "topics",
                            format!("topic {:?} was not in the taxonomy: added as a topic group", t.trim()),
                            None,
                        ));
                        id
                    }
                };
                if !topic_ids.contains(&tid) {
                    topic_ids.push(tid);
                }
            }
            match by_key.get(&key).map(|(eid, old, _)| (*eid, old.clone())) {
                Some((eid, old)) => {
                    let merged = merge(Some(&old), new_row);
                    match update_slot.get(&eid) {
                        Some(&slot) => {
                            report.merged += 1;
                            updates[slot].2 = merged.clone();
                        }
                        None => {
                            update_slot.insert(eid, updates.len());
                            updates.push((eid, old, merged.clone()));
                        }
                    }
                    by_key.insert(merged.key.clone(), (eid, merged.clone(), String::new()));
                    report.ids[i] = Some(eid);
                    links.push((merged.key, topic_ids, rec.relations.clone(), i));
                }
                None => match pending_keys.get(&new_row.key) {
                    Some(&slot) => {
                        report.merged += 1;
                        let merged = merge(Some(&creates[slot].1), new_row);
                        creates[slot].1 = merged.clone();
                        links.push((merged.key, topic_ids, rec.relations.clone(), i));
                    }
                    None => {
                        pending_keys.insert(new_row.key.clone(), creates.len());
                        links.push((new_row.key.clone(), topic_ids, rec.relations.clone(), i));
                        creates.push((new_row.key.clone(), new_row));
                    }
                },
            }
        }

        // Write: new entries in multi-row inserts, changed ones one by one.
        let mut id_of: HashMap<String, i64> = by_key.iter().map(|(k, v)| (k.clone(), v.0)).collect();
        let mut evs: Vec<(&str, &str, i64, serde_json::Value)> = Vec::new();
        for chunk in creates.chunks(200) {
            let rows = chunk
                .iter()
                .map(|(_, r)| {
                    let mut b = r.binds();
                    b.push(Bind::Text(now.clone()));
                    b.push(Bind::Text(now.clone()));
                    b
                })
                .collect();
            let mut sql = Sql::new(&format!("INSERT INTO catalogue ({ROW_COLUMNS}, created_at, updated_at) VALUES "));
            sql.values(rows).push(" RETURNING id, key");
            for r in sql.query_on(self.backend).fetch_all(&mut *tx).await? {
                id_of.insert(r.try_get("key")?, r.try_get("id")?);
            }
            for (key, row) in chunk {
                if let Some(id) = id_of.get(key) {
                    evs.push((
                        "catalogue.created",
                        "catalogue",
                        *id,
                        serde_json::json!({ "entry": row, "source": origin }),
                    ));
                }
            }
        }
        report.created = creates.len();
        for (id, old, merged) in &updates {
            if merged.digest() == old.digest() {
                report.unchanged += 1;
                continue;
            }
            let mut sql = Sql::new("UPDATE catalogue SET ");
            let names = ROW_COLUMNS.split(", ").collect::<Vec<_>>();
            for (i, (col, b)) in names.iter().zip(merged.binds()).enumerate() {
                sql.push(if i == 0 { "" } else { ", " }).push(col).push(" = ").bind(b);
            }
            sql.push(", updated_at = ").bind(Bind::Text(now.clone())).push(" WHERE id = ").bind(Bind::Int(*id));
            sql.query().execute(&mut *tx).await?;
            evs.push((
                "catalogue.updated",
                "catalogue",
                *id,
                serde_json::json!({ "from": old, "to": merged, "source": origin }),
            ));
            report.updated += 1;
        }
        for (i, id) in report.ids.iter_mut().enumerate() {
            if id.is_none() && !report.failed.iter().any(|f| f.0 == i) {
                *id = parsed[i].as_ref().and_then(|p| id_of.get(&p.key()).copied());
            }
        }
        // Topics, relations and sources are added, never removed, by an import.
        let mut topic_rows = Vec::new();
        let mut relation_rows = Vec::new();
        let mut source_rows = Vec::new();
        let mut seen_sources = BTreeSet::new();
        for (key, topic_ids, relations, i) in &links {
            let Some(&id) = id_of.get(key) else { continue };
            for t in topic_ids {
                topic_rows.push(vec![Bind::Int(id), Bind::Int(*t)]);
            }
            for r in relations {
                let target_key = liaise_core::catalogue::parse(&r.target).map(|t| t.key());
                relation_rows.push(vec![
                    Bind::Int(id),
                    Bind::Text(relation_kind(&r.kind)),
                    Bind::Text(r.target.clone()),
                    Bind::OptText(target_key),
                ]);
            }
            let Some(source) = source_of(*i) else { continue };
            if seen_sources.insert((id, source.kind.clone(), source.origin.clone())) {
                source_rows.push(vec![
                    Bind::Int(id),
                    Bind::Text(source.kind.clone()),
                    Bind::Text(source.origin.clone()),
                    Bind::OptInt(source.ls_id),
                    Bind::Text(now.clone()),
                ]);
            }
        }
        for (table, columns, rows) in [
            ("catalogue_topics", "entry_id, topic_id", topic_rows),
            ("catalogue_relations", "entry_id, kind, target, target_key", relation_rows),
            ("catalogue_sources", "entry_id, kind, origin, ls_id, at", source_rows),
        ] {
            for chunk in rows.chunks(500) {
                let mut sql = Sql::new(&format!("INSERT INTO {table} ({columns}) VALUES "));
                sql.values(chunk.to_vec()).push(" ON CONFLICT DO NOTHING");
                sql.query_on(self.backend).execute(&mut *tx).await?;
            }
        }
        events::append_many(&mut tx, self.backend, who, evs).await?;
        tx.commit().await?;
        report.new_bodies = resolver.created.iter().map(|b| b.canonical.clone()).collect();
        let created = std::mem::take(&mut resolver.created);
        for b in created {
            registry.insert(b);
        }
        Ok(report)
    }

    /// Entries that pass a filter, by identifier.
    fn entry_filter(&self, reg: &Registry, f: &EntryFilter, topic: Option<i64>, columns: &str) -> Result<Sql> {
        let mut sql = Sql::new(&format!("SELECT {columns} FROM catalogue WHERE 1 = 1"));
        if let Some(b) = &f.body {
            let body = reg.lookup(b).ok_or_else(|| StoreError::NotFound(format!("no body is named {b:?}")))?;
            sql.push(" AND body_id = ").bind(Bind::Int(body.id));
        }
        if let Some(topic) = topic {
            sql.push(" AND id IN (SELECT entry_id FROM catalogue_topics WHERE topic_id = ")
                .bind(Bind::Int(topic))
                .push(")");
        }
        if let Some(l) = f.lifecycle {
            sql.push(" AND lifecycle = ").bind(Bind::Text(l.as_str().into()));
        }
        if let Some(fam) = f.family {
            sql.push(" AND family = ").bind(Bind::Text(fam.as_str().into()));
        }
        if let Some(y) = f.year {
            sql.push(" AND published LIKE ").bind(Bind::Text(format!("{y:04}%")));
        }
        if let Some(t) = &f.text {
            // The text is looked for literally: a % or _ in it is no wildcard.
            let pattern = format!("%{}%", crate::sql::like_literal(&t.to_lowercase()));
            sql.push(" AND (LOWER(identifier) LIKE ").bind(Bind::Text(pattern.clone())).push(" ESCAPE '\\'");
            sql.push(" OR LOWER(title) LIKE ").bind(Bind::Text(pattern)).push(" ESCAPE '\\')");
        }
        Ok(sql)
    }

    async fn filter_topic(&self, f: &EntryFilter) -> Result<Option<i64>> {
        Ok(match &f.topic {
            Some(t) => Some(self.find_topic(t).await?.id),
            None => None,
        })
    }

    pub async fn entries(&self, f: &EntryFilter) -> Result<Vec<Entry>> {
        let reg = self.shared_registry().await?;
        let topic = self.filter_topic(f).await?;
        let mut sql = self.entry_filter(&reg, f, topic, &format!("id, {ROW_COLUMNS}, created_at, updated_at"))?;
        sql.push(" ORDER BY family, identifier, id");
        if let Some(n) = f.limit {
            sql.push(" LIMIT ").bind(Bind::Int(n.max(0)));
            sql.push(" OFFSET ").bind(Bind::Int(f.offset.unwrap_or(0).max(0)));
        }
        let rows = sql.query().fetch_all(&self.pool).await?;
        self.entries_from(&reg, &rows).await
    }

    /// How many entries pass a filter (its limit and offset aside).
    pub async fn count_entries(&self, f: &EntryFilter) -> Result<i64> {
        let reg = self.shared_registry().await?;
        let topic = self.filter_topic(f).await?;
        let sql = self.entry_filter(&reg, f, topic, "COUNT(*)")?;
        Ok(sql.query().fetch_one(&self.pool).await?.try_get(0)?)
    }

    async fn entries_from(&self, reg: &Registry, rows: &[sqlx::any::AnyRow]) -> Result<Vec<Entry>> {
        let ids: Vec<i64> = rows.iter().map(|r| r.try_get("id")).collect::<Result<_, _>>()?;
        let mut topics: HashMap<i64, Vec<String>> = HashMap::new();
        let mut relations: HashMap<i64, Vec<EntryRelation>> = HashMap::new();
        let mut sources: HashMap<i64, Vec<EntrySource>> = HashMap::new();
        for chunk in ids.chunks(400) {
            let list = |sql: &mut Sql| {
                for (i, id) in chunk.iter().enumerate() {
                    sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*id));
                }
                sql.push(")");
            };
            let mut q = Sql::new(
                "SELECT c.entry_id, t.topic_group, t.name FROM catalogue_topics c JOIN topics t ON t.id = c.topic_id WHERE c.entry_id IN (",
            );
            list(&mut q);
            for r in q.query_on(self.backend).fetch_all(&self.pool).await? {
                let (g, n): (String, Option<String>) = (r.try_get("topic_group")?, opt_text(&r, "name")?);
                topics.entry(r.try_get("entry_id")?).or_default().push(topic_label(&g, n.as_deref()));
            }
            // The target's id comes from a join on its key: reading every key of the catalogue
            // to look them up made a page of 50 of 100,000 entries take seconds.
            let mut q = Sql::new(
                "SELECT r.entry_id, r.kind, r.target, c.id AS target_id FROM catalogue_relations r \
                 LEFT JOIN catalogue c ON c.key = r.target_key WHERE r.entry_id IN (",
            );
            list(&mut q);
            for r in q.query_on(self.backend).fetch_all(&self.pool).await? {
                relations.entry(r.try_get("entry_id")?).or_default().push(EntryRelation {
                    kind: r.try_get("kind")?,
                    target: r.try_get("target")?,
                    target_id: r.try_get("target_id")?,
                });
            }
            let mut q = Sql::new("SELECT entry_id, kind, origin, ls_id, at FROM catalogue_sources WHERE entry_id IN (");
            list(&mut q);
            for r in q.query_on(self.backend).fetch_all(&self.pool).await? {
                sources.entry(r.try_get("entry_id")?).or_default().push(EntrySource {
                    kind: r.try_get("kind")?,
                    origin: r.try_get("origin")?,
                    ls_id: r.try_get("ls_id")?,
                    at: r.try_get("at")?,
                });
            }
        }
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (id, row, _) = row_from(r)?;
            out.push(Entry {
                id,
                identifier: row.identifier,
                key: row.key,
                family: row.family,
                title: row.title,
                body_id: row.body_id.map(|b| reg.current(b)),
                body: row.body_id.and_then(|b| reg.canonical(b)).map(str::to_string),
                entry_type: row.entry_type,
                status: row.status,
                lifecycle: row.lifecycle,
                started: row.started,
                published: row.published,
                withdrawn: row.withdrawn,
                url: row.url,
                version: row.version,
                release: row.release,
                topics: topics.remove(&id).unwrap_or_default(),
                relations: relations.remove(&id).unwrap_or_default(),
                sources: sources.remove(&id).unwrap_or_default(),
                created_at: r.try_get("created_at")?,
                updated_at: r.try_get("updated_at")?,
            });
        }
        Ok(out)
    }

    /// One entry by id or by any writing of its identifier (without an edition: the latest).
    pub async fn entry(&self, id_or_identifier: &str) -> Result<Entry> {
        let reg = self.shared_registry().await?;
        let select = format!("SELECT id, {ROW_COLUMNS}, created_at, updated_at FROM catalogue WHERE ");
        let rows = if let Ok(id) = id_or_identifier.trim().parse::<i64>() {
            let mut sql = Sql::new(&select);
            sql.push("id = ").bind(Bind::Int(id));
            sql.query().fetch_all(&self.pool).await?
        } else {
            let parsed = liaise_core::catalogue::parse(id_or_identifier).ok_or_else(|| {
                StoreError::Invalid(format!(
                    "{id_or_identifier:?} is neither an entry id nor an identifier liaise reads"
                ))
            })?;
            let mut sql = Sql::new(&select);
            sql.push("key = ").bind(Bind::Text(parsed.key()));
            let exact = sql.query().fetch_all(&self.pool).await?;
            if exact.is_empty() {
                let mut sql = Sql::new(&select);
                sql.push("doc_key = ")
                    .bind(Bind::Text(parsed.document_key()))
                    .push(" ORDER BY published DESC, key DESC LIMIT 1");
                sql.query().fetch_all(&self.pool).await?
            } else {
                exact
            }
        };
        self.entries_from(&reg, &rows)
            .await?
            .pop()
            .ok_or_else(|| StoreError::NotFound(format!("no catalogue entry is {id_or_identifier:?}")))
    }

    /// Attaches an entry to topics, or detaches it.
    pub async fn tag_entry(&self, entry: &str, topics: &[String], attach: bool, who: &Who) -> Result<Entry> {
        let e = self.entry(entry).await?;
        let mut ids = Vec::new();
        for t in topics {
            ids.push(self.find_topic(t).await?);
        }
        let mut tx = self.write().await?;
        for t in &ids {
            let sql = if attach {
                "INSERT INTO catalogue_topics (entry_id, topic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
            } else {
                "DELETE FROM catalogue_topics WHERE entry_id = $1 AND topic_id = $2"
            };
            sqlx::query(sql).bind(e.id).bind(t.id).execute(&mut *tx).await?;
        }
        let labels: Vec<&str> = ids.iter().map(|t| t.label.as_str()).collect();
        let kind = if attach { "catalogue.tagged" } else { "catalogue.untagged" };
        events::append(&mut tx, who, kind, "catalogue", e.id, &serde_json::json!({ "topics": labels })).await?;
        tx.commit().await?;
        self.entry(&e.id.to_string()).await
    }

    /// The taxonomy, in order, with related bodies and entry counts.
    pub async fn topics(&self) -> Result<Vec<Topic>> {
        let reg = self.shared_registry().await?;
        let mut related: HashMap<i64, Vec<TopicBody>> = HashMap::new();
        for r in
            sqlx::query("SELECT topic_id, body_id, especially FROM topic_bodies ORDER BY topic_id, especially, body_id")
                .fetch_all(&self.pool)
                .await?
        {
            let b: i64 = r.try_get("body_id")?;
            let especially: i64 = r.try_get("especially")?;
            related.entry(r.try_get("topic_id")?).or_default().push(TopicBody {
                body_id: reg.current(b),
                body: reg.canonical(b).unwrap_or("?").to_string(),
                especially: especially != 0,
            });
        }
        let counts: HashMap<i64, i64> =
            sqlx::query("SELECT topic_id, COUNT(*) AS n FROM catalogue_topics GROUP BY topic_id")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get("topic_id")?, r.try_get("n")?)))
                .collect::<Result<_>>()?;
        let mut out = Vec::new();
        for r in sqlx::query(
            "SELECT id, topic_group, name, position, all_sdos, source_ls_id FROM topics ORDER BY position, id",
        )
        .fetch_all(&self.pool)
        .await?
        {
            let id: i64 = r.try_get("id")?;
            let (group, name): (String, Option<String>) = (r.try_get("topic_group")?, opt_text(&r, "name")?);
            let all: i64 = r.try_get("all_sdos")?;
            out.push(Topic {
                id,
                label: topic_label(&group, name.as_deref()),
                group,
                name,
                position: r.try_get("position")?,
                all_sdos: all != 0,
                related: related.remove(&id).unwrap_or_default(),
                entries: counts.get(&id).copied().unwrap_or(0),
                source_ls_id: r.try_get("source_ls_id")?,
            });
        }
        Ok(out)
    }

    /// A topic by id, label ("Infrastructure / Cloud network"), name or group.
    pub async fn find_topic(&self, name: &str) -> Result<Topic> {
        let all = self.topics().await?;
        if let Ok(id) = name.trim().parse::<i64>()
            && let Some(t) = all.iter().find(|t| t.id == id)
        {
            return Ok(t.clone());
        }
        let k = name_key(name);
        let matches: Vec<&Topic> =
            all.iter().filter(|t| topic_names(&t.group, t.name.as_deref()).contains(&k)).collect();
        match matches.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(StoreError::NotFound(format!("no topic is named {name:?} (see liaise topics list)"))),
            many => Err(StoreError::Conflict(format!(
                "{name:?} names {} topics ({}); use one's id or its full label",
                many.len(),
                many.iter().map(|t| t.label.as_str()).collect::<Vec<_>>().join(", ")
            ))),
        }
    }

    /// Seeds the taxonomy from a statement's topic table: adds the topics it lacks and relates
    /// the bodies the table names; what a person edited stays.
    pub async fn seed_topics(&self, ls_id: i64, who: &Who) -> Result<(usize, usize)> {
        let view = self.get_ls(&ls_id.to_string()).await?;
        if view.record.topics.is_empty() {
            return Err(StoreError::Invalid(format!("statement #{ls_id} has no table of topics")));
        }
        let mut tx = self.write().await?;
        let existing: HashMap<String, i64> = sqlx::query("SELECT id, key FROM topics")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("key")?, r.try_get("id")?)))
            .collect::<Result<_>>()?;
        let (mut added, mut related) = (0, 0);
        for (i, row) in view.record.topics.iter().enumerate() {
            let all_sdos = view.names.iter().any(|n| {
                n.topic == Some(i) && n.body_id.is_none() && n.body.as_deref() == Some(liaise_core::registry::ALL_SDOS)
            });
            let key = topic_key(&row.group, row.topic.as_deref());
            let id = match existing.get(&key) {
                Some(id) => *id,
                None => match adoptable(&mut tx, &row.group, row.topic.as_deref()).await? {
                    // A catalogue imported before the taxonomy named this topic on its own:
                    // that topic takes its place in the table instead of staying an orphan.
                    Some(orphan) => {
                        sqlx::query(
                            "UPDATE topics SET topic_group = $1, name = $2, key = $3, all_sdos = $4, source_ls_id = $5, updated_at = $6 WHERE id = $7",
                        )
                        .bind(row.group.trim().to_string())
                        .bind(row.topic.as_deref().map(|t| t.trim().to_string()))
                        .bind(key.clone())
                        .bind(i64::from(all_sdos))
                        .bind(ls_id)
                        .bind(format_time(who.at))
                        .bind(orphan)
                        .execute(&mut *tx)
                        .await?;
                        let data =
                            serde_json::json!({ "to": topic_label(&row.group, row.topic.as_deref()), "ls_id": ls_id });
                        events::append(&mut tx, who, "topic.adopted", "topic", orphan, &data).await?;
                        orphan
                    }
                    None => {
                        added += 1;
                        insert_topic(&mut tx, &row.group, row.topic.as_deref(), all_sdos, Some(ls_id), who).await?
                    }
                },
            };
            for n in view.names.iter().filter(|n| n.topic == Some(i)) {
                let Some(b) = n.body_id else { continue };
                let especially = i64::from(n.list == liaise_core::BodyList::TopicEspecially);
                let done = sqlx::query("INSERT INTO topic_bodies (topic_id, body_id, especially) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(b)
                    .bind(especially)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                related += done as usize;
            }
        }
        events::append(
            &mut tx,
            who,
            "topics.seeded",
            "ls",
            ls_id,
            &serde_json::json!({ "added": added, "related": related }),
        )
        .await?;
        tx.commit().await?;
        Ok((added, related))
    }

    /// Adds a topic.
    pub async fn add_topic(&self, group: &str, name: Option<&str>, who: &Who) -> Result<i64> {
        let mut tx = self.write().await?;
        refuse_taken_name(&mut tx, group, name, None).await?;
        let id = insert_topic(&mut tx, group, name, false, None, who).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Relates a body to a topic, or unrelates it.
    pub async fn relate_topic(&self, topic: &str, body: &str, especially: bool, relate: bool, who: &Who) -> Result<()> {
        let t = self.find_topic(topic).await?;
        let b = self.find_body(body).await?;
        let mut tx = self.write().await?;
        if relate {
            sqlx::query(
                "INSERT INTO topic_bodies (topic_id, body_id, especially) VALUES ($1, $2, $3) ON CONFLICT (topic_id, body_id) DO UPDATE SET especially = excluded.especially",
            )
            .bind(t.id)
            .bind(b.id)
            .bind(i64::from(especially))
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM topic_bodies WHERE topic_id = $1 AND body_id = $2")
                .bind(t.id)
                .bind(b.id)
                .execute(&mut *tx)
                .await?;
        }
        let kind = if relate { "topic.related" } else { "topic.unrelated" };
        events::append(
            &mut tx,
            who,
            kind,
            "topic",
            t.id,
            &serde_json::json!({ "body": b.canonical, "especially": especially }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Merges one topic into another: its entries and related bodies move to `into`, and it
    /// goes. Both are recorded in one event on each topic.
    pub async fn merge_topics(&self, from: &str, into: &str, who: &Who) -> Result<(i64, i64)> {
        let (f, t) = (self.find_topic(from).await?, self.find_topic(into).await?);
        if f.id == t.id {
            return Err(StoreError::Conflict(format!("{from:?} and {into:?} are the same topic ({})", f.label)));
        }
        let mut tx = self.write().await?;
        let entries = sqlx::query(
            "INSERT INTO catalogue_topics (entry_id, topic_id) SELECT entry_id, $1 FROM catalogue_topics WHERE topic_id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(t.id)
        .bind(f.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "INSERT INTO topic_bodies (topic_id, body_id, especially) SELECT $1, body_id, especially FROM topic_bodies WHERE topic_id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(t.id)
        .bind(f.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE gaps SET topic_id = $1 WHERE topic_id = $2")
            .bind(t.id)
            .bind(f.id)
            .execute(&mut *tx)
            .await?;
        delete_topic_rows(&mut tx, f.id).await?;
        let data = serde_json::json!({ "from": f.label, "into": t.label, "entries_moved": entries });
        events::append(&mut tx, who, "topic.merged", "topic", f.id, &data).await?;
        events::append(&mut tx, who, "topic.merged_in", "topic", t.id, &data).await?;
        tx.commit().await?;
        Ok((t.id, entries as i64))
    }

    /// Deletes a topic. Its entries stay in the catalogue, untagged from it; the event keeps
    /// which they were.
    pub async fn delete_topic(&self, topic: &str, who: &Who) -> Result<Topic> {
        let t = self.find_topic(topic).await?;
        let mut tx = self.write().await?;
        let entries: Vec<i64> = sqlx::query("SELECT entry_id FROM catalogue_topics WHERE topic_id = $1")
            .bind(t.id)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?;
        delete_topic_rows(&mut tx, t.id).await?;
        let data = serde_json::json!({ "label": t.label, "entries": entries });
        events::append(&mut tx, who, "topic.deleted", "topic", t.id, &data).await?;
        tx.commit().await?;
        Ok(t)
    }

    /// Renames a topic.
    pub async fn rename_topic(&self, topic: &str, group: &str, name: Option<&str>, who: &Who) -> Result<()> {
        let t = self.find_topic(topic).await?;
        let mut tx = self.write().await?;
        refuse_taken_name(&mut tx, group, name, Some(t.id)).await?;
        sqlx::query("UPDATE topics SET topic_group = $1, name = $2, key = $3, updated_at = $4 WHERE id = $5")
            .bind(group.to_string())
            .bind(name.map(str::to_string))
            .bind(topic_key(group, name))
            .bind(format_time(who.at))
            .bind(t.id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "from": t.label, "to": topic_label(group, name) });
        events::append(&mut tx, who, "topic.renamed", "topic", t.id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Proposals read from statements.
    pub async fn proposals(&self, ls_id: Option<i64>, status: Option<&str>) -> Result<Vec<Proposal>> {
        let reg = self.shared_registry().await?;
        let mut sql = Sql::new(
            "SELECT p.id, p.ls_id, l.doc_number, p.identifier, p.title, p.body_id, p.entry_id, p.context, p.status \
             FROM catalogue_proposals p JOIN ls l ON l.id = p.ls_id WHERE 1 = 1",
        );
        if let Some(l) = ls_id {
            sql.push(" AND p.ls_id = ").bind(Bind::Int(l));
        }
        if let Some(s) = status {
            sql.push(" AND p.status = ").bind(Bind::Text(s.into()));
        }
        sql.push(" ORDER BY p.id");
        let mut out = Vec::new();
        let keys: HashMap<String, (i64, String)> = sqlx::query("SELECT id, key, doc_key FROM catalogue")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<String, _>("key")?, (r.try_get("id")?, r.try_get("doc_key")?))))
            .collect::<Result<_>>()?;
        for r in sql.query().fetch_all(&self.pool).await? {
            let body_id: Option<i64> = r.try_get("body_id")?;
            let identifier: String = r.try_get("identifier")?;
            // A proposal made before the catalogue had its entry matches it now.
            let entry_id: Option<i64> = r.try_get::<Option<i64>, _>("entry_id")?.or_else(|| {
                let id = liaise_core::catalogue::parse(&identifier)?;
                keys.get(&id.key())
                    .map(|(e, _)| *e)
                    .or_else(|| keys.values().filter(|(_, d)| *d == id.document_key()).map(|(e, _)| *e).max())
            });
            out.push(Proposal {
                id: r.try_get("id")?,
                ls_id: r.try_get("ls_id")?,
                doc_number: opt_text(&r, "doc_number")?,
                identifier,
                title: opt_text(&r, "title")?,
                body_id: body_id.map(|b| reg.current(b)),
                body: body_id.and_then(|b| reg.canonical(b)).map(str::to_string),
                entry_id,
                context: opt_text(&r, "context")?,
                status: r.try_get("status")?,
            });
        }
        Ok(out)
    }

    /// Accepts a proposal: the entry is created (or the matched one updated), linked to the
    /// statement and its sender, and attached to the topics given.
    pub async fn accept_proposal(&self, id: i64, topics: &[String], who: &Who) -> Result<i64> {
        let p = self
            .proposals(None, None)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| StoreError::NotFound(format!("no proposal has the id {id}")))?;
        if p.status != "proposed" {
            return Err(StoreError::Conflict(format!("proposal {id} is already {}", p.status)));
        }
        // Topics are named by id or any name; the entry is tagged with the topics found, by
        // label, so that "11" (an id) never becomes a topic of its own (issue 9, item 5).
        let mut labels = Vec::new();
        for t in topics {
            labels.push(self.find_topic(t).await?.label);
        }
        // An entry the catalogue has already keeps its title: a reply's paraphrase ("VR profiles
        // for streaming") is no better than the body's own record.
        let title = match self.entry(&p.identifier).await {
            Ok(existing) => existing.title,
            Err(_) => p.title.clone().unwrap_or_default(),
        };
        let record = EntryRecord {
            identifier: p.identifier.clone(),
            title,
            body: p.body.clone(),
            topics: labels,
            ..EntryRecord::default()
        };
        let mut reg = self.registry().await?;
        let source = Source { kind: "ls".into(), origin: format!("ls:{}", p.ls_id), ls_id: Some(p.ls_id) };
        let report = self.upsert_entries(&mut reg, &[record], &[source], who).await?;
        let entry = report.ids.first().copied().flatten().ok_or_else(|| {
            StoreError::Invalid(
                report.failed.first().map_or("the entry could not be stored".to_string(), |f| f.2.clone()),
            )
        })?;
        let mut tx = self.write().await?;
        sqlx::query("UPDATE catalogue_proposals SET status = 'accepted', entry_id = $1, updated_at = $2 WHERE id = $3")
            .bind(entry)
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        events::append(
            &mut tx,
            who,
            "proposal.accepted",
            "proposal",
            id,
            &serde_json::json!({ "entry_id": entry, "to": "accepted" }),
        )
        .await?;
        tx.commit().await?;
        Ok(entry)
    }

    /// Rejects a proposal.
    pub async fn reject_proposal(&self, id: i64, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let n = sqlx::query(
            "UPDATE catalogue_proposals SET status = 'rejected', updated_at = $1 WHERE id = $2 AND status = 'proposed'",
        )
        .bind(format_time(who.at))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound(format!("no open proposal has the id {id}")));
        }
        events::append(&mut tx, who, "proposal.rejected", "proposal", id, &serde_json::json!({ "to": "rejected" }))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a gap record.
    pub async fn add_gap(&self, new: &NewGap, who: &Who) -> Result<i64> {
        if !PRIORITIES.contains(&new.priority.as_str()) {
            return Err(StoreError::Invalid(format!("priority {:?}: one of {}", new.priority, PRIORITIES.join(", "))));
        }
        if new.title.trim().is_empty() {
            return Err(StoreError::Invalid("a gap needs a title".into()));
        }
        let topic = match &new.topic {
            Some(t) => Some(self.find_topic(t).await?.id),
            None => None,
        };
        let mut bodies = Vec::new();
        for o in &new.organizations {
            bodies.push(self.find_body(o).await?.id);
        }
        let now = format_time(who.at);
        let mut tx = self.write().await?;
        let mut sql = Sql::new(
            "INSERT INTO gaps (title, description, priority, topic_id, progress, created_at, updated_at) VALUES ",
        );
        sql.values(vec![vec![
            Bind::Text(new.title.trim().to_string()),
            Bind::OptText(new.description.clone()),
            Bind::Text(new.priority.clone()),
            Bind::OptInt(topic),
            Bind::Text("not-started".into()),
            Bind::Text(now.clone()),
            Bind::Text(now),
        ]])
        .push(" RETURNING id");
        let id = crate::sql::insert_returning_id(&mut tx, &sql).await?;
        for b in &bodies {
            sqlx::query("INSERT INTO gap_bodies (gap_id, body_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(*b)
                .execute(&mut *tx)
                .await?;
        }
        let data = serde_json::json!({ "title": new.title, "priority": new.priority, "topic_id": topic, "organizations": new.organizations, "to": "not-started" });
        events::append(&mut tx, who, "gap.created", "gap", id, &data).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Corrects a catalogue entry; the event keeps the entry as it was.
    pub async fn edit_entry(&self, entry: &str, edit: &EntryEdit, who: &Who) -> Result<Entry> {
        let e = self.entry(entry).await?;
        if edit.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
            return Err(StoreError::Invalid("an entry needs a title".into()));
        }
        let lifecycle = match &edit.status {
            Some(s) => {
                let family = liaise_core::catalogue::Family::parse(&e.family);
                Some(liaise_core::catalogue::lifecycle(family, s, e.version.as_deref()).map(|l| l.as_str().to_string()))
            }
            None => None,
        };
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE catalogue SET title = COALESCE($1, title), status = COALESCE($2, status), url = COALESCE($3, url), \
             published = COALESCE($4, published), lifecycle = CASE WHEN $5 THEN $6 ELSE lifecycle END, updated_at = $7 WHERE id = $8",
        )
        .bind(edit.title.as_ref().map(|t| t.trim().to_string()))
        .bind(edit.status.clone())
        .bind(edit.url.clone())
        .bind(edit.published.clone())
        .bind(lifecycle.is_some())
        .bind(lifecycle.clone().flatten())
        .bind(format_time(who.at))
        .bind(e.id)
        .execute(&mut *tx)
        .await?;
        let data = serde_json::json!({ "before": e, "edit": edit });
        events::append(&mut tx, who, "catalogue.edited", "catalogue", e.id, &data).await?;
        tx.commit().await?;
        self.entry(&e.id.to_string()).await
    }

    /// Withdraws an entry that should not be in the catalogue (a wrong import, a mistaken
    /// proposal): it and its tags, relations and sources go; the event keeps it whole. A
    /// proposal it came from is proposed again.
    pub async fn withdraw_entry(&self, entry: &str, reason: &str, who: &Who) -> Result<Entry> {
        let e = self.entry(entry).await?;
        let mut tx = self.write().await?;
        sqlx::query(
            "UPDATE catalogue_proposals SET status = 'proposed', entry_id = NULL, updated_at = $1 WHERE entry_id = $2",
        )
        .bind(format_time(who.at))
        .bind(e.id)
        .execute(&mut *tx)
        .await?;
        for sql in [
            "DELETE FROM catalogue_topics WHERE entry_id = $1",
            "DELETE FROM catalogue_relations WHERE entry_id = $1",
            "DELETE FROM catalogue_sources WHERE entry_id = $1",
            "DELETE FROM catalogue WHERE id = $1",
        ] {
            sqlx::query(sql).bind(e.id).execute(&mut *tx).await?;
        }
        let data = serde_json::json!({ "entry": e, "comment": reason });
        events::append(&mut tx, who, "catalogue.withdrawn", "catalogue", e.id, &data).await?;
        tx.commit().await?;
        Ok(e)
    }

    /// Corrects a gap record: each field given replaces the one stored (organizations, when
    /// given, replace the list). The event keeps what it was.
    pub async fn edit_gap(&self, id: i64, edit: &GapEdit, who: &Who) -> Result<()> {
        if let Some(p) = &edit.priority
            && !PRIORITIES.contains(&p.as_str())
        {
            return Err(StoreError::Invalid(format!("priority {p:?}: one of {}", PRIORITIES.join(", "))));
        }
        if edit.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
            return Err(StoreError::Invalid("a gap needs a title".into()));
        }
        let topic = match &edit.topic {
            Some(t) => Some(self.find_topic(t).await?.id),
            None => None,
        };
        let mut bodies = Vec::new();
        for o in edit.organizations.iter().flatten() {
            bodies.push(self.find_body(o).await?.id);
        }
        let mut tx = self.write().await?;
        let old = sqlx::query("SELECT title, description, priority, topic_id FROM gaps WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no gap has the id {id} (see liaise gaps list)")))?;
        let before = serde_json::json!({
            "title": old.try_get::<String, _>("title")?, "description": opt_text(&old, "description")?,
            "priority": old.try_get::<String, _>("priority")?, "topic_id": old.try_get::<Option<i64>, _>("topic_id")?,
        });
        sqlx::query(
            "UPDATE gaps SET title = COALESCE($1, title), description = COALESCE($2, description), priority = COALESCE($3, priority), \
             topic_id = COALESCE($4, topic_id), updated_at = $5 WHERE id = $6",
        )
        .bind(edit.title.as_ref().map(|t| t.trim().to_string()))
        .bind(edit.description.clone())
        .bind(edit.priority.clone())
        .bind(topic)
        .bind(format_time(who.at))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if edit.organizations.is_some() {
            sqlx::query("DELETE FROM gap_bodies WHERE gap_id = $1").bind(id).execute(&mut *tx).await?;
            for b in &bodies {
                sqlx::query("INSERT INTO gap_bodies (gap_id, body_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(*b)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let data = serde_json::json!({ "before": before, "edit": edit });
        events::append(&mut tx, who, "gap.edited", "gap", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a dated progress update of a gap.
    pub async fn update_gap(
        &self,
        id: i64,
        progress: &str,
        note: Option<&str>,
        on: chrono::NaiveDate,
        who: &Who,
    ) -> Result<()> {
        if !PROGRESS.contains(&progress) {
            return Err(StoreError::Invalid(format!("progress {progress:?}: one of {}", PROGRESS.join(", "))));
        }
        let mut tx = self.write().await?;
        let from: String = sqlx::query("SELECT progress FROM gaps WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no gap has the id {id}")))?
            .try_get(0)?;
        let now = format_time(who.at);
        sqlx::query(
            "INSERT INTO gap_updates (gap_id, on_date, progress, note, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(on.to_string())
        .bind(progress)
        .bind(note.map(str::to_string))
        .bind(now.clone())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE gaps SET progress = $1, updated_at = $2 WHERE id = $3")
            .bind(progress)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "from": from, "to": progress, "on": on.to_string(), "comment": note });
        events::append(&mut tx, who, "gap.progress", "gap", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every gap record with its updates, oldest first.
    pub async fn gaps(&self) -> Result<Vec<Gap>> {
        let reg = self.shared_registry().await?;
        let topics: HashMap<i64, String> = self.topics().await?.into_iter().map(|t| (t.id, t.label)).collect();
        let mut orgs: HashMap<i64, Vec<String>> = HashMap::new();
        for r in
            sqlx::query("SELECT gap_id, body_id FROM gap_bodies ORDER BY gap_id, body_id").fetch_all(&self.pool).await?
        {
            let b: i64 = r.try_get("body_id")?;
            orgs.entry(r.try_get("gap_id")?).or_default().push(reg.canonical(b).unwrap_or("?").to_string());
        }
        let mut updates: HashMap<i64, Vec<GapUpdate>> = HashMap::new();
        for r in sqlx::query("SELECT gap_id, on_date, progress, note FROM gap_updates ORDER BY gap_id, on_date, id")
            .fetch_all(&self.pool)
            .await?
        {
            updates.entry(r.try_get("gap_id")?).or_default().push(GapUpdate {
                on: r.try_get("on_date")?,
                progress: r.try_get("progress")?,
                note: opt_text(&r, "note")?,
            });
        }
        let mut out = Vec::new();
        for r in
            sqlx::query("SELECT id, title, description, priority, topic_id, progress, created_at FROM gaps ORDER BY id")
                .fetch_all(&self.pool)
                .await?
        {
            let id: i64 = r.try_get("id")?;
            let topic_id: Option<i64> = r.try_get("topic_id")?;
            out.push(Gap {
                id,
                code: format!("GAP-{id}"),
                title: r.try_get("title")?,
                description: opt_text(&r, "description")?,
                priority: r.try_get("priority")?,
                topic_id,
                topic: topic_id.and_then(|t| topics.get(&t).cloned()),
                organizations: orgs.remove(&id).unwrap_or_default(),
                progress: r.try_get("progress")?,
                updates: updates.remove(&id).unwrap_or_default(),
                created_at: r.try_get("created_at")?,
            });
        }
        Ok(out)
    }
}

/// A topic a catalogue import made on its own (no statement's table, no sub-topic) whose name
/// is the sub-topic (or, without one, the group) of a table row: the row's topic to be.
async fn adoptable(conn: &mut AnyConnection, group: &str, name: Option<&str>) -> Result<Option<i64>> {
    let want = name_key(name.unwrap_or(group));
    for r in sqlx::query("SELECT id, topic_group FROM topics WHERE source_ls_id IS NULL AND name IS NULL")
        .fetch_all(&mut *conn)
        .await?
    {
        if name_key(&r.try_get::<String, _>("topic_group")?) == want {
            return Ok(Some(r.try_get("id")?));
        }
    }
    Ok(None)
}

/// Removes a topic and what hangs on it (tags, related bodies, gap links).
async fn delete_topic_rows(conn: &mut AnyConnection, id: i64) -> Result<()> {
    for sql in [
        "DELETE FROM catalogue_topics WHERE topic_id = $1",
        "DELETE FROM topic_bodies WHERE topic_id = $1",
        "UPDATE gaps SET topic_id = NULL WHERE topic_id = $1",
        "DELETE FROM topics WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Two topics cannot share a name: a new or renamed topic whose name another topic (not
/// `except`, the one renamed) has is a conflict said in words, not the unique key's failure (a
/// rename onto another topic's name was a 500, found in review).
async fn refuse_taken_name(
    conn: &mut AnyConnection,
    group: &str,
    name: Option<&str>,
    except: Option<i64>,
) -> Result<()> {
    let other = sqlx::query("SELECT id FROM topics WHERE key = $1 AND id <> $2")
        .bind(topic_key(group, name))
        .bind(except.unwrap_or(-1))
        .fetch_optional(&mut *conn)
        .await?;
    match other {
        Some(_) => Err(StoreError::Conflict(format!("the topic {:?} exists", topic_label(group, name)))),
        None => Ok(()),
    }
}

async fn insert_topic(
    conn: &mut AnyConnection,
    group: &str,
    name: Option<&str>,
    all_sdos: bool,
    source_ls: Option<i64>,
    who: &Who,
) -> Result<i64> {
    let position: i64 = sqlx::query("SELECT COUNT(*) FROM topics").fetch_one(&mut *conn).await?.try_get(0)?;
    let now = format_time(who.at);
    let mut sql = Sql::new(
        "INSERT INTO topics (key, topic_group, name, position, all_sdos, source_ls_id, created_at, updated_at) VALUES ",
    );
    sql.values(vec![vec![
        Bind::Text(topic_key(group, name)),
        Bind::Text(group.trim().to_string()),
        Bind::OptText(name.map(|n| n.trim().to_string())),
        Bind::Int(position),
        Bind::Int(i64::from(all_sdos)),
        Bind::OptInt(source_ls),
        Bind::Text(now.clone()),
        Bind::Text(now),
    ]])
    .push(" RETURNING id");
    let id = crate::sql::insert_returning_id(conn, &sql).await?;
    let data = serde_json::json!({ "label": topic_label(group, name), "ls_id": source_ls });
    events::append(conn, who, "topic.created", "topic", id, &data).await?;
    Ok(id)
}

/// The sentence around a place in a text, for the context of a proposal.
fn sentence_around(text: &str, range: &std::ops::Range<usize>) -> String {
    let start = text[..range.start].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end =
        text[range.end..].find(". ").or_else(|| text[range.end..].find('\n')).map_or(text.len(), |i| range.end + i + 1);
    liaise_core::truncate_chars(&text[start..end.min(text.len())].split_whitespace().collect::<Vec<_>>().join(" "), 300)
}

/// A title written right after an identifier, in parentheses: "ISO/IEC 23090-3:2022 (Versatile
/// video coding)".
fn title_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].trim_start();
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let t = inner[..close].trim();
    (t.len() > 3 && t.chars().any(char::is_alphabetic) && !t.contains('/')).then(|| t.to_string())
}

/// Proposes, for a statement just stored, the identifiers it cites as catalogue entries (matched
/// to stored ones when they exist), owned by its sender when the family fits the sender, else by
/// the family's organization.
pub(crate) async fn propose_from_ls(
    conn: &mut AnyConnection,
    backend: Backend,
    registry: &Registry,
    ls_id: i64,
    record: &liaise_core::LsRecord,
    source_id: BodyId,
    who: &Who,
) -> Result<usize> {
    let text = format!("{}\n{}\n{}", record.title, record.abstract_text.as_deref().unwrap_or(""), record.body);
    let found = liaise_core::catalogue::find(&text);
    if found.is_empty() {
        return Ok(0);
    }
    let ancestors = |mut b: BodyId| {
        let mut out = vec![b];
        while let Some(p) = registry.get(b).and_then(|x| x.parent) {
            if out.contains(&p) {
                break;
            }
            out.push(p);
            b = p;
        }
        out
    };
    let source_line = ancestors(source_id);
    let now = format_time(who.at);
    let mut rows = Vec::new();
    for f in &found {
        let id = &f.identifier;
        let family_org = registry.lookup(id.family.organization()).map(|b| b.id);
        // ISO covers ISO/IEC and IEC documents too: their organizations stand for the family.
        let owners: Vec<BodyId> = match id.family {
            Family::Iso => {
                ["ISO", "IEC", "ISO/IEC JTC 1"].iter().filter_map(|n| registry.lookup(n).map(|b| b.id)).collect()
            }
            Family::Itu => {
                ["ITU", "ITU-T", "ITU-R", "ITU-D"].iter().filter_map(|n| registry.lookup(n).map(|b| b.id)).collect()
            }
            _ => family_org.into_iter().collect(),
        };
        let owner = if source_line.iter().any(|b| owners.contains(b)) { Some(source_id) } else { family_org };
        let entry: Option<i64> = sqlx::query(
            "SELECT id FROM catalogue WHERE key = $1 OR doc_key = $2 ORDER BY (key = $1) DESC, published DESC LIMIT 1",
        )
        .bind(id.key())
        .bind(id.document_key())
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
        rows.push(vec![
            Bind::Int(ls_id),
            Bind::Text(id.key()),
            Bind::Text(id.to_string()),
            Bind::OptText(title_after(&text, f.range.end)),
            Bind::OptInt(owner),
            Bind::OptInt(entry),
            Bind::Text(sentence_around(&text, &f.range)),
            Bind::Text("proposed".into()),
            Bind::Text(now.clone()),
            Bind::Text(now.clone()),
        ]);
    }
    let mut sql = Sql::new(
        "INSERT INTO catalogue_proposals (ls_id, key, identifier, title, body_id, entry_id, context, status, created_at, updated_at) VALUES ",
    );
    sql.values(rows).push(" ON CONFLICT (ls_id, key) DO NOTHING");
    // A re-imported statement proposes only what it did not propose before.
    let added = sql.query_on(backend).execute(&mut *conn).await?.rows_affected() as usize;
    if added > 0 {
        let identifiers: Vec<String> = found.iter().map(|f| f.identifier.to_string()).collect();
        let data = serde_json::json!({ "identifiers": identifiers, "added": added });
        events::append(conn, who, "catalogue.proposed", "ls", ls_id, &data).await?;
    }
    Ok(added)
}
