//! A record as Markdown, in the draft format: a header block a person can edit and give back to
//! `liaise ls new --from`, then the body.

use crate::body::{Block, blocks_with};
use crate::meeting_text;
use liaise_core::{LsRecord, NameRef};

fn names(list: &[NameRef]) -> String {
    list.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// One line of a header block: no line breaks inside a value.
fn line(out: &mut String, key: &str, value: &str) {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if !v.is_empty() {
        out.push_str(&format!("{key}: {v}\n"));
    }
}

/// Writes a record as Markdown.
pub fn to_markdown(rec: &LsRecord) -> String {
    to_markdown_with(rec, &[])
}

/// Writes a record as Markdown, the body's lines that are `headings` as `#` headings.
pub fn to_markdown_with(rec: &LsRecord, headings: &[(u8, String)]) -> String {
    let mut out = String::from("---\n");
    line(&mut out, "title", &rec.title);
    line(&mut out, "document", rec.doc_number.as_deref().unwrap_or(""));
    line(&mut out, "source", rec.source_as_written.as_deref().unwrap_or(""));
    line(&mut out, "group", rec.source_name.as_deref().unwrap_or(""));
    line(&mut out, "sector", rec.sector.as_deref().unwrap_or(""));
    line(&mut out, "study period", rec.study_period.as_deref().unwrap_or(""));
    line(&mut out, "questions", &rec.questions.join(", "));
    line(&mut out, "ref", rec.reference.as_deref().unwrap_or(""));
    if let Some(m) = &rec.meeting {
        line(&mut out, "place", m.place.as_deref().unwrap_or(""));
        let dates = liaise_core::Meeting { place: None, ..m.clone() };
        line(&mut out, "meeting", &meeting_text(&dates).unwrap_or_default());
    }
    line(&mut out, "for action", &names(&rec.for_action));
    line(&mut out, "for comment", &names(&rec.for_comment));
    line(&mut out, "for information", &names(&rec.for_information));
    line(&mut out, "approval", rec.approval.as_deref().unwrap_or(""));
    line(&mut out, "deadline", &rec.deadline.map(|d| d.to_string()).unwrap_or_default());
    for c in &rec.contacts {
        let parts: Vec<&str> = std::iter::once(c.name.as_str())
            .chain(c.organization.as_deref())
            .chain(c.country.as_deref())
            .chain(c.email.as_deref())
            .chain(c.phone.as_deref())
            .collect();
        line(&mut out, "contact", &parts.join(", "));
    }
    line(&mut out, "response to", &rec.response_to.join(", "));
    line(&mut out, "attachments", &rec.attachments.join(", "));
    line(&mut out, "abstract", rec.abstract_text.as_deref().unwrap_or(""));
    out.push_str("---\n\n");
    for b in blocks_with(&rec.body, headings) {
        match b {
            Block::Heading { level, text } => {
                out.push_str(&format!("{} {text}\n", "#".repeat(usize::from(level))));
            }
            Block::Paragraph(t) | Block::Item(t) => {
                out.push_str(&t);
                out.push('\n');
            }
            Block::Blank => out.push('\n'),
            Block::Table(rows) => {
                for (i, r) in rows.iter().enumerate() {
                    out.push_str(&format!("| {} |\n", r.join(" | ")));
                    if i == 0 {
                        out.push_str(&format!("|{}\n", " --- |".repeat(r.len())));
                    }
                }
            }
        }
    }
    out
}
