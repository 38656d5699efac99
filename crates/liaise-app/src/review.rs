//! What a person sees of a reading waiting for review: the document's lines, numbered, and for
//! each field the line it was read from (`liaise_read::evidence`), so that a field is checked
//! against the text and corrected by picking a line.

use crate::{AppError, Result};
use liaise_read::evidence::{Evidence, Line};
use liaise_store::Store;
use liaise_store::review::ReviewItem;
use serde::Serialize;

/// A reading's evidence: the lines of its document and where each field stands in them.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewEvidence {
    pub lines: Vec<Line>,
    pub evidence: Vec<Evidence>,
}

/// The evidence of a review item, read again from the file it came from (kept by the store).
pub async fn evidence(store: &Store, item: &ReviewItem) -> Result<ReviewEvidence> {
    let bytes = store
        .file_content(&item.sha256)
        .await?
        .ok_or_else(|| AppError::Invalid(format!("R{}: the file it was read from is not kept", item.id)))?;
    let lines = lines_of(&bytes)?;
    let evidence = liaise_read::evidence::evidence(&lines, &item.record);
    Ok(ReviewEvidence { lines, evidence })
}

/// The numbered lines of a file as the reader saw them (a PDF, .doc or .odt through its
/// converter).
pub fn lines_of(bytes: &[u8]) -> Result<Vec<Line>> {
    let lines = match liaise_read::foreign_format(bytes) {
        Some(kind) => {
            let text = crate::convert::convert(kind, bytes).map_err(AppError::Invalid)?;
            liaise_read::document_lines(&text, kind == liaise_read::Foreign::Pdf)
        }
        None => liaise_read::document_lines(bytes, false),
    };
    lines.map_err(|e| AppError::Invalid(e.to_string()))
}

/// The text of line `number` as a field's value: without the label that starts it ("Title: LS
/// on ..." gives "LS on ...").
pub fn line_value(lines: &[Line], number: usize) -> Result<String> {
    let line = lines.iter().find(|l| l.number == number).ok_or_else(|| {
        AppError::Invalid(format!("there is no line {number}; the document has {} lines", lines.len()))
    })?;
    let text = line.text.trim();
    let value = match text.split_once([':', '\t']) {
        Some((label, rest))
            if liaise_read::labels::looks_like_label(&format!("{label}:")) && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => text,
    };
    Ok(value.trim_matches('|').trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_gives_its_value_without_its_label() {
        let lines = liaise_read::document_lines(
            b"Title: LS on video coding\nSource:\tITU-T SG16\nA sentence: with a colon.\n",
            false,
        )
        .expect("text reads");
        assert_eq!(line_value(&lines, 1).expect("line 1"), "LS on video coding");
        assert_eq!(line_value(&lines, 2).expect("line 2"), "ITU-T SG16");
        assert_eq!(line_value(&lines, 3).expect("line 3"), "A sentence: with a colon.");
        assert!(line_value(&lines, 9).is_err_and(|e| e.to_string().contains("the document has 3 lines")));
    }
}
