//! A statement's body as blocks to write: the plain text a reader gives back (paragraphs a line
//! each, table rows as `cell | cell`, blank lines) with a little Markdown on top for drafts
//! (`#` headings, `-` list items, `|` tables with a separator row).

/// One piece of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// A list item, its marker kept in the text ("- item", "1) item") so that it reads back
    /// the same.
    Item(String),
    /// Rows of cells; the first row is the table's head.
    Table(Vec<Vec<String>>),
    Blank,
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let rest = &line[hashes..];
    (1..=6).contains(&hashes).then_some(())?;
    rest.starts_with(' ').then(|| (u8::try_from(hashes).unwrap_or(1), rest.trim()))
}

fn is_item(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || t.starts_with("– ") {
        return true;
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && digits < 4 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// Whether `next` continues the sentence `prev` ends with: no closing punctuation before the
/// break, a small letter after it.
fn continues(prev: &str, next: &str) -> bool {
    !prev.trim_end().ends_with(['.', ':', ';', '!', '?']) && next.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a line is a row of a table: cells between `|`.
fn table_cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !(t.contains(" | ") || (t.starts_with('|') && t.ends_with('|') && t.len() > 1)) {
        return None;
    }
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(inner.split('|').map(|c| c.trim().to_string()).collect())
}

/// A Markdown table's separator row (`| --- | :---: |`).
fn is_separator(cells: &[String]) -> bool {
    cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// The blocks of a body.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in body.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !matches!(out.last(), Some(Block::Blank) | None) {
                out.push(Block::Blank);
            }
            continue;
        }
        if let Some(cells) = table_cells(line) {
            if is_separator(&cells) {
                continue;
            }
            if let Some(Block::Table(rows)) = out.last_mut() {
                rows.push(cells);
            } else {
                out.push(Block::Table(vec![cells]));
            }
            continue;
        }
        // A paragraph straight after a table starts a new block; readers give a blank line there.
        if matches!(out.last(), Some(Block::Table(_))) {
            out.push(Block::Blank);
        }
        if let Some((level, text)) = heading(line) {
            out.push(Block::Heading { level, text: text.to_string() });
        } else if is_item(line) {
            out.push(Block::Item(line.trim().to_string()));
        } else if let Some(Block::Paragraph(prev)) = out.last_mut()
            && continues(prev, line.trim())
        {
            // A paragraph wrapped by hand (plain-text statements are) stays one paragraph, its
            // line break kept, so that a sentence across the break is read as one.
            prev.push('\n');
            prev.push_str(line.trim());
        } else {
            out.push(Block::Paragraph(line.trim().to_string()));
        }
    }
    while matches!(out.last(), Some(Block::Blank)) {
        out.pop();
    }
    for b in &mut out {
        if let Block::Table(rows) = b {
            let width = rows.iter().map(Vec::len).max().unwrap_or(0);
            for r in rows.iter_mut() {
                r.resize(width, String::new());
            }
        }
    }
    out
}

/// The blocks of a body, its paragraphs that are one of `headings` (level, text) made headings
/// again: a draft's `#` lines, which a stored body keeps as plain lines.
pub fn blocks_with(body: &str, headings: &[(u8, String)]) -> Vec<Block> {
    blocks(body)
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(t) => match headings.iter().find(|(_, h)| *h == t) {
                Some((level, _)) => Block::Heading { level: *level, text: t },
                None => Block::Paragraph(t),
            },
            other => other,
        })
        .collect()
}

/// The body as a reader gives it back from a written document: what a draft's body is stored
/// as, so that writing and reading it again changes nothing. Headings lose their `#` (a
/// document shows them by style), Markdown table rows their outer bars and separator row.
pub fn normalize(body: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for b in blocks(body) {
        match b {
            Block::Heading { text, .. } => lines.push(text),
            Block::Paragraph(t) | Block::Item(t) => lines.push(t),
            Block::Table(rows) => {
                for r in rows {
                    lines.push(r.join(" | ").trim_end().to_string());
                }
                lines.push(String::new());
            }
            Block::Blank => {
                if lines.last().is_some_and(|l| !l.is_empty()) {
                    lines.push(String::new());
                }
            }
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_and_markdown_become_blocks() {
        let b =
            blocks("# Introduction\n\nFirst line.\n- one\n1) two\n\n| A | B |\n| --- | --- |\n| x |  |\nAfter.\n\n\n");
        assert_eq!(
            b,
            vec![
                Block::Heading { level: 1, text: "Introduction".into() },
                Block::Blank,
                Block::Paragraph("First line.".into()),
                Block::Item("- one".into()),
                Block::Item("1) two".into()),
                Block::Blank,
                Block::Table(vec![vec!["A".into(), "B".into()], vec!["x".into(), String::new()]]),
                Block::Blank,
                Block::Paragraph("After.".into()),
            ]
        );
    }

    #[test]
    fn a_reader_body_is_its_own_normal_form() {
        let body = "Intro.\nTopic | Sub | Bodies\nMedia CODEC |  | ITU-T SG16, JTC1 SC29\n\nRequests follow.";
        assert_eq!(normalize(body), body);
        assert_eq!(normalize("# Head\n| a | b |\n|---|---|\n| c | d |\nnext"), "Head\na | b\nc | d\n\nnext");
    }

    #[test]
    fn a_wrapped_sentence_stays_one_paragraph() {
        assert_eq!(
            blocks("We ask SG17 to share its drafts\nand to consider RFC 3552.\nRegards,\nKim Lee"),
            vec![
                Block::Paragraph("We ask SG17 to share its drafts\nand to consider RFC 3552.".into()),
                Block::Paragraph("Regards,".into()),
                Block::Paragraph("Kim Lee".into()),
            ]
        );
    }

    #[test]
    fn a_hash_without_a_space_or_a_bar_in_prose_is_text() {
        assert_eq!(blocks("#hashtag"), vec![Block::Paragraph("#hashtag".into())]);
        assert_eq!(blocks("a|b"), vec![Block::Paragraph("a|b".into())]);
    }
}
