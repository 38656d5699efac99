//! A draft statement as its author writes it: a Markdown file whose header block (between two
//! `---` lines, one `field: value` a line) gives the header fields and whose rest is the body,
//! or the same fields in TOML with the body as `body = """..."""`. Names stay as written; the
//! application resolves them through the registry and refuses those it does not know.

use crate::body::normalize;
use chrono::NaiveDate;
use liaise_core::date::parse_date_strict;
use liaise_core::{Contact, Meeting};
use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DraftError {
    #[error("line {line}: {message}")]
    Line { line: usize, message: String },
    #[error("the draft is not valid TOML: {0}")]
    Toml(String),
    #[error("the draft has no {0}")]
    Missing(&'static str),
    #[error("{field}: {value:?} is not a date (write 2023-06-30 or 30 June 2023)")]
    Date { field: &'static str, value: String },
}

/// What an author gives; names as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub source: Option<String>,
    pub doc_number: Option<String>,
    pub reference: Option<String>,
    pub sector: Option<String>,
    pub study_period: Option<String>,
    pub group_name: Option<String>,
    pub questions: Vec<String>,
    pub original_language: Option<String>,
    pub meeting: Option<Meeting>,
    pub for_action: Vec<String>,
    pub for_comment: Vec<String>,
    pub for_information: Vec<String>,
    pub approval: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub contacts: Vec<Contact>,
    pub abstract_text: Option<String>,
    /// The body as a reader gives it back (see [`crate::body::normalize`]).
    pub body: String,
    pub attachments: Vec<String>,
    /// Document numbers of the statements this one answers.
    pub response_to: Vec<String>,
}

/// The fields a header block knows, each with the names an author may give it.
const FIELDS: &[(&str, &[&str])] = &[
    ("title", &["title"]),
    ("source", &["source", "from"]),
    ("doc_number", &["document", "doc number", "document number", "number", "doc_number"]),
    ("reference", &["ref", "ref.", "reference"]),
    ("sector", &["sector"]),
    ("study_period", &["study period", "study_period"]),
    ("group_name", &["group", "group name", "group_name"]),
    ("questions", &["question", "questions", "question(s)"]),
    ("original_language", &["original", "language", "original language", "original_language"]),
    ("meeting_place", &["place", "meeting place", "meeting_place"]),
    ("meeting", &["meeting", "meeting dates"]),
    ("for_action", &["for action", "for action to", "to", "for_action"]),
    ("for_comment", &["for comment", "for comment to", "for_comment"]),
    ("for_information", &["for information", "for information to", "for info", "cc", "for_information"]),
    ("approval", &["approval", "approved"]),
    ("deadline", &["deadline"]),
    ("contact", &["contact", "contacts"]),
    ("abstract", &["abstract", "summary"]),
    ("attachments", &["attachment", "attachments"]),
    ("response_to", &["response to", "reply to", "in reply to", "response_to"]),
];

fn field_of(key: &str) -> Option<&'static str> {
    let k = key.trim().to_lowercase().replace(['_', '-'], " ");
    let k = k.trim_end_matches(':').trim();
    FIELDS.iter().find(|(_, names)| names.iter().any(|n| n.replace('_', " ") == k)).map(|(f, _)| *f)
}

fn list(value: &str) -> Vec<String> {
    value.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// "Ann Lee, ACME, France, ann@acme.fr, +33 1 23 45 67 89": the address and the telephone
/// are found by their look, the rest is name, organization and country in that order.
pub fn contact_of(value: &str) -> Option<Contact> {
    let mut c = Contact::default();
    let mut rest = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part.contains('@') && !part.contains(' ') {
            c.email = Some(part.trim_start_matches("mailto:").to_string());
        } else if part.starts_with('+') || part.chars().filter(char::is_ascii_digit).count() >= 6 {
            c.phone = Some(part.to_string());
        } else {
            rest.push(part.to_string());
        }
    }
    let mut rest = rest.into_iter();
    c.name = rest.next()?;
    c.organization = rest.next();
    c.country = rest.next();
    Some(c)
}

fn date(field: &'static str, value: &str) -> Result<NaiveDate, DraftError> {
    parse_date_strict(value).ok_or_else(|| DraftError::Date { field, value: value.to_string() })
}

/// A meeting's dates: "2023-03-08/2023-03-09", "8–9 March 2023", one day.
fn meeting_dates(value: &str) -> Result<(NaiveDate, NaiveDate), DraftError> {
    if let Some((a, b)) = value.split_once('/').filter(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty()) {
        let (start, end) = (date("meeting", a)?, date("meeting", b)?);
        if end < start {
            return Err(DraftError::Line {
                line: 0,
                message: format!("meeting: {value:?} ends before it starts (write START/END)"),
            });
        }
        return Ok((start, end));
    }
    if let Ok(d) = date("meeting", value) {
        return Ok((d, d));
    }
    liaise_core::date::find_date_span(value)
        .map(|s| (s.start, s.end))
        .ok_or_else(|| DraftError::Date { field: "meeting", value: value.to_string() })
}

#[derive(Debug, Default)]
struct Raw {
    values: Vec<(&'static str, String, usize)>,
    body: String,
}

fn build(raw: Raw) -> Result<Draft, DraftError> {
    let mut d = Draft { body: normalize(&raw.body), ..Draft::default() };
    let mut place = None;
    let mut dates = None;
    for (field, value, line) in raw.values {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        let one = Some(value.clone());
        match field {
            "title" => d.title = value,
            "source" => d.source = one,
            "doc_number" => d.doc_number = one,
            "reference" => d.reference = one,
            "sector" => d.sector = one,
            "study_period" => d.study_period = one,
            "group_name" => d.group_name = one,
            "questions" => d.questions.extend(list(&value)),
            "original_language" => d.original_language = one,
            "meeting_place" => place = one,
            "meeting" => {
                dates = Some(meeting_dates(&value).map_err(|e| match e {
                    DraftError::Line { message, .. } => DraftError::Line { line, message },
                    other => other,
                })?)
            }
            "for_action" => d.for_action.extend(list(&value)),
            "for_comment" => d.for_comment.extend(list(&value)),
            "for_information" => d.for_information.extend(list(&value)),
            "approval" => d.approval = one,
            "deadline" => d.deadline = Some(date("deadline", &value)?),
            "contact" => d.contacts.push(contact_of(&value).ok_or_else(|| DraftError::Line {
                line,
                message: "a contact needs at least a name: \"Name, Organization, Country, e-mail\"".into(),
            })?),
            "abstract" => d.abstract_text = one,
            "attachments" => d.attachments.extend(list(&value)),
            "response_to" => d.response_to.extend(list(&value)),
            _ => {}
        }
    }
    if place.is_some() || dates.is_some() {
        d.meeting = Some(Meeting { name: None, place, start: dates.map(|x| x.0), end: dates.map(|x| x.1) });
    }
    if d.title.trim().is_empty() {
        return Err(DraftError::Missing("title"));
    }
    if d.for_action.is_empty() && d.for_comment.is_empty() && d.for_information.is_empty() {
        return Err(DraftError::Missing("recipient (for action / for comment / for information)"));
    }
    Ok(d)
}

fn markdown(text: &str) -> Result<Raw, DraftError> {
    let mut lines = text.lines().enumerate().peekable();
    while lines.peek().is_some_and(|(_, l)| l.trim().is_empty()) {
        lines.next();
    }
    if lines.next().is_none_or(|(_, l)| l.trim() != "---") {
        return Err(DraftError::Line {
            line: 1,
            message: "a Markdown draft starts with a header block between two lines of ---".into(),
        });
    }
    let mut raw = Raw::default();
    let mut closed = false;
    for (i, line) in lines.by_ref() {
        let n = i + 1;
        if line.trim() == "---" {
            closed = true;
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        // A line that starts with spaces continues the value above it.
        if line.starts_with([' ', '\t'])
            && let Some(last) = raw.values.last_mut()
        {
            last.1.push(' ');
            last.1.push_str(line.trim());
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(DraftError::Line { line: n, message: format!("expected \"field: value\", found {line:?}") });
        };
        let Some(field) = field_of(key) else {
            let known: Vec<&str> = FIELDS.iter().map(|(_, names)| names[0]).collect();
            return Err(DraftError::Line {
                line: n,
                message: format!("unknown field {:?}; the fields are: {}", key.trim(), known.join(", ")),
            });
        };
        raw.values.push((field, value.to_string(), n));
    }
    if !closed {
        return Err(DraftError::Line { line: 1, message: "the header block is not closed by a line of ---".into() });
    }
    raw.body = lines.map(|(_, l)| l).collect::<Vec<_>>().join("\n");
    Ok(raw)
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlContact {
    name: String,
    organization: Option<String>,
    country: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum TomlContactOrText {
    Text(String),
    Table(TomlContact),
}

fn toml_draft(text: &str) -> Result<Raw, DraftError> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| DraftError::Toml(e.to_string()))?;
    let mut raw = Raw::default();
    for (key, value) in table {
        if key == "body" {
            raw.body = value.as_str().ok_or_else(|| DraftError::Toml("body: a string".into()))?.to_string();
            continue;
        }
        let Some(field) = field_of(&key) else {
            return Err(DraftError::Toml(format!("unknown field {key:?}")));
        };
        if field == "contact" {
            let many: Vec<TomlContactOrText> = match value {
                toml::Value::Array(_) => {
                    value.try_into().map_err(|e: toml::de::Error| DraftError::Toml(e.to_string()))?
                }
                other => vec![other.try_into().map_err(|e: toml::de::Error| DraftError::Toml(e.to_string()))?],
            };
            for c in many {
                match c {
                    TomlContactOrText::Text(t) => raw.values.push((field, t, 0)),
                    TomlContactOrText::Table(c) => {
                        let parts: Vec<String> = std::iter::once(c.name)
                            .chain(c.organization)
                            .chain(c.country)
                            .chain(c.email)
                            .chain(c.phone)
                            .map(|p| p.replace(',', " "))
                            .collect();
                        raw.values.push((field, parts.join(", "), 0));
                    }
                }
            }
            continue;
        }
        let value = match value {
            toml::Value::Datetime(d) => d.to_string(),
            v => match v.try_into().map_err(|e: toml::de::Error| DraftError::Toml(format!("{key}: {e}")))? {
                OneOrMany::One(s) => s,
                OneOrMany::Many(v) => v.join(", "),
            },
        };
        raw.values.push((field, value, 0));
    }
    Ok(raw)
}

/// The headings of a draft's body (level and text), which the stored body keeps as plain
/// lines: the writers make them headings again.
pub fn draft_headings(text: &str, toml: bool) -> Vec<(u8, String)> {
    let raw = if toml { toml_draft(text) } else { markdown(text) };
    raw.map(|r| {
        crate::body::blocks(&r.body)
            .into_iter()
            .filter_map(|b| match b {
                crate::body::Block::Heading { level, text } => Some((level, text)),
                _ => None,
            })
            .collect()
    })
    .unwrap_or_default()
}

/// Reads a draft: TOML when `toml` is set (a `.toml` file), else Markdown with a header block.
pub fn parse_draft(text: &str, toml: bool) -> Result<Draft, DraftError> {
    build(if toml { toml_draft(text)? } else { markdown(text)? })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "---\ntitle: LS on metaverse roadmaps\nsource: ITU-T FG-MV\nfor action: ITU-R SG5, IEC TC 100\n\
                      for information: ITU-T SG16\ndeadline: 2023-06-30\nmeeting: 8-9 March 2023\nplace: Riyadh\n\
                      contact: Shin-Gak Kang, ETRI, Rep. of Korea, sgkang@etri.re.kr\nabstract: We ask for\n  \
                      your roadmap.\n---\n# Background\n\nFG-MV was created.\n";

    #[test]
    fn a_markdown_draft() {
        let d = parse_draft(MD, false).expect("a draft");
        assert_eq!(d.title, "LS on metaverse roadmaps");
        assert_eq!(d.for_action, ["ITU-R SG5", "IEC TC 100"]);
        assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2023, 6, 30));
        assert_eq!(d.abstract_text.as_deref(), Some("We ask for your roadmap."));
        assert_eq!(d.contacts[0].email.as_deref(), Some("sgkang@etri.re.kr"));
        assert_eq!(d.contacts[0].country.as_deref(), Some("Rep. of Korea"));
        let m = d.meeting.expect("a meeting");
        assert_eq!(
            (m.place.as_deref(), m.start, m.end),
            (Some("Riyadh"), NaiveDate::from_ymd_opt(2023, 3, 8), NaiveDate::from_ymd_opt(2023, 3, 9))
        );
        assert_eq!(d.body, "Background\n\nFG-MV was created.");
    }

    #[test]
    fn the_same_draft_in_toml() {
        let t = "title = \"LS on metaverse roadmaps\"\nsource = \"ITU-T FG-MV\"\nfor_action = [\"ITU-R SG5\", \"IEC TC 100\"]\n\
                 for_information = \"ITU-T SG16\"\ndeadline = 2023-06-30\n\
                 [[contact]]\nname = \"Shin-Gak Kang\"\norganization = \"ETRI\"\nemail = \"sgkang@etri.re.kr\"\n";
        let d = parse_draft(t, true).expect("a draft");
        assert_eq!(d.for_action, ["ITU-R SG5", "IEC TC 100"]);
        assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2023, 6, 30));
        assert_eq!(d.contacts[0].organization.as_deref(), Some("ETRI"));
    }

    #[test]
    fn bad_drafts_say_what_is_wrong() {
        let err = |text: &str, toml: bool| parse_draft(text, toml).expect_err("refused").to_string();
        assert!(err("title: x\n", false).contains("starts with a header block"));
        assert!(err("---\ntitle: x\nfor action: SG5\n", false).contains("not closed"));
        assert!(err("---\ntitel: x\n---\n", false).contains("unknown field \"titel\""));
        assert!(err("---\ntitle: x\n---\n", false).contains("no recipient"));
        assert!(err("---\nfor action: SG5\n---\n", false).contains("no title"));
        assert!(err("---\ntitle: x\nto: SG5\ndeadline: soon\n---\n", false).contains("not a date"));
        assert!(
            err("---\ntitle: x\nto: SG5\nmeeting: 2023-07-05/2023-07-03\n---\n", false).contains("line 4: meeting")
        );
        assert!(err("title = \n", true).contains("not valid TOML"));
        assert!(err("title = \"x\"\nto = 5\n", true).contains("to:"));
    }
}
