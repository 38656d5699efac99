//! The whole database as one file, the same on both backends: a backup taken while liaise runs,
//! restored into an empty database of either backend, or a group's SQLite file moved to
//! PostgreSQL.
//!
//! An archive is gzip-compressed JSON lines: a header (format, version, the schema it was taken
//! at), then for each table a line naming its columns and one line per row (an array; blobs in
//! base64), then a last line with each table's row count and SHA-256 and the id sequences. A
//! file without that last line was cut off and is refused whole.
//!
//! Invariant: rows are written in primary-key order (text in byte order on both backends) and
//! columns in name order, so one database gives the same lines, and the same sums, on either
//! backend: two databases are equal when their sums are.
//! Invariant: an archive is read inside one snapshot (a read transaction; on PostgreSQL a
//! repeatable-read one) and restored inside one transaction: a backup never holds half of a
//! change, and a restore that fails leaves no rows.

use crate::{Backend, Result, StoreError, format_time};
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

/// The first field of an archive's header.
pub const FORMAT: &str = "liaise-archive";
/// The archive format's version: a reader refuses versions it does not know.
pub const FORMAT_VERSION: i64 = 1;

/// Every table of liaise, in the order the migrations create them, so that a table references
/// only tables before it. A test checks this list against the schema.
pub const TABLES: &[&str] = &[
    "meta",
    "events",
    "bodies",
    "body_aliases",
    "ls",
    "ls_files",
    "ls_bodies",
    "people",
    "officers",
    "ls_contacts",
    "actions",
    "ls_refs",
    "ls_links",
    "designations",
    "reminders",
    "catalogue",
    "catalogue_relations",
    "catalogue_sources",
    "topics",
    "topic_bodies",
    "catalogue_topics",
    "catalogue_proposals",
    "gaps",
    "gap_bodies",
    "gap_updates",
    "review_items",
    "corrections",
    "mail_messages",
    "mail_parts",
    "imap_seen",
    "file_contents",
    "users",
    "api_tokens",
    "sessions",
    "login_attempts",
    "leases",
    "deliveries",
    "search_docs",
    "search_terms",
    "search_facets",
    "search_state",
    "search_log",
    "meetings",
    "agenda_items",
    "handlings",
    "allocations",
];

/// Columns that refer to rows of their own table, possibly to later ones (a body merged into
/// one made after it): restored as NULL first and set once the whole table is in.
const SELF_REFERENCES: &[(&str, &[&str])] = &[("bodies", &["merged_into", "parent_id"])];

/// How a column's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Int,
    Text,
    Blob,
}

impl Kind {
    fn of_declared(declared: &str) -> Kind {
        let d = declared.to_ascii_uppercase();
        if d.contains("INT") {
            Kind::Int
        } else if d.contains("BLOB") || d.contains("BYTEA") {
            Kind::Blob
        } else {
            Kind::Text
        }
    }
}

/// The first line of an archive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: i64,
    /// The newest migration of the database it was taken from.
    pub schema: i64,
    /// The liaise that wrote it.
    pub liaise: String,
    pub backend: String,
    pub created_at: String,
}

/// One table's part of an archive: how many rows, and the SHA-256 of their lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSum {
    pub rows: u64,
    pub sha256: String,
}

/// What an archive holds, from its last line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub schema: i64,
    pub tables: BTreeMap<String, TableSum>,
    /// The last id each table with generated ids has given, so that a restored database never
    /// gives an id twice (one of a deleted row included).
    pub sequences: BTreeMap<String, i64>,
}

impl Summary {
    /// Rows in all tables.
    pub fn rows(&self) -> u64 {
        self.tables.values().map(|t| t.rows).sum()
    }

    /// The rows of one table.
    pub fn rows_of(&self, table: &str) -> u64 {
        self.tables.get(table).map_or(0, |t| t.rows)
    }

    /// The tables whose rows differ between two summaries, by name.
    pub fn differences(&self, other: &Summary) -> Vec<String> {
        let names: std::collections::BTreeSet<&String> = self.tables.keys().chain(other.tables.keys()).collect();
        names.into_iter().filter(|n| self.tables.get(*n) != other.tables.get(*n)).cloned().collect()
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct TableLine {
    table: String,
    columns: Vec<(String, Kind)>,
}

#[derive(Debug, Serialize, Deserialize)]
struct EndLine {
    end: Summary,
}

/// A table's columns as the database declares them, in name order.
async fn columns(conn: &mut AnyConnection, backend: Backend, table: &str) -> Result<Vec<(String, Kind)>> {
    let sql = match backend {
        Backend::Sqlite => "SELECT name, type FROM pragma_table_info($1)",
        Backend::Postgres => {
            "SELECT column_name::text, data_type::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1"
        }
    };
    let rows = sqlx::query(sql).bind(table).fetch_all(&mut *conn).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let name: String = r.try_get(0)?;
        let declared: String = r.try_get(1)?;
        out.push((name, Kind::of_declared(&declared)));
    }
    out.sort();
    Ok(out)
}

/// A table's primary key columns, in key order (empty when it has none).
async fn primary_key(conn: &mut AnyConnection, backend: Backend, table: &str) -> Result<Vec<String>> {
    let sql = match backend {
        Backend::Sqlite => "SELECT name FROM pragma_table_info($1) WHERE pk > 0 ORDER BY pk",
        Backend::Postgres => {
            "SELECT a.attname::text FROM pg_index i \
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) \
             WHERE i.indrelid = $1::regclass AND i.indisprimary \
             ORDER BY array_position(i.indkey::int2[], a.attnum)"
        }
    };
    let rows = sqlx::query(sql).bind(table).fetch_all(&mut *conn).await?;
    rows.iter().map(|r| r.try_get::<String, _>(0).map_err(StoreError::from)).collect()
}

/// Quotes an identifier that comes from the schema (never from a user).
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `ORDER BY` for a table: its key, or every column that is not a blob; text in byte order.
fn order_by(backend: Backend, cols: &[(String, Kind)], key: &[String]) -> String {
    let by: Vec<String> = if key.is_empty() {
        cols.iter().filter(|(_, k)| *k != Kind::Blob).map(|(n, _)| n.clone()).collect()
    } else {
        key.to_vec()
    };
    let kind = |n: &str| cols.iter().find(|(c, _)| c == n).map_or(Kind::Text, |(_, k)| *k);
    let parts: Vec<String> = by
        .iter()
        .map(|n| match (backend, kind(n)) {
            (Backend::Postgres, Kind::Text) => format!("{} COLLATE \"C\"", ident(n)),
            _ => ident(n),
        })
        .collect();
    if parts.is_empty() { String::new() } else { format!(" ORDER BY {}", parts.join(", ")) }
}

fn value_of(row: &sqlx::any::AnyRow, i: usize, kind: Kind) -> Result<Value> {
    use base64::Engine;
    Ok(match kind {
        Kind::Int => row.try_get::<Option<i64>, _>(i)?.map_or(Value::Null, Value::from),
        Kind::Text => row.try_get::<Option<String>, _>(i)?.map_or(Value::Null, Value::from),
        Kind::Blob => row
            .try_get::<Option<Vec<u8>>, _>(i)?
            .map_or(Value::Null, |b| Value::from(base64::engine::general_purpose::STANDARD.encode(b))),
    })
}

/// The newest migration applied to a database, or None when it has no liaise tables.
pub(crate) async fn schema_of(conn: &mut AnyConnection) -> Result<Option<i64>> {
    match sqlx::query("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE").fetch_one(&mut *conn).await {
        Ok(row) => Ok(row.try_get::<Option<i64>, _>(0)?),
        Err(_) => Ok(None),
    }
}

/// The last id given by each table's sequence.
async fn sequences(conn: &mut AnyConnection, backend: Backend) -> Result<BTreeMap<String, i64>> {
    let mut out = BTreeMap::new();
    match backend {
        Backend::Sqlite => {
            let rows = sqlx::query("SELECT name, seq FROM sqlite_sequence").fetch_all(&mut *conn).await?;
            for r in rows {
                let name: String = r.try_get(0)?;
                if TABLES.contains(&name.as_str()) {
                    out.insert(name, r.try_get::<i64, _>(1)?);
                }
            }
        }
        Backend::Postgres => {
            for table in TABLES {
                if !columns(conn, backend, table).await?.iter().any(|(n, _)| n == "id") {
                    continue;
                }
                let row = sqlx::query(
                    "SELECT pg_sequence_last_value(s::regclass) FROM pg_get_serial_sequence($1, 'id') AS s WHERE s IS NOT NULL",
                )
                .bind(*table)
                .fetch_optional(&mut *conn)
                .await?;
                if let Some(v) = row.map(|r| r.try_get::<Option<i64>, _>(0)).transpose()?.flatten() {
                    out.insert((*table).to_string(), v);
                }
            }
        }
    }
    Ok(out)
}

/// How far a long copy has come: the table, and the rows of it done so far.
pub type Progress<'a> = &'a mut (dyn FnMut(&str, u64) + Send);

/// Writes the whole database to `out` as an archive, from one snapshot, while others go on
/// reading and writing.
pub async fn export(store: &crate::Store, out: impl Write, progress: Progress<'_>) -> Result<Summary> {
    let backend = store.backend();
    let mut conn = store.pool().acquire().await?;
    let begin = match backend {
        Backend::Sqlite => "BEGIN",
        Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    };
    sqlx::raw_sql(begin).execute(&mut *conn).await?;
    let done = export_in(&mut conn, backend, out, progress).await;
    // Only read: nothing to keep, whatever happened.
    let _ = sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await;
    done
}

async fn export_in(
    conn: &mut AnyConnection,
    backend: Backend,
    out: impl Write,
    progress: Progress<'_>,
) -> Result<Summary> {
    let io = |e: std::io::Error| StoreError::Invalid(format!("cannot write the archive: {e}"));
    // The first read inside the transaction fixes the snapshot (SQLite's WAL keeps it).
    let schema = schema_of(conn)
        .await?
        .ok_or_else(|| StoreError::Invalid("the database has no liaise tables: nothing to back up".into()))?;
    let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::fast());
    let header = Header {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        schema,
        liaise: env!("CARGO_PKG_VERSION").into(),
        backend: match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
        .into(),
        created_at: format_time(chrono::Utc::now()),
    };
    writeln!(gz, "{}", serde_json::to_string(&header)?).map_err(io)?;
    let mut summary = Summary { schema, ..Summary::default() };
    for table in TABLES {
        let cols = columns(conn, backend, table).await?;
        if cols.is_empty() {
            // A table of a later schema than this database's.
            continue;
        }
        let key = primary_key(conn, backend, table).await?;
        let line = TableLine { table: (*table).to_string(), columns: cols.clone() };
        writeln!(gz, "{}", serde_json::to_string(&line)?).map_err(io)?;
        let list: Vec<String> = cols.iter().map(|(n, _)| ident(n)).collect();
        // A lease belongs to a process running on this database (the reminder or backup job of
        // a server): carried into a restored copy it held that copy's jobs off for days, with
        // nothing said (review of issue 25). The table goes into the archive, its rows do not.
        let only = if *table == "leases" { " WHERE 1 = 0" } else { "" };
        let sql = format!("SELECT {} FROM {}{only}{}", list.join(", "), ident(table), order_by(backend, &cols, &key));
        let mut hash = Sha256::new();
        let mut rows = 0u64;
        {
            let mut stream = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch(&mut *conn);
            while let Some(row) = stream.try_next().await? {
                let values: Vec<Value> =
                    cols.iter().enumerate().map(|(i, (_, k))| value_of(&row, i, *k)).collect::<Result<_>>()?;
                let text = serde_json::to_string(&values)?;
                hash.update(text.as_bytes());
                hash.update(b"\n");
                writeln!(gz, "{text}").map_err(io)?;
                rows += 1;
                if rows.is_multiple_of(10_000) {
                    progress(table, rows);
                }
            }
        }
        progress(table, rows);
        summary.tables.insert((*table).to_string(), TableSum { rows, sha256: hex(&hash.finalize()) });
    }
    summary.sequences = sequences(conn, backend).await?;
    writeln!(gz, "{}", serde_json::to_string(&EndLine { end: summary.clone() })?).map_err(io)?;
    gz.finish().map_err(io)?.flush().map_err(io)?;
    Ok(summary)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The sums of a database as an archive of it would give them, without writing one.
pub async fn summary(store: &crate::Store) -> Result<Summary> {
    export(store, std::io::sink(), &mut |_, _| {}).await
}

/// Reads an archive's header (to say what it holds before restoring it).
pub fn read_header(input: impl std::io::Read) -> Result<Header> {
    let mut lines = std::io::BufReader::new(flate2::read::GzDecoder::new(input));
    header_of(&mut lines)
}

fn bad(what: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(format!("not a liaise archive, or a damaged one: {what}"))
}

fn header_of(lines: &mut impl BufRead) -> Result<Header> {
    let mut first = String::new();
    lines.read_line(&mut first).map_err(|e| bad(format!("cannot read it ({e})")))?;
    let header: Header = serde_json::from_str(first.trim_end()).map_err(|_| bad("its first line is no header"))?;
    if header.format != FORMAT {
        return Err(bad(format!("its format is {:?}", header.format)));
    }
    if header.version > FORMAT_VERSION {
        return Err(StoreError::Invalid(format!(
            "this archive is of format version {}, made by a newer liaise ({}); this one reads version {FORMAT_VERSION}: upgrade liaise to restore it",
            header.version, header.liaise
        )));
    }
    Ok(header)
}

/// One value bound to an insert.
enum Bound {
    Int(Option<i64>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

fn bound(value: &Value, kind: Kind, table: &str, column: &str) -> Result<Bound> {
    use base64::Engine;
    let wrong = || bad(format!("a value of {table}.{column} is not of its kind"));
    Ok(match (kind, value) {
        (Kind::Int, Value::Null) => Bound::Int(None),
        (Kind::Text, Value::Null) => Bound::Text(None),
        (Kind::Blob, Value::Null) => Bound::Blob(None),
        (Kind::Int, Value::Number(n)) => Bound::Int(Some(n.as_i64().ok_or_else(wrong)?)),
        (Kind::Text, Value::String(s)) => Bound::Text(Some(s.clone())),
        (Kind::Blob, Value::String(s)) => {
            Bound::Blob(Some(base64::engine::general_purpose::STANDARD.decode(s).map_err(|_| wrong())?))
        }
        _ => return Err(wrong()),
    })
}

/// Rows are inserted this many at a time, or fewer when they are large (files).
const BATCH_ROWS: usize = 200;
const BATCH_BYTES: usize = 4 << 20;

struct Batch {
    table: String,
    columns: Vec<(String, Kind)>,
    rows: Vec<Vec<Bound>>,
    bytes: usize,
}

impl Batch {
    async fn flush(&mut self, conn: &mut AnyConnection, backend: Backend) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = self.columns.iter().map(|(n, _)| ident(n)).collect();
        let mut text = format!("INSERT INTO {} ({}) VALUES ", ident(&self.table), names.join(", "));
        let mut n = 0;
        for (i, row) in self.rows.iter().enumerate() {
            text.push_str(if i == 0 { "(" } else { ", (" });
            for j in 0..row.len() {
                n += 1;
                if j > 0 {
                    text.push_str(", ");
                }
                match backend {
                    Backend::Sqlite => text.push('?'),
                    Backend::Postgres => text.push_str(&format!("${n}")),
                }
            }
            text.push(')');
        }
        let mut q = sqlx::query(sqlx::AssertSqlSafe(text));
        for row in self.rows.drain(..) {
            for v in row {
                q = match v {
                    Bound::Int(i) => q.bind(i),
                    Bound::Text(s) => q.bind(s),
                    Bound::Blob(b) => q.bind(b),
                };
            }
        }
        q.execute(&mut *conn).await?;
        self.bytes = 0;
        Ok(())
    }
}

/// Restores an archive into a database whose liaise tables are empty and at the archive's
/// schema, inside the caller's transaction. Returns the archive's summary, checked against the
/// rows read.
pub(crate) async fn restore_rows(
    conn: &mut AnyConnection,
    backend: Backend,
    lines: &mut impl BufRead,
    progress: Progress<'_>,
) -> Result<Summary> {
    let mut seen: BTreeMap<String, TableSum> = BTreeMap::new();
    let mut batch: Option<Batch> = None;
    let mut hash = Sha256::new();
    let mut later: Vec<(String, String, i64, i64)> = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        let n = lines.read_line(&mut line).map_err(|e| bad(format!("cannot read it ({e})")))?;
        if n == 0 {
            return Err(bad("it ends before its last line (cut off?); nothing was restored"));
        }
        let text = line.trim_end_matches('\n');
        if text.starts_with('[') {
            let b = batch.as_mut().ok_or_else(|| bad("a row comes before its table"))?;
            let values: Vec<Value> = serde_json::from_str(text).map_err(|_| bad("a row is not JSON"))?;
            if values.len() != b.columns.len() {
                return Err(bad(format!(
                    "a row of {} has {} values for {} columns",
                    b.table,
                    values.len(),
                    b.columns.len()
                )));
            }
            hash.update(text.as_bytes());
            hash.update(b"\n");
            let mut row = Vec::with_capacity(values.len());
            let deferred = SELF_REFERENCES.iter().find(|(t, _)| *t == b.table).map_or(&[][..], |(_, c)| c);
            let id = b.columns.iter().position(|(c, _)| c == "id").and_then(|i| values[i].as_i64());
            for ((name, kind), value) in b.columns.iter().zip(&values) {
                if let (true, Some(id), Some(target)) = (deferred.contains(&name.as_str()), id, value.as_i64()) {
                    later.push((b.table.clone(), name.clone(), id, target));
                    row.push(Bound::Int(None));
                    continue;
                }
                b.bytes += match value {
                    Value::String(s) => s.len(),
                    _ => 8,
                };
                row.push(bound(value, *kind, &b.table, name)?);
            }
            b.rows.push(row);
            let entry = seen.entry(b.table.clone()).or_default();
            entry.rows += 1;
            if b.rows.len() >= BATCH_ROWS || b.bytes >= BATCH_BYTES {
                b.flush(conn, backend).await?;
                if entry.rows.is_multiple_of(10_000) {
                    progress(&b.table, entry.rows);
                }
            }
            continue;
        }
        // A table's line or the last line: the table before it is complete.
        if let Some(mut b) = batch.take() {
            b.flush(conn, backend).await?;
            let entry = seen.entry(b.table.clone()).or_default();
            entry.sha256 = hex(&std::mem::take(&mut hash).finalize());
            progress(&b.table, entry.rows);
        }
        if let Ok(t) = serde_json::from_str::<TableLine>(text) {
            if !TABLES.contains(&t.table.as_str()) {
                return Err(bad(format!("it holds a table liaise does not have ({})", t.table)));
            }
            let have = columns(conn, backend, &t.table).await?;
            for (name, kind) in &t.columns {
                if !have.iter().any(|(n, k)| n == name && k == kind) {
                    return Err(bad(format!("{}.{name} is not a column of this schema", t.table)));
                }
            }
            seen.insert(t.table.clone(), TableSum { rows: 0, sha256: hex(&Sha256::new().finalize()) });
            batch = Some(Batch { table: t.table, columns: t.columns, rows: Vec::new(), bytes: 0 });
            continue;
        }
        let end: EndLine = serde_json::from_str(text).map_err(|_| bad("a line is neither a row nor a table"))?;
        for (table, sum) in &end.end.tables {
            if seen.get(table) != Some(sum) {
                return Err(bad(format!(
                    "its table {table} does not hold what its last line says ({} rows read, {} written): nothing was restored",
                    seen.get(table).map_or(0, |s| s.rows),
                    sum.rows
                )));
            }
        }
        for (table, column, id, target) in &later {
            let sql = format!("UPDATE {} SET {} = $1 WHERE id = $2", ident(table), ident(column));
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(*target).bind(*id).execute(&mut *conn).await?;
        }
        set_sequences(conn, backend, &end.end.sequences).await?;
        return Ok(end.end);
    }
}

/// Sets each table's id sequence to the archive's, or past the highest id restored.
async fn set_sequences(conn: &mut AnyConnection, backend: Backend, given: &BTreeMap<String, i64>) -> Result<()> {
    for table in TABLES {
        let cols = columns(conn, backend, table).await?;
        if !cols.iter().any(|(n, k)| n == "id" && *k == Kind::Int) {
            continue;
        }
        let max: Option<i64> = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT MAX(id) FROM {}", ident(table))))
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        let Some(last) = max.into_iter().chain(given.get(*table).copied()).max() else { continue };
        match backend {
            Backend::Sqlite => {
                sqlx::query("DELETE FROM sqlite_sequence WHERE name = $1").bind(*table).execute(&mut *conn).await?;
                sqlx::query("INSERT INTO sqlite_sequence (name, seq) VALUES ($1, $2)")
                    .bind(*table)
                    .bind(last)
                    .execute(&mut *conn)
                    .await?;
            }
            Backend::Postgres => {
                sqlx::query(
                    "SELECT setval(s::regclass, $2) FROM pg_get_serial_sequence($1, 'id') AS s WHERE s IS NOT NULL",
                )
                .bind(*table)
                .bind(last)
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    Ok(())
}

/// Opens an archive for restoring: its header, and the lines after it.
pub(crate) fn open_lines(input: impl std::io::Read) -> Result<(Header, impl BufRead)> {
    let mut lines = std::io::BufReader::with_capacity(1 << 16, flate2::read::GzDecoder::new(input));
    let header = header_of(&mut lines)?;
    Ok((header, lines))
}

/// Whether a database holds nothing but what liaise puts in every new one (the built-in
/// registry): such a one may be restored into.
pub(crate) async fn only_builtin(conn: &mut AnyConnection, backend: Backend) -> Result<bool> {
    const BUILTIN: &[&str] = &["meta", "events", "bodies", "body_aliases", "search_state", "leases"];
    for table in TABLES {
        if BUILTIN.contains(table) || columns(conn, backend, table).await?.is_empty() {
            continue;
        }
        let sql = format!("SELECT 1 FROM {} LIMIT 1", ident(table));
        if sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_optional(&mut *conn).await?.is_some() {
            return Ok(false);
        }
    }
    let other =
        sqlx::query("SELECT 1 FROM events WHERE kind <> 'registry.seeded' LIMIT 1").fetch_optional(&mut *conn).await?;
    let custom =
        sqlx::query("SELECT 1 FROM bodies WHERE status <> 'builtin' LIMIT 1").fetch_optional(&mut *conn).await?;
    Ok(other.is_none() && custom.is_none())
}

/// The tables of liaise's names that a database holds (found in review: a restore into a
/// PostgreSQL database of another application created 33 tables before failing on its `users`).
pub(crate) async fn tables_present(conn: &mut AnyConnection, backend: Backend) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for table in TABLES {
        if !columns(conn, backend, table).await?.is_empty() {
            out.push((*table).to_string());
        }
    }
    Ok(out)
}

/// Removes every liaise table (and the record of migrations), for a database that holds only
/// the built-in registry and is to be restored at another schema.
pub(crate) async fn drop_all(conn: &mut AnyConnection, backend: Backend) -> Result<()> {
    for table in TABLES.iter().rev().chain(std::iter::once(&"_sqlx_migrations")) {
        let cascade = if backend == Backend::Postgres { " CASCADE" } else { "" };
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP TABLE IF EXISTS {}{cascade}", ident(table))))
            .execute(&mut *conn)
            .await?;
    }
    if backend == Backend::Sqlite {
        // sqlite_sequence stays; its rows named dropped tables.
        let _ = sqlx::query("DELETE FROM sqlite_sequence").execute(&mut *conn).await;
    }
    Ok(())
}

/// Deletes every row of every liaise table, newest tables first (they refer to older ones).
pub(crate) async fn delete_all(conn: &mut AnyConnection, backend: Backend) -> Result<()> {
    for table in TABLES.iter().rev() {
        if columns(conn, backend, table).await?.is_empty() {
            continue;
        }
        if *table == "bodies" {
            sqlx::query("UPDATE bodies SET parent_id = NULL, merged_into = NULL").execute(&mut *conn).await?;
        }
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", ident(table)))).execute(&mut *conn).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_types_map_to_kinds() {
        assert_eq!(Kind::of_declared("INTEGER"), Kind::Int);
        assert_eq!(Kind::of_declared("bigint"), Kind::Int);
        assert_eq!(Kind::of_declared("BLOB"), Kind::Blob);
        assert_eq!(Kind::of_declared("bytea"), Kind::Blob);
        assert_eq!(Kind::of_declared("text"), Kind::Text);
        assert_eq!(Kind::of_declared("character varying"), Kind::Text);
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_refused() {
        assert!(bound(&Value::from("x"), Kind::Int, "t", "c").is_err());
        assert!(bound(&Value::from(1.5), Kind::Int, "t", "c").is_err());
        assert!(bound(&Value::from("not base64!"), Kind::Blob, "t", "c").is_err());
        assert!(matches!(bound(&Value::Null, Kind::Text, "t", "c"), Ok(Bound::Text(None))));
    }

    #[test]
    fn a_header_of_another_format_or_a_newer_version_is_refused() {
        let gz = |text: &str| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            let _ = e.write_all(text.as_bytes());
            e.finish().unwrap_or_default()
        };
        let ok = r#"{"format":"liaise-archive","version":1,"schema":14,"liaise":"0.1.0","backend":"sqlite","created_at":"x"}"#;
        assert_eq!(read_header(&gz(ok)[..]).map(|h| h.schema).ok(), Some(14));
        let newer = ok.replace("\"version\":1", "\"version\":9");
        let err = read_header(&gz(&newer)[..]).map(|_| ()).expect_err("refused").to_string();
        assert!(err.contains("newer liaise"), "{err}");
        assert!(read_header(&gz(r#"{"format":"other"}"#)[..]).is_err());
        assert!(read_header(&b"plain text, not gzip"[..]).is_err());
    }
}
