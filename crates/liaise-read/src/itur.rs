//! ITU-R documents: a block header (`Radiocommunication Study Groups`, `Document 5A/999-E`, a
//! date, `English only`, the source working party), an upper-case title line that names the
//! recipients (`LIAISON STATEMENT TO EXTERNAL ORGANIZATIONS1` with the list in footnote 1, or
//! `... AND ITU-T STUDY GROUPS 13 AND 19` then `(COPY TO WP 4B, WP 8D AND WP 8F)`), the body, and
//! at the end `Status:`, `Contact:` and `E-mail:` with each value on the next line.

use crate::Reading;
use crate::body;
use crate::common::is_none_value;
use crate::doc::{Document, Seg};
use crate::generic::purposes;
use crate::labels::{Fields, LabelSpec, Labels};
use liaise_core::date::{find_all, parse_date};
use liaise_core::registry::Registry;
use liaise_core::{Layout, LsKind, LsRecord, NameRef, Warning};
use regex::Regex;
use std::sync::LazyLock;

const TAIL_LABELS: &[LabelSpec] = &[
    LabelSpec::new("status", &["Status"]),
    LabelSpec::new("contact", &["Contact", "Contacts"]),
    LabelSpec::new("email", &["E-mail", "Email"]),
    LabelSpec::new("tel", &["Tel.", "Tel", "Phone"]),
    LabelSpec::new("attachments", &["Attachments", "Attachment", "Attachment(s)"]),
];

static DOC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(Annex|Attachment|Addendum)\s+\d+\s+to\s+)?Document\s+(\d{1,2}[A-Z]?/\d{1,4}-[EFSARC])")
        .expect("valid regular expression")
});
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:DRAFT|PRELIMINARY DRAFT)\s+)?(?:(?:REPLY|RESPONSE)\s+(?:TO\s+)?)?(?:LIAISON\s+STATEMENT|LS)(?-u:\b)",
    )
    .expect("valid regular expression")
});
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:ITU-R\s+)?(Working\s+Party\s+\d[A-Z]|WP\s*\d[A-Z]|Study\s+Group\s+\d|Task\s+Group\s+\S+|Joint\s+Task\s+Group\s+\S+|Radiocommunication\s+Advisory\s+Group|Joint\s+Rapporteur\s+Group\s+\S+)$",
    )
    .expect("valid regular expression")
});
static GROUP_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(Working\s+Party\s+\d[A-Z]|WP\s*\d[A-Z])(?-u:\b)").expect("valid regular expression")
});
static COPY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*COPY\s+(?:FOR\s+INFORMATION\s+)?TO\s+(.*?)\)?\s*$").expect("valid regular expression")
});
static GLUED_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([A-Z]{3,})(\d)(?-u:\b)").expect("valid regular expression"));
static RECIPIENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)TO\s+(.*?)(?:\s+(?:ON|CONCERNING|REGARDING|ABOUT|IN\s+RESPONSE)\s+.*)?$")
        .expect("valid regular expression")
});

/// Whether the document is an ITU-R one by its head.
fn is_itur(segs: &[Seg]) -> bool {
    segs.iter().filter(|s| !s.blank).take(15).any(|s| {
        let t = s.text.to_lowercase();
        t.contains("radiocommunication study groups") || t.contains("radiocommunication assembly")
    })
}

/// Reads an ITU-R document, or says it is none (`None`): it lacks the ITU-R head, or it uses the
/// ITU header table, which the ITU reader reads.
pub fn read(doc: &Document, segs: &[Seg], registry: &Registry) -> Option<Reading> {
    if !is_itur(segs) {
        return None;
    }
    let title_at = segs.iter().position(|s| !s.blank && TITLE.is_match(s.text.trim()))?;
    let itu = Fields(Labels::new(crate::itu::LABELS).inline_head().scan(segs, &[]));
    if itu.has("for_action") || itu.has("for_information") || itu.has("for_comment") {
        return None;
    }
    let mut rec = LsRecord { layout: Layout::Itu, sector: Some("ITU-R".to_string()), ..LsRecord::default() };
    let mut warnings = Vec::new();
    let mut doubts = Vec::new();

    // The head: document number, date, source group.
    let head: Vec<&str> = segs[..title_at].iter().filter(|s| !s.blank).map(|s| s.text.trim()).collect();
    for line in &head {
        for c in DOC.captures_iter(line) {
            let Some(whole) = c.get(0) else { continue };
            // "Source: Document 5A/TEMP/301" names the document it was made from, not this one.
            let before = line[..whole.start()].trim().to_lowercase();
            if c.get(1).is_some() {
                rec.reference = Some(c[0].to_string());
            } else if rec.doc_number.is_none() && !before.ends_with("source:") && !before.ends_with("source") {
                rec.doc_number = Some(c[2].to_string());
            }
        }
        if rec.submitted.is_none() && !line.to_lowercase().starts_with("received") {
            let spans = find_all(line);
            if let Some(span) = spans.first().filter(|s| s.range.len() * 2 >= line.len()) {
                rec.submitted = Some(span.start);
            }
        }
        if rec.source_as_written.is_none()
            && let Some(c) = GROUP.captures(line)
        {
            rec.source_as_written = Some(format!("ITU-R {}", c[1].split_whitespace().collect::<Vec<_>>().join(" ")));
        }
    }
    // "Annex 12 to Working Party 5B Chairman's Report": the group is named inside a line.
    if rec.source_as_written.is_none() {
        rec.source_as_written = head.iter().find_map(|l| {
            GROUP_IN_LINE
                .captures(l)
                .map(|c| format!("ITU-R {}", c[1].split_whitespace().collect::<Vec<_>>().join(" ")))
        });
    }
    if rec.doc_number.is_none() && rec.reference.is_some() {
        warnings.push(Warning::new(
            "doc_number",
            "the statement is an annex of another document and has no number of its own",
            rec.reference.as_deref(),
        ));
    }

    // The title: the upper-case lines from "LIAISON STATEMENT" to a blank line; "(COPY TO ...)"
    // lines name the copies.
    let mut title_lines = Vec::new();
    let mut copies = Vec::new();
    let mut i = title_at;
    while i < segs.len() && !segs[i].blank {
        let t = segs[i].text.trim();
        if let Some(c) = COPY.captures(t) {
            copies.push(c[1].to_string());
        } else if t.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) {
            title_lines.push(t.to_string());
        } else {
            break;
        }
        i += 1;
    }
    let body_start = i;
    let raw_title = title_lines.join(" ");
    let footnote = GLUED_MARK.captures(&raw_title).map(|c| c[2].to_string());
    rec.title = GLUED_MARK.replace_all(&raw_title, "$1").to_string();
    if rec.title.starts_with("REPLY") || rec.title.starts_with("RESPONSE") {
        rec.kind = LsKind::Reply;
    }
    let title_no_stmt = TITLE.replace(&rec.title, "").to_string();
    let recipients_text = RECIPIENTS.captures(&format!(" {title_no_stmt}")).map(|c| c[1].trim().to_string());
    let mut to: Vec<NameRef> = Vec::new();
    if let Some(text) = &recipients_text {
        let text = text.replace(" AND TO ", ", ");
        let collective_with_note =
            footnote.as_ref().filter(|_| text.contains("ORGANIZATIONS") || text.contains("ORGANISATIONS"));
        match collective_with_note.and_then(|n| footnote_text(segs, body_start, n)) {
            Some(list) => {
                for piece in text.split(',') {
                    if !piece.contains("ORGANI") {
                        to.extend(body::names(registry, piece));
                    }
                }
                to.extend(body::names(registry, &list));
            }
            None => {
                if collective_with_note.is_some() {
                    warnings.push(Warning::new(
                        "for_action",
                        "the title refers to a footnote that lists the recipients, and the footnote was not found",
                        Some(&text),
                    ));
                    doubts.push("the footnote that lists the recipients is missing".to_string());
                }
                to = body::names(registry, &text);
            }
        }
    }
    rec.cc = copies.iter().flat_map(|c| body::names(registry, c)).collect();

    // The tail: Status, Contact, E-mail.
    let tail = Fields(Labels::new(TAIL_LABELS).scan(&segs[body_start..], &[]));
    let tail_at = tail.0.first().map_or(segs.len(), |f| f.seg + body_start);
    match tail.value("status") {
        Some(status) => match purposes(registry, &status, &to) {
            Some((a, c, inf)) => {
                rec.for_action = a;
                rec.for_comment = c;
                rec.for_information = inf;
            }
            None => {
                warnings.push(Warning::new(
                    "for_information",
                    "could not read the purpose in the status; recipients taken as for information",
                    Some(&status),
                ));
                rec.for_information = to;
            }
        },
        None => {
            warnings.push(Warning::new(
                "for_information",
                "no Status: says what the statement asks; recipients taken as for information",
                None,
            ));
            doubts.push("no Status line says what is asked of the recipients".to_string());
            rec.for_information = to;
        }
    }
    // The same contact, e-mail and telephone lines as the ITU header's, read the same way.
    rec.contacts = crate::itu::contacts(&tail);
    if let Some(f) = tail.get("attachments") {
        rec.attachments = f.values.iter().map(|v| v.trim().to_string()).filter(|v| !is_none_value(v)).collect();
    }

    let body_block = segs.get(body_start).map_or(doc.blocks.len(), |s| s.block);
    let tail_block = segs.get(tail_at).map_or(doc.blocks.len(), |s| s.block);
    rec.body = doc.text_of(body_block..tail_block.max(body_block));
    let paragraphs: Vec<&str> = rec.body.split("\n\n").collect();
    rec.requests = body::requests(&paragraphs);
    let own: Vec<String> = rec.doc_number.iter().cloned().collect();
    let own_base: Vec<String> = own.iter().map(|d| d.trim_end_matches("-E").to_string()).collect();
    let keep = |v: Vec<String>| -> Vec<String> {
        v.into_iter().filter(|n| !own.contains(n) && !own_base.contains(n) && !n.contains("/TEMP/")).collect()
    };
    rec.cited = keep(body::cited_numbers(&rec.body));
    if rec.kind == LsKind::Reply {
        let mut out: Vec<String> = Vec::new();
        for s in body::reply_sentences(&rec.body) {
            for n in keep(body::cited_numbers(&s)) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        rec.response_to = out;
    }
    if rec.deadline.is_none()
        && let Some((d, quote)) = prose_deadline(&rec.body)
    {
        rec.deadline = Some(d);
        warnings.push(Warning::new("deadline", "deadline read from the text (no Deadline label)", Some(&quote)));
    }
    if rec.contacts.is_empty() {
        doubts.push("no contact".to_string());
    }
    Some(Reading { record: rec, warnings, doubts })
}

/// The text of footnote `mark`: a line that starts with the mark after the title, and the lines
/// that continue it.
fn footnote_text(segs: &[Seg], from: usize, mark: &str) -> Option<String> {
    let at = segs[from..].iter().position(|s| {
        let t = s.text.trim_start();
        t.strip_prefix(mark).is_some_and(|rest| rest.starts_with([' ', '\t']) && rest.trim().len() > 3)
    })? + from;
    let mut text = segs[at].text.trim()[mark.len()..].trim().to_string();
    for s in &segs[at + 1..] {
        let t = s.text.trim();
        if s.blank || t.is_empty() || t.starts_with('-') || t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        text.push(' ');
        text.push_str(t);
    }
    Some(text.trim_end_matches('.').to_string())
}

/// A deadline written in a sentence ("... by 16:00 hours UTC, 11 November 2013"): the date of a
/// sentence that asks for a reply or comments by, before or no later than a day.
pub fn prose_deadline(text: &str) -> Option<(chrono::NaiveDate, String)> {
    for s in body::sentences(text) {
        let lower = s.to_lowercase();
        let asks = ["reply", "response", "respond", "comments", "views", "deadline", "input"]
            .iter()
            .any(|w| lower.contains(w));
        let by = [" by ", "before ", "no later than", "not later than", "deadline"].iter().any(|w| lower.contains(w));
        if !(asks && by) {
            continue;
        }
        let spans = find_all(&s);
        if let [span] = spans.as_slice()
            && span.start == span.end
            && let Some(d) = parse_date(&s[span.range.clone()])
        {
            return Some((d, s.clone()));
        }
    }
    None
}
