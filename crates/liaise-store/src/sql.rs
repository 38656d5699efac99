//! Small helpers for writing SQL that runs on both backends through the `Any` driver.

use crate::Backend;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, Row};

/// A value to bind to a dynamically built query.
#[derive(Debug, Clone)]
pub enum Bind {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
}

/// A query built piece by piece with `$n` placeholders, which both backends accept. (sqlx's
/// `QueryBuilder` writes `?` for the `Any` driver, which PostgreSQL refuses.)
///
/// Invariant: `push` takes only text written in this crate; values go through `bind`.
#[derive(Debug, Default, Clone)]
pub struct Sql {
    pub text: String,
    pub binds: Vec<Bind>,
}

impl Sql {
    pub fn new(text: &str) -> Sql {
        Sql { text: text.to_string(), binds: Vec::new() }
    }

    pub fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `value`.
    pub fn bind(&mut self, value: Bind) -> &mut Sql {
        self.binds.push(value);
        self.text.push_str(&format!("${}", self.binds.len()));
        self
    }

    /// Appends rows of values: "(v, v), (v, v)". Callers keep rows below the backends' limits on
    /// bound values (SQLite 32766, PostgreSQL 65535).
    pub fn values(&mut self, rows: Vec<Vec<Bind>>) -> &mut Sql {
        for (i, row) in rows.into_iter().enumerate() {
            self.push(if i == 0 { "(" } else { ", (" });
            for (j, v) in row.into_iter().enumerate() {
                if j > 0 {
                    self.push(", ");
                }
                self.bind(v);
            }
            self.push(")");
        }
        self
    }

    pub fn query(&self) -> Query<'_, Any, AnyArguments> {
        self.build(self.text.clone())
    }

    /// The query with the placeholders a backend binds fastest. SQLite looks each named
    /// parameter (`$n`) up by walking a list, which makes a statement with hundreds of values
    /// quadratic; plain `?` placeholders are bound in order. `bind` numbers placeholders in order
    /// of appearance, so the two forms mean the same.
    pub fn query_on(&self, backend: Backend) -> Query<'_, Any, AnyArguments> {
        match backend {
            Backend::Postgres => self.query(),
            Backend::Sqlite => self.build(positional(&self.text)),
        }
    }

    fn build(&self, text: String) -> Query<'_, Any, AnyArguments> {
        // The text is made only of fragments this crate writes and placeholders; every value
        // from outside is bound, never spliced in.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(text));
        for b in &self.binds {
            q = match b {
                Bind::Text(s) => q.bind(s.clone()),
                Bind::OptText(s) => q.bind(s.clone()),
                Bind::Int(i) => q.bind(*i),
                Bind::OptInt(i) => q.bind(*i),
            };
        }
        q
    }
}

/// Replaces `$n` placeholders with `?`.
fn positional(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
            out.push('?');
        } else {
            out.push(c);
        }
    }
    out
}

/// A value for `LIKE ... ESCAPE '\\'` that matches `text` literally: the wildcards a user
/// types are characters to find, not patterns.
pub fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// Reads an optional text column.
pub fn opt_text(row: &sqlx::any::AnyRow, col: &str) -> Result<Option<String>, sqlx::Error> {
    row.try_get::<Option<String>, _>(col)
}

/// The id of a row just inserted (`INSERT ... RETURNING id`).
pub async fn insert_returning_id(conn: &mut AnyConnection, sql: &Sql) -> Result<i64, sqlx::Error> {
    let row = sql.query().fetch_one(&mut *conn).await?;
    row.try_get::<i64, _>(0)
}

/// ` head (a, b, ...)` when there are ids (`(NULL)`, matching nothing, when the list is empty);
/// nothing when there is no list.
pub(crate) fn in_list(sql: &mut Sql, head: &str, ids: Option<&[i64]>) {
    let Some(ids) = ids else { return };
    sql.push(head).push("(");
    for (i, id) in ids.iter().enumerate() {
        sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*id));
    }
    if ids.is_empty() {
        sql.push("NULL");
    }
    sql.push(")");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_positional_for_sqlite() {
        let mut sql = Sql::new("INSERT INTO t (a, b) VALUES ");
        sql.values(vec![vec![Bind::Int(1), Bind::Text("x".into())], vec![Bind::Int(2), Bind::Text("y".into())]]);
        assert_eq!(sql.text, "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)");
        assert_eq!(positional(&sql.text), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
    }
}
