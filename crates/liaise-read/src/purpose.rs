//! What a statement asks of the recipients it lists only under "To", and by when, read from the
//! signs every layout leaves: a "For: Action" or "Action requested:" line, a response deadline,
//! a sentence that asks for an answer.
//!
//! Layout readers take a To list without a purpose as for information, which is right for a
//! statement that asks nothing. A statement that sets a response deadline, or whose "Action
//! requested" line asks for a review, asks for action whatever its layout calls the labels.

use crate::Reading;
use crate::labels::Fields;
use liaise_core::Warning;
use liaise_core::date::parse_date;
use liaise_core::registry::Registry;

/// Words of a purpose line that ask for something done ("Please review ...", "SA2 and CT4 are
/// asked to answer ...").
const ASKING: &[&str] = &[
    "review",
    "comment",
    "answer",
    "respond",
    "reply",
    "provide",
    "consider",
    "confirm",
    "asked",
    "requested",
    "please",
    "take into account",
    "feedback",
    "action",
];

/// Sentences of the body that ask the recipients for something, in any wording a letter uses.
const REQUESTS: &[&str] = &[
    "would be grateful if",
    "would appreciate",
    "kindly asks",
    "kindly requests",
    "would like to ask",
    "would like to request",
    "is asked to",
    "are asked to",
    "is invited to",
    "are invited to",
    "is requested to",
    "are requested to",
    "we ask ",
    "we request",
];

/// Fills the deadline and the purpose of a To list that a layout reader left unread.
pub fn complete(reading: &mut Reading, fields: &Fields, registry: &Registry) {
    let record = &mut reading.record;
    if record.deadline.is_none() {
        // A deadline label, even "N/A", is the statement's word: the prose is read only without one.
        if fields.has("deadline") {
            if let Some(v) = fields.value("deadline").filter(|v| !crate::common::is_none_value(v)) {
                record.deadline = parse_date(&v);
                if record.deadline.is_some() {
                    reading.warnings.push(Warning::new("deadline", "deadline read from its label", Some(&v)));
                }
            }
        } else if let Some((d, quote)) = crate::itur::prose_deadline(&record.body) {
            record.deadline = Some(d);
            reading.warnings.push(Warning::new(
                "deadline",
                "deadline read from the text (no Deadline label)",
                Some(&quote),
            ));
        }
    }
    // Only a To list read as for information for want of a purpose is open to change: a list a
    // label or an Actions section assigned is the statement's own word.
    let labelled = ["for_action", "for_comment", "for_information"].iter().any(|f| fields.has(f));
    if labelled || !record.actions.is_empty() || !record.for_action.is_empty() || !record.for_comment.is_empty() {
        return;
    }
    if record.for_information.is_empty() {
        return;
    }
    let to = record.for_information.clone();
    let stated = fields.all("purpose").map(|f| f.joined(" ")).find(|v| !v.trim().is_empty());
    let mut because: Option<String> = None;
    if let Some(v) = &stated {
        if let Some((a, c, i)) = crate::generic::purposes(registry, v, &to) {
            record.for_action = a;
            record.for_comment = c;
            record.for_information = i;
            settle(reading, "the purpose was read from its label", v);
            return;
        }
        let lower = v.to_lowercase();
        if crate::common::is_none_value(v) || lower.contains("information") || lower.starts_with("no action") {
            settle(reading, "the purpose line asks for no action: recipients for information", v);
            return;
        }
        if ASKING.iter().any(|w| lower.contains(w)) {
            because = Some(v.clone());
        }
    }
    if because.is_none()
        && let Some(d) = record.deadline
    {
        because = Some(format!("a response is asked by {d}"));
    }
    if because.is_none() {
        let head: String = record.body.chars().take(8000).collect();
        because = crate::body::sentences(&head).into_iter().find(|s| {
            let lower = s.to_lowercase();
            REQUESTS.iter().any(|w| lower.contains(w))
        });
    }
    if let Some(why) = because {
        record.for_action = std::mem::take(&mut record.for_information);
        settle(
            reading,
            "no purpose label: the recipients are taken as for action, as the statement asks for an answer",
            &why,
        );
    }
}

/// Records why the purpose was settled and withdraws the doubt that it was not stated.
fn settle(reading: &mut Reading, message: &str, quote: &str) {
    reading.doubts.retain(|d| d != crate::generic::PURPOSE_NOT_STATED);
    reading.warnings.retain(|w| w.message != crate::generic::TO_WITHOUT_PURPOSE);
    reading.warnings.push(Warning::new("for_action", message, Some(&liaise_core::truncate_chars(quote, 160))));
}
