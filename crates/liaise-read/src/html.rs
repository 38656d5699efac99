//! A web page (such as a datatracker liaison page saved from a browser) into the plain-text form
//! the text reader understands: table cells start with a tab, rows end with a blank line, `<br>`
//! and block elements end lines, `<pre>` keeps its lines, scripts and styles are dropped.

/// Whether bytes look like an HTML page rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || (head.starts_with('<') && head.contains("<body"))
}

fn entity(name: &str) -> Option<String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some(c.to_string())
}

/// Decodes character references in a piece of text.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match after.find(';').filter(|&i| i <= 10).and_then(|i| entity(&after[..i]).map(|e| (e, i))) {
            Some((e, i)) => {
                out.push_str(&e);
                rest = &after[i + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Converts an HTML page to text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    let mut pre = 0usize;
    let mut pending_space = false;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest, pre > 0, &mut pending_space);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt], pre > 0, &mut pending_space);
        }
        let after = &rest[lt + 1..];
        if after.starts_with("!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        let Some(gt) = after.find('>') else { break };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(end) = skip_until {
            if closing && name == end {
                skip_until = None;
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("script", false) => skip_until = Some("script"),
            ("style", false) => skip_until = Some("style"),
            ("head", false) => skip_until = Some("head"),
            ("pre", false) => pre += 1,
            ("pre", true) => pre = pre.saturating_sub(1),
            ("br", _) => newline(&mut out, &mut pending_space),
            ("tr", false) => {
                newline(&mut out, &mut pending_space);
            }
            ("tr", true) => {
                newline(&mut out, &mut pending_space);
                out.push('\n');
            }
            ("td" | "th", false) => {
                pending_space = false;
                out.push('\t');
            }
            (
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "table" | "section" | "header"
                | "footer" | "ul" | "ol" | "dl" | "dt" | "dd" | "small" | "title" | "blockquote",
                _,
            ) => newline(&mut out, &mut pending_space),
            _ => {}
        }
    }
    out
}

fn newline(out: &mut String, pending_space: &mut bool) {
    *pending_space = false;
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn push_text(out: &mut String, raw: &str, in_pre: bool, pending_space: &mut bool) {
    let text = decode_entities(raw);
    if in_pre {
        out.push_str(&text);
        return;
    }
    for (i, word) in text.split_whitespace().enumerate() {
        let starts_with_space = i > 0 || text.starts_with(char::is_whitespace);
        if (*pending_space || starts_with_space) && !out.is_empty() && !out.ends_with(['\n', '\t', ' ']) {
            out.push(' ');
        }
        *pending_space = false;
        out.push_str(word);
    }
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        *pending_space = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datatracker_table_becomes_rows_of_cells() {
        let html = r#"<!DOCTYPE html><html><head><title>x</title><script>var a = "<td>";</script></head><body>
<h1>Liaison statement<br><small>LS on A &amp; B</small></h1>
<table class="table"><tr><th>State</th><td>Posted</td></tr>
<tr><th class="text-nowrap">To Contacts</th><td>
  A &lt;a@x.org&gt;<br>B &lt;b@x.org&gt;</td></tr>
<tr><th>Body</th><td><pre>Line one
Line two</pre></td></tr></table></body></html>"#;
        assert!(looks_like_html(html));
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Liaison statement\nLS on A & B\n\tState\tPosted\n\n\tTo Contacts\tA <a@x.org>\nB <b@x.org>\n\n\tBody\tLine one\nLine two\n\n"
        );
    }

    #[test]
    fn plain_text_is_not_html() {
        assert!(!looks_like_html("Title: LS on <something>"));
        assert_eq!(decode_entities("a &unknown; b &#x41;"), "a &unknown; b A");
    }
}
