//! What the roadmap is computed from, read from the store: the taxonomy, the entries attached to
//! topics, the bodies the statement asked and those that answered.

use crate::catalogue::Gap;
use crate::sql::opt_text;
use crate::{Result, Store, StoreError};
use liaise_core::catalogue::{Lifecycle, year_of};
use liaise_core::registry::BodyId;
use liaise_core::roadmap::{EntryIn, RoadmapInput, TopicIn};
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
        let reg = self.registry().await?;
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

        // Who was asked, and who answered: the sources of linked replies, the bodies above
        // them, and bodies whose every action was marked answered.
        let mut asked: Vec<BodyId> = Vec::new();
        let mut answered: BTreeSet<BodyId> = BTreeSet::new();
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
            let answered_actions =
                sqlx::query("SELECT DISTINCT body_id FROM actions WHERE ls_id = $1 AND state = 'answered'")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
            for r in repliers.iter().chain(answered_actions.iter()) {
                let mut b = Some(reg.current(r.try_get(0)?));
                while let Some(x) = b.filter(|x| !answered.contains(x)) {
                    answered.insert(x);
                    b = reg.get(x).and_then(|body| body.parent);
                }
            }
        }
        asked.sort_unstable();
        asked.dedup();

        let topic_ids: BTreeSet<i64> = all_topics.iter().map(|t| t.id).collect();
        let mut entry_topics: HashMap<i64, Vec<i64>> = HashMap::new();
        for r in sqlx::query("SELECT entry_id, topic_id FROM catalogue_topics").fetch_all(&self.pool).await? {
            let t: i64 = r.try_get("topic_id")?;
            if topic_ids.contains(&t) {
                entry_topics.entry(r.try_get("entry_id")?).or_default().push(t);
            }
        }
        let mut entries = HashMap::new();
        let mut input_entries = Vec::with_capacity(entry_topics.len());
        let rows = sqlx::query(
            "SELECT id, identifier, title, body_id, lifecycle, status, published, started, url FROM catalogue \
             WHERE id IN (SELECT entry_id FROM catalogue_topics)",
        )
        .fetch_all(&self.pool)
        .await?;
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let Some(topics) = entry_topics.remove(&id) else { continue };
            let Some(body) = r.try_get::<Option<i64>, _>("body_id")?.map(|b| reg.current(b)) else {
                return Err(StoreError::Invalid(format!("catalogue entry {id} has no body")));
            };
            let lifecycle = opt_text(r, "lifecycle")?.as_deref().and_then(Lifecycle::parse);
            let published = opt_text(r, "published")?;
            let started = opt_text(r, "started")?;
            let brief = EntryBrief {
                id,
                identifier: r.try_get("identifier")?,
                title: r.try_get("title")?,
                body_id: body,
                lifecycle,
                status: opt_text(r, "status")?,
                published: published.clone(),
                started: started.clone(),
                url: opt_text(r, "url")?,
            };
            input_entries.push(EntryIn {
                id,
                name: brief.identifier.clone(),
                title: brief.title.clone(),
                body,
                lifecycle,
                year: published.as_deref().and_then(year_of).or_else(|| started.as_deref().and_then(year_of)),
                topics,
            });
            entries.insert(id, brief);
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
            input: RoadmapInput { topics: topics_in, entries: input_entries, names, asked, answered },
            entries,
            statement,
            gaps,
        })
    }
}
