//! Office Open XML word-processing documents (.docx) into the document model.
//!
//! Only the main document part is read: its paragraphs, tables (nested tables are flattened into
//! the cell that holds them) and the text of runs, tabs and line breaks. Deleted text of tracked
//! changes and field codes are skipped. Reading is bounded so that a hostile file cannot exhaust
//! memory: the number of zip entries and the decompressed size of every part read are capped.

use crate::doc::{Block, Cell, Document, Row, Table, clean_chars};
use quick_xml::events::Event;
use std::io::Read;
use thiserror::Error;

/// The most zip entries a .docx may hold; Word writes a few dozen.
pub const MAX_ENTRIES: usize = 2_000;
/// The most bytes any one part may decompress to.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DocxError {
    #[error("the .docx (zip) archive is truncated or corrupt: {0}")]
    Corrupt(String),
    #[error("the archive holds {0} entries, more than the {MAX_ENTRIES} a .docx can reasonably have (a zip bomb?)")]
    TooManyEntries(usize),
    #[error("the part {part} decompresses to more than {} MiB (a zip bomb?)", MAX_PART_BYTES / 1024 / 1024)]
    TooLarge { part: String },
    #[error("the document is encrypted (password-protected); save it without a password and import it again")]
    Encrypted,
    #[error("this zip archive is not a Word document: {0}")]
    NotWord(String),
    #[error("the document's XML is malformed: {0}")]
    Xml(String),
}

fn read_part(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
    let mut file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(map_zip_error(e)),
    };
    if file.encrypted() {
        return Err(DocxError::Encrypted);
    }
    if file.size() > MAX_PART_BYTES {
        return Err(DocxError::TooLarge { part: name.to_string() });
    }
    let mut out = Vec::with_capacity(usize::try_from(file.size().min(MAX_PART_BYTES)).unwrap_or(0));
    // The declared size can lie; the limit on what is actually inflated is what protects us.
    let read =
        (&mut file).take(MAX_PART_BYTES + 1).read_to_end(&mut out).map_err(|e| DocxError::Corrupt(e.to_string()))?;
    if read as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge { part: name.to_string() });
    }
    Ok(Some(out))
}

fn map_zip_error(e: zip::result::ZipError) -> DocxError {
    let text = e.to_string();
    if text.to_lowercase().contains("password") || text.to_lowercase().contains("encrypt") {
        DocxError::Encrypted
    } else {
        DocxError::Corrupt(text)
    }
}

/// Finds the main document part through the package relationships, as Word does; falls back
/// on the usual name.
fn main_part_name(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>) -> Result<String, DocxError> {
    const OFFICE_DOCUMENT: &str = "/officeDocument";
    if let Some(rels) = read_part(archive, "_rels/.rels")? {
        let mut reader = quick_xml::Reader::from_reader(rels.as_slice());
        loop {
            match reader.read_event() {
                Ok(Event::Empty(e)) | Ok(Event::Start(e)) if e.local_name().as_ref() == "Relationship" => {
                    let mut target = None;
                    let mut is_main = false;
                    for attr in e.attributes().flatten() {
                        let value = attr.value.to_string();
                        match attr.key.local_name().as_ref() {
                            "Type" => is_main = value.ends_with(OFFICE_DOCUMENT),
                            "Target" => target = Some(value),
                            _ => {}
                        }
                    }
                    if let (true, Some(t)) = (is_main, target) {
                        return Ok(t.trim_start_matches('/').to_string());
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    Ok("word/document.xml".to_string())
}

/// Reads a .docx from its bytes.
pub fn from_docx(bytes: &[u8]) -> Result<Document, DocxError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(map_zip_error)?;
    if archive.len() > MAX_ENTRIES {
        return Err(DocxError::TooManyEntries(archive.len()));
    }
    if archive.by_name("mimetype").is_ok() {
        return Err(DocxError::NotWord(
            "it is an OpenDocument file (.odt); save it as .docx and import it again".to_string(),
        ));
    }
    let content_types = read_part(&mut archive, "[Content_Types].xml")?
        .ok_or_else(|| DocxError::NotWord("it has no [Content_Types].xml".to_string()))?;
    if !String::from_utf8_lossy(&content_types).contains("wordprocessingml") {
        return Err(DocxError::NotWord(
            "it holds no word-processing document (is it a spreadsheet or a presentation?)".to_string(),
        ));
    }
    let main = main_part_name(&mut archive)?;
    let xml = read_part(&mut archive, &main)?
        .ok_or_else(|| DocxError::NotWord(format!("the main part {main} is missing")))?;
    parse_document_xml(&xml)
}

#[derive(Default)]
struct TableBuilder {
    table: Table,
    row: Option<Row>,
    cell: Option<Cell>,
}

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    tables: Vec<TableBuilder>,
    para: Option<String>,
    in_run: usize,
    in_text: bool,
    /// Depth inside deleted text, moved-from text, field instructions: text there is not shown.
    hidden: usize,
}

impl Walker {
    fn push_text(&mut self, s: &str) {
        if self.in_text
            && self.hidden == 0
            && let Some(p) = self.para.as_mut()
        {
            p.push_str(s);
        }
    }

    fn push_char(&mut self, c: char) {
        if self.in_run > 0
            && self.hidden == 0
            && let Some(p) = self.para.as_mut()
        {
            p.push(c);
        }
    }

    fn end_paragraph(&mut self) {
        let Some(text) = self.para.take() else { return };
        let text = clean_chars(&text);
        match self.tables.last_mut() {
            Some(t) => t.cell.get_or_insert_with(Cell::default).paragraphs.push(text),
            None if text.trim().is_empty() => self.blocks.push(Block::Blank),
            None => self.blocks.push(Block::Paragraph(text)),
        }
    }

    fn end_table(&mut self) {
        let Some(mut t) = self.tables.pop() else {
            return;
        };
        if let Some(cell) = t.cell.take() {
            t.row.get_or_insert_with(Row::default).cells.push(cell);
        }
        if let Some(row) = t.row.take() {
            t.table.rows.push(row);
        }
        match self.tables.last_mut() {
            // A table inside a cell: its rows become lines of that cell.
            Some(parent) => {
                let cell = parent.cell.get_or_insert_with(Cell::default);
                for row in t.table.rows {
                    let line: Vec<String> = row.cells.iter().map(|c| c.text().replace('\n', " ")).collect();
                    cell.paragraphs.push(line.join("\t"));
                }
            }
            None => self.blocks.push(Block::Table(t.table)),
        }
    }

    fn start(&mut self, name: &str) {
        match name {
            "p" => {
                self.end_paragraph();
                self.para = Some(String::new());
            }
            "r" => self.in_run += 1,
            "t" => self.in_text = true,
            "del" | "moveFrom" | "instrText" | "delText" | "delInstrText" => self.hidden += 1,
            "tbl" => {
                self.end_paragraph();
                self.tables.push(TableBuilder::default());
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some(Row::default());
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Cell::default());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" => self.end_paragraph(),
            "r" => self.in_run = self.in_run.saturating_sub(1),
            "t" => self.in_text = false,
            "del" | "moveFrom" | "instrText" | "delText" | "delInstrText" => {
                self.hidden = self.hidden.saturating_sub(1)
            }
            "tbl" => {
                self.end_paragraph();
                self.end_table();
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    if let Some(cell) = t.cell.take() {
                        t.row.get_or_insert_with(Row::default).cells.push(cell);
                    }
                    if let Some(row) = t.row.take() {
                        t.table.rows.push(row);
                    }
                }
            }
            "tc" => {
                self.end_paragraph();
                if let Some(t) = self.tables.last_mut()
                    && let Some(cell) = t.cell.take()
                {
                    t.row.get_or_insert_with(Row::default).cells.push(cell);
                }
            }
            _ => {}
        }
    }

    fn empty(&mut self, name: &str) {
        match name {
            "tab" => self.push_char('\t'),
            "br" | "cr" => self.push_char('\n'),
            "noBreakHyphen" => self.push_char('-'),
            "p" => {
                self.end_paragraph();
                self.para = Some(String::new());
                self.end_paragraph();
            }
            _ => {}
        }
    }
}

fn resolve_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Walks `word/document.xml`.
pub fn parse_document_xml(xml: &[u8]) -> Result<Document, DocxError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut w = Walker::default();
    loop {
        let event =
            reader.read_event().map_err(|e| DocxError::Xml(format!("{e} at byte {}", reader.buffer_position())))?;
        match event {
            Event::Start(e) => w.start(e.local_name().as_ref()),
            Event::End(e) => w.end(e.local_name().as_ref()),
            Event::Empty(e) => w.empty(e.local_name().as_ref()),
            Event::Text(t) => {
                w.push_text(&t.xml10_content());
            }
            Event::CData(t) => {
                w.push_text(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                if let Some(c) = resolve_entity(&r.xml10_content()) {
                    w.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    w.end_paragraph();
    while !w.tables.is_empty() {
        w.end_table();
    }
    Ok(Document { blocks: w.blocks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_tabs_breaks_and_hidden_text() {
        let xml = br#"<?xml version="1.0"?>
<w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Title:</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">LS on </w:t></w:r><w:r><w:t>X &amp; Y</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Contact:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Name</w:t><w:br/><w:t>Org</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>kept</w:t></w:r><w:r><w:fldChar/><w:instrText>HYPERLINK x</w:instrText></w:r></w:p>
</w:body></w:document>"#;
        let doc = parse_document_xml(xml).expect("valid XML");
        assert_eq!(
            doc.blocks,
            vec![
                Block::Paragraph("Title:\tLS on X & Y".into()),
                Block::Blank,
                Block::Table(Table {
                    rows: vec![Row {
                        cells: vec![
                            Cell { paragraphs: vec!["Contact:".into()] },
                            Cell { paragraphs: vec!["Name\nOrg".into()] }
                        ]
                    }]
                }),
                Block::Paragraph("kept".into()),
            ]
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(from_docx(b"PK\x03\x04 truncated"), Err(DocxError::Corrupt(_))));
        assert!(matches!(from_docx(b""), Err(DocxError::Corrupt(_))));
        assert!(parse_document_xml(b"<w:p><w:t>unclosed").is_ok());
        assert!(matches!(parse_document_xml(b"<a></b>"), Err(DocxError::Xml(_))));
    }
}
