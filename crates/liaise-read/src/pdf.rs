//! The text of a PDF as `pdftotext -layout` writes it, into the document model. The layout keeps
//! a table's columns as runs of spaces and wraps each cell over lines that start at the cell's
//! column, so the table is rebuilt from the columns: a line of several columns starts a row; a
//! line that starts at the column of a cell of the row continues that cell (a cell wrapped at a
//! hyphen joins without a space: "ISG-" and "ARF" are "ISG-ARF"); a line at the left margin after
//! a blank line is prose, whose wrapped lines join into one paragraph. Page headers and footers
//! ("-3-   FG-MV-LS1") go.

use crate::doc::{Block, Cell, Document, Row, Table, clean_chars};
use regex::Regex;
use std::sync::LazyLock;

static PAGE_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[-–]\s*\d+\s*[-–](?:\s{2,}\S+)?\s*$").expect("valid regular expression"));
static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s{3,}").expect("valid regular expression"));

/// A column of a line: where it starts (in characters) and its text.
fn columns(line: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut last = 0;
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    for m in GAP.find_iter(body) {
        out.push((lead + last, body[last..m.start()].trim().to_string()));
        last = m.end();
    }
    out.push((lead + last, body[last..].trim().to_string()));
    out.into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(at, t)| (line[..at.min(line.len())].chars().count(), t))
        .collect()
}

/// Splits columns that ran into each other at the table's known column starts: a cell that
/// fills its column leaves one space before the next ("Use cases and Requirements Use cases"
/// under columns at 0 and 31), so the gap of three spaces that separates columns elsewhere is
/// not there. A split is made at a single space within a few characters left of a known start.
/// `next` is the line after it: a cell whose next line starts under it and runs past the column
/// is a wide cell that wraps (an abstract), not two cells.
fn split_at_known(line: &str, cols: Vec<(usize, String)>, known: &[usize], next: Option<&str>) -> Vec<(usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let next_cols = next.map(columns).unwrap_or_default();
    let mut out = Vec::with_capacity(cols.len());
    for (at, text) in cols {
        let end = at + text.chars().count();
        let wraps_wide = |b: usize| next_cols.iter().any(|(n, t)| n.abs_diff(at) <= 3 && n + t.chars().count() > b);
        let mut start = at;
        let mut rest = text;
        for &b in known.iter().filter(|&&b| b > at + 2 && b < end && !wraps_wide(b)) {
            // The space nearest the column's start, from five left of it to two right.
            // A new cell starts with a capital or a digit ("Use cases", "ITU-T"): such a space
            // wins over a nearer one inside the cell ("Use cases").
            let split = (b.saturating_sub(5)..=(b + 2).min(end.saturating_sub(1)))
                .filter(|&i| i > start && chars.get(i) == Some(&' ') && chars.get(i + 1).is_some_and(|c| *c != ' '))
                .min_by_key(|&i| {
                    let capital = chars.get(i + 1).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                    (!capital, i.abs_diff(b))
                });
            let Some(i) = split else { continue };
            let cut = i - start;
            let head: String = rest.chars().take(cut).collect();
            let tail: String = rest.chars().skip(cut + 1).collect();
            if head.trim().is_empty() || tail.trim().is_empty() {
                continue;
            }
            out.push((start, head.trim().to_string()));
            start = i + 1;
            rest = tail;
        }
        out.push((start, rest.trim().to_string()));
    }
    out
}

/// Appends a wrapped line to a cell's or a paragraph's text: after a hyphen with nothing
/// between, else with `sep` (a space in prose and lists, a line break in a cell of lines such as
/// a contact's name, organization and country).
fn join(into: &mut String, more: &str, sep: char) {
    if into.is_empty() || (into.ends_with('-') && !into.ends_with(" -")) {
        into.push_str(more);
    } else {
        into.push(sep);
        into.push_str(more);
    }
}

static LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)to|for action|for comments?|for information|cc|copy)\s*:?\s*$")
        .expect("valid regular expression")
});

/// How a row joins the wrapped lines of its cell `i`: a recipient list wraps inside names
/// ("IEC" / "TC65"), so its lines join with a space; other cells keep their lines.
fn separator(cells: &[(usize, String)], i: usize) -> char {
    let list = i > 0 && cells.first().is_some_and(|(_, label)| LIST_LABEL.is_match(label));
    if list || i == 0 { ' ' } else { '\n' }
}

struct OpenRow {
    /// Where each cell starts, and its text.
    cells: Vec<(usize, String)>,
}

/// Builds the document model from `pdftotext -layout` text.
pub fn from_layout_text(text: &str) -> Document {
    let text = clean_chars(&text.replace('\u{c}', "\n"));
    let mut doc = Document::default();
    let mut table: Option<Table> = None;
    let mut row: Option<OpenRow> = None;
    let mut para: Option<String> = None;
    let mut blanks = 0;

    fn close_row(table: &mut Option<Table>, row: &mut Option<OpenRow>) {
        if let Some(r) = row.take() {
            let cells = r.cells.into_iter().map(|(_, t)| Cell { paragraphs: vec![t] }).collect();
            table.get_or_insert_with(Table::default).rows.push(Row { cells });
        }
    }
    fn close_table(doc: &mut Document, table: &mut Option<Table>, row: &mut Option<OpenRow>) {
        close_row(table, row);
        // (The caller forgets the table's columns with it.)
        if let Some(t) = table.take() {
            doc.blocks.push(Block::Table(t));
            doc.blocks.push(Block::Blank);
        }
    }
    fn close_para(doc: &mut Document, para: &mut Option<String>) {
        if let Some(p) = para.take() {
            doc.blocks.push(Block::Paragraph(p));
            doc.blocks.push(Block::Blank);
        }
    }

    // The width of the text: a prose line much shorter than it ends its paragraph ("To ITU-T SG16
    // group." before "ACTION: ..."); a wrapped line reaches near it.
    let width = text.lines().map(|l| l.trim_end().chars().count()).max().unwrap_or(0);
    let mut last_len = 0usize;
    let mut after_header = false;
    let mut page_break = false;
    // The column starts of the table being built, from its widest row.
    let mut columns_of: Option<Vec<usize>> = None;
    // How many rows of the table have had every column: only a regular table (the topic
    // table) has columns to split a line by; the template's header table is not one.
    let mut full_rows = 0usize;
    let all: Vec<&str> = text.lines().collect();
    for (k, line) in all.iter().copied().enumerate() {
        let next = all[k + 1..].iter().copied().find(|l| !l.trim().is_empty());
        if PAGE_HEADER.is_match(line) {
            after_header = true;
            page_break = true;
            continue;
        }
        if line.trim().is_empty() {
            // Blank lines after a page header belong to the page break, not to the text.
            if !after_header {
                blanks += 1;
            }
            continue;
        }
        after_header = false;
        let cols = columns(line);
        // Only a line that starts a row at the table's first column, with fewer columns than
        // the table, may hold cells that touch; prose and wrapped cells are left whole.
        let cols = match (&table, &columns_of) {
            (Some(_), Some(known))
                if known.len() >= 3
                    && full_rows >= 2
                    && cols.len() >= 2
                    && cols.len() < known.len()
                    && cols.first().is_some_and(|c| known.first().is_some_and(|k| c.0.abs_diff(*k) <= 3)) =>
            {
                split_at_known(line, cols, known, next)
            }
            _ => cols,
        };
        let Some(&(first_at, _)) = cols.first() else { continue };
        if let Some(r) = row.as_mut() {
            // A column belongs to the cell it starts under: the last cell that starts at most
            // three characters right of it ("E-mail:" at 57 takes the address at 67).
            let aligned = |at: usize| r.cells.iter().rposition(|(c, _)| *c <= at + 3);
            let margin = r.cells.first().map_or(0, |c| c.0);
            // A line that starts right of the row's first cell, at a cell's column, continues it.
            let continues = first_at > margin + 3 && cols.iter().all(|(at, _)| aligned(*at).is_some());
            // Across a page break the columns move; a lone indented line goes on the last cell.
            let across_page = page_break && cols.len() == 1 && first_at > margin + 3;
            // A single line at the row's left margin, right after it, continues its first cell;
            // so does a line of several columns whose first starts in lower case ("integration").
            let first_cell = blanks == 0
                && first_at.abs_diff(margin) <= 3
                && (cols.len() == 1 || cols[0].1.starts_with(char::is_lowercase))
                && cols.iter().all(|(at, _)| aligned(*at).is_some());
            if (continues && blanks <= 2) || first_cell || across_page {
                let last = r.cells.len() - 1;
                let targets: Vec<(Option<usize>, String)> =
                    cols.into_iter().map(|(at, t)| (if across_page { Some(last) } else { aligned(at) }, t)).collect();
                for (i, t) in targets {
                    if let Some(i) = i {
                        // A line that goes on a list ("and SC41", "(especially ...") or follows
                        // a comma continues the text; others are lines of their own.
                        let runs_on = r.cells[i].1.ends_with([',', ';'])
                            || r.cells[i].1.contains(", ")
                            || t.starts_with(|c: char| c.is_lowercase() || c == '(')
                            || t.starts_with("and ");
                        let sep = if runs_on { ' ' } else { separator(&r.cells, i) };
                        join(&mut r.cells[i].1, &t, sep);
                    }
                }
                page_break = false;
                blanks = 0;
                continue;
            }
        }
        if cols.len() >= 2 {
            close_para(&mut doc, &mut para);
            close_row(&mut table, &mut row);
            // A row of a table with more columns than this line has: each column goes under the
            // table's column it starts in, the others stay empty (an empty cell in a PDF is
            // just spaces).
            let header: Option<Vec<usize>> = table
                .as_ref()
                .and(columns_of.as_ref())
                .filter(|h| h.len() > cols.len() && h.first().is_some_and(|f| f.abs_diff(first_at) <= 3))
                .cloned();
            let cells = match header {
                Some(h) => {
                    let mut cells: Vec<(usize, String)> = h.iter().map(|&at| (at, String::new())).collect();
                    for (at, t) in cols {
                        let i = h.iter().rposition(|c| *c <= at + 3).unwrap_or(0);
                        join(&mut cells[i].1, &t, ' ');
                    }
                    cells
                }
                None => {
                    if table.is_none() || columns_of.as_ref().is_none_or(|h| h.len() < cols.len()) {
                        columns_of = Some(cols.iter().map(|c| c.0).collect());
                    }
                    cols
                }
            };
            if columns_of.as_ref().is_some_and(|h| h.len() == cells.len() && h.len() >= 3) {
                full_rows += 1;
            }
            row = Some(OpenRow { cells });
        } else if let (Some(p), 0, true) = (para.as_mut(), blanks, last_len * 10 >= width * 6) {
            join(p, &cols[0].1, ' ');
        } else if row.is_some() && first_at > 0 && blanks == 0 {
            // A lone indented line under a row that aligns with none of its cells: a new row.
            close_row(&mut table, &mut row);
            row = Some(OpenRow { cells: cols });
        } else {
            close_table(&mut doc, &mut table, &mut row);
            columns_of = None;
            full_rows = 0;
            close_para(&mut doc, &mut para);
            para = Some(cols[0].1.clone());
        }
        blanks = 0;
        page_break = false;
        last_len = line.trim_end().chars().count();
    }
    close_table(&mut doc, &mut table, &mut row);
    close_para(&mut doc, &mut para);
    while doc.blocks.last() == Some(&Block::Blank) {
        doc.blocks.pop();
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_rows_and_wrapped_cells() {
        let text = "-3-        FG-MV-LS1\n\nFor action to:        ITU-R SG5, ETSI ISG-\n                      ARF, IEEE SA, and\n-3-        FG-MV-LS1\n\n\n                      IOWN Global Forum\n\nDeadline:             30 June 2023\n\n\nA new group on the metaverse was created\nin 2022.\nTo SG16.\nACTION: none.\n";
        let doc = from_layout_text(text);
        let Block::Table(t) = &doc.blocks[0] else { panic!("a table first: {:?}", doc.blocks) };
        let cells: Vec<Vec<String>> = t.rows.iter().map(|r| r.cells.iter().map(|c| c.text()).collect()).collect();
        assert_eq!(
            cells,
            vec![
                vec![
                    "For action to:".to_string(),
                    "ITU-R SG5, ETSI ISG-ARF, IEEE SA, and IOWN Global Forum".to_string()
                ],
                vec!["Deadline:".to_string(), "30 June 2023".to_string()],
            ]
        );
        assert_eq!(doc.blocks[2], Block::Paragraph("A new group on the metaverse was created in 2022.".to_string()));
        // A short line ends its paragraph: "To SG16." stays a line of its own.
        assert_eq!(doc.blocks[4], Block::Paragraph("To SG16.".to_string()));
    }

    /// A PDF made by another engine (Chromium's, from the statement's HTML) lets a full cell
    /// touch the next column with one space: the columns of the table's other rows split it.
    #[test]
    fn cells_that_touch_split_at_the_tables_columns() {
        let text = "Topics in FG-MV                Topics (but not limited to)   Related\n\n\
            General                        Terminology                   IEC SEG15\n\n\
            Use cases and Requirements Use cases                         All SDOs\n\n\
            Data and PII protection       Data and PII protect aspects ITU-T SG17, MSF\n";
        let doc = from_layout_text(text);
        let Block::Table(t) = &doc.blocks[0] else { panic!("a table: {:?}", doc.blocks) };
        let cells: Vec<Vec<String>> = t.rows.iter().map(|r| r.cells.iter().map(|c| c.text()).collect()).collect();
        assert_eq!(cells[2], vec!["Use cases and Requirements", "Use cases", "All SDOs"]);
        assert_eq!(cells[3], vec!["Data and PII protection", "Data and PII protect aspects", "ITU-T SG17, MSF"]);
    }
}
