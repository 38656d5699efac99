//! Outgoing liaison statements: drafts read from Markdown or TOML, and records written as .docx
//! (the ITU layout, the 3GPP template or a group's own template) and as Markdown.
//!
//! Pure: a record in, bytes out. Nothing here touches a file, the network or the database; the
//! application reads templates and writes files around it.

pub mod body;
pub mod docx;
pub mod draft;
pub mod markdown;

pub use docx::{Template, WriteError, write_docx, write_docx_with};
pub use draft::{Draft, DraftError, draft_headings, parse_draft};
pub use markdown::{to_markdown, to_markdown_with};

pub use liaise_core::date::long_date;

/// "Riyadh, 8–9 March 2023", "Geneva, 28 February – 3 March 2023": a meeting as the ITU header
/// gives it beside the questions.
pub fn meeting_text(m: &liaise_core::Meeting) -> Option<String> {
    use chrono::Datelike;
    let dates = match (m.start, m.end) {
        (Some(s), Some(e)) if s == e => Some(long_date(s)),
        (Some(s), Some(e)) if s.year() == e.year() && s.month() == e.month() => {
            Some(format!("{}–{}", s.day(), long_date(e)))
        }
        (Some(s), Some(e)) if s.year() == e.year() => {
            let first = long_date(s);
            let day_month = first.rsplit_once(' ').map_or(first.as_str(), |(dm, _)| dm);
            Some(format!("{day_month} – {}", long_date(e)))
        }
        (Some(s), Some(e)) => Some(format!("{} – {}", long_date(s), long_date(e))),
        (Some(d), None) | (None, Some(d)) => Some(long_date(d)),
        (None, None) => None,
    };
    match (m.place.as_deref().filter(|p| !p.trim().is_empty()), dates) {
        (Some(p), Some(d)) => Some(format!("{p}, {d}")),
        (None, Some(d)) => Some(d),
        (Some(p), None) => Some(p.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn meetings_in_the_forms_the_header_uses() {
        let m = |place: Option<&str>, start, end| liaise_core::Meeting {
            name: None,
            place: place.map(str::to_string),
            start,
            end,
        };
        let check = |meeting: liaise_core::Meeting, expected: Option<&str>| {
            assert_eq!(meeting_text(&meeting).as_deref(), expected);
        };
        check(m(Some("Riyadh"), day(2023, 3, 8), day(2023, 3, 9)), Some("Riyadh, 8–9 March 2023"));
        check(m(Some("Geneva"), day(2023, 2, 28), day(2023, 3, 3)), Some("Geneva, 28 February – 3 March 2023"));
        check(m(None, day(2023, 12, 30), day(2024, 1, 2)), Some("30 December 2023 – 2 January 2024"));
        check(m(Some("e-meeting"), day(2024, 5, 1), day(2024, 5, 1)), Some("e-meeting, 1 May 2024"));
        check(m(None, None, None), None);
    }
}
