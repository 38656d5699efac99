//! The group's own statements: drafts made into records (every name resolved through the
//! registry, unknown ones refused with suggestions), replies started from a statement, a
//! statement written as .docx or Markdown, and sending it by e-mail.

use crate::config::SmtpConfig;
use crate::{AppError, Result};
use chrono::NaiveDate;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use liaise_core::registry::{Registry, Resolution, name_key};
use liaise_core::track::LsState;
use liaise_core::{Layout, LsKind, LsRecord, NameRef};
use liaise_store::ls::{FileMeta, Imported};
use liaise_store::send::{Delivery, Recipient};
use liaise_store::{Store, Who};
use liaise_write::{Draft, Template};
use serde::Serialize;

/// Names of the registry close to one it does not know: same key start, one inside the
/// other, or a few edits apart.
pub fn suggestions(reg: &Registry, name: &str) -> Vec<String> {
    let key = name_key(name);
    if key.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, String)> = Vec::new();
    for b in reg.bodies().filter(|b| b.merged_into.is_none()) {
        let best = std::iter::once(&b.canonical)
            .chain(b.aliases.iter())
            .map(|n| {
                let k = name_key(n);
                if k.contains(&key) || key.contains(&k) && k.len() >= 3 {
                    k.len().abs_diff(key.len()).min(3)
                } else {
                    edits(&k, &key)
                }
            })
            .min()
            .unwrap_or(usize::MAX);
        if best <= 2.max(key.len() / 4) {
            scored.push((best, b.canonical.clone()));
        }
    }
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(5).map(|(_, n)| n).collect()
}

/// Levenshtein distance, for suggestions only.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Resolves the names of one list of a draft; every unknown name is an error line.
fn resolve_list(reg: &Registry, label: &str, names: &[String], errors: &mut Vec<String>) -> Vec<NameRef> {
    let text = names.join(", ");
    if text.trim().is_empty() {
        return Vec::new();
    }
    let list = liaise_read::body::names(reg, &text);
    for n in &list {
        match reg.resolve(&n.name) {
            Resolution::Body(_) => {}
            Resolution::AllSdos => errors.push(format!("{label}: \"All SDOs\" is no recipient; name the bodies")),
            Resolution::Unknown => {
                let s = suggestions(reg, &n.name);
                errors.push(if s.is_empty() {
                    format!("{label}: {:?} is no body liaise knows (`liaise bodies add` adds one)", n.written)
                } else {
                    format!("{label}: {:?} is no body liaise knows; did you mean {}?", n.written, s.join(", "))
                });
            }
        }
    }
    list
}

/// A draft made into the record it is stored as: names resolved, then the record written as
/// .docx in the ITU layout and read back, so that what is stored is exactly what its document
/// says (requests, officers, topic rows and cited numbers as the reader finds them).
pub fn record_from_draft(
    draft: &Draft,
    reg: &Registry,
    home: Option<&str>,
    today: NaiveDate,
) -> Result<(LsRecord, Vec<String>)> {
    let mut errors = Vec::new();
    let source = draft.source.clone().or_else(|| home.map(str::to_string)).ok_or_else(|| {
        AppError::Invalid(
            "the draft names no source, and no group is set (`liaise group NAME`, or `source:` in the draft)".into(),
        )
    })?;
    if reg.lookup(&source).is_none() {
        let s = suggestions(reg, &source);
        errors.push(format!(
            "source: {source:?} is no body liaise knows{}",
            if s.is_empty() { String::new() } else { format!("; did you mean {}?", s.join(", ")) }
        ));
    }
    let for_action = resolve_list(reg, "for action", &draft.for_action, &mut errors);
    let for_comment = resolve_list(reg, "for comment", &draft.for_comment, &mut errors);
    let for_information = resolve_list(reg, "for information", &draft.for_information, &mut errors);
    // A draft is the group's own statement, to other bodies (found in review: a draft of
    // IEC TC 100 was stored as outgoing, and a reply to the group's own statement was addressed
    // to the group).
    if let (Some(h), Some(s)) = (home.and_then(|h| reg.lookup(h)), reg.lookup(&source)) {
        if !reg.is_within(s.id, h.id) {
            errors.push(format!(
                "source: {} is not {} (the group liaise works for) nor one of its groups: liaise writes the group's own statements",
                s.canonical, h.canonical
            ));
        }
        for (label, list) in
            [("for action", &for_action), ("for comment", &for_comment), ("for information", &for_information)]
        {
            for n in list {
                if reg.lookup(&n.name).is_some_and(|b| b.id == s.id || b.id == h.id) {
                    errors.push(format!("{label}: {:?} is the group itself", n.written));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(format!("the draft cannot be stored:\n  {}", errors.join("\n  "))));
    }
    let canonical = |l: Vec<NameRef>| -> Vec<NameRef> {
        l.into_iter()
            .map(|n| NameRef { name: reg.lookup(&n.name).map_or(n.name.clone(), |b| b.canonical.clone()), ..n })
            .collect()
    };
    let sector = draft
        .sector
        .clone()
        .or_else(|| ["ITU-T", "ITU-R", "ITU-D"].into_iter().find(|p| source.starts_with(p)).map(str::to_string));
    let written = LsRecord {
        layout: Layout::Itu,
        doc_number: draft.doc_number.clone(),
        reference: draft.reference.clone(),
        sector,
        study_period: draft.study_period.clone(),
        source_as_written: Some(source.clone()),
        source_name: draft.group_name.clone(),
        questions: draft.questions.clone(),
        original_language: draft.original_language.clone().or_else(|| Some("English".into())),
        meeting: draft.meeting.clone(),
        title: draft.title.clone(),
        for_action: canonical(for_action),
        for_comment: canonical(for_comment),
        for_information: canonical(for_information),
        approval: draft.approval.clone(),
        approval_date: draft.approval.as_deref().and_then(liaise_core::date::parse_date),
        deadline: draft.deadline,
        contacts: draft.contacts.clone(),
        abstract_text: draft.abstract_text.clone(),
        body: draft.body.clone(),
        attachments: draft.attachments.clone(),
        ..LsRecord::default()
    };
    let bytes = liaise_write::write_docx(&written, &Template::Itu).map_err(|e| AppError::Invalid(e.to_string()))?;
    let read = liaise_read::read(&bytes, reg)
        .map_err(|e| AppError::Invalid(format!("the draft's own document could not be read back: {e}")))?;
    let mut record = read.record;
    // The names as the author spelled them stay beside the registry's.
    for (stored, given) in [
        (&mut record.for_action, &written.for_action),
        (&mut record.for_comment, &written.for_comment),
        (&mut record.for_information, &written.for_information),
    ] {
        if stored.len() == given.len() {
            stored.clone_from(given);
        }
    }
    for n in &draft.response_to {
        if !record.response_to.contains(n) {
            record.response_to.push(n.clone());
        }
    }
    if !record.response_to.is_empty() {
        record.kind = LsKind::Reply;
    }
    let mut warnings: Vec<String> = read
        .warnings
        .iter()
        .filter(|w| !(w.field.as_deref() == Some("doc_number") && draft.doc_number.is_some()))
        .map(|w| w.message.clone())
        .collect();
    if let Some(n) = &draft.doc_number
        && record.doc_number.as_deref() != Some(n.as_str())
    {
        // Kept as given; a reader of the .docx will not find it, which is said.
        warnings.push(format!(
            "document {n:?} is not in a form readers recognise (FG-MV-LS2, SG16-LS45, S4-231450): it is kept, \
             but a reader of the .docx will not find it"
        ));
        record.doc_number = Some(n.clone());
    }
    if record.body.contains(PLACEHOLDER) {
        warnings.push(format!("the body still holds {PLACEHOLDER:?}: write the answers before it is sent"));
    }
    if let Some(d) = record.deadline
        && d < today
    {
        warnings.push(format!("the deadline {} has passed", liaise_core::date::long_date(d)));
    }
    Ok((record, warnings))
}

/// What a reply's draft holds where its author is to write an answer.
pub const PLACEHOLDER: &str = "(write the answer here)";

/// A line of a draft's body that stands for the group's topics with their bodies, as a table.
pub const TOPICS_MARK: &str = "{{topics}}";

/// The topics of the taxonomy (`liaise topics`) as a topic x body table, the one FG-MV-LS1 sent.
pub fn topic_table(topics: &[liaise_store::catalogue::Topic]) -> String {
    let mut lines = vec!["Topics | Topics (but not limited to) | (possible) Related organizations".to_string()];
    for t in topics {
        let mut related: Vec<String> = Vec::new();
        if t.all_sdos {
            related.push("All SDOs".into());
        }
        related.extend(t.related.iter().filter(|b| !b.especially).map(|b| b.body.clone()));
        let especially: Vec<&str> = t.related.iter().filter(|b| b.especially).map(|b| b.body.as_str()).collect();
        if !especially.is_empty() {
            related.push(format!("(especially {})", especially.join(", ")));
        }
        let cells = [t.group.clone(), t.name.clone().unwrap_or_default(), related.join(", ")];
        lines.push(cells.iter().map(|c| c.replace('|', "/")).collect::<Vec<_>>().join(" | "));
    }
    lines.join("\n") + "\n"
}

/// Stores a draft as a statement in the draft state: no actions until it is sent. A body line
/// `{{topics}}` becomes the table of the group's topics.
pub async fn create_draft(
    store: &Store,
    registry: &mut Registry,
    file_name: &str,
    text: &str,
    who: &Who,
) -> Result<(Imported, Vec<String>)> {
    let toml = file_name.to_lowercase().ends_with(".toml");
    let mut draft =
        liaise_write::parse_draft(text, toml).map_err(|e| AppError::Invalid(format!("{file_name}: {e}")))?;
    if draft.body.lines().any(|l| l.trim() == TOPICS_MARK) {
        let table = topic_table(&store.topics().await?);
        draft.body = liaise_write::body::normalize(
            &draft
                .body
                .lines()
                .map(|l| if l.trim() == TOPICS_MARK { table.as_str() } else { l })
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    let home = match store.home().await? {
        Some(id) => registry.canonical(id).map(str::to_string),
        None => None,
    };
    let (record, warnings) = record_from_draft(&draft, registry, home.as_deref(), who.at.date_naive())?;
    // A draft replaces only a draft: what was approved or sent stays as it was (found in
    // review: a second `ls new` with the same number rewrote a sent statement).
    if let Some(source) = registry.lookup(record.source_as_written.as_deref().unwrap_or_default())
        && let Some((id, state)) = store.ls_by_key(&liaise_store::ls::doc_key(&record), source.id).await?
        && state != LsState::Draft
    {
        let how = match state {
            LsState::Approved => format!("`liaise ls state {id} draft` takes it back to a draft first"),
            _ => "give the new statement a document number of its own".to_string(),
        };
        return Err(AppError::Invalid(format!(
            "#{id} ({}) is {}: a draft does not replace it; {how}",
            record.doc_number.as_deref().unwrap_or(&record.title),
            state.as_str()
        )));
    }
    let bytes = text.as_bytes();
    let meta = FileMeta {
        name: file_name.to_string(),
        sha256: crate::import::sha256_hex(bytes),
        size: bytes.len() as u64,
        format: if toml { "draft-toml".into() } else { "draft-markdown".into() },
        initial_state: Some(LsState::Draft),
        content: Some(bytes.to_vec()),
    };
    let imported = store.import_ls(registry, &record, &[], &meta, who).await?;
    let mut warnings = warnings;
    // A draft that answers a statement a meeting handles is that statement's reply in
    // preparation: the handling follows it, and becomes replied once it is sent.
    for n in &record.response_to {
        let Ok(original) = store.get_ls(n).await else { continue };
        let Some(h) = store.handling(original.id).await? else { continue };
        if h.reply_ls_id.is_some() || h.state.is_closed() {
            continue;
        }
        let change = liaise_store::meetings::HandlingChange {
            state: Some(liaise_core::meeting::HandlingState::ReplyInPreparation),
            reply_ls_id: Some(imported.ls_id),
            ..Default::default()
        };
        store.set_handling(original.id, &change, who).await?;
        warnings.push(format!("#{} ({n}) now has this draft as its reply in preparation", original.id));
    }
    Ok((imported, warnings))
}

/// "LS on X" answered: "LS/r on X" (ITU) or "Reply LS on X" (3GPP).
pub fn reply_title(title: &str, tgpp: bool) -> String {
    let t = title.trim();
    let rest = ["LS/r on ", "Reply LS on ", "LS on ", "Liaison statement on ", "LS "]
        .iter()
        .find_map(|p| t.get(..p.len()).filter(|h| h.eq_ignore_ascii_case(p)).map(|_| &t[p.len()..]))
        .unwrap_or(t);
    if tgpp { format!("Reply LS on {rest}") } else { format!("LS/r on {rest}") }
}

/// A Markdown draft answering a statement: its source for action, the title and reference of
/// a reply, the group's contacts, and the statement's open requests for the author to answer.
pub async fn reply_draft(store: &Store, id_or_number: &str) -> Result<String> {
    let original = store.get_ls(id_or_number).await?;
    let reg = store.shared_registry().await?;
    let home = store.home().await?;
    if original.direction == "outgoing" {
        return Err(AppError::Invalid(format!(
            "#{} is the group's own statement: a reply answers a statement of another body",
            original.id
        )));
    }
    let rec = &original.record;
    let tgpp = rec.layout == Layout::ThreeGpp;
    let number = rec.doc_number.clone().unwrap_or_else(|| format!("#{}", original.id));
    let group = home.and_then(|h| reg.canonical(h)).map(str::to_string);
    // The group's contacts: those of the last statement it sent, else its officers there.
    let mut contacts = Vec::new();
    if let Some(h) = home {
        let mine = store
            .list_ls(&liaise_store::ls::LsFilter {
                source: Some(reg.canonical(h).unwrap_or_default().to_string()),
                ..Default::default()
            })
            .await?;
        if let Some(last) = mine.iter().rev().find(|v| !v.record.contacts.is_empty() || !v.record.officers.is_empty()) {
            contacts = last.record.contacts.clone();
            if contacts.is_empty() {
                contacts = last
                    .record
                    .officers
                    .iter()
                    .map(|o| liaise_core::Contact {
                        name: o.name.clone(),
                        organization: o.organization.clone(),
                        country: o.country.clone(),
                        ..Default::default()
                    })
                    .collect();
            }
        }
    }
    let pending: Vec<String> = store
        .actions(&liaise_store::track::ActionFilter { ls_id: Some(original.id), ..Default::default() })
        .await?
        .into_iter()
        .filter(|a| a.state.is_pending())
        .filter(|a| home.is_none_or(|h| reg.is_within(a.body_id, h)))
        .map(|a| a.request)
        .fold(Vec::new(), |mut acc, r| {
            if !acc.contains(&r) {
                acc.push(r);
            }
            acc
        });
    let requests = if pending.is_empty() { rec.requests.clone() } else { pending };
    let reply = reply_title(&rec.title, tgpp);
    let mut out = String::from("---\n");
    out.push_str(&format!("title: {reply}\n"));
    if let Some(g) = &group {
        out.push_str(&format!("source: {g}\n"));
    }
    out.push_str(&format!("for action: {}\n", original.source));
    out.push_str(&format!("response to: {number}\n"));
    out.push_str("# deadline: YYYY-MM-DD\n");
    for c in &contacts {
        let parts: Vec<&str> = std::iter::once(c.name.as_str())
            .chain(c.organization.as_deref())
            .chain(c.country.as_deref())
            .chain(c.email.as_deref())
            .collect();
        out.push_str(&format!("contact: {}\n", parts.join(", ")));
    }
    // "LS/r on split rendering": what the statement is about, without its "LS on".
    let subject =
        reply.split_once(" on ").map_or(reply.as_str(), |(_, s)| s).split_whitespace().collect::<Vec<_>>().join(" ");
    out.push_str(&format!(
        "abstract: This liaison statement answers {number} from {} on {subject}.\n",
        original.source
    ));
    out.push_str("---\n\n");
    out.push_str(&format!(
        "{} thanks {} for its liaison statement {number} on {subject}.\n",
        group.as_deref().unwrap_or("We"),
        original.source,
    ));
    if !requests.is_empty() {
        out.push_str(&format!("\n# The requests of {number}\n\n"));
        for r in &requests {
            out.push_str(&format!(
                "- {}\n  ANSWER: {PLACEHOLDER}\n",
                r.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    Ok(out)
}

/// The built-in layout a name gives (a group's own template is read by the caller).
pub fn template_of(name: Option<&str>) -> Result<Template> {
    match name.map(str::to_lowercase).as_deref() {
        None | Some("itu") => Ok(Template::Itu),
        Some("3gpp") => Ok(Template::Tgpp),
        Some(other) => Err(AppError::Invalid(format!(
            "--template {other:?}: itu (the default), 3gpp, or the path of a .docx template"
        ))),
    }
}

/// The headings of the draft a statement was stored from (its latest draft file), if it was.
pub async fn headings(store: &Store, view: &liaise_store::ls::LsView) -> Result<Vec<(u8, String)>> {
    let Some(file) = view.files.iter().rfind(|f| f.format.starts_with("draft-")) else { return Ok(Vec::new()) };
    let Some(bytes) = store.file_content(&file.sha256).await? else { return Ok(Vec::new()) };
    Ok(liaise_write::draft_headings(&String::from_utf8_lossy(&bytes), file.format == "draft-toml"))
}

/// A statement as a .docx.
pub async fn docx(store: &Store, id_or_number: &str, template: &Template) -> Result<Vec<u8>> {
    let view = store.get_ls(id_or_number).await?;
    let headings = headings(store, &view).await?;
    liaise_write::write_docx_with(&view.record, template, &headings).map_err(|e| AppError::Invalid(e.to_string()))
}

/// A statement as Markdown, in the draft format.
pub async fn markdown(store: &Store, id_or_number: &str) -> Result<String> {
    let view = store.get_ls(id_or_number).await?;
    let headings = headings(store, &view).await?;
    Ok(liaise_write::to_markdown_with(&view.record, &headings))
}

/// What sending a statement did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SendReport {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub sent: Vec<Delivery>,
    pub failed: Vec<(Delivery, String)>,
    /// Recipients for which liaise knows no address: nobody received the statement for them.
    pub no_address: Vec<String>,
    /// Whether the statement is now sent (every address reached).
    pub complete: bool,
    /// Addresses another send is sending to now.
    pub in_flight: usize,
    pub warnings: Vec<String>,
    pub actions_created: usize,
}

/// The file name a statement's .docx is attached under.
pub fn docx_name(rec: &LsRecord, id: i64) -> String {
    let stem = rec.doc_number.clone().unwrap_or_else(|| format!("ls-{id}"));
    let safe: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' }).collect();
    format!("{safe}.docx")
}

/// Sends an approved statement: its .docx to the confirmed rapporteurs and contacts of every
/// recipient body and to the group's own list (`[smtp] cc`), one message per address, each
/// address claimed first so that none gets it twice. When every address was reached the
/// statement becomes sent and its actions are made; when some failed it stays approved and a
/// second send goes to those only.
pub async fn send(
    store: &Store,
    id_or_number: &str,
    smtp: &SmtpConfig,
    template: &Template,
    today: NaiveDate,
    allow_unreached: bool,
    who: &Who,
) -> Result<SendReport> {
    let view = store.get_ls(id_or_number).await?;
    // What the statement's state says comes first: a draft is not sent, whatever else is missing.
    match view.state.as_str() {
        "approved" => {}
        "draft" => {
            return Err(AppError::Invalid(format!(
                "#{} is a draft: it is approved first (`liaise ls state {} approved`)",
                view.id, view.id
            )));
        }
        "sent" => {
            return Err(AppError::Invalid(format!(
                "#{} was sent already; it is not sent twice (`liaise ls deliveries {}` says to whom)",
                view.id, view.id
            )));
        }
        other => {
            return Err(AppError::Invalid(format!(
                "#{} is {other}: only an approved statement of the group is sent",
                view.id
            )));
        }
    }
    let rec = &view.record;
    let reg = store.shared_registry().await?;
    let mut bodies: Vec<i64> = Vec::new();
    let mut body_names: Vec<(i64, String, bool)> = Vec::new();
    for (asked, list) in [(true, &rec.for_action), (false, &rec.for_comment), (false, &rec.for_information)] {
        for n in list {
            if let Some(b) = reg.lookup(&n.name)
                && !bodies.contains(&b.id)
            {
                bodies.push(b.id);
                body_names.push((b.id, b.canonical.clone(), asked));
            }
        }
    }
    let addresses = store.addresses(&reg, today, Some(&bodies)).await?;
    let mut report = SendReport { ls_id: view.id, doc_number: rec.doc_number.clone(), ..SendReport::default() };
    let mut to: Vec<Recipient> = Vec::new();
    let mut unreachable_asked = Vec::new();
    for (id, name, asked) in &body_names {
        if *asked && addresses.get(id).is_none_or(Vec::is_empty) {
            unreachable_asked.push(name.clone());
        }
        match addresses.get(id) {
            Some(list) if !list.is_empty() => {
                for a in list {
                    to.push(Recipient {
                        email: a.email.clone(),
                        name: a.name.clone(),
                        body_id: Some(*id),
                        why: a.why.clone(),
                    });
                }
            }
            _ => report.no_address.push(name.clone()),
        }
    }
    for cc in &smtp.cc {
        let (name, email) = match cc.rsplit_once('<') {
            Some((n, e)) => (n.trim().trim_matches('"').to_string(), e.trim_end_matches('>').trim().to_string()),
            None => (cc.trim().to_string(), cc.trim().to_string()),
        };
        to.push(Recipient { email, name, body_id: None, why: "group list".into() });
    }
    if to.is_empty() {
        return Err(AppError::Invalid(format!(
            "liaise knows no address for any recipient of #{}: add rapporteurs (`liaise rapporteurs add`) or the group's list ([smtp] cc)",
            view.id
        )));
    }
    // A body asked for action that nobody tells would owe, and be chased for, a statement it
    // never received (found in review).
    if !unreachable_asked.is_empty() && !allow_unreached {
        return Err(AppError::Invalid(format!(
            "liaise knows no address for {} of the bodies asked for action ({}): nobody there would receive #{}, \
             yet they would owe an answer. Add their rapporteurs (`liaise rapporteurs add BODY --name ... --email ...`), \
             or send with --allow-unreached if the statement reaches them another way",
            unreachable_asked.len(),
            unreachable_asked.join(", "),
            view.id
        )));
    }
    if let Some(d) = rec.deadline
        && d < today
    {
        report.warnings.push(format!("the deadline {} has passed already", liaise_core::date::long_date(d)));
    }
    let headings = headings(store, &view).await?;
    let docx = liaise_write::write_docx_with(rec, template, &headings).map_err(|e| AppError::Invalid(e.to_string()))?;
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url)
        .map_err(|e| AppError::Invalid(format!("the SMTP URL {:?} is not usable: {e}", smtp.url)))?
        .timeout(Some(std::time::Duration::from_secs(30)))
        .build();
    let claimed = store.claim_deliveries(view.id, &to, who).await?;
    let from: Mailbox = smtp
        .from
        .parse()
        .map_err(|e| AppError::Invalid(format!("the sender {:?} is not an address: {e}", smtp.from)))?;
    let domain = smtp.domain();
    let number = rec.doc_number.clone().unwrap_or_else(|| format!("#{}", view.id));
    let subject = format!("{number}: {}", rec.title.split_whitespace().collect::<Vec<_>>().join(" "));
    let file_name = docx_name(rec, view.id);
    for d in claimed {
        // The same statement to the same address is the same message, however often it is
        // retried; the statement's creation time in the key keeps two databases' ids apart (found
        // in review: statement #1 of two databases gave one id, which mail systems drop as a
        // duplicate).
        let key = format!("{}|{}|{}", view.created_at, view.id, d.email);
        let hash = crate::config::stable_hash(&key);
        let message_id = format!("<ls.{}.{hash:016x}@{domain}>", view.id);
        let outcome = deliver(&transport, &from, smtp, &d, &subject, &message_id, rec, &file_name, &docx).await;
        store.finish_delivery(d.id, outcome.clone().map(|()| message_id.clone()), who).await?;
        match outcome {
            Ok(()) => report.sent.push(Delivery { status: "sent".into(), message_id: Some(message_id), ..d }),
            Err(e) => report.failed.push((Delivery { status: "failed".into(), error: Some(e.clone()), ..d }, e)),
        }
    }
    let all = store.deliveries(view.id).await?;
    report.in_flight = all.iter().filter(|d| d.status == "sending").count();
    if report.failed.is_empty() && all.iter().all(|d| d.status == "sent" || d.status == "dropped") {
        store.set_ls_state(view.id, LsState::Sent, Some("sent by e-mail"), who).await?;
        report.complete = true;
        report.actions_created = store
            .actions(&liaise_store::track::ActionFilter { ls_id: Some(view.id), ..Default::default() })
            .await?
            .len();
    }
    Ok(report)
}

#[allow(clippy::too_many_arguments)]
async fn deliver(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    smtp: &SmtpConfig,
    d: &Delivery,
    subject: &str,
    message_id: &str,
    rec: &LsRecord,
    file_name: &str,
    docx: &[u8],
) -> std::result::Result<(), String> {
    let address: lettre::Address = d.email.parse().map_err(|e| format!("{:?} is not an address: {e}", d.email))?;
    let mut m = Message::builder()
        .from(from.clone())
        .subject(subject)
        .message_id(Some(message_id.to_string()))
        .to(Mailbox::new(Some(d.name.clone()), address));
    if let Some(rt) = &smtp.reply_to {
        m = m.reply_to(rt.parse().map_err(|e| format!("reply_to {rt:?} is not an address: {e}"))?);
    }
    let text = format!(
        "Dear {},\n\nPlease find attached the liaison statement {}: {}.\n{}\n{}",
        d.name,
        rec.doc_number.as_deref().unwrap_or(""),
        rec.title.trim(),
        rec.abstract_text.as_deref().map(|a| format!("\n{a}\n")).unwrap_or_default(),
        rec.deadline.map(|dl| format!("\nDeadline: {}\n", liaise_core::date::long_date(dl))).unwrap_or_default(),
    );
    let kind = ContentType::parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .map_err(|e| format!("content type: {e}"))?;
    let message = m
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(text))
                .singlepart(Attachment::new(file_name.to_string()).body(docx.to_vec(), kind)),
        )
        .map_err(|e| format!("the message could not be built: {e}"))?;
    transport.send(message).await.map(|_| ()).map_err(|e| format!("the SMTP server refused it: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_are_titled_as_each_layout_does() {
        assert_eq!(reply_title("LS on metaverse standards", false), "LS/r on metaverse standards");
        assert_eq!(reply_title("LS on split rendering", true), "Reply LS on split rendering");
        assert_eq!(reply_title("Avatars", false), "LS/r on Avatars");
        assert_eq!(reply_title("LS/r on X", false), "LS/r on X");
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let reg = Registry::builtin();
        let s = suggestions(&reg, "IEC TC 1000");
        assert!(s.iter().any(|n| n.contains("TC 100")), "{s:?}");
        let mut errors = Vec::new();
        let list =
            resolve_list(&reg, "for action", &["ITU-R SG5".into(), "Metaverse Council of Mars".into()], &mut errors);
        assert_eq!(list.len(), 2);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("\"Metaverse Council of Mars\" is no body liaise knows"), "{errors:?}");
    }
}
