//! Plain text of a statement, as a converter from .docx writes it, into the document model.
//!
//! Converters write a table cell as a line that starts with a tab; several tab-separated cells
//! may share a line; a line without a leading tab right after a cell continues that cell (its
//! next paragraph); a blank line ends a row. `[image: ...]` placeholders (which may span lines)
//! and `[bookmark: ...]` markers are dropped, and so are page numbers such as "- 3 -".

use crate::doc::{Block, Cell, Document, Row, Table, clean_chars};
use regex::Regex;
use std::sync::LazyLock;

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)\[(?:image|bookmark|picture|figure):[^\]]*\]").expect("valid regular expression")
});
/// The template's instruction in ITU's languages, wherever it stands: glued to the value before
/// it ("N/APor favor, no modifique ...") it would become part of a recipient list.
static INSTRUCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)Please\s+(?:don'?t|don’t|do\s+not)\s+change\s+the\s+structure\s+of\s+this\s+table,?\s*just\s+insert\s+the\s+necessary\s+information\.?|Por\s+favor,?\s+no\s+modifique\s+la\s+estructura\s+de\s+este\s+cuadro[;,]?\s*limítese\s+a\s+insertar\s+la\s+información\s+necesaria\.?|Prière\s+de\s+ne\s+pas\s+modifier\s+la\s+structure\s+de\s+ce\s+tableau,?\s*il\s+suffit\s+d[’']insérer\s+les\s+renseignements\s+nécessaires\.?",
    )
    .expect("valid regular expression")
});
static PAGE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[-–]\s*\d+\s*[-–]\s*$").expect("valid regular expression"));

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(!?)\[([^\]\n]*)\]\(([^)\s]*)\)").expect("valid regular expression"));
static MD_HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^#{1,6}\s+").expect("valid regular expression"));
static MD_ESCAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\([_<>\[\]#*.()`-])").expect("valid regular expression"));
/// An escaped pipe (`\|`) is text, not a cell mark: it stands as this private character while
/// cells are split.
const LITERAL_PIPE: char = '\u{E000}';
static ROW_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\|{2,}").expect("valid regular expression"));

/// Lines a page or a template adds around a statement, dropped wherever they stand.
const NOISE_LINES: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip navigation",
    "toggle navigation",
    "advertisement",
    "download",
    "print",
    "share",
    "menu",
    "search",
    "sign in",
    "log in",
    "back to top",
    "cookie settings",
    "accept cookies",
    "view in browser",
    "reply to liaison",
    "accept",
    "decline",
    "acceptdecline",
    "accept all",
    "reject all",
];

/// Template instructions left in documents ("Please don't change the structure of this table,
/// just insert the necessary information.").
const NOISE_PHRASES: &[&str] = &[
    "don't change the structure of this table",
    "do not change the structure of this table",
    "don’t change the structure of this table",
    "just insert the necessary information",
    "this page intentionally left blank",
    "this site uses cookies",
    "we use cookies",
];

fn is_noise(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['.', ':']);
    // Noise lines are short; template instructions hold one of a few phrases. Checking that
    // first keeps a long statement from being lower-cased line by line.
    if t.len() <= 24 {
        let lower = t.to_lowercase();
        return NOISE_LINES.contains(&lower.as_str());
    }
    let maybe = ["structure", "necessary", "intentionally", "cookies"].iter().any(|w| t.contains(w));
    maybe && {
        let lower = t.to_lowercase();
        NOISE_PHRASES.iter().any(|p| lower.contains(p))
    }
}

/// Rewrites Markdown into plain text: headings and bold or italic marks go, a link keeps its
/// text (a mail link its address, "Name <address>"), an image goes.
fn strip_markdown(line: &str) -> String {
    let line = MD_HEADING.replace(line, "");
    // "- **From:** W3C APA": a list item that is a labelled field is the field (a web page's
    // statement lists its head as bullets).
    let line = match line.trim_start().strip_prefix("- ").or_else(|| line.trim_start().strip_prefix("* ")) {
        Some(rest) if rest.starts_with("**") && rest.contains(":**") => std::borrow::Cow::Owned(rest.to_string()),
        _ => line,
    };
    // A code fence ("```") marks a block, it is not text.
    let line = line.replace("```", "");
    let line = MD_LINK.replace_all(&line, |c: &regex::Captures| {
        let (bang, text, url) = (&c[1], c[2].trim(), &c[3]);
        if !bang.is_empty() {
            return String::new();
        }
        // "[Download](...)" beside a file is page furniture; a link to a file is one item of a
        // list (an Attachments cell holds several, joined by spaces).
        if matches!(text.to_lowercase().as_str(), "download" | "view" | "open" | "pdf" | "html" | "txt") {
            return String::new();
        }
        let file = [".pdf", ".doc", ".docx", ".zip", ".txt", ".ppt", ".pptx", ".xls", ".xlsx", ".htm", ".html"]
            .iter()
            .any(|e| url.to_lowercase().ends_with(e));
        match url.strip_prefix("mailto:") {
            Some(addr) if !addr.is_empty() && !text.contains('@') => format!("{text} <{addr}>"),
            _ if file => format!("{text}\n"),
            _ => text.to_string(),
        }
    });
    let line =
        line.replace("**", "").replace("__", "").replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n");
    // A trailing backslash is a hard line break; "\_" and "\<" are escaped characters.
    let line = line.trim_end().strip_suffix('\\').map_or(line.clone(), str::to_string);
    MD_ESCAPE.replace_all(&line, "$1").to_string()
}

/// The cells of a line that marks cells with `|`: a Markdown table row (`| a | b |`) or a Word
/// table flattened to text (`Question(s): | 6/16 | Meeting: | Geneva ||`). Rows are ended by
/// `||` or `|||`. `None` for a line with fewer than two marks: prose may hold one.
fn pipe_rows(line: &str) -> Option<Vec<Vec<String>>> {
    let t = line.trim();
    if t.matches('|').count() < 2 {
        return None;
    }
    let mut rows = Vec::new();
    for row in ROW_MARK.split(t) {
        let row = row.trim().trim_matches('|');
        if row.trim().is_empty() {
            continue;
        }
        let cells: Vec<String> = row.split('|').map(|c| c.trim().to_string()).collect();
        // A Markdown separator row ("| --- | :-: |") carries nothing.
        if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
            continue;
        }
        rows.push(cells);
    }
    Some(rows)
}

/// A header whose labels stand alone on their lines without a colon ("Title", then the title
/// on the next line): when at least four lines of the head are a label's words and nothing
/// else, each is given its colon. One such line alone is how prose and headings look.
fn bare_labels(text: &str) -> Option<String> {
    let is_label = |l: &str| {
        let t = l.trim().trim_matches('*').trim();
        if t.is_empty() || t.contains(':') || t.chars().count() > 40 {
            return false;
        }
        let lower = t.to_lowercase();
        lower.chars().next().and_then(|c| ANY_LABEL.get(&c)).is_some_and(|c| c.contains(&lower))
    };
    let lines: Vec<&str> = text.lines().collect();
    let head = lines.len().min(60);
    let at: Vec<usize> =
        (0..head).filter(|&i| is_label(lines[i]) && lines.get(i + 1).is_some_and(|n| !n.trim().is_empty())).collect();
    if at.len() < 4 {
        return None;
    }
    Some(
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| if at.contains(&i) { format!("{}:", l.trim_end()) } else { (*l).to_string() })
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// A header whose labels stand below their values, as a PDF's text may give a table ("3GPP
/// SA4" then "Para la acción de:"): each label is put back above the value it closes. Only a
/// header whose values fit the labels below them clearly better than the ones above is turned.
fn labels_below(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    // The head is at most 80 lines: each of them (and the one after) is matched once.
    let matched: Vec<Option<(&'static str, bool)>> = lines
        .iter()
        .take(81)
        .map(|l| crate::itu::labels().match_line(l).map(|(spec, rest)| (spec.field, rest.is_empty())))
        .collect();
    let label_at = |i: usize| -> Option<&'static str> {
        matched.get(i).copied().flatten().filter(|&(field, alone)| alone && field != "ls_marker").map(|(f, _)| f)
    };
    // The head ends at the first long line of prose: one beside no label (a long title has its
    // label above or below it).
    let head_end = (0..lines.len().min(80))
        .find(|&i| {
            lines[i].split_whitespace().count() >= 14
                && matched[i].is_none()
                && label_at(i + 1).is_none()
                && (i == 0 || label_at(i - 1).is_none())
        })
        .unwrap_or(lines.len())
        .min(80);
    let marker = |l: &str| crate::itu::labels().match_line(l).is_some_and(|(s, _)| s.field == "ls_marker");
    let labels: Vec<(usize, &str)> = (0..head_end).filter_map(|i| label_at(i).map(|f| (i, f))).collect();
    if labels.len() < 4 {
        return None;
    }
    // How well a line fits as the value of a field: 1, -1, or 0 when it cannot be told.
    let fits = |field: &str, value: &str| -> i32 {
        let v = value.trim();
        if v.is_empty() || crate::itu::labels().match_line(v).is_some_and(|(_, rest)| rest.is_empty()) {
            return -1;
        }
        let dated = liaise_core::date::find_date_span(v).is_some();
        let ok = match field {
            "question" => v.contains('/') && v.chars().any(|c| c.is_ascii_digit()),
            "deadline" | "approval" | "date" => dated || crate::common::is_none_value(v),
            "title" => !marker(v) && v.split_whitespace().count() >= 3,
            "source" | "for_action" | "for_comment" | "for_information" | "contact" => !marker(v) && !dated,
            _ => return 0,
        };
        if ok { 1 } else { -1 }
    };
    let (mut above, mut below) = (0, 0);
    for &(i, field) in &labels {
        if i > 0 {
            above += fits(field, lines[i - 1]);
        }
        if let Some(next) = lines.get(i + 1) {
            below += fits(field, next);
        }
    }
    if above < below + 3 {
        return None;
    }
    // Each label goes above the line it closes; a contact above the lines of its person (up to
    // three, back to the previous label).
    let mut order: Vec<usize> = (0..lines.len()).collect();
    let mut prev_label = 0;
    for &(i, field) in &labels {
        let span = if field == "contact" { 3 } else { 1 };
        let start = (prev_label..i)
            .rev()
            .take(span)
            .take_while(|&j| !lines[j].trim().is_empty() && label_at(j).is_none())
            .last();
        if let Some(start) = start {
            let from = order.iter().position(|&x| x == i)?;
            let to = order.iter().position(|&x| x == start)?;
            let moved = order.remove(from);
            order.insert(to, moved);
        }
        prev_label = i + 1;
    }
    Some(order.into_iter().map(|i| lines[i]).collect::<Vec<_>>().join("\n"))
}

/// The statement inside a mail that quotes it ("> " or ">>" before every line, under a cover
/// note and forwarded headers): the lines of the deepest quote level that holds a statement's
/// labels, unquoted. A mail that quotes no statement is left as it is.
fn quoted_statement(text: &str) -> Option<String> {
    let depth = |l: &str| l.trim_start().chars().take_while(|&c| c == '>' || c == ' ').filter(|&c| c == '>').count();
    let unquote = |l: &str, d: usize| -> String {
        let mut rest = l.trim_start();
        for _ in 0..d {
            rest = rest.trim_start_matches(' ').strip_prefix('>').unwrap_or(rest);
        }
        rest.strip_prefix(' ').unwrap_or(rest).to_string()
    };
    let quoted = text.lines().filter(|l| depth(l) > 0).count();
    if quoted < 8 {
        return None;
    }
    let deepest = text.lines().map(depth).max()?;
    for d in (1..=deepest).rev() {
        let lines: Vec<String> = text.lines().filter(|l| depth(l) >= d).map(|l| unquote(l, d)).collect();
        // Labels a statement has and a mail's headers do not.
        let labels = lines
            .iter()
            .filter(|l| {
                let lower = l.trim_start().to_lowercase();
                ["title:", "source:", "to:", "for action", "for information", "deadline:", "response to:", "contact"]
                    .iter()
                    .any(|w| lower.starts_with(w))
            })
            .count();
        let has_title = lines.iter().any(|l| l.trim_start().to_lowercase().starts_with("title:"));
        if labels >= 3 && has_title {
            return Some(lines.join("\n"));
        }
    }
    None
}

/// Labels of the ITU template, the ones seen glued to the value before them when a converter
/// lost every line break ("For comment to:RAGFor information to:n/aDeadline:n/a").
const GLUED_LABELS: &[&str] = &[
    "Original:",
    "Question(s):",
    "Questions:",
    "Meeting, date:",
    "Study Group:",
    "Working Party:",
    "Intended type of document (R-C-TD):",
    "Source:",
    "Title:",
    "Contact:",
    "Contacts:",
    "Name/Organization/Entity:",
    "Phone number:",
    "Tel:",
    "Tel.:",
    "Fax:",
    "E-mail:",
    "Email:",
    "For action to:",
    "For comment to:",
    "For comments to:",
    "For information to:",
    "Approval:",
    "Deadline:",
    "Abstract:",
    "Keywords:",
    "Attachments:",
    "Attachment(s):",
    "LIAISON STATEMENT",
    "DÉCLARATION DE LIAISON",
    "DECLARACIÓN DE COORDINACIÓN",
];

/// Every label of every layout, in every language, in lower case and longest first: the
/// labels a lost line break may glue to the value before them in any case ("Question
/// 5/2SOURCE:Rapporteur", "3GPP-TSGCT-CT4To:SA2Cc:CT3", "N/APor favor").
static ANY_LABEL: LazyLock<std::collections::HashMap<char, Vec<String>>> = LazyLock::new(|| {
    let mut all: Vec<String> = crate::itu::LABELS
        .iter()
        .chain(crate::generic::LABELS)
        .chain(crate::tgpp::LABELS)
        .filter(|s| s.field != "ls_marker")
        .flat_map(|s| s.spellings.iter().map(|sp| sp.to_lowercase()))
        .filter(|sp| sp.chars().count() >= 2)
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.dedup();
    // By first letter: a position is compared only with the labels that start as it does.
    let mut by_first: std::collections::HashMap<char, Vec<String>> = std::collections::HashMap::new();
    for l in all {
        if let Some(c) = l.chars().next() {
            by_first.entry(c).or_default().push(l);
        }
    }
    by_first
});

/// The length of the label of any layout that starts `rest` and is followed by a colon, if
/// one does: glued to the text before it, a label stands out by its colon.
fn glued_label_at(rest: &str) -> Option<usize> {
    let first = rest.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    let candidates = ANY_LABEL.get(&first.to_lowercase().next().unwrap_or(first))?;
    let head: String = rest.chars().take(48).collect::<String>().to_lowercase();
    // Lower-casing keeps the length of the labels' letters (none of them changes width).
    candidates.iter().filter(|l| head.starts_with(l.as_str())).find_map(|l| {
        let after = rest.get(l.len()..)?;
        let trimmed = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        (trimmed.starts_with(':') || trimmed.starts_with('：')).then(|| rest.len() - trimmed.len())
    })
}

/// Puts every template label that a lost line break glued to the text before it back at the
/// start of a line. Only lines holding two labels or more are touched: one label in a line is
/// how prose and ordinary headers look.
fn unglue(line: &str) -> Option<String> {
    // Two labels need two colons (or the colon-less "LIAISON STATEMENT" and one): most lines of
    // a statement have fewer, and are left at once.
    let colons = line.bytes().filter(|&b| b == b':').count() + line.matches('：').count();
    if colons < 2 && !(colons == 1 && line.contains("LIAISON STATEMENT")) {
        return None;
    }
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        // Every template label starts with a capital letter: other positions are left at once.
        let exact = if bytes[i].is_ascii_uppercase() {
            GLUED_LABELS.iter().filter(|l| bytes[i..].starts_with(l.as_bytes())).map(|l| l.len()).max()
        } else {
            None
        };
        // Any other label in any case, where it is glued: right after a digit, a lower-case
        // letter or a closing mark, never after a space or inside a word in capitals.
        let glued = || {
            let mut before = line[..i].chars().rev();
            let prev = before.next()?;
            // "WP 5AFOR INFORMATION TO:": a capital after a digit ends a group's number.
            let numbered = prev.is_uppercase() && before.next().is_some_and(|c| c.is_ascii_digit());
            // "UIT-DTítulo:", "COORDINACIÓNPara acción a:": a word in capitals, then a label in
            // ordinary case.
            let after_capitals = prev.is_uppercase() && line[i..].chars().nth(1).is_some_and(char::is_lowercase);
            // Scripts without case (Chinese, Arabic) glue labels to letters too: only a capital
            // before a label says it is inside a word in capitals.
            // A change of script ("ETSI TC MTS批准：", "GSMAللاطلاع:") ends the word before.
            let script_change = prev.is_ascii() && line[i..].chars().next().is_some_and(|c| !c.is_ascii());
            if prev.is_whitespace() || (prev.is_uppercase() && !numbered && !after_capitals && !script_change) {
                return None;
            }
            glued_label_at(&line[i..])
        };
        let longest = exact.or_else(|| if i == 0 { None } else { glued() });
        match longest {
            Some(n) => {
                hits.push((i, n));
                i += n;
            }
            None => i += line[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if hits.len() < 2 {
        return None;
    }
    let mut out = String::with_capacity(line.len() + hits.len());
    let mut last = 0;
    for (at, _) in hits {
        if at > 0 {
            out.push_str(line[last..at].trim_end());
            out.push('\n');
        }
        last = at;
    }
    out.push_str(&line[last..]);
    // The head of the template before the first label is glued too ("...SECTORTDAG – LS
    // 3TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP32nd meeting"): its fixed words end and start
    // lines again.
    let head_end = out.find('\n').unwrap_or(out.len());
    let head = unglue_head(&out[..head_end]);
    // The body glued to the last address ("...@example.netThe Telecommunication...") starts a
    // paragraph of its own, after a blank line that ends the address's value.
    let tail = GLUED_BODY.replace_all(&out[head_end..], "$1\n\n$2");
    // Paragraphs glued end to start ("...of this work.TDAG invites..."): a sentence's end that
    // runs into a capitalised word starts a paragraph (a word, so "Carlos.Mendez@" stays whole).
    let tail = GLUED_SENTENCE.replace_all(&tail, "$1\n\n$2");
    Some(format!("{head}{tail}"))
}

static GLUED_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([A-Za-z)]{2}[.!?])([A-Z][A-Za-z]*[\s,:])").expect("valid regular expression"));

static GLUED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,})([A-Z][a-z])").expect("valid regular expression")
});

/// Words that open a line of the ITU template's head, and words that close one.
const HEAD_OPENERS: &[&str] =
    &["INTERNATIONAL TELECOMMUNICATION", "TELECOMMUNICATION", "RADIOCOMMUNICATION", "STUDY PERIOD"];
const HEAD_CLOSERS: &[&str] = &["UNION", "SECTOR", "GROUP", "SECTORS"];

/// "Document SG2RGQ/245-E21 April 2026": a document number glued to the date after it.
static GLUED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:Document|Documento|Документ)\s+[A-Za-z0-9/()._-]+-[EFSARC])(\d)")
        .expect("valid regular expression")
});

fn unglue_head(head: &str) -> String {
    let head = GLUED_NUMBER.replace_all(head, "$1\n$2");
    let head = head.as_ref();
    let mut out = String::with_capacity(head.len() + 8);
    let mut i = 0;
    while i < head.len() {
        let rest = &head[i..];
        let prev = out.chars().last().unwrap_or(' ');
        // An opener glued to what comes before it starts a line.
        if prev != ' ' && prev != '\n' && HEAD_OPENERS.iter().any(|w| rest.starts_with(w)) {
            out.push('\n');
        }
        let ch = rest.chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
        // A closer glued to what follows it ends a line.
        if let Some(w) = HEAD_CLOSERS.iter().find(|w| head[..i].ends_with(**w)) {
            let before = head[..i - w.len()].chars().last();
            let next = head[i..].chars().next();
            if before.is_some_and(|c| c == ' ') && next.is_some_and(|c| c.is_alphanumeric()) {
                out.push('\n');
            }
        }
    }
    out
}

/// Builds the document model of a plain-text statement.
pub fn from_text(text: &str) -> Document {
    let text = clean_chars(text);
    let text = quoted_statement(&text).unwrap_or(text);
    let text = PLACEHOLDER.replace_all(&text, "");
    // An instruction on a line of its own is page noise (dropped below with its line); one
    // glued into a line is cut out of it.
    let text = if text.contains("structur") {
        std::borrow::Cow::Owned(
            text.lines()
                .map(|l| if is_noise(l) { l.to_string() } else { INSTRUCTION.replace_all(l, "").into_owned() })
                .collect::<Vec<_>>()
                .join("\n"),
        )
    } else {
        text
    };
    // Each line is unglued once; the text is rebuilt only when one was.
    let pieces: Vec<Option<String>> = text.lines().map(unglue).collect();
    let unglued: Option<String> = pieces.iter().any(Option::is_some).then(|| {
        text.lines()
            .zip(&pieces)
            .map(|(l, u)| u.clone().unwrap_or_else(|| l.to_string()))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let text = unglued.as_deref().unwrap_or(&text);
    let bare = bare_labels(text);
    let text = bare.as_deref().unwrap_or(text);
    let below = labels_below(text);
    let text = below.as_deref().unwrap_or(text);
    let mut doc = Document::default();
    let mut table: Option<Table> = None;
    let mut row: Option<Row> = None;

    let flush_row = |table: &mut Option<Table>, row: &mut Option<Row>| {
        if let Some(r) = row.take() {
            table.get_or_insert_with(Table::default).rows.push(r);
        }
    };

    for line in text.lines() {
        if PAGE_NUMBER.is_match(line) || is_noise(line) {
            continue;
        }
        let escaped;
        let line = if line.contains("\\|") {
            escaped = line.replace("\\|", &LITERAL_PIPE.to_string());
            escaped.as_str()
        } else {
            line
        };
        let cleaned;
        let line = if line.contains(['*', '_', '[', '#', '\\', '<', '`']) {
            cleaned = strip_markdown(line);
            if cleaned.trim().is_empty() && !line.trim().is_empty() {
                continue;
            }
            cleaned.as_str()
        } else {
            line
        };
        if let Some(rows) = pipe_rows(line) {
            // Each row of cell marks is a row of its own, whatever precedes it.
            flush_row(&mut table, &mut row);
            for cells in rows {
                let r = Row {
                    cells: cells.into_iter().map(|c| Cell { paragraphs: vec![c.replace(LITERAL_PIPE, "|")] }).collect(),
                };
                table.get_or_insert_with(Table::default).rows.push(r);
            }
            continue;
        }
        // A hanging indent: "Title:<TAB><TAB>value" then "<TAB><TAB>rest of the value" on the next
        // line, as text exports of the older templates write a wrapped value. The indented line
        // continues the labelled line; it starts no table.
        let hanging = row.is_none()
            && line.starts_with("\t\t")
            && line.split('\t').filter(|c| !c.trim().is_empty()).count() == 1
            && matches!(doc.blocks.last(), Some(Block::Paragraph(p)) if p.lines().next().is_some_and(|l| {
                l.split_once(":\t").is_some_and(|(label, _)| !label.is_empty() && label.len() <= 40)
            }));
        if hanging {
            if let Some(Block::Paragraph(p)) = doc.blocks.last_mut() {
                p.push('\n');
                p.push_str(line.trim());
            }
            continue;
        }
        if let Some(cells) = line.strip_prefix('\t') {
            let r = row.get_or_insert_with(Row::default);
            for cell in cells.split('\t') {
                r.cells.push(Cell { paragraphs: vec![cell.trim().to_string()] });
            }
        } else if line.trim().is_empty() {
            if row.is_some() {
                flush_row(&mut table, &mut row);
            } else if table.is_none() {
                doc.blocks.push(Block::Blank);
            }
        } else if let Some(r) = row.as_mut() {
            // A line right after a cell, with no blank line between, is the cell's next paragraph.
            match r.cells.last_mut() {
                Some(c) => c.paragraphs.push(line.trim().to_string()),
                None => r.cells.push(Cell { paragraphs: vec![line.trim().to_string()] }),
            }
        } else {
            if let Some(t) = table.take() {
                doc.blocks.push(Block::Table(t));
                doc.blocks.push(Block::Blank);
            }
            doc.blocks.push(Block::Paragraph(line.trim_end().replace(LITERAL_PIPE, "|")));
        }
    }
    flush_row(&mut table, &mut row);
    if let Some(t) = table.take() {
        doc.blocks.push(Block::Table(t));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &[&str]) -> Cell {
        Cell { paragraphs: s.iter().map(|p| p.to_string()).collect() }
    }

    #[test]
    fn rows_cells_and_continuations() {
        let doc = from_text(
            "- 3 -\nFG-MV-LS1\n\t[image: A logo\n\nDescription]\n\tINTERNATIONAL\nSECTOR\n\tFG-MV-LS1\n\n\tContact:\n\tName\nOrg\n\tE-mail:\tx@y.z\n\n\nBody one\nBody two\n",
        );
        assert_eq!(
            doc.blocks,
            vec![
                Block::Paragraph("FG-MV-LS1".into()),
                Block::Table(Table {
                    rows: vec![
                        Row { cells: vec![cell(&[""]), cell(&["INTERNATIONAL", "SECTOR"]), cell(&["FG-MV-LS1"])] },
                        Row {
                            cells: vec![
                                cell(&["Contact:"]),
                                cell(&["Name", "Org"]),
                                cell(&["E-mail:"]),
                                cell(&["x@y.z"])
                            ]
                        },
                    ]
                }),
                Block::Blank,
                Block::Paragraph("Body one".into()),
                Block::Paragraph("Body two".into()),
            ]
        );
    }

    #[test]
    fn labels_alone_on_their_lines_take_a_colon_when_several_do() {
        let got = super::bare_labels("Title\nLS on X\nFrom\nBroadband Forum\nTo\nWi-Fi Alliance\nDeadline\nn/a\n")
            .expect("labels");
        assert!(got.starts_with("Title:\nLS on X\nFrom:\n"), "{got}");
        assert_eq!(super::bare_labels("Title\nLS on X\n\nWe write to you."), None);
    }

    #[test]
    fn labels_below_their_values_go_back_above_them() {
        let below = "14/12\nQuestion(s):\nITU-T Study Group 12\nSource:\nLS on quality of experience for XR\nTitle:\n3GPP SA4\nFor action to:\n30 September 2026\nDeadline:\n";
        let turned = super::labels_below(below).expect("turned");
        assert!(turned.starts_with("Question(s):\n14/12\nSource:\nITU-T Study Group 12\nTitle:\nLS on"), "{turned}");
        // Labels above their values stay where they are.
        let above = "Question(s):\n14/12\nSource:\nITU-T Study Group 12\nTitle:\nLS on quality of experience for XR\nFor action to:\n3GPP SA4\nDeadline:\n30 September 2026\n";
        assert_eq!(super::labels_below(above), None);
    }

    #[test]
    fn glued_labels_come_apart() {
        let doc = from_text("For comment to:RAGFor information to:n/aDeadline:n/aContact:Ann Lee");
        assert_eq!(
            doc.blocks,
            vec![
                Block::Paragraph("For comment to:RAG".into()),
                Block::Paragraph("For information to:n/a".into()),
                Block::Paragraph("Deadline:n/a".into()),
                Block::Paragraph("Contact:Ann Lee".into()),
            ]
        );
        assert!(unglue("Title: LS on the Source: of things").is_some());
        let head = unglue("INTERNATIONAL TELECOMMUNICATION UNIONTELECOMMUNICATION DEVELOPMENT SECTORTDAG – LS 3TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP32nd meeting, Geneva, 12-15 May 2025Original: EnglishSource:TDAG")
            .expect("glued");
        assert_eq!(
            head.lines().collect::<Vec<_>>(),
            vec![
                "INTERNATIONAL TELECOMMUNICATION UNION",
                "TELECOMMUNICATION DEVELOPMENT SECTOR",
                "TDAG – LS 3",
                "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP",
                "32nd meeting, Geneva, 12-15 May 2025",
                "Original: English",
                "Source:TDAG"
            ]
        );
        assert!(unglue("Title: LS on the source of things").is_none());
    }

    #[test]
    fn markdown_and_pipe_tables_become_rows() {
        let doc = from_text(
            "# Liaison statement\n| State | Posted |\n| --- | --- |\n| From Contact | [Ann](mailto:a@x.org) |\n**Title:** LS on X\nQ: | 6/16 | Date: | 1 May || Source: | SG16 |||",
        );
        let rows = |b: &Block| match b {
            Block::Table(t) => {
                t.rows.iter().map(|r| r.cells.iter().map(|c| c.text()).collect::<Vec<_>>()).collect::<Vec<_>>()
            }
            _ => vec![],
        };
        assert_eq!(doc.blocks[0], Block::Paragraph("Liaison statement".into()));
        assert_eq!(rows(&doc.blocks[1]), vec![vec!["State", "Posted"], vec!["From Contact", "Ann <a@x.org>"]]);
        assert_eq!(doc.blocks[3], Block::Paragraph("Title: LS on X".into()));
        assert_eq!(rows(&doc.blocks[4]), vec![vec!["Q:", "6/16", "Date:", "1 May"], vec!["Source:", "SG16"]]);
    }

    #[test]
    fn a_hanging_indent_continues_its_labelled_line() {
        let doc = from_text("Title:\t\tLS on interworking between NGN and\n\t\tmobile networks\n\n\tSource:\tSG13\n");
        assert_eq!(
            doc.blocks[0],
            Block::Paragraph("Title:\t\tLS on interworking between NGN and\nmobile networks".into())
        );
        assert!(matches!(doc.blocks.last(), Some(Block::Table(_))), "a cell line after a blank still starts a table");
    }

    #[test]
    fn page_noise_goes() {
        let doc = from_text(
            "Skip to main content\nDownload\nPlease don't change the structure of this table, just insert the necessary information.\nTitle: X",
        );
        assert_eq!(doc.blocks, vec![Block::Paragraph("Title: X".into())]);
    }

    #[test]
    fn bookmarks_go_and_lines_stay_paragraphs() {
        let doc = from_text("Title: [bookmark: _Toc1]LS on X\r\n\r\nSource:\tSA4\r\n");
        assert_eq!(
            doc.blocks,
            vec![Block::Paragraph("Title: LS on X".into()), Block::Blank, Block::Paragraph("Source:\tSA4".into())]
        );
    }
}
