//! A neutral model of a document: paragraphs, blank lines and tables of cells. Every input format
//! (.docx, plain text, HTML) becomes one of these before any layout is recognised, so the layout
//! readers are written once.

/// A document as a sequence of blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// An empty paragraph or blank line: it separates values in layouts without tables.
    Blank,
    Table(Table),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub paragraphs: Vec<String>,
}

impl Cell {
    pub fn text(&self) -> String {
        self.paragraphs.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n")
    }
}

/// One line of text with where it sits: the unit the label scanner works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seg {
    pub text: String,
    /// Index of the block the line belongs to.
    pub block: usize,
    /// A document-wide row number for lines inside tables.
    pub row: Option<usize>,
    pub cell: usize,
    /// A blank line outside tables.
    pub blank: bool,
}

impl Document {
    /// Flattens the document into lines. Empty lines inside tables carry no meaning and are
    /// dropped; empty lines outside tables are kept as blank markers.
    pub fn segments(&self) -> Vec<Seg> {
        let mut out = Vec::new();
        let mut row_no = 0;
        for (b, block) in self.blocks.iter().enumerate() {
            match block {
                Block::Blank => out.push(Seg { text: String::new(), block: b, row: None, cell: 0, blank: true }),
                Block::Paragraph(p) => {
                    for line in p.split('\n') {
                        let blank = line.trim().is_empty();
                        out.push(Seg { text: line.trim().to_string(), block: b, row: None, cell: 0, blank });
                    }
                }
                Block::Table(t) => {
                    for row in &t.rows {
                        for (c, cell) in row.cells.iter().enumerate() {
                            for p in &cell.paragraphs {
                                for line in p.split('\n') {
                                    let line = line.trim();
                                    if !line.is_empty() {
                                        out.push(Seg {
                                            text: line.to_string(),
                                            block: b,
                                            row: Some(row_no),
                                            cell: c,
                                            blank: false,
                                        });
                                    }
                                }
                            }
                        }
                        row_no += 1;
                    }
                }
            }
        }
        out
    }

    /// The text of a range of blocks, for a record's body: paragraphs as lines, table rows as
    /// cells joined by " | ".
    pub fn text_of(&self, blocks: std::ops::Range<usize>) -> String {
        let mut out: Vec<String> = Vec::new();
        for block in self.blocks.get(blocks).unwrap_or(&[]) {
            match block {
                Block::Paragraph(p) => out.push(p.trim().to_string()),
                Block::Blank => out.push(String::new()),
                Block::Table(t) => {
                    for row in &t.rows {
                        let cells: Vec<String> = row.cells.iter().map(|c| c.text().replace('\n', " / ")).collect();
                        out.push(cells.join(" | "));
                    }
                    out.push(String::new());
                }
            }
        }
        collapse_blank_lines(&out.join("\n"))
    }
}

/// Trims a text and keeps at most one blank line between paragraphs.
pub fn collapse_blank_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.lines() {
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line.trim_end());
    }
    out
}

/// Replaces characters that only get in the way of reading: no-break and odd spaces become
/// spaces, zero-width characters and soft hyphens go, control characters other than tab and
/// line feed go.
pub fn clean_chars(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => Some(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => None,
            // A replacement character stands where a converter lost a quote or a no-break
            // space; a space is right for the second and harmless for the first.
            '\u{FFFD}' => Some(' '),
            '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}' => Some('\n'),
            '\t' | '\n' => Some(c),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}
