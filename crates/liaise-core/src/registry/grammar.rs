//! The grammar of recipient lists as secretariats write them.
//!
//! "ITU-T SGs 2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, and TSAG; ITU-D SGs 1, 2; ITU-R SG6" names
//! 15 bodies: a numbered item ("ITU-T SGs 2") sets a context that bare numbers ("3") and bare
//! numbered kinds ("SG15") inherit, until an item of another shape or a semicolon ends it.
//! "All SDOs (especially ITU-R SG5, IEC, ISO, JTC1" keeps the marker and lists the singled-out
//! bodies apart. The grammar asks the registry whether a name is known, so that a body whose
//! own name contains "and" is not split.

use crate::model::NameRef;
use regex::Regex;
use std::sync::LazyLock;

/// The names of one list: the bodies named, and those singled out with "especially".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListParse {
    pub items: Vec<NameRef>,
    pub especially: Vec<NameRef>,
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?P<org>.*?)[\s/-]*(?-u:\b)
          (?P<kind>sgs?|study\s+groups?|scs?|sub-?committees?|tcs?|technical\s+committees?|wps?|working\s+part(?:y|ies)|wgs?|working\s+groups?|gts?|рг)
          \s*(?P<num>\d+[a-z]?)$",
    )
    .expect("valid regular expression")
});

/// Whether a piece could end in a group number ("SG16", "WP 5D"): the cheap test before the
/// regular expression.
fn may_be_numbered(p: &str) -> bool {
    let tail: Vec<u8> = p.bytes().rev().take(2).collect();
    tail.iter().any(u8::is_ascii_digit)
}

static BARE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\d+[a-z]?$").expect("valid regular expression"));

static AND_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+(?:and|&)\s+").expect("valid regular expression"));

const ESPECIALLY: &[&str] = &["especially", "in particular", "particularly", "notably", "including", "e.g."];

/// The organization and kind a numbered item set, for the bare items after it.
#[derive(Debug, Clone)]
struct Context {
    org: String,
    kind: &'static str,
}

fn canonical_kind(kind: &str) -> &'static str {
    let k = kind.to_ascii_lowercase();
    if k.starts_with("sg") || k.starts_with("study") {
        "SG"
    } else if k.starts_with("sc") || k.starts_with("sub") {
        "SC"
    } else if k.starts_with("tc") || k.starts_with("technical") {
        "TC"
    } else if k.starts_with("wp") || k.starts_with("working p") || k.starts_with("gt") || k.starts_with("рг") {
        "WP"
    } else {
        "WG"
    }
}

fn numbered_name(org: &str, kind: &str, num: &str) -> String {
    // ITU writes working parties with a space ("WP 5D"); groups run the number on ("SG16").
    let sep = if kind == "WP" { " " } else { "" };
    let num = num.to_ascii_uppercase();
    if org.is_empty() { format!("{kind}{sep}{num}") } else { format!("{org} {kind}{sep}{num}") }
}

struct Parser<'a> {
    known: &'a dyn Fn(&str) -> bool,
    ctx: Option<Context>,
}

impl Parser<'_> {
    fn piece(&mut self, raw: &str, out: &mut Vec<NameRef>) {
        let p = clean_piece(raw);
        if p.is_empty() {
            return;
        }
        if (self.known)(p) {
            self.ctx = self.context_of(p);
            // "ITU-T SGs 9" is known through its key; name it the way a single body is written.
            let name = match &self.ctx {
                Some(ctx) if may_be_numbered(p) && NUMBERED.is_match(p) => {
                    let num = NUMBERED.captures(p).and_then(|c| c.name("num")).map_or("", |m| m.as_str());
                    let tidy = numbered_name(&ctx.org, ctx.kind, num);
                    if (self.known)(&tidy) { tidy } else { p.to_string() }
                }
                _ => p.to_string(),
            };
            out.push(NameRef { written: p.to_string(), name });
            return;
        }
        // "Commissions d'études 13 et 15 de l'UIT-T": several ITU groups in one phrase.
        if let Some(names) = super::lang::plural_in_english(p) {
            self.ctx = None;
            out.extend(names.into_iter().map(|name| NameRef { written: p.to_string(), name }));
            return;
        }
        let parts: Vec<&str> = AND_SPLIT.split(p).map(clean_piece).collect();
        // Split on "and" only where a part stands as a name by itself; otherwise "and" belongs
        // to an unknown body's own name ("Research and Innovation Council").
        let splits = parts.len() > 1
            && parts.iter().any(|part| {
                (self.known)(part) || (may_be_numbered(part) && (NUMBERED.is_match(part) || BARE_NUMBER.is_match(part)))
            });
        if splits {
            for part in parts {
                self.single(part, out);
            }
        } else {
            self.single(p, out);
        }
    }

    fn context_of(&self, p: &str) -> Option<Context> {
        if !may_be_numbered(p) {
            return None;
        }
        let c = NUMBERED.captures(p)?;
        let org = c.name("org")?.as_str().trim().trim_end_matches(['/', '-']).trim();
        let kind = canonical_kind(c.name("kind")?.as_str());
        if org.is_empty() {
            return self.ctx.clone().filter(|ctx| ctx.kind == kind);
        }
        Some(Context { org: org.to_string(), kind })
    }

    fn single(&mut self, p: &str, out: &mut Vec<NameRef>) {
        if p.is_empty() {
            return;
        }
        if let Some(c) = may_be_numbered(p).then(|| NUMBERED.captures(p)).flatten() {
            let org = c.name("org").map_or("", |m| m.as_str()).trim().trim_end_matches(['/', '-']).trim();
            let kind = canonical_kind(c.name("kind").map_or("", |m| m.as_str()));
            let num = c.name("num").map_or("", |m| m.as_str());
            let org = if org.is_empty() {
                match &self.ctx {
                    Some(ctx) => ctx.org.clone(),
                    None => String::new(),
                }
            } else {
                org.to_string()
            };
            if org.is_empty() {
                // "WPs 5A and 5B": no organization, but the kind still carries to "5B".
                out.push(NameRef::same(p));
                self.ctx = Some(Context { org: String::new(), kind });
                return;
            }
            let name = numbered_name(&org, kind, num);
            self.ctx = Some(Context { org, kind });
            out.push(NameRef { written: p.to_string(), name });
            return;
        }
        if BARE_NUMBER.is_match(p)
            && let Some(ctx) = &self.ctx
        {
            out.push(NameRef { written: p.to_string(), name: numbered_name(&ctx.org, ctx.kind, p) });
            return;
        }
        // "CEN/TC 278, Secretary": an officer or a bare "Group" after a numbered item is no
        // group of that item's organization.
        const NO_GROUP: &[&str] = &[
            "chair",
            "chairs",
            "chairman",
            "secretary",
            "secretariat",
            "convenor",
            "convener",
            "rapporteur",
            "editor",
            "manager",
            "group",
            "groups",
            "committee",
            "area",
            "members",
            "experts",
            "delegates",
        ];
        // Only a short piece ("TSAG", "5D") takes the organization of the item before it: a name
        // of several words is its own ("ITU-T SG15, Acme Standards Group" was read as ITU-T).
        if !(self.known)(p)
            && !p.contains(char::is_whitespace)
            && !NO_GROUP.contains(&p.to_lowercase().as_str())
            && let Some(ctx) = &self.ctx
        {
            let with_org = format!("{} {p}", ctx.org);
            if (self.known)(&with_org) {
                self.ctx = None;
                out.push(NameRef { written: p.to_string(), name: with_org });
                return;
            }
        }
        self.ctx = None;
        out.push(self.unknown(p));
    }

    /// A piece the registry does not know, read as the body inside it when the rest is only
    /// who at that body it is addressed to: "Chairs of 3GPP TSG SA" is 3GPP TSG SA, "oneM2M TP"
    /// (its technical plenary) oneM2M, "الفريق المتخصص FG-AINN" (the focus group) FG-AINN.
    fn unknown(&self, p: &str) -> NameRef {
        const TO_WHOM: &[&str] = &[
            "chairs of ",
            "chair of ",
            "the chair of ",
            "the chairs of ",
            "chairman of ",
            "chairmen of ",
            "convenor of ",
            "secretariat of ",
            "secretary of ",
            "members of ",
            "the ",
        ];
        let lower = p.to_lowercase();
        if let Some(w) = TO_WHOM.iter().find(|w| lower.starts_with(**w)) {
            let rest = p[w.len()..].trim();
            if (self.known)(rest) {
                return NameRef { written: p.to_string(), name: rest.to_string() };
            }
        }
        let words: Vec<&str> = p.split_whitespace().collect();
        // A plenary or a meeting of a body the registry knows.
        const ORGANS: &[&str] = &["tp", "plenary", "secretariat", "board", "chair", "chairs"];
        if words.len() >= 2
            && let Some(last) = words.last()
            && ORGANS.contains(&last.to_lowercase().as_str())
        {
            let head = words[..words.len() - 1].join(" ");
            if (self.known)(&head) {
                return NameRef { written: p.to_string(), name: head };
            }
        }
        // A name of a group in a script the registry does not hold, with its acronym after it.
        if words.len() >= 2
            && !p.is_ascii()
            && let Some(last) = words.last()
            && last.is_ascii()
            && last.chars().any(|c| c.is_ascii_uppercase())
            && (self.known)(last)
        {
            return NameRef { written: p.to_string(), name: (*last).to_string() };
        }
        NameRef::same(p)
    }

    fn list(&mut self, text: &str, out: &mut Vec<NameRef>, especially: &mut Vec<NameRef>) {
        let mut in_especially = false;
        for group in text.split([';', '\n', '\r']) {
            self.ctx = None;
            let first = out.len();
            self.group(group, out, especially, &mut in_especially);
            // "لجنة الدراسات 2 ولجنة الدراسات 17 لقطاع تقييس الاتصالات": the sector named once,
            // with the last study group, is every one's. Most lists hold no name that ends in
            // a number the registry does not know, and are left at once.
            if !out[first..].iter().any(|n| n.name == n.written && n.name.ends_with(|c: char| c.is_ascii_digit())) {
                continue;
            }
            let mut sector: Option<String> = None;
            for i in (first..out.len()).rev() {
                let n = &mut out[i];
                let english = super::lang::in_english(&n.name).unwrap_or_else(|| n.name.clone());
                if let Some(s) = SECTOR_SG.captures(&english).map(|c| c[1].to_string()) {
                    sector = Some(s);
                } else if n.name == n.written
                    && let (Some(s), Some(num)) = (&sector, super::lang::sectorless_study_group(&n.name))
                {
                    n.name = format!("{s} SG{num}");
                }
            }
        }
    }

    fn group(&mut self, group: &str, out: &mut Vec<NameRef>, especially: &mut Vec<NameRef>, in_especially: &mut bool) {
        for raw in group.split(',') {
            let trimmed = raw.trim();
            if let Some(rest) = strip_marker(trimmed) {
                *in_especially = true;
                self.ctx = None;
                self.piece(rest, especially);
                continue;
            }
            if *in_especially {
                self.piece(trimmed, especially);
            } else {
                self.piece(trimmed, out);
            }
        }
    }
}

/// "ITU-T SG17": a study group with its sector.
static SECTOR_SG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(ITU-[TRD]) SG\d+$").expect("valid regular expression"));

/// Removes "especially" and its synonyms from the start of a piece.
fn strip_marker(p: &str) -> Option<&str> {
    ESPECIALLY.iter().find_map(|m| {
        let head = p.get(..m.len()).filter(|h| h.eq_ignore_ascii_case(m))?;
        let rest = &p[head.len()..];
        (rest.is_empty() || rest.starts_with([' ', ':'])).then(|| rest.trim_start_matches([' ', ':']))
    })
}

/// Trims list noise around one item: spaces, "and"/"or" in front, stray punctuation.
fn clean_piece(raw: &str) -> &str {
    let mut p = raw.trim().trim_matches(|c: char| c == '.' || c == ':' || c == '"' || c.is_whitespace());
    loop {
        let lower = p.to_ascii_lowercase();
        let stripped = ["and ", "or ", "& ", "as well as ", "to "]
            .iter()
            .find(|w| lower.starts_with(**w))
            .map(|w| p[w.len()..].trim_start());
        match stripped {
            Some(s) => p = s,
            None => break,
        }
    }
    let mut p = p.trim();
    // "Broadband Forum etc." ends a list that runs on; the body is "Broadband Forum".
    for tail in [" etc.", " etc", " and others", " et al."] {
        if p.len() > tail.len() && p.get(p.len() - tail.len()..).is_some_and(|t| t.eq_ignore_ascii_case(tail)) {
            p = p[..p.len() - tail.len()].trim_end_matches([',', ' ']);
        }
    }
    if ["and", "or", "&", "etc"].iter().any(|w| p.eq_ignore_ascii_case(w)) { "" } else { p }
}

/// The separators of ITU's other languages as English writes them: the Chinese and Arabic
/// commas and semicolons, full-width parentheses, and "and" in French, Spanish, Russian,
/// Chinese and Arabic (which glues "و" to the next word: "وETSI ISG MEC").
fn separators_in_english(text: &str) -> std::borrow::Cow<'_, str> {
    static AND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:et|y|e|и)\s+|\s*[和及与]\s*|\s+و(?:\s+|(?P<next>[A-Za-z]|لجنة|الفريق|قطاع|فرقة))")
            .expect("valid regular expression")
    });
    let lower = text.to_ascii_lowercase();
    if text.is_ascii() && !lower.contains(" et ") && !lower.contains(" y ") && !lower.contains(" e ") {
        return std::borrow::Cow::Borrowed(text);
    }
    let punct: String = text
        .chars()
        .map(|c| match c {
            '、' | '，' | '،' => ',',
            '；' | '؛' => ';',
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect();
    std::borrow::Cow::Owned(
        AND.replace_all(&punct, |c: &regex::Captures| format!(" and {}", c.name("next").map_or("", |m| m.as_str())))
            .into_owned(),
    )
}

/// Splits parenthesised parts off a list. Parentheses that open with "especially" (closed or
/// not, as in the FG-MV table) hold singled-out bodies; other parentheses only repeat or qualify
/// the name before them ("Metaverse Standards Forum (MSF)") and are dropped.
fn split_parentheses(text: &str, known: &dyn Fn(&str) -> bool) -> (String, String) {
    let mut main = String::new();
    let mut especially = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        main.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let (inner, next) = match after.find(')') {
            Some(close) => (&after[..close], &after[close + 1..]),
            None => (after, ""),
        };
        if let Some(body) = strip_marker(inner.trim()) {
            if !especially.is_empty() {
                especially.push(',');
            }
            especially.push_str(body);
        } else {
            // "Grupo Temático del UIT-T sobre ... (FG-AI4NDM)": a name the registry does not
            // know, spelled out, with the acronym it knows in parentheses.
            // The name is what follows the last separator, "and" included ("TTA and the
            // Wireless Broadband Alliance (WBA)" keeps TTA).
            let mut start = main.rfind([',', ';', '\n']).map_or(0, |i| i + 1);
            if let Some(i) = main[start..].to_ascii_lowercase().rfind(" and ") {
                start += i + " and ".len();
            }
            let before = main[start..].trim();
            let inner = inner.trim();
            if !before.is_empty() && !known(before) && !inner.contains([',', ' ']) && known(inner) {
                main.truncate(start);
                if start > 0 && !main.ends_with(' ') {
                    main.push(' ');
                }
                main.push_str(inner);
            }
        }
        rest = next;
    }
    main.push_str(rest);
    (main, especially)
}

/// Parses a recipient list into the names it holds. `known` says whether a name is in the
/// registry; see the module documentation for the grammar.
pub fn parse_list(text: &str, known: &dyn Fn(&str) -> bool) -> ListParse {
    let text = separators_in_english(text);
    let text = text.as_ref();
    let (main, especially_text) = split_parentheses(text, known);
    let mut parser = Parser { known, ctx: None };
    let mut result = ListParse::default();
    parser.list(&main, &mut result.items, &mut result.especially);
    let mut extra = Vec::new();
    parser.list(&especially_text, &mut result.especially, &mut extra);
    result.especially.extend(extra);
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;
    use proptest::prelude::*;

    /// Parses with the built-in registry and returns the canonical name of every item, or the
    /// name itself where nothing matched.
    fn canon(reg: &Registry, names: &[NameRef]) -> Vec<String> {
        names
            .iter()
            .map(|n| match reg.lookup(&n.name) {
                Some(b) => b.canonical.clone(),
                None if crate::registry::is_all_sdos(&n.name) => "All SDOs".to_string(),
                None => format!("?{}", n.name),
            })
            .collect()
    }

    fn check(text: &str, items: &[&str], especially: &[&str]) {
        let reg = Registry::builtin();
        let got = reg.parse_list(text);
        assert_eq!(canon(&reg, &got.items), items, "items of {text:?}");
        assert_eq!(canon(&reg, &got.especially), especially, "especially of {text:?}");
    }

    #[test]
    fn compact_itu_lists() {
        check(
            "ITU-T SGs 2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, and TSAG; ITU-D SGs 1, 2; ITU-R SG6",
            &[
                "ITU-T SG2",
                "ITU-T SG3",
                "ITU-T SG5",
                "ITU-T SG9",
                "ITU-T SG11",
                "ITU-T SG12",
                "ITU-T SG13",
                "ITU-T SG15",
                "ITU-T SG16",
                "ITU-T SG17",
                "ITU-T SG20",
                "ITU-T TSAG",
                "ITU-D SG1",
                "ITU-D SG2",
                "ITU-R SG6",
            ],
            &[],
        );
        check("ITU-T SGs 9, 16 and 20", &["ITU-T SG9", "ITU-T SG16", "ITU-T SG20"], &[]);
        check("ITU-T SGs11, 13 and 16", &["ITU-T SG11", "ITU-T SG13", "ITU-T SG16"], &[]);
        check("ITU-T Study Groups 13 and 17", &["ITU-T SG13", "ITU-T SG17"], &[]);
        check(
            "ITU-T SG13, SG15, MSF, OMF",
            &["ITU-T SG13", "ITU-T SG15", "Metaverse Standards Forum", "Open Metaverse Foundation"],
            &[],
        );
        check("ITU-R WP 5D and WP 6C", &["ITU-R WP 5D", "ITU-R WP 6C"], &[]);
    }

    #[test]
    fn subcommittees_and_committees() {
        check("JTC1 SC24 and SC41", &["ISO/IEC JTC 1/SC 24", "ISO/IEC JTC 1/SC 41"], &[]);
        check(
            "IEC SEG15, JTC1 SC24 and SC41, IEEE SA MSC, ",
            &["IEC SEG 15", "ISO/IEC JTC 1/SC 24", "ISO/IEC JTC 1/SC 41", "IEEE SA MSC"],
            &[],
        );
        check("IEC TC57, TC65 and TC100", &["IEC TC 57", "IEC TC 65", "IEC TC 100"], &[]);
        check(
            "ITU-T SGs 9, 16 and 20, IEC, ISO TC184, JTC1 SC41, DTC, IOWN GF",
            &[
                "ITU-T SG9",
                "ITU-T SG16",
                "ITU-T SG20",
                "IEC",
                "ISO/TC 184",
                "ISO/IEC JTC 1/SC 41",
                "Digital Twin Consortium",
                "IOWN Global Forum",
            ],
            &[],
        );
    }

    #[test]
    fn all_sdos_and_especially() {
        check("All SDOs", &["All SDOs"], &[]);
        check(
            "All SDOs\n(especially ITU-R SG5, IEC, ISO, JTC1",
            &["All SDOs"],
            &["ITU-R SG5", "IEC", "ISO", "ISO/IEC JTC 1"],
        );
        check("All SDOs, especially W3C and IETF", &["All SDOs"], &["W3C", "IETF"]);
        check("Metaverse Standards Forum (MSF), W3C", &["Metaverse Standards Forum", "W3C"], &[]);
    }

    #[test]
    fn unknown_names_are_kept_whole() {
        check("ITU-T Study Groups 13 and 18", &["ITU-T SG13", "?ITU-T SG18"], &[]);
        check("Acme Alliance, W3C", &["?Acme Alliance", "W3C"], &[]);
        check("Research and Innovation Council", &["?Research and Innovation Council"], &[]);
        check("Acme Alliance and W3C", &["?Acme Alliance", "W3C"], &[]);
        check("", &[], &[]);
        check(" , ; and ", &[], &[]);
    }

    #[test]
    fn the_body_inside_a_name_addressed_to_someone_at_it() {
        check("Chairs of 3GPP TSG SA, TSG RAN", &["3GPP TSG SA", "3GPP TSG RAN"], &[]);
        check("oneM2M TP", &["oneM2M"], &[]);
        check("Grupo Temático del UIT-T sobre Gestión de Catástrofes (FG-AI4NDM)", &["ITU-T FG-AI4NDM"], &[]);
        check("Commissions d'études 13 et 15 de l'UIT-T", &["ITU-T SG13", "ITU-T SG15"], &[]);
        check("Acme Alliance TP", &["?Acme Alliance TP"], &[]);
        check("Acme Alliance (MSF)", &["Metaverse Standards Forum"], &[]);
        check("لجنة الدراسات 2 ولجنة الدراسات 17 لقطاع تقييس الاتصالات", &["ITU-T SG2", "ITU-T SG17"], &[]);
        check("TTA and the Wireless Broadband Alliance (WBA)", &["TTA", "Wireless Broadband Alliance"], &[]);
    }

    #[test]
    fn a_known_name_with_and_is_not_split() {
        let known = |n: &str| n == "Research and Innovation Council";
        let got = parse_list("Research and Innovation Council, W3C", &known);
        assert_eq!(got.items[0].name, "Research and Innovation Council");
    }

    #[test]
    fn written_text_is_kept() {
        let reg = Registry::builtin();
        let got = reg.parse_list("ITU-T SGs 9, 16 and 20");
        let written: Vec<_> = got.items.iter().map(|n| n.written.as_str()).collect();
        assert_eq!(written, ["ITU-T SGs 9", "16", "20"]);
    }

    /// One group of a generated list: the text to write and the canonical names it stands for.
    fn group() -> impl Strategy<Value = (String, Vec<String>)> {
        let sectors = prop_oneof![
            Just(("ITU-T", vec![2u32, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20, 21])),
            Just(("ITU-R", vec![1, 3, 4, 5, 6, 7])),
            Just(("ITU-D", vec![1, 2])),
        ];
        let compact = (sectors, any::<prop::sample::Index>(), 1usize..5, any::<bool>()).prop_map(
            |((s, nums), start, len, spaced)| {
                let i = start.index(nums.len());
                let picked: Vec<u32> = nums.iter().cycle().skip(i).take(len.min(nums.len())).copied().collect();
                let mut picked = picked;
                picked.dedup();
                let first = if spaced { format!("{s} SGs {}", picked[0]) } else { format!("{s} SGs{}", picked[0]) };
                let mut text = first;
                for (k, n) in picked.iter().enumerate().skip(1) {
                    if k + 1 == picked.len() {
                        text.push_str(&format!(" and {n}"));
                    } else {
                        text.push_str(&format!(", {n}"));
                    }
                }
                let names = picked.iter().map(|n| format!("{s} SG{n}")).collect();
                (text, names)
            },
        );
        let single = prop::sample::select(vec![
            ("ISO TC 307", "ISO/TC 307"),
            ("ISO/IEC JTC1 SC29", "ISO/IEC JTC 1/SC 29"),
            ("JTC1 SC24", "ISO/IEC JTC 1/SC 24"),
            ("ETSI ISG-ARF", "ETSI ISG ARF"),
            ("TMForum", "TM Forum"),
            ("VRM consortium", "VRM Consortium"),
            ("IOWN GF", "IOWN Global Forum"),
            ("3GPP SA4", "3GPP SA4"),
            ("W3C", "W3C"),
            ("IETF", "IETF"),
            ("IEC TC100", "IEC TC 100"),
            ("ITU IRG AVA", "ITU IRG-AVA"),
        ])
        .prop_map(|(w, c)| (w.to_string(), vec![c.to_string()]));
        prop_oneof![compact, single]
    }

    proptest! {
        #[test]
        fn generated_lists_read_back((groups, seps) in (prop::collection::vec(group(), 1..6), prop::collection::vec(prop::sample::select(vec![", ", "; ", ", and "]), 6))) {
            let reg = Registry::builtin();
            let mut text = String::new();
            let mut want = Vec::new();
            for (i, (g, names)) in groups.iter().enumerate() {
                if i > 0 {
                    text.push_str(seps[i % seps.len()]);
                }
                text.push_str(g);
                want.extend(names.iter().cloned());
            }
            let got = reg.parse_list(&text);
            prop_assert_eq!(canon(&reg, &got.items), want, "list {:?}", text);
        }

        #[test]
        fn never_panics_and_keeps_names_nonempty(text in "\\PC{0,200}") {
            let reg = Registry::builtin();
            let got = reg.parse_list(&text);
            for n in got.items.iter().chain(got.especially.iter()) {
                prop_assert!(!n.name.trim().is_empty());
            }
        }
    }
}
