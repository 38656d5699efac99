//! Liaison statements as the IETF datatracker publishes them: the detail page (saved as HTML or
//! copied as text: "State", "Submitted Date", "From Group", "From Contact", "To Group", "To Contacts",
//! "Cc", "Response Contact", "Technical Contact", "Purpose", "Deadline", "Attachments", "Body"),
//! and the notification e-mail ("Title:", "Submission Date:", "Please reply by", "From:", "To:",
//! "Cc:", "Response Contact:", "Technical Contact:", "Purpose:", "Body:", "Attachments:").

use crate::body;
use crate::common::{email_list, find_email, is_none_value};
use crate::doc::Seg;
use crate::labels::{Fields, LabelSpec, Labels};
use liaise_core::date::parse_date;
use liaise_core::registry::Registry;
use liaise_core::{Contact, Layout, LsKind, LsRecord, Warning};

pub const LABELS: &[LabelSpec] = &[
    LabelSpec::new("title", &["Title", "Liaison Statement", "Liaison title"]),
    LabelSpec::new("state", &["State"]).bare(),
    // A page copied with one space between label and value ("To Group(s) httpbis, WIT"): the
    // labels of two words and more are distinctive enough to end at a space.
    LabelSpec::new("submitted", &["Submitted Date", "Submission Date", "Posted Date"]).bare().spaced(),
    LabelSpec::new("submitted", &["Submitted"]).bare(),
    LabelSpec::new("url", &["URL of the IETF Web page"]),
    LabelSpec::new("reply_by", &["Please reply by"]).bare().spaced(),
    LabelSpec::new("from_group", &["From Group(s)", "From Groups", "From Group"]).bare().spaced(),
    LabelSpec::new("from_group", &["From"]).bare(),
    LabelSpec::new("from_contact", &["From Contact(s)", "From Contacts", "From Contact"]).bare().spaced(),
    LabelSpec::new("to_group", &["To Group(s)", "To Groups", "To Group"]).bare().spaced(),
    LabelSpec::new("to_group", &["To"]).bare(),
    LabelSpec::new("to_contacts", &["To Contact(s)", "To Contacts", "To Contact"]).bare().spaced(),
    LabelSpec::new("cc", &["Cc Contacts"]).bare().spaced(),
    LabelSpec::new("cc", &["Cc"]).bare(),
    LabelSpec::new("response_contact", &["Response Contact(s)", "Response Contacts", "Response Contact"])
        .bare()
        .spaced(),
    LabelSpec::new("action_taken", &["Action Taken"]).bare(),
    LabelSpec::new("technical_contact", &["Technical Contact(s)", "Technical Contacts", "Technical Contact"])
        .bare()
        .spaced(),
    LabelSpec::new("action_holder", &["Action Holder Contacts", "Action Holder Contact"]).bare().spaced(),
    LabelSpec::new("purpose", &["Purpose"]).bare(),
    LabelSpec::new("deadline", &["Deadline"]).bare(),
    LabelSpec::new(
        "referenced",
        &[
            "Referenced liaison",
            "Liaisons referred by this one",
            "Liaisons referring to this one",
            "Liaisons referring to this",
        ],
    )
    .bare(),
    LabelSpec::new("other_ids", &["Other Identifiers", "Other Identifier"]).bare(),
    LabelSpec::new("attachments", &["Attachments"]).bare(),
    LabelSpec::new("body", &["Body"]).bare().to_end(),
];

pub const DISTINCTIVE: &[&str] = &[
    "state",
    "submitted",
    "url",
    "reply_by",
    "from_group",
    "from_contact",
    "to_contacts",
    "purpose",
    "technical_contact",
    "response_contact",
    "body",
];

/// The layout's labels, built once: every document is scanned with them.
pub fn labels() -> &'static Labels {
    static ALL: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| Labels::new(LABELS));
    &ALL
}

/// The labels to scan: everything up to "Body", then only "Attachments" (the e-mail form puts it
/// after the body). Pages copied as text write each field on one line, the value after the
/// label and a space ("From Group ITU-T-SG-15", "Submission date    January 27, 2006"): in the
/// head of the page those lines are split at the label first.
pub fn scan(segs: &[Seg]) -> Fields {
    let labels = labels();
    let split = one_line_fields(labels, segs);
    Fields(labels.scan(split.as_deref().unwrap_or(segs), &["attachments"]))
}

/// The segments with every one-line field of the page's head written "Label<TAB>value", or
/// `None` when the page has none. The head starts at the first such line and ends at the
/// "Body" label, or at the first blank line after three fields.
fn one_line_fields(labels: &Labels, segs: &[Seg]) -> Option<Vec<Seg>> {
    let mut changes: Vec<(usize, String)> = Vec::new();
    let mut fields = 0;
    for (i, seg) in segs.iter().enumerate() {
        if seg.blank {
            if fields >= 3 {
                break;
            }
            continue;
        }
        if seg.row.is_some() {
            continue;
        }
        if let Some((spec, _)) = labels.match_line(&seg.text) {
            fields += 1;
            if spec.field == "body" {
                break;
            }
            continue;
        }
        let Some((spec, spelling)) = LABELS
            .iter()
            // "Liaison statement   History" is page navigation; a title has a colon or a line.
            .filter(|spec| spec.field != "title")
            .flat_map(|spec| spec.spellings.iter().map(move |sp| (spec, *sp)))
            .filter(|(_, sp)| {
                seg.text.get(..sp.len()).is_some_and(|h| h.eq_ignore_ascii_case(sp))
                    && seg.text[sp.len()..].starts_with(' ')
            })
            .max_by_key(|(_, sp)| sp.len())
        else {
            continue;
        };
        // "To be noted" is prose; a field's value starts with something a value starts with.
        let rest = seg.text[spelling.len()..].trim();
        if rest.is_empty() || (spec.field == "to_group" && rest.split_whitespace().count() > 6) {
            continue;
        }
        changes.push((i, format!("{spelling}\t{rest}")));
        fields += 1;
        if spec.field == "body" {
            break;
        }
    }
    // Most pages need no change: copy the segments only when one does.
    if changes.is_empty() {
        return None;
    }
    let mut out = segs.to_vec();
    for (i, text) in changes {
        out[i].text = text;
    }
    Some(out)
}

/// Splits "ITU-T SG 13 (Jane Doe <jane@itu.int>)" into the group and the contact in parentheses.
fn group_and_contact(text: &str, role: &str) -> (String, Vec<Contact>) {
    match (text.find('('), text.rfind(')')) {
        (Some(open), Some(close)) if close > open => {
            let contacts = email_list(&text[open + 1..close], role);
            (text[..open].trim().to_string(), contacts)
        }
        _ => (text.trim().to_string(), Vec::new()),
    }
}

/// Reads a datatracker statement.
pub fn read(segs: &[Seg], fields: Fields, registry: &Registry) -> (LsRecord, Vec<Warning>) {
    let mut rec = LsRecord { layout: Layout::Ietf, ..LsRecord::default() };
    let mut warnings = Vec::new();

    // "Liaison statement<TAB>History" is the page's navigation, not a labelled title.
    rec.title = fields
        .value("title")
        .filter(|t| !NAV.contains(&t.to_lowercase().as_str()))
        .unwrap_or_else(|| page_title(segs, &fields).unwrap_or_default());
    rec.state = fields.value("state");
    rec.submitted = fields.value("submitted").and_then(|v| parse_date(&v));
    rec.reference = fields.value("url");
    rec.purpose = fields.value("purpose");
    rec.doc_number = fields.value("other_ids").filter(|v| !is_none_value(v));

    let mut contacts = Vec::new();
    if let Some(f) = fields.get("from_group") {
        let (group, c) = group_and_contact(&f.joined(", "), "from");
        rec.source_as_written = (!group.is_empty()).then_some(group);
        contacts.extend(c);
    }
    for (field, role) in [
        ("from_contact", "from"),
        ("to_contacts", "to"),
        ("cc", "cc"),
        ("response_contact", "response"),
        ("technical_contact", "technical"),
        ("action_holder", "action-holder"),
    ] {
        if let Some(f) = fields.get(field) {
            contacts.extend(email_list(&f.joined("\n"), role));
        }
    }
    // The Cc of a page lists people and lists by name ("The IESG <iesg@...>"): the names that
    // are bodies the registry knows are its copies.
    if let Some(f) = fields.get("cc") {
        for c in email_list(&f.joined("\n"), "cc") {
            let name = c.name.trim();
            if !name.contains('@') && registry.lookup_exact(name).is_some() && !rec.cc.iter().any(|n| n.name == name) {
                rec.cc.push(liaise_core::NameRef::same(name));
            }
        }
    }
    let mut to_names = Vec::new();
    if let Some(f) = fields.get("to_group") {
        let (group, c) = group_and_contact(&f.joined(", "), "to");
        to_names = body::names(registry, &group);
        contacts.extend(c);
    } else if let Some(to) = to_in_title(&rec.title, registry) {
        // Legacy pages have no To line: the recipient is in the title ("Liaison to IETF on ...").
        warnings.push(Warning::new("to_group", "no To Group; the recipient was read from the title", Some(&rec.title)));
        to_names = to;
    } else {
        warnings.push(Warning::new("to_group", "no To Group, and the title names no recipient", None));
    }
    // The datatracker names a working group by its acronym alone ("spring", "core"), even where
    // the acronym is an English word.
    for n in &mut to_names {
        let ietf = format!("IETF {}", n.name);
        if !registry.is_known(&n.name) && registry.is_known(&ietf) {
            n.name = ietf;
        }
    }
    // A contact named twice (as "From Contact" and again in "From") is kept once.
    let mut seen = Vec::new();
    contacts.retain(|c: &Contact| {
        let key = (c.email.clone().unwrap_or_else(|| c.name.clone()), c.role.clone());
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    rec.contacts = contacts;

    let purpose = rec.purpose.as_deref().unwrap_or("").to_lowercase();
    if purpose.contains("action") {
        rec.for_action = to_names;
    } else if purpose.contains("comment") {
        rec.for_comment = to_names;
    } else {
        if !purpose.contains("information") && !purpose.contains("response") {
            warnings.push(Warning::new(
                "purpose",
                "purpose not recognised; recipients taken as for information",
                rec.purpose.as_deref(),
            ));
        }
        rec.for_information = to_names;
    }
    if purpose.contains("response") {
        rec.kind = LsKind::Reply;
    }

    let deadline_text = fields.value("deadline").or_else(|| fields.value("reply_by"));
    if let Some(v) = deadline_text {
        rec.deadline = parse_date(&v);
        let lower = v.to_lowercase();
        if lower.contains("action taken") {
            rec.action_taken = Some(true);
        } else if lower.contains("action needed") {
            rec.action_taken = Some(false);
        }
        if rec.deadline.is_none() && !is_none_value(&v) {
            warnings.push(Warning::new("deadline", "could not read a date in the deadline", Some(&v)));
        }
    }
    if let Some(v) = fields.value("referenced").filter(|v| !is_none_value(v)) {
        rec.response_to = body::cited_numbers(&v);
        rec.response_to_text = Some(v);
        if purpose.is_empty() || purpose.contains("response") {
            rec.kind = LsKind::Reply;
        }
    }
    if let Some(f) = fields.get("attachments") {
        static NUMBERED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)^(?:\d{1,2}[.)]|attachment\s+\d{1,2}\s*:)\s*").expect("valid regular expression")
        });
        let values: Vec<&str> = f.values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
        // In a numbered list, a line without a number continues the item before it (a long
        // file name wraps); a name cut at a hyphen goes on without a space.
        let numbered = values.iter().any(|v| NUMBERED.is_match(v));
        let mut items: Vec<String> = Vec::new();
        for v in values {
            let lower = v.to_lowercase();
            if is_none_value(v) || lower.starts_with("no document has been attached") || lower == "(none)" {
                continue;
            }
            let starts = !numbered || NUMBERED.is_match(v);
            // A saved page puts a "Download" button beside each file.
            let text = NUMBERED.replace(v, "").trim().trim_end_matches("Download").trim().to_string();
            if text.is_empty() {
                continue;
            }
            match items.last_mut() {
                Some(last) if v.starts_with("http") && !last.contains("http") => last.push_str(&format!(" <{v}>")),
                Some(last) if !starts || last.ends_with('-') => {
                    if !last.ends_with('-') {
                        last.push(' ');
                    }
                    last.push_str(&text);
                }
                _ => items.push(text),
            }
        }
        rec.attachments = items;
    }
    if rec.doc_number.is_none() {
        // The datatracker has no number of its own; the sender's hides in attachment names
        // ("liaison-response-itu-t-SG13-LS999-...", "SP-179999.zip"). Taken only when one number
        // alone is found.
        let mut found: Vec<String> = Vec::new();
        for a in &rec.attachments {
            for n in body::cited_numbers(a) {
                if !found.contains(&n) {
                    found.push(n);
                }
            }
        }
        if let [one] = found.as_slice() {
            rec.doc_number = Some(one.clone());
            warnings.push(Warning::new("doc_number", "document number read from an attachment's name", Some(one)));
        }
    }
    rec.body = match fields.get("body") {
        Some(f) => crate::doc::collapse_blank_lines(&body_without_footer(&f.values).join("\n")),
        // Older pages put the body after the last field, with no label.
        None => {
            let last = fields.0.iter().map(|f| f.last).max().unwrap_or(0);
            let lines: Vec<&str> = segs.iter().skip(last + 1).map(|s| s.text.as_str()).collect();
            crate::doc::collapse_blank_lines(&lines.join("\n"))
        }
    };
    let paragraphs: Vec<&str> = rec.body.split("\n\n").collect();
    rec.requests = body::requests(&paragraphs);
    rec.rapporteurs = body::rapporteurs(&paragraphs, &rec.contacts, registry);
    rec.abstract_text = paragraphs.first().filter(|p| !p.trim().is_empty()).map(|p| p.replace('\n', " "));
    let everything = format!("{}\n{}\n{}", rec.title, rec.response_to_text.as_deref().unwrap_or(""), rec.body);
    rec.cited = body::cited_numbers(&everything).into_iter().filter(|n| Some(n) != rec.doc_number.as_ref()).collect();
    if rec.kind == LsKind::Reply && rec.response_to.is_empty() {
        let from_body: Vec<String> =
            body::reply_sentences(&rec.body).iter().flat_map(|s| body::cited_numbers(s)).collect();
        rec.response_to = from_body;
    }
    if rec.contacts.iter().all(|c| find_email(c.email.as_deref().unwrap_or("")).is_none()) {
        warnings.push(Warning::new("contacts", "no contact e-mail address found", None));
    }
    (rec, warnings)
}

/// The lines of a body up to the page's footer: the body runs to the end of a saved page, and
/// the page ends with a reply button, a rule, logos and links.
fn body_without_footer(lines: &[String]) -> Vec<String> {
    let end = lines
        .iter()
        .position(|l| {
            let t = l.trim();
            t == "---"
                || t == "***"
                || t.eq_ignore_ascii_case("reply to liaison")
                || t.starts_with("[![")
                || t.starts_with("![")
                || t.starts_with("About IETF Datatracker")
        })
        .unwrap_or(lines.len());
    lines[..end].to_vec()
}

/// The recipients a legacy title names ("Liaison to IETF on ...", "LS to the IETF CCAMP WG
/// regarding ..."), when every name is one the registry knows.
pub(crate) fn to_in_title(title: &str, registry: &Registry) -> Option<Vec<liaise_core::NameRef>> {
    static TO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)to\s+(?:the\s+)?(.+?)\s+(?:on|regarding|concerning|about|for)(?-u:\b)")
            .expect("valid regular expression")
    });
    let c = TO.captures(title)?;
    let names = body::names(registry, &c[1]);
    (!names.is_empty() && names.iter().all(|n| registry.is_known(&n.name))).then_some(names)
}

/// The title of a saved detail page: the line after the "Liaison statement" heading.
/// Page navigation ("History", "Edit") that may stand between the heading and the title.
const NAV: &[&str] = &["history", "liaison statement", "liaison statements", "edit", "details", "back", "print"];

fn page_title(segs: &[Seg], fields: &Fields) -> Option<String> {
    let first_label =
        fields.0.iter().find(|f| !NAV.contains(&f.joined(" ").to_lowercase().as_str())).map_or(segs.len(), |f| f.seg);
    let head = &segs[..first_label];
    let at = head.iter().position(|s| s.text.trim().eq_ignore_ascii_case("liaison statement"))?;
    head[at + 1..]
        .iter()
        .map(|s| s.text.trim().trim_start_matches(['|', '*', ' ']).trim_end_matches(['|', ' ']))
        .find(|t| !t.is_empty() && !NAV.contains(&t.to_lowercase().as_str()))
        .map(str::to_string)
}

/// The fields a datatracker statement cannot do without, and which of them are missing.
pub fn missing(segs: &[Seg], fields: &Fields) -> Vec<&'static str> {
    let mut out = Vec::new();
    if fields.value("title").is_none() && page_title(segs, fields).is_none() {
        out.push("Title");
    }
    // A page that gives only a "From Contact" names its group in the title ("LS from ITU-T
    // SG13 on ...") or not at all: it is still a datatracker page.
    if fields.value("from_group").is_none() && fields.value("from_contact").is_none() {
        out.push("From Group");
    }
    if fields.value("to_group").is_none()
        && fields.value("title").and_then(|t| to_in_title(&t, &Registry::default())).is_none()
        && !fields.has("submitted")
    {
        out.push("To Group");
    }
    out
}
