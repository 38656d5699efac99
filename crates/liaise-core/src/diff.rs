//! What changed between two readings of one statement, said as a person would say it:
//! "deadline 2023-06-30 -> 2023-07-31", "IEC TC 100 no longer for action".

use crate::model::{LsRecord, NameRef};

/// The changes from `old` to `new`, one sentence each; empty when the records are equal.
pub fn changes(old: &LsRecord, new: &LsRecord) -> Vec<String> {
    let mut out = Vec::new();
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
    let mut scalar = |what: &str, a: String, b: String| {
        if a != b {
            out.push(format!("{what} {} -> {}", quote(&a), quote(&b)));
        }
    };
    scalar("title", old.title.clone(), new.title.clone());
    scalar("document number", opt(&old.doc_number), opt(&new.doc_number));
    scalar("source", opt(&old.source_as_written), opt(&new.source_as_written));
    scalar(
        "deadline",
        old.deadline.map_or("(none)".into(), |d| d.to_string()),
        new.deadline.map_or("(none)".into(), |d| d.to_string()),
    );
    scalar("approval", opt(&old.approval), opt(&new.approval));
    scalar("kind", old.kind.as_str().into(), new.kind.as_str().into());
    for (what, a, b) in [
        ("for action", &old.for_action, &new.for_action),
        ("for comment", &old.for_comment, &new.for_comment),
        ("for information", &old.for_information, &new.for_information),
        ("in copy", &old.cc, &new.cc),
    ] {
        // Names as the document wrote them: what a person compares with the file.
        let names = |l: &[NameRef]| l.iter().map(|n| n.written.clone()).collect::<Vec<_>>();
        let (a, b) = (names(a), names(b));
        for gone in a.iter().filter(|n| !b.contains(n)) {
            out.push(format!("{gone} no longer {what}"));
        }
        for came in b.iter().filter(|n| !a.contains(n)) {
            out.push(format!("{came} now {what}"));
        }
    }
    let count = |what: &str, a: usize, b: usize, out: &mut Vec<String>| {
        if a != b {
            out.push(format!("{what}: {a} -> {b}"));
        }
    };
    if old.requests != new.requests {
        count("requests", old.requests.len(), new.requests.len(), &mut out);
        if old.requests.len() == new.requests.len() {
            out.push("the requests are worded differently".into());
        }
    }
    let contact_names = |r: &LsRecord| r.contacts.iter().map(|c| (c.name.clone(), c.email.clone())).collect::<Vec<_>>();
    if contact_names(old) != contact_names(new) {
        out.push(format!(
            "contacts: {} -> {}",
            old.contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "),
            new.contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    if old.topics != new.topics {
        out.push(format!(
            "topic table: {} rows -> {} rows (or their bodies changed)",
            old.topics.len(),
            new.topics.len()
        ));
    }
    if old.abstract_text != new.abstract_text {
        out.push("abstract changed".into());
    }
    if old.body != new.body {
        out.push("body changed".into());
    }
    // Every other field, by its JSON form, so that no change goes unsaid.
    let (Ok(a), Ok(b)) = (serde_json::to_value(old), serde_json::to_value(new)) else { return out };
    if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
        const SAID: &[&str] = &[
            "title",
            "doc_number",
            "source",
            "source_as_written",
            "deadline",
            "approval",
            "kind",
            "for_action",
            "for_comment",
            "for_information",
            "cc",
            "requests",
            "contacts",
            "topics",
            "abstract",
            "abstract_text",
            "body",
        ];
        let mut keys: Vec<&String> = a.keys().chain(b.keys()).filter(|k| !SAID.contains(&k.as_str())).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            if a.get(k) != b.get(k) {
                out.push(format!("{} changed", k.replace('_', " ")));
            }
        }
    }
    out
}

fn quote(s: &str) -> String {
    if s.contains(' ') || s.is_empty() { format!("\"{}\"", crate::truncate_chars(s, 80)) } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn issue9_item13_a_reimport_says_what_changed() {
        let old = LsRecord {
            title: "LS on codecs".into(),
            deadline: NaiveDate::from_ymd_opt(2023, 6, 30),
            for_action: vec![NameRef::same("IEC TC 100"), NameRef::same("W3C")],
            ..LsRecord::default()
        };
        assert!(changes(&old, &old).is_empty());
        let mut new = old.clone();
        new.deadline = NaiveDate::from_ymd_opt(2023, 7, 31);
        new.for_action.remove(0);
        new.for_information.push(NameRef::same("IEC TC 100"));
        new.next_meetings.push("Geneva, 2023-09".into());
        assert_eq!(
            changes(&old, &new),
            vec![
                "deadline 2023-06-30 -> 2023-07-31",
                "IEC TC 100 no longer for action",
                "IEC TC 100 now for information",
                "next meetings changed",
            ]
        );
    }
}
