//! The parts of a letter that name its sender and its addressee without labels: the letterhead
//! at its top, the address block above "Dear ...", and the signature under "Yours sincerely".
//!
//! Liaison letters between chairs are written so: "MMAC-PC" as a letterhead, "ITU-R Working
//! Party 5A / Radiocommunication Bureau / ... Geneva" as the address, "Chair, ISO/TC 211" under
//! the signature. Only names the registry knows are taken from them; an address's street and
//! town, a person and a title never are.

use crate::doc::Seg;
use liaise_core::registry::Registry;
use regex::Regex;
use std::sync::LazyLock;

/// What a letter's unlabelled parts say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LetterParts {
    /// The body its letterhead names.
    pub letterhead: Option<String>,
    /// The body its address block names first.
    pub addressee: Option<String>,
    /// The body its signature names ("Chair, ISO/TC 211").
    pub signatory: Option<String>,
    /// Whether it greets someone ("Dear ...").
    pub greets: bool,
    /// The date on a line of its own ("28 April 2025", "Geneva, 3 March 2026"), above the
    /// greeting or under the signature.
    pub date: Option<chrono::NaiveDate>,
    /// The addresses in its letterhead, text and signature, each with the person named on a
    /// line just above it, if one is.
    pub emails: Vec<(String, Option<String>)>,
}

/// A date that a line holds alone, or after a place: "Oslo, 16 June 2025".
fn date_line(line: &str) -> Option<chrono::NaiveDate> {
    let lower = line.to_lowercase();
    if ["received", "reçu", "recibido", "submitted"].iter().any(|w| lower.starts_with(w)) {
        return None;
    }
    let span = liaise_core::date::find_date_span(line)?;
    let rest = format!("{}{}", &line[..span.range.start], &line[span.range.end..]);
    let rest = rest.trim().trim_end_matches([',', '.']).trim();
    let place_like =
        rest.split_whitespace().count() <= 3 && !rest.chars().any(|c| c.is_ascii_digit()) && !rest.contains(':');
    (span.start == span.end && place_like).then_some(span.start)
}

static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:dear|to whom it may concern|madame|monsieur|estimad[oa]s?|уважаем)")
        .expect("valid regular expression")
});
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|kind(?:est)?\s+regards|best\s+regards|with\s+(?:our\s+)?(?:best|kind(?:est)?|warm(?:est)?)\s+regards|regards|respectfully|cordialement|veuillez|atentamente|saludos|с\s+уважением)",
    )
    .expect("valid regular expression")
});
/// An officer's title before the body they sign for: "Chair, X", "Chairman of X", "Convenor X".
static OFFICER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:vice|co|deputy)[\s-]?)?(?:chair(?:man|woman|person)?|convenor|convener|rapporteur|secretary|president|director|co-lead|lead|liaison\s+(?:officer|rapporteur|manager)|committee\s+manager)s?(?:\s+of(?:\s+the)?|,|\s*-|\s+–)?\s+(?P<body>.+)$",
    )
    .expect("valid regular expression")
});

/// Whether a document greets its reader in its first lines, as a letter does.
pub fn greets(segs: &[Seg]) -> bool {
    segs.iter().filter(|s| !s.blank).take(45).any(|s| GREETING.is_match(s.text.trim()))
}

/// The body an address names, line by line, first found first: "Rapporteur for Question 2/2,
/// ITU-D Study Group 2" is ITU-D Study Group 2 (a part named exactly beats a Question, whose
/// sector is a guess), and the Bureau, the Union and the street under it name no recipient.
pub fn address_body(registry: &Registry, lines: &[&str]) -> Option<String> {
    lines.iter().find_map(|l| {
        let l = OFFICER.captures(l).and_then(|c| c.name("body").map(|m| m.as_str())).unwrap_or(l);
        let parts: Vec<&str> = l.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect();
        parts
            .iter()
            .find(|p| registry.lookup_exact(p).is_some())
            .map(|p| p.to_string())
            .or_else(|| parts.iter().find_map(|p| known_start(registry, p)))
    })
}

/// The longest start of `text` (in words) that names a body: "ISO/TC 211 Geographic
/// information/Geomatics" is ISO/TC 211.
pub fn known_start(registry: &Registry, text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches(['.', ',']);
    if registry.is_known(text) {
        return Some(registry.known_prefix(text).unwrap_or(text).to_string());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len().min(10)).rev().find_map(|k| {
        let start = words[..k].join(" ");
        let start = start.trim_end_matches([',', ':', '-', '–']);
        registry.lookup_exact(start).map(|_| start.to_string())
    })
}

/// Reads the letterhead, address block and signature of a letter. `first_label` is the line of
/// its first labelled field, where a letterhead ends.
pub fn parts(registry: &Registry, segs: &[Seg], first_label: usize) -> LetterParts {
    let mut out = LetterParts::default();
    let lines: Vec<(usize, &str)> =
        segs.iter().enumerate().filter(|(_, s)| !s.blank).map(|(i, s)| (i, s.text.trim())).collect();
    // The letterhead: the first lines, each part of "OIF – Optical Internetworking Forum" or
    // "OMA3 · Open Metaverse Alliance for Web3" tried on its own.
    for &(i, l) in lines.iter().take(3) {
        if i >= first_label.max(1) {
            break;
        }
        if let Some(b) = l
            .split([' ', '·', '|'])
            .next()
            .filter(|w| w.len() >= 2)
            .and_then(|w| registry.lookup_exact(w).map(|_| w))
            .map(str::to_string)
            .or_else(|| {
                l.split(['·', '–', '|']).map(str::trim).find_map(|p| registry.lookup_exact(p).map(|_| p.to_string()))
            })
        {
            out.letterhead = Some(b);
            break;
        }
    }
    // The address block: the lines of the paragraph just above the greeting or the subject.
    let greeting = lines.iter().position(|(_, l)| GREETING.is_match(l));
    out.greets = greeting.is_some();
    if let Some(g) = greeting {
        // The paragraphs before the greeting, nearest first; the address is the one holding a
        // body's name (the subject line may stand between them).
        let mut k = g;
        let mut blocks: Vec<Vec<&str>> = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        while k > 0 && blocks.len() < 4 {
            k -= 1;
            let (i, l) = lines[k];
            current.insert(0, l);
            let gap_before = k == 0 || lines[k - 1].0 + 1 < i;
            if gap_before {
                blocks.push(std::mem::take(&mut current));
            }
        }
        for block in blocks {
            if block.iter().any(|l| l.to_lowercase().starts_with("subject") || l.to_lowercase().starts_with("re:")) {
                continue;
            }
            if let Some(b) = address_body(registry, &block) {
                out.addressee = Some(b);
                break;
            }
        }
    }
    // The signature: the lines after the closing, or the last lines of the letter.
    let closing = lines.iter().rposition(|(_, l)| CLOSING.is_match(l));
    let tail: Vec<&str> = match closing {
        Some(c) => lines[c + 1..].iter().take(8).map(|(_, l)| *l).collect(),
        None => Vec::new(),
    };
    out.signatory = tail.iter().find_map(|l| {
        let body = OFFICER.captures(l)?.name("body")?.as_str();
        known_start(registry, body)
    });
    let head_end = greeting.unwrap_or(12.min(lines.len()));
    let head_lines = lines[..head_end].iter().map(|(_, l)| *l);
    out.date = head_lines.clone().find_map(date_line).or_else(|| tail.iter().copied().find_map(date_line));
    // Addresses: the letterhead's, the signature's, and, in a letter that greets its reader,
    // those its text gives ("Ms Anouk Brandsma (anouk.brandsma@example.net)").
    let letterhead = head_lines.clone();
    let text: Vec<&str> = match (greeting, closing) {
        (Some(g), Some(c)) if c > g => lines[g..c].iter().map(|(_, l)| *l).collect(),
        _ => Vec::new(),
    };
    let all_tail: Vec<&str> = closing.map(|c| lines[c + 1..].iter().map(|(_, l)| *l).collect()).unwrap_or_default();
    for part in [letterhead.collect::<Vec<_>>(), text, all_tail] {
        for (j, l) in part.iter().enumerate() {
            let Some(e) = crate::common::find_email(l) else { continue };
            if out.emails.iter().any(|(x, _)| *x == e) {
                continue;
            }
            // The person is named on the address's line ("Ms Anouk Brandsma (anouk@...)") or
            // on one of the three lines above it, before any other address.
            let before = l.split(&e).next().unwrap_or("").trim().trim_end_matches(['(', '<', ',', ':']).trim();
            let person = std::iter::once(before)
                .chain(part[j.saturating_sub(3)..j].iter().rev().take_while(|p| !p.contains('@')).copied())
                .find(|p| is_person(p))
                .map(str::to_string);
            out.emails.push((e, person));
        }
    }
    out
}

/// Whether a line is a person's name (with a courtesy title or not), as the guard reads names.
fn is_person(line: &str) -> bool {
    let l = line.trim().trim_start_matches(|c: char| !c.is_alphabetic());
    let l = ["Dr. ", "Dr ", "Mr. ", "Mr ", "Ms. ", "Ms ", "Mrs ", "Prof. ", "Prof "]
        .iter()
        .find_map(|t| l.strip_prefix(t))
        .unwrap_or(l);
    !l.is_empty() && crate::guard::implausible(l).is_some_and(|why| why.contains("person's name"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::from_text;

    #[test]
    fn letterhead_address_and_signature() {
        let reg = Registry::builtin();
        let text = "MMAC-PC\nMultimedia Mobile Access Communication Systems Promotion Council\nc/o Example, Tokyo\n\n\
            28 April 2025\n\nThe Chairman\nITU-R Working Party 5A\nRadiocommunication Bureau\nPlace des Nations\nCH-1211 Geneva 20\n\n\
            Subject: Characteristics of 60 GHz systems\n\nDear Chairman,\n\nWe write.\n\nYours sincerely,\n\nTaro Example\nChair, ISO/TC 211 Geographic information/Geomatics\n";
        let segs = from_text(text).segments();
        let p = parts(&reg, &segs, segs.len());
        assert_eq!(p.letterhead.as_deref(), Some("MMAC-PC"));
        assert_eq!(p.addressee.as_deref(), Some("ITU-R Working Party 5A"));
        let signatory = p.signatory.as_deref().and_then(|s| reg.lookup(s)).map(|b| b.canonical.as_str());
        assert_eq!(signatory, Some("ISO/TC 211"));
        assert!(p.greets);
    }

    #[test]
    fn a_postal_address_names_no_body() {
        let reg = Registry::builtin();
        let text = "Dr Jane Roe\nChair, IEEE 802.3 Ethernet Working Group\nIEEE Standards Association\n445 Example Lane\nPiscataway, NJ 08854\n\nDear Dr Roe,\n\nText.\n";
        let segs = from_text(text).segments();
        let p = parts(&reg, &segs, segs.len());
        assert_eq!(p.addressee.as_deref(), Some("IEEE 802.3 Ethernet Working Group"));
        assert_eq!(reg.lookup("IEEE 802.3 Ethernet Working Group").map(|b| b.canonical.as_str()), Some("IEEE 802.3"));
    }
}
