//! The last check before a name leaves a reader: text that cannot be the name of a body (label
//! text, a date, a postal address, a telephone number, table markup, a sentence) is taken out of
//! the record's lists with a warning, so that no misread ever reaches the registry.
//!
//! Real statements broke the readers in exactly this way: a flattened table put `Approval: |`,
//! `January 1`, `CA 94583` and `USA |` into recipient lists, and each became an "unknown body".
//! A gap with a warning is better than a guess.

use liaise_core::registry::Registry;
pub use liaise_core::registry::plausible::{collective, implausible};
use liaise_core::{LsRecord, NameRef, Warning};

/// Takes every implausible name out of a record's lists, with a warning quoting it. A name the
/// registry knows is always kept: the registry is the authority on what a body is.
pub fn sanitize(record: &mut LsRecord, registry: &Registry, warnings: &mut Vec<Warning>) {
    let mut check = |list: &mut Vec<NameRef>, field: &str| {
        list.retain(|n| {
            if registry.is_known(&n.name) || collective(&n.name).is_some() {
                return true;
            }
            match implausible(&n.name) {
                None => true,
                Some(why) => {
                    warnings.push(Warning::new(field, format!("not read as a body: {why}"), Some(&n.written)));
                    false
                }
            }
        });
    };
    check(&mut record.for_action, "for_action");
    check(&mut record.for_comment, "for_comment");
    check(&mut record.for_information, "for_information");
    check(&mut record.cc, "cc");
    for row in &mut record.topics {
        check(&mut row.related, "topics");
        check(&mut row.especially, "topics");
    }
    for action in &mut record.actions {
        check(&mut action.to, "actions");
    }
    for to in &mut record.request_to {
        check(to, "requests");
    }
    // "Rapporteur Group meeting for Question 5/2 of ITU-D Study Group 2": a meeting of a
    // Question speaks for the study group it names.
    if let Some(source) = record.source_as_written.clone()
        && !registry.is_known(&source)
        && let Some(owner) = owner_named_in(&source, registry).or_else(|| known_prefix_of_part(&source, registry))
    {
        record.source_as_written = Some(owner);
    }
    if let Some(source) = record.source_as_written.clone()
        && !registry.is_known(&source)
        && let Some(why) = implausible(&source)
    {
        warnings.push(Warning::new("source", format!("not read as the source: {why}"), Some(&source)));
        record.source_as_written = None;
    }
}

/// The study group a meeting of one of its Questions names ("... Question 5/2 of ITU-D Study
/// Group 2" gives "ITU-D Study Group 2"), when the registry knows it.
fn owner_named_in(text: &str, registry: &Registry) -> Option<String> {
    static OF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)Questions?\s+\d+/\d+(?:\s*(?:,|and)\s*\d+/\d+)*\s+of\s+(.+?)\s*$")
            .expect("valid regular expression")
    });
    let body = OF.captures(text)?.get(1)?.as_str().trim().trim_end_matches(['.', ',']);
    registry.is_known(body).then(|| body.to_string())
}

/// "Broadband Forum Fiber Access Networks Work Area": a part of a known body the registry does
/// not list (its last words say it is a part) speaks for the body, the longest known prefix.
fn known_prefix_of_part(text: &str, registry: &Registry) -> Option<String> {
    const PARTS: &[&str] = &[
        "work area",
        "area",
        "working group",
        "work group",
        "task force",
        "project",
        "committee",
        "team",
        "work stream",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words.join(" ").to_lowercase();
    if !PARTS.iter().any(|p| lower.ends_with(p)) {
        return None;
    }
    (1..words.len()).rev().map(|n| words[..n].join(" ")).find(|prefix| registry.is_known(prefix))
}
