//! What the roadmap is computed from, read from the store: the taxonomy, the entries attached to
//! topics, the bodies the statement asked and those that answered.

use crate::catalogue::Gap;
use crate::{Backend, Result, Store, StoreError};
use liaise_core::catalogue::{Lifecycle, year_of};
use liaise_core::registry::BodyId;
use liaise_core::roadmap::{EntryIn, RoadmapInput, TopicIn};
use liaise_core::track::{ActionState, body_state};
use serde::Serialize;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};

/// An entry as the roadmap's pages list it.
#[derive(Debug, Clone, Serialize)]
pub struct EntryBrief {
    pub id: i64,
    pub identifier: String,
    pub title: String,
    pub body_id: BodyId,
    pub lifecycle: Option<Lifecycle>,
    pub status: Option<String>,
    pub published: Option<String>,
    pub started: Option<String>,
    pub url: Option<String>,
}

/// The statement a roadmap answers.
#[derive(Debug, Clone, Serialize)]
pub struct RoadmapStatement {
    pub id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub source: String,
}

/// Everything a roadmap export needs.
#[derive(Debug, Clone)]
pub struct RoadmapData {
    pub input: RoadmapInput,
    pub entries: HashMap<i64, EntryBrief>,
    pub statement: Option<RoadmapStatement>,
    pub gaps: Vec<Gap>,
}

impl Store {
    /// Reads what the roadmap needs. The statement is the one given, else the one the taxonomy
    /// was seeded from. `topics` narrows the roadmap to some topics (names, labels or ids).
    pub async fn roadmap_data(&self, ls: Option<&str>, topics: &[String]) -> Result<RoadmapData> {
        let reg = self.shared_registry().await?;
        let mut all_topics = self.topics().await?;
        if !topics.is_empty() {
            let mut keep = BTreeSet::new();
            for t in topics {
                keep.insert(self.find_topic(t).await?.id);
            }
            all_topics.retain(|t| keep.contains(&t.id));
        }
        let ls_id = match ls {
            Some(l) => Some(self.get_ls(l).await?.id),
            None => {
                let mut seeded: Vec<i64> = all_topics.iter().filter_map(|t| t.source_ls_id).collect();
                seeded.sort_unstable();
                seeded.dedup();
                seeded.last().copied()
            }
        };
        let statement = match ls_id {
            Some(id) => {
                let v = self.get_ls(&id.to_string()).await?;
                Some(RoadmapStatement {
                    id,
                    doc_number: v.record.doc_number.clone(),
                    title: v.record.title.clone(),
                    source: v.source.clone(),
                })
            }
            None => None,
        };

        // Who was asked, who answered and who still owes (issue 9, item 5: a parent was marked
        // as having answered for its sub-body, and bodies asked for information or that
        // declined were listed as gaps). A reply from a sub-body of a body asked (SC 29/WG 2
        // for SC 29) answers for the body asked, never for the bodies above it.
        let mut asked: Vec<BodyId> = Vec::new();
        let mut answered: BTreeSet<BodyId> = BTreeSet::new();
        let mut owing: BTreeSet<BodyId> = BTreeSet::new();
        if let Some(id) = ls_id {
            for r in sqlx::query("SELECT DISTINCT body_id FROM ls_bodies WHERE ls_id = $1 AND list = 'for_action' AND body_id IS NOT NULL")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
            {
                asked.push(reg.current(r.try_get(0)?));
            }
            let repliers = sqlx::query(
                "SELECT l.source_body_id FROM ls_links k JOIN ls l ON l.id = k.reply_id WHERE k.original_id = $1",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            for r in &repliers {
                let b = reg.current(r.try_get(0)?);
                answered.insert(asked.iter().copied().find(|a| reg.is_within(b, *a)).unwrap_or(b));
            }
            let mut states: HashMap<BodyId, Vec<ActionState>> = HashMap::new();
            for r in sqlx::query("SELECT body_id, state FROM actions WHERE ls_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
            {
                let state: String = r.try_get("state")?;
                let state = ActionState::parse(&state).unwrap_or(ActionState::Open);
                states.entry(reg.current(r.try_get("body_id")?)).or_default().push(state);
            }
            for (body, list) in states {
                match body_state(list) {
                    Some(ActionState::Answered) => {
                        answered.insert(body);
                    }
                    Some(s) if s.is_pending() && !answered.contains(&body) => {
                        owing.insert(body);
                    }
                    _ => {}
                }
            }
            // A sub-body a topic names (IEEE SA MSC) owes through the body asked (IEEE SA).
            let owing_asked: Vec<BodyId> = owing.iter().copied().collect();
            for b in reg.bodies() {
                if b.merged_into.is_none() && owing_asked.iter().any(|o| reg.is_within(b.id, *o)) {
                    owing.insert(b.id);
                }
            }
        }
        asked.sort_unstable();
        asked.dedup();

        // The entries on topics, a chunk at a time, each chunk as one row holding a JSON array.
        // Rows reach us from SQLite's worker thread one at a time, and 100,000 hand-overs cost
        // more than the query; one row of JSON per 5,000 entries, decoded straight into tuples,
        // costs a fraction of that, and never holds more than one chunk's text (the whole
        // catalogue in one array was 25 MB of text beside its decoded rows: issue 11).
        let topic_ids: BTreeSet<i64> = all_topics.iter().map(|t| t.id).collect();
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT json_group_array(json_array(c.id, c.identifier, c.title, c.body_id, c.lifecycle, c.status, \
                 c.published, c.started, c.url, t.topics)), MAX(t.entry_id) FROM (SELECT entry_id, \
                 group_concat(topic_id) AS topics FROM catalogue_topics WHERE entry_id > $1 GROUP BY entry_id \
                 ORDER BY entry_id LIMIT 5000) t JOIN catalogue c ON c.id = t.entry_id"
            }
            Backend::Postgres => {
                "SELECT json_agg(json_build_array(c.id, c.identifier, c.title, c.body_id, c.lifecycle, c.status, \
                 c.published, c.started, c.url, t.topics))::text, MAX(t.entry_id) FROM (SELECT entry_id, \
                 string_agg(topic_id::text, ',') AS topics FROM catalogue_topics WHERE entry_id > $1 \
                 GROUP BY entry_id ORDER BY entry_id LIMIT 5000) t JOIN catalogue c ON c.id = t.entry_id"
            }
        };
        type EntryRow = (
            i64,
            String,
            String,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
        );
        let mut entries = HashMap::new();
        let mut input_entries = Vec::new();
        let mut after: i64 = 0;
        loop {
            let row = sqlx::query(sql).bind(after).fetch_one(&self.pool).await?;
            let (Some(json), Some(last)) = (row.try_get::<Option<String>, _>(0)?, row.try_get::<Option<i64>, _>(1)?)
            else {
                break;
            };
            after = last;
            let rows: Vec<EntryRow> = serde_json::from_str(&json)
                .map_err(|e| StoreError::Invalid(format!("the catalogue's entries could not be read: {e}")))?;
            drop(json);
            for (id, identifier, title, body_id, lifecycle, status, published, started, url, topics) in rows {
                let topics: Vec<i64> =
                    topics.split(',').filter_map(|t| t.trim().parse().ok()).filter(|t| topic_ids.contains(t)).collect();
                if topics.is_empty() {
                    continue;
                }
                let Some(body) = body_id.map(|b| reg.current(b)) else {
                    return Err(StoreError::Invalid(format!("catalogue entry {id} has no body")));
                };
                let lifecycle = lifecycle.as_deref().and_then(Lifecycle::parse);
                let year = published.as_deref().and_then(year_of).or_else(|| started.as_deref().and_then(year_of));
                input_entries.push(EntryIn { id, body, lifecycle, year, topics });
                entries.insert(
                    id,
                    EntryBrief { id, identifier, title, body_id: body, lifecycle, status, published, started, url },
                );
            }
        }
        input_entries.sort_by_key(|e| e.id);

        let topics_in: Vec<TopicIn> = all_topics
            .iter()
            .map(|t| TopicIn {
                id: t.id,
                group: t.group.clone(),
                name: t.name.clone(),
                related: t.related.iter().filter(|b| !b.especially).map(|b| b.body_id).collect(),
                especially: t.related.iter().filter(|b| b.especially).map(|b| b.body_id).collect(),
                all_sdos: t.all_sdos,
            })
            .collect();
        let names = reg.bodies().map(|b| (b.id, b.canonical.clone())).collect();
        let gaps = self.gaps().await?;
        Ok(RoadmapData {
            input: RoadmapInput { topics: topics_in, entries: input_entries, names, asked, answered, owing },
            entries,
            statement,
            gaps,
        })
    }
}
