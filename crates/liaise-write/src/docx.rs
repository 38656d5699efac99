//! A record as a .docx: the ITU layout (header tables, then abstract and body), the 3GPP
//! template (labelled paragraphs, then numbered sections), or a group's own .docx template
//! whose styles, headers, footers and pictures are kept and whose body liaise fills.

use crate::body::{Block, blocks, blocks_with};
use crate::{long_date, meeting_text};
use liaise_core::{LsRecord, NameRef};
use std::io::{Cursor, Read, Write};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("the template is not a .docx (zip) file: {0}")]
    TemplateNotZip(String),
    #[error("the template has no main document part (word/document.xml)")]
    TemplateNoDocument,
    #[error("the template's word/document.xml has no <w:body>")]
    TemplateNoBody,
    #[error("the template's part {0} is larger than 64 MiB")]
    TemplateTooLarge(String),
    #[error("the template holds {0} entries, more than a .docx can reasonably have")]
    TemplateTooManyEntries(usize),
    #[error("could not write the .docx: {0}")]
    Zip(String),
}

/// Which layout to write, and into what.
#[derive(Debug, Clone)]
pub enum Template {
    /// The ITU layout, with liaise's own styles.
    Itu,
    /// The 3GPP template.
    Tgpp,
    /// A group's own .docx: its body is replaced by the ITU layout (or, when it holds a paragraph
    /// reading `{{content}}`, that paragraph is), and `{{title}}`, `{{doc_number}}`, `{{source}}`
    /// and `{{date}}` are filled wherever a run holds them, headers and footers too.
    Own(Vec<u8>),
}

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// A4 with 2 cm margins, in twentieths of a point: the text is 9638 twips wide.
const TEXT_WIDTH: u32 = 9638;

/// Text made safe inside XML: escaped, and without the characters XML 1.0 cannot hold.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Runs for a piece of text: tabs and line breaks become Word's own elements.
fn runs(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(&format!("<w:r>{props}<w:br/></w:r>"));
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str(&format!("<w:r>{props}<w:tab/></w:r>"));
            }
            if !piece.is_empty() {
                out.push_str(&format!("<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(piece)));
            }
        }
    }
    out
}

/// A paragraph of one style.
fn para(style: Option<&str>, text: &str, bold: bool) -> String {
    let props = style.map(|s| format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")).unwrap_or_default();
    format!("<w:p>{props}{}</w:p>", runs(text, bold))
}

/// A cell: its paragraphs, how many grid columns it spans and its width.
struct CellSpec {
    paras: Vec<String>,
    span: u32,
    width: u32,
}

fn cell(paragraphs: &[(&str, bool)], width: u32) -> CellSpec {
    let paras = if paragraphs.is_empty() {
        vec!["<w:p/>".to_string()]
    } else {
        paragraphs.iter().map(|(t, b)| para(None, t, *b)).collect()
    };
    CellSpec { paras, span: 1, width }
}

fn spanning(mut c: CellSpec, span: u32) -> CellSpec {
    c.span = span;
    c
}

fn table(widths: &[u32], rows: Vec<Vec<CellSpec>>, borders: bool) -> String {
    let mut x = String::from("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>");
    if borders {
        x.push_str(
            "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
             <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
             <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
             <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
             <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>\
             <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>",
        );
    }
    if !borders {
        // Said outright: without borders of its own a table gets the viewer's default lines.
        x.push_str(
            "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>\
             <w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>",
        );
    }
    x.push_str("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    for w in widths {
        x.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    x.push_str("</w:tblGrid>");
    for row in rows {
        x.push_str("<w:tr>");
        for c in row {
            x.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", c.width));
            if c.span > 1 {
                x.push_str(&format!("<w:gridSpan w:val=\"{}\"/>", c.span));
            }
            x.push_str("</w:tcPr>");
            for p in &c.paras {
                x.push_str(p);
            }
            x.push_str("</w:tc>");
        }
        x.push_str("</w:tr>");
    }
    x.push_str("</w:tbl>");
    x
}

/// The names of a recipient list as the registry spells them.
fn names(list: &[NameRef]) -> String {
    list.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn sector_line(sector: &str) -> Option<&'static str> {
    match sector {
        "ITU-T" => Some("TELECOMMUNICATION STANDARDIZATION SECTOR"),
        "ITU-R" => Some("RADIOCOMMUNICATION SECTOR"),
        "ITU-D" => Some("TELECOMMUNICATION DEVELOPMENT SECTOR"),
        _ => None,
    }
}

/// The ITU header tables, abstract and attachments.
fn itu_header(rec: &LsRecord) -> String {
    let (w1, w2, w3) = (1_700, 4_738, 3_200);
    let mut x = String::new();

    let mut org: Vec<(String, bool)> = vec![("INTERNATIONAL TELECOMMUNICATION UNION".into(), true)];
    if let Some(line) = rec.sector.as_deref().and_then(sector_line) {
        org.push((line.into(), true));
    }
    if let Some(sp) = &rec.study_period {
        org.push((format!("STUDY PERIOD {sp}"), true));
    }
    let org: Vec<(&str, bool)> = org.iter().map(|(t, b)| (t.as_str(), *b)).collect();
    let number: Vec<(&str, bool)> = rec.doc_number.iter().map(|n| (n.as_str(), true)).collect();
    let mut rows = vec![vec![cell(&[], w1), cell(&org, w2), cell(&number, w3)]];
    if let Some(group) = &rec.source_name {
        rows.push(vec![cell(&[], w1), cell(&[], w2), cell(&[(group, true)], w3)]);
    }
    if let Some(lang) = &rec.original_language {
        rows.push(vec![cell(&[], w1), cell(&[], w2), cell(&[(&format!("Original: {lang}"), false)], w3)]);
    }
    let meeting = rec.meeting.as_ref().and_then(meeting_text).unwrap_or_default();
    let questions = if rec.questions.is_empty() { "N/A".to_string() } else { rec.questions.join(", ") };
    rows.push(vec![
        cell(&[("Question(s):", true)], w1),
        cell(&[(&questions, false)], w2),
        cell(&[(&meeting, false)], w3),
    ]);
    if let Some(wp) = &rec.working_party {
        rows.push(vec![cell(&[("WG(s):", true)], w1), cell(&[(wp, false)], w2), cell(&[], w3)]);
    }
    if let Some(r) = &rec.reference {
        rows.push(vec![spanning(cell(&[(&format!("Ref.: {r}"), false)], w1 + w2 + w3), 3)]);
    }
    let source = rec.source_as_written.clone().unwrap_or_default();
    rows.push(vec![cell(&[("Source:", true)], w1), spanning(cell(&[(&source, false)], w2 + w3), 2)]);
    rows.push(vec![cell(&[("Title:", true)], w1), spanning(cell(&[(&rec.title, false)], w2 + w3), 2)]);
    x.push_str(&table(&[w1, w2, w3], rows, false));

    let (l1, l2) = (2_400, TEXT_WIDTH - 2_400);
    let mut rows = vec![vec![spanning(cell(&[("LIAISON STATEMENT", true)], l1 + l2), 2)]];
    for (label, list) in [
        ("For action to:", &rec.for_action),
        ("For comment to:", &rec.for_comment),
        ("For information to:", &rec.for_information),
    ] {
        if !list.is_empty() {
            rows.push(vec![cell(&[(label, true)], l1), cell(&[(&names(list), false)], l2)]);
        }
    }
    let approval = rec.approval.clone().or_else(|| rec.approval_date.map(long_date));
    if let Some(a) = approval {
        rows.push(vec![cell(&[("Approval:", true)], l1), cell(&[(&a, false)], l2)]);
    }
    if let Some(d) = rec.deadline {
        rows.push(vec![cell(&[("Deadline:", true)], l1), cell(&[(&long_date(d), false)], l2)]);
    }
    x.push_str(&table(&[l1, l2], rows, false));

    if !rec.contacts.is_empty() {
        let (c1, c2, c3) = (1_700, 4_338, 3_600);
        let rows = rec
            .contacts
            .iter()
            .map(|c| {
                let who: Vec<&str> = std::iter::once(c.name.as_str())
                    .chain(c.organization.as_deref())
                    .chain(c.country.as_deref())
                    .collect();
                let who: Vec<(&str, bool)> = who.into_iter().map(|t| (t, false)).collect();
                let phone = c.phone.as_ref().map(|p| format!("Tel.:\t{p}"));
                let email = c.email.as_ref().map(|e| format!("E-mail:\t{e}"));
                let how: Vec<(&str, bool)> = phone.iter().chain(email.iter()).map(|t| (t.as_str(), false)).collect();
                vec![cell(&[("Contact:", true)], c1), cell(&who, c2), cell(&how, c3)]
            })
            .collect();
        x.push_str(&table(&[c1, c2, c3], rows, true));
    }

    let mut rows = Vec::new();
    let (a1, a2) = (1_700, TEXT_WIDTH - 1_700);
    if let Some(a) = rec.abstract_text.as_deref().filter(|a| !a.trim().is_empty()) {
        let lines: Vec<(&str, bool)> = a.lines().map(|l| (l, false)).collect();
        rows.push(vec![cell(&[("Abstract:", true)], a1), cell(&lines, a2)]);
    } else if matches!(blocks(&rec.body).first(), Some(Block::Table(_))) {
        // The header ends with its abstract; without one a reader takes the body's first
        // paragraph as its end, and a table before any paragraph would be read as the header's
        // (found in review: such a table was lost). An empty abstract marks the end.
        rows.push(vec![cell(&[("Abstract:", true)], a1), cell(&[], a2)]);
    }
    if !rec.attachments.is_empty() {
        let lines: Vec<(&str, bool)> = rec.attachments.iter().map(|l| (l.as_str(), false)).collect();
        rows.push(vec![cell(&[("Attachments:", true)], a1), cell(&lines, a2)]);
    }
    if !rows.is_empty() {
        x.push_str(&table(&[a1, a2], rows, false));
    }
    x
}

/// The body's blocks as paragraphs and tables; a paragraph that is one of `headings` is one.
fn body_xml(body: &str, headings: &[(u8, String)]) -> String {
    let mut x = String::new();
    for b in blocks_with(body, headings) {
        match b {
            Block::Heading { level, text } => {
                x.push_str(&para(Some(&format!("Heading{}", level.min(3))), &text, false))
            }
            Block::Paragraph(t) => x.push_str(&para(None, &t, false)),
            Block::Item(t) => x.push_str(&para(Some("ListItem"), &t, false)),
            Block::Blank => x.push_str("<w:p/>"),
            Block::Table(rows) => {
                let n = rows.first().map_or(1, Vec::len).max(1);
                let w = TEXT_WIDTH / u32::try_from(n).unwrap_or(1).max(1);
                let widths = vec![w; n];
                let specs = rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        r.iter()
                            .map(|c| {
                                // A reader joins a cell's paragraphs with " / ": they are
                                // paragraphs again here, as the topic table's "All SDOs" /
                                // "(especially ...)" were.
                                let p: Vec<(&str, bool)> =
                                    c.split(" / ").filter(|p| !p.is_empty()).map(|p| (p, i == 0)).collect();
                                cell(&p, w)
                            })
                            .collect()
                    })
                    .collect();
                x.push_str(&table(&widths, specs, true));
            }
        }
    }
    x
}

/// The 3GPP template: the meeting line with the document number, labelled paragraphs with a
/// tab, then "1. Overall Description", "2. Actions" and "3. Dates of next meetings".
fn tgpp_content(rec: &LsRecord, headings: &[(u8, String)]) -> String {
    let mut x = String::new();
    let meeting_name = rec
        .meeting
        .as_ref()
        .and_then(|m| m.name.clone())
        .or_else(|| rec.source_as_written.as_ref().map(|s| format!("3GPP TSG {s} Meeting")))
        .unwrap_or_else(|| "3GPP".into());
    let head = match &rec.doc_number {
        Some(n) => format!("{meeting_name}\t{n}"),
        None => meeting_name,
    };
    x.push_str(&para(None, &head, true));
    if let Some(m) = rec.meeting.as_ref().and_then(meeting_text) {
        x.push_str(&para(None, &m, false));
    }
    x.push_str("<w:p/>");
    let labelled = |x: &mut String, label: &str, value: &str| {
        x.push_str(&format!("<w:p>{}{}{}</w:p>", runs(label, true), runs("\t", false), runs(value, false)));
    };
    labelled(&mut x, "Title:", &rec.title);
    let response = rec
        .response_to_text
        .clone()
        .unwrap_or_else(|| if rec.response_to.is_empty() { "-".into() } else { rec.response_to.join(", ") });
    labelled(&mut x, "Response to:", &response);
    labelled(&mut x, "Release:", rec.release.as_deref().unwrap_or("-"));
    labelled(&mut x, "Work Item:", rec.work_item.as_deref().unwrap_or("-"));
    x.push_str("<w:p/>");
    labelled(&mut x, "Source:", rec.source_as_written.as_deref().unwrap_or(""));
    labelled(&mut x, "To:", &names(&rec.for_action));
    let cc: Vec<NameRef> = rec.for_comment.iter().chain(&rec.for_information).chain(&rec.cc).cloned().collect();
    labelled(&mut x, "Cc:", if cc.is_empty() { "-".into() } else { names(&cc) }.as_str());
    x.push_str("<w:p/>");
    labelled(&mut x, "Contact Person:", "");
    for c in &rec.contacts {
        labelled(&mut x, "Name:", &c.name);
        if let Some(e) = &c.email {
            labelled(&mut x, "E-mail Address:", e);
        }
    }
    x.push_str("<w:p/>");
    if let Some(r) = &rec.send_reply_to {
        labelled(&mut x, "Send any reply LS to:", r);
        x.push_str("<w:p/>");
    }
    if !rec.attachments.is_empty() {
        labelled(&mut x, "Attachments:", &rec.attachments.join(", "));
        x.push_str("<w:p/>");
    }
    x.push_str(&para(None, "1. Overall Description:", true));
    x.push_str(&body_xml(&rec.body, headings));
    x.push_str(&para(None, "2. Actions:", true));
    if rec.actions.is_empty() {
        for r in &rec.requests {
            x.push_str(&para(None, &format!("ACTION: {r}"), false));
        }
    }
    for a in &rec.actions {
        if !a.to.is_empty() {
            x.push_str(&para(None, &format!("To {} group.", names(&a.to)), true));
        }
        let text = if a.text.starts_with("ACTION") { a.text.clone() } else { format!("ACTION: {}", a.text) };
        x.push_str(&para(None, &text, false));
    }
    if !rec.next_meetings.is_empty() {
        x.push_str(&para(None, "3. Dates of Next Meetings:", true));
        for m in &rec.next_meetings {
            x.push_str(&para(None, m, false));
        }
    }
    x
}

const SECT: &str = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" \
                    w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";

fn document(content: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W_NS}\" \
         xmlns:r=\"{R_NS}\"><w:body>{content}{SECT}</w:body></w:document>"
    )
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="120" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

fn core_props(rec: &LsRecord) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>liaise</dc:creator>\
         </cp:coreProperties>",
        esc(&rec.title)
    )
}

fn zip_parts(parts: &[(&str, &[u8])]) -> Result<Vec<u8>, WriteError> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        w.start_file(*name, opts).map_err(|e| WriteError::Zip(e.to_string()))?;
        w.write_all(bytes).map_err(|e| WriteError::Zip(e.to_string()))?;
    }
    Ok(w.finish().map_err(|e| WriteError::Zip(e.to_string()))?.into_inner())
}

/// The document's content in the ITU layout: header tables, a blank line, the body.
fn itu_content(rec: &LsRecord, headings: &[(u8, String)]) -> String {
    format!("{}<w:p/>{}", itu_header(rec), body_xml(&rec.body, headings))
}

/// Writes a record as a .docx.
pub fn write_docx(rec: &LsRecord, template: &Template) -> Result<Vec<u8>, WriteError> {
    write_docx_with(rec, template, &[])
}

/// Writes a record as a .docx, the body's lines that are `headings` (level, text) as headings:
/// a draft's `#` lines, which a stored body keeps as plain lines (a reader gives them so).
pub fn write_docx_with(rec: &LsRecord, template: &Template, headings: &[(u8, String)]) -> Result<Vec<u8>, WriteError> {
    let content = match template {
        Template::Itu | Template::Own(_) => itu_content(rec, headings),
        Template::Tgpp => tgpp_content(rec, headings),
    };
    match template {
        Template::Own(bytes) => fill_template(bytes, rec, &content),
        _ => {
            let doc = document(&content);
            let core = core_props(rec);
            zip_parts(&[
                ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
                ("_rels/.rels", ROOT_RELS.as_bytes()),
                ("docProps/core.xml", core.as_bytes()),
                ("word/document.xml", doc.as_bytes()),
                ("word/_rels/document.xml.rels", DOC_RELS.as_bytes()),
                ("word/styles.xml", STYLES.as_bytes()),
            ])
        }
    }
}

const MAX_TEMPLATE_PART: u64 = 64 * 1024 * 1024;
const MAX_TEMPLATE_ENTRIES: usize = 2_000;

/// Fills `{{name}}` placeholders that a run holds whole.
fn placeholders(xml: &str, rec: &LsRecord) -> String {
    let date = rec.approval_date.map(long_date).unwrap_or_default();
    let mut out = xml.to_string();
    for (key, value) in [
        ("{{title}}", rec.title.as_str()),
        ("{{doc_number}}", rec.doc_number.as_deref().unwrap_or("")),
        ("{{source}}", rec.source_as_written.as_deref().unwrap_or("")),
        ("{{date}}", date.as_str()),
    ] {
        out = out.replace(key, &esc(value));
    }
    out
}

/// Puts `content` into the body of a group's template.
fn fill_template(template: &[u8], rec: &LsRecord, content: &str) -> Result<Vec<u8>, WriteError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(template)).map_err(|e| WriteError::TemplateNotZip(e.to_string()))?;
    if archive.len() > MAX_TEMPLATE_ENTRIES {
        return Err(WriteError::TemplateTooManyEntries(archive.len()));
    }
    let mut parts: Vec<(String, Vec<u8>)> = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).map_err(|e| WriteError::TemplateNotZip(e.to_string()))?;
        if f.is_dir() {
            continue;
        }
        let name = f.name().map_err(|e| WriteError::TemplateNotZip(e.to_string()))?.to_string();
        let mut bytes = Vec::new();
        let read = (&mut f)
            .take(MAX_TEMPLATE_PART + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| WriteError::TemplateNotZip(e.to_string()))?;
        if read as u64 > MAX_TEMPLATE_PART {
            return Err(WriteError::TemplateTooLarge(name));
        }
        parts.push((name, bytes));
    }
    let Some(doc) = parts.iter_mut().find(|(n, _)| n == "word/document.xml") else {
        return Err(WriteError::TemplateNoDocument);
    };
    let xml = String::from_utf8_lossy(&doc.1).into_owned();
    doc.1 = placeholders(&fill_body(&xml, content)?, rec).into_bytes();
    for (name, bytes) in parts.iter_mut() {
        if name.starts_with("word/header") || name.starts_with("word/footer") {
            *bytes = placeholders(&String::from_utf8_lossy(bytes), rec).into_bytes();
        }
    }
    let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    zip_parts(&refs)
}

/// The template's document with its body's content replaced: the paragraph that holds
/// `{{content}}` when there is one, else everything but the section properties (which hold
/// the page size and the references to headers and footers).
fn fill_body(xml: &str, content: &str) -> Result<String, WriteError> {
    let open = xml.find("<w:body>").ok_or(WriteError::TemplateNoBody)?;
    let start = open + "<w:body>".len();
    let end = xml.rfind("</w:body>").ok_or(WriteError::TemplateNoBody)?;
    if end < start {
        return Err(WriteError::TemplateNoBody);
    }
    let inner = &xml[start..end];
    if let Some(at) = inner.find("{{content}}") {
        let p_start = inner[..at].rfind("<w:p>").into_iter().chain(inner[..at].rfind("<w:p ")).max();
        let p_end = inner[at..].find("</w:p>").map(|e| at + e + "</w:p>".len());
        if let (Some(s), Some(e)) = (p_start, p_end) {
            return Ok(format!("{}{}{content}{}{}", &xml[..start], &inner[..s], &inner[e..], &xml[end..]));
        }
    }
    let sect = inner.rfind("<w:sectPr").map(|s| &inner[s..]).unwrap_or("");
    Ok(format!("{}{content}{sect}{}", &xml[..start], &xml[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_cleaned() {
        assert_eq!(esc("<script>&\"x\"\u{1}\u{FFFF}"), "&lt;script&gt;&amp;&quot;x&quot;");
        assert!(runs("a\tb\nc", false).contains("<w:tab/>") && runs("a\nc", false).contains("<w:br/>"));
    }

    #[test]
    fn a_template_without_a_content_marker_keeps_its_section() {
        let xml = "<w:document><w:body><w:p><w:r><w:t>old</w:t></w:r></w:p><w:sectPr><w:headerReference r:id=\"rId7\"/></w:sectPr></w:body></w:document>";
        let out = fill_body(xml, "<w:p>NEW</w:p>").expect("filled");
        assert_eq!(
            out,
            "<w:document><w:body><w:p>NEW</w:p><w:sectPr><w:headerReference r:id=\"rId7\"/></w:sectPr></w:body></w:document>"
        );
        let marked = "<w:document><w:body><w:p>logo</w:p><w:p><w:r><w:t>{{content}}</w:t></w:r></w:p><w:p>end</w:p></w:body></w:document>";
        assert_eq!(
            fill_body(marked, "<w:p>NEW</w:p>").expect("filled"),
            "<w:document><w:body><w:p>logo</w:p><w:p>NEW</w:p><w:p>end</w:p></w:body></w:document>"
        );
        assert!(matches!(fill_body("<w:document/>", ""), Err(WriteError::TemplateNoBody)));
    }
}
