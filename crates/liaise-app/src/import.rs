//! Importing documents: files and folders in, one stored statement per file out, with a report
//! of what was created, updated or refused and why.
//!
//! Invariant: one file is one transaction. A file that fails leaves nothing behind and does not
//! stop the others.

use crate::{AppError, Result};
use liaise_core::Warning;
use liaise_core::registry::Registry;
use liaise_read::MAX_INPUT_BYTES;
use liaise_store::ls::FileMeta;
use liaise_store::{Store, Who};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What happened to one file.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Outcome {
    Created { ls_id: i64, doc_number: Option<String>, title: String, warnings: Vec<Warning>, new_bodies: Vec<String> },
    Updated { ls_id: i64, doc_number: Option<String>, title: String, warnings: Vec<Warning>, new_bodies: Vec<String> },
    Failed { error: String },
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
            Outcome::Created { warnings, .. } | Outcome::Updated { warnings, .. } => warnings,
            Outcome::Failed { .. } => &[],
        }
    }
}

/// What an import did, file by file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub failed: usize,
    pub files: Vec<FileReport>,
}

impl ImportReport {
    /// Records what happened to one file and returns the record, for progress reports.
    pub fn push(&mut self, path: String, outcome: Outcome) -> &FileReport {
        match &outcome {
            Outcome::Created { .. } => self.created += 1,
            Outcome::Updated { .. } => self.updated += 1,
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
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|source| AppError::Io { path: p.display().to_string(), source })?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let io = |source| AppError::Io { path: dir.display().to_string(), source };
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).map_err(io)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        let hidden = e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if e.is_dir() {
            walk(&e, out)?;
        } else {
            out.push(e);
        }
    }
    Ok(())
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

/// Reads and stores one document given as bytes.
pub async fn import_bytes(
    store: &Store,
    registry: &mut Registry,
    name: &str,
    bytes: &[u8],
    who: &Who,
) -> std::result::Result<Outcome, String> {
    let parsed = liaise_read::read(bytes, registry).map_err(|e| e.to_string())?;
    let meta = FileMeta {
        name: name.to_string(),
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
        format: parsed.format.as_str().to_string(),
    };
    let imported = match store.import_ls(registry, &parsed.record, &parsed.warnings, &meta, who).await {
        Ok(i) => i,
        Err(e) => {
            // A failed transaction may have left the registry view stale; reload it.
            if let Ok(fresh) = store.registry().await {
                *registry = fresh;
            }
            return Err(e.to_string());
        }
    };
    let liaise_store::ls::Imported { ls_id, created, doc_number, title, warnings, new_bodies } = imported;
    Ok(if created {
        Outcome::Created { ls_id, doc_number, title, warnings, new_bodies }
    } else {
        Outcome::Updated { ls_id, doc_number, title, warnings, new_bodies }
    })
}

/// Imports files and folders, reporting progress after each file.
pub async fn import_paths(
    store: &Store,
    paths: &[PathBuf],
    who: &Who,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ImportReport> {
    let files = expand_paths(paths)?;
    progress(Progress::Found(files.len()));
    let mut registry = store.registry().await?;
    let mut report = ImportReport::default();
    for path in files {
        let display = path.display().to_string();
        let outcome = match read_file(&path) {
            Ok(bytes) => match import_bytes(store, &mut registry, &display, &bytes, who).await {
                Ok(o) => o,
                Err(error) => Outcome::Failed { error },
            },
            Err(error) => Outcome::Failed { error },
        };
        progress(Progress::Done(report.push(display, outcome)));
    }
    Ok(report)
}
