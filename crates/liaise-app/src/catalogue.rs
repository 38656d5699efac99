//! Catalogue import and export: Relaton YAML (one record per file), CSV and JSON in; CSV and
//! JSON out. An import reports each record it could not read and goes on with the others.

use crate::import::{expand_paths, read_file};
use crate::{AppError, Result};
use liaise_core::catalogue::{EntryRecord, EntryType, Lifecycle};
use liaise_store::catalogue::{Entry, EntryFilter, Source};
use liaise_store::{Store, Who};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// How catalogue records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Relaton,
    Csv,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_lowercase().as_str() {
            "relaton" | "yaml" | "yml" => Some(Format::Relaton),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The format a file name's extension says, if any.
    pub fn of_path(p: &Path) -> Option<Format> {
        p.extension().and_then(|e| e.to_str()).and_then(Format::parse)
    }
}

/// A record that could not be read or stored.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub file: String,
    /// The record's place: line for CSV, position for JSON.
    pub record: Option<usize>,
    pub identifier: Option<String>,
    pub error: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CatalogueReport {
    pub files: usize,
    pub records: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records that named the same entry as another record of the import.
    pub merged: usize,
    pub failed: Vec<Failure>,
    pub warnings: Vec<String>,
    pub new_bodies: Vec<String>,
    pub new_topics: Vec<String>,
}

/// Progress of a catalogue import.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    Found(usize),
    /// Files read so far, records stored so far.
    Stored {
        files: usize,
        records: usize,
    },
}

/// Records read from a file, each with its place (line or position) or why it could not be read.
pub type Records = Vec<(usize, std::result::Result<EntryRecord, String>)>;

fn column(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
}

/// Reads a CSV catalogue: a header row naming the columns (identifier, title, body, type,
/// status, date or published, started, withdrawn, lifecycle, url, version, release, topics),
/// in any order; topics separated by ";" or "|".
pub fn read_csv(text: &str) -> std::result::Result<Records, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| format!("no header row: {e}"))?.iter().map(str::to_string).collect();
    let id_col = column(&headers, &["identifier", "id", "document"]).ok_or("the header has no identifier column")?;
    let col = |names: &[&str]| column(&headers, names);
    let (title, body, kind, status, published, started, withdrawn, lifecycle, url, version, release, topics) = (
        col(&["title"]),
        col(&["body", "owner", "organization", "committee"]),
        col(&["type", "doctype"]),
        col(&["status", "stage"]),
        col(&["date", "published"]),
        col(&["started"]),
        col(&["withdrawn"]),
        col(&["lifecycle"]),
        col(&["url", "link"]),
        col(&["version"]),
        col(&["release"]),
        col(&["topics", "topic"]),
    );
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                out.push((line, Err(format!("unreadable row: {e}"))));
                continue;
            }
        };
        let get =
            |c: Option<usize>| c.and_then(|c| row.get(c)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let Some(identifier) = get(Some(id_col)) else {
            out.push((line, Err("empty identifier".into())));
            continue;
        };
        let lifecycle_value = get(lifecycle);
        let parsed_lifecycle = lifecycle_value.as_deref().map(|l| Lifecycle::parse(l).ok_or(l.to_string()));
        let kind_value = get(kind);
        let rec = EntryRecord {
            identifier,
            title: get(title).unwrap_or_default(),
            body: get(body),
            entry_type: kind_value.as_deref().map(|k| EntryType::parse(k).unwrap_or(EntryType::Other)),
            status: get(status),
            lifecycle: match parsed_lifecycle {
                Some(Ok(l)) => Some(l),
                Some(Err(l)) => {
                    out.push((line, Err(format!("lifecycle {l:?} is not one of proposed, in-development, in-approval, published, under-review, superseded, withdrawn"))));
                    continue;
                }
                None => None,
            },
            started: get(started),
            published: get(published),
            withdrawn: get(withdrawn),
            url: get(url),
            version: get(version),
            release: get(release),
            relations: Vec::new(),
            topics: get(topics)
                .map(|t| t.split([';', '|']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
                .unwrap_or_default(),
        };
        out.push((line, Ok(rec)));
    }
    Ok(out)
}

/// Reads a JSON catalogue: an array of entries (as `catalogue export --format json` writes
/// them), or an object holding one under "entries".
pub fn read_json(text: &str) -> std::result::Result<Records, String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let items = match v {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(mut o) => match o.remove("entries") {
            Some(serde_json::Value::Array(a)) => a,
            _ => return Err("a JSON catalogue is an array of entries, or an object with an \"entries\" array".into()),
        },
        _ => return Err("a JSON catalogue is an array of entries".into()),
    };
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, item)| (i + 1, serde_json::from_value::<EntryRecord>(item).map_err(|e| format!("not an entry: {e}"))))
        .collect())
}

/// How many files are read in one go; their records go to the store in one transaction.
const CHUNK: usize = 2_000;

/// Records read from some files, ready to store, and the files or records that could not be read.
#[derive(Default)]
struct Parsed {
    files: usize,
    records: Vec<EntryRecord>,
    /// For each record, its file and its place in it (line or position; none for Relaton).
    places: Vec<(String, Option<usize>)>,
    failed: Vec<Failure>,
}

/// Reads and parses files: the CPU-heavy half of an import, done off the async runtime.
/// Parses the text of one file into `out`'s records and failures.
fn parse_text(out: &mut Parsed, name: &str, text: &str, fmt: Format) {
    let records = match fmt {
        Format::Relaton => Ok(vec![(0, liaise_read::relaton::read(text))]),
        Format::Csv => read_csv(text),
        Format::Json => read_json(text),
    };
    match records {
        Err(error) => out.failed.push(Failure { file: name.to_string(), record: None, identifier: None, error }),
        Ok(records) => {
            for (i, r) in records {
                let place = (fmt != Format::Relaton).then_some(i);
                match r {
                    Ok(rec) => {
                        out.records.push(rec);
                        out.places.push((name.to_string(), place));
                    }
                    Err(error) => {
                        out.failed.push(Failure { file: name.to_string(), record: place, identifier: None, error })
                    }
                }
            }
        }
    }
}

/// Imports the text of one catalogue file that came without a path (an upload to the
/// server), as `import` does a file.
pub async fn import_text(store: &Store, name: &str, text: &str, format: Format, who: &Who) -> Result<CatalogueReport> {
    let mut parsed = Parsed { files: 1, ..Parsed::default() };
    parse_text(&mut parsed, name, text, format);
    let mut registry = store.registry().await?;
    let mut report = CatalogueReport { files: 1, ..CatalogueReport::default() };
    report.failed.append(&mut parsed.failed);
    store_chunk(store, &mut registry, parsed, who, &mut report).await?;
    Ok(report)
}

fn parse_files(files: &[PathBuf], format: Option<Format>) -> Parsed {
    let mut out = Parsed { files: files.len(), ..Parsed::default() };
    for file in files {
        let name = file.display().to_string();
        let Some(fmt) = format.or_else(|| Format::of_path(file)) else {
            out.failed.push(Failure {
                file: name,
                record: None,
                identifier: None,
                error: "unknown format: name it with --format relaton|csv|json".into(),
            });
            continue;
        };
        let text = match read_file(file).and_then(|b| {
            String::from_utf8(b).map_err(|e| format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))
        }) {
            Ok(t) => t,
            Err(error) => {
                out.failed.push(Failure { file: name, record: None, identifier: None, error });
                continue;
            }
        };
        parse_text(&mut out, &name, &text, fmt);
    }
    out
}

/// Imports catalogue files and folders (folders: every .yaml, .yml, .csv and .json file in them).
///
/// Reading is pipelined with storing: while one chunk of files is stored, the next is read and
/// parsed on a blocking thread, so that with two cores parsing and storing overlap (parsing YAML
/// is half the work of an import; see BENCHMARKS.md).
/// Records are stored in file order, so the outcome is the same as reading one file at a time.
pub async fn import(
    store: &Store,
    paths: &[PathBuf],
    format: Option<Format>,
    who: &Who,
    progress: &mut dyn FnMut(Progress),
) -> Result<CatalogueReport> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            files.extend(
                expand_paths(std::slice::from_ref(p))?
                    .into_iter()
                    .filter(|f| format.is_some() || Format::of_path(f).is_some()),
            );
        } else {
            files.push(p.clone());
        }
    }
    progress(Progress::Found(files.len()));
    let mut registry = store.registry().await?;
    let mut report = CatalogueReport { files: files.len(), ..CatalogueReport::default() };
    let spawn = |chunk: &[PathBuf]| {
        let chunk = chunk.to_vec();
        tokio::task::spawn_blocking(move || parse_files(&chunk, format))
    };
    let mut chunks = files.chunks(CHUNK);
    let mut next = chunks.next().map(spawn);
    let mut done_files = 0;
    while let Some(task) = next.take() {
        let mut parsed = task.await.map_err(|e| AppError::Crashed(e.to_string()))?;
        next = chunks.next().map(spawn);
        report.failed.append(&mut parsed.failed);
        done_files += parsed.files;
        store_chunk(store, &mut registry, parsed, who, &mut report).await?;
        progress(Progress::Stored { files: done_files, records: report.created + report.updated + report.unchanged });
    }
    Ok(report)
}

/// Stores the records of one chunk in one transaction and adds the outcome to the report.
async fn store_chunk(
    store: &Store,
    registry: &mut liaise_core::registry::Registry,
    parsed: Parsed,
    who: &Who,
    report: &mut CatalogueReport,
) -> Result<()> {
    if parsed.records.is_empty() {
        return Ok(());
    }
    let sources: Vec<Source> = parsed.places.iter().map(|(file, _)| Source::import(file)).collect();
    report.records += parsed.records.len();
    let done = store.upsert_entries(registry, &parsed.records, &sources, who).await?;
    report.created += done.created;
    report.updated += done.updated;
    report.unchanged += done.unchanged;
    report.merged += done.merged;
    for (i, identifier, error) in done.failed {
        let (file, place) = &parsed.places[i];
        report.failed.push(Failure { file: file.clone(), record: *place, identifier: Some(identifier), error });
    }
    report.warnings.extend(done.warnings.iter().map(|w| w.to_string()));
    report.new_bodies.extend(done.new_bodies);
    report.new_topics.extend(done.new_topics);
    Ok(())
}

/// The catalogue as CSV: the columns `read_csv` reads, with lifecycle and sources added.
pub fn to_csv(entries: &[Entry]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "identifier",
        "title",
        "body",
        "type",
        "status",
        "lifecycle",
        "published",
        "started",
        "withdrawn",
        "url",
        "version",
        "release",
        "topics",
        "sources",
    ];
    let io = |e: csv::Error| AppError::Invalid(format!("CSV: {e}"));
    w.write_record(header).map_err(io)?;
    for e in entries {
        let o = |s: &Option<String>| s.clone().unwrap_or_default();
        let sources = e.sources.iter().map(|s| format!("{}:{}", s.kind, s.origin)).collect::<Vec<_>>().join("; ");
        w.write_record([
            e.identifier.clone(),
            e.title.clone(),
            o(&e.body),
            o(&e.entry_type),
            o(&e.status),
            o(&e.lifecycle),
            o(&e.published),
            o(&e.started),
            o(&e.withdrawn),
            o(&e.url),
            o(&e.version),
            o(&e.release),
            e.topics.join("; "),
            sources,
        ])
        .map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| AppError::Invalid(format!("CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| AppError::Invalid(format!("CSV: {e}")))
}

/// The catalogue exported.
pub async fn export(store: &Store, format: Format) -> Result<String> {
    let entries = store.entries(&EntryFilter::default()).await?;
    match format {
        Format::Csv => to_csv(&entries),
        Format::Json => serde_json::to_string_pretty(&entries).map_err(|e| AppError::Invalid(e.to_string())),
        Format::Relaton => Err(AppError::Invalid("export writes csv or json".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_any_column_order_and_bad_rows() {
        let text = "title,identifier,status,topics\n\"Versatile video coding\",ITU-T H.266 (04/2022),In force,Media CODEC; Accessibility aspects\n\
                    x,,published,\nVVC,ISO/IEC 23090-3:2022,60.60,\n";
        let rows = read_csv(text).expect("a header");
        assert_eq!(rows.len(), 3);
        let first = rows[0].1.as_ref().expect("the first row reads");
        assert_eq!(first.identifier, "ITU-T H.266 (04/2022)");
        assert_eq!(first.topics, vec!["Media CODEC", "Accessibility aspects"]);
        assert_eq!(rows[1], (3, Err("empty identifier".into())));
        assert!(read_csv("title\nx\n").is_err());
    }

    #[test]
    fn json_of_entries() {
        let rows =
            read_json(r#"[{"identifier": "RFC 9110", "title": "HTTP Semantics", "lifecycle": "published"}, 42]"#)
                .expect("an array");
        assert_eq!(rows[0].1.as_ref().map(|r| r.lifecycle), Ok(Some(Lifecycle::Published)));
        assert!(rows[1].1.is_err());
        assert!(read_json("{").is_err());
    }
}
