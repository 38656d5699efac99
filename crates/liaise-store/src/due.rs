//! What the due index (`liaise_core::due::DueIndex`) is made from: every statement's actions
//! counted by body and state, the events that say which statements changed since, and the
//! titles and requests of the page a list shows.

use crate::sql::{Sql, in_list, opt_text};
use crate::track::DueGroup;
use crate::{Result, Store};
use liaise_core::due::{DueFilter, DueIndex, DueStatementInput, LsSide, UnknownBody};
use liaise_core::registry::BodyId;
use liaise_core::track::ActionState;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};

/// One change of the event log, as a catch-up reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Touched {
    pub id: i64,
    pub kind: String,
    pub entity: String,
    pub entity_id: i64,
}

impl Store {
    /// A due index of every statement, over the bodies of the registry as it is now.
    pub async fn due_index(&self) -> Result<std::result::Result<DueIndex, UnknownBody>> {
        let reg = self.shared_registry().await?;
        let mut ix = DueIndex::new(reg.bodies().map(|b| (b.id, b.canonical.as_str())));
        Ok(self.due_reload(&mut ix, None).await?.map(|()| ix))
    }

    /// Reads these statements (all, with `None`) again into `ix`: a statement no longer there
    /// leaves it. A body the index does not know stops the reading: the index must be made
    /// again (what it was given so far is in it).
    pub async fn due_reload(
        &self,
        ix: &mut DueIndex,
        ids: Option<&[i64]>,
    ) -> Result<std::result::Result<(), UnknownBody>> {
        let chunks: Vec<Option<&[i64]>> = match ids {
            Some(ids) => ids.chunks(500).map(Some).collect(),
            None => vec![None],
        };
        for chunk in chunks {
            let mut sql = Sql::new("SELECT id, state, source_body_id, deadline, doc_number FROM ls");
            in_list(&mut sql, " WHERE id IN ", chunk);
            let mut statements: HashMap<i64, DueStatementInput> = HashMap::new();
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                let state: String = r.try_get("state")?;
                let side = match state.as_str() {
                    "sent" => LsSide::Sent,
                    "received" => LsSide::Received,
                    _ => LsSide::Other,
                };
                let source: Option<BodyId> = r.try_get("source_body_id")?;
                statements.insert(
                    r.try_get("id")?,
                    DueStatementInput {
                        side,
                        source: source.unwrap_or(0),
                        deadline: opt_text(&r, "deadline")?
                            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                        doc_number: opt_text(&r, "doc_number")?,
                        actions: Vec::new(),
                    },
                );
            }
            let mut sql = Sql::new("SELECT ls_id, body_id, state, COUNT(*) AS n FROM actions");
            in_list(&mut sql, " WHERE ls_id IN ", chunk);
            sql.push(" GROUP BY ls_id, body_id, state");
            let mut rows = sql.query_on(self.backend).fetch(&self.pool);
            while let Some(r) = futures_util::TryStreamExt::try_next(&mut rows).await? {
                let ls_id: i64 = r.try_get("ls_id")?;
                let state: String = r.try_get("state")?;
                let n: i64 = r.try_get("n")?;
                if let (Some(s), Some(state)) = (statements.get_mut(&ls_id), ActionState::parse(&state)) {
                    s.actions.push((r.try_get("body_id")?, state, u32::try_from(n).unwrap_or(u32::MAX)));
                }
            }
            drop(rows);
            if let Some(chunk) = chunk {
                for id in chunk {
                    if !statements.contains_key(id)
                        && let Err(e) = ix.set(*id, None)
                    {
                        return Ok(Err(e));
                    }
                }
            }
            for (id, s) in statements {
                if let Err(e) = ix.set(id, Some(s)) {
                    return Ok(Err(e));
                }
            }
        }
        Ok(Ok(()))
    }

    /// The events after `after`, oldest first, at most `limit` of them.
    pub async fn events_after(&self, after: i64, limit: i64) -> Result<Vec<Touched>> {
        let rows = sqlx::query("SELECT id, kind, entity, entity_id FROM events WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Touched {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    entity: r.try_get("entity")?,
                    entity_id: r.try_get("entity_id")?,
                })
            })
            .collect()
    }

    /// The statements of these actions (an action no longer there is not in the answer).
    pub async fn statements_of_actions(&self, ids: &[i64]) -> Result<HashMap<i64, i64>> {
        let mut out = HashMap::new();
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new("SELECT id, ls_id FROM actions");
            in_list(&mut sql, " WHERE id IN ", Some(chunk));
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                out.insert(r.try_get("id")?, r.try_get("ls_id")?);
            }
        }
        Ok(out)
    }

    /// The titles of these statements.
    pub async fn ls_titles(&self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        let ids: Vec<i64> = ids.iter().copied().collect::<BTreeSet<i64>>().into_iter().collect();
        let mut titles = HashMap::new();
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new("SELECT id, title FROM ls");
            in_list(&mut sql, " WHERE id IN ", Some(chunk));
            for r in sql.query_on(self.backend).fetch_all(&self.pool).await? {
                titles.insert(r.try_get("id")?, r.try_get("title")?);
            }
        }
        Ok(titles)
    }

    /// Fills in the titles and pending requests of a page of the due list read elsewhere (from
    /// the due index): what `due_groups` adds to its rows.
    pub async fn due_fill(&self, f: &DueFilter, groups: &mut [DueGroup]) -> Result<()> {
        self.due_titles(groups).await?;
        self.due_requests(f, groups, true).await
    }
}
