//! Where each field of a reading stands in its document: the line it was read from and how sure
//! the reader is of it, so that a person checks a reading against the text and corrects a field
//! by picking a line instead of retyping it.
//!
//! Evidence is found after reading, from the record and the document's lines: whatever the
//! layout and its reader, a value is looked for in the lines, and its line is "labelled" when a
//! label of its field starts the line (or the line before), "found" when the value stands in a
//! line without its label, and "inferred" when no line holds it as such (a name made from
//! "SGs 2, 3", a date in another form, a title made from a sentence).

use crate::doc::Document;
use liaise_core::LsRecord;
use liaise_core::date::find_all;
use serde::Serialize;

/// How sure the reader is of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sureness {
    /// Read from a line that its field's label starts.
    Labelled,
    /// Found in a line of the text, without its label.
    Found,
    /// In no line as such: the reader made it from other words.
    Inferred,
}

impl Sureness {
    pub fn as_str(self) -> &'static str {
        match self {
            Sureness::Labelled => "labelled",
            Sureness::Found => "found",
            Sureness::Inferred => "inferred",
        }
    }
}

/// One line of a document, numbered from 1 as `review show` prints them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub number: usize,
    pub text: String,
}

/// Where one value of one field came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: String,
    pub value: String,
    /// The line it was read from, if one holds it.
    pub line: Option<usize>,
    pub sure: Sureness,
}

/// The document's lines that hold text, numbered.
pub fn lines(doc: &Document) -> Vec<Line> {
    doc.segments()
        .into_iter()
        .filter(|s| !s.blank && !s.text.trim().is_empty())
        .enumerate()
        .map(|(i, s)| Line { number: i + 1, text: s.text.split_whitespace().collect::<Vec<_>>().join(" ") })
        .collect()
}

/// The words that label each field, in the languages the readers know: a line that starts
/// with one of them holds that field.
fn label_words(field: &str) -> &'static [&'static str] {
    match field {
        "title" => {
            &["title", "subject", "re:", "titre", "título", "название", "العنوان", "标题", "liaison statement", "ls on"]
        }
        "doc_number" => &["document", "ref", "our ref", "tdoc", "doc.", "documento", "документ"],
        "source" => &["source", "from", "origine", "origen", "источник", "المصدر", "来源", "originator", "sender"],
        "for_action" => &[
            "for action",
            "to:",
            "to ",
            "pour suite",
            "pour action",
            "para la adopción",
            "para acción",
            "для принятия",
            "لاتخاذ",
            "供采取",
        ],
        "for_comment" => &[
            "for comment",
            "pour observations",
            "pour commentaires",
            "para comentarios",
            "для комментариев",
            "لإبداء",
            "征求意见",
        ],
        "for_information" => &[
            "for information",
            "for info",
            "pour information",
            "para información",
            "для информации",
            "للعلم",
            "供参考",
            "to:",
            "to ",
        ],
        "cc" => &["cc", "copy", "copie", "copia", "копия"],
        "deadline" => {
            &["deadline", "reply by", "due date", "action due", "date limite", "fecha límite", "срок", "الموعد", "截止"]
        }
        "date" => &["date", "submitted", "posted", "approval", "fecha", "дата"],
        _ => &[],
    }
}

fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The line that holds `value`, and whether its field's label starts it or the line before.
fn locate(lines: &[Line], field: &str, value: &str) -> (Option<usize>, Sureness) {
    let want = folded(value);
    if want.is_empty() {
        return (None, Sureness::Inferred);
    }
    // A long value (a title) may wrap: its first words are enough to find its line.
    let probe: String = want.chars().take(40).collect();
    let labelled = |i: usize| {
        let starts = |l: &Line| {
            let t = folded(&l.text);
            label_words(field).iter().any(|w| t.starts_with(w))
        };
        starts(&lines[i]) || (i > 0 && starts(&lines[i - 1]))
    };
    let holding: Vec<usize> = (0..lines.len()).filter(|&i| folded(&lines[i].text).contains(&probe)).collect();
    if let Some(&i) = holding.iter().find(|&&i| labelled(i)) {
        return (Some(lines[i].number), Sureness::Labelled);
    }
    match holding.first() {
        Some(&i) => (Some(lines[i].number), Sureness::Found),
        None => (None, Sureness::Inferred),
    }
}

/// The line of a date: one whose text holds that date in any form.
fn locate_date(lines: &[Line], field: &str, date: chrono::NaiveDate) -> (Option<usize>, Sureness) {
    let holding: Vec<usize> = (0..lines.len())
        .filter(|&i| find_all(&lines[i].text).iter().any(|s| s.start == date || s.end == date))
        .collect();
    let labelled = holding.iter().find(|&&i| {
        let t = folded(&lines[i].text);
        let before = if i > 0 { folded(&lines[i - 1].text) } else { String::new() };
        label_words(field).iter().any(|w| t.starts_with(w) || before.starts_with(w))
    });
    match (labelled, holding.first()) {
        (Some(&i), _) => (Some(lines[i].number), Sureness::Labelled),
        (None, Some(&i)) => (Some(lines[i].number), Sureness::Found),
        _ => (None, Sureness::Inferred),
    }
}

/// The evidence of every field a record holds.
pub fn evidence(lines: &[Line], record: &LsRecord) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut push = |field: &str, value: String, (line, sure): (Option<usize>, Sureness)| {
        out.push(Evidence { field: field.to_string(), value, line, sure });
    };
    if !record.title.is_empty() {
        push("title", record.title.clone(), locate(lines, "title", &record.title));
    }
    if let Some(n) = &record.doc_number {
        push("doc_number", n.clone(), locate(lines, "doc_number", n));
    }
    if let Some(s) = &record.source_as_written {
        push("source", s.clone(), locate(lines, "source", s));
    }
    for (field, list) in [
        ("for_action", &record.for_action),
        ("for_comment", &record.for_comment),
        ("for_information", &record.for_information),
        ("cc", &record.cc),
    ] {
        for n in list {
            let found = locate(lines, field, &n.written);
            // "3" of "ITU-T SGs 2, 3" is in its line, but the name is the reader's.
            let found =
                if n.written != n.name && found.1 == Sureness::Labelled { (found.0, Sureness::Found) } else { found };
            push(field, n.name.clone(), found);
        }
    }
    if let Some(d) = record.deadline {
        push("deadline", d.to_string(), locate_date(lines, "deadline", d));
    }
    if let Some(d) = record.issued() {
        push("date", d.to_string(), locate_date(lines, "date", d));
    }
    for c in &record.contacts {
        if let Some(e) = &c.email {
            push("contacts", format!("{} <{e}>", c.name), locate(lines, "contacts", e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::from_text;
    use liaise_core::NameRef;

    #[test]
    fn each_field_points_at_its_line() {
        let doc = from_text(
            "Title: LS on video coding\nSource: ITU-T SG16\nFor action to: ITU-T SGs 2, 3\nDeadline: 30 June 2023\n\nWe ask SG16 to reply by 30 June 2023.\n",
        );
        let lines = lines(&doc);
        let rec = LsRecord {
            title: "LS on video coding".into(),
            source_as_written: Some("ITU-T SG16".into()),
            for_action: vec![NameRef::same("ITU-T SGs 2"), NameRef { written: "3".into(), name: "ITU-T SG3".into() }],
            deadline: chrono::NaiveDate::from_ymd_opt(2023, 6, 30),
            ..LsRecord::default()
        };
        let got: Vec<(String, Option<usize>, Sureness)> =
            evidence(&lines, &rec).into_iter().map(|e| (e.field, e.line, e.sure)).collect();
        assert_eq!(
            got,
            vec![
                ("title".to_string(), Some(1), Sureness::Labelled),
                ("source".to_string(), Some(2), Sureness::Labelled),
                ("for_action".to_string(), Some(3), Sureness::Labelled),
                ("for_action".to_string(), Some(3), Sureness::Found),
                ("deadline".to_string(), Some(4), Sureness::Labelled),
            ]
        );
    }

    #[test]
    fn a_value_in_no_line_is_inferred() {
        let doc = from_text("Dear colleagues,\n\nThank you for your statement.\n");
        let rec = LsRecord { title: "Reply to the liaison statement on X".into(), ..LsRecord::default() };
        let ev = evidence(&lines(&doc), &rec);
        assert_eq!(ev[0].sure, Sureness::Inferred);
        assert_eq!(ev[0].line, None);
    }
}
