//! The due list: who still owes what, by when, and whom to chase.

use crate::Result;
use chrono::NaiveDate;
use liaise_core::registry::BodyId;
use liaise_core::track::{ActionState, days_left, is_overdue};
use liaise_store::Store;
use liaise_store::track::{ActionFilter, ActionRow, Address};
use serde::Serialize;
use std::collections::BTreeMap;

/// What to list.
#[derive(Debug, Clone)]
pub struct DueOptions {
    /// The day taken as today.
    pub as_of: NaiveDate,
    /// Only deadlines up to so many days after today (overdue ones included).
    pub within_days: Option<i64>,
    pub overdue_only: bool,
    /// Only what this body owes (any of its names).
    pub body: Option<String>,
}

/// What one body owes on one statement.
#[derive(Debug, Clone, Serialize)]
pub struct DueItem {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub source: String,
    pub deadline: Option<NaiveDate>,
    pub days_left: Option<i64>,
    pub overdue: bool,
    pub body_id: BodyId,
    pub body: String,
    /// "open", or "acknowledged" when the body acknowledged every pending request.
    pub state: ActionState,
    pub requests: Vec<String>,
    pub action_ids: Vec<i64>,
    /// Whom to chase: confirmed rapporteurs first, then contacts the body gave.
    pub chase: Vec<Address>,
}

/// Where a statement's actions stand, body by body.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DueStatement {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub deadline: Option<NaiveDate>,
    pub days_left: Option<i64>,
    /// Bodies asked for action.
    pub asked: usize,
    /// Bodies that still owe something.
    pub open: usize,
    pub overdue: usize,
    /// Bodies whose every action is answered.
    pub answered: usize,
    pub declined: usize,
    pub withdrawn: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DueReport {
    pub as_of: NaiveDate,
    pub statements: Vec<DueStatement>,
    pub items: Vec<DueItem>,
}

/// Where one body stands on one statement, from the states of its actions.
fn body_state(actions: &[&ActionRow]) -> Option<ActionState> {
    let pending: Vec<&&ActionRow> = actions.iter().filter(|a| a.state.is_pending()).collect();
    if !pending.is_empty() {
        return Some(if pending.iter().all(|a| a.state == ActionState::Acknowledged) {
            ActionState::Acknowledged
        } else {
            ActionState::Open
        });
    }
    [ActionState::Answered, ActionState::Declined, ActionState::Withdrawn]
        .into_iter()
        .find(|s| actions.iter().any(|a| a.state == *s))
}

/// Computes the due list from the stored actions.
pub async fn due(store: &Store, o: &DueOptions) -> Result<DueReport> {
    let filter = ActionFilter { body: o.body.clone(), living_only: true, ..ActionFilter::default() };
    let actions = store.actions(&filter).await?;
    let mut groups: BTreeMap<(i64, BodyId), Vec<&ActionRow>> = BTreeMap::new();
    for a in &actions {
        groups.entry((a.ls_id, a.body_id)).or_default().push(a);
    }
    let mut statements: BTreeMap<i64, DueStatement> = BTreeMap::new();
    let mut items = Vec::new();
    for ((ls_id, body_id), group) in &groups {
        let first = group[0];
        let Some(state) = body_state(group) else { continue };
        let overdue = is_overdue(state, first.deadline, o.as_of);
        let s = statements.entry(*ls_id).or_insert_with(|| DueStatement {
            ls_id: *ls_id,
            doc_number: first.doc_number.clone(),
            title: first.title.clone(),
            deadline: first.deadline,
            days_left: first.deadline.map(|d| days_left(d, o.as_of)),
            asked: 0,
            open: 0,
            overdue: 0,
            answered: 0,
            declined: 0,
            withdrawn: 0,
        });
        s.asked += 1;
        match state {
            ActionState::Open | ActionState::Acknowledged => s.open += 1,
            ActionState::Answered => s.answered += 1,
            ActionState::Declined => s.declined += 1,
            ActionState::Withdrawn => s.withdrawn += 1,
        }
        s.overdue += usize::from(overdue);
        if !state.is_pending() {
            continue;
        }
        let left = first.deadline.map(|d| days_left(d, o.as_of));
        if o.overdue_only && !overdue {
            continue;
        }
        if let Some(w) = o.within_days
            && left.is_none_or(|l| l > w)
        {
            continue;
        }
        let pending: Vec<&&ActionRow> = group.iter().filter(|a| a.state.is_pending()).collect();
        items.push(DueItem {
            ls_id: *ls_id,
            doc_number: first.doc_number.clone(),
            title: first.title.clone(),
            source: first.source.clone(),
            deadline: first.deadline,
            days_left: left,
            overdue,
            body_id: *body_id,
            body: first.body.clone(),
            state,
            requests: pending.iter().map(|a| a.request.clone()).collect(),
            action_ids: pending.iter().map(|a| a.id).collect(),
            chase: store.addresses(*body_id, o.as_of).await?,
        });
    }
    // Deadlines first, soonest first; statements without one last.
    items.sort_by(|a, b| {
        (a.deadline.is_none(), a.deadline, &a.doc_number, a.body.to_lowercase()).cmp(&(
            b.deadline.is_none(),
            b.deadline,
            &b.doc_number,
            b.body.to_lowercase(),
        ))
    });
    let mut statements: Vec<DueStatement> = statements.into_values().collect();
    statements.sort_by_key(|a| (a.deadline.is_none(), a.deadline, a.ls_id));
    Ok(DueReport { as_of: o.as_of, statements, items })
}
