//! Whether a text can be the name of a body: the check that keeps label text, dates, postal
//! addresses, telephone numbers, table markup and sentences out of the registry, and that
//! recognises collectives ("Relevant External Organizations", "CT WGs") that name no one body.

use crate::date::find_date_span;
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+").expect("valid regular expression"));

fn find_email(t: &str) -> Option<&str> {
    EMAIL.find(t).map(|m| m.as_str())
}

/// Words that are labels of the layouts, never names of bodies.
const LABEL_WORDS: &[&str] = &[
    "approval",
    "attachment",
    "attachments",
    "cc",
    "contact",
    "contacts",
    "deadline",
    "e-mail",
    "email",
    "fax",
    "for action",
    "for comment",
    "for information",
    "for action to",
    "for comment to",
    "for information to",
    "from",
    "keywords",
    "meeting",
    "n/a",
    "name",
    "none",
    "organization",
    "phone",
    "purpose",
    "question",
    "questions",
    "source",
    "status",
    "subject",
    "tel",
    "title",
    "to",
    "abstract",
    "summary",
    "date",
    "others",
    "other",
    "etc",
    "and",
    "all",
];

/// Countries and cities seen at the end of postal addresses in signatures and contact cells.
const PLACES: &[&str] = &[
    "usa",
    "u.s.a",
    "united states",
    "united kingdom",
    "uk",
    "switzerland",
    "france",
    "germany",
    "china",
    "japan",
    "korea",
    "republic of korea",
    "rep. of korea",
    "india",
    "canada",
    "italy",
    "spain",
    "sweden",
    "finland",
    "geneva",
    "sophia antipolis",
    "piscataway",
    "beijing",
    "tokyo",
    "seoul",
];

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+\s*\d|\(\d{2,4}\)|(?:\d[\s./-]?){7,})").expect("valid regular expression"));
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    // "CA 94583", "CH-1211", "75015 Paris", "SW1A 1AA", "NJ 08854".
    Regex::new(r"(?-u:\b)(?:[A-Z]{2}[\s-]\d{4,5}|\d{5}\s+[A-Z][a-z]+|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})(?-u:\b)")
        .expect("valid regular expression")
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:mid-?|early |late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})?(?:,?\s+\d{4})?$")
        .expect("valid regular expression")
});
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:street|st\.|avenue|ave\.|road|rd\.|place des|rue|suite|p\.?o\.? box|route des|boulevard|blvd)(?-u:\b)")
        .expect("valid regular expression")
});

/// Why a text cannot be a body's name, or `None` when it may be one.
pub fn implausible(name: &str) -> Option<&'static str> {
    let t = name.trim();
    let lower = t.to_lowercase();
    let bare = lower.trim_end_matches([':', '.', ' ']);
    if t.is_empty() {
        return Some("it is empty");
    }
    if t.contains('|') || t.starts_with("---") || t.starts_with('#') {
        return Some("it is table markup");
    }
    if t.ends_with(':') || LABEL_WORDS.contains(&bare) {
        return Some("it is label text");
    }
    // "ITU-T FG-MV Document number: FG-MV-LS2": a field the reader ran into the name.
    if let Some((before, _)) = lower.split_once(": ") {
        let words: Vec<&str> = before.split_whitespace().collect();
        let tail2 = words.len().checked_sub(2).map(|i| words[i..].join(" "));
        let tail1 = words.last().map(|w| w.to_string());
        if [tail2, tail1].into_iter().flatten().any(|w| LABEL_WORDS.contains(&w.as_str()) || w.ends_with(" number")) {
            return Some("it holds a labelled field");
        }
    }
    if find_email(t).is_some() || lower.contains("http://") || lower.contains("https://") || lower.contains("www.") {
        return Some("it is an address");
    }
    if MONTH.is_match(t) || find_date_span(t).is_some_and(|s| s.range.len() * 2 >= t.len()) {
        return Some("it is a date");
    }
    if PLACES.contains(&bare) || POSTCODE.is_match(t) || STREET.is_match(t) {
        return Some("it is a postal address");
    }
    if PHONE.is_match(t) && t.chars().filter(char::is_ascii_digit).count() >= 7 {
        return Some("it is a telephone number");
    }
    if t.chars().all(|c| c.is_ascii_digit() || c.is_ascii_punctuation() || c.is_whitespace()) {
        return Some("it has no letters");
    }
    // "see footnote¹", "see below", "listed in Annex A": a pointer to the recipients, not one.
    if lower.starts_with("see ") || lower.contains("footnote") || lower.starts_with("listed ") {
        return Some("it points to a list elsewhere");
    }
    if t.starts_with('<') && t.ends_with('>') || t.starts_with('[') && t.ends_with(']') || t.contains("...") {
        return Some("it is a template placeholder");
    }
    if lower.contains(" meeting") || lower.starts_with("meeting ") {
        return Some("it names a meeting");
    }
    // "Jane Roe, Chair", "Chair": a person or a role, not a body.
    let parts: Vec<&str> = lower.split(',').map(str::trim).collect();
    if parts.iter().any(|p| ROLES.contains(p)) || ROLES.contains(&bare) {
        return Some("it names a person or a role");
    }
    if looks_like_person(t) {
        return Some("it reads as a person's name");
    }
    let words = t.split_whitespace().count();
    if words > 9 || t.chars().count() > 90 {
        return Some("it is too long for a name");
    }
    // A sentence, not a name: it starts with a lower-case word and runs on, or holds ". ".
    let starts_lower = t.chars().next().is_some_and(char::is_lowercase);
    if (starts_lower && words > 3) || t.contains(". ") || t.ends_with('?') {
        return Some("it reads as a sentence");
    }
    if ["dear ", "please ", "thank", "best regards", "kind regards", "sincerely"].iter().any(|w| lower.starts_with(w)) {
        return Some("it reads as a sentence");
    }
    None
}

/// Roles of people, which signatures and contact lines put next to names.
const ROLES: &[&str] = &[
    "chair",
    "chairman",
    "chairwoman",
    "co-chair",
    "vice-chair",
    "vice chair",
    "convenor",
    "convener",
    "rapporteur",
    "associate rapporteur",
    "secretary",
    "editor",
    "liaison officer",
    "liaison manager",
    "director",
    "president",
    "liaison rapporteur",
    "chief executive",
];

/// Words that names of bodies hold and names of people do not.
const ORG_WORDS: &[&str] = &[
    "forum",
    "group",
    "alliance",
    "council",
    "consortium",
    "committee",
    "association",
    "institute",
    "organization",
    "organisation",
    "society",
    "union",
    "foundation",
    "project",
    "partnership",
    "board",
    "agency",
    "authority",
    "federation",
    "initiative",
    "task",
    "force",
    "team",
    "network",
    "centre",
    "center",
    "office",
    "ministry",
    "commission",
    "assembly",
    "conference",
    "body",
    "bureau",
    "sector",
    "department",
    "university",
    "laboratory",
    "labs",
    "consortia",
    "working",
    "study",
    "technical",
    "subcommittee",
    "community",
    "program",
    "programme",
    "standards",
    "international",
    "global",
    "industry",
    "research",
    "agreement",
    "fund",
    "platform",
    "coalition",
    "club",
    "trust",
    "registry",
    "secretariat",
];

/// Whether a name reads as a person's: two to four words, each a capitalised word of letters
/// (accents, hyphens and apostrophes allowed), none an acronym, a number or a word bodies use.
fn looks_like_person(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    words.iter().all(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let rest_lower = letters.iter().skip(1).filter(|c| c.is_uppercase()).count() <= 2;
        let only_name_chars = w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        let has_lower = letters.iter().any(|c| c.is_lowercase());
        first_upper
            && has_lower
            && rest_lower
            && only_name_chars
            && letters.len() >= 2
            && !ORG_WORDS.contains(&w.to_lowercase().trim_end_matches('.'))
    }) && words.iter().any(|w| !w.is_ascii() || w.len() >= 3)
}

/// A collective: words that stand for several bodies without naming them ("Relevant External
/// Organizations", "External Organizations (EOs)", "CT WGs", "others"). Returned as written, for
/// a person to expand; never a body.
pub fn collective(name: &str) -> Option<String> {
    let t = name.trim();
    let key = super::name_key(t);
    let plural_kind = ["wgs", "sgs", "scs", "tcs", "wps", "isgs", "groups", "committees"];
    let words: Vec<String> = t.split_whitespace().map(|w| w.to_lowercase()).collect();
    let is = key.contains("externalorganizations")
        || key.contains("externalorganisations")
        || matches!(
            key.as_str(),
            "eos"
                | "others"
                | "allothers"
                | "relevantsdos"
                | "relevantorganizations"
                | "relevantgroups"
                | "allmembers"
                | "interestedparties"
                | "interestedorganizations"
        )
        || key.starts_with("relevant")
        || (words.len() <= 3
            && words.last().is_some_and(|w| plural_kind.contains(&w.as_str()))
            && !t.chars().any(|c| c.is_ascii_digit()))
        // "All ITU-T Study Groups", "all ITU-R Working Parties": every one of a kind.
        || (words.len() <= 5
            && words.first().is_some_and(|w| w == "all")
            && words.last().is_some_and(|w| {
                plural_kind.contains(&w.as_str()) || matches!(w.as_str(), "parties" | "bodies" | "sectors" | "members")
            })
            && !t.chars().any(|c| c.is_ascii_digit()));
    // A title in capitals ("RELEVANT EXTERNAL ORGANIZATIONS") is said in ordinary case.
    let shown = if t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        t.split_whitespace()
            .map(|w| {
                let lower = w.to_lowercase();
                let mut c = lower.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        t.to_string()
    };
    is.then_some(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_seen_in_real_statements_is_no_name() {
        for junk in [
            "Approval: |",
            "Approval:",
            "January 1",
            "CA 94583",
            "USA |",
            "USA",
            "San Ramon, CA 94583 USA",
            "+1 925 275 6600",
            "Tel: +41 22 730 5111",
            "||",
            "| --- |",
            "2019-04-08",
            "24 May 2013",
            "mid-May 2007",
            "jane.roe@example.org",
            "https://datatracker.example.org/liaison/1/",
            "Deadline",
            "n/a",
            "Dear colleagues",
            "the group would appreciate comments on the following",
            "Please send your reply. Thank you",
            "123 Main Street",
            "<the addressed organization>",
            "Jörg Feldkamp, Chair, IEEE 802.1 Working Group",
            "Chair",
            "Ana-Lucía Pérez",
            "Hiroshi Takeda",
            "Grace O'Connell-Mbeki",
            "Rapporteur Group meeting on Question 11/2",
            // Found by the review of issue 9: a labelled line ran into the source's name.
            "ITU-T FG-MV Document number: FG-MV-LS2",
            "ITU-T SG16 Deadline: 2024-01-31",
            // A To line that points to the footnote holding the recipients.
            "see footnote¹",
            "listed below",
        ] {
            assert!(implausible(junk).is_some(), "{junk:?} was taken as a name");
        }
    }

    #[test]
    fn collectives_are_no_bodies() {
        assert_eq!(collective("Relevant External Organizations").as_deref(), Some("Relevant External Organizations"));
        assert!(collective("External Organizations (EOs)").is_some());
        assert!(collective("CT WGs").is_some());
        assert!(collective("ITU-T SG16").is_none());
        assert!(collective("Broadband Forum").is_none());
    }

    #[test]
    fn names_of_bodies_pass() {
        for name in [
            "Broadband Forum",
            "World Metaverse Council",
            "Research and Innovation Council",
            "ITU-T SG15",
            "IEEE 802.1",
            "ISO/IEC JTC 1/SC 29",
            "3GPP TSG RAN WG2",
            "Acme Metaverse Alliance",
            "OMA3",
            "ETSI ISG NGP",
            "WP 1/4",
            "oneM2M",
            "IETF ccamp",
            "5G Automotive Association",
        ] {
            assert_eq!(implausible(name), None, "{name:?} was refused");
        }
    }
}
