//! The reader for statements that follow no template liaise knows well: a letter or a cover
//! sheet with labelled fields (`Title:` or `Subject:`, `Source:` or `From:`, `To:`, `Cc:`,
//! `For:` or `Expected action:`, `Date:`, `Deadline:` or `Action due date:`, `Contact:`,
//! `Reply to:`, `Attachments:`), as JTC 1 N-document cover sheets, IEEE and forum letters,
//! memos and half-recognised ITU documents are written.
//!
//! It reads only what is labelled and leaves the rest empty, with a warning: a statement read
//! by this reader always waits for a person's review before its names reach the registry.

use crate::body;
use crate::common::{contact_from_lines, email_list, find_email, is_none_value};
use crate::doc::{Document, Seg};
use crate::labels::{Fields, LabelSpec, Labels};
use liaise_core::date::parse_date;
use liaise_core::registry::Registry;
use liaise_core::{Contact, Layout, LsKind, LsRecord, NameRef, Warning};
use regex::Regex;
use std::sync::LazyLock;

pub const LABELS: &[LabelSpec] = &[
    LabelSpec::new("title", &["Title", "Subject", "Re", "Concerning"]),
    LabelSpec::new("doc_type", &["Document type", "Document Type", "Type of document"]),
    LabelSpec::new("source", &["Source", "From", "Sender", "Submitted by", "From Group"]),
    LabelSpec::new("to", &["To", "Addressed to", "Recipients", "Recipient", "Attention", "To Group"]),
    LabelSpec::new("cc", &["Cc", "Copy to", "Copy", "Copies to"]),
    LabelSpec::new("for_action", &["For action to", "For action"]),
    LabelSpec::new("for_comment", &["For comment to", "For comments to", "For comment"]),
    LabelSpec::new("for_information", &["For information to", "For info to", "For information"]),
    LabelSpec::new(
        "purpose",
        &["Expected action", "Action requested", "Requested action", "Purpose", "For", "Status", "Action"],
    ),
    LabelSpec::new("date", &["Date", "Submission date", "Submitted", "Posted Date", "Dated"]),
    LabelSpec::new(
        "deadline",
        &[
            "Deadline",
            "Action due date",
            "Due date",
            "Reply by",
            "Response requested by",
            "Please reply by",
            "Response deadline",
            "Reply deadline",
            "Deadline for response",
            "Deadline for reply",
            "Response date",
            "Respond by",
        ],
    ),
    LabelSpec::new(
        "contact",
        &[
            "Contact",
            "Contacts",
            "Contact(s)",
            "Contact details",
            "Contact person",
            "Contact Person",
            "Reply to",
            "Response contact",
            "Technical contact",
        ],
    ),
    LabelSpec::new("email", &["E-mail", "Email", "E-mail address", "Email of convenor", "E-mail of convenor"]),
    LabelSpec::new("tel", &["Tel.", "Tel", "Phone", "Telephone", "Phone number"]),
    LabelSpec::new(
        "ref",
        &["Ref.", "Ref", "Our ref.", "Our ref", "Reference", "Document", "Doc. No.", "Document number"],
    ),
    LabelSpec::new("response_to", &["Response to", "In reply to", "Reply to LS", "Your ref.", "Your ref"]),
    LabelSpec::new(
        "attachments",
        &["Attachments", "Attachment(s)", "Attachment", "Enclosures", "Enclosure", "Annexes", "Annex"],
    ),
    LabelSpec::new("secretariat", &["Secretariat"]),
    LabelSpec::new("approval", &["Approval", "Approved at", "Approved by"]),
    LabelSpec::new("meeting", &["Meeting", "Meeting, date", "Place and date"]),
    LabelSpec::new("question", &["Questions", "Question(s)", "Question"]),
    LabelSpec::new("fax", &["Fax"]),
    LabelSpec::new("pages", &["Pages", "No. of pages", "Number of pages"]),
    LabelSpec::new("abstract", &["Abstract", "Summary"]),
];

static N_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(ISO/IEC\s*JTC\s*1(?:\s*/\s*SC\s*\d+)?(?:\s*/\s*WG\s*\d+)?|ISO/TC\s*\d+(?:/SC\s*\d+)?|IEC/?\s*TC\s*\d+)\s+N\s*(\d{2,6})\s*$")
        .expect("valid regular expression")
});
/// "... liaison statement on metadata for Earth exploration (Document 7C/212), which ...".
static ON_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:liaison\s+statement|LS|letter)\s+(?:[A-Z0-9]+[-/][A-Za-z0-9/-]+\s+)?(?:on|regarding|concerning|about)\s+(.{8,160}?)(?:\s*\(|,|\.\s|\.$|;|$)")
        .expect("valid regular expression")
});

/// "Thank you for your liaison statement", "thanks ITU-R WP 7C for its LS", "for the liaison
/// statement SG2RGQ/118": thanks for a statement of the addressee's, not for "the liaisons
/// received during the study period".
static THANKS_FOR_LS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)thank(?:s|\s+you)?(?-u:\b).{0,80}?(?-u:\b)for\s+(?:(?:your|its|their)\s+(?:recent\s+)?(?:liaison(?:\s+statement)?|LS|letter)(?-u:\b)|the\s+(?:liaison\s+statement|LS)\s+[A-Z0-9]+[-/][A-Za-z0-9/-]+)")
        .expect("valid regular expression")
});
/// "Liaison" in ITU's six languages (French writes it as English does).
static LIAISON_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:liaison|LS|LS/r|coordinación|coordinacion|enlace)(?-u:\b)|взаимодейств|заявлени[ея] о связи|بيان اتصال|بيان الاتصال|联络",
    )
    .expect("valid regular expression")
});
static NOT_A_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:minutes|meeting report|report of the meeting|summary record|draft agenda|agenda|list of (?:liaison statements|documents|participants)|procedures? for liaison|guidelines? for liaison|terms of reference)(?-u:\b)",
    )
    .expect("valid regular expression")
});

/// The layout's labels, built once: every document is scanned with them.
pub fn labels() -> &'static Labels {
    static ALL: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| Labels::new(LABELS));
    &ALL
}

/// What the generic reader makes of a document, and why a person should look at it.
pub struct Generic {
    pub record: LsRecord,
    pub warnings: Vec<Warning>,
    pub doubts: Vec<String>,
}

/// Why a document is no liaison statement at all, if it is not: it says it is minutes or an
/// agenda, or nothing in its head speaks of a liaison.
pub fn refusal(segs: &[Seg], fields: &Fields) -> Option<String> {
    let head: Vec<&str> = segs.iter().filter(|s| !s.blank).take(40).map(|s| s.text.as_str()).collect();
    let head_text = head.join("\n");
    let title = fields.value("title").unwrap_or_default();
    let doc_type = fields.value("doc_type").unwrap_or_default();
    let purpose = fields.value("purpose").unwrap_or_default().to_lowercase();
    let first_lines: String = head.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    for text in [&title, &doc_type, &first_lines] {
        if let Some(m) = NOT_A_STATEMENT.find(text)
            && !LIAISON_WORD.is_match(&text[..m.start()])
        {
            return Some(format!(
                "it reads as {} (\"{}\"), not as a liaison statement",
                m.as_str().to_lowercase(),
                liaise_core::truncate_chars(text.trim(), 60)
            ));
        }
    }
    if purpose.starts_with("report") || purpose.starts_with("discussion") {
        return Some(format!("its purpose is \"{purpose}\", not an action, a comment or information"));
    }
    // A letter that never says "liaison" but is addressed like one (a subject, a sender, an
    // addressee) is read, and waits for review; anything else is refused.
    // A letter ("Dear ...") with a subject is addressed too, whatever its labels.
    let addressed =
        (fields.value("title").is_some() && fields.value("source").is_some() && fields.value("to").is_some())
            || (fields.value("title").is_some() && crate::letter::greets(segs));
    if !LIAISON_WORD.is_match(&head_text) && !addressed {
        return Some("nothing at its head speaks of a liaison statement".to_string());
    }
    None
}

/// The doubt of a To list whose purpose nothing states, and the warning beside it; withdrawn by
/// `purpose::complete` when the statement's other signs say it.
pub const PURPOSE_NOT_STATED: &str = "the purpose (action, comment, information) is not stated";
pub const TO_WITHOUT_PURPOSE: &str =
    "the statement says to whom it goes but not what it asks of them; recipients taken as for information";

/// Splits "X for action; others for information" or "For comment by A; for information to B, C"
/// into lists by purpose. `to` is the To list the value refers to ("others" = the rest of it).
pub fn purposes(
    registry: &Registry,
    value: &str,
    to: &[NameRef],
) -> Option<(Vec<NameRef>, Vec<NameRef>, Vec<NameRef>)> {
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?P<pre>.*?)\s+)?for\s+(?P<p>action|comments?|information|info)(?:\s+(?:to|by|of|from)\s+(?P<post>.*))?$")
            .expect("valid regular expression")
    });
    // "Action", "For: Information": one purpose for the whole To list.
    let bare = value.trim().trim_end_matches('.').to_lowercase();
    let bare = bare.strip_prefix("for ").unwrap_or(&bare).trim();
    let value = if matches!(bare, "action" | "comment" | "comments" | "information" | "info") {
        format!("for {bare}")
    } else {
        value.to_string()
    };
    let mut action = Vec::new();
    let mut comment = Vec::new();
    let mut info = Vec::new();
    let mut named: Vec<String> = Vec::new();
    let mut others: Option<&str> = None;
    let mut any = false;
    for clause in value.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        let Some(c) = CLAUSE.captures(clause.trim_end_matches('.')) else { continue };
        any = true;
        let p = c["p"].to_lowercase();
        let who = c.name("pre").or(c.name("post")).map_or("", |m| m.as_str()).trim();
        let list = match p.as_str() {
            "action" => &mut action,
            "information" | "info" => &mut info,
            _ => &mut comment,
        };
        let lower = who.to_lowercase();
        if who.is_empty() || matches!(lower.as_str(), "all" | "all recipients" | "all addressees") {
            list.extend(to.iter().cloned());
            named.extend(to.iter().map(|n| n.name.clone()));
        } else if matches!(lower.as_str(), "others" | "the others" | "other" | "all others" | "rest") {
            others = Some(match p.as_str() {
                "action" => "action",
                "information" | "info" => "information",
                _ => "comment",
            });
        } else {
            let names = body::names(registry, who);
            named.extend(names.iter().map(|n| n.name.clone()));
            list.extend(names);
        }
    }
    if !any {
        return None;
    }
    if let Some(p) = others {
        let rest: Vec<NameRef> = to.iter().filter(|n| !named.contains(&n.name)).cloned().collect();
        match p {
            "action" => action.extend(rest),
            "information" => info.extend(rest),
            _ => comment.extend(rest),
        }
    }
    Some((action, comment, info))
}

/// Reads a document by its labels alone.
pub fn read(doc: &Document, segs: &[Seg], registry: &Registry) -> Generic {
    let fields = Fields(labels().scan(segs, &[]));
    let mut rec = LsRecord { layout: Layout::Itu, ..LsRecord::default() };
    let mut warnings = Vec::new();
    let mut doubts = Vec::new();
    let head: Vec<&str> = segs.iter().filter(|s| !s.blank).take(40).map(|s| s.text.as_str()).collect();
    if !LIAISON_WORD.is_match(&head.join("\n")) {
        doubts.push("it never calls itself a liaison statement; it is addressed like a letter".to_string());
    }

    // "ISO/IEC JTC 1/SC 29 N 99999" at the head of a cover sheet is its number and source.
    let first_label = fields.0.first().map_or(segs.len(), |f| f.seg);
    for s in segs.iter().take(first_label.max(6)).filter(|s| !s.blank) {
        if let Some(c) = N_DOCUMENT.captures(s.text.trim()) {
            rec.doc_number = Some(s.text.split_whitespace().collect::<Vec<_>>().join(" "));
            if rec.source_as_written.is_none() {
                rec.source_as_written = Some(c[1].to_string());
            }
            break;
        }
    }
    rec.title = fields.value("title").unwrap_or_default();
    // Without a Title field, a first line that calls itself a liaison statement and says what
    // about ("Liaison statement: W3C review of ...", a web page's heading) is the title.
    if rec.title.is_empty()
        && let Some(t) = head.iter().take(12).enumerate().find_map(|(i, l)| {
            let l = l.trim();
            let lower = l.to_lowercase();
            [
                "liaison statement:",
                "liaison statement on ",
                "liaison statement from ",
                "liaison statement to ",
                "ls on ",
                "ls/r on ",
                "ls from ",
                "ls to ",
                "reply ls on ",
                "liaison on ",
            ]
            .iter()
            .any(|p| lower.starts_with(p))
            .then(|| {
                // A title wrapped onto a second line that goes on in lower case ("... and IEC SEG
                // 15" then "on the 2026 edition of ...").
                match head.get(i + 1).map(|n| n.trim()) {
                    Some(next)
                        if !l.ends_with(['.', ':'])
                            && next.chars().next().is_some_and(char::is_lowercase)
                            && next.split_whitespace().count() <= 14 =>
                    {
                        format!("{l} {next}")
                    }
                    _ => l.to_string(),
                }
            })
        })
    {
        rec.title = t;
    }
    // "Source: Documents BRAN(25)..." names documents, "From: Jörg Feldkamp, Chair, IEEE 802.1
    // Working Group" a person with the body: the first source field that names a body wins, and
    // in a line of parts, the part the registry knows.
    // A labelled source says it better than the cover sheet's number line.
    let from_header = rec.source_as_written.take();
    for f in fields.all("source") {
        let src = without_organ(&f.joined(" "));
        let (group, contacts) = split_person(&src);
        let group = without_addresses(&group).trim().to_string();
        if group.to_lowercase().starts_with("document") || group.is_empty() {
            continue;
        }
        let group = if registry.is_known(&group) { Some(group) } else { known_part(registry, &group).or(Some(group)) };
        // "OMA3 Portaling and Mapping Working Group": the body is the part the registry knows.
        let group = group.map(|g| registry.known_prefix(&g).map_or(g.clone(), str::to_string));
        if rec.source_as_written.is_none() {
            rec.source_as_written = group;
            rec.contacts.extend(contacts);
        }
        if rec.source_as_written.as_deref().is_some_and(|g| registry.is_known(g)) {
            break;
        }
        // An unknown first source gives way to a later one the registry knows.
        rec.source_as_written = None;
    }
    if rec.source_as_written.is_none() {
        rec.source_as_written = from_header.clone().or_else(|| {
            fields
                .all("source")
                .map(|f| f.joined(" "))
                .find(|v| !v.to_lowercase().starts_with("document"))
                .map(|v| without_addresses(&split_person(&without_organ(&v)).0).trim().to_string())
        });
    }
    if rec.doc_number.is_none()
        && let Some(r) = fields.value("ref").filter(|r| !is_none_value(r))
    {
        // "Our ref.: MMAC-PC-2025-017    28 April 2025": the date beside it is no part of it.
        let r = match liaise_core::date::find_date_span(&r) {
            Some(span) if span.range.start > 0 && span.range.end + 2 >= r.len() => {
                r[..span.range.start].trim().to_string()
            }
            _ => r,
        };
        rec.doc_number = body::cited_numbers(&r).into_iter().next().or(Some(r));
    }
    let mut to = fields
        .get("to")
        .map(|f| {
            // A To of several lines under a person is a postal address: its first body is the
            // addressee, the bureau and the town under it are not.
            let lines: Vec<&str> = f.values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
            let postal = lines.len() >= 3
                && lines.first().is_some_and(|l| crate::guard::implausible(l).is_some() && !registry.is_known(l));
            match postal.then(|| crate::letter::address_body(registry, &lines)).flatten() {
                Some(b) => vec![NameRef::same(&b)],
                None => body::names(registry, &without_organ(&without_addresses(&f.joined(", ")))),
            }
        })
        .unwrap_or_default();
    // A letter names its sender in its letterhead or signature, its addressee in the address
    // block above "Dear ...".
    let letter = crate::letter::parts(registry, segs, first_label);
    if rec.source_as_written.is_none() {
        // The letterhead names the organization, the signature often the group inside it that
        // writes ("International Telecommunication Union" over "Chairman, ITU-T Study Group 15").
        let within = |inner: &str, outer: &str| match (registry.lookup(inner), registry.lookup(outer)) {
            (Some(i), Some(o)) => registry.is_within(i.id, o.id),
            _ => false,
        };
        rec.source_as_written = match (&letter.letterhead, &letter.signatory) {
            (Some(l), Some(s)) if within(s, l) => Some(s.clone()),
            (l, s) => l.clone().or_else(|| s.clone()),
        };
    }
    let labelled_lists = ["to", "for_action", "for_comment", "for_information"].iter().any(|f| fields.has(f));
    if !labelled_lists && let Some(a) = &letter.addressee {
        to = vec![NameRef::same(a)];
        warnings.push(Warning::new(
            "for_information",
            "the addressee was read from the letter's address block",
            Some(a),
        ));
    }
    rec.cc = fields
        .get("cc")
        .map(|f| body::names(registry, &without_organ(&without_addresses(&f.joined(", ")))))
        .unwrap_or_default();
    for (label, list) in [
        ("for_action", &mut rec.for_action),
        ("for_comment", &mut rec.for_comment),
        ("for_information", &mut rec.for_information),
    ] {
        if let Some(v) = fields.value(label).filter(|v| !is_none_value(v)) {
            *list = body::names(registry, &v);
        }
    }
    let explicit = !(rec.for_action.is_empty() && rec.for_comment.is_empty() && rec.for_information.is_empty());
    if !explicit && !to.is_empty() {
        // "Status: Approved by ..." is a purpose label too; the first that states a purpose wins.
        let stated = fields.all("purpose").map(|f| f.joined(" ")).find_map(|v| purposes(registry, &v, &to));
        // Without a stated purpose, the prose below says it, once the body is known.
        if let Some((a, c, i)) = stated {
            rec.for_action = a;
            rec.for_comment = c;
            rec.for_information = i;
        }
    }
    let purposes_unread =
        !explicit && rec.for_action.is_empty() && rec.for_comment.is_empty() && rec.for_information.is_empty();
    if let Some(v) = fields.value("date") {
        rec.submitted = parse_date(&v);
    }
    if rec.submitted.is_none() {
        rec.submitted = letter.date;
    }
    if let Some(v) = fields.value("deadline") {
        rec.deadline = parse_date(&v);
        if rec.deadline.is_none() && !is_none_value(&v) {
            warnings.push(Warning::new("deadline", "could not read a date in the deadline", Some(&v)));
        }
    }
    let mut contacts: Vec<Contact> = Vec::new();
    for f in &fields.0 {
        match f.field {
            "contact" => {
                let text = f.joined("\n");
                if text.matches('@').count() == 1 && !text.contains(';') {
                    // "Ms Haruka Itō, Committee Manager <haruka.ito@example.jp>": one person,
                    // named first, with a role or an organization after the comma.
                    let email = find_email(&text);
                    let before = text.split('<').next().unwrap_or("").replace(email.as_deref().unwrap_or("\u{0}"), "");
                    let mut parts = before.split([',', '\n']).map(str::trim).filter(|p| !p.is_empty());
                    let name = parts.next().map(str::to_string).or_else(|| email.clone()).unwrap_or_default();
                    let organization = parts.next().map(str::to_string);
                    contacts.push(Contact {
                        name,
                        organization,
                        email,
                        role: Some("contact".into()),
                        ..Contact::default()
                    });
                } else if text.contains('<') || text.contains(';') || text.matches('@').count() > 1 {
                    contacts.extend(email_list(&text, "contact").into_iter().filter(|c| !is_none_value(&c.name)));
                } else if let Some(c) = contact_from_lines(&f.values) {
                    contacts.push(c);
                }
            }
            "email" => {
                if let (Some(c), Some(e)) = (contacts.last_mut(), find_email(&f.joined(" ")))
                    && c.email.is_none()
                {
                    c.email = Some(e);
                }
            }
            _ => {}
        }
    }
    rec.contacts.extend(contacts);
    // The addresses of the letterhead and the signature, when no contact field gave them.
    // An address written under a person's name in the letter is that person's, whatever a
    // label beside another name said ("Prof. Dr. Gunnhild Marchetti" got the convenor's).
    let bare = |n: &str| {
        let n = n.to_lowercase();
        let n = ["prof. ", "dr. ", "dr ", "mr ", "ms ", "mrs "].iter().fold(n, |n, t| n.replace(t, ""));
        n.split(',').next().unwrap_or("").trim().to_string()
    };
    for (e, person) in &letter.emails {
        let Some(p) = person else { continue };
        let p = bare(p);
        if p.is_empty()
            || rec
                .contacts
                .iter()
                .any(|c| c.email.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(e)) && bare(&c.name) == p)
        {
            continue;
        }
        if let Some(c) = rec.contacts.iter_mut().find(|c| {
            let n = bare(&c.name);
            !n.is_empty() && (n == p || n.contains(&p) || p.contains(&n))
        }) {
            c.email = Some(e.clone());
        }
    }
    for (e, person) in &letter.emails {
        if !rec.contacts.iter().any(|c| c.email.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(e))) {
            let name = person.clone().unwrap_or_else(|| e.clone());
            rec.contacts.push(Contact {
                name,
                email: Some(e.to_string()),
                role: Some("contact".into()),
                ..Contact::default()
            });
        }
    }
    if let Some(f) = fields.get("attachments") {
        rec.attachments = crate::common::attachment_items(&f.values);
    }
    if let Some(v) = fields.value("response_to").filter(|v| !is_none_value(v)) {
        rec.response_to = body::cited_numbers(&v);
        rec.response_to_text = Some(v);
    }
    if crate::itu::is_reply_title(&rec.title) || !rec.response_to.is_empty() {
        rec.kind = LsKind::Reply;
    }
    if rec.doc_number.is_none() {
        // "ISO/TC 211 N 6021" may close a letter as well as head a cover sheet.
        rec.doc_number = segs
            .iter()
            .rev()
            .filter(|s| !s.blank)
            .take(4)
            .find(|s| N_DOCUMENT.is_match(s.text.trim()))
            .map(|s| s.text.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    // The body: what follows the header, the first run of labelled fields. Fields after the
    // letter ("Attachment:" under the signature) are part of the body, not its start.
    let mut by_seg: Vec<&crate::labels::Field> = fields.0.iter().collect();
    by_seg.sort_by_key(|f| f.seg);
    let mut last = 0;
    for (i, f) in by_seg.iter().enumerate() {
        if i > 0 && f.seg > last + 3 {
            break;
        }
        last = last.max(f.last);
    }
    let body_block = segs.get(last + 1).map_or(doc.blocks.len(), |s| s.block);
    rec.body = doc.text_of(body_block..doc.blocks.len());
    if rec.deadline.is_none()
        && !fields.has("deadline")
        && let Some((d, quote)) = crate::itur::prose_deadline(&rec.body)
    {
        rec.deadline = Some(d);
        warnings.push(Warning::new("deadline", "deadline read from the text (no Deadline label)", Some(&quote)));
    }
    if purposes_unread {
        // "ITU-T SG15 is invited to ...", "we would appreciate the comments of ...": a letter
        // says in its sentences what it asks of whom.
        let p = crate::prose::purposes(registry, &format!("{}\n\n{}", rec.title, rec.body), &to);
        if !p.is_empty() {
            warnings.push(Warning::new(
                "for_action",
                "no purpose label: who is asked what was read from the text",
                p.evidence.first().map(|e| liaise_core::truncate_chars(e, 160)).as_deref(),
            ));
            rec.for_action = p.action;
            rec.for_comment = p.comment;
            rec.for_information = p.information;
        } else if !to.is_empty() {
            warnings.push(Warning::new("for_information", TO_WITHOUT_PURPOSE, None));
            doubts.push(PURPOSE_NOT_STATED.to_string());
            rec.for_information = to;
        }
    }
    // "Thank you for your liaison statement on ... (Document 7C/212)": a letter that opens so
    // replies to it.
    if rec.kind == LsKind::Statement {
        let opening: Vec<String> = body::sentences(&rec.body).into_iter().take(3).collect();
        if let Some(s) = opening.iter().find(|s| THANKS_FOR_LS.is_match(s)) {
            rec.kind = LsKind::Reply;
            let own: Vec<String> = rec.doc_number.iter().cloned().collect();
            rec.response_to = body::cited_numbers(s).into_iter().filter(|n| !own.contains(n)).collect();
            // A reply written as a letter with no subject: its title is what it answers.
            if rec.title.is_empty()
                && let Some(c) = ON_SUBJECT.captures(s)
            {
                rec.title = format!("Reply to the liaison statement on {}", c[1].trim());
                warnings.push(Warning::new("title", "no title: made from the statement it thanks for", Some(s)));
            }
        }
    }
    let paragraphs: Vec<&str> = rec.body.split("\n\n").collect();
    rec.requests = body::requests(&paragraphs);
    rec.rapporteurs = body::rapporteurs(&paragraphs, &rec.contacts, registry);
    let own: Vec<String> = rec.doc_number.iter().cloned().collect();
    rec.cited =
        body::cited_numbers(&format!("{}\n{}", rec.title, rec.body)).into_iter().filter(|n| !own.contains(n)).collect();

    // Being read by its labels alone is no doubt in itself: the labels say what they say
    // whatever the layout. A reading that lacks a key field of the header, or whose purpose had
    // to be assumed, is what a person must see.
    if !crate::header_whole(&rec) {
        doubts.push("no template liaise knows matched well; it was read by its labels alone".to_string());
    } else {
        warnings.push(Warning::new("layout", "no template liaise knows matched; it was read by its labels", None));
    }
    // A letter that never says "liaison" is one all the same when it goes from a body the
    // registry knows to bodies it knows.
    let all_known = rec.source_as_written.as_deref().is_some_and(|s| registry.is_known(s))
        && crate::header_whole(&rec)
        && rec
            .for_action
            .iter()
            .chain(&rec.for_comment)
            .chain(&rec.for_information)
            .all(|n| registry.is_known(&n.name));
    if all_known {
        doubts.retain(|d| !d.starts_with("it never calls itself a liaison statement"));
    }
    if rec.title.is_empty() {
        doubts.push("no title".to_string());
    }
    if rec.source_as_written.is_none() {
        doubts.push("no source".to_string());
    }
    Generic { record: rec, warnings, doubts }
}

/// Organs that a letter names before the organization they belong to ("Steering Committee,
/// Quantum-Safe Telemetry Consortium"): the organization is the body.
const ORGANS: &[&str] = &[
    "steering committee",
    "technical advisory board",
    "advisory board",
    "board of directors",
    "board",
    "executive committee",
    "management committee",
    "secretariat",
    "technical steering committee",
];

/// "Organ, Organization (ABBR)" as the organization; anything else as it is.
fn without_organ(text: &str) -> String {
    let mut out = Vec::new();
    for group in text.split(';') {
        let parts: Vec<&str> = group.split(',').map(str::trim).collect();
        let mut i = 0;
        while i < parts.len() {
            if i + 1 < parts.len() && ORGANS.contains(&parts[i].to_lowercase().as_str()) {
                i += 1;
                continue;
            }
            out.push(parts[i].to_string());
            i += 1;
        }
    }
    out.join(", ")
}

/// A list of recipients without the addresses and the parenthesised short names a letter puts
/// beside them ("3GPP TSG SA WG2 (SA2) <sa2@example.org>").
fn without_addresses(text: &str) -> String {
    static ANGLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"<[^>]*>|\((?:[A-Z0-9-]{2,12})\)").expect("valid regular expression"));
    ANGLE.replace_all(text, "").to_string()
}

/// The part of "Name, Role, Body" that the registry knows, if one does.
fn known_part(registry: &Registry, text: &str) -> Option<String> {
    text.split([',', ';'])
        .map(str::trim)
        .find(|p| !p.is_empty() && registry.is_known(p))
        .map(|p| registry.known_prefix(p).unwrap_or(p).to_string())
}

/// Splits "ITU-T SG 15 (Jane Roe)" or "Broadband Forum (Jane Roe <jane@x.org>)" into the group
/// and the people in parentheses.
pub fn split_person(text: &str) -> (String, Vec<Contact>) {
    match (text.find('('), text.rfind(')')) {
        (Some(open), Some(close)) if close > open && open > 0 => {
            let inner = &text[open + 1..close];
            // "(EOs)" or "(ITU-T)" is part of a name, not a person.
            if !inner.contains(' ') && !inner.contains('@') {
                return (text.trim().to_string(), Vec::new());
            }
            (text[..open].trim().to_string(), email_list(inner, "from"))
        }
        _ => (text.trim().to_string(), Vec::new()),
    }
}
