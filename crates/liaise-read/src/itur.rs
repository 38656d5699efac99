//! ITU-R documents: a block header (`Radiocommunication Study Groups`, `Document 5A/999-E`, a
//! date, `English only`, the source working party), an upper-case title line that names the
//! recipients (`LIAISON STATEMENT TO EXTERNAL ORGANIZATIONS1` with the list in footnote 1, or
//! `... AND ITU-T STUDY GROUPS 13 AND 19` then `(COPY TO WP 4B, WP 8D AND WP 8F)`), the body, and
//! at the end `Status:`, `Contact:` and `E-mail:` with each value on the next line.

use crate::Reading;
use crate::body;
use crate::doc::{Document, Seg};
use crate::generic::purposes;
use crate::labels::{Fields, LabelSpec, Labels};
use liaise_core::date::{find_all, parse_date};
use liaise_core::registry::Registry;
use liaise_core::{Layout, LsKind, LsRecord, NameRef, Warning};
use regex::Regex;
use std::sync::LazyLock;

const TAIL_LABELS: &[LabelSpec] = &[
    LabelSpec::new("status", &["Status", "Statut", "Estado", "Situación", "Статус", "الحالة", "状态"]),
    LabelSpec::new(
        "contact",
        &["Contact", "Contacts", "Contacto", "Контактное лицо", "Для контактов", "جهة الاتصال", "الاتصال", "联系人"],
    ),
    LabelSpec::new(
        "email",
        &["E-mail", "Email", "Courriel", "Correo-e", "Correo electrónico", "Эл. почта", "البريد الإلكتروني", "电子邮件"],
    ),
    LabelSpec::new("tel", &["Tel.", "Tel", "Phone", "Tél.", "Teléfono", "Тел.", "الهاتف", "电话"]),
    LabelSpec::new(
        "attachments",
        &[
            "Attachments",
            "Attachment",
            "Attachment(s)",
            "Pièces jointes",
            "Pièce jointe",
            "Anexos",
            "Anexo",
            "Приложения",
            "Приложение",
            "المرفقات",
            "المرفق",
            "附件",
        ],
    ),
];

static DOC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(Annex|Attachment|Addendum)\s+\d+\s+to\s+)?(?:Document|Documento|Документ|文件|الوثيقة)\s*(\d{1,2}[A-Z]?/\d{1,4}-[EFSARC])")
        .expect("valid regular expression")
});
/// The statement's heading in ITU's six languages, a reply's too.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:DRAFT|PRELIMINARY DRAFT|PROJET\s+DE|PROYECTO\s+DE)\s+)?(?:(?:REPLY|RESPONSE)\s+(?:TO\s+)?)?(?:LIAISON\s+STATEMENT|LS(?-u:\b)|D[ÉE]CLARATION\s+DE\s+LIAISON|NOTE\s+DE\s+LIAISON|DECLARACI[ÓO]N\s+DE\s+COORDINACI[ÓO]N|ОТВЕТНОЕ\s+ЗАЯВЛЕНИЕ|ЗАЯВЛЕНИЕ\s+О\s+(?:ВЗАИМОДЕЙСТВИИ|СВЯЗИ)|بيان\s+(?:ال)?اتصال)",
    )
    .expect("valid regular expression")
});
/// A Chinese title: "致3GPP TSG RAN和ETSI ISG THz的联络声明".
static TITLE_ZH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:致(?P<to>.+?)的)?(?:答复)?联络声明").expect("valid regular expression"));
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
    Regex::new(
        r"(?i)^[(（]?\s*(?:COPY|COPIE|COPIA|КОПИЯ|نسخة|抄送)\s*(?:(?:FOR|POUR|PARA|ДЛЯ)\s+(?:INFORMATION|INFORMACI[ÓO]N|ИНФОРМАЦИИ)\s*)?(?:TO|À|AUX?|AL|A\s+LA|A|:|إلى)?\s*(.*?)(?:供参考)?\s*[)）]?\s*$",
    )
    .expect("valid regular expression")
});
static GLUED_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([A-Z]{3,})(\d)(?-u:\b)").expect("valid regular expression"));
/// The recipients in a title: "... TO X AND Y ON ...", "... À L'INTENTION DU X", "... AL X",
/// "... ДЛЯ X И Y".
static RECIPIENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s)(?:TO|À\s+L[’']INTENTION\s+D(?:U|E\s+LA|ES|E\s+L[’'])|ADRESS[ÉE]E?\s+(?:AU|AUX|À)|AU|AUX|AL|A\s+LA|PARA(?:\s+EL|\s+LA)?|ДЛЯ|إلى)\s+(.*?)(?:\s+(?:ON|CONCERNING|REGARDING|ABOUT|IN\s+RESPONSE|SUR|CONCERNANT|RELATIVE\s+À|SOBRE|RELATIVA\s+A|ПО|بشأن)\s+.*)?$",
    )
    .expect("valid regular expression")
});
/// A reply's heading: "REPLY", "RÉPONSE", "DE RESPUESTA", "ОТВЕТНОЕ", "答复".
static REPLY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:REPLY|RESPONSE)|R[ÉE]PONSE|RESPUESTA|ОТВЕТ|رد|答复|回复").expect("valid regular expression")
});

/// The head lines of ITU-R documents in the six languages: "Radiocommunication Study Groups",
/// however the lines wrap.
const ITUR_HEADS: &[&str] = &[
    "radiocommunication study groups",
    "radiocommunication assembly",
    "commissions d'études des radiocommunications",
    "commissions d’études des radiocommunications",
    "comisiones de estudio de radiocomunicaciones",
    "исследовательские комиссии по радиосвязи",
    "无线电通信研究组",
    "لجان الدراسات للاتصالات الراديوية",
];

/// A status as English writes it, so that one reader of purposes serves every language.
fn status_in_english(status: &str) -> String {
    let l = status.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if l.contains("for ") || l.contains("action") && l.is_ascii() {
        return status.to_string();
    }
    if has(&[
        "suite à donner",
        "adopción de medidas",
        "acción",
        "medidas",
        "принятия мер",
        "действий",
        "إجراء",
        "采取行动",
        "行动",
    ]) {
        "For action".to_string()
    } else if has(&["observations", "commentaires", "comentarios", "комментари", "замечани", "تعليق", "意见", "评论"])
    {
        "For comment".to_string()
    } else if has(&["information", "información", "информаци", "للعلم", "参考"]) {
        "For information".to_string()
    } else {
        status.to_string()
    }
}

/// Whether the document is an ITU-R one by its head.
fn is_itur(segs: &[Seg]) -> bool {
    let head: Vec<&str> = segs.iter().filter(|s| !s.blank).take(15).map(|s| s.text.as_str()).collect();
    let head = head.join(" ").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    ITUR_HEADS.iter().any(|h| head.contains(h))
        || (head.contains("radiocommunication") && DOC.is_match(&head) && head.contains("study groups"))
}

/// Reads an ITU-R document, or says it is none (`None`): it lacks the ITU-R head, or it uses the
/// ITU header table, which the ITU reader reads.
pub fn read(doc: &Document, segs: &[Seg], registry: &Registry) -> Option<Reading> {
    if !is_itur(segs) {
        return None;
    }
    let title_at =
        segs.iter().position(|s| !s.blank && (TITLE.is_match(s.text.trim()) || TITLE_ZH.is_match(s.text.trim())))?;
    let itu = Fields(crate::itu::labels().scan(segs, &[]));
    if itu.has("for_action") || itu.has("for_information") || itu.has("for_comment") {
        return None;
    }
    let mut rec = LsRecord { layout: Layout::Itu, sector: Some("ITU-R".to_string()), ..LsRecord::default() };
    let mut warnings = Vec::new();
    let mut doubts = Vec::new();

    // The head: document number, date, source group.
    let head: Vec<&str> = segs[..title_at].iter().filter(|s| !s.blank).map(|s| s.text.trim()).collect();
    let mut skip_date = false;
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
        // "Received: 19 November 2024" (its date perhaps a cell of its own) is when the
        // Bureau received it; the document's date stands alone on its line, or beside the
        // head's words in capitals ("STUDY GROUPS    14 June 2006").
        let lower = line.to_lowercase();
        let received =
            ["received", "reçu", "recibido", "получен", "收到", "تاريخ الاستلام"].iter().any(|w| lower.starts_with(w));
        if received {
            skip_date = find_all(line).is_empty();
        } else if rec.submitted.is_none() {
            let spans = find_all(line);
            if let Some(span) = spans.first() {
                let rest = format!("{}{}", &line[..span.range.start], &line[span.range.end..]);
                let alone = span.range.len() * 2 >= line.len()
                    || (!rest.chars().any(|c| c.is_lowercase() || c.is_ascii_digit()) && !rest.contains('/'));
                if alone && !skip_date {
                    rec.submitted = Some(span.start);
                }
            }
            skip_date = false;
        }
        if rec.source_as_written.is_none()
            && let Some(c) = GROUP.captures(line)
        {
            rec.source_as_written = Some(format!("ITU-R {}", c[1].split_whitespace().collect::<Vec<_>>().join(" ")));
        }
        // "Groupe de travail 5D", "Рабочая группа 6C", "第5D工作组".
        if rec.source_as_written.is_none()
            && let Some(english) = liaise_core::registry::lang::in_english(line).filter(|e| e.starts_with("ITU-R"))
        {
            rec.source_as_written = Some(english);
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
    // A title in capitals runs over its upper-case lines; one in ordinary case ("Liaison
    // statement to Working Party 5D and ...", a Chinese one) is its line and the lines that
    // continue it.
    let cased = |t: &str| t.chars().any(|c| c.is_lowercase());
    let upper_title = !cased(segs[title_at].text.trim());
    while i < segs.len() && !segs[i].blank {
        let t = segs[i].text.trim();
        if let Some(c) = COPY.captures(t).filter(|_| t.starts_with(['(', '（']) || t.to_uppercase().starts_with("COP"))
        {
            // "(COPY FOR INFORMATION TO<TAB>WP 6B ...)": a tab made the list a cell of its own.
            let mut list = c[1].trim().to_string();
            if list.is_empty() && segs.get(i + 1).is_some_and(|n| !n.blank) {
                i += 1;
                list = segs[i].text.trim().trim_end_matches([')', '）']).to_string();
            }
            copies.push(list);
        } else if !upper_title || !cased(t) {
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
    let title_no_stmt = TITLE.replace(&rec.title, "").to_string();
    if REPLY_WORD.is_match(&rec.title)
        && (REPLY_WORD.is_match(title_no_stmt.trim()) || rec.title.to_uppercase().starts_with("RE"))
    {
        rec.kind = LsKind::Reply;
    }
    let title_no_stmt = REPLY_WORD.replace(title_no_stmt.trim(), "").to_string();
    let title_no_stmt = title_no_stmt.trim().trim_start_matches(|c: char| c == '-' || c.is_whitespace());
    let title_no_stmt =
        title_no_stmt.strip_prefix("DE ").or_else(|| title_no_stmt.strip_prefix("de ")).unwrap_or(title_no_stmt);
    let recipients_text = TITLE_ZH
        .captures(&rec.title)
        .and_then(|c| c.name("to").map(|m| m.as_str().trim().to_string()))
        .or_else(|| RECIPIENTS.captures(&format!(" {title_no_stmt}")).map(|c| c[1].trim().to_string()));
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
    match tail.value("status").map(|s| status_in_english(&s)) {
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
        rec.attachments = crate::common::attachment_items(&f.values);
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
        // The words of ITU's six languages for a reply asked by a day.
        let asks = [
            "reply",
            "response",
            "respond",
            "comments",
            "views",
            "deadline",
            "input",
            "réponse",
            "observations",
            "commentaires",
            "avis",
            "respuesta",
            "comentarios",
            "observaciones",
            "ответ",
            "комментари",
            "замечани",
            "رد",
            "تعليق",
            "ملاحظات",
            "答复",
            "意见",
            "反馈",
            "回复",
        ]
        .iter()
        .any(|w| lower.contains(w));
        let by = [
            " by ",
            "before ",
            "no later than",
            "not later than",
            "deadline",
            "avant le",
            "d'ici le",
            "au plus tard",
            "antes del",
            "a más tardar",
            " до ",
            "не позднее",
            "قبل",
            "之前",
            "前",
        ]
        .iter()
        .filter_map(|w| lower.find(w).map(|at| at + w.len()))
        .min();
        let Some(by) = by.filter(|_| asks) else {
            continue;
        };
        let spans = find_all(&s);
        // One date in the sentence is the day asked for; among several ("our plenary meets 11 to
        // 16 May; a response received before 2 May ..."), the one right after "by" or "before".
        // Lower-casing keeps byte offsets only for ASCII; a sentence that is not is read by its
        // single date alone.
        let span = match spans.as_slice() {
            [span] => Some(span),
            many if s.is_ascii() => many.iter().find(|sp| sp.range.start >= by && sp.range.start <= by + 12),
            _ => None,
        };
        if let Some(span) = span
            && span.start == span.end
            && let Some(d) = parse_date(&s[span.range.clone()])
        {
            return Some((d, s.clone()));
        }
    }
    None
}
