//! Readers of liaison statements: bytes in, a record and its warnings out.
//!
//! The format (.docx, HTML, text) is recognised from the bytes, never from the file name; the
//! document becomes a neutral [`doc::Document`]; the layout (ITU, 3GPP, IETF datatracker) is
//! recognised from the labels found; the layout's reader fills an [`LsRecord`].
//!
//! Invariant: reading does no I/O and never panics on any input; whatever it cannot read is a
//! [`ReadError`] (nothing usable) or a [`Warning`] (a field it could not read).

pub mod body;
pub mod common;
pub mod doc;
pub mod docnum;
pub mod docx;
pub mod emails;
pub mod evidence;
pub mod generic;
pub mod guard;
pub mod html;
pub mod ietf;
pub mod itu;
pub mod itur;
pub mod labels;
pub mod letter;
pub mod mail;
pub mod pdf;
pub mod prose;
pub mod purpose;
pub mod relaton;
pub mod text;
pub mod tgpp;

use doc::Document;
use labels::Fields;
use liaise_core::registry::Registry;
use liaise_core::{Layout, LsRecord, Warning};
use thiserror::Error;

/// The largest input accepted: statements are a few hundred kilobytes; attachments are not read.
pub const MAX_INPUT_BYTES: usize = 50 * 1024 * 1024;

/// How the bytes were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Docx,
    Html,
    Text,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Text => "text",
        }
    }
}

/// A statement read from one document.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub record: LsRecord,
    pub warnings: Vec<Warning>,
    pub format: Format,
    /// Why the reader is unsure of this reading (a weak layout match, a key field missing, a
    /// text cut off): an import with doubts waits for a person's review.
    pub doubts: Vec<String>,
}

/// What reading a document model gives.
#[derive(Debug, Clone)]
pub struct Reading {
    pub record: LsRecord,
    pub warnings: Vec<Warning>,
    pub doubts: Vec<String>,
}

/// How many names the registry does not know before an import waits for review.
pub const UNKNOWN_NAMES_FOR_REVIEW: usize = 2;

/// Why a reading should wait for a person: the reader's doubts, and names the registry does not
/// know (each would become a new body).
pub fn review_reasons(parsed: &Parsed, registry: &Registry) -> Vec<String> {
    let mut out = parsed.doubts.clone();
    let mut unknown: Vec<&str> = Vec::new();
    let rec = &parsed.record;
    // Whatever the reader: a reading with no title, a title of table markup, or no recipient
    // at all is not stored unseen (a flattened ITU-D table whose source was found was stored
    // as "| LS on the", to nobody).
    let mut doubt = |d: &str| {
        if !out.iter().any(|o| o.contains(d)) {
            out.push(d.to_string());
        }
    };
    if rec.title.trim().is_empty() {
        doubt("no title");
    } else if rec.title.contains('|') || rec.title.trim_start().starts_with("---") {
        doubt("the title holds table markup");
    }
    let recipients = rec.for_action.len() + rec.for_comment.len() + rec.for_information.len() + rec.cc.len();
    if recipients == 0 && rec.kind == liaise_core::LsKind::Statement {
        doubt("no recipients");
    }
    if parsed.warnings.iter().any(|w| {
        w.field.as_deref() == Some("for_action") && w.message.starts_with("not read as a body: it is table markup")
    }) {
        doubt("a recipient for action could not be read (table markup)");
    }
    let source = rec.source_as_written.iter().map(String::as_str);
    let listed = rec.name_lists().into_iter().flat_map(|(_, _, l)| l.iter().map(|n| n.name.as_str()));
    for n in source.chain(listed) {
        if !registry.is_known(n) && guard::collective(n).is_none() && !unknown.contains(&n) {
            unknown.push(n);
        }
    }
    // Several unknown names send a reading to review; when it goes there anyway, its unknown
    // names are said too, since accepting it adds them.
    if unknown.len() >= UNKNOWN_NAMES_FOR_REVIEW || (!unknown.is_empty() && !out.is_empty()) {
        let n = unknown.len();
        out.push(format!(
            "{n} name{} the registry does not know: {}",
            if n == 1 { "" } else { "s" },
            unknown.join(", ")
        ));
    }
    out
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MiB; liaise reads statements, not their attachments", MAX_INPUT_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("not a text file: {0}")]
    NotText(String),
    #[error("unsupported file: {0}")]
    Unsupported(String),
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
    #[error("not a liaison statement: {0}")]
    NotLs(String),
}

/// Reads a statement from its bytes. The registry is consulted by the recipient-list grammar.
pub fn read(bytes: &[u8], registry: &Registry) -> Result<Parsed, ReadError> {
    let (document, format) = to_document(bytes)?;
    let Reading { record, mut warnings, doubts } = read_document(&document, registry)?;
    if not_utf8_text(bytes) && !mail::looks_like_mail(bytes) {
        warnings.push(Warning::new(
            "encoding",
            "the file is not UTF-8; it was read as Windows-1252 (check accented names)",
            None,
        ));
    }
    Ok(Parsed { record, warnings, format, doubts })
}

/// A format liaise reads through an outside converter (Debian's `pdftotext`, LibreOffice), which
/// the application runs: the readers themselves do no I/O.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    Pdf,
    /// Word 97-2003 (.doc), an OLE compound file.
    Doc,
    /// OpenDocument text (.odt).
    Odt,
    Rtf,
}

impl Foreign {
    pub fn as_str(self) -> &'static str {
        match self {
            Foreign::Pdf => "pdf",
            Foreign::Doc => "doc",
            Foreign::Odt => "odt",
            Foreign::Rtf => "rtf",
        }
    }
}

/// Whether bytes are in a format that must be converted before it is read.
pub fn foreign_format(bytes: &[u8]) -> Option<Foreign> {
    if bytes.starts_with(b"%PDF") {
        Some(Foreign::Pdf)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(Foreign::Doc)
    } else if bytes.starts_with(b"{\\rtf") {
        Some(Foreign::Rtf)
    } else if bytes.starts_with(b"PK\x03\x04")
        && bytes.windows(39).take(200).any(|w| w == b"application/vnd.oasis.opendocument.text")
    {
        Some(Foreign::Odt)
    } else {
        None
    }
}

/// Reads a statement from the text `pdftotext -layout` made of a PDF (see [`pdf`]).
pub fn read_pdf_text(bytes: &[u8], registry: &Registry) -> Result<Parsed, ReadError> {
    let text = decode_text(bytes)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let document = pdf::from_layout_text(&text);
    let Reading { record, warnings, doubts } = read_document(&document, registry)?;
    Ok(Parsed { record, warnings, format: Format::Text, doubts })
}

/// The numbered lines of a document, as the reader saw them: the text `pdftotext -layout` made of
/// a PDF (`pdf_text`), else the bytes themselves.
pub fn document_lines(bytes: &[u8], pdf_text: bool) -> Result<Vec<evidence::Line>, ReadError> {
    let document = if pdf_text { pdf::from_layout_text(&decode_text(bytes)?) } else { to_document(bytes)?.0 };
    Ok(evidence::lines(&document))
}

/// Recognises the format and builds the document model.
pub fn to_document(bytes: &[u8]) -> Result<(Document, Format), ReadError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok((docx::from_docx(bytes)?, Format::Docx));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ReadError::Unsupported(
            "this is a legacy Word .doc or a password-protected Office file; save it as .docx (without a password) and import it again"
                .to_string(),
        ));
    }
    for (magic, what) in [
        (&b"\x89PNG"[..], "a PNG image"),
        (&b"\xFF\xD8\xFF"[..], "a JPEG image"),
        (&b"GIF8"[..], "a GIF image"),
        (&b"\x1F\x8B"[..], "a gzip archive"),
        (&b"7z\xBC\xAF"[..], "a 7-Zip archive"),
        (&b"Rar!"[..], "a RAR archive"),
    ] {
        if bytes.starts_with(magic) {
            return Err(ReadError::Unsupported(format!("it is {what}, not a statement (whatever its name says)")));
        }
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ReadError::Unsupported(
            "this is a PDF; convert it to text first (`pdftotext -layout FILE.pdf`) and import the .txt".to_string(),
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ReadError::Unsupported("this is an RTF file; save it as .docx and import it again".to_string()));
    }
    // An e-mail saved as text (a datatracker notification with its headers): the statement is
    // the message's text. (The application reads a message's attachments itself, see `mail`.)
    if mail::looks_like_mail(bytes)
        && let Ok(m) = mail::parse(bytes)
        && let Some(body) = m.parts.iter().find(|p| p.is_body)
    {
        let text = String::from_utf8_lossy(&body.bytes).to_string();
        if body.content_type == "text/html" {
            return Ok((text::from_text(&html::html_to_text(&text)), Format::Html));
        }
        return Ok((text::from_text(&text), Format::Text));
    }
    let text = decode_text(bytes)?;
    if html::looks_like_html(&text) {
        return Ok((text::from_text(&html::html_to_text(&text)), Format::Html));
    }
    Ok((text::from_text(&text), Format::Text))
}

/// Decodes text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, as
/// Word's "Unicode text" writes. Anything else is refused with where it went wrong.
fn decode_text(bytes: &[u8]) -> Result<String, ReadError> {
    let utf16 = |le: bool| -> Result<String, ReadError> {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)])
                } else {
                    u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| ReadError::NotText("invalid UTF-16".to_string()))
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return utf16(true);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return utf16(false);
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(pos) = body.iter().take(64 * 1024).position(|&b| b == 0) {
        return Err(ReadError::NotText(format!("binary data (a NUL byte at offset {pos})")));
    }
    let decoded;
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        // Text saved by Windows tools is often Windows-1252; every byte is a character there,
        // so it is read as such, with a warning (see `read`), not refused (issue 9, item 18).
        Err(_) => {
            decoded = windows_1252(body);
            decoded.as_str()
        }
    };
    let controls =
        text.chars().take(64 * 1024).filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if controls > 8 {
        return Err(ReadError::NotText(format!("binary data ({controls} control characters)")));
    }
    Ok(text.to_string())
}

/// Decodes Windows-1252 (ISO 8859-1 with printable characters in 0x80-0x9F).
pub fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| if (0x80..=0x9F).contains(&b) { HIGH[usize::from(b - 0x80)] } else { char::from(b) })
        .collect()
}

/// Whether bytes are text that is not UTF-8 (and so were read as Windows-1252).
fn not_utf8_text(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
        && !bytes.starts_with(b"PK")
        && std::str::from_utf8(body).is_err()
}

/// How strongly a layout's labels are present: labels only that layout uses, then those plus
/// the labels every layout has (Title, Source).
fn score(fields: &Fields, distinctive: &[&str]) -> (usize, usize) {
    let own = distinctive.iter().filter(|f| fields.has(f)).count();
    let common = ["title", "source"].iter().filter(|f| fields.value(f).is_some()).count();
    (own, own + common)
}

/// Recognises the layout of a document and reads it. A document that matches a layout well is
/// read by that layout's reader; one that matches none well, or lacks what its layout needs, is
/// read by its labels alone (`generic`) and carries doubts; one that speaks of no liaison, or
/// says it is minutes or an agenda, is refused.
pub fn read_document(doc: &Document, registry: &Registry) -> Result<Reading, ReadError> {
    let segs = doc.segments();
    let itu_fields = Fields(itu::labels().scan(&segs, &[]));
    let tgpp_end = tgpp::first_section(&segs).unwrap_or(segs.len());
    let tgpp_fields = Fields(tgpp::labels().scan(&segs[..tgpp_end], &[]));
    let ietf_fields = ietf::scan(&segs);
    let generic_fields = Fields(generic::labels().scan(&segs, &[]));

    let sections = usize::from(tgpp_end < segs.len()) * 2;
    let (t_own, t_all) = score(&tgpp_fields, tgpp::DISTINCTIVE);
    let candidates = [
        (Layout::Itu, score(&itu_fields, itu::DISTINCTIVE)),
        (Layout::ThreeGpp, (t_own + sections, t_all + sections)),
        (Layout::Ietf, score(&ietf_fields, ietf::DISTINCTIVE)),
    ];
    let (layout, (own, all)) = candidates.iter().copied().max_by_key(|&(_, s)| s).unwrap_or((Layout::Itu, (0, 0)));
    let missing = match layout {
        Layout::Itu => itu::missing(&itu_fields),
        Layout::ThreeGpp => tgpp::missing(&tgpp_fields),
        Layout::Ietf => ietf::missing(&segs, &ietf_fields),
    };
    // A layout is matched well when what it needs is there (title, source, recipients) beside at
    // least one label only it uses.
    // A letter with To, Cc, Date and Contact is no 3GPP statement because it has a "To:": the
    // layout must explain at least half as many fields as the generic reader finds.
    let explains = own * 2 >= generic_own(&generic_fields);
    let strong = own >= 1 && all >= 3 && missing.is_empty() && explains;
    let mut reading = if let Some(r) = itur::read(doc, &segs, registry) {
        r
    } else if strong || (own >= 1 && all >= 2 && missing.is_empty() && explains) {
        let (record, warnings) = match layout {
            Layout::Itu => itu::read(doc, &segs, itu_fields, registry),
            Layout::ThreeGpp => tgpp::read(&segs, registry),
            Layout::Ietf => ietf::read(&segs, ietf_fields, registry),
        };
        let mut doubts = Vec::new();
        if !strong {
            doubts.push(format!("only {own} of the labels of the {} layout were found", layout.as_str()));
        }
        Reading { record, warnings, doubts }
    } else {
        if let Some(why) = generic::refusal(&segs, &generic_fields) {
            return Err(ReadError::NotLs(format!(
                "{why}; liaise reads liaison statements (ITU, 3GPP, IETF datatracker, JTC 1 and letter layouts)"
            )));
        }
        let g = generic::read(doc, &segs, registry);
        if g.record.title.is_empty() && g.record.source_as_written.is_none() {
            return Err(ReadError::NotLs(
                "found neither a title nor a source; liaise reads liaison statements (ITU, 3GPP, IETF datatracker, JTC 1 and letter layouts)"
                    .to_string(),
            ));
        }
        let mut doubts = g.doubts;
        // The labels it lacks are a doubt only when the labels read do not make up for them.
        if !missing.is_empty() && own > 0 && !header_whole(&g.record) {
            doubts.push(format!("it looks like the {} layout but is missing: {}", layout.as_str(), missing.join(", ")));
        }
        Reading { record: g.record, warnings: g.warnings, doubts }
    };
    if let Some(why) = generic::refusal(&segs, &generic_fields).filter(|w| !w.starts_with("nothing at its head")) {
        return Err(ReadError::NotLs(why));
    }
    let record = &mut reading.record;
    record.title = record.title.split_whitespace().collect::<Vec<_>>().join(" ");
    // The guard first: what it takes out may leave a key field empty, and that must be said.
    // A source that names its body inside a phrase is read as that body before the guard,
    // which would take the whole phrase out as no body's name.
    if record.sector.is_none() {
        let head: Vec<&str> = segs.iter().filter(|s| !s.blank).take(8).map(|s| s.text.as_str()).collect();
        record.sector = itu::sector_of(&head.join(" ")).map(str::to_string);
    }
    source_as_a_body(record, registry);
    guard::sanitize(record, registry, &mut reading.warnings);
    if record.title.is_empty() && !reading.doubts.iter().any(|d| d == "no title") {
        reading.doubts.push("no title".to_string());
    }
    // "LS from ITU-T SG13 on ...": a title that names its sender, when nothing else does.
    if record.source_as_written.is_none()
        && let Some(c) = LS_FROM.captures(&record.title)
        && registry.is_known(c[1].trim())
    {
        record.source_as_written = Some(c[1].trim().to_string());
        reading.warnings.push(Warning::new("source", "the sender was read from the title", Some(&record.title)));
    }
    dedupe_lists(record, registry);
    tidy_contacts(record, &mut reading.warnings);
    emails::complete(record, &segs, &generic_fields, &mut reading.warnings);
    // Where the layout's reader found no number, the head of the document may still hold one.
    if record.doc_number.is_none() {
        let head_end = generic_fields
            .0
            .iter()
            .find(|f| matches!(f.field, "title" | "to" | "for_action" | "source"))
            .map_or(segs.len(), |f| f.seg + 1);
        if let Some((n, line)) = docnum::from_head(&segs, head_end, registry) {
            reading.warnings.retain(|w| w.field.as_deref() != Some("doc_number"));
            reading.warnings.push(Warning::new(
                "doc_number",
                "document number read from the head of the document",
                Some(&line),
            ));
            record.doc_number = Some(n);
        }
    }
    // "Liaison statement from the Metaverse Standards Forum to ITU-T SG21, IEEE MSC and IEC SEG
    // 15 on ...": a statement that names its recipients only in its title, each one known.
    let record = &mut reading.record;
    if record.for_action.is_empty()
        && record.for_comment.is_empty()
        && record.for_information.is_empty()
        && let Some(names) = ietf::to_in_title(&record.title, registry)
    {
        record.for_information = names;
        reading.warnings.push(Warning::new(
            "for_information",
            "the recipients were read from the title",
            Some(&record.title),
        ));
    }
    purpose::complete(&mut reading, &generic_fields, registry);
    let record = &mut reading.record;
    if record.source_as_written.is_none() && !reading.doubts.iter().any(|d| d == "no source") {
        reading.doubts.push("no source".to_string());
    }
    if record.for_action.is_empty() && record.for_comment.is_empty() && record.for_information.is_empty() {
        reading.doubts.push("no recipients".to_string());
    }
    // A saved excerpt cut in its body is still a statement: its header fields are as good as
    // ever, so the cut is a warning. Only a cut that leaves the header without a key field
    // (said above as a doubt of its own) makes a person look.
    // A 3GPP statement says who must act in its "2. Actions" section: cut before it, its
    // purposes are unknown whatever its header says.
    let actions_cut = record.layout == Layout::ThreeGpp && record.actions.is_empty();
    if record.title.trim_start().starts_with('<') && record.title.trim_end().ends_with('>') {
        return Err(ReadError::NotLs(format!(
            "its title is a template's placeholder (\"{}\"): it is a template or its instructions, not a statement",
            liaise_core::truncate_chars(&record.title, 60)
        )));
    }
    if let Some(w) = truncated(&segs) {
        // A cut that leaves no body fell inside the header: what it cut may be a recipient.
        if header_whole(record) && record.body.split_whitespace().count() >= 12 && !actions_cut {
            reading.warnings.push(Warning::new("body", format!("{w}; the header was read whole"), None));
        } else {
            reading.doubts.push(w);
        }
    }
    // No text after the header at all: the statement was cut in its header, or only its
    // header was saved; what the cut took may be a recipient.
    // Only a list cut in a name says so: a statement of a header alone is short, not cut.
    let last_line = segs.iter().rposition(|s| !s.blank).unwrap_or(0);
    let ends_in_a_list = generic_fields.0.iter().any(|f| {
        f.last >= last_line
            && matches!(f.field, "to" | "cc" | "for_action" | "for_comment" | "for_information")
            && f.joined(", ").rsplit([',', ';']).next().is_some_and(|last| {
                let last = last.trim();
                !last.is_empty() && !registry.is_known(last) && !common::is_none_value(last)
            })
    });
    if ends_in_a_list
        && record.body.split_whitespace().count() < 12
        && !reading.doubts.iter().any(|d| d.contains("cut off"))
    {
        reading.doubts.push("there is no text after the header; the statement may be cut off".to_string());
    }
    Ok(reading)
}

static LS_FROM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(?:reply\s+|response\s+)?(?:LS|LS/r|liaison\s+statement)\s+from\s+(.+?)\s+(?:on|to|regarding|about|concerning|in\s+reply)\s")
        .expect("valid regular expression")
});

/// Contacts as a person reads them: "Convenor: Dr Mei-Ling Tan" is Dr Mei-Ling Tan, convenor; an
/// address cut by the page that saved it ("amara.nwosu@") or a mail's quote marker is nobody.
fn tidy_contacts(record: &mut LsRecord, warnings: &mut Vec<Warning>) {
    const ROLES: &[&str] =
        &["convenor", "convener", "secretary", "chair", "chairman", "rapporteur", "editor", "liaison officer"];
    record.contacts.retain(|c| {
        let name = c.name.trim();
        let cut_address =
            c.email.is_none() && name.contains('@') && !name.rsplit('@').next().unwrap_or("").contains('.');
        let marker =
            name.trim_matches('-').trim().eq_ignore_ascii_case("original message") || name.starts_with("-----");
        if cut_address || marker {
            warnings.push(Warning::new("contacts", "not read as a contact: it is no person or address", Some(name)));
        }
        !(cut_address || marker)
    });
    for c in &mut record.contacts {
        if let Some((label, rest)) = c.name.split_once(':')
            && ROLES.contains(&label.trim().to_lowercase().as_str())
            && !rest.trim().is_empty()
        {
            if c.role.as_deref().is_none_or(|r| r == "contact") {
                c.role = Some(label.trim().to_lowercase());
            }
            c.name = rest.trim().to_string();
        }
        // "Gabriela Nowak-Santos Tel: +48 22 555 0123": a telephone run into the name line.
        for cut in [" Tel:", " Tel.", " Tél", " Phone:", " Fax:", " Tel "] {
            if let Some(at) = c.name.find(cut).filter(|&at| at > 0) {
                if c.phone.is_none() {
                    let phone = c.name[at + cut.len()..].trim_start_matches([':', '.', ' ']).trim();
                    c.phone = (!phone.is_empty()).then(|| phone.to_string());
                }
                c.name.truncate(at);
                c.name = c.name.trim().to_string();
            }
        }
    }
}

/// One body once a list: "Q.2/15, Question 9/15 and Q6 of SG15" names ITU-T SG15 three times,
/// "IEEE 802.1 Working Group" and "IEEE P802.1DG" IEEE 802.1 twice. The first mention stays.
fn dedupe_lists(record: &mut LsRecord, registry: &Registry) {
    let key = |n: &liaise_core::NameRef| match registry.lookup(&n.name) {
        Some(b) => format!("#{}", b.id),
        None => liaise_core::registry::name_key(&n.name),
    };
    for list in [&mut record.for_action, &mut record.for_comment, &mut record.for_information, &mut record.cc] {
        let mut seen = std::collections::HashSet::new();
        list.retain(|n| seen.insert(key(n)));
    }
}

/// The source as the body it names. "Reunión del Grupo de Relator sobre la Cuestión 5/2 de la
/// Comisión de Estudio 2 del UIT-D" names its body at its end; "Rapporteur for Question 5/2" of
/// an ITU-D document is a Question of ITU-D Study Group 2, not of ITU-T's.
fn source_as_a_body(record: &mut LsRecord, registry: &Registry) {
    static QUESTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?:question|cuesti[óo]n|вопрос[ау]?|q)\s*\.?\s*\d+\s*/\s*(\d+)")
            .expect("valid regular expression")
    });
    let Some(src) = record.source_as_written.clone() else { return };
    let mut named = src.clone();
    if !registry.is_known(&src) {
        let words: Vec<&str> = src.split_whitespace().collect();
        if let Some(tail) = (1..words.len().min(16))
            .map(|k| words[k..].join(" "))
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .find(|t| registry.is_known(t))
        {
            named = tail;
        }
    }
    let sector_named = ["ITU-T", "ITU-R", "ITU-D", "UIT-", "МСЭ"].iter().any(|s| named.contains(s));
    if let (Some(c), Some(sector), false) = (QUESTION.captures(&named), record.sector.as_deref(), sector_named)
        && matches!(sector, "ITU-D" | "ITU-R")
    {
        named = format!("{sector} SG{}", c[1].trim_start_matches('0'));
    }
    if named != src && registry.is_known(&named) {
        record.source_name.get_or_insert(src);
        record.source_as_written = Some(named);
    }
}

/// Whether a record has what every statement's header gives: a title, a sender and at least one
/// recipient.
pub fn header_whole(record: &LsRecord) -> bool {
    !record.title.trim().is_empty()
        && record.source_as_written.is_some()
        && !(record.for_action.is_empty() && record.for_comment.is_empty() && record.for_information.is_empty())
}

/// How many fields the generic reader found beyond title and source: a letter with To, Cc, Date
/// and Contact is no 3GPP statement because it has one "To:".
fn generic_own(fields: &Fields) -> usize {
    ["to", "cc", "date", "deadline", "contact", "purpose", "doc_type", "ref"].iter().filter(|f| fields.has(f)).count()
}

/// Whether the text stops in the middle: its last line ends inside a word or a sentence, as a
/// saved excerpt does.
fn truncated(segs: &[doc::Seg]) -> Option<String> {
    let at = segs.iter().rposition(|s| !s.blank)?;
    let last = segs[at].text.trim();
    // An address cut in its domain ("rtg-ads@exa") is cut for sure.
    let cut_address = last
        .split_whitespace()
        .last()
        .is_some_and(|w| w.contains('@') && !w.rsplit('@').next().unwrap_or("").contains('.'));
    // Otherwise: a paragraph of prose that stops on a lower-case word or a comma.
    let continues = at > 0 && !segs[at - 1].blank && segs[at - 1].row.is_none();
    let stops_mid = last.chars().last().is_some_and(|c| c.is_lowercase() || matches!(c, ',' | '-' | '(' | ';'))
        && (continues || last.chars().next().is_some_and(char::is_lowercase) || last.split_whitespace().count() >= 12)
        && segs[at].row.is_none()
        && !last.contains('@')
        // A page footer ("Python 3.12 · Django 4.2 · 23 queries") is no cut sentence.
        && !last.contains(['·', '|', '©'])
        && !last.contains('\t')
        && last.split_whitespace().count() >= 5;
    (cut_address || stops_mid).then(|| {
        format!(
            "the text seems cut off after \"{}\"; what follows is missing",
            liaise_core::model::truncate_chars(last, 60)
        )
    })
}
