//! What a statement's body says beyond its header: the officers of the group, the table that
//! maps topics to bodies, what the statement asks of its recipients, and the documents it cites.

use crate::doc::{Block, Document};
use liaise_core::registry::Registry;
use liaise_core::{Contact, NameRef, Officer, OfficerRole, ProposedRapporteur, TopicRow};
use regex::Regex;
use std::sync::LazyLock;

static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(co-?chair(?:m[ae]n|wom[ae]n|persons?|s)?|vice[- ]?chair(?:m[ae]n|wom[ae]n|persons?|s)?|chair(?:m[ae]n|wom[ae]n|persons?)?|secretar(?:y|ies)|rapporteurs?)(?-u:\b)",
    )
    .expect("valid regular expression")
});

static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+([^()]+?)\s*\(([^()]*)\)")
        .expect("valid regular expression")
});

fn role_of(word: &str) -> OfficerRole {
    let w = word.to_lowercase();
    if w.starts_with("vice") {
        OfficerRole::ViceChair
    } else if w.starts_with("co") {
        OfficerRole::CoChair
    } else if w.starts_with("chair") {
        OfficerRole::Chair
    } else if w.starts_with("secretar") {
        OfficerRole::Secretary
    } else {
        OfficerRole::Rapporteur
    }
}

/// Writes a name whose surname is in capitals ("Shin-Gak KANG") in title case ("Shin-Gak Kang").
pub fn tidy_person_name(name: &str) -> String {
    name.split_whitespace()
        .map(|word| {
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            let all_upper = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
            if !all_upper {
                return word.to_string();
            }
            // Title-case each part of a hyphenated or apostrophed surname.
            let mut out = String::with_capacity(word.len());
            let mut start = true;
            for c in word.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                start = !c.is_alphabetic();
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits "(Organization, Country)": the country is what follows the last comma, if any.
pub fn split_affiliation(inner: &str) -> (Option<String>, Option<String>) {
    let inner = inner.trim();
    if inner.is_empty() {
        return (None, None);
    }
    match inner.rfind(',') {
        Some(i) => {
            let org = inner[..i].trim();
            let country = inner[i + 1..].trim();
            ((!org.is_empty()).then(|| org.to_string()), (!country.is_empty()).then(|| country.to_string()))
        }
        None => (Some(inner.to_string()), None),
    }
}

/// Finds the officers named in the body's paragraphs: "The Chairman is Mr X (Org, Country), with
/// Vice-Chairmen Ms Y (Org, Country), ... and Ms Z (Org)". Each person takes the role named last
/// before them.
pub fn officers(paragraphs: &[&str]) -> Vec<Officer> {
    let mut out = Vec::new();
    for p in paragraphs {
        let roles: Vec<(usize, OfficerRole)> = ROLE.find_iter(p).map(|m| (m.start(), role_of(m.as_str()))).collect();
        if roles.is_empty() {
            continue;
        }
        for c in PERSON.captures_iter(p) {
            let (Some(whole), Some(name), Some(aff)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let Some(&(_, role)) = roles.iter().rev().find(|(at, _)| *at < whole.start()) else {
                continue;
            };
            let (organization, country) = split_affiliation(aff.as_str());
            out.push(Officer { name: tidy_person_name(name.as_str().trim()), role, organization, country });
        }
    }
    out
}

/// Whether a table's first row says it maps topics to bodies.
fn is_topic_table(header: &[String]) -> bool {
    let text = header.join(" ").to_lowercase();
    text.contains("topic")
        && ["organi", "sdo", "bod", "group", "committee"].iter().any(|w| text.contains(w))
        && header.len() >= 2
}

/// Reads the tables of the body that map topics to bodies. Three columns are topic group, topic
/// and related bodies; two are topic and related bodies.
pub fn topic_rows(doc: &Document, blocks: std::ops::Range<usize>, registry: &Registry) -> Vec<TopicRow> {
    let mut out = Vec::new();
    for block in doc.blocks.get(blocks).unwrap_or(&[]) {
        let Block::Table(t) = block else { continue };
        let Some(first) = t.rows.first() else {
            continue;
        };
        let header: Vec<String> = first.cells.iter().map(|c| c.text()).collect();
        if !is_topic_table(&header) {
            continue;
        }
        let mut last_group = String::new();
        for row in &t.rows[1..] {
            let cells: Vec<String> = row.cells.iter().map(|c| c.text()).collect();
            let (group, topic, related) = match cells.len() {
                0 | 1 => continue,
                2 => (String::new(), cells[0].clone(), cells[1].clone()),
                n => (cells[0].clone(), cells[1].clone(), cells[n - 1].clone()),
            };
            let group = group.split_whitespace().collect::<Vec<_>>().join(" ");
            let topic = topic.split_whitespace().collect::<Vec<_>>().join(" ");
            // A group cell left empty under a filled one continues that group (merged cells).
            let group = if group.is_empty() { last_group.clone() } else { group };
            last_group.clone_from(&group);
            if group.is_empty() && topic.is_empty() && related.trim().is_empty() {
                continue;
            }
            let parsed = registry.parse_list(&related);
            let (group, topic) =
                if group.is_empty() { (topic, None) } else { (group, (!topic.is_empty()).then_some(topic)) };
            out.push(TopicRow {
                group,
                topic,
                related: parsed.items,
                especially: parsed.especially,
                related_as_written: related.trim().to_string(),
            });
        }
    }
    out
}

/// Splits text into sentences at ". ", "! " or "? " before a capital letter or a digit, not
/// after common abbreviations.
pub fn sentences(text: &str) -> Vec<String> {
    const ABBREVIATIONS: &[&str] =
        &["mr", "ms", "mrs", "dr", "prof", "e.g", "i.e", "no", "rec", "cf", "etc", "vol", "fig", "approx", "st"];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        // Chinese ends a sentence with its own full stop, with no space after it.
        if matches!(c, '。' | '！' | '？') {
            let s = squeeze(&text[start..i + c.len_utf8()]);
            if !s.is_empty() {
                out.push(s);
            }
            start = i + c.len_utf8();
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(k + 1).map(|x| x.1);
        let after = chars.get(k + 2).map(|x| x.1);
        let ends = match (next, after) {
            (None, _) => true,
            (Some(n), Some(a)) if n.is_whitespace() => a.is_uppercase() || a.is_ascii_digit() || a == '\n',
            (Some(n), None) => n.is_whitespace(),
            _ => false,
        };
        if !ends {
            continue;
        }
        let word: String =
            text[start..i].rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("").to_lowercase();
        if c == '.' && ABBREVIATIONS.contains(&word.as_str()) {
            continue;
        }
        let s = squeeze(&text[start..=i]);
        if !s.is_empty() {
            out.push(s);
        }
        start = i + c.len_utf8();
    }
    let tail = squeeze(&text[start..]);
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

/// Collapses runs of white space, line breaks included, into single spaces.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

static REQUEST_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "FG-MV would like to request you to provide ...", "SA4 kindly asks SA2 to ..."
        r"(?-u:\b)(?:[Rr]equest|[Aa]sk|[Ii]nvite|[Ee]ncourage|[Uu]rge)s?\s+(?:you|your\s+(?:organi[sz]ation|group|committee)|(?:the\s+)?[A-Z][\w./-]*(?:\s+[A-Z0-9][\w./-]*){0,3})\s+to\s+(?P<what>.+)$",
        // "... would be grateful if you would designate ..."
        r"(?-u:\b)[Gg]rateful\s+if\s+(?:you|your\s+\w+|[A-Z][\w./-]*)\s+(?:would|could|can|will)\s+(?P<what>.+)$",
        // "You are kindly requested to ...", "SG16 is invited to ..."
        r"(?-u:\b)(?:is|are)\s+(?:kindly\s+)?(?:requested|invited|asked)\s+to\s+(?P<what>.+)$",
        // "Please provide ..."
        r"^(?:[Pp]lease|[Kk]indly)\s+(?P<what>.+)$",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("valid regular expression"))
    .collect()
});

/// Verbs whose object is the thing requested: "to provide information" requests information.
const DELIVER_VERBS: &[&str] = &["provide", "send", "share", "submit", "supply", "forward"];
/// Clauses that say why, not what: cut from a request.
const PURPOSE_CLAUSES: &[&str] = &[
    " to facilitate",
    " in order to",
    " so as to",
    " so that",
    " for the purpose of",
    " with a view to",
    " to help",
    " to enable",
];

fn tidy_request(what: &str) -> Option<String> {
    let mut s = what.trim().trim_end_matches(['.', ';', ':']).trim().to_string();
    for w in ["kindly ", "also ", "please "] {
        if s.to_lowercase().starts_with(w) {
            s = s[w.len()..].to_string();
        }
    }
    for verb in DELIVER_VERBS {
        if let Some(rest) = s.strip_prefix(verb).filter(|r| r.starts_with(' ')) {
            s = rest.trim().to_string();
            break;
        }
    }
    for clause in PURPOSE_CLAUSES {
        if let Some(i) = s.find(clause) {
            s.truncate(i);
        }
    }
    let s = s.trim().trim_end_matches([',', '.']).trim().to_string();
    (s.split_whitespace().count() >= 2).then_some(s)
}

/// What the statement asks of its recipients, one entry per request, in the order written.
pub fn requests(paragraphs: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paragraphs {
        for sentence in sentences(p) {
            let found = REQUEST_PATTERNS
                .iter()
                .find_map(|re| re.captures(&sentence)?.name("what").map(|m| m.as_str().to_string()));
            if let Some(req) = found.as_deref().and_then(tidy_request)
                && !out.contains(&req)
            {
                out.push(req);
            }
        }
    }
    out
}

static DESIGNATED: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "SA4 has designated Mr Jonas Berg (Example Mobile, Sweden) as its liaison rapporteur
        // towards ITU-T FG-MV."
        r"(?i:has|have)\s+(?i:designated|nominated|appointed|named)\s+(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?(?P<name>[^(),]+?)\s*(?:\((?P<aff>[^()]*)\))?\s*(?:,?\s*(?P<email>[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+),?)?\s+(?i:as)\s+(?i:its|their|the)\s+(?i:new\s+)?(?i:liaison)\s+(?i:rapporteur|officer|representative)(?:\s+(?i:towards|to|for|with)\s+(?P<towards>[^.;]+))?",
        // "Mr Jonas Berg (Example Mobile, Sweden) has been designated as liaison rapporteur
        // towards ITU-T FG-MV."
        r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?(?P<name>(?-u:\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*(?:\((?P<aff>[^()]*)\))?\s*(?:,?\s*(?P<email>[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+),?)?\s+(?i:has\s+been|was|is)\s+(?i:designated|nominated|appointed)\s+(?i:as)\s+(?i:the\s+|its\s+)?(?i:liaison)\s+(?i:rapporteur|officer)(?:\s+(?i:towards|to|for|with)\s+(?P<towards>[^.;]+))?",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("valid regular expression"))
    .collect()
});

/// Finds the liaison rapporteurs a statement says its source designated. The e-mail address is
/// taken from the sentence, else from a contact of the same name.
pub fn rapporteurs(paragraphs: &[&str], contacts: &[Contact], registry: &Registry) -> Vec<ProposedRapporteur> {
    let mut out: Vec<ProposedRapporteur> = Vec::new();
    for p in paragraphs {
        for sentence in sentences(p) {
            let Some(c) = DESIGNATED.iter().find_map(|re| re.captures(&sentence)) else { continue };
            let Some(name) = c.name("name").map(|m| tidy_person_name(m.as_str().trim())) else { continue };
            let (organization, country) = c.name("aff").map_or((None, None), |m| split_affiliation(m.as_str()));
            let key = liaise_core::registry::name_key(&name);
            let email = c.name("email").map(|m| m.as_str().trim_end_matches('.').to_string()).or_else(|| {
                contacts.iter().find(|k| liaise_core::registry::name_key(&k.name) == key).and_then(|k| k.email.clone())
            });
            let towards = c
                .name("towards")
                .map(|m| m.as_str().trim())
                .filter(|t| !t.is_empty())
                .and_then(|t| names(registry, t).into_iter().next());
            if out.iter().any(|r| liaise_core::registry::name_key(&r.name) == key) {
                continue;
            }
            out.push(ProposedRapporteur { name, organization, country, email, towards, quote: sentence.clone() });
        }
    }
    out
}

static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?:
            [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-LS\d+[a-z]?        # ITU: FG-MV-LS1, SG16-LS45
          | [A-Z][A-Za-z0-9]{1,9}(?:-[A-Za-z0-9]{1,9}){0,2}-LS-\d{2,4}(?:-\d{1,4})?  # consortia: OGC-LS-2024-03, IOWN-GF-LS-2025-011
          | [A-Z]{2,5}\x20?\x{2013}\x20?LS\x20?\d+                # ITU-D: TDAG – LS 3 (en dash)
          | [A-Z]{1,4}\d{0,2}-TD\d+(?:/[A-Z0-9]+)?               # ITU: SG16-TD123/PLEN
          | [SRCG][1-6P]-\d{6,7}                                  # 3GPP TDoc: S4-230123, S2-2301234
          | LIAISE-\d{2,5}                                        # Broadband Forum: LIAISE-987
          | IEEE\x20802(?:\.\d{1,2})?-\d{2}/\d{4}r\d+                # IEEE 802: IEEE 802.11-25/0612r0
          | [A-Z][A-Za-z]{1,5}\(\d{2}\)\d{6}(?:r\d+)?               # ETSI: BRAN(25)128021r1
          | \d[A-Z]/(?:TEMP/)?\d{1,4}(?:-[EFSARC])?               # ITU-R: 5A/999-E, 8A/TEMP/223
          | (?:ISO/IEC\s)?JTC\s?1(?:/SC\s?\d+)?(?:/WG\s?\d+)?\s?N\s?\d{2,6}  # ISO/IEC JTC 1/SC 29 N 12345
        )(?-u:\b)",
    )
    .expect("valid regular expression")
});

/// Document numbers cited in a text, in order, each once.
pub fn cited_numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in DOC_NUMBER.find_iter(text) {
        let s = m.as_str().to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Whether a document number looks like one (used to pick it out of a header).
pub fn is_doc_number(s: &str) -> bool {
    DOC_NUMBER.find(s).is_some_and(|m| m.start() == 0 && m.end() == s.trim_end().len())
}

/// Sentences that speak of replying to something.
pub fn reply_sentences(text: &str) -> Vec<String> {
    const WORDS: &[&str] = &[
        "reply",
        "response",
        "respond",
        "thank",
        "your ls",
        "your liaison",
        "answer",
        "remercie",
        "réponse",
        "agradece",
        "respuesta",
        "благодарит",
        "ответ",
        "تشكر",
        "رد",
        "感谢",
        "答复",
        "回复",
    ];
    sentences(text)
        .into_iter()
        .filter(|s| {
            let lower = s.to_lowercase();
            WORDS.iter().any(|w| lower.contains(w))
        })
        .collect()
}

/// Parses a list of names given as a cell's text, against the registry.
pub fn names(registry: &Registry, text: &str) -> Vec<NameRef> {
    let parsed = registry.parse_list(text);
    let mut all = parsed.items;
    all.extend(parsed.especially);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn officers_take_the_last_role_named() {
        let p = "The Chairman is Mr Shin-Gak KANG (ETRI, Republic of Korea), with Vice-Chairmen Ms Shane HE (Nokia Corporation, Finland), Mr Per FRÖJDH (Telefon AB – LM Ericsson, Sweden) and Ms Cristina MARTINEZ (European Commission).";
        let got = officers(&[p]);
        let summary: Vec<_> = got.iter().map(|o| (o.name.as_str(), o.role, o.country.as_deref())).collect();
        assert_eq!(
            summary,
            vec![
                ("Shin-Gak Kang", OfficerRole::Chair, Some("Republic of Korea")),
                ("Shane He", OfficerRole::ViceChair, Some("Finland")),
                ("Per Fröjdh", OfficerRole::ViceChair, Some("Sweden")),
                ("Cristina Martinez", OfficerRole::ViceChair, None),
            ]
        );
        assert!(officers(&["Please designate a liaison rapporteur."]).is_empty());
    }

    #[test]
    fn requests_are_the_things_asked() {
        let got = requests(&[
            "FG-MV would like to request you to provide information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work.",
            "FG-MV would like to collaborate with your organization. FG-MV would be grateful if you would designate a liaison rapporteur to facilitate the collaboration.",
            "The objective is to help advance the work and to encourage the participation of members.",
            "ACTION: SA4 kindly asks SA2 to provide feedback on the questions in section 1.",
            "SG16 is invited to take the above into account in its work on H.266.",
            "ITU-T SG13 would like to ask the IETF to provide information on IPv6 addressing.",
        ]);
        assert_eq!(
            got,
            vec![
                "information regarding any roadmap, technical specifications and/or reports of metaverse-related standardization work",
                "designate a liaison rapporteur",
                "feedback on the questions in section 1",
                "take the above into account in its work on H.266",
                "information on IPv6 addressing",
            ]
        );
    }

    #[test]
    fn designated_rapporteurs_are_proposed() {
        let reg = Registry::builtin();
        let contacts = vec![Contact {
            name: "Jonas Berg".into(),
            email: Some("jonas.berg@example.com".into()),
            ..Contact::default()
        }];
        let got = rapporteurs(
            &[
                "SA4 thanks FG-MV. SA4 has designated Mr Jonas BERG (Example Mobile, Sweden) as its liaison rapporteur towards ITU-T FG-MV.",
            ],
            &contacts,
            &reg,
        );
        assert_eq!(got.len(), 1);
        let r = &got[0];
        assert_eq!(
            (r.name.as_str(), r.organization.as_deref(), r.country.as_deref()),
            ("Jonas Berg", Some("Example Mobile"), Some("Sweden"))
        );
        assert_eq!(r.email.as_deref(), Some("jonas.berg@example.com"));
        assert_eq!(r.towards.as_ref().map(|t| t.name.as_str()), Some("ITU-T FG-MV"));
        let got = rapporteurs(
            &["Ms Ana Silva (ACME, Portugal), ana@acme.pt, has been appointed as liaison rapporteur."],
            &[],
            &reg,
        );
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].name.as_str(), got[0].email.as_deref()), ("Ana Silva", Some("ana@acme.pt")));
        assert!(
            rapporteurs(&["FG-MV would be grateful if you would designate a liaison rapporteur."], &[], &reg)
                .is_empty()
        );
    }

    #[test]
    fn sentences_respect_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith (e.g. ETRI) spoke. Then we\nleft! 3 more."),
            vec!["Mr. Smith (e.g. ETRI) spoke.", "Then we left!", "3 more."]
        );
    }

    #[test]
    fn document_numbers() {
        assert_eq!(
            cited_numbers("In reply to FG-MV-LS1 and SG16-LS45 (see S4-230123, JTC 1/SC 29 N 20123)."),
            vec!["FG-MV-LS1", "SG16-LS45", "S4-230123", "JTC 1/SC 29 N 20123"]
        );
        assert!(is_doc_number("FG-MV-LS1"));
        assert!(!is_doc_number("Focus Group on metaverse"));
    }

    #[test]
    fn affiliations_split_at_the_last_comma() {
        assert_eq!(
            split_affiliation("Department for Digital, Culture, Media and Sport – DCMS, United Kingdom"),
            (Some("Department for Digital, Culture, Media and Sport – DCMS".into()), Some("United Kingdom".into()))
        );
        assert_eq!(
            split_affiliation("World Tourism Organization – UNWTO"),
            (Some("World Tourism Organization – UNWTO".into()), None)
        );
    }
}
