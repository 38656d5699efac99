//! Who a statement asks what, read from its prose: "ITU-T SG15 is invited to ...", "we kindly
//! ask SA2 to ...", "we would appreciate the comments of IEEE 802.3", "the Broadband Forum
//! receives a copy for information", "for action: X; others for information".
//!
//! Letters and many statements give no purpose labels; their sentences do. Only names the
//! registry knows, or that the statement's own To list holds, are taken from prose: a phrase of
//! a sentence is never made a new body.

use crate::body;
use liaise_core::NameRef;
use liaise_core::registry::{Registry, name_key};
use regex::Regex;
use std::sync::LazyLock;

/// The purposes read from a statement's prose.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Purposes {
    pub action: Vec<NameRef>,
    pub comment: Vec<NameRef>,
    pub information: Vec<NameRef>,
    /// The sentences they were read from, for the reader's warning.
    pub evidence: Vec<String>,
}

impl Purposes {
    pub fn is_empty(&self) -> bool {
        self.action.is_empty() && self.comment.is_empty() && self.information.is_empty()
    }
}

/// A phrase naming bodies: no sentence stop in it, but the dots of "IEEE 802.3" and "Q.14/15".
const WHO: &str = r"(?P<who>(?:[^.;:!?]|\.[^\s.]){2,160}?)";

/// "X is (kindly) invited / requested / asked to VERB", the passive form.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[.;:]\s+|,\s+and\s+|\s+and\s+that\s+){WHO}\s+(?:is|are|was|were)\s+(?:(?:kindly|also|therefore|hereby|respectfully|cordially|thus|further)\s+)*(?:invited|requested|asked|encouraged|urged)\s+to(?:\s*:|\s+(?P<what>[a-z]+(?:\s+and\s+[a-z]+)?))"
    ))
    .expect("valid regular expression")
});

/// "(We / SG13) (kindly) ask(s) / request(s) / invite(s) X to VERB", the active form.
static ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:ask|asks|request|requests|invite|invites|urge|urges|encourage|encourages|requesting|inviting|asking)\s+(?:the\s+)?{WHO}\s+to(?:\s*:|\s+(?P<what>[a-z]+(?:\s+and\s+[a-z]+)?))"
    ))
    .expect("valid regular expression")
});

/// "We would appreciate / welcome the comments (views, feedback) of X".
static COMMENTS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:appreciate|welcome|grateful\s+for|seek|invite|value)\s+(?:the\s+|any\s+|receiving\s+(?:the\s+)?)?(?:comments?|views|feedback|input|opinions?)\s+(?:of|from)\s+(?:the\s+)?{WHO}(?:\s+(?:on|regarding|about|concerning|by|before|in)[\s:]|[,.;:](?:\s|$)|$)"
    ))
    .expect("valid regular expression")
});

/// "X receives a copy for information", "X is informed", "copied to X for information".
static INFORMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[.;:]\s+){WHO}\s+(?:receives?|receiving|(?:is|are)\s+(?:sent|given|copied|informed))\s+(?:a\s+|this\s+)?(?:cop(?:y|ies)|for\s+information|of\s+this)"
    ))
    .expect("valid regular expression")
});

/// A letter speaks to its addressee as "you": what it asks of "you" it asks of its To list.
static ASKS_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:ask|request|invite|urge)s?\s+you(?:r\s+(?:group|organi[sz]ation|committee|working\s+(?:group|party)|study\s+group))?\s+to|would\s+be\s+(?:grateful|glad|pleased)\s+if\s+you|(?:^|\.\s+)please\s+(?:provide|send|consider|review|let\s+us\s+know|inform|share|confirm))")
        .expect("valid regular expression")
});
static COMMENTS_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:appreciate|welcome|invite|grateful\s+for|look\s+forward\s+to)\s+(?:receiving\s+)?(?:your|any)\s+(?:comments?|views|feedback|input|opinions?)|your\s+comments")
        .expect("valid regular expression")
});
static INFORMS_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)for\s+(?:your\s+)?information|(?:to\s+|we\s+)inform\s+you|(?:to\s+)?(?:provide|share|send)\s+(?:you\s+with\s+)?information|honou?r\s+to\s+(?:provide|inform|transmit)")
        .expect("valid regular expression")
});
/// "ISO/TC 211 thanks ITU-R Working Party 7C for ...": a reply speaks to the body it thanks.
static THANKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(?:thanks?|is\s+grateful\s+to)\s+(?:the\s+)?{WHO}\s+for\s"))
        .expect("valid regular expression")
});

/// "for action: X; others for information" written inside the text.
static CLAUSES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)for\s+(?:action|comments?|information)(?-u:\b)").expect("valid regular expression")
});

/// What an invitation asks: comments are for comment, everything else is for action.
fn is_comment(what: &str) -> bool {
    let w = what.to_lowercase();
    matches!(w.as_str(), "comment" | "comments" | "review and comment" | "comment on" | "provide comments")
        || w.ends_with(" comment")
        || w.starts_with("comment")
}

/// The bodies a phrase names: "The IETF CCAMP and TEAS working groups" is IETF CCAMP and
/// IETF TEAS. Only names the registry knows, or that `to` holds, are kept.
fn named(registry: &Registry, who: &str, to: &[NameRef]) -> Vec<NameRef> {
    let mut who = who.trim();
    // The subject ends where a sentence's framing ends: "At its meeting, SG15 ..." names SG15.
    if let Some(i) = who.rfind([',', '(', ')']) {
        let tail = who[i + 1..].trim();
        if !tail.is_empty() && registry.parse_list(tail).items.iter().any(|n| known(registry, &n.name, to)) {
            who = tail;
        }
    }
    let lower = who.to_lowercase();
    let mut cut = who;
    for prefix in ["the ", "its ", "all ", "our ", "both "] {
        if lower.starts_with(prefix) {
            cut = &who[prefix.len()..];
            break;
        }
    }
    let mut text = cut.to_string();
    for suffix in [" working groups", " working group", " wgs", " wg", " groups", " group", " as well"] {
        if text.to_lowercase().ends_with(suffix) && text.len() > suffix.len() {
            text.truncate(text.len() - suffix.len());
        }
    }
    body::names(registry, &text)
        .into_iter()
        .filter_map(|n| {
            if let Some(t) = in_to(registry, &n.name, to) {
                return Some(t);
            }
            registry.is_known(&n.name).then_some(n)
        })
        .collect()
}

fn known(registry: &Registry, name: &str, to: &[NameRef]) -> bool {
    registry.is_known(name) || in_to(registry, name, to).is_some()
}

/// The To list's entry that a name in prose stands for: the same body, or the same body
/// shortened as prose shortens it ("SG21" for "ITU-T Study Group 21", "SA2" for "3GPP TSG SA
/// WG2").
fn in_to(registry: &Registry, name: &str, to: &[NameRef]) -> Option<NameRef> {
    let key = name_key(name);
    let short = key.len() >= 3 && key.bytes().any(|b| b.is_ascii_digit());
    to.iter()
        .find(|t| {
            crate::common::same_body(registry, &t.name, name) || {
                let full = registry.lookup(&t.name).map_or_else(|| name_key(&t.name), |b| name_key(&b.canonical));
                short && full.ends_with(&key) && !full[..full.len() - key.len()].ends_with(|c: char| c.is_ascii_digit())
            }
        })
        .cloned()
}

fn push(list: &mut Vec<NameRef>, registry: &Registry, n: NameRef) {
    if !list.iter().any(|m| crate::common::same_body(registry, &m.name, &n.name)) {
        list.push(n);
    }
}

/// Reads who is asked what from `text` (a statement's body). `to` is the statement's To list,
/// if it has one: its names are the ones looked for, and those the prose does not ask anything
/// of are for information. Without a To list, the prose's own names are the recipients.
pub fn purposes(registry: &Registry, text: &str, to: &[NameRef]) -> Purposes {
    let mut out = Purposes::default();
    // A letter's prose is in its first few thousand characters; quoted material and annexes
    // after that ask nothing of the recipients.
    let head: String = text.chars().take(8000).collect();
    let sentences = body::sentences(&head);
    for s in &sentences {
        let mut found = false;
        // The expressions run only on sentences that hold their verbs: most sentences ask
        // nothing, and a search with captures is the costly part of reading prose.
        let lower = s.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        let asks = has(&["invit", "request", "ask", "urg", "encourag"]);
        let comments = has(&["comment", "view", "feedback", "input", "opinion"]);
        let informs = has(&["cop", "inform", "sent", "given"]);
        let passive = if asks { PASSIVE.captures_iter(s).collect::<Vec<_>>() } else { Vec::new() };
        let active = if asks { ACTIVE.captures_iter(s).collect::<Vec<_>>() } else { Vec::new() };
        for c in passive.into_iter().chain(active) {
            let names = named(registry, &c["who"], to);
            if names.is_empty() {
                continue;
            }
            found = true;
            // "asks IEEE 802.3 to review the table and to comment on ..." asks for comments.
            let rest = c.get(0).map_or("", |m| &s[m.end()..]).to_lowercase();
            let comment = c.name("what").is_some_and(|w| is_comment(w.as_str()))
                || (rest.contains("comment") && !rest.contains("action"));
            for n in names {
                push(if comment { &mut out.comment } else { &mut out.action }, registry, n);
            }
        }
        for c in COMMENTS_OF.captures_iter(if comments { s.as_str() } else { "" }) {
            let names = named(registry, &c["who"], to);
            found |= !names.is_empty();
            for n in names {
                push(&mut out.comment, registry, n);
            }
        }
        for c in INFORMED.captures_iter(if informs { s.as_str() } else { "" }) {
            let names = named(registry, &c["who"], to);
            found |= !names.is_empty();
            for n in names {
                push(&mut out.information, registry, n);
            }
        }
        if !found
            && CLAUSES.is_match(s)
            && let Some((a, c, i)) = crate::generic::purposes(registry, s.trim_end_matches('.'), to)
        {
            let keep = |l: Vec<NameRef>| l.into_iter().filter(|n| known(registry, &n.name, to)).collect::<Vec<_>>();
            let (a, c, i) = (keep(a), keep(c), keep(i));
            found = !(a.is_empty() && c.is_empty() && i.is_empty());
            for n in a {
                push(&mut out.action, registry, n);
            }
            for n in c {
                push(&mut out.comment, registry, n);
            }
            for n in i {
                push(&mut out.information, registry, n);
            }
        }
        if found {
            out.evidence.push(s.clone());
        }
    }
    // Nothing asked of a name: what the letter asks of "you" it asks of its To list; a reply
    // that thanks a body is addressed to it.
    if out.is_empty() {
        let known_to: Vec<NameRef> = to.iter().filter(|t| registry.is_known(&t.name)).cloned().collect();
        let addressed: Vec<NameRef> = if known_to.is_empty() {
            sentences
                .iter()
                .flat_map(|s| THANKS.captures_iter(s).flat_map(|c| named(registry, &c["who"], &[])).collect::<Vec<_>>())
                .take(3)
                .collect()
        } else {
            known_to
        };
        if !addressed.is_empty() {
            let find = |re: &Regex| sentences.iter().find(|s| re.is_match(s)).cloned();
            let (list, evidence) = if let Some(e) = find(&ASKS_YOU) {
                (&mut out.action, e)
            } else if let Some(e) = find(&COMMENTS_YOU) {
                (&mut out.comment, e)
            } else if let Some(e) = find(&INFORMS_YOU).or_else(|| find(&THANKS)) {
                (&mut out.information, e)
            } else {
                return out;
            };
            for n in addressed {
                push(list, registry, n);
            }
            out.evidence.push(evidence);
            return out;
        }
    }
    // A body asked for action is not also for comment or information; one asked for comment is
    // not also for information.
    let action = out.action.clone();
    out.comment.retain(|n| !action.iter().any(|a| crate::common::same_body(registry, &a.name, &n.name)));
    let asked: Vec<NameRef> = action.iter().chain(out.comment.iter()).cloned().collect();
    out.information.retain(|n| !asked.iter().any(|a| crate::common::same_body(registry, &a.name, &n.name)));
    // With a To list, the prose only says what is asked of its names: a name the prose asks
    // something of that the list does not hold is left out, and the list's other names are
    // for information.
    // A To list of no known name ("see below") bounds nothing.
    let to: Vec<NameRef> = to.iter().filter(|t| registry.is_known(&t.name)).cloned().collect();
    let to = to.as_slice();
    if !to.is_empty() {
        let listed = |n: &NameRef| to.iter().any(|t| crate::common::same_body(registry, &t.name, &n.name));
        out.action.retain(listed);
        out.comment.retain(listed);
        out.information.retain(listed);
        if !out.action.is_empty() || !out.comment.is_empty() {
            for t in to {
                let listed = out.action.iter().chain(out.comment.iter()).chain(out.information.iter());
                if !listed.clone().any(|n| crate::common::same_body(registry, &n.name, &t.name)) {
                    out.information.push(t.clone());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[NameRef], reg: &Registry) -> Vec<String> {
        list.iter().map(|n| reg.lookup(&n.name).map_or(n.name.clone(), |b| b.canonical.clone())).collect()
    }

    #[test]
    fn invitations_requests_and_copies() {
        let reg = Registry::builtin();
        let text = "At its meeting the OIF approved IA 800ZR. ITU-T SG15 is invited to consider the modes of Table 2. \
            The IETF CCAMP and TEAS working groups are kindly requested to review the mapping. \
            We would appreciate the comments of IEEE 802.3 on the name. \
            The Broadband Forum, MEF, etc. receive a copy of this statement for information.";
        let p = purposes(&reg, text, &[]);
        assert_eq!(names(&p.action, &reg), vec!["ITU-T SG15", "IETF CCAMP", "IETF TEAS"]);
        assert_eq!(names(&p.comment, &reg), vec!["IEEE 802.3"]);
        assert_eq!(names(&p.information, &reg), vec!["Broadband Forum", "MEF"]);
        assert_eq!(p.evidence.len(), 4);
    }

    #[test]
    fn a_to_list_bounds_what_prose_may_name() {
        let reg = Registry::builtin();
        let to = vec![NameRef::same("ITU-T SG15"), NameRef::same("ETSI ISG F5G")];
        let text = "We kindly ask SG15 to provide its views. We also ask IEEE 802.3 to comment.";
        let p = purposes(&reg, text, &to);
        assert_eq!(names(&p.action, &reg), vec!["ITU-T SG15"], "SG15 is the To list's ITU-T SG15");
        assert_eq!(purposes(&reg, "We kindly ask SG5 to act.", &to), Purposes::default(), "SG5 is not SG15");
        let text = "We kindly ask ITU-T SG15 to provide its views. We also ask IEEE 802.3 to comment.";
        let p = purposes(&reg, text, &to);
        assert_eq!(names(&p.action, &reg), vec!["ITU-T SG15"]);
        assert_eq!(names(&p.information, &reg), vec!["ETSI ISG F5G"]);
        assert!(p.comment.is_empty(), "IEEE 802.3 is not a recipient");
    }

    #[test]
    fn nothing_asked_is_nothing_read() {
        let reg = Registry::builtin();
        let p = purposes(&reg, "We thank you for your statement. The meeting was held in Geneva.", &[]);
        assert!(p.is_empty());
        let p = purposes(&reg, "Members are invited to note this. Delegates are asked to register.", &[]);
        assert!(p.is_empty(), "{p:?}");
    }
}
