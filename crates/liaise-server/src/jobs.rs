//! Jobs the server runs on its own: the reminders, on the configured schedule, without cron.
//! With several server processes on one database, the one holding the lease runs the job; the
//! reminder claims of the store keep any reminder from going out twice even so. Scheduled
//! backups run the same way, under a lease of their own.

use crate::metrics::Metrics;
use liaise_app::config::Config;
use liaise_store::{Store, Who};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The reminder job of a server: how often it looks for reminders due, with what settings.
#[derive(Debug, Clone)]
pub struct Reminders {
    pub config: Config,
    pub every: Duration,
}

/// The lease's name in the database.
const LEASE: &str = "reminders";

/// A name for this process in the lease table: host, process id and a random part, so that
/// two processes on one host (or a restarted one) are told apart.
pub fn holder() -> String {
    let mut bytes = [0u8; 4];
    let _ = getrandom::fill(&mut bytes);
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "host".into());
    format!("{host}:{}:{:02x}{:02x}{:02x}{:02x}", std::process::id(), bytes[0], bytes[1], bytes[2], bytes[3])
}

/// Runs the reminders every `every` for as long as it is not dropped: a tick takes (or
/// renews) the lease, and only its holder sends. The lease lasts three ticks, so that when
/// its holder stops, another process takes over within that time.
pub async fn run_reminders(store: Store, job: Reminders, holder: String, metrics: Arc<Metrics>) {
    let ttl = chrono::Duration::from_std(job.every * 3).unwrap_or(chrono::Duration::minutes(5));
    let mut ticks = tokio::time::interval(job.every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let now = chrono::Utc::now();
        match store.take_lease(LEASE, &holder, ttl, now).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::debug!(holder = %holder, "another process holds the reminder lease");
                continue;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot take the reminder lease; trying again at the next tick");
                continue;
            }
        }
        // The day is the application's (LIAISE_NOW sets it, as for `liaise remind`); the lease
        // runs on the real clock, which every process shares.
        let as_of = liaise_app::today().unwrap_or_else(|_| now.date_naive());
        let options = liaise_app::remind::RemindOptions {
            as_of,
            dry_run: false,
            reminders: &job.config.reminders,
            smtp: job.config.smtp.as_ref(),
        };
        let who = Who::new(format!("liaise serve [reminders {holder}]"), now);
        match liaise_app::remind::remind(&store, &options, &who).await {
            Ok(r) => {
                metrics.job("reminders", true);
                metrics.reminders(r.sent.len(), r.failed.len());
                tracing::info!(
                    sent = r.sent.len(),
                    failed = r.failed.len(),
                    already = r.already_claimed,
                    messages = r.messages,
                    "reminders run"
                )
            }
            Err(e) => {
                metrics.job("reminders", false);
                tracing::warn!(error = %e, "the reminder run failed; it is tried again at the next tick")
            }
        }
    }
}

/// Lets the lease go when the server stops, so that another process takes over at once.
pub async fn release(store: &Store, holder: &str) {
    if let Err(e) = store.release_lease(LEASE, holder).await {
        tracing::warn!(error = %e, "cannot let the reminder lease go; it lapses on its own");
    }
}

/// The backup job of a server: an archive every `every` into `dir`, the newest `keep` kept.
#[derive(Debug, Clone)]
pub struct Backups {
    pub dir: PathBuf,
    pub every: Duration,
    pub keep: usize,
}

const BACKUP_LEASE: &str = "backups";

/// Writes a backup every `every`, while this process holds the backup lease. The first is due
/// `every` after the newest archive in the folder (at once when there is none), so that a
/// server restarted every few hours still writes its daily backup (found in review).
pub async fn run_backups(store: Store, job: Backups, holder: String, metrics: Arc<Metrics>) {
    let ttl = chrono::Duration::from_std(job.every * 3).unwrap_or(chrono::Duration::hours(1));
    let first = liaise_app::backup::next_backup_in(&job.dir, job.every, chrono::Utc::now());
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + first, job.every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let now = chrono::Utc::now();
        match store.take_lease(BACKUP_LEASE, &holder, ttl, now).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => {
                tracing::warn!(error = %e, "cannot take the backup lease; trying again at the next tick");
                continue;
            }
        }
        match liaise_app::backup::scheduled_backup(&store, &job.dir, job.keep, now).await {
            Ok((report, removed)) => {
                metrics.job("backup", true);
                metrics.backup_written();
                tracing::info!(
                    path = %report.path.display(),
                    bytes = report.bytes,
                    statements = report.statements,
                    events = report.events,
                    removed = removed.len(),
                    "backup written"
                );
            }
            Err(e) => {
                metrics.job("backup", false);
                tracing::error!(error = %e, dir = %job.dir.display(), "the scheduled backup failed; it is tried again at the next tick");
            }
        }
    }
}

/// Lets the backup lease go when the server stops.
pub async fn release_backups(store: &Store, holder: &str) {
    if let Err(e) = store.release_lease(BACKUP_LEASE, holder).await {
        tracing::warn!(error = %e, "cannot let the backup lease go; it lapses on its own");
    }
}
