//! The due list's rules and an index of it kept in memory: what each body owes on each
//! statement, counted by action state, so that a page of the list is read from counts that a
//! change updates for its own statement only, instead of grouping every action again (issue 28:
//! with ten changes a second, the list grouped 1.5 million actions ten times a second).
//!
//! Invariant: `DueIndex::groups` and `DueIndex::counts` answer exactly as the store's SQL
//! (`Store::due_groups`, `Store::due_counts`) does, in the same order; a test in the store's
//! suite compares them on both backends after random changes.

use crate::registry::BodyId;
use crate::track::ActionState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// Which way a due list looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DueSide {
    /// Other bodies owe the group: the statements it (or a sub-group) sent, never drafts.
    ToUs,
    /// The group owes: statements of other bodies that ask it (or a sub-group) for action.
    ByUs,
}

/// What a due list is made of. The rules of `crate::track::body_state` and `is_overdue`, as
/// the store writes them in SQL and `DueIndex` reads them from its counts.
#[derive(Debug, Clone)]
pub struct DueFilter {
    pub side: DueSide,
    /// The group and its sub-groups, when the group is set.
    pub home: Option<Vec<BodyId>>,
    /// Only what this body owes.
    pub body: Option<BodyId>,
    pub as_of: NaiveDate,
    /// Only deadlines up to so many days after `as_of` (overdue ones included).
    pub within_days: Option<i64>,
    pub overdue_only: bool,
    /// Latest deadline first (a feed), instead of soonest first.
    pub latest_first: bool,
}

impl DueFilter {
    /// Whether a statement's deadline passes the filter's conditions on deadlines.
    fn deadline_passes(&self, deadline: Option<NaiveDate>) -> bool {
        if self.overdue_only && deadline.is_none_or(|d| d >= self.as_of) {
            return false;
        }
        if let Some(w) = self.within_days {
            let last = u64::try_from(w)
                .ok()
                .and_then(|w| self.as_of.checked_add_days(chrono::Days::new(w)))
                .unwrap_or(self.as_of);
            if deadline.is_none_or(|d| d > last) {
                return false;
            }
        }
        true
    }

    fn in_home(&self, b: BodyId) -> bool {
        self.home.as_ref().is_some_and(|h| h.contains(&b))
    }
}

/// Where a statement stands, as far as the due list cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LsSide {
    Sent,
    Received,
    /// Drafts and anything else: on no due list.
    Other,
}

/// One statement as the index takes it: its fields and its actions, one entry per action (or
/// per body and state with a count).
#[derive(Debug, Clone)]
pub struct DueStatementInput {
    pub side: LsSide,
    pub source: BodyId,
    pub deadline: Option<NaiveDate>,
    pub doc_number: Option<String>,
    pub actions: Vec<(BodyId, ActionState, u32)>,
}

/// One row of the list: what one body owes on one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRow {
    pub ls_id: i64,
    pub body_id: BodyId,
    pub source_id: BodyId,
    pub doc_number: Option<String>,
    pub deadline: Option<NaiveDate>,
    /// Open when any pending request is, else acknowledged.
    pub state: ActionState,
}

/// Where one statement's actions stand, body by body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueTally {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub asked: i64,
    pub open: i64,
    pub overdue: i64,
    pub answered: i64,
    pub declined: i64,
    pub withdrawn: i64,
}

/// A body is not in the order the index was made with: it must be made again.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("body {0} is new to the due index")]
pub struct UnknownBody(pub BodyId);

/// The actions of one body on one statement, by state (in `ActionState::ALL`'s order).
type Counts = [u16; 5];

fn state_at(s: ActionState) -> usize {
    ActionState::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

fn pending(c: &Counts) -> u32 {
    u32::from(c[0]) + u32::from(c[1])
}

/// What a body's counts add up to: the rules of `crate::track::body_state`, as `due_counts`
/// writes them in SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Open,
    Answered,
    Declined,
    Withdrawn,
}

fn outcome(c: &Counts) -> Outcome {
    if pending(c) > 0 {
        Outcome::Open
    } else if c[2] > 0 {
        Outcome::Answered
    } else if c[3] > 0 {
        Outcome::Declined
    } else {
        Outcome::Withdrawn
    }
}

/// The key statements are listed by: deadline (none last), then no document number first, then
/// the number's bytes, then the statement.
type Key = (bool, Option<NaiveDate>, bool, Option<String>, i64);

#[derive(Debug, Clone)]
struct Entry {
    side: LsSide,
    source: BodyId,
    deadline: Option<NaiveDate>,
    doc_number: Option<String>,
    /// (rank of the body, its counts), by rank: the bodies' order by name.
    bodies: Vec<(u32, Counts)>,
    /// How many bodies owe something and how many came out each way: the answer of the
    /// unfiltered case without reading `bodies`.
    tally: [u32; 4],
}

impl Entry {
    fn key(&self, id: i64) -> Key {
        (self.deadline.is_none(), self.deadline, self.doc_number.is_some(), self.doc_number.clone(), id)
    }
}

/// The due list in memory. Built from every statement's actions, then kept by `set` as
/// statements change.
#[derive(Debug, Clone, Default)]
pub struct DueIndex {
    /// The bodies by rank: their order by lower-case canonical name (ASCII folding, as SQLite's
    /// `LOWER`), then id.
    by_rank: Vec<BodyId>,
    rank: HashMap<BodyId, u32>,
    entries: HashMap<i64, Entry>,
    order: BTreeSet<Key>,
    /// Deadline (none last), then statement: the order of `counts`.
    by_deadline: BTreeSet<(bool, Option<NaiveDate>, i64)>,
}

impl DueIndex {
    /// An empty index over these bodies (id, canonical name).
    pub fn new<'a>(bodies: impl IntoIterator<Item = (BodyId, &'a str)>) -> Self {
        let mut named: Vec<(String, BodyId)> =
            bodies.into_iter().map(|(id, name)| (name.to_ascii_lowercase(), id)).collect();
        named.sort();
        named.dedup_by_key(|(_, id)| *id);
        let by_rank: Vec<BodyId> = named.iter().map(|(_, id)| *id).collect();
        let rank = by_rank.iter().enumerate().map(|(i, id)| (*id, i as u32)).collect();
        DueIndex { by_rank, rank, ..DueIndex::default() }
    }

    /// How many statements it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Puts in (or replaces, or with `None` takes out) one statement. A body the index was
    /// not made with leaves the index as it was and says so.
    pub fn set(&mut self, ls_id: i64, statement: Option<DueStatementInput>) -> Result<(), UnknownBody> {
        let entry = match statement {
            Some(s) if s.side != LsSide::Other => {
                let mut bodies: Vec<(u32, Counts)> = Vec::new();
                for (body, state, n) in s.actions {
                    let r = *self.rank.get(&body).ok_or(UnknownBody(body))?;
                    let at = match bodies.binary_search_by_key(&r, |(r, _)| *r) {
                        Ok(i) => i,
                        Err(i) => {
                            bodies.insert(i, (r, [0; 5]));
                            i
                        }
                    };
                    let c = &mut bodies[at].1[state_at(state)];
                    *c = c.saturating_add(u16::try_from(n).unwrap_or(u16::MAX));
                }
                bodies.retain(|(_, c)| c.iter().any(|n| *n > 0));
                let mut tally = [0u32; 4];
                for (_, c) in &bodies {
                    tally[outcome(c) as usize] += 1;
                }
                // A statement without actions is on no list.
                (!bodies.is_empty()).then_some(Entry {
                    side: s.side,
                    source: s.source,
                    deadline: s.deadline,
                    doc_number: s.doc_number,
                    bodies,
                    tally,
                })
            }
            _ => None,
        };
        if let Some(old) = self.entries.remove(&ls_id) {
            self.order.remove(&old.key(ls_id));
            self.by_deadline.remove(&(old.deadline.is_none(), old.deadline, ls_id));
        }
        if let Some(e) = entry {
            self.order.insert(e.key(ls_id));
            self.by_deadline.insert((e.deadline.is_none(), e.deadline, ls_id));
            self.entries.insert(ls_id, e);
        }
        Ok(())
    }

    /// Whether a statement is on the filter's side, whatever its deadline.
    fn on_side(&self, f: &DueFilter, e: &Entry) -> bool {
        match (f.side, &f.home) {
            (DueSide::ToUs, None) => e.side == LsSide::Sent,
            (DueSide::ToUs, Some(_)) => e.side == LsSide::Sent && f.in_home(e.source),
            (DueSide::ByUs, None) => false,
            (DueSide::ByUs, Some(_)) => e.side == LsSide::Received && !f.in_home(e.source),
        }
    }

    fn counts_of(&self, e: &Entry, body: BodyId) -> Option<(u32, Counts)> {
        let r = *self.rank.get(&body)?;
        e.bodies.binary_search_by_key(&r, |(r, _)| *r).ok().map(|i| e.bodies[i])
    }

    /// The bodies of a statement the filter asks about with their counts, by rank: every one,
    /// the filter's body only, or (what the group owes) the group's own.
    fn bodies_of<'e>(&self, f: &DueFilter, e: &'e Entry) -> Box<dyn Iterator<Item = (u32, Counts)> + 'e> {
        let owes = |b: BodyId| f.side == DueSide::ToUs || f.in_home(b);
        match f.body {
            Some(b) => Box::new(self.counts_of(e, b).filter(|_| owes(b)).into_iter()),
            None if f.side == DueSide::ByUs => {
                let mut own: Vec<(u32, Counts)> =
                    f.home.iter().flatten().filter_map(|b| self.counts_of(e, *b)).collect();
                own.sort_by_key(|(r, _)| *r);
                own.dedup_by_key(|(r, _)| *r);
                Box::new(own.into_iter())
            }
            None => Box::new(e.bodies.iter().copied()),
        }
    }

    /// How many rows a statement gives: bodies that still owe something.
    fn pending_rows(&self, f: &DueFilter, e: &Entry) -> usize {
        if f.body.is_none() && f.side == DueSide::ToUs {
            return e.tally[Outcome::Open as usize] as usize;
        }
        self.bodies_of(f, e).filter(|(_, c)| pending(c) > 0).count()
    }

    /// What bodies owe (or the group owes), one row per statement and body with something
    /// pending, in `Store::due_groups`' order, and how many such rows there are. `page` is
    /// (limit, offset); `None` gives all.
    pub fn groups(&self, f: &DueFilter, page: Option<(i64, i64)>) -> (Vec<DueRow>, i64) {
        let mut listed: Vec<(&Key, &Entry, usize)> = self
            .order
            .iter()
            .filter_map(|k| self.entries.get(&k.4).map(|e| (k, e)))
            .filter(|(_, e)| self.on_side(f, e) && f.deadline_passes(e.deadline))
            .filter_map(|(k, e)| Some((k, e, self.pending_rows(f, e))).filter(|(_, _, n)| *n > 0))
            .collect();
        if f.latest_first {
            // Latest deadline first, none still last; the rest of the order as it was (a stable
            // sort of a list already in that order).
            listed.sort_by_key(|(k, _, _)| (k.0, std::cmp::Reverse(k.1)));
        }
        let total: usize = listed.iter().map(|(_, _, n)| n).sum();
        let (limit, offset) = match page {
            Some((l, o)) => (usize::try_from(l).unwrap_or(0), usize::try_from(o).unwrap_or(0)),
            None => (usize::MAX, 0),
        };
        let mut rows = Vec::new();
        let mut skipped = 0usize;
        let mut i = 0;
        while i < listed.len() && rows.len() < limit {
            // Statements of one deadline and one document number are listed body by body
            // (body name before statement): a run of them is ordered together.
            let same = |a: &Key, b: &Key| a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3;
            let mut j = i + 1;
            while j < listed.len() && same(listed[i].0, listed[j].0) {
                j += 1;
            }
            let run = &listed[i..j];
            let n: usize = run.iter().map(|(_, _, n)| n).sum();
            if skipped + n <= offset {
                skipped += n;
                i = j;
                continue;
            }
            let mut of_run: Vec<(u32, i64, &Entry, Counts)> = run
                .iter()
                .flat_map(|(k, e, _)| {
                    self.bodies_of(f, e).filter(|(_, c)| pending(c) > 0).map(move |(r, c)| (r, k.4, *e, c))
                })
                .collect();
            of_run.sort_by_key(|(r, id, _, _)| (*r, *id));
            for (r, id, e, c) in of_run {
                if skipped < offset {
                    skipped += 1;
                    continue;
                }
                if rows.len() >= limit {
                    break;
                }
                rows.push(DueRow {
                    ls_id: id,
                    body_id: self.by_rank[r as usize],
                    source_id: e.source,
                    doc_number: e.doc_number.clone(),
                    deadline: e.deadline,
                    state: if c[0] > 0 { ActionState::Open } else { ActionState::Acknowledged },
                });
            }
            i = j;
        }
        (rows, total as i64)
    }

    /// Where each statement the group sent stands, body by body (of the filter's body only,
    /// when it names one), in `Store::due_counts`' order (deadline, none last, then statement),
    /// and how many statements there are. Deadline conditions do not apply.
    pub fn counts(&self, f: &DueFilter, page: Option<(i64, i64)>) -> (Vec<DueTally>, i64) {
        let f = DueFilter { side: DueSide::ToUs, ..f.clone() };
        let (limit, offset) = match page {
            Some((l, o)) => (usize::try_from(l).unwrap_or(0), usize::try_from(o).unwrap_or(0)),
            None => (usize::MAX, 0),
        };
        let mut total = 0usize;
        let mut out = Vec::new();
        for (_, _, id) in &self.by_deadline {
            let Some(e) = self.entries.get(id).filter(|e| self.on_side(&f, e)) else { continue };
            let tally = match f.body {
                None => e.tally,
                Some(_) => {
                    let mut t = [0u32; 4];
                    for (_, c) in self.bodies_of(&f, e) {
                        t[outcome(&c) as usize] += 1;
                    }
                    t
                }
            };
            let asked: u32 = tally.iter().sum();
            if asked == 0 {
                continue;
            }
            total += 1;
            if total <= offset || out.len() >= limit {
                continue;
            }
            let open = i64::from(tally[Outcome::Open as usize]);
            out.push(DueTally {
                ls_id: *id,
                doc_number: e.doc_number.clone(),
                deadline: e.deadline,
                asked: i64::from(asked),
                open,
                overdue: if e.deadline.is_some_and(|d| d < f.as_of) { open } else { 0 },
                answered: i64::from(tally[Outcome::Answered as usize]),
                declined: i64::from(tally[Outcome::Declined as usize]),
                withdrawn: i64::from(tally[Outcome::Withdrawn as usize]),
            });
        }
        (out, total as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a day")
    }

    fn filter(side: DueSide) -> DueFilter {
        DueFilter {
            side,
            home: Some(vec![1]),
            body: None,
            as_of: day("2024-01-10"),
            within_days: None,
            overdue_only: false,
            latest_first: false,
        }
    }

    fn sent(deadline: Option<&str>, doc: Option<&str>, actions: Vec<(BodyId, ActionState)>) -> DueStatementInput {
        DueStatementInput {
            side: LsSide::Sent,
            source: 1,
            deadline: deadline.map(day),
            doc_number: doc.map(str::to_string),
            actions: actions.into_iter().map(|(b, s)| (b, s, 1)).collect(),
        }
    }

    fn index() -> DueIndex {
        DueIndex::new([(1, "FG-MV"), (2, "W3C"), (3, "ietf"), (4, "IEC TC 100")])
    }

    #[test]
    fn rows_come_by_deadline_then_number_then_body_name() {
        use ActionState::*;
        let mut ix = index();
        ix.set(10, Some(sent(Some("2024-02-01"), Some("LS-2"), vec![(2, Open), (3, Acknowledged), (4, Answered)])))
            .expect("known bodies");
        ix.set(11, Some(sent(Some("2024-01-01"), Some("LS-9"), vec![(3, Open)]))).expect("known bodies");
        ix.set(12, Some(sent(None, None, vec![(2, Open)]))).expect("known bodies");
        let (rows, total) = ix.groups(&filter(DueSide::ToUs), None);
        let got: Vec<(i64, BodyId, ActionState)> = rows.iter().map(|r| (r.ls_id, r.body_id, r.state)).collect();
        // IEC TC 100 answered: not listed; "ietf" sorts before "w3c" once folded.
        assert_eq!(got, vec![(11, 3, Open), (10, 3, Acknowledged), (10, 2, Open), (12, 2, Open)]);
        assert_eq!(total, 4);
        let (page, total) = ix.groups(&filter(DueSide::ToUs), Some((2, 1)));
        assert_eq!(page.iter().map(|r| (r.ls_id, r.body_id)).collect::<Vec<_>>(), vec![(10, 3), (10, 2)]);
        assert_eq!(total, 4);
        let latest = DueFilter { latest_first: true, ..filter(DueSide::ToUs) };
        assert_eq!(ix.groups(&latest, None).0.iter().map(|r| r.ls_id).collect::<Vec<_>>(), vec![10, 10, 11, 12]);
        let overdue = DueFilter { overdue_only: true, ..filter(DueSide::ToUs) };
        assert_eq!(ix.groups(&overdue, None).1, 1, "only LS-9's deadline has passed");
    }

    #[test]
    fn statements_of_one_deadline_and_no_number_interleave_by_body() {
        use ActionState::*;
        let mut ix = index();
        ix.set(20, Some(sent(Some("2024-02-01"), None, vec![(2, Open), (3, Open)]))).expect("known bodies");
        ix.set(21, Some(sent(Some("2024-02-01"), None, vec![(2, Open), (3, Open)]))).expect("known bodies");
        let (rows, _) = ix.groups(&filter(DueSide::ToUs), Some((3, 0)));
        assert_eq!(rows.iter().map(|r| (r.ls_id, r.body_id)).collect::<Vec<_>>(), vec![(20, 3), (21, 3), (20, 2)]);
    }

    #[test]
    fn a_change_replaces_a_statement_and_counts_follow() {
        use ActionState::*;
        let mut ix = index();
        ix.set(10, Some(sent(Some("2024-01-01"), Some("LS-1"), vec![(2, Open), (3, Declined), (4, Withdrawn)])))
            .expect("known bodies");
        let (c, total) = ix.counts(&filter(DueSide::ToUs), None);
        assert_eq!((c[0].asked, c[0].open, c[0].overdue, c[0].declined, c[0].withdrawn, total), (3, 1, 1, 1, 1, 1));
        ix.set(10, Some(sent(Some("2024-01-01"), Some("LS-1"), vec![(2, Answered), (3, Declined)])))
            .expect("known bodies");
        let (c, _) = ix.counts(&filter(DueSide::ToUs), None);
        assert_eq!((c[0].asked, c[0].open, c[0].answered), (2, 0, 1));
        assert_eq!(ix.groups(&filter(DueSide::ToUs), None).1, 0);
        ix.set(10, None).expect("a removal");
        assert!(ix.is_empty() && ix.counts(&filter(DueSide::ToUs), None).1 == 0);
    }

    #[test]
    fn the_group_owes_only_its_own_bodies_actions_on_others_statements() {
        use ActionState::*;
        let mut ix = index();
        let theirs =
            DueStatementInput { side: LsSide::Received, source: 2, ..sent(None, None, vec![(1, Open), (3, Open)]) };
        ix.set(30, Some(theirs)).expect("known bodies");
        ix.set(31, Some(sent(None, None, vec![(1, Open)]))).expect("known bodies");
        let (rows, total) = ix.groups(&filter(DueSide::ByUs), None);
        assert_eq!((rows.iter().map(|r| (r.ls_id, r.body_id)).collect::<Vec<_>>(), total), (vec![(30, 1)], 1));
        let no_group = DueFilter { home: None, ..filter(DueSide::ByUs) };
        assert_eq!(ix.groups(&no_group, None).1, 0, "no group, nothing it owes");
    }

    #[test]
    fn a_body_the_index_was_not_made_with_is_refused_and_changes_nothing() {
        let mut ix = index();
        let err = ix.set(40, Some(sent(None, None, vec![(99, ActionState::Open)])));
        assert_eq!(err, Err(UnknownBody(99)));
        assert!(ix.is_empty());
    }
}
