//! Small helpers for writing SQL that runs on both backends through the `Any` driver.

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

    pub fn query(&self) -> Query<'_, Any, AnyArguments> {
        // The text is made only of fragments this crate writes and `$n` placeholders; every
        // value from outside is bound, never spliced in.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(self.text.clone()));
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

/// Reads an optional text column.
pub fn opt_text(row: &sqlx::any::AnyRow, col: &str) -> Result<Option<String>, sqlx::Error> {
    row.try_get::<Option<String>, _>(col)
}

/// The id of a row just inserted (`INSERT ... RETURNING id`).
pub async fn insert_returning_id(conn: &mut AnyConnection, sql: &Sql) -> Result<i64, sqlx::Error> {
    let row = sql.query().fetch_one(&mut *conn).await?;
    row.try_get::<i64, _>(0)
}
