//! The due list: who still owes what, by when, and whom to chase.

use crate::Result;
use chrono::NaiveDate;
use liaise_core::registry::{BodyId, Registry};
use liaise_core::track::{ActionState, body_state, days_left, is_overdue};
use liaise_store::Store;
use liaise_store::track::{Address, DueAction, DueLs};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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
    /// The group liaise works for, when set.
    pub group: Option<String>,
    /// The statements the group sent that ask for action, with their counts.
    pub statements: Vec<DueStatement>,
    /// What other bodies owe the group: the statements it sent (its own or its sub-groups'),
    /// never drafts, never another group's statements.
    pub items: Vec<DueItem>,
    /// What the group owes: statements of other bodies that ask it (or a sub-group) for action.
    /// No reminder goes out for these.
    pub we_owe: Vec<DueItem>,
}

/// Whose answer an action waits for, seen from the group liaise works for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owed {
    /// Another body owes the group: the group sent the statement.
    ToUs,
    /// The group owes another body: it received the statement and is asked for action.
    ByUs,
}

/// Which way a statement's actions run, or `None` when it is none of the group's business: a
/// draft, a statement not yet sent, or another group's statement to a third body (issue 9,
/// item 1). `body` is the body asked.
fn owed(reg: &Registry, home: Option<BodyId>, ls: &DueLs, body: BodyId) -> Option<Owed> {
    match (ls.state.as_str(), home) {
        ("sent", None) => Some(Owed::ToUs),
        ("sent", Some(h)) if reg.is_within(ls.source_id, h) => Some(Owed::ToUs),
        ("received", Some(h)) if reg.is_within(body, h) && !reg.is_within(ls.source_id, h) => Some(Owed::ByUs),
        _ => None,
    }
}

/// Computes the due list from the stored actions. Linear in the actions: statements and
/// addresses are read once each, however many bodies owe (issue 9, item 15).
pub async fn due(store: &Store, o: &DueOptions) -> Result<DueReport> {
    let reg = store.shared_registry().await?;
    let home = store.home().await?;
    let (ls_rows, actions) = store.due_input(&reg, o.body.as_deref()).await?;
    let by_id: HashMap<i64, &DueLs> = ls_rows.iter().map(|l| (l.id, l)).collect();
    let mut groups: BTreeMap<(i64, BodyId), (Owed, Vec<&DueAction>)> = BTreeMap::new();
    for a in &actions {
        let Some(ls) = by_id.get(&a.ls_id) else { continue };
        let Some(way) = owed(&reg, home, ls, a.body_id) else { continue };
        groups.entry((a.ls_id, a.body_id)).or_insert_with(|| (way, Vec::new())).1.push(a);
    }
    let mut statements: BTreeMap<i64, DueStatement> = BTreeMap::new();
    let mut items = Vec::new();
    let mut we_owe = Vec::new();
    let addresses = if groups.values().any(|(w, _)| *w == Owed::ToUs) {
        store.all_addresses(&reg, o.as_of).await?
    } else {
        HashMap::new()
    };
    let name = |b: BodyId| reg.canonical(b).unwrap_or("?").to_string();
    for ((ls_id, body_id), (way, group)) in &groups {
        let Some(ls) = by_id.get(ls_id) else { continue };
        let Some(state) = body_state(group.iter().map(|a| a.state)) else { continue };
        let overdue = is_overdue(state, ls.deadline, o.as_of);
        if *way == Owed::ToUs {
            let s = statements.entry(*ls_id).or_insert_with(|| DueStatement {
                ls_id: *ls_id,
                doc_number: ls.doc_number.clone(),
                title: ls.title.clone(),
                deadline: ls.deadline,
                days_left: ls.deadline.map(|d| days_left(d, o.as_of)),
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
        }
        if !state.is_pending() {
            continue;
        }
        let left = ls.deadline.map(|d| days_left(d, o.as_of));
        if o.overdue_only && !overdue {
            continue;
        }
        if let Some(w) = o.within_days
            && left.is_none_or(|l| l > w)
        {
            continue;
        }
        let chase = match way {
            Owed::ByUs => Vec::new(),
            Owed::ToUs => addresses.get(body_id).cloned().unwrap_or_default(),
        };
        let pending: Vec<&&DueAction> = group.iter().filter(|a| a.state.is_pending()).collect();
        let item = DueItem {
            ls_id: *ls_id,
            doc_number: ls.doc_number.clone(),
            title: ls.title.clone(),
            source: name(ls.source_id),
            deadline: ls.deadline,
            days_left: left,
            overdue,
            body_id: *body_id,
            body: name(*body_id),
            state,
            requests: pending.iter().map(|a| a.request.clone()).collect(),
            action_ids: pending.iter().map(|a| a.id).collect(),
            chase,
        };
        match way {
            Owed::ToUs => items.push(item),
            Owed::ByUs => we_owe.push(item),
        }
    }
    // Deadlines first, soonest first; statements without one last.
    let order = |a: &DueItem, b: &DueItem| {
        (a.deadline.is_none(), a.deadline, &a.doc_number, a.body.to_lowercase()).cmp(&(
            b.deadline.is_none(),
            b.deadline,
            &b.doc_number,
            b.body.to_lowercase(),
        ))
    };
    items.sort_by(order);
    we_owe.sort_by(order);
    let mut statements: Vec<DueStatement> = statements.into_values().collect();
    statements.sort_by_key(|a| (a.deadline.is_none(), a.deadline, a.ls_id));
    let group = home.and_then(|h| reg.canonical(h)).map(str::to_string);
    Ok(DueReport { as_of: o.as_of, group, statements, items, we_owe })
}
