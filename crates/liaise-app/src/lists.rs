//! Lists written to files: the statement list as CSV, for spreadsheets.

use crate::{AppError, Result};
use liaise_store::ls::LsSummary;

/// The rows of a statement list as CSV with a header, every column, full titles.
pub fn ls_csv(rows: &[LsSummary]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Invalid(format!("the CSV could not be written: {e}"));
    w.write_record([
        "ls_id",
        "doc_number",
        "title",
        "kind",
        "source",
        "direction",
        "state",
        "deadline",
        "issued",
        "asked",
        "open_actions",
        "owing",
        "created_at",
        "updated_at",
    ])
    .map_err(fail)?;
    for r in rows {
        w.write_record([
            r.ls_id.to_string(),
            r.doc_number.clone().unwrap_or_default(),
            spreadsheet_safe(&r.title),
            r.kind.clone(),
            spreadsheet_safe(&r.source),
            r.direction.clone(),
            r.state.clone(),
            r.deadline.map(|d| d.to_string()).unwrap_or_default(),
            r.issued.clone().unwrap_or_default(),
            r.asked.to_string(),
            r.open_actions.to_string(),
            r.owing.to_string(),
            r.created_at.clone(),
            r.updated_at.clone(),
        ])
        .map_err(fail)?;
    }
    w.into_inner().map_err(|e| AppError::Invalid(format!("the CSV could not be written: {e}")))
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
/// apostrophe: a title comes from a stranger's document.
pub fn spreadsheet_safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_titles_are_not_run() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("LS on codecs"), "LS on codecs");
    }
}
