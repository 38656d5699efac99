//! Plain text of a statement, as a converter from .docx writes it, into the document model.
//!
//! Converters write a table cell as a line that starts with a tab; several tab-separated cells
//! may share a line; a line without a leading tab right after a cell continues that cell (its
//! next paragraph); a blank line ends a row. `[image: ...]` placeholders (which may span lines)
//! and `[bookmark: ...]` markers are dropped, and so are page numbers such as "- 3 -".

use crate::doc::{Block, Cell, Document, Row, Table, clean_chars};
use regex::Regex;
use std::sync::LazyLock;

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)\[(?:image|bookmark|picture|figure):[^\]]*\]").expect("valid regular expression")
});
static PAGE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[-–]\s*\d+\s*[-–]\s*$").expect("valid regular expression"));

/// Builds the document model of a plain-text statement.
pub fn from_text(text: &str) -> Document {
    let text = clean_chars(text);
    let text = PLACEHOLDER.replace_all(&text, "");
    let mut doc = Document::default();
    let mut table: Option<Table> = None;
    let mut row: Option<Row> = None;

    let flush_row = |table: &mut Option<Table>, row: &mut Option<Row>| {
        if let Some(r) = row.take() {
            table.get_or_insert_with(Table::default).rows.push(r);
        }
    };

    for line in text.lines() {
        if PAGE_NUMBER.is_match(line) {
            continue;
        }
        if let Some(cells) = line.strip_prefix('\t') {
            let r = row.get_or_insert_with(Row::default);
            for cell in cells.split('\t') {
                r.cells.push(Cell { paragraphs: vec![cell.trim().to_string()] });
            }
        } else if line.trim().is_empty() {
            if row.is_some() {
                flush_row(&mut table, &mut row);
            } else if table.is_none() {
                doc.blocks.push(Block::Blank);
            }
        } else if let Some(r) = row.as_mut() {
            // A line right after a cell, with no blank line between, is the cell's next paragraph.
            match r.cells.last_mut() {
                Some(c) => c.paragraphs.push(line.trim().to_string()),
                None => r.cells.push(Cell { paragraphs: vec![line.trim().to_string()] }),
            }
        } else {
            if let Some(t) = table.take() {
                doc.blocks.push(Block::Table(t));
                doc.blocks.push(Block::Blank);
            }
            doc.blocks.push(Block::Paragraph(line.trim_end().to_string()));
        }
    }
    flush_row(&mut table, &mut row);
    if let Some(t) = table.take() {
        doc.blocks.push(Block::Table(t));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &[&str]) -> Cell {
        Cell { paragraphs: s.iter().map(|p| p.to_string()).collect() }
    }

    #[test]
    fn rows_cells_and_continuations() {
        let doc = from_text(
            "- 3 -\nFG-MV-LS1\n\t[image: A logo\n\nDescription]\n\tINTERNATIONAL\nSECTOR\n\tFG-MV-LS1\n\n\tContact:\n\tName\nOrg\n\tE-mail:\tx@y.z\n\n\nBody one\nBody two\n",
        );
        assert_eq!(
            doc.blocks,
            vec![
                Block::Paragraph("FG-MV-LS1".into()),
                Block::Table(Table {
                    rows: vec![
                        Row { cells: vec![cell(&[""]), cell(&["INTERNATIONAL", "SECTOR"]), cell(&["FG-MV-LS1"])] },
                        Row {
                            cells: vec![
                                cell(&["Contact:"]),
                                cell(&["Name", "Org"]),
                                cell(&["E-mail:"]),
                                cell(&["x@y.z"])
                            ]
                        },
                    ]
                }),
                Block::Blank,
                Block::Paragraph("Body one".into()),
                Block::Paragraph("Body two".into()),
            ]
        );
    }

    #[test]
    fn bookmarks_go_and_lines_stay_paragraphs() {
        let doc = from_text("Title: [bookmark: _Toc1]LS on X\r\n\r\nSource:\tSA4\r\n");
        assert_eq!(
            doc.blocks,
            vec![Block::Paragraph("Title: LS on X".into()), Block::Blank, Block::Paragraph("Source:\tSA4".into())]
        );
    }
}
