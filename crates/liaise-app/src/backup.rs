//! Backups and moves of a whole database: an archive written beside its final name and renamed
//! when whole, the server's scheduled backups with their retention, and a move to another
//! database (SQLite to PostgreSQL, or back) checked table by table.

use crate::{AppError, Result};
use liaise_store::Store;
use liaise_store::archive::{self, Summary};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What a backup wrote.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub schema: i64,
    pub rows: u64,
    pub statements: u64,
    pub events: u64,
    pub files: u64,
    pub accounts: u64,
}

impl BackupReport {
    fn new(path: PathBuf, bytes: u64, s: &Summary) -> BackupReport {
        BackupReport {
            path,
            bytes,
            schema: s.schema,
            rows: s.rows(),
            statements: s.rows_of("ls"),
            events: s.rows_of("events"),
            files: s.rows_of("file_contents"),
            accounts: s.rows_of("users"),
        }
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> AppError + '_ {
    move |error| AppError::Io { path: path.display().to_string(), error }
}

/// Writes an archive of the database to `path`, from one snapshot, while the database goes on
/// being used. The file appears only when whole: it is written as `path.part-PID`, synced, then
/// renamed. An existing file is kept unless `replace`.
pub async fn backup_to(
    store: &Store,
    path: &Path,
    replace: bool,
    progress: archive::Progress<'_>,
) -> Result<BackupReport> {
    if path.exists() && !replace {
        return Err(AppError::Invalid(format!(
            "{} exists: name a new file, or give --force to replace it",
            path.display()
        )));
    }
    let part = PathBuf::from(format!("{}.part-{}", path.display(), std::process::id()));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(AppError::Invalid(format!("{}: there is no folder {}", path.display(), dir.display())));
    }
    if path.is_dir() {
        return Err(AppError::Invalid(format!("{} is a folder: name a file in it", path.display())));
    }
    // An archive holds password and token hashes: its owner alone reads it, whatever the umask.
    let file = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&part)
    }
    .map_err(io(&part))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    let summary = match archive::export(store, &mut out, progress).await {
        Ok(s) => s,
        Err(e) => {
            drop(out);
            let _ = std::fs::remove_file(&part);
            return Err(e.into());
        }
    };
    let file = out.into_inner().map_err(|e| io(&part)(e.into_error()))?;
    file.sync_all().map_err(io(&part))?;
    let bytes = file.metadata().map_err(io(&part))?.len();
    drop(file);
    std::fs::rename(&part, path).map_err(io(path))?;
    // The rename is durable once the folder is synced (best effort: not every system allows it).
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(BackupReport::new(path.to_path_buf(), bytes, &summary))
}

/// Restores the archive at `path` into the database `url`, which must be empty.
pub async fn restore_from(url: &str, path: &Path, progress: archive::Progress<'_>) -> Result<Summary> {
    let file = std::fs::File::open(path).map_err(io(path))?;
    Ok(Store::restore(url, file, progress).await?)
}

/// The archives a scheduled backup writes are named so, and sort by time.
const PREFIX: &str = "liaise-";
const SUFFIX: &str = ".jsonl.gz";

/// One scheduled backup: a new archive in `dir` named by the time, then the oldest removed so
/// that `keep` remain. Returns the report and the files removed.
pub async fn scheduled_backup(
    store: &Store,
    dir: &Path,
    keep: usize,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(BackupReport, Vec<PathBuf>)> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let path = dir.join(format!("{PREFIX}{}{SUFFIX}", now.format("%Y%m%d-%H%M%S")));
    let report = backup_to(store, &path, false, &mut |_, _| {}).await?;
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    all.sort();
    let mut removed = Vec::new();
    let keep = keep.max(1);
    while all.len() > keep {
        let old = all.remove(0);
        std::fs::remove_file(&old).map_err(io(&old))?;
        removed.push(old);
    }
    Ok((report, removed))
}

/// When the next scheduled backup is due: `every` after the newest in `dir` (so that a server
/// restarted often still writes them), at once when there is none or it is older than that.
pub fn next_backup_in(
    dir: &Path,
    every: std::time::Duration,
    now: chrono::DateTime<chrono::Utc>,
) -> std::time::Duration {
    let newest = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| {
            let stamp = n.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?.to_string();
            chrono::NaiveDateTime::parse_from_str(&stamp, "%Y%m%d-%H%M%S").ok()
        })
        .max();
    let Some(newest) = newest else { return std::time::Duration::ZERO };
    let due = newest.and_utc() + chrono::Duration::from_std(every).unwrap_or(chrono::Duration::days(1));
    (due - now).to_std().unwrap_or(std::time::Duration::ZERO)
}

/// What a move to another database did.
#[derive(Debug, Clone, Serialize)]
pub struct MoveReport {
    pub to: String,
    pub schema: i64,
    pub rows: u64,
    pub statements: u64,
    pub events: u64,
    pub files: u64,
    /// Every table of the new database was read back and found equal to the old one's.
    pub checked: bool,
}

/// Copies the whole database into the empty database `to` (of either backend), then reads the
/// copy back and compares every table with what was copied.
pub async fn move_to(store: &Store, to: &str, progress: archive::Progress<'_>) -> Result<MoveReport> {
    let temp = tempfile::NamedTempFile::new().map_err(io(&std::env::temp_dir()))?;
    let written = {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, temp.as_file());
        let s = archive::export(store, &mut out, progress).await?;
        std::io::Write::flush(&mut out).map_err(io(temp.path()))?;
        s
    };
    let file = std::fs::File::open(temp.path()).map_err(io(temp.path()))?;
    Store::restore(to, file, progress).await?;
    let target = Store::open(to).await?;
    let copy = archive::summary(&target).await?;
    target.close().await;
    let differ = copy.differences(&written);
    if !differ.is_empty() {
        return Err(AppError::Invalid(format!(
            "the copy in {} differs from the original in {} (tables: {}); the original is unchanged",
            liaise_store::redact(to),
            differ.len(),
            differ.join(", ")
        )));
    }
    Ok(MoveReport {
        to: liaise_store::redact(to),
        schema: written.schema,
        rows: written.rows(),
        statements: written.rows_of("ls"),
        events: written.rows_of("events"),
        files: written.rows_of("file_contents"),
        checked: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_next_backup_follows_the_newest_one_in_the_folder() {
        let dir = tempfile::tempdir().expect("a folder");
        let day = std::time::Duration::from_secs(86_400);
        let now = chrono::Utc.with_ymd_and_hms(2026, 12, 7, 12, 0, 0).single().expect("a time");
        assert_eq!(next_backup_in(dir.path(), day, now), std::time::Duration::ZERO, "none yet: at once");
        std::fs::write(dir.path().join("liaise-20261207-060000.jsonl.gz"), b"").expect("a file");
        std::fs::write(dir.path().join("liaise-20261206-060000.jsonl.gz"), b"").expect("a file");
        std::fs::write(dir.path().join("notes.txt"), b"").expect("a file");
        assert_eq!(next_backup_in(dir.path(), day, now), std::time::Duration::from_secs(18 * 3600));
        let later = now + chrono::Duration::days(2);
        assert_eq!(next_backup_in(dir.path(), day, later), std::time::Duration::ZERO, "overdue: at once");
    }
}
