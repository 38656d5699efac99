//! The search index and its queries. The index follows from the tables: before each search it
//! takes in the events written since it last looked (in any process), so a change is found by
//! the next query once its transaction committed; `reindex` builds it anew. Terms come from
//! `liaise_core::search`, and ranking is done here, so both backends answer alike.

use crate::search_cache::{DocMeta, FastMap, Mark, Postings, SearchCache, clause_key};
use crate::sql::{Bind, Sql, in_list};
use crate::{Backend, Result, Store};
use liaise_core::LsRecord;
use liaise_core::registry::Registry;
use liaise_core::search::{Clause, Query, bm25_idf, bm25_with, body_term, phrase_text, weigh};
use serde::Serialize;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// One document of the index, as it is built.
struct Doc {
    kind: &'static str,
    ref_id: i64,
    title: String,
    text: String,
    public: bool,
    /// Texts with their weights: a document number or identifier counts most, then the title.
    fields: Vec<(String, u32)>,
    /// The bodies it names, as resolved, with their weights.
    bodies: Vec<(i64, u32)>,
    /// Its own numbers or identifiers: a query for one of them puts it first.
    own: String,
    facets: Vec<(&'static str, String)>,
}

/// For each facet, its values and how many matches have each.
type FacetCounts = BTreeMap<String, BTreeMap<String, usize>>;

/// Where the index stands: the last event it took in and the last one written, and its log.
struct IndexState {
    through: Option<i64>,
    last_event: i64,
    generation: i64,
    log_max: i64,
    log_min: i64,
}

/// What a document gains when a query is its own number or identifier, whole.
const OWN_BONUS: f64 = 10.0;

/// The facets a search can count and narrow by.
pub const FACETS: &[&str] =
    &["kind", "source", "recipient", "year", "direction", "state", "topic", "lifecycle", "family", "body"];

/// One result.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    /// ls, body, person or entry.
    pub kind: String,
    pub id: i64,
    pub title: String,
    pub score: f64,
    /// Text around the first match, the matches between `[` and `]`.
    pub snippet: String,
}

/// What a search found.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, Default)]
pub struct SearchResult {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// For each facet, its values and how many matches have each, counted with the other
    /// facets' filters but not its own.
    pub facets: BTreeMap<String, BTreeMap<String, usize>>,
}

/// Who searches: the public sees public statements, bodies and entries, never people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Public,
    Member,
}

fn year_of(date: Option<&str>) -> Option<String> {
    date.and_then(|d| d.get(..4)).filter(|y| y.chars().all(|c| c.is_ascii_digit())).map(str::to_string)
}

impl Store {
    async fn ls_docs(&self, reg: &Registry, ids: Option<&[i64]>) -> Result<Vec<Doc>> {
        let mut sql = Sql::new("SELECT id, record, state, direction, kind, issued, public, source_body_id FROM ls");
        in_list(&mut sql, " WHERE id IN ", ids);
        let rows = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        let mut names: HashMap<i64, Vec<(String, Option<i64>)>> = HashMap::new();
        let mut sql = Sql::new(
            "SELECT ls_id, list, written, body_id FROM ls_bodies WHERE list IN ('for_action', 'for_comment', 'for_information', 'cc')",
        );
        in_list(&mut sql, " AND ls_id IN ", ids);
        for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
            names.entry(r.try_get("ls_id")?).or_default().push((r.try_get("written")?, r.try_get("body_id")?));
        }
        let mut files: HashMap<i64, Vec<String>> = HashMap::new();
        let mut sql = Sql::new("SELECT ls_id, file_name FROM ls_files");
        in_list(&mut sql, " WHERE ls_id IN ", ids);
        for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
            files.entry(r.try_get("ls_id")?).or_default().push(r.try_get("file_name")?);
        }
        // A statement is public when marked so, or sent by a group that publishes what it sends.
        let publish_sent = self.publish_sent().await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get("id")?;
            let sent = r.try_get::<String, _>("direction")? == "outgoing" && r.try_get::<String, _>("state")? == "sent";
            let public = r.try_get::<i64, _>("public")? != 0 || (publish_sent && sent);
            let Ok(rec) = serde_json::from_str::<LsRecord>(&r.try_get::<String, _>("record")?) else { continue };
            let source = reg.canonical(r.try_get("source_body_id")?).unwrap_or_default().to_string();
            let mut facets: Vec<(&'static str, String)> = vec![
                ("kind", "ls".into()),
                ("source", source.clone()),
                ("direction", r.try_get("direction")?),
                ("state", r.try_get("state")?),
            ];
            if let Some(y) = year_of(r.try_get::<Option<String>, _>("issued")?.as_deref()) {
                facets.push(("year", y));
            }
            let source_id: i64 = r.try_get("source_body_id")?;
            let mut bodies = vec![(reg.current(source_id), 3)];
            let mut recipients = String::new();
            for (written, body) in names.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
                if let Some(b) = body {
                    bodies.push((reg.current(*b), 2));
                }
                recipients.push_str(written);
                recipients.push_str(", ");
                if let Some(name) = body.and_then(|b| reg.canonical(b)) {
                    recipients.push_str(name);
                    recipients.push_str(", ");
                    if !facets.iter().any(|(f, v)| *f == "recipient" && v == name) {
                        facets.push(("recipient", name.to_string()));
                    }
                }
            }
            for t in &rec.topics {
                if !facets.iter().any(|(f, v)| *f == "topic" && *v == t.group) {
                    facets.push(("topic", t.group.clone()));
                }
            }
            let numbers = rec.doc_number.iter().chain(rec.reference.iter()).cloned().collect::<Vec<_>>().join(" ");
            // Its own number only: a reply's "Ref." is often the number it answers.
            let own = rec.doc_number.clone().unwrap_or_default();
            let text = [rec.abstract_text.clone().unwrap_or_default(), rec.body.clone()].join("\n");
            let fields = vec![
                (numbers, 6),
                (rec.title.clone(), 3),
                (format!("{} {source} {recipients}", rec.source_as_written.clone().unwrap_or_default()), 2),
                (text.clone(), 1),
                (rec.attachments.join(" "), 1),
                (files.get(&id).map(|f| f.join(" ")).unwrap_or_default(), 1),
                (rec.response_to.join(" "), 1),
            ];
            let title = match &rec.doc_number {
                Some(n) => format!("{n}: {}", rec.title),
                None => rec.title.clone(),
            };
            out.push(Doc { kind: "ls", ref_id: id, title, text, public, fields, bodies, own, facets });
        }
        Ok(out)
    }

    fn body_docs(reg: &Registry, ids: Option<&[i64]>) -> Vec<Doc> {
        reg.bodies()
            .filter(|b| b.merged_into.is_none() && ids.is_none_or(|ids| ids.contains(&b.id)))
            .map(|b| {
                let text = [b.full_name.clone().unwrap_or_default(), b.note.clone().unwrap_or_default()].join("\n");
                Doc {
                    kind: "body",
                    ref_id: b.id,
                    title: b.canonical.clone(),
                    text: text.clone(),
                    public: true,
                    fields: vec![(b.canonical.clone(), 6), (b.aliases.join(" , "), 4), (text, 2)],
                    bodies: vec![(b.id, 8)],
                    own: String::new(),
                    facets: vec![("kind", "body".into()), ("body", b.canonical.clone())],
                }
            })
            .collect()
    }

    async fn people_docs(&self, ids: Option<&[i64]>) -> Result<Vec<Doc>> {
        let mut sql = Sql::new("SELECT id, name, organization FROM people");
        in_list(&mut sql, " WHERE id IN ", ids);
        let rows = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let name: String = r.try_get("name")?;
            let org: Option<String> = r.try_get("organization")?;
            out.push(Doc {
                kind: "person",
                ref_id: r.try_get("id")?,
                title: name.clone(),
                text: org.clone().unwrap_or_default(),
                public: false,
                fields: vec![(name, 6), (org.unwrap_or_default(), 2)],
                bodies: Vec::new(),
                own: String::new(),
                facets: vec![("kind", "person".into())],
            });
        }
        Ok(out)
    }

    async fn entry_docs(&self, reg: &Registry, ids: Option<&[i64]>) -> Result<Vec<Doc>> {
        let mut sql = Sql::new(
            "SELECT id, identifier, key, family, title, body_id, lifecycle, status, published, started, entry_type \
             FROM catalogue",
        );
        in_list(&mut sql, " WHERE id IN ", ids);
        let rows = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        let mut topics: HashMap<i64, Vec<String>> = HashMap::new();
        let mut sql = Sql::new(
            "SELECT ct.entry_id, t.topic_group, t.name FROM catalogue_topics ct JOIN topics t ON t.id = ct.topic_id",
        );
        in_list(&mut sql, " WHERE ct.entry_id IN ", ids);
        for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
            let group: String = r.try_get("topic_group")?;
            let name: Option<String> = r.try_get("name")?;
            topics.entry(r.try_get("entry_id")?).or_default().push(match name {
                Some(n) => format!("{group} / {n}"),
                None => group,
            });
        }
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get("id")?;
            let identifier: String = r.try_get("identifier")?;
            let title: String = r.try_get("title")?;
            let family: String = r.try_get("family")?;
            let mut facets: Vec<(&'static str, String)> = vec![("kind", "entry".into()), ("family", family.clone())];
            let body_id: Option<i64> = r.try_get("body_id")?;
            if let Some(b) = body_id.and_then(|b| reg.canonical(b)) {
                facets.push(("body", b.to_string()));
            }
            if let Some(l) = r.try_get::<Option<String>, _>("lifecycle")? {
                facets.push(("lifecycle", l));
            }
            let published: Option<String> = r.try_get("published")?;
            let started: Option<String> = r.try_get("started")?;
            if let Some(y) = year_of(published.as_deref()).or_else(|| year_of(started.as_deref())) {
                facets.push(("year", y));
            }
            let entry_topics = topics.remove(&id).unwrap_or_default();
            for t in &entry_topics {
                facets.push(("topic", t.split(" / ").next().unwrap_or(t).to_string()));
            }
            facets.sort();
            facets.dedup();
            let key: String = r.try_get("key")?;
            out.push(Doc {
                kind: "entry",
                ref_id: id,
                title: format!("{identifier}: {title}"),
                text: title.clone(),
                public: true,
                fields: vec![
                    (format!("{identifier} {key}"), 6),
                    (title, 3),
                    (r.try_get::<Option<String>, _>("status")?.unwrap_or_default(), 1),
                    // "Recommendation ITU-T H.266", "Technical Report 26.998": what the family
                    // calls its documents, as people write before the number.
                    (
                        format!(
                            "{} {}",
                            r.try_get::<Option<String>, _>("entry_type")?.unwrap_or_default(),
                            family_words(&family)
                        ),
                        1,
                    ),
                    (entry_topics.join(", "), 1),
                ],
                bodies: body_id.map(|b| (reg.current(b), 2)).into_iter().collect(),
                own: format!("{identifier} {key}"),
                facets,
            });
        }
        Ok(out)
    }

    /// Writes documents into the index, replacing what it held for them.
    async fn put_docs(&self, docs: Vec<Doc>) -> Result<()> {
        let mut tx = self.index_write().await?;
        for d in &docs {
            drop_doc(&mut tx, d.kind, d.ref_id).await?;
            let mut counts = weigh(&d.fields.iter().map(|(t, w)| (t.as_str(), *w)).collect::<Vec<_>>());
            for (b, w) in &d.bodies {
                *counts.entry(body_term(*b)).or_default() += w;
            }
            if !d.own.trim().is_empty() {
                counts.insert(format!("n:{}", phrase_text(&d.own)), 1);
            }
            let len: u32 = counts.values().sum();
            let mut sql = Sql::new("INSERT INTO search_docs (kind, ref_id, title, text, phrase, public, len) VALUES (");
            let phrase = phrase_text(&d.fields.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(" \u{1} "));
            sql.bind(Bind::Text(d.kind.into()))
                .push(", ")
                .bind(Bind::Int(d.ref_id))
                .push(", ")
                .bind(Bind::Text(d.title.clone()))
                .push(", ")
                .bind(Bind::Text(d.text.chars().take(20_000).collect()))
                .push(", ")
                .bind(Bind::Text(phrase))
                .push(", ")
                .bind(Bind::Int(i64::from(d.public)))
                .push(", ")
                .bind(Bind::Int(i64::from(len)))
                .push(") RETURNING id");
            let doc_id = crate::sql::insert_returning_id(&mut tx, &sql).await?;
            sqlx::query("INSERT INTO search_log (doc_id, written) VALUES ($1, 1)")
                .bind(doc_id)
                .execute(&mut *tx)
                .await?;
            let mut terms: Vec<(String, u32)> = counts.into_iter().collect();
            terms.sort();
            for rows in terms.chunks(300) {
                let mut sql = Sql::new("INSERT INTO search_terms (term, doc_id, tf) VALUES ");
                sql.values(
                    rows.iter()
                        .map(|(t, n)| vec![Bind::Text(t.clone()), Bind::Int(doc_id), Bind::Int(i64::from(*n))])
                        .collect(),
                );
                sql.query_on(self.backend).execute(&mut *tx).await?;
            }
            let mut facets = d.facets.clone();
            facets.sort();
            facets.dedup();
            for rows in facets.chunks(300) {
                let mut sql = Sql::new("INSERT INTO search_facets (doc_id, facet, value) VALUES ");
                sql.values(
                    rows.iter()
                        .map(|(f, v)| vec![Bind::Int(doc_id), Bind::Text((*f).into()), Bind::Text(v.clone())])
                        .collect(),
                );
                sql.query_on(self.backend).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn last_event(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COALESCE(MAX(id), 0) FROM events").fetch_one(&self.pool).await?.try_get(0)?)
    }

    /// A write to the index. On PostgreSQL its writers also take one advisory lock: two
    /// processes catching up at once would otherwise write the same document twice, and the log's
    /// ids must be given in the order the writes commit (SQLite lets one writer in at a time).
    async fn index_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        let mut tx = self.write().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(4158)").execute(&mut *tx).await?;
        }
        Ok(tx)
    }

    async fn set_indexed_through(&self, id: i64) -> Result<()> {
        let mut tx = self.index_write().await?;
        // The log keeps the last 50,000 writes: a process further behind starts its copy again.
        sqlx::query("DELETE FROM search_log WHERE id < (SELECT COALESCE(MAX(id), 0) FROM search_log) - 50000")
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM search_state WHERE name = 'indexed_through'").execute(&mut *tx).await?;
        sqlx::query("INSERT INTO search_state (name, value) VALUES ('indexed_through', $1)")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Builds the search index anew from the tables. Returns how many documents it holds.
    pub async fn reindex(&self) -> Result<usize> {
        let through = self.last_event().await?;
        {
            let mut tx = self.index_write().await?;
            for t in ["search_terms", "search_facets", "search_docs", "search_log"] {
                sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {t}"))).execute(&mut *tx).await?;
            }
            // A new generation: every process's copy in memory starts again.
            let generation: i64 =
                sqlx::query("SELECT COALESCE((SELECT value FROM search_state WHERE name = 'generation'), 0)")
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
            sqlx::query("DELETE FROM search_state WHERE name = 'generation'").execute(&mut *tx).await?;
            sqlx::query("INSERT INTO search_state (name, value) VALUES ('generation', $1)")
                .bind(generation + 1)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        let reg = self.shared_registry().await?;
        let mut n = 0;
        // A chunk of statements and entries at a time: the whole of 20,000 statements' names and
        // records at once held 900 MB.
        for table in ["ls", "catalogue"] {
            let ids: Vec<i64> = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT id FROM {table} ORDER BY id")))
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get(0))
                .collect::<std::result::Result<_, _>>()?;
            for chunk in ids.chunks(CHUNK) {
                let docs = match table {
                    "ls" => self.ls_docs(&reg, Some(chunk)).await?,
                    _ => self.entry_docs(&reg, Some(chunk)).await?,
                };
                n += docs.len();
                self.put_docs(docs).await?;
            }
        }
        let docs = Store::body_docs(&reg, None);
        n += docs.len();
        self.put_docs(docs).await?;
        let docs = self.people_docs(None).await?;
        n += docs.len();
        self.put_docs(docs).await?;
        self.set_indexed_through(through).await?;
        Ok(n)
    }

    /// Takes into the index what the events since it last looked changed. A fresh index is
    /// built whole.
    pub async fn search_catch_up(&self) -> Result<()> {
        let through: Option<i64> = sqlx::query("SELECT value FROM search_state WHERE name = 'indexed_through'")
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let Some(through) = through else {
            self.reindex().await?;
            return Ok(());
        };
        let rows = sqlx::query("SELECT id, entity, entity_id FROM events WHERE id > $1 ORDER BY id")
            .bind(through)
            .fetch_all(&self.pool)
            .await?;
        let Some(last) = rows.last().map(|r| r.try_get::<i64, _>("id")).transpose()? else { return Ok(()) };
        let mut ls: BTreeSet<i64> = BTreeSet::new();
        let mut bodies: BTreeSet<i64> = BTreeSet::new();
        let mut entries: BTreeSet<i64> = BTreeSet::new();
        let mut people_of_ls = false;
        let mut registry_changed = false;
        let mut topics_changed = false;
        for r in &rows {
            let entity: String = r.try_get("entity")?;
            let id: Option<i64> = Some(r.try_get("entity_id")?);
            match (entity.as_str(), id) {
                ("ls", Some(id)) => {
                    ls.insert(id);
                    people_of_ls = true;
                }
                ("body", Some(id)) => {
                    bodies.insert(id);
                }
                ("catalogue", Some(id)) => {
                    entries.insert(id);
                }
                ("registry", _) => registry_changed = true,
                ("designation", _) => people_of_ls = true,
                ("topic", _) => topics_changed = true,
                _ => {}
            }
        }
        if topics_changed {
            // A topic renamed or merged: the entries on it carry its name (read once, however
            // many topic events there were).
            for r in sqlx::query("SELECT DISTINCT entry_id FROM catalogue_topics").fetch_all(&self.pool).await? {
                entries.insert(r.try_get(0)?);
            }
        }
        let reg = self.shared_registry().await?;
        if registry_changed {
            bodies.extend(reg.bodies().map(|b| b.id));
        }
        if !bodies.is_empty() {
            // A merge or a new name changes the statements and entries that name the body.
            let ids: Vec<i64> = bodies.iter().copied().collect();
            let mut sql = Sql::new("SELECT DISTINCT ls_id FROM ls_bodies");
            in_list(&mut sql, " WHERE body_id IN ", Some(&ids));
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                ls.insert(r.try_get(0)?);
            }
            let mut sql = Sql::new("SELECT id FROM catalogue");
            in_list(&mut sql, " WHERE body_id IN ", Some(&ids));
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                entries.insert(r.try_get(0)?);
            }
            // Merged bodies leave the index; the others are written again.
            let mut tx = self.index_write().await?;
            for id in &ids {
                drop_doc(&mut tx, "body", *id).await?;
            }
            tx.commit().await?;
            self.put_docs(Store::body_docs(&reg, Some(&ids))).await?;
        }
        for chunk in ls.iter().copied().collect::<Vec<_>>().chunks(500) {
            let docs = self.ls_docs(&reg, Some(chunk)).await?;
            self.put_docs(docs).await?;
        }
        for chunk in entries.iter().copied().collect::<Vec<_>>().chunks(500) {
            let docs = self.entry_docs(&reg, Some(chunk)).await?;
            self.put_docs(docs).await?;
        }
        if people_of_ls {
            // People are few beside statements; they are written again whole.
            let docs = self.people_docs(None).await?;
            self.put_docs(docs).await?;
        }
        self.set_indexed_through(last).await?;
        Ok(())
    }

    /// Searches: every clause must match; `filters` narrow by facet value (any of the values
    /// given for one facet); the best `limit` matches come back with the facets' counts.
    pub async fn search(
        &self,
        q: &Query,
        filters: &BTreeMap<String, Vec<String>>,
        audience: Audience,
        limit: usize,
    ) -> Result<SearchResult> {
        // The index takes in the events since it last looked (when there are any), then this
        // process's copy takes in what the index wrote.
        let mut st = self.index_state().await?;
        if st.through != Some(st.last_event) {
            self.search_catch_up().await?;
            st = self.index_state().await?;
        }
        let mark = self.cache_catch_up_to(&st).await?;
        let (n, avg) = self.index_totals(mark).await?;
        // A body's name in any spelling ("JTC1 SC29", "MPEG") is the body: what names it, as
        // resolved, matches, beside what holds the words. Only an exact name: "Q8/16" names a
        // Question of SG16, which is not SG16.
        let reg = self.shared_registry().await?;
        let folded = liaise_core::search::fold(&q.text);
        let question = folded.starts_with("question")
            || (folded.starts_with('q')
                && folded[1..].trim_start_matches('.').starts_with(|c: char| c.is_ascii_digit()));
        let named = reg
            .lookup_exact(&q.text)
            .or_else(|| if question { None } else { reg.lookup(&q.text) })
            .map(|b| reg.current(b.id));
        let body_clause = named.map(|b| Clause::Term(vec![body_term(b)]));
        let mut union_of_first = false;
        let clauses: Vec<Clause> = match body_clause {
            Some(c) => {
                union_of_first = true;
                std::iter::once(c).chain(q.clauses.iter().cloned()).collect()
            }
            None => q.clauses.clone(),
        };
        // Each clause: the documents it matches, with the weighted count of its terms there.
        let mut per_clause: Vec<Postings> = Vec::with_capacity(clauses.len());
        for c in &clauses {
            per_clause.push(self.clause_postings(c, mark).await?);
        }
        // A query that is a document's own number or identifier, whole, puts that document first.
        let own_clause = Clause::Term(vec![format!("n:{}", phrase_text(&q.text))]);
        let own: HashMap<i64, f64> =
            self.clause_postings(&own_clause, mark).await?.iter().map(|(d, _)| (i64::from(*d), OWN_BONUS)).collect();
        let tf_in = |p: &Postings, d: i64| {
            let d = u32::try_from(d).ok()?;
            p.binary_search_by_key(&d, |(x, _)| *x).map(|at| f64::from(p[at].1)).ok()
        };
        // Documents every clause of the query matches (and, for a body's name, those naming it).
        let first = usize::from(union_of_first);
        let mut order: Vec<usize> = (first..per_clause.len()).collect();
        order.sort_by_key(|i| per_clause[*i].len());
        let mut ids: Vec<i64> = match order.first() {
            Some(i) => per_clause[*i].iter().map(|(d, _)| i64::from(*d)).collect(),
            None => Vec::new(),
        };
        for i in order.iter().skip(1) {
            ids.retain(|d| tf_in(&per_clause[*i], *d).is_some());
        }
        if union_of_first {
            // Both sorted: merged in one walk.
            let named: &[(u32, f32)] = &per_clause[0];
            let mut both = Vec::with_capacity(ids.len() + named.len());
            let (mut i, mut j) = (0, 0);
            while i < ids.len() || j < named.len() {
                let b = named.get(j).map(|(d, _)| i64::from(*d));
                match (ids.get(i), b) {
                    (Some(a), Some(b)) if *a == b => {
                        both.push(b);
                        i += 1;
                        j += 1;
                    }
                    (Some(a), Some(b)) if *a < b => {
                        both.push(*a);
                        i += 1;
                    }
                    (Some(_), Some(b)) | (None, Some(b)) => {
                        both.push(b);
                        j += 1;
                    }
                    (Some(a), None) => {
                        both.push(*a);
                        i += 1;
                    }
                    (None, None) => break,
                }
            }
            ids = both;
        }
        // Their kind, audience, length and facets: into the copy, where it lacks them.
        let extra = self.docs_meta(&ids).await?;
        // Phrases: the words in their order, in the document's own text.
        let phrases: Vec<String> = clauses
            .iter()
            .filter_map(|c| match c {
                Clause::Phrase { text, .. } => Some(format!(" {text} ")),
                _ => None,
            })
            .collect();
        if !phrases.is_empty() {
            let mut keep: HashSet<i64> = HashSet::new();
            for chunk in ids.chunks(CHUNK) {
                let mut sql = Sql::new("SELECT id, phrase FROM search_docs");
                in_list(&mut sql, " WHERE id IN ", Some(chunk));
                for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                    let padded = format!(" {} ", r.try_get::<String, _>("phrase")?);
                    if phrases.iter().all(|p| padded.contains(p.as_str())) {
                        keep.insert(r.try_get("id")?);
                    }
                }
            }
            ids.retain(|d| keep.contains(d));
        }
        let named_doc: Option<i64> = match named {
            Some(b) => sqlx::query("SELECT id FROM search_docs WHERE kind = 'body' AND ref_id = $1")
                .bind(b)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?,
            None => None,
        };
        // The rest in memory, on the copy as it stands, read by every query at once and by
        // reference (a query of 100,000 matches made as many copies and hash lookups, 5 ms).
        let facet_name = |f: u8| FACETS.get(usize::from(f)).copied().unwrap_or("");
        let (total, counts, ranked): (usize, FacetCounts, Vec<(f64, i64)>) = {
            let cache = self.cache_read();
            let cands: Vec<(i64, &DocMeta)> = ids
                .iter()
                .filter_map(|d| cache.doc(*d).or_else(|| extra.get(d)).map(|m| (*d, &**m)))
                .filter(|(_, m)| audience == Audience::Member || (m.public && &*m.kind != "person"))
                .collect();
            // The filters, on each document's facets: the values asked for, by their numbers.
            let nvalues = crate::search_cache::value_count();
            let names =
                crate::search_cache::value_names(&(0..u32::try_from(nvalues).unwrap_or(u32::MAX)).collect::<Vec<_>>());
            let wanted: Vec<(u8, Vec<u32>)> = filters
                .iter()
                .map(|(f, values)| {
                    let facet =
                        FACETS.iter().position(|x| x == f).and_then(|i| u8::try_from(i).ok()).unwrap_or(u8::MAX);
                    let ids = names
                        .iter()
                        .enumerate()
                        .filter(|(_, n)| values.iter().any(|want| want.eq_ignore_ascii_case(n)))
                        .filter_map(|(i, _)| u32::try_from(i).ok())
                        .collect();
                    (facet, ids)
                })
                .collect();
            let passes = |m: &DocMeta, except: Option<u8>| {
                wanted
                    .iter()
                    .filter(|(f, _)| Some(*f) != except)
                    .all(|(f, ids)| m.facets.iter().any(|(ff, v)| ff == f && ids.contains(v)))
            };
            let metas: Vec<(i64, &DocMeta)> = cands.iter().copied().filter(|(_, m)| passes(m, None)).collect();
            // The counts: of every facet over the matches; of a filtered facet over what the
            // other filters leave. Counted into an array by facet and value number: no string
            // is hashed or made per document (40,000 matches of a body's name made 640,000 of
            // them, 50 ms).
            let mut tallied: Vec<u32> = vec![0; FACETS.len() * nvalues];
            let filtered: Vec<u8> = wanted.iter().map(|(f, _)| *f).collect();
            let mut tally = |m: &DocMeta, only: Option<u8>| {
                for (f, v) in &m.facets {
                    let take = match only {
                        Some(o) => o == *f,
                        None => !filtered.contains(f),
                    };
                    if take && let Some(slot) = tallied.get_mut(usize::from(*f) * nvalues + *v as usize) {
                        *slot += 1;
                    }
                }
            };
            for (_, m) in &metas {
                tally(m, None);
            }
            for f in &filtered {
                for (_, m) in &cands {
                    if passes(m, Some(*f)) {
                        tally(m, Some(*f));
                    }
                }
            }
            let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
            for (slot, n) in tallied.iter().enumerate().filter(|(_, n)| **n > 0) {
                let (f, v) = (slot / nvalues.max(1), slot % nvalues.max(1));
                let facet = facet_name(u8::try_from(f).unwrap_or(u8::MAX));
                counts
                    .entry(facet.to_string())
                    .or_default()
                    .insert(names.get(v).cloned().unwrap_or_default(), *n as usize);
            }
            // Ranking: each clause's postings walked beside the matches (both sorted by
            // document), its idf computed once.
            let mut scores: Vec<f64> = vec![0.0; metas.len()];
            for c in &per_clause {
                let idf = bm25_idf(c.len() as f64, n);
                let mut at = 0;
                for (i, (d, m)) in metas.iter().enumerate() {
                    while at < c.len() && i64::from(c[at].0) < *d {
                        at += 1;
                    }
                    // A clause absent from a document adds nothing (BM25 of no occurrence is 0).
                    if at < c.len() && i64::from(c[at].0) == *d {
                        scores[i] += bm25_with(f64::from(c[at].1), idf, m.len, avg);
                    }
                }
            }
            let mut ranked: Vec<(f64, &str, i64, i64)> = metas
                .iter()
                .zip(&scores)
                .map(|((d, m), score)| {
                    let score = score + own.get(d).copied().unwrap_or(0.0);
                    // Statements and entries are what is looked for; a body or a person whose
                    // name holds the word comes after them (found in review: seven bodies named
                    // "metaverse" came before the group's own statement).
                    let score = score * kind_weight(&m.kind);
                    // Rounded, so that both backends' sums compare equal.
                    ((score * 1e6).round() / 1e6, &*m.kind, m.ref_id, *d)
                })
                .collect();
            let total = ranked.len();
            // Ties by kind and the entity's own id, the same on both backends: a total order, so
            // the best `limit` picked without sorting the rest are the first `limit` of a sort.
            let order = |a: &(f64, &str, i64, i64), b: &(f64, &str, i64, i64)| {
                b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(b.1)).then(a.2.cmp(&b.2))
            };
            // The body a query names comes first; then the best.
            let first = named_doc
                .and_then(|doc| ranked.iter().position(|(_, _, _, d)| *d == doc))
                .map(|at| ranked.swap_remove(at));
            let room = limit.saturating_sub(usize::from(first.is_some()));
            if ranked.len() > room && room > 0 {
                ranked.select_nth_unstable_by(room - 1, order);
                ranked.truncate(room);
            } else if room == 0 {
                ranked.clear();
            }
            ranked.sort_by(order);
            if let Some(top) = first {
                ranked.insert(0, top);
            }
            (total, counts, ranked.into_iter().map(|(s, _, _, d)| (s, d)).collect())
        };
        let page: Vec<i64> = ranked.iter().map(|(_, d)| *d).collect();
        let words: Vec<String> = clauses
            .iter()
            .flat_map(|c| match c {
                Clause::Term(alts) => {
                    alts.iter().filter(|t| !t.starts_with("b:")).map(|t| t[2..].to_string()).collect::<Vec<_>>()
                }
                Clause::Prefix(_) => Vec::new(),
                Clause::Phrase { terms, .. } => terms.iter().flatten().map(|t| t[2..].to_string()).collect(),
            })
            .collect();
        let prefixes: Vec<String> = clauses
            .iter()
            .filter_map(|c| match c {
                Clause::Prefix(p) => Some(p.clone()),
                _ => None,
            })
            .collect();
        let scores: HashMap<i64, f64> = ranked.iter().map(|(s, d)| (*d, *s)).collect();
        let mut rows: HashMap<i64, (String, i64, String, String)> = HashMap::new();
        let wanted: Vec<i64> = page.iter().copied().take(limit).collect();
        if !wanted.is_empty() {
            let mut sql = Sql::new("SELECT id, kind, ref_id, title, text FROM search_docs");
            in_list(&mut sql, " WHERE id IN ", Some(&wanted));
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                rows.insert(
                    r.try_get("id")?,
                    (r.try_get("kind")?, r.try_get("ref_id")?, r.try_get("title")?, r.try_get("text")?),
                );
            }
        }
        let hits = wanted
            .iter()
            .filter_map(|d| {
                let (kind, ref_id, title, text) = rows.get(d)?;
                Some(Hit {
                    kind: kind.clone(),
                    id: *ref_id,
                    title: title.clone(),
                    score: scores.get(d).copied().unwrap_or(0.0),
                    snippet: liaise_core::search::snippet_with(
                        if text.is_empty() { title } else { text },
                        &words,
                        &prefixes,
                        200,
                    ),
                })
            })
            .collect();
        Ok(SearchResult { total, hits, facets: counts })
    }
}

/// The words a family's documents are called by.
fn family_words(family: &str) -> &'static str {
    match family {
        "itu" => "Recommendation",
        "3gpp" => "Technical Specification Technical Report",
        "iso" | "iec" => "International Standard Technical Report",
        "ietf" => "Request for Comments Internet-Draft",
        "w3c" => "Recommendation Working Draft",
        _ => "",
    }
}

/// How much a match of each kind counts.
fn kind_weight(kind: &str) -> f64 {
    match kind {
        "body" => 0.5,
        "person" => 0.4,
        _ => 1.0,
    }
}

/// Document ids per query of a list: a bound on the placeholders of one statement.
const CHUNK: usize = 500;

impl Store {
    fn cache(&self) -> std::sync::RwLockWriteGuard<'_, SearchCache> {
        // A query that panicked while holding the copy left it whole or half-changed; it is
        // only a copy, so it starts again.
        match self.search_cache.write() {
            Ok(c) => c,
            Err(poisoned) => {
                let mut c = poisoned.into_inner();
                *c = SearchCache::default();
                c
            }
        }
    }

    /// The copy, for reading: queries read it at once.
    fn cache_read(&self) -> std::sync::RwLockReadGuard<'_, SearchCache> {
        match self.search_cache.read() {
            Ok(c) => c,
            Err(_) => {
                drop(self.cache());
                self.search_cache.read().unwrap_or_else(|p| p.into_inner())
            }
        }
    }

    /// Brings this process's copy up to the index's log: what other processes (or this one)
    /// wrote since it last looked. Returns where the copy stands.
    async fn cache_catch_up(&self) -> Result<Option<Mark>> {
        let st = self.index_state().await?;
        self.cache_catch_up_to(&st).await
    }

    /// Where the index stands, in one query (a search asks before each query, and each round
    /// trip to SQLite's thread counted beside the query itself).
    async fn index_state(&self) -> Result<IndexState> {
        let row = sqlx::query(
            "SELECT (SELECT value FROM search_state WHERE name = 'indexed_through'), \
             COALESCE((SELECT MAX(id) FROM events), 0), \
             COALESCE((SELECT value FROM search_state WHERE name = 'generation'), 0), \
             COALESCE((SELECT MAX(id) FROM search_log), 0), COALESCE((SELECT MIN(id) FROM search_log), 0)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(IndexState {
            through: row.try_get(0)?,
            last_event: row.try_get(1)?,
            generation: row.try_get(2)?,
            log_max: row.try_get(3)?,
            log_min: row.try_get(4)?,
        })
    }

    async fn cache_catch_up_to(&self, st: &IndexState) -> Result<Option<Mark>> {
        let (generation, max, min) = (st.generation, st.log_max, st.log_min);
        let now = self.cache_read().mark();
        match now {
            Some(m) if m.generation == generation && m.log_through == max => {}
            // A little behind: take in the log. Far behind, or behind what the log still holds,
            // or another generation: start again (a query reads what it needs afresh).
            Some(m) if m.generation == generation && max - m.log_through <= 5_000 && min <= m.log_through + 1 => {
                let rows = sqlx::query("SELECT doc_id, written FROM search_log WHERE id > $1 AND id <= $2")
                    .bind(m.log_through)
                    .bind(max)
                    .fetch_all(&self.pool)
                    .await?;
                let mut dropped: HashSet<i64> = HashSet::new();
                let mut written: HashSet<i64> = HashSet::new();
                for r in rows {
                    let doc: i64 = r.try_get(0)?;
                    if r.try_get::<i64, _>(1)? != 0 {
                        written.insert(doc)
                    } else {
                        dropped.insert(doc)
                    };
                }
                written.retain(|d| !dropped.contains(d));
                // The written documents' terms, when some clause's postings are held.
                let mut terms: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
                if !self.cache_read().held_clauses().is_empty() {
                    let ids: Vec<i64> = written.iter().copied().collect();
                    for chunk in ids.chunks(CHUNK) {
                        let mut sql = Sql::new(match self.backend {
                            Backend::Sqlite => {
                                "SELECT json_group_array(json_array(doc_id, term, tf)) FROM search_terms"
                            }
                            Backend::Postgres => {
                                "SELECT json_agg(json_build_array(doc_id, term, tf))::text FROM search_terms"
                            }
                        });
                        in_list(&mut sql, " WHERE doc_id IN ", Some(chunk));
                        let row = sql.query_on(self.backend).fetch_one(&self.pool).await?;
                        for (doc, term, tf) in json_rows::<(i64, String, i64)>(row)? {
                            terms.entry(doc).or_default().push((term, tf));
                        }
                    }
                }
                let mut cache = self.cache();
                // Another query of this process may have taken the log in meanwhile.
                if cache.mark() == Some(m) {
                    cache.apply(max, &dropped, &terms);
                }
            }
            _ => self.cache().restart(Mark { generation, log_through: max }),
        }
        Ok(self.cache_read().mark())
    }

    /// The number of documents in the index and their average length.
    async fn index_totals(&self, mark: Option<Mark>) -> Result<(f64, f64)> {
        let totals = self.cache_read().totals();
        let (n, sum) = match totals {
            Some(t) => t,
            None => {
                // Sums as integers: PostgreSQL's AVG and SUM are NUMERIC, which the Any driver
                // cannot read.
                let stats = sqlx::query("SELECT COUNT(*), CAST(COALESCE(SUM(len), 0) AS BIGINT) FROM search_docs")
                    .fetch_one(&self.pool)
                    .await?;
                let t = (stats.try_get::<i64, _>(0)? as f64, stats.try_get::<i64, _>(1)? as f64);
                self.cache().put_totals(mark, t);
                t
            }
        };
        Ok((n, sum / n.max(1.0)))
    }

    /// The SQL that reads a clause's postings: one row of JSON (rows reach us from SQLite's
    /// worker thread one at a time, and 20,000 hand-overs for a common term cost half a second).
    fn clause_sql(&self, c: &Clause) -> Sql {
        let mut sql = Sql::new(match self.backend {
            Backend::Sqlite => "SELECT json_group_array(json_array(doc_id, tf)) FROM search_terms WHERE ",
            Backend::Postgres => "SELECT json_agg(json_build_array(doc_id, tf))::text FROM search_terms WHERE ",
        });
        match c {
            Clause::Term(alts) => term_in(&mut sql, alts),
            Clause::Phrase { terms, .. } => {
                // The rarest part narrows it; the text decides.
                term_in(&mut sql, terms.first().map(Vec::as_slice).unwrap_or(&[]));
            }
            Clause::Prefix(p) => {
                sql.push("((term >= ")
                    .bind(Bind::Text(format!("w:{p}")))
                    .push(" AND term < ")
                    .bind(Bind::Text(format!("w:{p}\u{10FFFF}")))
                    .push(") OR (term >= ")
                    .bind(Bind::Text(format!("i:{p}")))
                    .push(" AND term < ")
                    .bind(Bind::Text(format!("i:{p}\u{10FFFF}")))
                    .push("))");
            }
        }
        sql
    }

    /// A clause's postings, from the copy or read and kept.
    async fn clause_postings(&self, c: &Clause, mark: Option<Mark>) -> Result<Postings> {
        let key = clause_key(c);
        if let Some(p) = self.cache_read().clause(&key) {
            return Ok(p);
        }
        let row = self.clause_sql(c).query_on(self.backend).fetch_one(&self.pool).await?;
        let mut docs: BTreeMap<u32, f32> = BTreeMap::new();
        for (doc, tf) in json_rows::<(i64, i64)>(row)? {
            let doc = u32::try_from(doc).map_err(|_| {
                crate::StoreError::Invalid(format!("search document id {doc} is past what the search can hold"))
            })?;
            *docs.entry(doc).or_default() += tf as f32;
        }
        let postings: Postings = Arc::new(docs.into_iter().collect());
        self.cache().put_clause(mark, key, c.clone(), postings.clone());
        Ok(postings)
    }

    /// Reads into the copy the meta of the documents it lacks; returns those read that it did
    /// not keep (the log moved meanwhile), for this query to use.
    async fn docs_meta(&self, ids: &[i64]) -> Result<FastMap<i64, Arc<DocMeta>>> {
        let missing: Vec<i64> = {
            let cache = self.cache_read();
            ids.iter().copied().filter(|id| cache.doc(*id).is_none()).collect()
        };
        let mut read: FastMap<i64, Arc<DocMeta>> = FastMap::default();
        for chunk in missing.chunks(CHUNK) {
            let mut cond = Sql::new("");
            in_list(&mut cond, "IN ", Some(chunk));
            read.extend(self.read_meta(&cond).await?);
        }
        let cache = self.cache_read();
        read.retain(|id, _| cache.doc(*id).is_none());
        Ok(read)
    }

    /// Reads and keeps the meta of the documents whose id is `cond` (a fragment such as
    /// `IN (...)` or `BETWEEN $1 AND $2`).
    async fn read_meta(&self, cond: &Sql) -> Result<Vec<(i64, Arc<DocMeta>)>> {
        let mark = self.cache_read().mark();
        let (docs_head, facets_head) = match self.backend {
            Backend::Sqlite => (
                "SELECT json_group_array(json_array(id, kind, public, len, ref_id)) FROM search_docs WHERE id ",
                "SELECT json_group_array(json_array(doc_id, facet, value)) FROM search_facets WHERE doc_id ",
            ),
            Backend::Postgres => (
                "SELECT json_agg(json_build_array(id, kind, public, len, ref_id))::text FROM search_docs WHERE id ",
                "SELECT json_agg(json_build_array(doc_id, facet, value))::text FROM search_facets WHERE doc_id ",
            ),
        };
        let with = |head: &str| Sql { text: format!("{head}{}", cond.text), binds: cond.binds.clone() };
        let docs = json_rows::<(i64, String, i64, i64, i64)>(
            with(docs_head).query_on(self.backend).fetch_one(&self.pool).await?,
        )?;
        let facets =
            json_rows::<(i64, String, String)>(with(facets_head).query_on(self.backend).fetch_one(&self.pool).await?)?;
        let numbers = crate::search_cache::value_ids(facets.iter().map(|(_, _, v)| v.as_str()));
        let mut by_doc: HashMap<i64, Vec<(u8, u32)>> = HashMap::new();
        for ((doc, facet, _), value) in facets.iter().zip(numbers) {
            let Some(f) = FACETS.iter().position(|x| x == facet).and_then(|f| u8::try_from(f).ok()) else { continue };
            by_doc.entry(*doc).or_default().push((f, value));
        }
        let mut cache = self.cache();
        let out: Vec<(i64, DocMeta)> = docs
            .into_iter()
            .map(|(id, kind, public, len, ref_id)| {
                let kind = cache.intern(&kind);
                (
                    id,
                    DocMeta {
                        kind,
                        ref_id,
                        public: public != 0,
                        len: len as f64,
                        facets: by_doc.remove(&id).unwrap_or_default(),
                    },
                )
            })
            .collect();
        let out: Vec<(i64, Arc<DocMeta>)> = out.into_iter().map(|(id, m)| (id, Arc::new(m))).collect();
        cache.put_docs(mark, out.clone());
        Ok(out)
    }

    /// Reads every document's meta into this process's copy, so that the first queries read
    /// only postings (the server does this when it starts). Returns how many it read.
    pub async fn search_warm(&self) -> Result<usize> {
        self.cache_catch_up().await?;
        let max: i64 =
            sqlx::query("SELECT COALESCE(MAX(id), 0) FROM search_docs").fetch_one(&self.pool).await?.try_get(0)?;
        let mut n = 0;
        let mut from = 0;
        while from < max {
            let mut cond = Sql::new("BETWEEN ");
            cond.bind(Bind::Int(from + 1)).push(" AND ").bind(Bind::Int(from + 5_000));
            n += self.read_meta(&cond).await?.len();
            from += 5_000;
        }
        Ok(n)
    }

    /// The postings of a clause, read straight with the SQL liaise reads them with: what the
    /// engine does for a clause without anything of liaise around it (the baseline of
    /// `benches/search.rs`). Returns how many documents it matches.
    pub async fn raw_clause(&self, c: &Clause) -> Result<usize> {
        let row = self.clause_sql(c).query_on(self.backend).fetch_one(&self.pool).await?;
        Ok(json_rows::<(i64, i64)>(row)?.len())
    }
}

/// Takes a document out of the index, with its terms and facets.
async fn drop_doc(conn: &mut sqlx::AnyConnection, kind: &str, ref_id: i64) -> Result<()> {
    let old: Option<i64> = sqlx::query("SELECT id FROM search_docs WHERE kind = $1 AND ref_id = $2")
        .bind(kind)
        .bind(ref_id)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
    if let Some(old) = old {
        sqlx::query("INSERT INTO search_log (doc_id, written) VALUES ($1, 0)").bind(old).execute(&mut *conn).await?;
        sqlx::query("DELETE FROM search_terms WHERE doc_id = $1").bind(old).execute(&mut *conn).await?;
        sqlx::query("DELETE FROM search_facets WHERE doc_id = $1").bind(old).execute(&mut *conn).await?;
        sqlx::query("DELETE FROM search_docs WHERE id = $1").bind(old).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The rows of an aggregate's one row of JSON (null when there were none).
fn json_rows<T: serde::de::DeserializeOwned>(row: sqlx::any::AnyRow) -> Result<Vec<T>> {
    match row.try_get::<Option<String>, _>(0)? {
        Some(j) => serde_json::from_str(&j)
            .map_err(|e| crate::StoreError::Invalid(format!("the search index could not be read: {e}"))),
        None => Ok(Vec::new()),
    }
}

fn term_in(sql: &mut Sql, alts: &[String]) {
    sql.push("term IN (");
    for (i, t) in alts.iter().enumerate() {
        sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(t.clone()));
    }
    if alts.is_empty() {
        sql.push("NULL");
    }
    sql.push(")");
}
