//! The search index and its queries. The index follows from the tables: before each search it
//! takes in the events written since it last looked (in any process), so a change is found by
//! the next query once its transaction committed; `reindex` builds it anew. Terms come from
//! `liaise_core::search`, and ranking is done here, so both backends answer alike.

use crate::sql::{Bind, Sql};
use crate::{Backend, Result, Store};
use liaise_core::LsRecord;
use liaise_core::registry::Registry;
use liaise_core::search::{Clause, Query, bm25, body_term, phrase_text, weigh};
use serde::Serialize;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
        let mut tx = self.write().await?;
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

    async fn set_indexed_through(&self, id: i64) -> Result<()> {
        let mut tx = self.write().await?;
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
            let mut tx = self.write().await?;
            for t in ["search_terms", "search_facets", "search_docs"] {
                sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {t}"))).execute(&mut *tx).await?;
            }
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
            let mut tx = self.write().await?;
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
        self.search_catch_up().await?;
        // Sums as integers: PostgreSQL's AVG and SUM are NUMERIC, which the Any driver cannot read.
        let stats = sqlx::query("SELECT COUNT(*), CAST(COALESCE(SUM(len), 0) AS BIGINT) FROM search_docs")
            .fetch_one(&self.pool)
            .await?;
        let n = stats.try_get::<i64, _>(0)? as f64;
        let avg = stats.try_get::<i64, _>(1)? as f64 / n.max(1.0);
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
        let mut per_clause: Vec<HashMap<i64, f64>> = Vec::new();
        let mut own: HashMap<i64, f64> = HashMap::new();
        for c in &clauses {
            // The postings as one row of JSON: rows reach us from SQLite's worker thread one at a
            // time, and 20,000 hand-overs for a common term cost half a second.
            let mut sql = Sql::new(match self.backend {
                Backend::Sqlite => "SELECT json_group_array(json_array(doc_id, tf)) FROM search_terms WHERE ",
                Backend::Postgres => "SELECT json_agg(json_build_array(doc_id, tf))::text FROM search_terms WHERE ",
            });
            match c {
                Clause::Term(alts) => term_in(&mut sql, alts),
                Clause::Phrase { terms, .. } => {
                    // The rarest part narrows it; the text decides below.
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
            let mut docs: HashMap<i64, f64> = HashMap::new();
            for (doc, tf) in json_rows::<(i64, i64)>(sql.query_on(self.backend).fetch_one(&self.pool).await?)? {
                *docs.entry(doc).or_default() += tf as f64;
            }
            per_clause.push(docs);
        }
        // A query that is a document's own number or identifier, whole, puts that document first.
        for r in sqlx::query("SELECT doc_id FROM search_terms WHERE term = $1")
            .bind(format!("n:{}", phrase_text(&q.text)))
            .fetch_all(&self.pool)
            .await?
        {
            own.insert(r.try_get(0)?, OWN_BONUS);
        }
        // Documents every clause of the query matches (and, for a body's name, those naming it).
        let first = usize::from(union_of_first);
        let mut order: Vec<usize> = (first..per_clause.len()).collect();
        order.sort_by_key(|i| per_clause[*i].len());
        let mut candidates: HashSet<i64> = match order.first() {
            Some(i) => per_clause[*i].keys().copied().collect(),
            None => HashSet::new(),
        };
        for i in order.iter().skip(1) {
            candidates.retain(|d| per_clause[*i].contains_key(d));
        }
        if union_of_first {
            candidates.extend(per_clause[0].keys().copied());
        }
        // Their kind, audience and length, a few small columns (the text only for the page).
        let mut ids: Vec<i64> = candidates.iter().copied().collect();
        ids.sort_unstable();
        let mut meta: HashMap<i64, (String, bool, f64, i64)> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let mut sql = Sql::new(match self.backend {
                Backend::Sqlite => {
                    "SELECT json_group_array(json_array(id, kind, public, len, ref_id)) FROM search_docs"
                }
                Backend::Postgres => {
                    "SELECT json_agg(json_build_array(id, kind, public, len, ref_id))::text FROM search_docs"
                }
            });
            in_list(&mut sql, " WHERE id IN ", Some(chunk));
            let row = sql.query_on(self.backend).fetch_one(&self.pool).await?;
            for (id, kind, public, len, ref_id) in json_rows::<(i64, String, i64, i64, i64)>(row)? {
                meta.insert(id, (kind, public != 0, len as f64, ref_id));
            }
        }
        ids.retain(|d| {
            meta.get(d)
                .is_some_and(|(kind, public, _, _)| audience == Audience::Member || (*public && kind != "person"))
        });
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
        // The filters: each document's values of the filtered facets.
        let mut filtered: HashMap<i64, Vec<(String, String)>> = HashMap::new();
        if !filters.is_empty() {
            for chunk in ids.chunks(CHUNK) {
                let mut sql = Sql::new("SELECT doc_id, facet, value FROM search_facets WHERE facet IN (");
                for (i, f) in filters.keys().enumerate() {
                    sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Text(f.clone()));
                }
                sql.push(")");
                in_list(&mut sql, " AND doc_id IN ", Some(chunk));
                for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                    filtered.entry(r.try_get("doc_id")?).or_default().push((r.try_get("facet")?, r.try_get("value")?));
                }
            }
        }
        let passes = |doc: i64, except: Option<&str>| {
            filters.iter().filter(|(f, _)| Some(f.as_str()) != except).all(|(f, values)| {
                filtered.get(&doc).is_some_and(|fs| {
                    fs.iter().any(|(ff, v)| ff == f && values.iter().any(|want| want.eq_ignore_ascii_case(v)))
                })
            })
        };
        let matched: Vec<i64> = ids.iter().copied().filter(|d| passes(*d, None)).collect();
        // The counts: of every facet over the matches; of a filtered facet over what the other
        // filters leave.
        let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut sets: Vec<(Option<&str>, Vec<i64>)> = vec![(None, matched.clone())];
        for f in filters.keys() {
            sets.push((Some(f.as_str()), ids.iter().copied().filter(|d| passes(*d, Some(f))).collect()));
        }
        for (only, set) in &sets {
            for chunk in set.chunks(CHUNK) {
                let mut sql = Sql::new("SELECT facet, value, COUNT(*) AS n FROM search_facets WHERE ");
                match only {
                    Some(f) => sql.push("facet = ").bind(Bind::Text((*f).to_string())),
                    None => sql.push("1 = 1"),
                };
                in_list(&mut sql, " AND doc_id IN ", Some(chunk));
                sql.push(" GROUP BY facet, value");
                for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                    let facet: String = r.try_get("facet")?;
                    if only.is_none() && filters.contains_key(&facet) {
                        continue;
                    }
                    *counts.entry(facet).or_default().entry(r.try_get("value")?).or_default() +=
                        usize::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0);
                }
            }
        }
        // Ranking, then the page's titles and texts.
        let df: Vec<f64> = per_clause.iter().map(|c| c.len() as f64).collect();
        let mut ranked: Vec<(f64, String, i64, i64)> = matched
            .iter()
            .filter_map(|d| {
                let (kind, _, len, ref_id) = meta.get(d)?;
                let score: f64 = per_clause
                    .iter()
                    .zip(&df)
                    .map(|(c, df)| bm25(c.get(d).copied().unwrap_or(0.0), *df, n, *len, avg))
                    .sum::<f64>()
                    + own.get(d).copied().unwrap_or(0.0);
                // Statements and entries are what is looked for; a body or a person whose name
                // holds the word comes after them (found in review: seven bodies named
                // "metaverse" came before the group's own statement).
                let score = score * kind_weight(kind);
                // Rounded, so that both backends' sums compare equal.
                Some(((score * 1e6).round() / 1e6, kind.clone(), *ref_id, *d))
            })
            .collect();
        let total = ranked.len();
        let named_doc: Option<i64> = match named {
            Some(b) => sqlx::query("SELECT id FROM search_docs WHERE kind = 'body' AND ref_id = $1")
                .bind(b)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?,
            None => None,
        };
        let page: Vec<i64> = {
            // Ties by kind and the entity's own id, the same on both backends.
            ranked.sort_by(|a, b| {
                b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
            });
            // The body a query names comes first; then the best, a few more than asked so that
            // ties of scores are ordered the same on both backends.
            if let Some(doc) = named_doc
                && let Some(at) = ranked.iter().position(|(_, _, _, d)| *d == doc)
            {
                let top = ranked.remove(at);
                ranked.insert(0, top);
            }
            ranked.iter().map(|(_, _, _, d)| *d).collect()
        };
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
        let scores: HashMap<i64, f64> = ranked.iter().map(|(s, _, _, d)| (*d, *s)).collect();
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
    /// The postings of some terms, read straight: what the engine does for a clause without
    /// anything of liaise around it (the baseline of `benches/search.rs`).
    pub async fn raw_postings(&self, terms: &[String]) -> Result<usize> {
        // The same one row of JSON as the search reads: the fastest way the engine hands over.
        let mut sql = Sql::new(match self.backend {
            Backend::Sqlite => "SELECT json_group_array(json_array(doc_id, tf)) FROM search_terms WHERE ",
            Backend::Postgres => "SELECT json_agg(json_build_array(doc_id, tf))::text FROM search_terms WHERE ",
        });
        term_in(&mut sql, terms);
        Ok(json_rows::<(i64, i64)>(sql.query_on(self.backend).fetch_one(&self.pool).await?)?.len())
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

fn in_list(sql: &mut Sql, head: &str, ids: Option<&[i64]>) {
    let Some(ids) = ids else { return };
    sql.push(head).push("(");
    for (i, id) in ids.iter().enumerate() {
        sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*id));
    }
    if ids.is_empty() {
        sql.push("NULL");
    }
    sql.push(")");
}
