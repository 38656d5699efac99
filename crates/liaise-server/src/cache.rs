//! Answers kept while nothing changes: a read renders its answer once per data stamp (the
//! newest event, which every change writes, in any process) and per kind of caller, and later
//! identical reads are served from memory until the stamp moves. The cache is only ever a
//! copy of what the database says now; it is rebuilt from it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// One rendered answer: its body, its content type and its ETag, if it has one.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Shared, not copied, by every answer that sends it.
    pub body: axum::body::Bytes,
    pub etag: Option<String>,
}

/// At most so many answers are kept; past that the cache starts again empty (a stamp change
/// empties it anyway).
const MAX_ENTRIES: usize = 2_000;
/// Answers larger than this are not kept (the roadmap of 100,000 entries is 32 MB of JSON).
pub const MAX_BYTES: usize = 40 * 1024 * 1024;
/// The bytes of all answers kept; past that the cache starts again empty. The server's whole
/// peak is to stay under 150 MB (issue 11), and this is the larger part of it. The newest
/// answers of each key (`last`) have half as much again; they are mostly the same bytes.
const BUDGET_BYTES: usize = 48 * 1024 * 1024;

#[derive(Debug, Default, Clone)]
pub struct ReadCache {
    inner: Arc<Mutex<Inner>>,
    /// The renderings under way, one lock per answer: of many requests for one answer that is
    /// not kept, one renders it and the others wait for it (32 renderings of one roadmap at
    /// once held 3 GB).
    flights: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
}

#[derive(Debug, Default)]
struct Inner {
    stamp: i64,
    bytes: usize,
    answers: HashMap<String, Rendered>,
    /// The newest answer rendered for each key, whatever its stamp: what readers get while a
    /// newer one is being rendered (issue 28: with ten writes a second every answer was thrown
    /// away ten times a second, and readers queued behind renderings of 300 ms).
    last: HashMap<String, (i64, Rendered)>,
    last_bytes: usize,
}

impl ReadCache {
    /// The answer kept for `key` at `stamp`, if any.
    pub fn get(&self, stamp: i64, key: &str) -> Option<Rendered> {
        let inner = self.inner.lock().ok()?;
        (inner.stamp == stamp).then(|| inner.answers.get(key).cloned()).flatten()
    }

    /// The newest answer rendered for `key` at any stamp: out of date, perhaps, by the changes
    /// of the last rendering's time.
    pub fn last(&self, key: &str) -> Option<Rendered> {
        let inner = self.inner.lock().ok()?;
        inner.last.get(key).map(|(_, r)| r.clone())
    }

    /// Keeps an answer rendered at `stamp` (an answer of an older stamp than the kept ones is
    /// dropped: it may already be out of date).
    pub fn put(&self, stamp: i64, key: String, answer: Rendered) {
        if answer.body.len() > MAX_BYTES {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else { return };
        let newer = inner.last.get(&key).is_none_or(|(s, _)| *s <= stamp);
        if newer {
            if inner.last_bytes + answer.body.len() > BUDGET_BYTES / 2 || inner.last.len() >= MAX_ENTRIES {
                inner.last.clear();
                inner.last_bytes = 0;
            }
            inner.last_bytes += answer.body.len();
            if let Some((_, old)) = inner.last.insert(key.clone(), (stamp, answer.clone())) {
                inner.last_bytes -= old.body.len();
            }
        }
        if stamp < inner.stamp {
            return;
        }
        if stamp > inner.stamp || inner.answers.len() >= MAX_ENTRIES || inner.bytes + answer.body.len() > BUDGET_BYTES {
            inner.answers.clear();
            inner.bytes = 0;
            inner.stamp = stamp;
        }
        inner.bytes += answer.body.len();
        if let Some(old) = inner.answers.insert(key, answer) {
            inner.bytes -= old.body.len();
        }
    }

    /// The lock of the rendering of `key`: whoever holds it renders, the others wait.
    pub fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let Ok(mut flights) = self.flights.lock() else { return Arc::default() };
        // Locks nobody waits on are let go, so that the map holds the renderings under way.
        flights.retain(|_, lock| Arc::strong_count(lock) > 1);
        Arc::clone(flights.entry(key.to_string()).or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(s: &str) -> Rendered {
        Rendered { body: axum::body::Bytes::from(s.to_string()), etag: None }
    }

    #[test]
    fn an_answer_is_kept_for_its_stamp_only() {
        let c = ReadCache::default();
        c.put(5, "a".into(), answer("one"));
        assert_eq!(c.get(5, "a").map(|r| r.body.to_vec()), Some(b"one".to_vec()));
        assert!(c.get(6, "a").is_none(), "a newer stamp: the answer may be out of date");
        c.put(6, "b".into(), answer("two"));
        assert!(c.get(5, "a").is_none() && c.get(6, "a").is_none(), "a new stamp empties the cache");
        c.put(4, "c".into(), answer("old"));
        assert!(c.get(4, "c").is_none() && c.get(6, "c").is_none(), "an answer of an older stamp is not kept");
        c.put(6, "big".into(), answer(&"x".repeat(MAX_BYTES + 1)));
        assert!(c.get(6, "big").is_none(), "too large to keep");
    }

    #[test]
    fn the_newest_answer_of_a_key_outlives_its_stamp_for_readers_who_must_not_wait() {
        let c = ReadCache::default();
        c.put(5, "a".into(), answer("at 5"));
        c.put(7, "b".into(), answer("b at 7"));
        assert!(c.get(7, "a").is_none());
        assert_eq!(c.last("a").map(|r| r.body.to_vec()), Some(b"at 5".to_vec()), "kept past the stamp's change");
        c.put(4, "a".into(), answer("at 4"));
        assert_eq!(c.last("a").map(|r| r.body.to_vec()), Some(b"at 5".to_vec()), "never replaced by an older one");
        c.put(8, "a".into(), answer("at 8"));
        assert_eq!(c.last("a").map(|r| r.body.to_vec()), Some(b"at 8".to_vec()));
        assert!(c.last("z").is_none());
    }
}
