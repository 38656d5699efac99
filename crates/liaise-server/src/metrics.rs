//! `/metrics` in the Prometheus text format: requests by route and status with their latencies,
//! the database pool, the jobs and what they did, imports, the review queue.
//!
//! Counters live in this process (each server process is scraped on its own); the review queue
//! and the statements are read from the database at each scrape. Access: with a metrics token
//! set (`LIAISE_METRICS_TOKEN` or `[server] metrics_token`), only `Authorization: Bearer TOKEN`;
//! without one, only from loopback (a proxy must then not pass `/metrics` on).

use crate::AppState;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 11] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

#[derive(Debug, Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (i, le) in BUCKETS.iter().enumerate() {
            if seconds <= *le {
                self.counts[i] += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }
}

#[derive(Debug, Default)]
struct Inner {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<(String, String), Histogram>,
    jobs: BTreeMap<(&'static str, &'static str), u64>,
    reminders: BTreeMap<&'static str, u64>,
    imports: BTreeMap<&'static str, u64>,
    backups_last_success: Option<i64>,
}

/// The counters of one server process.
#[derive(Debug)]
pub struct Metrics {
    inner: Mutex<Inner>,
    started: Instant,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics { inner: Mutex::default(), started: Instant::now() }
    }
}

impl Metrics {
    fn with<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        // A panic while holding the lock leaves counters, not invariants: go on with them.
        let mut guard = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut guard)
    }

    /// One run of a job: `ok` or `failed`.
    pub fn job(&self, job: &'static str, ok: bool) {
        self.with(|m| *m.jobs.entry((job, if ok { "ok" } else { "failed" })).or_default() += 1);
    }

    /// Reminders sent and failed by one run.
    pub fn reminders(&self, sent: usize, failed: usize) {
        self.with(|m| {
            *m.reminders.entry("sent").or_default() += sent as u64;
            *m.reminders.entry("failed").or_default() += failed as u64;
        });
    }

    /// One file uploaded, by what became of it (created, updated, review, skipped, failed).
    pub fn import(&self, outcome: &'static str) {
        self.with(|m| *m.imports.entry(outcome).or_default() += 1);
    }

    /// A scheduled backup was written, now.
    pub fn backup_written(&self) {
        let now = chrono::Utc::now().timestamp();
        self.with(|m| m.backups_last_success = Some(now));
    }

    fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.with(|m| {
            *m.requests.entry((method.to_string(), route.to_string(), status)).or_default() += 1;
            m.latency.entry((method.to_string(), route.to_string())).or_default().observe(seconds);
        });
    }
}

/// Counts every request by its route's pattern (never its path: ids would make a series each).
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route =
        request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = request.method().as_str().to_string();
    let start = Instant::now();
    let response = next.run(request).await;
    state.metrics.request(&method, &route, response.status().as_u16(), start.elapsed().as_secs_f64());
    response
}

/// Escapes a label value of the text format.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Whether a caller may read the metrics.
fn allowed(token: Option<&str>, headers: &HeaderMap, peer: Option<SocketAddr>) -> bool {
    match token.filter(|t| !t.is_empty()) {
        Some(want) => headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(crate::auth::bearer)
            .is_some_and(|given| constant_time_eq(given.as_bytes(), want.as_bytes())),
        None => peer.is_some_and(|p| p.ip().is_loopback()),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `GET /metrics`.
pub async fn metrics(State(state): State<AppState>, request: Request) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0);
    if !allowed(state.metrics_token.as_deref(), request.headers(), peer) {
        let detail = if state.metrics_token.is_some() {
            "the metrics need the metrics token (Authorization: Bearer ...)"
        } else {
            "the metrics are read from this machine only (or set LIAISE_METRICS_TOKEN)"
        };
        return crate::error::problem(StatusCode::FORBIDDEN, detail).into_response();
    }
    let mut out = String::new();
    let pool = state.store.pool();
    let review = state.store.review_pending().await;
    let statements = state.store.count_ls().await;
    let up = review.is_ok() && statements.is_ok();
    let m = &state.metrics;
    let _ = writeln!(out, "# HELP liaise_build_info The running liaise and the database schema it knows.");
    let _ = writeln!(out, "# TYPE liaise_build_info gauge");
    let _ = writeln!(
        out,
        "liaise_build_info{{version=\"{}\",schema=\"{}\"}} 1",
        env!("CARGO_PKG_VERSION"),
        liaise_store::SCHEMA_VERSION
    );
    let _ = writeln!(out, "# HELP liaise_uptime_seconds Seconds since this process started serving.");
    let _ = writeln!(out, "# TYPE liaise_uptime_seconds gauge");
    let _ = writeln!(out, "liaise_uptime_seconds {:.3}", m.started.elapsed().as_secs_f64());
    let _ = writeln!(out, "# HELP liaise_database_up Whether the database answered this scrape.");
    let _ = writeln!(out, "# TYPE liaise_database_up gauge");
    let _ = writeln!(out, "liaise_database_up {}", u8::from(up));
    let _ = writeln!(out, "# HELP liaise_db_pool_connections Connections of the database pool, by state.");
    let _ = writeln!(out, "# TYPE liaise_db_pool_connections gauge");
    let idle = pool.num_idle() as u64;
    let size = u64::from(pool.size());
    let _ = writeln!(out, "liaise_db_pool_connections{{state=\"idle\"}} {idle}");
    let _ = writeln!(out, "liaise_db_pool_connections{{state=\"in_use\"}} {}", size.saturating_sub(idle));
    let _ = writeln!(out, "# HELP liaise_db_pool_max_connections The most connections the pool opens.");
    let _ = writeln!(out, "# TYPE liaise_db_pool_max_connections gauge");
    let _ = writeln!(out, "liaise_db_pool_max_connections {}", pool.options().get_max_connections());
    if let Ok(n) = review {
        let _ = writeln!(out, "# HELP liaise_review_queue Readings waiting for a person.");
        let _ = writeln!(out, "# TYPE liaise_review_queue gauge");
        let _ = writeln!(out, "liaise_review_queue {n}");
    }
    if let Ok(n) = statements {
        let _ = writeln!(out, "# HELP liaise_statements Statements stored.");
        let _ = writeln!(out, "# TYPE liaise_statements gauge");
        let _ = writeln!(out, "liaise_statements {n}");
    }
    m.with(|inner| {
        let _ = writeln!(out, "# HELP liaise_http_requests_total Requests answered, by method, route and status.");
        let _ = writeln!(out, "# TYPE liaise_http_requests_total counter");
        for ((method, route, status), n) in &inner.requests {
            let _ = writeln!(
                out,
                "liaise_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                label(route)
            );
        }
        let _ = writeln!(out, "# HELP liaise_http_request_duration_seconds Time to answer, by method and route.");
        let _ = writeln!(out, "# TYPE liaise_http_request_duration_seconds histogram");
        for ((method, route), h) in &inner.latency {
            let l = format!("method=\"{method}\",route=\"{}\"", label(route));
            for (le, n) in BUCKETS.iter().zip(h.counts) {
                let _ = writeln!(out, "liaise_http_request_duration_seconds_bucket{{{l},le=\"{le}\"}} {n}");
            }
            let _ = writeln!(out, "liaise_http_request_duration_seconds_bucket{{{l},le=\"+Inf\"}} {}", h.count);
            let _ = writeln!(out, "liaise_http_request_duration_seconds_sum{{{l}}} {:.6}", h.sum);
            let _ = writeln!(out, "liaise_http_request_duration_seconds_count{{{l}}} {}", h.count);
        }
        let _ = writeln!(out, "# HELP liaise_jobs_total Runs of the server's jobs, by job and outcome.");
        let _ = writeln!(out, "# TYPE liaise_jobs_total counter");
        for job in ["reminders", "backup"] {
            for outcome in ["ok", "failed"] {
                let n = inner.jobs.get(&(job, outcome)).copied().unwrap_or(0);
                let _ = writeln!(out, "liaise_jobs_total{{job=\"{job}\",outcome=\"{outcome}\"}} {n}");
            }
        }
        let _ = writeln!(out, "# HELP liaise_reminders_total Reminder messages, by outcome.");
        let _ = writeln!(out, "# TYPE liaise_reminders_total counter");
        for outcome in ["sent", "failed"] {
            let n = inner.reminders.get(outcome).copied().unwrap_or(0);
            let _ = writeln!(out, "liaise_reminders_total{{outcome=\"{outcome}\"}} {n}");
        }
        let _ = writeln!(out, "# HELP liaise_imports_total Files uploaded to this server, by what became of them.");
        let _ = writeln!(out, "# TYPE liaise_imports_total counter");
        for outcome in ["created", "updated", "review", "skipped", "failed"] {
            let n = inner.imports.get(outcome).copied().unwrap_or(0);
            let _ = writeln!(out, "liaise_imports_total{{outcome=\"{outcome}\"}} {n}");
        }
        if let Some(t) = inner.backups_last_success {
            let _ = writeln!(
                out,
                "# HELP liaise_backup_last_success_timestamp_seconds When the last scheduled backup was written."
            );
            let _ = writeln!(out, "# TYPE liaise_backup_last_success_timestamp_seconds gauge");
            let _ = writeln!(out, "liaise_backup_last_success_timestamp_seconds {t}");
        }
    });
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_counts_each_observation_in_every_bucket_above_it() {
        let mut h = Histogram::default();
        h.observe(0.003);
        h.observe(2.0);
        assert_eq!(h.counts[0], 0);
        assert_eq!(h.counts[2], 1, "0.003 <= 0.005");
        assert_eq!(h.counts[BUCKETS.len() - 1], 2);
        assert_eq!(h.count, 2);
    }

    #[test]
    fn access_is_by_token_when_one_is_set_else_from_loopback_only() {
        let loopback: SocketAddr = "127.0.0.1:5000".parse().expect("an address");
        let outside: SocketAddr = "192.0.2.7:5000".parse().expect("an address");
        let mut with = HeaderMap::new();
        with.insert(header::AUTHORIZATION, "Bearer s3cret".parse().expect("a header"));
        assert!(allowed(None, &HeaderMap::new(), Some(loopback)));
        assert!(!allowed(None, &HeaderMap::new(), Some(outside)));
        assert!(!allowed(None, &HeaderMap::new(), None));
        assert!(allowed(Some("s3cret"), &with, Some(outside)));
        assert!(!allowed(Some("s3cret"), &HeaderMap::new(), Some(loopback)), "a token set is needed even on loopback");
        assert!(!allowed(Some("other"), &with, Some(loopback)));
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
