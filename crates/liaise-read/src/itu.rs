//! The ITU layout: a header table (sector, study period, document number, group, "Question(s)" or
//! "WG(s)" beside the meeting, "Source", "Title", "LIAISON STATEMENT", the recipient lists,
//! "Approval", "Deadline", contact rows, "Abstract"), then the body.

use crate::body;
use crate::common::{contact_from_lines, find_email, is_none_value, meeting_from};
use crate::doc::{Document, Seg};
use crate::labels::{Fields, LabelSpec};
use liaise_core::date::{find_date_span, parse_date};
use liaise_core::registry::Registry;
use liaise_core::{Contact, Layout, LsKind, LsRecord, Warning};
use regex::Regex;
use std::sync::LazyLock;

/// The template's labels in ITU's six languages: the English ones, then French, Spanish,
/// Russian, Arabic and Chinese as ITU's translated templates print them (see
/// `testdata/wild/lang/LABELS.md`, with the sources of each form).
pub const LABELS: &[LabelSpec] = &[
    LabelSpec::new(
        "question",
        &[
            "Question(s)",
            "Questions",
            "Question",
            "Cuestión(es)",
            "Cuestion(es)",
            "Cuestiones",
            "Cuestión",
            "Вопрос(ы)",
            "Вопросы",
            "Вопрос",
            "المسألة (المسائل)",
            "المسائل",
            "المسألة",
            "课题",
            "研究课题",
        ],
    ),
    LabelSpec::new("wg", &["WG(s)", "WP(s)", "Working Party", "Working Group(s)", "Working Group"]),
    LabelSpec::new("original", &["Original", "Оригинал", "الأصل", "原文"]),
    LabelSpec::new("ref", &["Ref.", "Ref", "Reference", "Our ref.", "Our ref"]),
    LabelSpec::new(
        "doc_number",
        &["Document number", "Document No.", "Document no.", "Doc. No.", "Doc. no.", "LS number"],
    ),
    LabelSpec::new("source", &["Source", "Origine", "Origen", "Fuente", "Источник", "المصدر", "来源", "提交单位"]),
    LabelSpec::new("title", &["Title", "Titre", "Título", "Titulo", "Название", "Тема", "العنوان", "标题", "题目"]),
    LabelSpec::new(
        "ls_marker",
        &[
            "LIAISON STATEMENT",
            "DÉCLARATION DE LIAISON",
            "DECLARATION DE LIAISON",
            "NOTE DE LIAISON",
            "DECLARACIÓN DE COORDINACIÓN",
            "DECLARACION DE COORDINACION",
            "DECLARACIÓN DE ENLACE",
            "ЗАЯВЛЕНИЕ О ВЗАИМОДЕЙСТВИИ",
            "ЗАЯВЛЕНИЕ О СВЯЗИ",
            "بيان اتصال",
            "بيان الاتصال",
            "联络声明",
            "联络函",
        ],
    )
    .bare(),
    LabelSpec::new(
        "for_action",
        &[
            "For action to",
            "For action",
            "Pour suite à donner à",
            "Pour suite à donner",
            "Pour action à",
            "Pour action",
            "Pour décision à",
            "Para la adopción de medidas",
            "Para adopción de medidas",
            "Para acción a",
            "Para la acción de",
            "Para la acción",
            "Para acción",
            "Para medidas",
            "Для принятия мер",
            "Для действий",
            "Для принятия решения",
            "لاتخاذ إجراء",
            "لاتخاذ الإجراء",
            "للإجراء",
            "供采取行动",
            "供采取行动的单位",
            "供行动",
        ],
    ),
    LabelSpec::new(
        "for_comment",
        &[
            "For comment to",
            "For comments to",
            "For comment",
            "Pour observations à",
            "Pour observations",
            "Pour commentaires à",
            "Pour commentaires",
            "Para comentarios a",
            "Para comentarios",
            "Para observaciones a",
            "Для комментариев",
            "Для замечаний",
            "لإبداء التعليقات",
            "للتعليق",
            "征求意见",
            "供评论",
            "供提意见",
        ],
    ),
    LabelSpec::new(
        "for_information",
        &[
            "For information to",
            "For info to",
            "For information",
            "Pour information à",
            "Pour information",
            "Para información a",
            "Para información",
            "Para informacion a",
            "Для информации",
            "للعلم",
            "للاطلاع",
            "للإحاطة",
            "供参考",
            "供参阅",
            "供了解",
        ],
    ),
    LabelSpec::new(
        "approval",
        &[
            "Approval",
            "Approved at",
            "Approved by",
            "Approbation",
            "Aprobación",
            "Aprobacion",
            "Утверждение",
            "الموافقة",
            "الاعتماد",
            "批准",
            "通过",
        ],
    ),
    LabelSpec::new(
        "deadline",
        &[
            "Deadline",
            "Date limite",
            "Délai de réponse",
            "Délai",
            "Fecha límite",
            "Fecha limite",
            "Plazo",
            "Предельный срок",
            "Крайний срок",
            "Срок",
            "الموعد النهائي",
            "الموعد المحدد",
            "截止日期",
            "截止时间",
            "期限",
        ],
    ),
    LabelSpec::new(
        "contact",
        &[
            "Contact",
            "Contacts",
            "Name/Organization/Entity",
            "Name/Organization",
            "Name/Organisation/Entity",
            "Nom/Organisation/Entité",
            "Contacto",
            "Nombre/Organización/Entidad",
            "Для контактов",
            "Контактное лицо",
            "جهة الاتصال",
            "الاتصال",
            "联系人",
            "联系方式",
        ],
    ),
    LabelSpec::new(
        "email",
        &[
            "E-mail",
            "Email",
            "E-mail address",
            "Courriel",
            "Adresse électronique",
            "Correo-e",
            "Correo electrónico",
            "Эл. почта",
            "Электронная почта",
            "البريد الإلكتروني",
            "电子邮件",
            "邮箱",
        ],
    ),
    LabelSpec::new(
        "tel",
        &[
            "Tel.",
            "Tel",
            "Phone number",
            "Phone",
            "Telephone",
            "Tél.",
            "Téléphone",
            "Numéro de téléphone",
            "Teléfono",
            "Número de teléfono",
            "Тел.",
            "Телефон",
            "الهاتف",
            "هاتف",
            "电话",
        ],
    ),
    LabelSpec::new("fax", &["Fax", "Télécopie", "Факс", "الفاكس", "传真"]),
    LabelSpec::new(
        "abstract",
        &["Abstract", "Summary", "Résumé", "Resumen", "Краткое содержание", "Резюме", "ملخص", "摘要", "概要"],
    ),
    LabelSpec::new(
        "keywords",
        &[
            "Keywords",
            "Mots clés",
            "Mots-clés",
            "Palabras clave",
            "Ключевые слова",
            "كلمات رئيسية",
            "الكلمات الدالة",
            "关键词",
        ],
    ),
    LabelSpec::new(
        "attachments",
        &[
            "Attachments",
            "Attachment(s)",
            "Attachment",
            "Pièces jointes",
            "Pièce jointe",
            "Anexos",
            "Anexo",
            "Adjuntos",
            "Приложения",
            "Приложение",
            "المرفقات",
            "المرفق",
            "附件",
        ],
    ),
];

/// The template's labels, built once, read inline in a document's head too.
/// Whether a line starts with the template's "LIAISON STATEMENT" in one of ITU's languages,
/// whatever stands after it.
pub fn starts_with_marker(line: &str) -> bool {
    let t = line.trim_start().to_uppercase();
    LABELS.iter().filter(|s| s.field == "ls_marker").flat_map(|s| s.spellings).any(|m| t.starts_with(m))
}

pub fn labels() -> &'static crate::labels::Labels {
    static ALL: std::sync::LazyLock<crate::labels::Labels> =
        std::sync::LazyLock::new(|| crate::labels::Labels::new(LABELS).inline_head());
    &ALL
}

/// Labels only the ITU layout uses, for recognising it.
pub const DISTINCTIVE: &[&str] =
    &["ls_marker", "for_action", "for_comment", "for_information", "approval", "question", "wg", "original"];

static STUDY_PERIOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)study\s+period\s+(\d{4})\s*[-–]\s*(\d{4})").expect("valid regular expression"));
static GROUP_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:study group \d+|focus group .+|.*advisory group|working party .+|.*rapporteur group.*|.*joint coordination activity.*)$")
        .expect("valid regular expression")
});
static REPLY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:LS/r(?-u:\b)|reply(?-u:\b)|response(?-u:\b))|(?-u:\b)(?:LS/r|reply to|response to)(?-u:\b)")
        .expect("valid regular expression")
});

pub fn sector_of(preamble: &str) -> Option<&'static str> {
    // Without spaces: a PDF wraps "TELECOMMUNICATI" / "ON" inside the word.
    let up: String = preamble.to_uppercase().chars().filter(|c| !c.is_whitespace()).collect();
    let any = |words: &[&str]| words.iter().any(|w| up.contains(w));
    if any(&[
        "TELECOMMUNICATIONSTANDARDIZATIONSECTOR",
        "NORMALISATIONDESTÉLÉCOMMUNICATIONS",
        "NORMALIZACIÓNDELASTELECOMUNICACIONES",
        "СТАНДАРТИЗАЦИИЭЛЕКТРОСВЯЗИ",
        "قطاعتقييسالاتصالات",
        "电信标准化部门",
    ]) {
        Some("ITU-T")
    } else if any(&["RADIOCOMMUNICATION", "RADIOCOMUNICACIONES", "РАДИОСВЯЗИ", "الاتصالاتالراديوية", "无线电通信"])
    {
        Some("ITU-R")
    } else if any(&[
        "TELECOMMUNICATIONDEVELOPMENT",
        "DÉVELOPPEMENTDESTÉLÉCOMMUNICATIONS",
        "DESARROLLODELASTELECOMUNICACIONES",
        "РАЗВИТИЯЭЛЕКТРОСВЯЗИ",
        "تنميةالاتصالات",
        "电信发展",
    ]) {
        Some("ITU-D")
    } else {
        None
    }
}

/// Whether a title says the statement is a reply.
pub fn is_reply_title(title: &str) -> bool {
    REPLY_TITLE.is_match(title.trim())
}

/// Reads a statement in the ITU layout.
pub fn read(doc: &Document, segs: &[Seg], fields: Fields, registry: &Registry) -> (LsRecord, Vec<Warning>) {
    let mut rec = LsRecord { layout: Layout::Itu, ..LsRecord::default() };
    let mut warnings = Vec::new();

    // The header ends where the abstract ends or, without one, where free paragraphs start.
    let first_label = fields.0.first().map_or(0, |f| f.seg);
    let header_end = match fields.get("abstract") {
        Some(a) => a.last + 1,
        None => first_free_paragraph(segs, &fields).unwrap_or(segs.len()),
    };
    let header = Fields(fields.0.iter().filter(|f| f.seg < header_end).cloned().collect());

    // Before the first label: sector, study period, document number, group name.
    let preamble: Vec<&str> = segs[..first_label].iter().filter(|s| !s.blank).map(|s| s.text.as_str()).collect();
    let preamble_text = preamble.join(" ");
    rec.sector = sector_of(&preamble_text).map(str::to_string);
    rec.study_period = STUDY_PERIOD.captures(&preamble_text).map(|c| format!("{}-{}", &c[1], &c[2]));
    // The number stands alone on its line, or beside the organization's name in the same line
    // when the table's cells became tabs or spaces ("INTERNATIONAL TELECOMMUNICATION UNION  TSAG-LS12").
    rec.doc_number = preamble.iter().find(|l| body::is_doc_number(l)).map(|l| l.trim().to_string()).or_else(|| {
        preamble.iter().find_map(|l| {
            l.split('\t')
                .flat_map(|part| part.split("   "))
                .map(str::trim)
                .find(|part| !part.is_empty() && body::is_doc_number(part))
                .map(str::to_string)
        })
    });
    rec.source_name = preamble.iter().find(|l| GROUP_NAME.is_match(l.trim())).map(|l| l.trim().to_string());
    let mut meeting = preamble.iter().rev().find_map(|l| meeting_from(l).filter(|m| m.place.is_some()));

    if let Some(v) = header.value("original") {
        rec.original_language = Some(v);
    }
    if let Some(v) = header.value("ref") {
        rec.reference = Some(v);
    }
    // A flattened or retyped template may give the number as a labelled field.
    if rec.doc_number.is_none()
        && let Some(v) = header.value("doc_number").filter(|v| body::is_doc_number(v))
    {
        rec.doc_number = Some(v.trim().to_string());
    }
    for label in ["question", "wg"] {
        for f in header.all(label) {
            for v in &f.values {
                if find_date_span(v).is_some() {
                    meeting = meeting.or_else(|| meeting_from(v));
                } else if !is_none_value(v) {
                    if label == "question" {
                        rec.questions
                            .extend(v.split([',', ';']).map(|q| q.trim().to_string()).filter(|q| !q.is_empty()));
                    } else {
                        rec.working_party = Some(v.trim().to_string());
                    }
                }
            }
        }
    }
    rec.meeting = meeting;
    rec.source_as_written = header.value("source");
    rec.title = header.value("title").unwrap_or_default();
    if is_reply_title(&rec.title) {
        rec.kind = LsKind::Reply;
    }
    for (label, list) in [
        ("for_action", &mut rec.for_action),
        ("for_comment", &mut rec.for_comment),
        ("for_information", &mut rec.for_information),
    ] {
        if let Some(f) = header.get(label) {
            let text = f.joined(", ");
            if !is_none_value(&text) {
                *list = body::names(registry, &text);
            }
        }
    }
    if let Some(v) = header.value("approval") {
        rec.approval_date = parse_date(&v);
        rec.approval = Some(v);
    }
    if let Some(v) = header.value("deadline") {
        rec.deadline = parse_date(&v);
        if rec.deadline.is_none() && !is_none_value(&v) {
            warnings.push(Warning::new("deadline", "could not read a date in the deadline", Some(&v)));
        }
    }
    rec.contacts = contacts(&header);
    for c in rec.contacts.iter().filter(|c| c.email.is_none()) {
        warnings.push(Warning::new("contacts", format!("no e-mail address for contact {}", c.name), None));
    }
    rec.abstract_text = header.get("abstract").map(|f| f.joined("\n")).filter(|s| !s.is_empty());
    if let Some(f) = fields.get("attachments") {
        rec.attachments = crate::common::attachment_items(&f.values);
    }

    // The body: everything after the header.
    let body_block = segs.get(header_end).map_or(doc.blocks.len(), |s| s.block);
    let body_block = if segs.get(header_end.saturating_sub(1)).is_some_and(|s| s.block == body_block) {
        body_block + 1
    } else {
        body_block
    };
    let body_range = body_block.min(doc.blocks.len())..doc.blocks.len();
    let paragraphs: Vec<&str> = doc.blocks[body_range.clone()]
        .iter()
        .filter_map(|b| match b {
            crate::doc::Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    rec.body = doc.text_of(body_range.clone());
    rec.officers = body::officers(&paragraphs);
    rec.topics = body::topic_rows(doc, body_range, registry);
    rec.requests = body::requests(&paragraphs);
    rec.rapporteurs = body::rapporteurs(&paragraphs, &rec.contacts, registry);

    let everything = format!("{}\n{}\n{}", rec.title, rec.abstract_text.as_deref().unwrap_or(""), rec.body);
    let own: Vec<&str> = rec.doc_number.iter().chain(rec.reference.iter()).map(String::as_str).collect();
    rec.cited = body::cited_numbers(&everything).into_iter().filter(|n| !own.contains(&n.as_str())).collect();
    rec.response_to = response_to(&rec);
    if rec.kind == LsKind::Statement && !rec.response_to.is_empty() && mentions_reply(&rec) {
        rec.kind = LsKind::Reply;
    }

    if rec.doc_number.is_none() {
        warnings.push(Warning::new("doc_number", "no document number found in the header", None));
    }
    if rec.sector.is_none() {
        rec.sector = rec
            .source_as_written
            .as_deref()
            .and_then(|s| ["ITU-T", "ITU-R", "ITU-D"].into_iter().find(|p| s.starts_with(p)))
            .map(str::to_string);
    }
    (rec, warnings)
}

fn mentions_reply(rec: &LsRecord) -> bool {
    let head = format!("{} {}", rec.title, rec.abstract_text.as_deref().unwrap_or(""));
    !body::reply_sentences(&head).is_empty()
}

/// The statements a record answers: numbers cited in its title, else in sentences that speak of
/// replying.
fn response_to(rec: &LsRecord) -> Vec<String> {
    let own: Vec<&str> = rec.doc_number.iter().chain(rec.reference.iter()).map(String::as_str).collect();
    let keep = |v: Vec<String>| -> Vec<String> { v.into_iter().filter(|n| !own.contains(&n.as_str())).collect() };
    let in_title = keep(body::cited_numbers(&rec.title));
    if !in_title.is_empty() {
        return in_title;
    }
    let text = format!("{}\n{}", rec.abstract_text.as_deref().unwrap_or(""), rec.body);
    let mut out = Vec::new();
    for s in body::reply_sentences(&text) {
        for n in keep(body::cited_numbers(&s)) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// The index of the first line outside tables that no label claims: where prose starts.
fn first_free_paragraph(segs: &[Seg], fields: &Fields) -> Option<usize> {
    let start = fields.get("title").map_or(0, |f| f.seg);
    let claimed = |i: usize| fields.0.iter().any(|f| f.seg <= i && i <= f.last);
    (start..segs.len()).find(|&i| !segs[i].blank && segs[i].row.is_none() && !claimed(i))
}

/// Contacts: a "Contact" label starts one; e-mail, telephone and fax lines after it belong to it.
pub(crate) fn contacts(header: &Fields) -> Vec<Contact> {
    let mut out: Vec<Contact> = Vec::new();
    for f in &header.0 {
        match f.field {
            "contact" => {
                if let Some(c) = contact_from_lines(&f.values) {
                    out.push(c);
                }
            }
            "email" => {
                if let (Some(c), Some(e)) = (out.last_mut(), find_email(&f.joined(" ")))
                    && c.email.is_none()
                {
                    c.email = Some(e);
                }
            }
            "tel" => {
                if let Some(c) = out.last_mut() {
                    let v = f.joined(" ");
                    if !is_none_value(&v) && c.phone.is_none() {
                        c.phone = Some(v);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The fields an ITU statement cannot do without, and which of them are missing.
pub fn missing(fields: &Fields) -> Vec<&'static str> {
    let mut out = Vec::new();
    if fields.value("title").is_none() {
        out.push("Title");
    }
    if fields.value("source").is_none() {
        out.push("Source");
    }
    if !["for_action", "for_comment", "for_information"].iter().any(|f| fields.value(f).is_some()) {
        out.push("a recipient list (For action to / For comment to / For information to)");
    }
    out
}
