//! The due list of a running server, kept in memory and brought up to date from the events
//! before each read: a change re-reads its own statement's counts (a few milliseconds), not the
//! whole list (issue 28: seconds at 1.5 million actions, ten times a second under writes).
//!
//! Invariant: a read answers from the index only once it took in every event up to the data
//! stamp it read; when the index must be made again (a body merged or renamed, the group
//! changed, a long gap), the one made before answers meanwhile and a single rebuild runs in
//! the background; before the first one is made, reads go to the database as before.

use crate::Result;
use liaise_core::due::{DueFilter, DueIndex, DueRow, DueTally};
use liaise_store::Store;
use liaise_store::due::Touched;
use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

/// Past so many events since the last read, the index is made again rather than caught up.
const MAX_CATCH_UP: i64 = 5_000;
/// Events below the last one taken in that are read again: on PostgreSQL a transaction that
/// took its event id first may commit after one that took a later id.
const WINDOW: i64 = 256;

/// What an event means for the due index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Touch {
    /// Nothing on the due list changes.
    Nothing,
    /// One statement's fields or actions.
    Statement(i64),
    /// One action: its statement's counts.
    Action(i64),
    /// The order of bodies or the group: everything.
    Everything,
}

fn touch(e: &Touched) -> Touch {
    match (e.entity.as_str(), e.kind.as_str()) {
        ("ls", _) => Touch::Statement(e.entity_id),
        ("action", _) => Touch::Action(e.entity_id),
        // A new body or a new name of one changes no body's canonical name; a body first seen
        // on a statement is found when that statement is read (`UnknownBody`).
        ("body", "body.created" | "body.alias_added") => Touch::Nothing,
        (
            "user" | "token" | "topic" | "gap" | "catalogue" | "designation" | "reminder" | "mail" | "meeting"
            | "proposal" | "review",
            _,
        ) => Touch::Nothing,
        _ => Touch::Everything,
    }
}

#[derive(Debug, Default)]
struct Live {
    index: Option<DueIndex>,
    /// The last event taken in.
    through: i64,
    /// The events in the window below `through` already taken in.
    seen: HashSet<i64>,
    rebuilding: bool,
}

/// The due index of a server, shared by its requests.
#[derive(Debug, Clone, Default)]
pub struct LiveDue {
    live: Arc<tokio::sync::Mutex<Live>>,
}

impl LiveDue {
    /// Makes the index in the background (the server does this when it starts).
    pub async fn start(&self, store: &Store) {
        let mut live = self.live.lock().await;
        self.rebuild(&mut live, store);
    }

    /// Whether the index has been made (reads go to the database until it is).
    pub async fn is_ready(&self) -> bool {
        self.live.lock().await.index.is_some()
    }

    /// Whether the index is made and no new one is being made (tests wait for this).
    pub async fn is_current(&self) -> bool {
        let live = self.live.lock().await;
        live.index.is_some() && !live.rebuilding
    }

    fn rebuild(&self, live: &mut Live, store: &Store) {
        if live.rebuilding {
            return;
        }
        live.rebuilding = true;
        let this = self.clone();
        let store = store.clone();
        tokio::spawn(async move {
            let made = this.make(&store).await;
            let mut live = this.live.lock().await;
            live.rebuilding = false;
            match made {
                Ok(Some((index, through, seen))) => {
                    live.index = Some(index);
                    live.through = through;
                    live.seen = seen;
                }
                // A body appeared while it was made: the next read starts it again.
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "the due list's index could not be made; the database answers"),
            }
        });
    }

    async fn make(&self, store: &Store) -> Result<Option<(DueIndex, i64, HashSet<i64>)>> {
        // The stamp before reading: a change made while it reads is taken in again after.
        let through = store.data_stamp().await?;
        let seen = store.events_after(through - WINDOW, WINDOW).await?.into_iter().map(|e| e.id).collect();
        Ok(store.due_index().await?.ok().map(|ix| (ix, through, seen)))
    }

    /// Takes in the events since the last read; `false` when the index cannot answer for now.
    async fn catch_up(&self, live: &mut Live, store: &Store) -> Result<bool> {
        if live.index.is_none() {
            self.rebuild(live, store);
            return Ok(false);
        }
        let from = live.through - WINDOW;
        let events = store.events_after(from, MAX_CATCH_UP + WINDOW + 1).await?;
        let new: Vec<&Touched> = events.iter().filter(|e| !live.seen.contains(&e.id)).collect();
        if new.is_empty() {
            return Ok(true);
        }
        if events.len() as i64 > MAX_CATCH_UP + WINDOW {
            self.rebuild(live, store);
            return Ok(live.index.is_some());
        }
        let mut statements: BTreeSet<i64> = BTreeSet::new();
        let mut actions: Vec<i64> = Vec::new();
        let mut everything = false;
        for e in &new {
            match touch(e) {
                Touch::Nothing => {}
                Touch::Statement(id) => {
                    statements.insert(id);
                }
                Touch::Action(id) => actions.push(id),
                Touch::Everything => everything = true,
            }
        }
        if !actions.is_empty() {
            let of = store.statements_of_actions(&actions).await?;
            // An action no longer there: its statement cannot be told; everything is read.
            everything |= actions.iter().any(|a| !of.contains_key(a));
            statements.extend(of.values());
        }
        let last = new.iter().map(|e| e.id).max().unwrap_or(live.through);
        if !everything {
            let ids: Vec<i64> = statements.into_iter().collect();
            let Some(index) = live.index.as_mut() else { return Ok(false) };
            everything = store.due_reload(index, Some(&ids)).await?.is_err();
        }
        if everything {
            self.rebuild(live, store);
            // The old index answers until the new one is made: out of date by these events.
            return Ok(live.index.is_some());
        }
        live.seen.extend(new.iter().map(|e| e.id));
        live.through = live.through.max(last);
        let floor = live.through - WINDOW;
        live.seen.retain(|id| *id > floor);
        Ok(true)
    }

    /// What `read` makes of the index once it took in every change, or `None` when the
    /// database must answer.
    async fn read<T>(&self, store: &Store, read: impl FnOnce(&DueIndex) -> T) -> Result<Option<T>> {
        let mut live = self.live.lock().await;
        if !self.catch_up(&mut live, store).await? {
            return Ok(None);
        }
        Ok(live.index.as_ref().map(read))
    }

    /// A page of the due list from the index, or `None` when the database must answer.
    pub async fn groups(
        &self,
        store: &Store,
        f: &DueFilter,
        page: Option<(i64, i64)>,
    ) -> Result<Option<(Vec<DueRow>, i64)>> {
        self.read(store, |ix| ix.groups(f, page)).await
    }

    /// A page of the statements' counts from the index, or `None` when the database must
    /// answer.
    pub async fn counts(
        &self,
        store: &Store,
        f: &DueFilter,
        page: Option<(i64, i64)>,
    ) -> Result<Option<(Vec<DueTally>, i64)>> {
        self.read(store, |ix| ix.counts(f, page)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(entity: &str, kind: &str) -> Touched {
        Touched { id: 1, entity: entity.into(), kind: kind.into(), entity_id: 7 }
    }

    #[test]
    fn events_touch_what_they_change() {
        assert_eq!(touch(&event("ls", "ls.updated")), Touch::Statement(7));
        assert_eq!(touch(&event("action", "action.state")), Touch::Action(7));
        assert_eq!(touch(&event("body", "body.created")), Touch::Nothing);
        assert_eq!(touch(&event("body", "body.merged")), Touch::Everything);
        assert_eq!(touch(&event("body", "group.set")), Touch::Everything);
        assert_eq!(touch(&event("user", "user.login")), Touch::Nothing);
        assert_eq!(touch(&event("something-new", "x.y")), Touch::Everything, "what it does not know: all again");
    }
}
