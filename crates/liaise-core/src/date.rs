//! Finding dates and date ranges in the free text of liaison statements.
//!
//! Statements write dates in many ways: "30 June 2023", "2023-06-30", "January 27, 2006",
//! "24.05.2013", "09 March 2023", and ranges such as "8–9 March 2023", "17-28 July 2023",
//! "8 and 9 March 2023", "28 Feb. – 3 March 2023" or "2023-06-30 to 2023-07-02". All-numeric dates
//! with dots or slashes are read day first, as ITU and ETSI write them.

use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// A date or a range of dates found in a text, with the byte range of the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub range: Range<usize>,
}

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)\.?";
const ORD: &str = r"(?:st|nd|rd|th)?";
const DASH: &str = r"\s*(?:-|–|—|−|(?-u:\b)to(?-u:\b)|(?-u:\b)until(?-u:\b)|(?-u:\b)till(?-u:\b))\s*";
const DASH_OR_AND: &str = r"\s*(?:-|–|—|−|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b)|&)\s*";

type Build = fn(&Captures) -> Option<(NaiveDate, NaiveDate)>;

struct Pattern {
    re: Regex,
    build: Build,
}

fn month(s: &str) -> Option<u32> {
    let s = s.to_ascii_lowercase();
    let m = match s.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn num(c: &Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

fn mon(c: &Captures, i: usize) -> Option<u32> {
    month(c.get(i)?.as_str())
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    // Years outside this window are far more likely to be numbers that only look like dates.
    if !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn single(d: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    d.map(|d| (d, d))
}

/// A range whose first part has no year of its own takes the year of the end, or the year
/// before when its month comes later in the year than the end's ("28 Dec – 2 Jan 2024").
fn range_same_year(d1: u32, m1: u32, d2: u32, m2: u32, y: u32) -> Option<(NaiveDate, NaiveDate)> {
    let end = ymd(y, m2, d2)?;
    let start_year = if m1 > m2 { y.checked_sub(1)? } else { y };
    let start = ymd(start_year, m1, d1)?;
    (start <= end).then_some((start, end))
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let p = |src: String, build: Build| Pattern {
        re: Regex::new(&format!("(?i){src}")).expect("date patterns are valid regular expressions"),
        build,
    };
    vec![
        // 8–9 March 2023, 8 and 9 March 2023, 17-28 July 2023
        p(format!(r"(?-u:\b)(\d{{1,2}}){ORD}{DASH_OR_AND}(\d{{1,2}}){ORD}\s+{MONTH},?\s+(\d{{4}})(?-u:\b)"), |c| {
            let m = mon(c, 3)?;
            range_same_year(num(c, 1)?, m, num(c, 2)?, m, num(c, 4)?)
        }),
        // 28 Feb. - 3 March 2023
        p(format!(r"(?-u:\b)(\d{{1,2}}){ORD}\s+{MONTH}{DASH}(\d{{1,2}}){ORD}\s+{MONTH},?\s+(\d{{4}})(?-u:\b)"), |c| {
            range_same_year(num(c, 1)?, mon(c, 2)?, num(c, 3)?, mon(c, 4)?, num(c, 5)?)
        }),
        // March 8-9, 2023
        p(format!(r"(?-u:\b){MONTH}\s+(\d{{1,2}}){ORD}{DASH_OR_AND}(\d{{1,2}}){ORD},?\s+(\d{{4}})(?-u:\b)"), |c| {
            let m = mon(c, 1)?;
            range_same_year(num(c, 2)?, m, num(c, 3)?, m, num(c, 4)?)
        }),
        // February 28 - March 3, 2023
        p(format!(r"(?-u:\b){MONTH}\s+(\d{{1,2}}){ORD}{DASH}{MONTH}\s+(\d{{1,2}}){ORD},?\s+(\d{{4}})(?-u:\b)"), |c| {
            range_same_year(num(c, 2)?, mon(c, 1)?, num(c, 4)?, mon(c, 3)?, num(c, 5)?)
        }),
        // 2023-06-30
        p(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?-u:\b)".to_string(), |c| {
            single(ymd(num(c, 1)?, num(c, 2)?, num(c, 3)?))
        }),
        // 30 June 2023, 09 March 2023, 1st of May, 2023
        p(format!(r"(?-u:\b)(\d{{1,2}}){ORD}\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})(?-u:\b)"), |c| {
            single(ymd(num(c, 3)?, mon(c, 2)?, num(c, 1)?))
        }),
        // January 27, 2006
        p(format!(r"(?-u:\b){MONTH}\s+(\d{{1,2}}){ORD},?\s+(\d{{4}})(?-u:\b)"), |c| {
            single(ymd(num(c, 3)?, mon(c, 1)?, num(c, 2)?))
        }),
        // 24.05.2013, 24/05/2013 (day first)
        p(r"(?-u:\b)(\d{1,2})[./](\d{1,2})[./](\d{4})(?-u:\b)".to_string(), |c| {
            single(ymd(num(c, 3)?, num(c, 2)?, num(c, 1)?))
        }),
        // 2013/05/24, 2013.05.24
        p(r"(?-u:\b)(\d{4})[./](\d{1,2})[./](\d{1,2})(?-u:\b)".to_string(), |c| {
            single(ymd(num(c, 1)?, num(c, 2)?, num(c, 3)?))
        }),
    ]
});

static RANGE_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i)^{DASH}")).expect("valid regular expression"));

/// The first valid match of one pattern at or after `from`.
fn first_match(p: &Pattern, text: &str) -> Option<DateSpan> {
    p.re.captures_iter(text).find_map(|c| {
        let whole = c.get(0)?;
        let (start, end) = (p.build)(&c)?;
        Some(DateSpan { start, end, range: whole.range() })
    })
}

/// Finds the first date or date range in `text`.
///
/// Where two readings start at the same place, the longer wins, so "8–9 March 2023" is a range
/// rather than the single date "9 March 2023". Two full dates joined by a dash or "to" are one
/// range.
pub fn find_date_span(text: &str) -> Option<DateSpan> {
    let best = PATTERNS
        .iter()
        .filter_map(|p| first_match(p, text))
        .min_by(|a, b| a.range.start.cmp(&b.range.start).then(b.range.end.cmp(&a.range.end)))?;
    // A second full date right after a dash makes a range ("2023-06-30 to 2023-07-02").
    let rest = &text[best.range.end..];
    if let Some(join) = RANGE_JOIN.find(rest) {
        let after = &rest[join.end()..];
        if let Some(second) = find_date_span(after).filter(|s| s.range.start == 0)
            && second.end >= best.start
        {
            let end = best.range.end + join.end() + second.range.end;
            return Some(DateSpan { start: best.start, end: second.end, range: best.range.start..end });
        }
    }
    Some(best)
}

/// Finds every date or range in `text`, in order.
pub fn find_all(text: &str) -> Vec<DateSpan> {
    let mut out = Vec::new();
    let mut offset = 0;
    while let Some(span) = find_date_span(&text[offset..]) {
        let range = offset + span.range.start..offset + span.range.end;
        offset = range.end;
        out.push(DateSpan { range, ..span });
        if offset >= text.len() {
            break;
        }
    }
    out
}

/// The first date in `text` (the start of the first range).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    find_date_span(text).map(|s| s.start)
}

/// Parses a date given on a command line or in an API call: ISO 8601 first, then any form
/// [`find_date_span`] reads, provided the date is the whole text.
pub fn parse_date_strict(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    find_date_span(t).filter(|s| s.range == (0..t.len()) && s.start == s.end).map(|s| s.start)
}

/// Formats a date as ITU documents do: "30 June 2023".
pub fn long_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let name = MONTHS.get(d.month0() as usize).copied().unwrap_or("?");
    format!("{} {} {}", d.day(), name, d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are ISO")
    }

    /// One table: the text, then the start and end it must read (or `None`).
    fn check(text: &str, expected: Option<(&str, &str)>) {
        let got = find_date_span(text).map(|s| (s.start, s.end));
        let want = expected.map(|(a, b)| (d(a), d(b)));
        assert_eq!(got, want, "reading {text:?}");
    }

    #[test]
    fn reads_the_forms_statements_use() {
        check("30 June 2023", Some(("2023-06-30", "2023-06-30")));
        check("2023-06-30", Some(("2023-06-30", "2023-06-30")));
        check("January 27, 2006", Some(("2006-01-27", "2006-01-27")));
        check("24.05.2013", Some(("2013-05-24", "2013-05-24")));
        check("24/05/2013", Some(("2013-05-24", "2013-05-24")));
        check("ITU-T FG-MV meeting (Riyadh, 09 March 2023)", Some(("2023-03-09", "2023-03-09")));
        check("Riyadh, 8–9 March 2023", Some(("2023-03-08", "2023-03-09")));
        check("Geneva, 17-28 July 2023", Some(("2023-07-17", "2023-07-28")));
        check("on 8 and 9 March 2023", Some(("2023-03-08", "2023-03-09")));
        check("28 Feb. – 3 March 2023", Some(("2023-02-28", "2023-03-03")));
        check("28 Dec - 2 Jan 2024", Some(("2023-12-28", "2024-01-02")));
        check("March 8-9, 2023", Some(("2023-03-08", "2023-03-09")));
        check("2023-06-30 to 2023-07-02", Some(("2023-06-30", "2023-07-02")));
        check("30 June 2023 - 2 July 2023", Some(("2023-06-30", "2023-07-02")));
        check("2023-06-30 Action Needed", Some(("2023-06-30", "2023-06-30")));
        check("1st of May, 2024", Some(("2024-05-01", "2024-05-01")));
        check("DEADLINE: 15 SEPT 2023", Some(("2023-09-15", "2023-09-15")));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        check("N/A", None);
        check("31 February 2023", None);
        check("Rel-18 version 18.1.0", None);
        check("SG16-LS45", None);
        check("13 and 19", None);
        check("30 June", None);
    }

    #[test]
    fn finds_every_date_in_order() {
        let all = find_all("#124 22 - 26 May 2023 Berlin; #125 21-25 August 2023 Gothenburg");
        let got: Vec<_> = all.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(got, vec![(d("2023-05-22"), d("2023-05-26")), (d("2023-08-21"), d("2023-08-25"))]);
    }

    #[test]
    fn strict_parsing_wants_the_whole_text() {
        assert_eq!(parse_date_strict("2023-06-20"), Some(d("2023-06-20")));
        assert_eq!(parse_date_strict(" 30 June 2023 "), Some(d("2023-06-30")));
        assert_eq!(parse_date_strict("by 30 June 2023"), None);
        assert_eq!(parse_date_strict("8-9 March 2023"), None);
        assert_eq!(long_date(d("2023-06-30")), "30 June 2023");
    }
}
