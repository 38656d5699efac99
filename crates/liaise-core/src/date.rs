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

/// The months in English (abbreviated or not) and in ITU's other languages (French, Spanish,
/// Russian in both cases, Arabic as Egypt and the Levant write them). The foreign names are
/// whole words that the patterns follow with a space or a year, so they need no boundary (an
/// ASCII boundary would not see the end of a Cyrillic or Arabic word).
const MONTH: &str = r"((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يونية|يوليو|يولية|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول)\.?";
const ORD: &str = r"(?:st|nd|rd|th|er|º|°|\.º)?";
/// Between a day and its month, or a month and its year: "30 de junio de 2023".
const OF: &str = r"(?:of\s+|de\s+|del\s+)?";
const DASH: &str = r"\s*(?:-|–|—|−|(?-u:\b)to(?-u:\b)|(?-u:\b)until(?-u:\b)|(?-u:\b)till(?-u:\b)|(?-u:\b)au(?-u:\b)|(?-u:\b)al(?-u:\b)|إلى|по)\s*";
const DASH_OR_AND: &str = r"\s*(?:-|–|—|−|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b)|&|(?-u:\b)au(?-u:\b)|(?-u:\b)al(?-u:\b)|(?-u:\b)et(?-u:\b)|(?-u:\b)y(?-u:\b)|إلى|و|по|и)\s*";

type Build = fn(&Captures) -> Option<(NaiveDate, NaiveDate)>;

struct Pattern {
    re: Regex,
    build: Build,
}

/// The foreign month names by their first letters (enough to tell them apart).
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("janv", 1),
    ("févr", 2),
    ("fevr", 2),
    ("mars", 3),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("sept", 9),
    ("octo", 10),
    ("nove", 11),
    ("déc", 12),
    ("dece", 12),
    ("ene", 1),
    ("febr", 2),
    ("marz", 3),
    ("abr", 4),
    ("mayo", 5),
    ("juni", 6),
    ("juli", 7),
    ("agos", 8),
    ("setie", 9),
    ("octu", 10),
    ("novi", 11),
    ("dici", 12),
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يوني", 6),
    ("يولي", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
];

fn month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    english_month(&s).or_else(|| {
        // Where an English prefix reads a foreign name ("juin", "marzo", "octobre") it reads the
        // same month; the foreign prefixes read the rest ("mai", "agosto", "июня", "يونيو").
        let s = s.trim_end_matches('.');
        FOREIGN_MONTHS.iter().find(|(p, _)| s.starts_with(p)).map(|&(_, m)| m)
    })
}

fn english_month(s: &str) -> Option<u32> {
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
        // 8–9 March 2023, 8 and 9 March 2023, 17-28 July 2023, du 10 au 21 mars 2025
        p(
            format!(r"(?-u:\b)(\d{{1,2}}){ORD}{DASH_OR_AND}(\d{{1,2}}){ORD}\s+{OF}{MONTH},?\s+{OF}(\d{{4}})(?-u:\b)"),
            |c| {
                let m = mon(c, 3)?;
                // A range read from a right-to-left line may come out reversed ("14-10").
                let (a, b) = (num(c, 1)?, num(c, 2)?);
                range_same_year(a.min(b), m, a.max(b), m, num(c, 4)?)
            },
        ),
        // 28 Feb. - 3 March 2023
        p(
            format!(
                r"(?-u:\b)(\d{{1,2}}){ORD}\s+{OF}{MONTH}{DASH}(\d{{1,2}}){ORD}\s+{OF}{MONTH},?\s+{OF}(\d{{4}})(?-u:\b)"
            ),
            |c| range_same_year(num(c, 1)?, mon(c, 2)?, num(c, 3)?, mon(c, 4)?, num(c, 5)?),
        ),
        // 2023年6月19-30日, 2011年11月8日至18日
        p(
            r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:-|–|—|至|到)\s*(\d{1,2})\s*日".to_string(),
            |c| {
                let m = num(c, 2)?;
                range_same_year(num(c, 3)?, m, num(c, 4)?, m, num(c, 1)?)
            },
        ),
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
        // 30 June 2023, 09 March 2023, 1st of May, 2023, 30 de junio de 2023
        p(format!(r"(?-u:\b)(\d{{1,2}}){ORD}\s+{OF}{MONTH},?\s+{OF}(\d{{4}})(?-u:\b)"), |c| {
            single(ymd(num(c, 3)?, mon(c, 2)?, num(c, 1)?))
        }),
        // 2023年6月30日 (the digits ASCII or full width)
        p(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日".to_string(), |c| {
            single(ymd(num(c, 1)?, num(c, 2)?, num(c, 3)?))
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
    // Every date form holds a digit: most lines of a statement have none and are left at once.
    if !text.bytes().any(|b| b.is_ascii_digit()) && text.is_ascii() {
        return None;
    }
    // Arabic-Indic and full-width digits are read as ASCII ones; the span found is given back
    // in the text's own offsets.
    if text.chars().any(|c| matches!(c, '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' | '\u{FF10}'..='\u{FF19}')) {
        let mut ascii = String::with_capacity(text.len());
        let mut at = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            let d = match c {
                '\u{660}'..='\u{669}' => char::from_digit(u32::from(c) - 0x660, 10),
                '\u{6F0}'..='\u{6F9}' => char::from_digit(u32::from(c) - 0x6F0, 10),
                '\u{FF10}'..='\u{FF19}' => char::from_digit(u32::from(c) - 0xFF10, 10),
                _ => None,
            };
            let c = d.unwrap_or(c);
            at.extend(std::iter::repeat_n(i, c.len_utf8()));
            ascii.push(c);
        }
        at.push(text.len());
        let span = find_date_span(&ascii)?;
        let end = at.get(span.range.end).copied().unwrap_or(text.len());
        return Some(DateSpan { range: at[span.range.start]..end, ..span });
    }
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

    /// ITU writes in six languages (issue 23, item 5).
    #[test]
    fn reads_dates_in_the_itu_languages() {
        check("Date limite : 15 septembre 2025", Some(("2025-09-15", "2025-09-15")));
        check("1er juillet 2024", Some(("2024-07-01", "2024-07-01")));
        check("Genève, 10-21 mars 2025", Some(("2025-03-10", "2025-03-21")));
        check("du 1er au 4 mai 2017", Some(("2017-05-01", "2017-05-04")));
        check("21 août 2015", Some(("2015-08-21", "2015-08-21")));
        check("30 de junio de 2023", Some(("2023-06-30", "2023-06-30")));
        check("Ginebra, 2-11 de septiembre de 2025", Some(("2025-09-02", "2025-09-11")));
        check("del 16 al 18 de enero de 2002", Some(("2002-01-16", "2002-01-18")));
        check("1 abril 2014", Some(("2014-04-01", "2014-04-01")));
        check("15 октября 2023 г.", Some(("2023-10-15", "2023-10-15")));
        check("Женева, 19–30 июня 2023 года", Some(("2023-06-19", "2023-06-30")));
        check("29 октября – 16 ноября 2018 г.", Some(("2018-10-29", "2018-11-16")));
        check("30 مايو 2023", Some(("2023-05-30", "2023-05-30")));
        check("جنيف، 16-27 يونيو 2025", Some(("2025-06-16", "2025-06-27")));
        check("14-10 ديسمبر 2018", Some(("2018-12-10", "2018-12-14")));
        check("٢٨ أبريل ٢٠٢١", Some(("2021-04-28", "2021-04-28")));
        check("30 حزيران 2023", Some(("2023-06-30", "2023-06-30")));
        check("2023年10月31日", Some(("2023-10-31", "2023-10-31")));
        check("日内瓦，2023年6月19-30日", Some(("2023-06-19", "2023-06-30")));
        check("2011年11月8日至18日", Some(("2011-11-08", "2011-11-18")));
        check("２０２３年６月３０日", Some(("2023-06-30", "2023-06-30")));
        // The English forms keep their meaning beside the new words.
        check("5 March 2023", Some(("2023-03-05", "2023-03-05")));
        check("5 Mar 2023", Some(("2023-03-05", "2023-03-05")));
        check("3 September 2023", Some(("2023-09-03", "2023-09-03")));
        check("3 Sept 2023", Some(("2023-09-03", "2023-09-03")));
        check("1 May 2023", Some(("2023-05-01", "2023-05-01")));
        check("1 June 2023", Some(("2023-06-01", "2023-06-01")));
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
