//! Finding labelled values ("Title: ...", "For action to:" and the cell beside it) in the lines of
//! a document, whatever the layout.
//!
//! A label is recognised at the start of a line, in any case, followed by a colon, a tab or (where
//! the layout allows labels without colons) the end of the line. Its value is what follows on the
//! same line, then the lines after it: in a table, the rest of the row (or the next row when the
//! label's row holds nothing else); outside tables, the lines up to a blank line or the next label.

use crate::doc::Seg;

/// How a layout writes one label.
#[derive(Debug, Clone, Copy)]
pub struct LabelSpec {
    pub field: &'static str,
    pub spellings: &'static [&'static str],
    /// Whether the label may stand without a colon (datatracker pages write "State\tPosted").
    pub colon_optional: bool,
    /// Whether the value may follow the label after a plain space ("Please reply by 2023-06-30").
    pub space_separated: bool,
    /// Whether the value runs to the end of the document (or to a label in `stop_at`).
    pub to_end: bool,
}

impl LabelSpec {
    pub const fn new(field: &'static str, spellings: &'static [&'static str]) -> LabelSpec {
        LabelSpec { field, spellings, colon_optional: false, space_separated: false, to_end: false }
    }

    pub const fn bare(mut self) -> LabelSpec {
        self.colon_optional = true;
        self
    }

    pub const fn spaced(mut self) -> LabelSpec {
        self.space_separated = true;
        self
    }

    pub const fn to_end(mut self) -> LabelSpec {
        self.to_end = true;
        self
    }
}

/// A label found in the document, with its value lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub field: &'static str,
    /// Index of the label's line in the segment list.
    pub seg: usize,
    /// Index of the last line of the value (the label's own line when the value is empty).
    pub last: usize,
    pub values: Vec<String>,
}

impl Field {
    /// The value lines joined with `sep`.
    pub fn joined(&self, sep: &str) -> String {
        self.values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect::<Vec<_>>().join(sep)
    }

    pub fn first(&self) -> Option<&str> {
        self.values.iter().map(|v| v.trim()).find(|v| !v.is_empty())
    }
}

/// The labels of a layout, longest spelling first so "Contact Person" wins over "Contact".
pub struct Labels {
    specs: Vec<LabelSpec>,
    /// Spellings by the lower-case ASCII first byte, longest first: a line is compared only with
    /// the spellings that start as it does (every line of every document is asked).
    by_first: Vec<Vec<(&'static str, usize)>>,
    /// The spellings that start with a letter outside ASCII (French, Russian, Arabic, Chinese
    /// labels), by that letter in lower case, longest first.
    by_char: std::collections::HashMap<char, Vec<(&'static str, usize)>>,
    /// Whether, in the head of a document (before its first paragraph of prose), a label may
    /// stand before its value with a plain space ("Source ITU-T Study Group 13").
    inline_head: bool,
}

/// The length in bytes of the start of `text` that is `spelling` in any case, if it is.
fn starts_with_caseless(text: &str, spelling: &str) -> Option<usize> {
    if spelling.is_ascii() {
        let head = text.get(..spelling.len())?;
        return head.eq_ignore_ascii_case(spelling).then_some(spelling.len());
    }
    let mut chars = text.char_indices();
    for want in spelling.chars() {
        let (_, got) = chars.next()?;
        if got != want && !got.to_lowercase().eq(want.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

impl Labels {
    pub fn new(specs: &[LabelSpec]) -> Labels {
        let mut spellings: Vec<(&'static str, usize)> =
            specs.iter().enumerate().flat_map(|(i, s)| s.spellings.iter().map(move |sp| (*sp, i))).collect();
        spellings.sort_by_cached_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        let mut by_first: Vec<Vec<(&'static str, usize)>> = vec![Vec::new(); 128];
        let mut by_char: std::collections::HashMap<char, Vec<(&'static str, usize)>> = Default::default();
        for (sp, i) in spellings {
            match sp.chars().next() {
                Some(c) if c.is_ascii() => by_first[usize::from(c.to_ascii_lowercase() as u8)].push((sp, i)),
                Some(c) => by_char.entry(c.to_lowercase().next().unwrap_or(c)).or_default().push((sp, i)),
                None => {}
            }
        }
        Labels { specs: specs.to_vec(), by_first, by_char, inline_head: false }
    }

    /// Labels that, in the head of a document, may be followed by their value after a space.
    pub fn inline_head(mut self) -> Labels {
        self.inline_head = true;
        self
    }

    /// Whether a line starts with a label; returns the label's spec and the rest of the line.
    pub fn match_line<'t>(&self, line: &'t str) -> Option<(&LabelSpec, &'t str)> {
        self.match_line_in(line, false)
    }

    /// As [`Labels::match_line`]; `inline` lets a label be followed by its value after a
    /// plain space (in a document's head).
    fn match_line_in<'t>(&self, line: &'t str, inline: bool) -> Option<(&LabelSpec, &'t str)> {
        self.match_in(line, inline, false)
    }

    /// As [`Labels::match_line_in`]; `cell` says the line is a table cell, whose edge ends a
    /// label as a colon does ("| Origen | Comisión de Estudio 16 |").
    fn match_in<'t>(&self, line: &'t str, inline: bool, cell: bool) -> Option<(&LabelSpec, &'t str)> {
        let text = line.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
        let first = text.chars().next()?;
        let candidates = if first.is_ascii() {
            self.by_first.get(usize::from(first.to_ascii_lowercase() as u8))?
        } else {
            self.by_char.get(&first.to_lowercase().next().unwrap_or(first))?
        };
        for &(spelling, i) in candidates {
            let Some(len) = starts_with_caseless(text, spelling) else {
                continue;
            };
            let spec = &self.specs[i];
            let after = &text[len..];
            // French writes a space (often a no-break one) before the colon; Chinese a
            // full-width colon.
            let trimmed = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
            if let Some(rest) = trimmed.strip_prefix(':').or_else(|| trimmed.strip_prefix('：')) {
                return Some((spec, rest.trim()));
            }
            if let Some(rest) = after.strip_prefix('\t') {
                return Some((spec, rest.trim()));
            }
            if after.trim().trim_end_matches('*').trim().is_empty()
                && (spec.colon_optional || spelling.ends_with(':') || cell)
            {
                return Some((spec, ""));
            }
            // A marker that stands alone ("LIAISON STATEMENT") is never a label of a value
            // after a space: "Liaison statement on ..." is a title.
            let inline = inline && !spec.colon_optional;
            if (spec.space_separated || inline) && after.starts_with(' ') && !after.trim().is_empty() {
                return Some((spec, after.trim()));
            }
        }
        None
    }

    fn is_label(&self, line: &str, inline: bool) -> bool {
        self.match_line_in(line, inline).is_some()
    }

    /// Where the head of a document ends: at its first paragraph of prose, a line of many
    /// words that no label starts.
    fn head_end(&self, segs: &[Seg]) -> usize {
        if !self.inline_head {
            return 0;
        }
        segs.iter()
            .position(|s| {
                !s.blank && s.row.is_none() && s.text.split_whitespace().count() >= 14 && !self.is_label(&s.text, false)
            })
            .unwrap_or(segs.len())
            .min(80)
    }

    /// Finds every label in `segs` and collects its value. `stop_at` lists the fields that end a
    /// value running to the end (the e-mail form of a datatracker statement puts "Attachments"
    /// after "Body").
    pub fn scan(&self, segs: &[Seg], stop_at: &[&str]) -> Vec<Field> {
        let mut out = Vec::new();
        let head_end = self.head_end(segs);
        let mut i = 0;
        while i < segs.len() {
            let seg = &segs[i];
            let Some((spec, rest)) =
                (!seg.blank).then(|| self.match_in(&seg.text, i < head_end, seg.row.is_some())).flatten()
            else {
                i += 1;
                continue;
            };
            let mut values = Vec::new();
            if !rest.is_empty() {
                values.push(rest.to_string());
            }
            let mut j = i + 1;
            if spec.to_end {
                while j < segs.len() {
                    if let Some((next, _)) = self.match_line(&segs[j].text)
                        && stop_at.contains(&next.field)
                    {
                        break;
                    }
                    values.push(segs[j].text.clone());
                    j += 1;
                }
            } else {
                let mut row = seg.row;
                while j < segs.len() {
                    let s = &segs[j];
                    // A label this layout does not know ("Document number:") ends a value as
                    // well as one it knows: it is never read as part of the value before it.
                    // The first line under a label that has no value on its own line is that
                    // value even when it starts with a label's words ("Title:" then "LS number 3
                    // on ..."); only a label with its colon or tab ends it there.
                    let inline = j < head_end && !(values.is_empty() && rest.is_empty() && !spec.colon_optional);
                    if self.is_label(&s.text, inline) || (s.row.is_none() && looks_like_label(&s.text)) {
                        break;
                    }
                    match (row, s.row) {
                        (Some(r), Some(sr)) if sr == r => {}
                        // A label alone in its row takes the next row as its value.
                        // A marker that stands alone ("DECLARACIÓN DE COORDINACIÓN" in a row of
                        // its own) takes none: the next row is a label of its own.
                        (Some(r), Some(sr))
                            if sr == r + 1 && values.is_empty() && seg.row == Some(r) && !spec.colon_optional =>
                        {
                            row = Some(sr)
                        }
                        (Some(_), _) => break,
                        (None, Some(_)) => break,
                        (None, None) if s.blank => {
                            // "Label:" then a blank line then the value: allow one blank line
                            // before the first value line, none after.
                            if values.is_empty() && j == i + 1 {
                                j += 1;
                                continue;
                            }
                            break;
                        }
                        (None, None) => {}
                    }
                    values.push(s.text.clone());
                    j += 1;
                }
            }
            let last = if j > i + 1 { j - 1 } else { i };
            out.push(Field { field: spec.field, seg: i, last, values });
            i = j.max(i + 1);
        }
        out
    }
}

/// The fields found, with helpers to take the first of a kind.
pub struct Fields(pub Vec<Field>);

impl Fields {
    pub fn get(&self, field: &str) -> Option<&Field> {
        self.0.iter().find(|f| f.field == field)
    }

    pub fn all<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.0.iter().filter(move |f| f.field == field)
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// The first value of a field, trimmed; `None` when absent or empty.
    pub fn value(&self, field: &str) -> Option<String> {
        let f = self.get(field)?;
        let v = f.joined(" ");
        (!v.trim().is_empty()).then(|| v.trim().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::from_text;

    const SPECS: &[LabelSpec] = &[
        LabelSpec::new("title", &["Title"]),
        LabelSpec::new("contact", &["Contact"]),
        LabelSpec::new("contact_person", &["Contact Person"]),
        LabelSpec::new("email", &["E-mail", "Email"]),
        LabelSpec::new("state", &["State"]).bare(),
        LabelSpec::new("reply_by", &["Please reply by"]).spaced(),
        LabelSpec::new("body", &["Body"]).bare().to_end(),
        LabelSpec::new("attachments", &["Attachments"]).bare(),
    ];

    fn scan(text: &str) -> Vec<(&'static str, Vec<String>)> {
        let segs = from_text(text).segments();
        Labels::new(SPECS).scan(&segs, &["attachments"]).into_iter().map(|f| (f.field, f.values)).collect()
    }

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn glued_separate_and_tabbed_values() {
        assert_eq!(scan("TITLE:LS on X"), vec![("title", v(&["LS on X"]))]);
        assert_eq!(scan("Title:\nLS on X\nmore\n\nnext para"), vec![("title", v(&["LS on X", "more"]))]);
        assert_eq!(scan("Title:\n\nLS on X\n\nnext"), vec![("title", v(&["LS on X"]))]);
        assert_eq!(scan("Title:\t\tLS on X"), vec![("title", v(&["LS on X"]))]);
        assert_eq!(scan("State\tPosted"), vec![("state", v(&["Posted"]))]);
        assert_eq!(scan("Please reply by 2023-06-30"), vec![("reply_by", v(&["2023-06-30"]))]);
        assert_eq!(scan("Contact Person: Ann"), vec![("contact_person", v(&["Ann"]))]);
        assert_eq!(scan("Titled work: no"), vec![]);
    }

    #[test]
    fn a_value_under_its_label_may_start_with_a_label_word() {
        // Regression: bench/gen_statements.py's "Title:" then "LS number 0 on ..." lost its title
        // to the inline label "LS number", and the statement its ITU layout.
        const HEAD: &[LabelSpec] = &[LabelSpec::new("title", &["Title"]), LabelSpec::new("doc_number", &["LS number"])];
        let segs = from_text("Title:\nLS number 0 on metaverse\n\nLS number FG-MV-LS0\n").segments();
        let got: Vec<_> =
            Labels::new(HEAD).inline_head().scan(&segs, &[]).into_iter().map(|f| (f.field, f.values)).collect();
        assert_eq!(got, vec![("title", v(&["LS number 0 on metaverse"])), ("doc_number", v(&["FG-MV-LS0"]))]);
    }

    #[test]
    fn rows_bound_values() {
        let got = scan("\tContact:\n\tAnn Lee\nACME\nFrance\n\tE-mail:\tann@acme.fr\n\n\tTitle:\n\tX\n");
        assert_eq!(
            got,
            vec![("contact", v(&["Ann Lee", "ACME", "France"])), ("email", v(&["ann@acme.fr"])), ("title", v(&["X"])),]
        );
    }

    #[test]
    fn to_end_values_stop_only_at_their_stop_labels() {
        let got = scan("Body: first\nState: not a label here\n\nlast\nAttachments:\nfile.pdf");
        assert_eq!(
            got,
            vec![("body", v(&["first", "State: not a label here", "", "last"])), ("attachments", v(&["file.pdf"])),]
        );
    }
}

/// "Document number: FG-MV-LS2", "Work item:": a line that starts with a short label of words
/// and a colon. Times ("10:30"), URLs and sentences with a colon inside are not.
pub fn looks_like_label(line: &str) -> bool {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\s*[A-Z][A-Za-z.()'/&-]*(?: [A-Za-z.()'/&-]+){0,3}\s?:(?:\s|$)")
            .expect("valid regular expression")
    });
    // A sentence that happens to hold a colon early ("The group notes: ...") is no label.
    const SENTENCE: &[&str] =
        &["The", "This", "These", "We", "It", "A", "An", "In", "As", "Please", "Our", "Your", "If"];
    LABEL.is_match(line) && !line.split_whitespace().next().is_some_and(|w| SENTENCE.contains(&w))
}

#[cfg(test)]
mod label_tests {
    use super::looks_like_label;

    #[test]
    fn label_like_lines() {
        for yes in ["Document number: FG-MV-LS2", "Work Item: FS_XR", "Note:", "Release: Rel-19"] {
            assert!(looks_like_label(yes), "{yes}");
        }
        for no in
            ["10:30 Geneva", "https://example.org/x", "ETRI", "Part 2: a title with words", "The group notes: that"]
        {
            assert!(!looks_like_label(no), "{no}");
        }
    }
}
