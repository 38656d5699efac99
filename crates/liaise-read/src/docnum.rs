//! The document's own number, found at its head whatever the layout: alone on a line, in the
//! right-hand cell of the letterhead, after "Document" or "doc.:" in any of ITU's languages.
//!
//! Layout readers know where their template puts the number; this pass reads it wherever a
//! statement's head puts it, so a layout that was not recognised, or was flattened, pasted or
//! retyped, does not lose it. It is strict about shape (a date, a meeting, a body's name or a
//! Question is never a number) because a wrong number links the statement to the wrong replies.

use crate::doc::Seg;
use liaise_core::registry::Registry;
use regex::Regex;
use std::sync::LazyLock;

/// Words that name the number in front of it, in ITU's six languages and the usual letterheads.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            document(?:\s+no\.?)? | doc\.? | documento | документ | الوثيقة | 文件 | 文件号
          | tdoc | our\s+ref\.? | ref\.? | référence | réf\.? | liaison\s+statement | liaison
          | declaración\s+de\s+coordinación | déclaration\s+de\s+liaison | n[°o]\.?
        )(?:\s*[:：]\s*|\s+)",
    )
    .expect("valid regular expression")
});

/// A number's shape: letters, digits and the joiners numbers use, with at least one digit run.
/// A few real forms have spaces ("NG LS 25_014", "IEEE 802.11-25/1234r1").
static SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:IEEE\x20)?[A-Za-z0-9][A-Za-z0-9]*(?:[-/._()–][A-Za-z0-9]+|\([A-Za-z0-9]+\)[A-Za-z0-9]+)+
          | [A-Z]{2,6}(?:\x20[A-Z]{2,6}){0,2}\x20\d{2,4}_\d{1,5}
          | [A-Za-z]{2,8}\d{4}\.\d{1,4}(?:\.\d{1,3})?
        )$",
    )
    .expect("valid regular expression")
});

/// Shapes that are something else: a Question, a release, a year range, a page count, a
/// specification ("TS 28.531", "H.264", "G.8275.1"), a date written with dots or dashes.
static NOT_A_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            (?:Q|WP|SG)\d+/\d+ | Rel-\d+ | \d{4}-\d{4} | \d+/\d+ | [A-Z]\.\d+(?:\.\d+)* | (?:TS|TR)\x20?\d+\.\d+
          | \d{1,4}[./-]\d{1,2}[./-]\d{1,4} | 802\.\d+[a-z]*
        )$",
    )
    .expect("valid regular expression")
});

/// The number of the document at the head of `segs`, with the line it stands in. `head_end` is
/// the first segment past the head (the title's, or a dozen lines down).
pub fn from_head(segs: &[Seg], head_end: usize, registry: &Registry) -> Option<(String, String)> {
    let head: Vec<&Seg> = segs.iter().take(head_end).filter(|s| !s.blank).take(12).collect();
    for s in &head {
        for cell in cells(&s.text) {
            if let Some(n) = number_in(cell, registry) {
                return Some((n, s.text.trim().to_string()));
            }
        }
    }
    // The marker's row of the ITU table may hold the number in its right-hand cell, below the
    // first labels ("LIAISON STATEMENT\t\t\tSG11-LS37").
    for s in segs.iter().filter(|s| !s.blank).take(40) {
        if crate::itu::starts_with_marker(&s.text) {
            for cell in cells(&s.text).into_iter().skip(1) {
                if crate::body::is_doc_number(cell) {
                    return Some((cell.to_string(), s.text.trim().to_string()));
                }
            }
        }
    }
    // A letterhead whose cells were run together into one line ("... STUDY PERIOD 2025-2028
    // SG13-LS77"): only the strict shapes of statement numbers, and not beside words that make
    // it another document's number ("revision of C4-252210").
    for s in head.iter().take(3) {
        let lower = s.text.to_lowercase();
        if ["revision", "response", "reply", "replace", " of "].iter().any(|w| lower.contains(w)) {
            continue;
        }
        if let Some(t) = s.text.split_whitespace().find(|t| crate::body::is_doc_number(t)) {
            return Some((t.to_string(), s.text.trim().to_string()));
        }
    }
    None
}

/// The parts of a line a letterhead keeps apart: table cells, tab stops, wide gaps, bold runs.
fn cells(line: &str) -> Vec<&str> {
    line.split(['|', '\t'])
        .flat_map(|p| p.split("   "))
        .flat_map(|p| p.split("**"))
        .map(|p| p.trim().trim_matches(|c: char| c == '*' || c == '_' || c == '#').trim())
        .filter(|p| !p.is_empty())
        .collect()
}

fn number_in(cell: &str, registry: &Registry) -> Option<String> {
    let labelled = LABEL.find(cell).filter(|m| m.end() > 0);
    let rest = labelled.map_or(cell, |m| &cell[m.end()..]).trim();
    // "Liaison Statement" alone is the kind's word, not a label: it needs a number after it.
    if rest.is_empty() || rest.contains(['#', ',', ';', ':']) || rest.chars().count() > 32 {
        return None;
    }
    if crate::body::is_doc_number(rest) {
        return Some(rest.to_string());
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    if digits < 3 || letters == 0 || !SHAPE.is_match(rest) || NOT_A_NUMBER.is_match(rest) {
        return None;
    }
    if liaise_core::date::find_date_span(rest).is_some_and(|d| d.range.len() * 2 >= rest.len()) {
        return None;
    }
    // A body's name ("IEEE 802.11", "JTC 1/SC 29") is a sender, never a number.
    if registry.is_known(rest) {
        return None;
    }
    Some(rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<&str>) {
        let registry = Registry::builtin();
        let segs = vec![Seg { text: line.to_string(), block: 0, row: None, cell: 0, blank: false }];
        let got = from_head(&segs, 1, &registry).map(|(n, _)| n);
        assert_eq!(got.as_deref(), expected, "line {line:?}");
    }

    #[test]
    fn numbers_wherever_a_head_puts_them() {
        check("ETSI TC BRAN#128\t\t\t\t\t\tBRAN(25)128021r1", Some("BRAN(25)128021r1"));
        check("| **ETSI ISG THz#18** | **THz(25)018034** |", Some("THz(25)018034"));
        check("Liaison Statement | NG LS 25_014 |", Some("NG LS 25_014"));
        check("July 2025\t\t\t\t\t\tdoc.: IEEE 802.11-25/1234r1", Some("IEEE 802.11-25/1234r1"));
        check("TELECOMMUNICATION DEVELOPMENT BUREAU\t\t\tDocument RGQ25-1/089-E", Some("RGQ25-1/089-E"));
        check(
            "الاتحاد الدولي للاتصالات | مكتب تنمية الاتصالات | الوثيقة SG2RGQ/77-A | ١٢ مايو ٢٠٢٣ ||",
            Some("SG2RGQ/77-A"),
        );
        check("Document SG1RGQ/212-F", Some("SG1RGQ/212-F"));
        check("**MMAC-PC**\t\t\t\t**MMAC-LS-2025-03**", Some("MMAC-LS-2025-03"));
        check("                                                  oif2025.412.03", Some("oif2025.412.03"));
        check("LIAISON STATEMENT                                     LIAISE-1077", Some("LIAISE-1077"));
        check("ETSI ISG QKD                                          QKD(25)031r1", Some("QKD(25)031r1"));
        check("INTERNATIONAL TELECOMMUNICATION UNION STUDY PERIOD 2025-2028 SG13-LS77", Some("SG13-LS77"));
    }

    #[test]
    fn what_is_never_a_number() {
        check("STUDY PERIOD 2025-2028", None);
        check("Sophia Antipolis, 2-4 June 2025", None);
        check("IEEE 802.11", None);
        check("ITU-T SG15", None);
        check("QUESTION 11/1: Broadband access", None);
        check("Q13/15", None);
        check("24.05.2013", None);
        check("Release: Rel-19", None);
        check("ISO/IEC JTC 1/SC 29", None);
        check("Original: English", None);
        check("3GPP TSG CT WG4 Meeting #127", None);
        check("- 2 -", None);
        check("TS 28.531", None);
        check("Meeting #127, 12 - 16 May 2025 revision of C4-252210", None);
        check("G.8275.1", None);
        check("WP3/13", None);
        check("Reference 2025", None);
    }
}
