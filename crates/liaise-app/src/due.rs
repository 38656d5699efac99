//! The due list: who still owes what, by when, and whom to chase.

use crate::Result;
use crate::due_live::LiveDue;
use chrono::NaiveDate;
use liaise_core::registry::{BodyId, Registry};
use liaise_core::track::{ActionState, days_left, is_overdue};
use liaise_store::track::{Address, DueCounts, DueFilter, DueGroup, DueSide};
use liaise_store::{Store, StoreError};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// One page of what is owed, one way.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct DuePage {
    pub as_of: NaiveDate,
    pub group: Option<String>,
    pub side: DueSide,
    /// How many items the whole list holds.
    pub total: i64,
    pub items: Vec<DueItem>,
}

/// How the store is asked: the group and its sub-groups found in the registry, the body's name
/// resolved.
async fn filter(store: &Store, reg: &Registry, o: &DueOptions, side: DueSide) -> Result<DueFilter> {
    let home = store.home().await?;
    let body = match &o.body {
        Some(b) => Some(reg.lookup(b).ok_or_else(|| StoreError::NotFound(format!("no body is named {b:?}")))?.id),
        None => None,
    };
    Ok(DueFilter {
        side,
        home: home.map(|h| reg.bodies().filter(|b| reg.is_within(b.id, h)).map(|b| b.id).collect()),
        body,
        as_of: o.as_of,
        within_days: o.within_days,
        overdue_only: o.overdue_only,
        latest_first: false,
    })
}

/// The items of `groups`, with whom to chase for what other bodies owe.
async fn due_items(store: &Store, reg: &Registry, f: &DueFilter, groups: Vec<DueGroup>) -> Result<Vec<DueItem>> {
    let addresses = match f.side {
        DueSide::ToUs if !groups.is_empty() => {
            let bodies: BTreeSet<BodyId> = groups.iter().map(|g| g.body_id).collect();
            let bodies: Vec<BodyId> = bodies.into_iter().collect();
            store.addresses(reg, f.as_of, Some(&bodies)).await?
        }
        _ => HashMap::new(),
    };
    let name = |b: BodyId| reg.canonical(b).unwrap_or("?").to_string();
    Ok(groups
        .into_iter()
        .map(|g| DueItem {
            ls_id: g.ls_id,
            source: name(g.source_id),
            days_left: g.deadline.map(|d| days_left(d, f.as_of)),
            overdue: is_overdue(g.state, g.deadline, f.as_of),
            body: name(g.body_id),
            chase: addresses.get(&g.body_id).cloned().unwrap_or_default(),
            doc_number: g.doc_number,
            title: g.title,
            deadline: g.deadline,
            body_id: g.body_id,
            state: g.state,
            requests: g.requests,
            action_ids: g.action_ids,
        })
        .collect())
}

fn statement(c: DueCounts, as_of: NaiveDate) -> DueStatement {
    let n = |x: i64| usize::try_from(x).unwrap_or(0);
    DueStatement {
        ls_id: c.ls_id,
        days_left: c.deadline.map(|d| days_left(d, as_of)),
        doc_number: c.doc_number,
        title: c.title,
        deadline: c.deadline,
        asked: n(c.asked),
        open: n(c.open),
        overdue: n(c.overdue),
        answered: n(c.answered),
        declined: n(c.declined),
        withdrawn: n(c.withdrawn),
    }
}

fn group_name(reg: &Registry, home: Option<BodyId>) -> Option<String> {
    home.and_then(|h| reg.canonical(h)).map(str::to_string)
}

/// The whole due list: every statement's counts and every item both ways. Deadlines first,
/// soonest first; statements without one last. For the command line and the reminders; a
/// server shows pages (`due_page`, `due_statements`).
pub async fn due(store: &Store, o: &DueOptions) -> Result<DueReport> {
    let reg = store.shared_registry().await?;
    let home = store.home().await?;
    let to_us = filter(store, &reg, o, DueSide::ToUs).await?;
    let by_us = DueFilter { side: DueSide::ByUs, ..to_us.clone() };
    let (counts, _) = store.due_counts(&to_us, None).await?;
    let (groups, _) = store.due_groups(&to_us, None).await?;
    let items = due_items(store, &reg, &to_us, groups).await?;
    let (groups, _) = store.due_groups(&by_us, None).await?;
    let we_owe = due_items(store, &reg, &by_us, groups).await?;
    Ok(DueReport {
        as_of: o.as_of,
        group: group_name(&reg, home),
        statements: counts.into_iter().map(|c| statement(c, o.as_of)).collect(),
        items,
        we_owe,
    })
}

/// One page of what is owed one way, and how many items the whole list holds.
pub async fn due_page(
    store: &Store,
    live: Option<&LiveDue>,
    o: &DueOptions,
    side: DueSide,
    limit: i64,
    offset: i64,
) -> Result<DuePage> {
    let reg = store.shared_registry().await?;
    let home = store.home().await?;
    let f = filter(store, &reg, o, side).await?;
    let (groups, total) = groups(store, live, &f, Some((limit, offset))).await?;
    Ok(DuePage {
        as_of: o.as_of,
        group: group_name(&reg, home),
        side,
        total,
        items: due_items(store, &reg, &f, groups).await?,
    })
}

/// The rows of the due list from the server's index when it has one, else from the database.
async fn groups(
    store: &Store,
    live: Option<&LiveDue>,
    f: &DueFilter,
    page: Option<(i64, i64)>,
) -> Result<(Vec<DueGroup>, i64)> {
    let Some(live) = live else { return Ok(store.due_groups(f, page).await?) };
    let Some((rows, total)) = live.groups(store, f, page).await? else { return Ok(store.due_groups(f, page).await?) };
    let mut groups: Vec<DueGroup> = rows
        .into_iter()
        .map(|r| DueGroup {
            ls_id: r.ls_id,
            doc_number: r.doc_number,
            title: String::new(),
            source_id: r.source_id,
            deadline: r.deadline,
            body_id: r.body_id,
            state: r.state,
            requests: Vec::new(),
            action_ids: Vec::new(),
        })
        .collect();
    store.due_fill(f, &mut groups).await?;
    Ok((groups, total))
}

/// One page of the statements the group sent that ask for action, with their counts, and how
/// many there are.
pub async fn due_statements(
    store: &Store,
    live: Option<&LiveDue>,
    o: &DueOptions,
    limit: i64,
    offset: i64,
) -> Result<(Vec<DueStatement>, i64)> {
    let reg = store.shared_registry().await?;
    let f = filter(store, &reg, o, DueSide::ToUs).await?;
    let from_index = match live {
        Some(live) => live.counts(store, &f, Some((limit, offset))).await?,
        None => None,
    };
    let (counts, total) = match from_index {
        Some((tallies, total)) => {
            let titles = store.ls_titles(&tallies.iter().map(|t| t.ls_id).collect::<Vec<_>>()).await?;
            let counts = tallies
                .into_iter()
                .map(|t| DueCounts {
                    title: titles.get(&t.ls_id).cloned().unwrap_or_default(),
                    ls_id: t.ls_id,
                    doc_number: t.doc_number,
                    deadline: t.deadline,
                    asked: t.asked,
                    open: t.open,
                    overdue: t.overdue,
                    answered: t.answered,
                    declined: t.declined,
                    withdrawn: t.withdrawn,
                })
                .collect();
            (counts, total)
        }
        None => store.due_counts(&f, Some((limit, offset))).await?,
    };
    Ok((counts.into_iter().map(|c| statement(c, o.as_of)).collect(), total))
}

/// The latest `limit` actions that became overdue (of one body, when given): a feed.
pub async fn overdue_latest(
    store: &Store,
    live: Option<&LiveDue>,
    as_of: NaiveDate,
    body: Option<String>,
    limit: i64,
) -> Result<Vec<DueItem>> {
    let reg = store.shared_registry().await?;
    let o = DueOptions { as_of, within_days: None, overdue_only: true, body };
    let f = DueFilter { latest_first: true, ..filter(store, &reg, &o, DueSide::ToUs).await? };
    let (groups, _) = groups(store, live, &f, Some((limit, 0))).await?;
    due_items(store, &reg, &f, groups).await
}
