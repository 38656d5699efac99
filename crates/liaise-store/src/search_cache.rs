//! A process's copy in memory of what search queries read most: each clause's postings, each
//! document's kind, audience, length and facets, and the index's totals. The tables stay the
//! truth; the copy follows them through `search_log` (documents dropped and written, in order)
//! and starts again when a reindex changes the generation.
//!
//! Invariant: a document id names one content for ever (a rewritten document gets a new id), so
//! a document's meta never goes stale; only postings and totals follow the log.

use liaise_core::search::Clause;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A clause's postings: document id and the weighted count of the clause's terms there, sorted
/// by document id (8 bytes each: the relevance set's 53 queries read 4 million).
pub(crate) type Postings = Arc<Vec<(u32, f32)>>;

/// The largest document id kept (8 bytes a slot: 64 MB at most; a database rewrites its index
/// documents far fewer times than this).
const MAX_DOC_ID: usize = 8_000_000;

/// The postings held at most, over all clauses: about 48 MB.
const MAX_POSTINGS: usize = 6_000_000;

/// A map keyed by ids or pointers, hashed the way rustc's own maps are (FxHash): a query
/// looks up and counts hundreds of thousands of them, and SipHash cost it tens of milliseconds.
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.add(u64::from(*b));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_i64(&mut self, n: i64) {
        self.add(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// The facet values this process has seen, each with a number for good: documents hold the
/// number, and a query counts into an array by it. Values are few (years, bodies, topics, states:
/// hundreds), so the table outlives every copy's restart.
type ValueTable = (Vec<Arc<str>>, HashMap<Arc<str>, u32>);

static VALUES: std::sync::LazyLock<std::sync::Mutex<ValueTable>> = std::sync::LazyLock::new(Default::default);

fn values() -> std::sync::MutexGuard<'static, ValueTable> {
    // The table only grows, one value at a time: a panic cannot leave it half-written.
    VALUES.lock().unwrap_or_else(|p| p.into_inner())
}

/// The numbers of facet values, given them when new.
pub(crate) fn value_ids<'a>(values_of: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let mut t = values();
    values_of
        .map(|v| {
            if let Some(i) = t.1.get(v) {
                return *i;
            }
            let i = u32::try_from(t.0.len()).unwrap_or(u32::MAX);
            let v: Arc<str> = Arc::from(v);
            t.0.push(v.clone());
            t.1.insert(v, i);
            i
        })
        .collect()
}

/// How many facet values there are, and the value of a number.
pub(crate) fn value_count() -> usize {
    values().0.len()
}

pub(crate) fn value_names(ids: &[u32]) -> Vec<String> {
    let t = values();
    ids.iter().map(|i| t.0.get(*i as usize).map(|v| v.to_string()).unwrap_or_default()).collect()
}

/// A document as queries see it.
#[derive(Debug, Clone)]
pub(crate) struct DocMeta {
    pub kind: Arc<str>,
    pub ref_id: i64,
    pub public: bool,
    pub len: f64,
    /// Facet (an index into `search::FACETS`) and value (an index of [`value_id`]).
    pub facets: Vec<(u8, u32)>,
}

/// Where the copy stands against the tables: a read started at one mark may be kept only when
/// the mark has not moved meanwhile (else the copy took in a change the read may have missed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub generation: i64,
    pub log_through: i64,
}

#[derive(Default)]
pub(crate) struct SearchCache {
    mark: Option<Mark>,
    clauses: HashMap<String, (Clause, Postings)>,
    held: usize,
    /// By document id: ids are given in order, so a vector is dense, and a lookup of 100,000
    /// candidates costs no hashing.
    docs: Vec<Option<Arc<DocMeta>>>,
    strings: HashSet<Arc<str>>,
    /// The number of documents and the sum of their lengths.
    totals: Option<(f64, f64)>,
}

/// The key a clause is cached under.
pub(crate) fn clause_key(c: &Clause) -> String {
    format!("{c:?}")
}

/// How much a document with these terms counts for a clause: what the clause's SQL sums.
pub(crate) fn clause_tf(c: &Clause, terms: &[(String, i64)]) -> f64 {
    let sum = |pred: &dyn Fn(&str) -> bool| terms.iter().filter(|(t, _)| pred(t)).map(|(_, n)| *n as f64).sum();
    match c {
        Clause::Term(alts) => sum(&|t| alts.iter().any(|a| a == t)),
        Clause::Phrase { terms: parts, .. } => {
            let first = parts.first().map(Vec::as_slice).unwrap_or(&[]);
            sum(&|t| first.iter().any(|a| a == t))
        }
        Clause::Prefix(p) => {
            let (w, i) = (format!("w:{p}"), format!("i:{p}"));
            sum(&|t| t.starts_with(&w) || t.starts_with(&i))
        }
    }
}

impl SearchCache {
    pub fn mark(&self) -> Option<Mark> {
        self.mark
    }

    /// Forgets everything and stands at `mark`.
    pub fn restart(&mut self, mark: Mark) {
        *self = SearchCache { mark: Some(mark), ..SearchCache::default() };
    }

    pub fn clause(&self, key: &str) -> Option<Postings> {
        self.clauses.get(key).map(|(_, p)| p.clone())
    }

    /// Keeps a clause's postings read at `read_at`, if nothing moved since.
    pub fn put_clause(&mut self, read_at: Option<Mark>, key: String, clause: Clause, postings: Postings) {
        if read_at != self.mark || read_at.is_none() {
            return;
        }
        if self.held + postings.len() > MAX_POSTINGS {
            // Room for it and a quarter more: the largest clauses go first (a common word is
            // read again faster than many rare ones).
            let mut sizes: Vec<(usize, String)> = self.clauses.iter().map(|(k, (_, p))| (p.len(), k.clone())).collect();
            sizes.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
            for (n, k) in sizes {
                if self.held + postings.len() <= MAX_POSTINGS * 3 / 4 {
                    break;
                }
                self.clauses.remove(&k);
                self.held -= n;
            }
        }
        if postings.len() > MAX_POSTINGS {
            return;
        }
        self.held += postings.len();
        if let Some((_, old)) = self.clauses.insert(key, (clause, postings)) {
            self.held -= old.len();
        }
    }

    pub fn doc(&self, id: i64) -> Option<&Arc<DocMeta>> {
        usize::try_from(id).ok().and_then(|i| self.docs.get(i)).and_then(Option::as_ref)
    }

    /// Keeps documents read at `read_at`, if nothing moved since (a document dropped meanwhile
    /// must not come back).
    pub fn put_docs(&mut self, read_at: Option<Mark>, docs: Vec<(i64, Arc<DocMeta>)>) {
        if read_at != self.mark || read_at.is_none() {
            return;
        }
        for (id, d) in docs {
            // Ids past what a dense vector should hold (never seen) are read each time.
            let Some(i) = usize::try_from(id).ok().filter(|i| *i < MAX_DOC_ID) else { continue };
            if self.docs.len() <= i {
                self.docs.resize(i + 1, None);
            }
            self.docs[i] = Some(d);
        }
    }

    /// A facet value, shared with the documents that have it (a few hundred values serve
    /// 100,000 documents).
    pub fn intern(&mut self, s: &str) -> Arc<str> {
        if let Some(v) = self.strings.get(s) {
            return v.clone();
        }
        let v: Arc<str> = Arc::from(s);
        self.strings.insert(v.clone());
        v
    }

    pub fn totals(&self) -> Option<(f64, f64)> {
        self.totals
    }

    pub fn put_totals(&mut self, read_at: Option<Mark>, totals: (f64, f64)) {
        if read_at == self.mark && read_at.is_some() {
            self.totals = Some(totals);
        }
    }

    /// The clauses held, for taking a written document into their postings.
    pub fn held_clauses(&self) -> Vec<(String, Clause)> {
        self.clauses.iter().map(|(k, (c, _))| (k.clone(), c.clone())).collect()
    }

    /// Takes in what the log says since the mark: documents dropped leave every posting, and the
    /// written ones join the postings of the clauses they match (`written`: their terms, read
    /// after the log). The totals are read again on the next query.
    pub fn apply(&mut self, through: i64, dropped: &HashSet<i64>, written: &HashMap<i64, Vec<(String, i64)>>) {
        let Some(mark) = self.mark.as_mut() else { return };
        mark.log_through = through;
        self.totals = None;
        for id in dropped {
            if let Some(slot) = usize::try_from(*id).ok().and_then(|i| self.docs.get_mut(i)) {
                *slot = None;
            }
        }
        let mut held = 0;
        for (clause, postings) in self.clauses.values_mut() {
            let p = Arc::make_mut(postings);
            p.retain(|(d, _)| !dropped.contains(&i64::from(*d)));
            for (doc, terms) in written {
                let tf = clause_tf(clause, terms) as f32;
                // An id past u32 cannot be held: the clause is read afresh from then on.
                let Ok(doc) = u32::try_from(*doc) else { continue };
                match p.binary_search_by_key(&doc, |(d, _)| *d) {
                    Ok(at) if tf > 0.0 => p[at].1 = tf,
                    Ok(at) => {
                        p.remove(at);
                    }
                    Err(at) if tf > 0.0 => p.insert(at, (doc, tf)),
                    Err(_) => {}
                }
            }
            held += p.len();
        }
        self.held = held;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(t: &str) -> Clause {
        Clause::Term(vec![t.to_string()])
    }

    #[test]
    fn the_log_moves_postings_and_reads_from_before_it_are_not_kept() {
        let mut c = SearchCache::default();
        let m = Mark { generation: 1, log_through: 5 };
        c.restart(m);
        c.put_clause(Some(m), clause_key(&term("w:codec")), term("w:codec"), Arc::new(vec![(1, 2.0), (3, 1.0)]));
        let written = HashMap::from([(4, vec![("w:codec".to_string(), 3)]), (5, vec![("w:cloud".to_string(), 1)])]);
        c.apply(7, &HashSet::from([1]), &written);
        assert_eq!(*c.clause(&clause_key(&term("w:codec"))).expect("held"), vec![(3, 1.0), (4, 3.0)]);
        // A read that started before the log moved is not kept: it may lack document 4.
        c.put_clause(Some(m), clause_key(&term("w:cloud")), term("w:cloud"), Arc::new(vec![]));
        assert!(c.clause(&clause_key(&term("w:cloud"))).is_none());
        c.put_docs(
            Some(m),
            vec![(1, DocMeta { kind: "ls".into(), ref_id: 1, public: true, len: 1.0, facets: vec![] }.into())],
        );
        assert!(c.doc(1).is_none(), "a dropped document came back");
    }

    #[test]
    fn a_prefix_counts_words_and_identifiers_that_start_so() {
        let terms = vec![("w:metaverse".to_string(), 2), ("i:metav1".to_string(), 1), ("w:meta".to_string(), 5)];
        assert_eq!(clause_tf(&Clause::Prefix("metav".into()), &terms), 3.0);
    }
}
