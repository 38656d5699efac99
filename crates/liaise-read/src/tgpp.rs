//! The 3GPP liaison template: the meeting line with the TDoc number, the place and dates, the
//! labelled lines (Title, Response to, Release, Work Item, Source, To, Cc, Contact Person with Name
//! and E-mail Address, Send any reply LS to, Attachments), then the numbered sections "1. Overall
//! Description", "2. Actions" (addressed "To X group." with "ACTION:" paragraphs) and "3. Dates of
//! next meetings".

use crate::body;
use crate::common::{find_email, is_none_value, meeting_from};
use crate::doc::Seg;
use crate::labels::{Fields, LabelSpec, Labels};
use liaise_core::registry::Registry;
use liaise_core::{ActionItem, Contact, Layout, LsKind, LsRecord, NameRef, Warning};
use regex::Regex;
use std::sync::LazyLock;

pub const LABELS: &[LabelSpec] = &[
    LabelSpec::new("title", &["Title"]),
    LabelSpec::new("response_to", &["Response to", "Response"]),
    LabelSpec::new("release", &["Release"]),
    LabelSpec::new("work_item", &["Work Items", "Work Item"]),
    LabelSpec::new("source", &["Source", "From"]),
    LabelSpec::new("to", &["To"]),
    LabelSpec::new("cc", &["Cc"]),
    LabelSpec::new("contact_person", &["Contact Person", "Contact Persons"]),
    // Not the template's label but seen in its place; not distinctive of 3GPP.
    LabelSpec::new("contact", &["Contact", "Contacts"]),
    LabelSpec::new("name", &["Name"]),
    LabelSpec::new("email", &["E-mail Address", "Email Address", "E-mail", "Email"]),
    LabelSpec::new("tel", &["Tel. Number", "Tel Number", "Tel.", "Tel"]),
    LabelSpec::new("send_reply", &["Send any reply LS to", "Send any reply to"]),
    LabelSpec::new("attachments", &["Attachments", "Attachment"]),
];

pub const DISTINCTIVE: &[&str] = &["response_to", "release", "work_item", "contact_person", "send_reply", "to"];

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(\d)\s*\.?\s*(overall\s+description|actions?|dates?\s+of\s+(?:the\s+)?next(?-u:\b).*?)\s*:?\s*$",
    )
    .expect("valid regular expression")
});
static TDOC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)[SRCG][1-6P]-\d{6,7}(?-u:\b)").expect("valid regular expression"));
static MEETING_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(3GPP\s+TSG[\w\s-]*?(?:Meeting|#)\s*#?\s*[\w.-]+)").expect("valid regular expression")
});
static ACTION_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^to\s+(.+?)(?:\s+(?:working\s+)?groups?)?\s*[.:]?\s*$").expect("valid regular expression")
});
static ACTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^action\s*:\s*(.*)$").expect("valid regular expression"));

/// Where the numbered sections start, if they do.
pub fn first_section(segs: &[Seg]) -> Option<usize> {
    segs.iter().position(|s| !s.blank && SECTION.is_match(&s.text))
}

/// The layout's labels, built once: every document is scanned with them.
pub fn labels() -> &'static Labels {
    static ALL: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| Labels::new(LABELS));
    &ALL
}

/// Reads a statement in the 3GPP layout.
pub fn read(segs: &[Seg], registry: &Registry) -> (LsRecord, Vec<Warning>) {
    let mut rec = LsRecord { layout: Layout::ThreeGpp, ..LsRecord::default() };
    let mut warnings = Vec::new();
    let sections_at = first_section(segs).unwrap_or(segs.len());
    let header_segs = &segs[..sections_at];
    let fields = Fields(labels().scan(header_segs, &[]));
    let first_label = fields.0.first().map_or(header_segs.len(), |f| f.seg);

    // The lines above the labels: meeting name and TDoc, then place and dates.
    let preamble: Vec<&str> = header_segs[..first_label].iter().filter(|s| !s.blank).map(|s| s.text.as_str()).collect();
    for line in &preamble {
        let lower = line.to_lowercase();
        if rec.doc_number.is_none() && !lower.contains("revision of") && !lower.contains("revised") {
            rec.doc_number = TDOC.find(line).map(|m| m.as_str().to_string());
        }
    }
    let meeting_name = preamble
        .iter()
        .find_map(|l| MEETING_NAME.captures(l).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string()));
    let mut meeting = preamble.iter().find_map(|l| meeting_from(&TDOC.replace_all(l, "")));
    if let Some(m) = meeting.as_mut() {
        if let (Some(name), Some(place)) = (&meeting_name, &m.place) {
            // The place line may repeat the meeting name when it shares the line.
            if place.contains(name.as_str()) {
                m.place = Some(place.replace(name.as_str(), "").trim().trim_matches([',', ' ']).to_string());
            }
        }
        m.name.clone_from(&meeting_name);
    } else if meeting_name.is_some() {
        meeting = Some(liaise_core::Meeting { name: meeting_name, ..Default::default() });
    }
    rec.meeting = meeting;

    rec.title = fields.value("title").unwrap_or_default();
    if let Some(v) = fields.value("response_to").filter(|v| !is_none_value(v)) {
        rec.response_to = body::cited_numbers(&v);
        rec.response_to_text = Some(v);
        rec.kind = LsKind::Reply;
    }
    rec.release = fields.value("release").filter(|v| !is_none_value(v));
    rec.work_item = fields.value("work_item").filter(|v| !is_none_value(v));
    // "From: ETSI TC BRAN" then "Source: Documents BRAN(25)...": the source is the group, not
    // the documents the statement was made from.
    rec.source_as_written = fields
        .all("source")
        .map(|f| f.joined(" "))
        .find(|v| !v.trim().is_empty() && !v.trim_start().to_lowercase().starts_with("document"))
        .map(|v| v.trim().to_string());
    rec.send_reply_to = fields.value("send_reply");
    let to = fields.get("to").map(|f| body::names(registry, &f.joined(", "))).unwrap_or_default();
    rec.cc = fields
        .get("cc")
        .map(|f| f.joined(", "))
        .filter(|v| !is_none_value(v))
        .map(|v| body::names(registry, &v))
        .unwrap_or_default();
    rec.contacts = contacts(&fields);
    if rec.contacts.is_empty() {
        warnings.push(Warning::new("contacts", "no contact person found", None));
    }
    if let Some(f) = fields.get("attachments") {
        rec.attachments = f
            .values
            .iter()
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_string())
            .filter(|v| !is_none_value(v))
            .collect();
    }

    // The numbered sections.
    let mut description = Vec::new();
    let mut actions_lines = Vec::new();
    let mut dates_lines = Vec::new();
    let mut current = 0u8;
    for s in &segs[sections_at..] {
        if let Some(c) = SECTION.captures(&s.text) {
            let title = c.get(2).map_or("", |m| m.as_str()).to_lowercase();
            current = if title.starts_with("overall") {
                1
            } else if title.starts_with("action") {
                2
            } else {
                3
            };
            continue;
        }
        match current {
            1 => description.push(s.text.clone()),
            2 => actions_lines.push(s),
            _ => dates_lines.push(s.text.clone()),
        }
    }
    let description = crate::doc::collapse_blank_lines(&description.join("\n"));
    rec.abstract_text = (!description.is_empty()).then(|| description.clone());
    rec.actions = actions(&actions_lines, registry);
    rec.next_meetings = dates_lines.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    let actions_text: Vec<String> = rec.actions.iter().map(|a| a.text.clone()).collect();
    rec.body = crate::doc::collapse_blank_lines(&format!(
        "1. Overall Description:\n{description}\n\n2. Actions:\n{}\n\n3. Dates of next meetings:\n{}",
        if actions_text.is_empty() { "None.".to_string() } else { actions_text.join("\n") },
        rec.next_meetings.join("\n")
    ));

    // Requests: what each action asks, addressed as the action is; else what the description asks.
    for a in &rec.actions {
        let asked = body::requests(&[a.text.as_str()]);
        let asked = if asked.is_empty() { vec![a.text.clone()] } else { asked };
        for r in asked {
            if !rec.requests.contains(&r) {
                rec.requests.push(r);
                rec.request_to.push(a.to.clone());
            }
        }
    }
    if rec.request_to.iter().all(Vec::is_empty) {
        rec.request_to.clear();
    }
    if rec.requests.is_empty() {
        rec.requests = body::requests(&[description.as_str()]);
    }
    rec.rapporteurs = body::rapporteurs(&[description.as_str()], &rec.contacts, registry);

    // To recipients addressed by an action are for action; the others for information.
    let addressed = |n: &NameRef| {
        rec.actions
            .iter()
            .any(|a| a.to.is_empty() || a.to.iter().any(|t| crate::common::same_body(registry, &t.name, &n.name)))
    };
    let (for_action, for_information): (Vec<NameRef>, Vec<NameRef>) = to.into_iter().partition(|n| addressed(n));
    rec.for_action = for_action;
    rec.for_information = for_information;

    let everything = format!("{}\n{}\n{}", rec.title, rec.response_to_text.as_deref().unwrap_or(""), rec.body);
    rec.cited = body::cited_numbers(&everything).into_iter().filter(|n| Some(n) != rec.doc_number.as_ref()).collect();
    if rec.doc_number.is_none() {
        warnings.push(Warning::new("doc_number", "no TDoc number found above the title", None));
    }
    (rec, warnings)
}

/// Reads the "Actions" section: "To SA2 group." sets the addressee; "ACTION:" starts an action,
/// which runs on until the next addressee, action or blank line.
fn actions(lines: &[&Seg], registry: &Registry) -> Vec<ActionItem> {
    let mut out: Vec<ActionItem> = Vec::new();
    let mut to: Vec<NameRef> = Vec::new();
    let mut open = false;
    for s in lines {
        let text = s.text.trim();
        if s.blank || text.is_empty() {
            open = false;
            continue;
        }
        if let Some(c) = ACTION.captures(text) {
            out.push(ActionItem { to: to.clone(), text: c.get(1).map_or("", |m| m.as_str()).trim().to_string() });
            open = true;
        } else if let Some(c) = ACTION_TO.captures(text).filter(|_| text.split_whitespace().count() <= 12) {
            to = body::names(registry, c.get(1).map_or("", |m| m.as_str()));
            open = false;
        } else if open && let Some(last) = out.last_mut() {
            last.text.push(' ');
            last.text.push_str(text);
        }
    }
    // "ACTION: None." (often with why: "None. This LS is sent to TSG CT for information") asks
    // nothing; its addressees are for information.
    out.retain(|a| {
        let first = a.text.split(['.', ';']).next().unwrap_or("");
        !is_none_value(&a.text) && !is_none_value(first)
    });
    out
}

fn contacts(fields: &Fields) -> Vec<Contact> {
    let mut out: Vec<Contact> = Vec::new();
    for f in &fields.0 {
        match f.field {
            "contact_person" | "contact" => {
                let v = f.joined(" ");
                if !v.is_empty() {
                    let email = find_email(&v);
                    let name = email.as_ref().map_or(v.clone(), |e| v.replace(e.as_str(), ""));
                    let name = name.trim().trim_matches([',', '(', ')', '<', '>', ' ']).to_string();
                    if !name.is_empty() {
                        out.push(Contact { name, email, ..Contact::default() });
                    }
                }
            }
            "name" => {
                if let Some(v) = fields_value(f) {
                    out.push(Contact { name: v, ..Contact::default() });
                }
            }
            "email" => {
                if let (Some(c), Some(e)) = (out.last_mut(), find_email(&f.joined(" "))) {
                    c.email.get_or_insert(e);
                }
            }
            "tel" => {
                if let (Some(c), Some(v)) = (out.last_mut(), fields_value(f)) {
                    c.phone.get_or_insert(v);
                }
            }
            _ => {}
        }
    }
    out
}

fn fields_value(f: &crate::labels::Field) -> Option<String> {
    let v = f.joined(" ");
    (!is_none_value(&v)).then_some(v)
}

/// The fields a 3GPP statement cannot do without, and which of them are missing.
pub fn missing(fields: &Fields) -> Vec<&'static str> {
    let mut out = Vec::new();
    if fields.value("title").is_none() {
        out.push("Title");
    }
    if fields.value("source").is_none() {
        out.push("Source");
    }
    if fields.value("to").is_none() {
        out.push("To");
    }
    out
}
