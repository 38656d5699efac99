//! The standardization roadmap, computed from topics, catalogue entries and who answered: for
//! each topic its entries by body and lifecycle and a timeline, the topic x body matrix, and the
//! gaps. Pure and linear in the number of entries.

use crate::catalogue::Lifecycle;
use crate::registry::BodyId;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A topic of the taxonomy with the bodies its table relates to it.
#[derive(Debug, Clone, Serialize)]
pub struct TopicIn {
    pub id: i64,
    pub group: String,
    pub name: Option<String>,
    pub related: Vec<BodyId>,
    pub especially: Vec<BodyId>,
    /// The row names "All SDOs": every body the statement was sent to for action.
    pub all_sdos: bool,
}

impl TopicIn {
    /// "Infrastructure / Cloud network", or the group alone when it has no topic.
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => format!("{} / {n}", self.group),
            None => self.group.clone(),
        }
    }
}

/// A catalogue entry as the roadmap needs it: no names, which the writers take from the store
/// (100,000 entries held twice were 20 MB of a server's peak).
#[derive(Debug, Clone, Serialize)]
pub struct EntryIn {
    pub id: i64,
    pub body: BodyId,
    pub lifecycle: Option<Lifecycle>,
    /// The year it was published, else started.
    pub year: Option<i32>,
    pub topics: Vec<i64>,
}

/// Everything the roadmap is computed from.
#[derive(Debug, Clone, Default)]
pub struct RoadmapInput {
    pub topics: Vec<TopicIn>,
    pub entries: Vec<EntryIn>,
    /// Canonical names of the bodies.
    pub names: HashMap<BodyId, String>,
    /// The for-action recipients of the statement the roadmap answers.
    pub asked: Vec<BodyId>,
    /// Bodies that answered it: the sources of linked replies and the bodies whose state (by
    /// [`crate::track::body_state`]) is answered. A parent is not credited for a sub-body.
    pub answered: BTreeSet<BodyId>,
    /// Bodies asked for action that still owe an answer (open or acknowledged), with their
    /// sub-bodies: only these are gaps, never a body asked for information or one that declined.
    pub owing: BTreeSet<BodyId>,
}

/// Entries of one lifecycle in one year, for a timeline.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct YearCount {
    pub year: i32,
    pub counts: BTreeMap<Lifecycle, usize>,
}

/// The entries of one body on one topic.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BodyEntries {
    pub body: BodyId,
    pub entries: Vec<i64>,
}

/// One topic of the roadmap.
#[derive(Debug, Clone, Serialize)]
pub struct TopicView {
    pub id: i64,
    pub label: String,
    pub group: String,
    pub name: Option<String>,
    /// Bodies the topic table names, "All SDOs" expanded to the bodies asked.
    pub related: Vec<BodyId>,
    pub by_body: Vec<BodyEntries>,
    pub by_lifecycle: BTreeMap<Lifecycle, usize>,
    /// Entries with no known lifecycle.
    pub unknown_lifecycle: usize,
    pub timeline: Vec<YearCount>,
    pub entries: usize,
    pub active: usize,
}

/// A gap the roadmap finds.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ComputedGap {
    /// Nothing published, being developed, in approval or under review on the topic.
    NoActiveEntry { topic: i64 },
    /// A body the topic table relates to the topic was asked for action and still owes its answer.
    NotAnswered { topic: i64, body: BodyId },
}

/// The roadmap.
#[derive(Debug, Clone, Serialize)]
pub struct Roadmap {
    pub topics: Vec<TopicView>,
    /// The matrix's columns: every body related to a topic or owning an entry on one, by name.
    pub bodies: Vec<BodyId>,
    /// Entries per topic (rows, in `topics` order) and body (columns, in `bodies` order).
    pub matrix: Vec<Vec<usize>>,
    /// Whether each column's body answered the statement.
    pub answered: Vec<bool>,
    pub gaps: Vec<ComputedGap>,
}

impl Roadmap {
    /// The count of one cell.
    pub fn cell(&self, topic: i64, body: BodyId) -> Option<usize> {
        let row = self.topics.iter().position(|t| t.id == topic)?;
        let col = self.bodies.iter().position(|b| *b == body)?;
        Some(self.matrix[row][col])
    }
}

/// Computes the roadmap.
pub fn compute(input: &RoadmapInput) -> Roadmap {
    let name = |b: &BodyId| input.names.get(b).cloned().unwrap_or_else(|| format!("#{b}"));
    let topic_row: HashMap<i64, usize> = input.topics.iter().enumerate().map(|(i, t)| (t.id, i)).collect();

    // Entries by topic and body, in one pass.
    let mut per_topic: Vec<BTreeMap<BodyId, Vec<i64>>> = vec![BTreeMap::new(); input.topics.len()];
    let mut lifecycles: Vec<BTreeMap<Lifecycle, usize>> = vec![BTreeMap::new(); input.topics.len()];
    let mut unknown = vec![0usize; input.topics.len()];
    let mut timelines: Vec<BTreeMap<i32, BTreeMap<Lifecycle, usize>>> = vec![BTreeMap::new(); input.topics.len()];
    let mut columns: BTreeSet<BodyId> = BTreeSet::new();
    for e in &input.entries {
        for t in &e.topics {
            let Some(&row) = topic_row.get(t) else { continue };
            per_topic[row].entry(e.body).or_default().push(e.id);
            columns.insert(e.body);
            match e.lifecycle {
                Some(l) => {
                    *lifecycles[row].entry(l).or_default() += 1;
                    if let Some(y) = e.year {
                        *timelines[row].entry(y).or_default().entry(l).or_default() += 1;
                    }
                }
                None => unknown[row] += 1,
            }
        }
    }

    let mut topics = Vec::with_capacity(input.topics.len());
    let mut gaps = Vec::new();
    for (row, t) in input.topics.iter().enumerate() {
        let mut related: Vec<BodyId> = t.related.iter().chain(t.especially.iter()).copied().collect();
        columns.extend(related.iter().copied());
        if t.all_sdos {
            related.extend(input.asked.iter().copied());
        }
        let mut seen = BTreeSet::new();
        related.retain(|b| seen.insert(*b));
        let active: usize = lifecycles[row].iter().filter(|(l, _)| l.is_active()).map(|(_, n)| n).sum();
        let entries: usize = lifecycles[row].values().sum::<usize>() + unknown[row];
        if active == 0 {
            gaps.push(ComputedGap::NoActiveEntry { topic: t.id });
        }
        let mut not_answered: Vec<BodyId> = related.iter().copied().filter(|b| input.owing.contains(b)).collect();
        not_answered.sort_by_key(|b| name(b).to_lowercase());
        gaps.extend(not_answered.into_iter().map(|body| ComputedGap::NotAnswered { topic: t.id, body }));
        let mut by_body: Vec<BodyEntries> =
            per_topic[row].iter().map(|(b, ids)| BodyEntries { body: *b, entries: ids.clone() }).collect();
        by_body.sort_by_key(|b| name(&b.body).to_lowercase());
        topics.push(TopicView {
            id: t.id,
            label: t.label(),
            group: t.group.clone(),
            name: t.name.clone(),
            related,
            by_body,
            by_lifecycle: lifecycles[row].clone(),
            unknown_lifecycle: unknown[row],
            timeline: timelines[row].iter().map(|(y, c)| YearCount { year: *y, counts: c.clone() }).collect(),
            entries,
            active,
        });
    }

    let mut bodies: Vec<BodyId> = columns.into_iter().collect();
    bodies.sort_by_key(|b| name(b).to_lowercase());
    let col: HashMap<BodyId, usize> = bodies.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let mut matrix = vec![vec![0usize; bodies.len()]; topics.len()];
    for (row, t) in topics.iter().enumerate() {
        for be in &t.by_body {
            if let Some(&c) = col.get(&be.body) {
                matrix[row][c] = be.entries.len();
            }
        }
    }
    let answered = bodies.iter().map(|b| input.answered.contains(b)).collect();
    Roadmap { topics, bodies, matrix, answered, gaps }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, body: BodyId, lifecycle: Option<Lifecycle>, year: Option<i32>, topics: &[i64]) -> EntryIn {
        EntryIn { id, body, lifecycle, year, topics: topics.to_vec() }
    }

    #[test]
    fn matrix_gaps_and_timelines() {
        let topic = |id, group: &str, related: Vec<BodyId>, all_sdos| TopicIn {
            id,
            group: group.into(),
            name: None,
            related,
            especially: vec![],
            all_sdos,
        };
        let input = RoadmapInput {
            topics: vec![
                topic(1, "Codec", vec![10, 20], false),
                topic(2, "Economic", vec![30], false),
                topic(3, "Roadmap", vec![], true),
            ],
            entries: vec![
                entry(100, 10, Some(Lifecycle::Published), Some(2022), &[1]),
                entry(101, 10, Some(Lifecycle::InDevelopment), Some(2024), &[1]),
                entry(102, 20, Some(Lifecycle::Withdrawn), Some(2015), &[1, 2]),
                entry(103, 40, None, None, &[1]),
                entry(104, 20, Some(Lifecycle::Published), Some(2022), &[9]),
            ],
            names: [(10, "A"), (20, "B"), (30, "C"), (40, "D")].into_iter().map(|(k, v)| (k, v.to_string())).collect(),
            asked: vec![10, 20, 30],
            answered: [20].into_iter().collect(),
            owing: [10, 30].into_iter().collect(),
        };
        let r = compute(&input);
        assert_eq!(r.bodies, vec![10, 20, 30, 40]);
        assert_eq!(r.matrix, vec![vec![2, 1, 0, 1], vec![0, 1, 0, 0], vec![0, 0, 0, 0]]);
        assert_eq!(r.answered, vec![false, true, false, false]);
        assert_eq!(r.cell(1, 40), Some(1));
        let t1 = &r.topics[0];
        assert_eq!((t1.entries, t1.active, t1.unknown_lifecycle), (4, 2, 1));
        assert_eq!(t1.timeline.iter().map(|y| y.year).collect::<Vec<_>>(), vec![2015, 2022, 2024]);
        assert_eq!(
            r.gaps,
            vec![
                ComputedGap::NotAnswered { topic: 1, body: 10 },
                ComputedGap::NoActiveEntry { topic: 2 },
                ComputedGap::NotAnswered { topic: 2, body: 30 },
                ComputedGap::NoActiveEntry { topic: 3 },
                ComputedGap::NotAnswered { topic: 3, body: 10 },
                ComputedGap::NotAnswered { topic: 3, body: 30 },
            ]
        );
    }
}
