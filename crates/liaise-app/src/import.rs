//! Importing documents: files and folders in, one stored statement per file out, with a report
//! of what was created, updated or refused and why.
//!
//! Invariant: a file is stored whole or not at all (a transaction, or a savepoint of its own in a
//! bulk import). A file that fails leaves nothing behind and does not stop the others.

use crate::{AppError, Result};
use liaise_core::Warning;
use liaise_core::registry::Registry;
use liaise_core::track::LsState;
use liaise_read::MAX_INPUT_BYTES;
use liaise_store::ls::{Batch, FileMeta, Imported};
use liaise_store::{Store, Who};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Outcome {
    Created(Imported),
    Updated(Imported),
    /// Read with doubts: it waits for a person (`liaise review`); nothing reached the registry.
    Review(Queued),
    /// Not a statement, and not meant as one (a cover note, a mail with no statement in it).
    Skipped {
        reason: String,
    },
    Failed {
        error: String,
    },
}

/// A reading put in the review queue.
#[derive(Debug, Clone, Serialize)]
pub struct Queued {
    pub review_id: i64,
    pub title: String,
    pub reasons: Vec<String>,
    pub warnings: Vec<Warning>,
}

impl Outcome {
    /// What was stored, unless the file failed.
    pub fn imported(&self) -> Option<&Imported> {
        match self {
            Outcome::Created(i) | Outcome::Updated(i) => Some(i),
            Outcome::Review(_) | Outcome::Skipped { .. } | Outcome::Failed { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl FileReport {
    pub fn warnings(&self) -> &[Warning] {
        match &self.outcome {
            Outcome::Review(q) => &q.warnings,
            o => o.imported().map_or(&[], |i| i.warnings.as_slice()),
        }
    }
}

/// What an import did, file by file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    /// Imported before, and read to the same record: nothing was written.
    pub unchanged: usize,
    /// Read with doubts and waiting in the review queue.
    pub review: usize,
    /// Not statements, and not meant as ones (e-mails with no statement in them).
    pub skipped: usize,
    pub failed: usize,
    pub files: Vec<FileReport>,
}

impl ImportReport {
    /// Records what happened to one file and returns the record, for progress reports.
    pub fn push(&mut self, path: String, outcome: Outcome) -> &FileReport {
        match &outcome {
            Outcome::Created(_) => self.created += 1,
            Outcome::Updated(i) if i.unchanged => self.unchanged += 1,
            Outcome::Updated(_) => self.updated += 1,
            Outcome::Review(_) => self.review += 1,
            Outcome::Skipped { .. } => self.skipped += 1,
            Outcome::Failed { .. } => self.failed += 1,
        }
        self.files.push(FileReport { path, outcome });
        &self.files[self.files.len() - 1]
    }
}

/// Progress of a long import, for the front end to show.
#[derive(Debug, Clone)]
pub enum Progress<'a> {
    /// The number of files found, before any is read.
    Found(usize),
    /// One file is done.
    Done(&'a FileReport),
}

/// Expands folders into the files they hold (recursively, in name order, hidden files
/// skipped); files named on their own are kept even when hidden.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    // Every file: the catalogue's folders hold YAML, CSV and JSON, which statements' do not.
    let (mut all, skipped) = expand_paths_with_skipped(paths)?;
    all.extend(skipped);
    all.sort();
    Ok(all)
}

/// [`expand_paths`], and the files of folders skipped as surely no statements.
pub fn expand_paths_with_skipped(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|error| AppError::Io { path: p.display().to_string(), error })?;
        if meta.is_dir() {
            walk(p, &mut out, &mut skipped)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, skipped))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> Result<()> {
    let io = |error| AppError::Io { path: dir.display().to_string(), error };
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        let hidden = e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if e.is_dir() {
            walk(&e, out, skipped)?;
        } else if not_a_statement_by_name(&e) {
            skipped.push(e);
        } else {
            out.push(e);
        }
    }
    Ok(())
}

/// Files a folder holds beside statements that are surely none, by their extension: images,
/// spreadsheets, slides, archives, programs, data. Named on the command line, a file is always
/// read; found in a folder, these are skipped (and counted).
pub fn not_a_statement_by_name(path: &Path) -> bool {
    const SKIP: &[&str] = &[
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "svg",
        "webp",
        "ico",
        "xls",
        "xlsx",
        "xlsm",
        "csv",
        "ppt",
        "pptx",
        "zip",
        "gz",
        "tgz",
        "7z",
        "rar",
        "tar",
        "exe",
        "dll",
        "so",
        "bin",
        "iso",
        "mp3",
        "mp4",
        "wav",
        "avi",
        "mov",
        "json",
        "yaml",
        "yml",
        "xml",
        "js",
        "css",
        "ics",
        "vcf",
        "p7s",
        "sig",
        "db",
        "sqlite",
        "sqlite3",
        "lock",
        "db-wal",
        "db-shm",
        "db-journal",
        "sqlite-wal",
        "sqlite-shm",
        "sqlite-journal",
    ];
    // A database kept in the inbox brings its own files (liaise.db-wal, liaise.db.lock): the
    // extension after the last dot says "db-wal", not "wal".
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| SKIP.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a file whole, refusing one too large to be a statement before reading it.
pub fn read_file(path: &Path) -> std::result::Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(liaise_read::ReadError::TooLarge.to_string());
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

/// The SHA-256 of some bytes, in hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a document and describes its file, ready to store.
fn prepare(
    registry: &Registry,
    name: &str,
    bytes: &[u8],
    initial_state: Option<LsState>,
) -> std::result::Result<(liaise_read::Parsed, FileMeta), String> {
    // PDF, .doc, .odt and RTF are converted by an outside program first; the record keeps the
    // hash and format of the file as it arrived.
    let (parsed, format) = match liaise_read::foreign_format(bytes) {
        Some(kind) => {
            let converted = crate::convert::convert(kind, bytes)?;
            let parsed = match kind {
                liaise_read::Foreign::Pdf => liaise_read::read_pdf_text(&converted, registry),
                _ => liaise_read::read(&converted, registry),
            };
            (parsed.map_err(|e| e.to_string())?, kind.as_str().to_string())
        }
        None => {
            let p = liaise_read::read(bytes, registry).map_err(|e| e.to_string())?;
            let f = p.format.as_str().to_string();
            (p, f)
        }
    };
    let meta = FileMeta {
        name: name.to_string(),
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
        format,
        initial_state,
        content: Some(bytes.to_vec()),
    };
    Ok((parsed, meta))
}

fn outcome_of(imported: Imported) -> Outcome {
    if imported.created { Outcome::Created(imported) } else { Outcome::Updated(imported) }
}

/// What to do with a reading: store it, or queue it for review. Corrections a person made to
/// an earlier reading of the same file are applied first (they win over the reader); a file
/// already stored as a statement is updated, never sent back to review.
enum Route {
    Store(liaise_read::Parsed),
    Review(liaise_read::Parsed, Vec<String>),
}

async fn route(
    store: &Store,
    registry: &Registry,
    mut parsed: liaise_read::Parsed,
    meta: &FileMeta,
    review: Review,
    corrections_exist: bool,
) -> std::result::Result<Route, String> {
    // The store is asked only when it may know something: corrections exist somewhere, or the
    // reading has doubts. A clean import of new files makes no query here.
    let mut reasons = if review == Review::Never { Vec::new() } else { liaise_read::review_reasons(&parsed, registry) };
    if review == Review::Always && reasons.is_empty() {
        reasons.push("uploaded to be checked: nothing is stored before a person confirms what was read".to_string());
    }
    if !corrections_exist && reasons.is_empty() {
        return Ok(Route::Store(parsed));
    }
    let status = store.file_status(&meta.sha256).await.map_err(|e| e.to_string())?;
    if !status.corrections.is_empty() {
        parsed.record =
            liaise_store::review::apply_corrections(&parsed.record, &status.corrections).map_err(|e| e.to_string())?;
    }
    if review == Review::Never || status.stored {
        return Ok(Route::Store(parsed));
    }
    // A file that waits for review goes on waiting (its item is refreshed, corrections kept)
    // until a person accepts or rejects it.
    if status.pending_review {
        let reasons = if reasons.is_empty() { vec!["it waits for review already".to_string()] } else { reasons };
        return Ok(Route::Review(parsed, reasons));
    }
    Ok(if reasons.is_empty() { Route::Store(parsed) } else { Route::Review(parsed, reasons) })
}

async fn queue(
    store: &Store,
    parsed: &liaise_read::Parsed,
    reasons: Vec<String>,
    meta: &FileMeta,
    who: &Who,
) -> std::result::Result<Outcome, String> {
    let item = store
        .queue_for_review(&parsed.record, &parsed.warnings, &reasons, meta, who)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Outcome::Review(Queued {
        review_id: item.id,
        title: item.record.title,
        reasons,
        warnings: parsed.warnings.clone(),
    }))
}

/// Imports one uploaded file: a statement, or an e-mail or mailbox whose statements each become
/// a record. Doubtful readings wait for review, as on the command line.
pub async fn import_upload(store: &Store, name: &str, bytes: &[u8], who: &Who) -> Result<Vec<FileReport>> {
    import_upload_with(store, name, bytes, who, Review::Doubtful).await
}

/// Which readings wait for a person before they are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// None: every reading is stored (`import --no-review`).
    Never,
    /// Those with doubts (the default).
    Doubtful,
    /// Every one: the web app's upload shows what was read and stores it on confirmation.
    Always,
}

impl From<bool> for Review {
    fn from(review: bool) -> Review {
        if review { Review::Doubtful } else { Review::Never }
    }
}

/// [`import_upload`], saying which readings wait for review.
pub async fn import_upload_with(
    store: &Store,
    name: &str,
    bytes: &[u8],
    who: &Who,
    review: Review,
) -> Result<Vec<FileReport>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(AppError::Invalid(liaise_read::ReadError::TooLarge.to_string()));
    }
    let mut registry = store.registry().await?;
    let outcomes = if liaise_read::mail::looks_like_mail(bytes) || liaise_read::mail::looks_like_mbox(bytes) {
        import_mail(store, &mut registry, name, bytes, None, who, review).await
    } else {
        let outcome = match import_one(store, &mut registry, name, bytes, None, who, review).await {
            Ok(o) => o,
            Err(error) => Outcome::Failed { error },
        };
        vec![(name.to_string(), outcome)]
    };
    Ok(outcomes.into_iter().map(|(path, outcome)| FileReport { path, outcome }).collect())
}

/// Reads and stores one document given as bytes, in a transaction of its own; a reading with
/// doubts waits for review when `review` is set.
pub async fn import_bytes(
    store: &Store,
    registry: &mut Registry,
    name: &str,
    bytes: &[u8],
    who: &Who,
) -> std::result::Result<Outcome, String> {
    import_bytes_with(store, registry, name, bytes, who, true).await
}

/// [`import_bytes`], saying whether doubtful readings wait for review.
pub async fn import_bytes_with(
    store: &Store,
    registry: &mut Registry,
    name: &str,
    bytes: &[u8],
    who: &Who,
    review: bool,
) -> std::result::Result<Outcome, String> {
    import_one(store, registry, name, bytes, None, who, Review::from(review)).await
}

/// Reads and stores (or queues) one document in a transaction of its own.
async fn import_one(
    store: &Store,
    registry: &mut Registry,
    name: &str,
    bytes: &[u8],
    initial_state: Option<LsState>,
    who: &Who,
    review: Review,
) -> std::result::Result<Outcome, String> {
    let (parsed, meta) = prepare(registry, name, bytes, initial_state)?;
    let corrections_exist = store.has_corrections().await.map_err(|e| e.to_string())?;
    let parsed = match route(store, registry, parsed, &meta, review, corrections_exist).await? {
        Route::Store(p) => p,
        Route::Review(p, reasons) => return queue(store, &p, reasons, &meta, who).await,
    };
    match store.import_ls(registry, &parsed.record, &parsed.warnings, &meta, who).await {
        Ok(i) => Ok(outcome_of(i)),
        Err(e) => {
            // A failed transaction may have left the registry view stale; reload it.
            if let Ok(fresh) = store.registry().await {
                *registry = fresh;
            }
            Err(e.to_string())
        }
    }
}

/// How many documents a bulk import stores per transaction, and for how long at most it holds
/// them before storing: many documents per commit write the pages they all touch once, and a
/// short time bound keeps progress honest.
const BATCH_DOCUMENTS: usize = 200;
const BATCH_TIME: Duration = Duration::from_millis(500);

/// Outcomes since the last commit, reported once the commit has made them true.
struct Pending {
    batch: Option<Batch>,
    started: Instant,
    outcomes: Vec<(String, Outcome)>,
}

impl Pending {
    async fn flush(
        &mut self,
        store: &Store,
        registry: &mut Registry,
        report: &mut ImportReport,
        progress: &mut dyn FnMut(Progress<'_>),
    ) {
        let committed = match self.batch.take() {
            Some(b) => b.commit().await.map_err(|e| e.to_string()),
            None => Ok(()),
        };
        if committed.is_err()
            && let Ok(fresh) = store.registry().await
        {
            *registry = fresh;
        }
        // The search index takes in each batch as it is stored, so that no search has to build
        // it (issue 28: the first search after 10,000 statements took 17.5 s in one request).
        // Not a failure of the import: the next search takes in what this one could not.
        if committed.is_ok()
            && let Err(e) = store.search_catch_up().await
        {
            tracing::warn!(error = %e, "the search index did not take in the batch; the next search will");
        }
        for (path, outcome) in self.outcomes.drain(..) {
            let outcome = match (&committed, outcome) {
                (Err(e), Outcome::Created(_) | Outcome::Updated(_)) => {
                    Outcome::Failed { error: format!("not stored: the database refused the commit: {e}") }
                }
                (_, o) => o,
            };
            progress(Progress::Done(report.push(path, outcome)));
        }
    }
}

/// Imports files and folders, reporting progress as documents are stored. Each document is
/// stored whole or not at all (a savepoint of its own); documents are committed in batches.
/// `initial_state` sets the state of statements new to the database (a draft, say).
pub async fn import_paths(
    store: &Store,
    paths: &[PathBuf],
    initial_state: Option<LsState>,
    who: &Who,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ImportReport> {
    import_paths_with(store, paths, initial_state, who, true, progress).await
}

/// [`import_paths`], saying whether doubtful readings wait for review (`review`) or are stored
/// at once (`liaise import --no-review`).
pub async fn import_paths_with(
    store: &Store,
    paths: &[PathBuf],
    initial_state: Option<LsState>,
    who: &Who,
    review: bool,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ImportReport> {
    let (files, skipped) = expand_paths_with_skipped(paths)?;
    progress(Progress::Found(files.len() + skipped.len()));
    let mut registry = store.registry().await?;
    let corrections_exist = store.has_corrections().await?;
    let mut report = ImportReport::default();
    for path in skipped {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_string();
        let outcome =
            Outcome::Skipped { reason: format!("a .{ext} file in a folder is no statement (name it alone to try it)") };
        progress(Progress::Done(report.push(path.display().to_string(), outcome)));
    }
    let mut pending = Pending { batch: None, started: Instant::now(), outcomes: Vec::new() };
    for path in files {
        let display = path.display().to_string();
        let bytes = match read_file(&path) {
            Ok(b) => b,
            Err(error) => {
                pending.outcomes.push((display, Outcome::Failed { error }));
                continue;
            }
        };
        if liaise_read::mail::looks_like_mbox(&bytes) || liaise_read::mail::looks_like_mail(&bytes) {
            // Each message writes in transactions of its own: store what the batch holds first.
            pending.flush(store, &mut registry, &mut report, progress).await;
            for (name, outcome) in
                import_mail(store, &mut registry, &display, &bytes, initial_state, who, Review::from(review)).await
            {
                progress(Progress::Done(report.push(name, outcome)));
            }
            continue;
        }
        let prepared = prepare(&registry, &display, &bytes, initial_state);
        let routed = match prepared {
            Err(error) => Err(error),
            Ok((parsed, meta)) => {
                route(store, &registry, parsed, &meta, Review::from(review), corrections_exist).await.map(|r| (r, meta))
            }
        };
        let outcome = match routed {
            Err(error) => Outcome::Failed { error },
            Ok((Route::Review(parsed, reasons), meta)) => {
                // The queue writes in a transaction of its own: store what the batch holds first,
                // since SQLite has one writer.
                pending.flush(store, &mut registry, &mut report, progress).await;
                queue(store, &parsed, reasons, &meta, who).await.unwrap_or_else(|error| Outcome::Failed { error })
            }
            Ok((Route::Store(parsed), meta)) => {
                if pending.batch.is_none() {
                    pending.batch = Some(store.batch().await?);
                    pending.started = Instant::now();
                }
                let batch = pending.batch.as_mut().ok_or_else(|| AppError::Invalid("no batch".into()))?;
                match batch.import_ls(&mut registry, &parsed.record, &parsed.warnings, &meta, who).await {
                    Ok(i) => outcome_of(i),
                    Err(e) => Outcome::Failed { error: e.to_string() },
                }
            }
        };
        pending.outcomes.push((display, outcome));
        let full = pending.batch.as_ref().is_some_and(|b| b.len() >= BATCH_DOCUMENTS);
        if full || pending.started.elapsed() >= BATCH_TIME {
            pending.flush(store, &mut registry, &mut report, progress).await;
        }
    }
    pending.flush(store, &mut registry, &mut report, progress).await;
    Ok(report)
}

/// Imports the statements of an e-mail message or an mbox: each attachment that may be a
/// statement, and the message's own text when it is one (a datatracker notification), each its
/// own record, linked to the message it came in. A message with no statement in it is skipped,
/// with the reason.
pub async fn import_mail(
    store: &Store,
    registry: &mut Registry,
    origin: &str,
    bytes: &[u8],
    initial_state: Option<LsState>,
    who: &Who,
    review: Review,
) -> Vec<(String, Outcome)> {
    let messages = if liaise_read::mail::looks_like_mbox(bytes) {
        match liaise_read::mail::split_mbox(bytes) {
            Ok(m) => m,
            Err(e) => return vec![(origin.to_string(), Outcome::Failed { error: e.to_string() })],
        }
    } else {
        vec![bytes.to_vec()]
    };
    let many = messages.len() > 1;
    let mut out = Vec::new();
    for (i, raw) in messages.iter().enumerate() {
        let place = if many { format!("{origin}#{}", i + 1) } else { origin.to_string() };
        out.extend(import_message(store, registry, &place, raw, initial_state, who, review).await);
    }
    out
}

/// Imports one message; see [`import_mail`].
pub async fn import_message(
    store: &Store,
    registry: &mut Registry,
    place: &str,
    raw: &[u8],
    initial_state: Option<LsState>,
    who: &Who,
    review: Review,
) -> Vec<(String, Outcome)> {
    let mail = match liaise_read::mail::parse(raw) {
        Ok(m) => m,
        Err(e) => return vec![(place.to_string(), Outcome::Failed { error: e.to_string() })],
    };
    let subject = mail.envelope.subject.clone().unwrap_or_else(|| "(no subject)".to_string());
    let mut out = Vec::new();
    let mut linked: Vec<(String, String)> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for part in mail.parts.iter().filter(|p| liaise_read::mail::may_be_statement(p)) {
        let name = format!("{place} / {}", part.name);
        match import_one(store, registry, &name, &part.bytes, initial_state, who, review).await {
            // The message's own text is mostly a cover note: only a statement counts.
            Err(_) if part.is_body => refused.push("its text is no statement".to_string()),
            Err(error) => out.push((name, Outcome::Failed { error })),
            Ok(outcome) => {
                linked.push((sha256_hex(&part.bytes), part.name.clone()));
                out.push((name, outcome));
            }
        }
    }
    if linked.is_empty() && out.is_empty() {
        let attachments = mail.parts.iter().filter(|p| !p.is_body).count();
        let reason = format!(
            "the message \"{subject}\" holds no liaison statement ({attachments} attachment{} read as none{})",
            if attachments == 1 { "" } else { "s" },
            if refused.is_empty() { String::new() } else { format!("; {}", refused.join("; ")) }
        );
        out.push((place.to_string(), Outcome::Skipped { reason }));
        return out;
    }
    let meta = liaise_store::mail::MailMeta {
        message_id: mail.envelope.message_id.clone().unwrap_or_else(|| format!("sha256:{}", sha256_hex(raw))),
        sender: mail.envelope.from.clone(),
        sent_at: mail.envelope.date.clone(),
        subject: mail.envelope.subject.clone(),
        origin: place.to_string(),
    };
    if let Err(e) = store.record_mail(&meta, &linked, who).await {
        out.push((
            place.to_string(),
            Outcome::Failed { error: format!("the statements were stored but not linked to their message: {e}") },
        ));
    }
    out
}
