//! Search terms: how a text becomes the terms of the search index, how a query becomes what to
//! look for, and how matches are ranked. Identifiers of standards work stay whole (`Q8/16`,
//! `SG13-LS45`, `S4-231450`, `23090-3`, `H.266`, `TR 26.998`, `draft-ietf-moq-transport`);
//! words are folded (case, accents) and stemmed (English). Pure, so that both database
//! backends index and rank alike: the database only keeps the postings.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::sync::LazyLock;
use thiserror::Error;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The longest query taken, in characters.
pub const MAX_QUERY_CHARS: usize = 500;

const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "not", "of", "on",
    "or", "that", "the", "this", "to", "was", "were", "with", "will", "would",
    // "Rec. ITU-T H.266": the catalogue keeps identifiers without it.
    "rec",
];

/// Characters that join the parts of an identifier when they stand between letters or digits.
const JOINERS: &[char] = &['.', '/', ':', '-', '_'];

/// A character folded: lower case, Latin accents taken off (é -> e, ß -> ss).
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ř' | 'ŗ' => 'r',
        'ś' | 'š' | 'ş' | 'ŝ' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        c => c,
    };
    out.push(base);
}

/// A text in lower case without accents; other characters kept.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A soft hyphen (pasted from Word) is no character of the word.
    for c in text.chars().filter(|c| *c != '\u{AD}') {
        for l in c.to_lowercase() {
            fold_char(l, &mut out);
        }
    }
    out
}

/// The tokens of a folded text: runs of letters and digits, joined by `.`, `/`, `:`, `-` or
/// `_` when one stands between two of them ("h.266", "s4-231450", "23090-3:2022").
fn tokens(folded: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = folded.char_indices().collect();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let joins = JOINERS.contains(&c)
            && start.is_some()
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric())
            && i > 0
            && chars[i - 1].1.is_alphanumeric();
        if c.is_alphanumeric() || joins {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(&folded[s..at]);
        }
    }
    if let Some(s) = start {
        out.push(&folded[s..]);
    }
    out
}

fn is_compound(token: &str) -> bool {
    token.contains(JOINERS)
}

fn has_digit(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit())
}

fn stem(word: &str) -> String {
    // British "-isation" is the "-ization" of the same word (ETSI and ITU texts use both).
    let word = match word.find("isation") {
        Some(at) => format!("{}ization{}", &word[..at], &word[at + "isation".len()..]),
        None => word.to_string(),
    };
    STEMMER.stem(&word).into_owned()
}

/// Letters then digits ("sg16", "rfc9110", "tc100"): the two parts, as "SG 16" writes them.
fn letters_digits(token: &str) -> Option<(&str, &str)> {
    let split = token.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = token.split_at(split);
    (!letters.is_empty() && letters.chars().all(char::is_alphabetic) && digits.chars().all(|c| c.is_ascii_digit()))
        .then_some((letters, digits))
}

/// A word's term: its stem.
fn word_term(word: &str) -> String {
    format!("w:{}", stem(word))
}

fn id_term(id: &str) -> String {
    format!("i:{id}")
}

/// The identifier terms a compound token gives: itself, without dots ("h.266" -> "h266"), and
/// without an edition after a colon ("23090-3:2022" -> "23090-3").
fn compound_terms(token: &str, out: &mut Vec<String>) {
    out.push(id_term(token));
    if token.contains('.') {
        out.push(id_term(&token.replace('.', "")));
    }
    // "draft-ietf-moq-transport-05": the draft whatever its version.
    if token.starts_with("draft-")
        && let Some((name, version)) = token.rsplit_once('-')
        && version.len() == 2
        && version.chars().all(|c| c.is_ascii_digit())
    {
        out.push(id_term(name));
    }
    if let Some((head, _)) = token.split_once(':')
        && !head.is_empty()
    {
        out.push(id_term(head));
        if head.contains('.') {
            out.push(id_term(&head.replace('.', "")));
        }
    }
}

/// The index terms of a text, in order, a term once per occurrence (the counts weigh them).
pub fn terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let toks = tokens(&folded);
    let mut out = Vec::with_capacity(toks.len() * 2);
    for (i, tok) in toks.iter().enumerate() {
        let next = toks.get(i + 1).copied();
        if is_compound(tok) {
            compound_terms(tok, &mut out);
            // Its parts as words and numbers too: "ISO/IEC" is "iso" and "iec".
            for part in tok.split(JOINERS).filter(|p| !p.is_empty()) {
                if has_digit(part) {
                    out.push(id_term(part));
                } else if !STOPWORDS.contains(&part) {
                    out.push(word_term(part));
                }
            }
        } else if has_digit(tok) {
            out.push(id_term(tok));
            if let Some((letters, digits)) = letters_digits(tok) {
                out.push(word_term(letters));
                out.push(id_term(digits));
            }
        } else if !STOPWORDS.contains(tok) {
            out.push(word_term(tok));
        }
        // "Question 8/16", "Questions 8/16": the question whole, as "Q8/16" is written.
        if matches!(*tok, "question" | "questions" | "q")
            && let Some(n) = next.filter(|n| n.starts_with(|c: char| c.is_ascii_digit()) && n.contains('/'))
        {
            out.push(id_term(&format!("q{n}")));
        }
        // "SG 16", "TR 26.998", "RFC 3552", and the "SC 29" of "JTC 1/SC 29": a short prefix
        // and the number after it, joined.
        let last = tok.rsplit(JOINERS).next().unwrap_or(tok);
        if !has_digit(last)
            && (1..=5).contains(&last.chars().count())
            && let Some(n) = next.filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        {
            let joined = format!("{last}{n}");
            compound_terms(&joined, &mut out);
        }
    }
    out
}

/// A text as phrases are matched in it: its folded tokens, one space apart.
pub fn phrase_text(text: &str) -> String {
    tokens(&fold(text)).join(" ")
}

/// What a query asks for: every clause must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
    /// The query as given, without control characters: a body's name in any spelling is
    /// looked up in the registry by it.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// Any of these terms (an identifier with its other spellings).
    Term(Vec<String>),
    /// Words starting so (`metav*`): the folded prefix, not stemmed.
    Prefix(String),
    /// Words in this order: the terms each must have, and the folded text to find.
    Phrase { terms: Vec<Vec<String>>, text: String },
}

#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum QueryError {
    #[error("the query is empty: give words or identifiers to search for")]
    Empty,
    #[error("the query has no word to search for (only {0:?}): give words or identifiers")]
    NoWords(String),
    #[error("the query is longer than {MAX_QUERY_CHARS} characters")]
    TooLong,
    #[error("a quote is not closed: write \"a phrase\" between two double quotes")]
    UnbalancedQuote,
    #[error("{0:?}: a prefix needs at least two letters before the *")]
    ShortPrefix(String),
}

/// The clauses of one unquoted query token.
fn token_clauses(tok: &str, next: Option<&str>, out: &mut Vec<Clause>) {
    // "split-rendering", "e-mail": words, not an identifier (found in review).
    if is_compound(tok) && !has_digit(tok) {
        for part in tok.split(JOINERS).filter(|p| !p.is_empty() && !STOPWORDS.contains(p)) {
            out.push(Clause::Term(vec![word_term(part)]));
        }
        return;
    }
    if is_compound(tok) {
        let mut alts = Vec::new();
        compound_terms(tok, &mut alts);
        // The edition-less form of a query is not the query: "23090-3:2022" asks for that
        // edition. A draft's versionless name is (its versions are one document).
        let keep = if tok.contains('.') { 2 } else { 1 };
        let draft = alts.iter().position(|a| a.starts_with("i:draft-") && a.len() + 3 == id_term(tok).len());
        let draft = draft.map(|i| alts[i].clone());
        alts.truncate(keep);
        alts.extend(draft);
        out.push(Clause::Term(alts));
    } else if has_digit(tok) {
        out.push(Clause::Term(vec![id_term(tok)]));
    } else if !STOPWORDS.contains(&tok) {
        // "SG 16" in a query: the short prefix joined with its number, as the index has it.
        if (1..=5).contains(&tok.chars().count())
            && let Some(n) = next.filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        {
            // "SG 16", "ISO 23090-3": the two joined, or the word with the number as its own
            // clause (the index splits "SG16" into "sg" and "16" too).
            let mut alts = Vec::new();
            compound_terms(&format!("{tok}{n}"), &mut alts);
            alts.push(word_term(tok));
            out.push(Clause::Term(alts));
            return;
        }
        out.push(Clause::Term(vec![word_term(tok)]));
    }
}

/// Parses a query: words and identifiers (all must match), `"a phrase"`, `prefix*`.
pub fn parse_query(q: &str) -> Result<Query, QueryError> {
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    let clean: String = q.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if clean.trim().is_empty() {
        return Err(QueryError::Empty);
    }
    if clean.matches('"').count() % 2 == 1 {
        return Err(QueryError::UnbalancedQuote);
    }
    let mut clauses = Vec::new();
    for (n, piece) in clean.split('"').enumerate() {
        if n % 2 == 1 {
            let toks: Vec<String> = tokens(&fold(piece)).into_iter().map(str::to_string).collect();
            let mut terms = Vec::new();
            for (i, t) in toks.iter().enumerate() {
                let mut c = Vec::new();
                token_clauses(t, toks.get(i + 1).map(String::as_str), &mut c);
                terms.extend(c.into_iter().filter_map(|c| match c {
                    Clause::Term(t) => Some(t),
                    _ => None,
                }));
            }
            if !terms.is_empty() {
                clauses.push(Clause::Phrase { terms, text: toks.join(" ") });
            }
            continue;
        }
        let folded = fold(piece);
        // Tokens in order, a prefix as `Err`, so that a token sees the one after it ("sg 16").
        let mut toks: Vec<Result<&str, String>> = Vec::new();
        for raw in folded.split_whitespace() {
            if let Some(stem) = raw.strip_suffix('*') {
                let prefix: String = tokens(stem).concat();
                if prefix.chars().count() < 2 {
                    return Err(QueryError::ShortPrefix(raw.to_string()));
                }
                toks.push(Err(prefix));
                continue;
            }
            toks.extend(tokens(raw).into_iter().map(Ok));
        }
        for (i, t) in toks.iter().enumerate() {
            match t {
                Err(prefix) => clauses.push(Clause::Prefix(prefix.clone())),
                Ok(t) => token_clauses(t, toks.get(i + 1).and_then(|n| n.as_ref().ok().copied()), &mut clauses),
            }
        }
    }
    if clauses.is_empty() {
        return Err(QueryError::NoWords(clean.trim().to_string()));
    }
    Ok(Query { clauses, text: clean.trim().to_string() })
}

/// BM25 over weighted counts: `tf` a term's weighted count in a document, `df` how many
/// documents hold it, `n` how many there are, `len`/`avg` the document's length and the mean.
pub fn bm25(tf: f64, df: f64, n: f64, len: f64, avg: f64) -> f64 {
    bm25_with(tf, bm25_idf(df, n), len, avg)
}

/// The inverse document frequency of BM25: a query computes it once per clause.
pub fn bm25_idf(df: f64, n: f64) -> f64 {
    ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
}

/// BM25 with the clause's `idf` computed already: the same value as [`bm25`], bit for bit.
pub fn bm25_with(tf: f64, idf: f64, len: f64, avg: f64) -> f64 {
    const K1: f64 = 1.2;
    const B: f64 = 0.75;
    idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / avg.max(1.0)))
}

/// The term a document carries for each body it names, as resolved: "b:<id>".
pub fn body_term(id: i64) -> String {
    format!("b:{id}")
}

/// Weighted counts of terms: each field's terms counted `weight` times.
pub fn weigh(fields: &[(&str, u32)]) -> HashMap<String, u32> {
    let mut out: HashMap<String, u32> = HashMap::new();
    for (text, weight) in fields {
        for t in terms(text) {
            *out.entry(t).or_default() += weight;
        }
    }
    out
}

/// A snippet of `text` around the first match of `words` (folded), the matches between
/// `[` and `]`, at most about `width` characters.
pub fn snippet(text: &str, words: &[String], width: usize) -> String {
    snippet_with(text, words, &[], width)
}

/// A snippet, `prefixes` marking the words that start so.
pub fn snippet_with(text: &str, words: &[String], prefixes: &[String], width: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut folded_words: Vec<String> = words.iter().map(|w| fold(w)).filter(|w| w.len() >= 2).collect();
    let prefixes: Vec<String> = prefixes.iter().map(|p| fold(p)).collect();
    folded_words.extend(prefixes.iter().cloned());
    // Folding can change a character's length, so matching is done word by word, each folded
    // on its own, rather than by positions in a folded copy.
    let pieces: Vec<&str> = flat.split(' ').collect();
    // A word is marked when it is one asked for, whole or by its stem, or starts so for a prefix.
    // The stem is found only for a word that begins as one asked for does: stemming every word
    // of a long text cost a search tens of milliseconds.
    let hit = |p: &str| {
        let f = fold(p.trim_matches(|c: char| !c.is_alphanumeric()));
        if folded_words.iter().any(|w| f == *w || (w.len() >= 3 && prefixes.contains(w) && f.starts_with(w.as_str()))) {
            return true;
        }
        if f.contains('.') && folded_words.contains(&f.replace('.', "")) {
            return true;
        }
        let head = |s: &str| s.chars().next();
        folded_words.iter().any(|w| head(w) == head(&f)) && {
            let stemmed = stem(&f);
            folded_words.contains(&stemmed)
        }
    };
    // The first match within the first few thousand words; else the text's start.
    let first = pieces.iter().take(5_000).position(|p| hit(p)).unwrap_or(0);
    let mut out = Vec::new();
    let mut used = 0;
    let start = first.saturating_sub(6);
    if start > 0 {
        out.push("…".to_string());
    }
    for p in &pieces[start..] {
        if used > width {
            out.push("…".to_string());
            break;
        }
        used += p.chars().count() + 1;
        out.push(if hit(p) { format!("[{p}]") } else { (*p).to_string() });
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(text: &str, term: &str) -> bool {
        terms(text).iter().any(|t| t == term)
    }

    #[test]
    fn identifiers_stay_whole() {
        assert!(has("as studied in Q8/16 and Q.12/13", "i:q8/16"));
        assert!(has("Q.12/13", "i:q12/13"));
        assert!(has("Question 8/16 (Multimedia)", "i:q8/16"));
        assert!(has("see SG13-LS45", "i:sg13-ls45"));
        assert!(has("TDoc S4-231450.", "i:s4-231450"));
        assert!(has("ISO/IEC 23090-3:2022", "i:23090-3"));
        assert!(has("ISO/IEC 23090-3:2022", "i:23090-3:2022"));
        assert!(has("Rec. ITU-T H.266 (04/2022)", "i:h266"));
        assert!(has("3GPP TR 26.998", "i:tr26.998"));
        assert!(has("draft-ietf-moq-transport-05", "i:draft-ietf-moq-transport-05"));
        assert!(has("ITU-T SG 16", "i:sg16"));
        assert!(has("ISO/IEC JTC 1/SC 29", "i:sc29"));
        assert!(has("Métavers économie", "w:metav"));
        assert!(!has("Q8/16", "i:8"), "a question is not every 8");
        assert!(has("SG16", "w:sg") && has("SG16", "i:16"), "as SG 16 is written");
        assert!(has("stan\u{AD}dardisation", "w:standard"), "soft hyphen and British spelling");
    }

    #[test]
    fn queries_become_clauses() {
        let q = |s: &str| parse_query(s).expect("a query").clauses;
        assert_eq!(q("Q8/16"), vec![Clause::Term(vec!["i:q8/16".into()])]);
        assert_eq!(q("H266"), vec![Clause::Term(vec!["i:h266".into()])]);
        assert_eq!(q("H.266"), vec![Clause::Term(vec!["i:h.266".into(), "i:h266".into()])]);
        assert_eq!(q("metav*"), vec![Clause::Prefix("metav".into())]);
        assert_eq!(q("digital twins"), vec![Clause::Term(vec!["w:digit".into()]), Clause::Term(vec!["w:twin".into()])]);
        assert_eq!(
            q("\"digital twin\" SG 16"),
            vec![
                Clause::Phrase {
                    terms: vec![vec!["w:digit".into()], vec!["w:twin".into()]],
                    text: "digital twin".into()
                },
                Clause::Term(vec!["i:sg16".into(), "w:sg".into()]),
                Clause::Term(vec!["i:16".into()]),
            ]
        );
    }

    #[test]
    fn bad_queries_say_what_is_wrong() {
        let err = |s: &str| parse_query(s).expect_err("refused");
        assert_eq!(err(""), QueryError::Empty);
        assert_eq!(err("  \u{0}\u{7} "), QueryError::Empty);
        assert_eq!(err("\"open"), QueryError::UnbalancedQuote);
        assert_eq!(err(&"x".repeat(10_000)), QueryError::TooLong);
        assert_eq!(err("the of and"), QueryError::NoWords("the of and".into()));
        assert!(matches!(err("- + * ()"), QueryError::ShortPrefix(_) | QueryError::NoWords(_)));
        assert_eq!(err("a*"), QueryError::ShortPrefix("a*".into()));
        // SQL and FTS syntax are words like any others.
        assert!(parse_query("'; DROP TABLE ls; -- NEAR(a b) title:x").is_ok());
    }

    #[test]
    fn snippets_mark_the_matches() {
        let s =
            snippet("The FG-MV would like to request information on metaverse roadmaps.", &["metaverse".into()], 60);
        assert!(s.contains("[metaverse]"), "{s}");
        let s = snippet("the architecture of AR devices", &["ar".into()], 60);
        assert!(s.contains("[AR]") && !s.contains("[architecture]"), "{s}");
        let s = snippet("SA4 is specifying split rendering", &[stem("specify")], 60);
        assert!(s.contains("[specifying]"), "{s}");
    }
}
