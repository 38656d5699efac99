//! A group's own bodies from a file: the registry extended without a rebuild.
//!
//! The file has the form of the built-in `data/bodies.toml` (see `liaise bodies import --help`).
//! Importing it twice changes nothing the second time; a name another body already answers to
//! is reported, never taken from that body.

use crate::{AppError, Result};
use liaise_core::registry::parse_bodies;
use liaise_store::bodies::NewBody;
use liaise_store::{Store, StoreError, Who};
use serde::Serialize;

/// What an import of a file of bodies did, body by body.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct BodiesImport {
    /// Bodies created.
    pub added: Vec<String>,
    /// Bodies that were there already, with the spellings the file added to them.
    pub extended: Vec<(String, Vec<String>)>,
    /// Bodies that were there already with every spelling the file gives.
    pub unchanged: usize,
    /// Names the file gives that already name another body: not taken.
    pub conflicts: Vec<String>,
}

/// Reads a file of bodies and adds what it defines to the registry (or, with `dry_run`, says
/// what it would add). A parent must be defined earlier in the file or be in the registry.
pub async fn import_file(store: &Store, text: &str, who: &Who, dry_run: bool) -> Result<BodiesImport> {
    let defs = parse_bodies(text).map_err(|e| AppError::Invalid(e.to_string()))?;
    let mut report = BodiesImport::default();
    // A dry run cannot look up the parents it would have created: it remembers their names.
    let mut planned: Vec<String> = Vec::new();
    for def in defs {
        let reg = store.shared_registry().await?;
        if let Some(existing) = reg.lookup_exact(&def.canonical) {
            let mut added = Vec::new();
            for alias in def.full_name.iter().chain(def.aliases.iter()) {
                match reg.lookup_exact(alias) {
                    Some(b) if b.id == existing.id => {}
                    Some(b) => report.conflicts.push(format!("{alias:?} already names {}", b.canonical)),
                    None => {
                        if !dry_run {
                            store.add_alias(&existing.canonical, alias, who).await?;
                        }
                        added.push(alias.clone());
                    }
                }
            }
            if added.is_empty() {
                report.unchanged += 1;
            } else {
                report.extended.push((existing.canonical.clone(), added));
            }
            continue;
        }
        let parent = match def.parent_name.as_deref() {
            None => None,
            Some(p) if dry_run && planned.iter().any(|n| n == p) => None,
            Some(p) => Some(reg.lookup_exact(p).map(|b| b.id).ok_or_else(|| {
                AppError::Invalid(format!(
                    "{}: its parent {p:?} is neither in the registry nor defined before it in the file",
                    def.canonical
                ))
            })?),
        };
        let aliases: Vec<String> = def
            .aliases
            .iter()
            .filter(|a| match reg.lookup_exact(a) {
                Some(b) => {
                    report.conflicts.push(format!("{a:?} already names {}", b.canonical));
                    false
                }
                None => true,
            })
            .cloned()
            .collect();
        let full_name = def.full_name.filter(|f| match reg.lookup_exact(f) {
            Some(b) => {
                report.conflicts.push(format!("{f:?} already names {}", b.canonical));
                false
            }
            None => true,
        });
        if !dry_run {
            let new = NewBody {
                canonical: def.canonical.clone(),
                full_name,
                kind: Some(def.kind),
                parent,
                aliases,
                note: def.note,
            };
            match store.add_body(&new, who).await {
                Ok(_) => {}
                // Another writer took the name between the look-up and the write.
                Err(StoreError::Conflict(why)) => {
                    report.conflicts.push(why);
                    continue;
                }
                Err(e) => return Err(e.into()),
            }
        }
        planned.push(def.canonical.clone());
        report.added.push(def.canonical);
    }
    Ok(report)
}
