//! The liaison-statement record as the readers produce it, before any body is resolved.
//!
//! A record keeps names exactly as the document wrote them (`NameRef::written`) next to the name
//! the recipient-list grammar expanded them to (`NameRef::name`); resolution to registry entries
//! happens later, against the registry the store holds, so a record can be re-resolved after a
//! merge without reading the document again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which template a document follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// The ITU layout (ITU-T, ITU-R, ITU-D and their focus groups): header table of labels.
    #[default]
    Itu,
    /// The 3GPP liaison template: labelled lines, then numbered sections.
    #[serde(rename = "3gpp")]
    ThreeGpp,
    /// A liaison statement as the IETF datatracker publishes it.
    Ietf,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Itu => "itu",
            Layout::ThreeGpp => "3gpp",
            Layout::Ietf => "ietf",
        }
    }

    pub fn parse(s: &str) -> Option<Layout> {
        match s {
            "itu" => Some(Layout::Itu),
            "3gpp" => Some(Layout::ThreeGpp),
            "ietf" => Some(Layout::Ietf),
            _ => None,
        }
    }
}

/// Whether a statement starts an exchange or answers one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum LsKind {
    #[default]
    #[serde(rename = "liaison statement")]
    Statement,
    #[serde(rename = "reply")]
    Reply,
}

impl LsKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LsKind::Statement => "liaison statement",
            LsKind::Reply => "reply",
        }
    }
}

/// A name of a body as a document wrote it, and the name the recipient-list grammar made of it.
///
/// In "ITU-T SGs 9, 16 and 20", the item "16" is written `16` and named `ITU-T SG16`. In JSON a
/// name written as it is named is a plain string; otherwise `{"written": ..., "name": ...}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRef {
    pub written: String,
    pub name: String,
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum NameRefJson {
    Same(String),
    Both { written: String, name: String },
}

impl Serialize for NameRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.written == self.name {
            NameRefJson::Same(self.name.clone()).serialize(s)
        } else {
            NameRefJson::Both { written: self.written.clone(), name: self.name.clone() }.serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for NameRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match NameRefJson::deserialize(d)? {
            NameRefJson::Same(n) => NameRef { written: n.clone(), name: n },
            NameRefJson::Both { written, name } => NameRef { written, name },
        })
    }
}

impl NameRef {
    pub fn same(s: &str) -> NameRef {
        NameRef { written: s.to_string(), name: s.to_string() }
    }
}

/// A meeting: where and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Meeting {
    /// The meeting's own name where the document gives one ("3GPP TSG SA WG4 Meeting #123").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub place: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// A person to contact about the statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Contact {
    pub name: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// What the contact is for where the layout says it (IETF: from, to, cc, response, technical).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A role a person holds in the group that wrote the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficerRole {
    Chair,
    CoChair,
    ViceChair,
    Secretary,
    Rapporteur,
}

impl OfficerRole {
    pub fn as_str(self) -> &'static str {
        match self {
            OfficerRole::Chair => "chair",
            OfficerRole::CoChair => "co-chair",
            OfficerRole::ViceChair => "vice-chair",
            OfficerRole::Secretary => "secretary",
            OfficerRole::Rapporteur => "rapporteur",
        }
    }
}

/// A person named with a role in the statement's body ("The Chairman is Mr X (Org, Country)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Officer {
    pub name: String,
    pub role: OfficerRole,
    pub organization: Option<String>,
    pub country: Option<String>,
}

/// One row of a table that maps the group's topics to the bodies working on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicRow {
    pub group: String,
    pub topic: Option<String>,
    pub related: Vec<NameRef>,
    /// Bodies the row singles out ("All SDOs (especially ITU-R SG5, IEC, ...").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub especially: Vec<NameRef>,
    /// The cell as written, kept so that nothing the grammar dropped is lost.
    pub related_as_written: String,
}

/// A person a statement says its source has designated as liaison rapporteur: a proposal for a
/// person to confirm, since a sentence can be misread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposedRapporteur {
    pub name: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    /// The group the rapporteur liaises with, as written ("towards ITU-T FG-MV").
    pub towards: Option<NameRef>,
    /// The sentence it was read from.
    pub quote: String,
}

/// One action of a 3GPP "Actions" section: to whom, and what is asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub to: Vec<NameRef>,
    pub text: String,
}

/// Something a reader could not read, or read with doubt. Shown to the user per file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The record field concerned, if any ("deadline", "for_action").
    pub field: Option<String>,
    pub message: String,
    /// The text of the document the warning is about, quoted so a person can find it.
    pub quote: Option<String>,
}

impl Warning {
    pub fn new(field: &str, message: impl Into<String>, quote: Option<&str>) -> Warning {
        Warning {
            field: Some(field.to_string()),
            message: message.into(),
            quote: quote.map(|q| truncate_chars(q.trim(), 200)),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(q) = &self.quote {
            write!(f, " (in \"{q}\")")?;
        }
        Ok(())
    }
}

/// Cuts a string to at most `max` characters, marking the cut with an ellipsis.
pub fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", &s[..i]),
    }
}

/// A liaison statement as read from one document.
///
/// Field names follow the hand-read fixture (`fg-mv-ls1.expected.json`) so that the JSON a user
/// sees and the fixture speak the same language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LsRecord {
    pub layout: Layout,
    /// The document number: "FG-MV-LS1", "SG16-LS45", the 3GPP TDoc "S4-230123".
    pub doc_number: Option<String>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// "ITU-T", "ITU-R" or "ITU-D" for the ITU layout.
    pub sector: Option<String>,
    pub study_period: Option<String>,
    pub source_as_written: Option<String>,
    /// The source group's long name as the header gives it ("Focus Group on metaverse").
    pub source_name: Option<String>,
    pub questions: Vec<String>,
    pub working_party: Option<String>,
    pub original_language: Option<String>,
    pub meeting: Option<Meeting>,
    pub title: String,
    pub kind: LsKind,
    pub for_action: Vec<NameRef>,
    pub for_comment: Vec<NameRef>,
    pub for_information: Vec<NameRef>,
    pub cc: Vec<NameRef>,
    pub approval: Option<String>,
    pub approval_date: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub contacts: Vec<Contact>,
    #[serde(rename = "abstract")]
    pub abstract_text: Option<String>,
    pub body: String,
    pub attachments: Vec<String>,
    pub officers: Vec<Officer>,
    pub topics: Vec<TopicRow>,
    pub requests: Vec<String>,
    /// Whom each request is addressed to, where the statement says (the 3GPP "To X group."
    /// lines): parallel to `requests`; empty, or an empty entry, means every for-action body.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub request_to: Vec<Vec<NameRef>>,
    /// Document numbers of the statements this one answers.
    pub response_to: Vec<String>,
    /// The "Response to" text as written (3GPP, IETF), when there is one.
    pub response_to_text: Option<String>,
    // 3GPP template fields.
    pub release: Option<String>,
    pub work_item: Option<String>,
    pub send_reply_to: Option<String>,
    pub actions: Vec<ActionItem>,
    pub next_meetings: Vec<String>,
    // IETF datatracker fields.
    /// The datatracker state ("Posted", "Pending", "Dead").
    pub state: Option<String>,
    pub submitted: Option<NaiveDate>,
    /// The datatracker purpose ("For action", "For comment", "For information", "In response").
    pub purpose: Option<String>,
    pub action_taken: Option<bool>,
    /// Other documents' numbers cited anywhere in the statement.
    pub cited: Vec<String>,
    /// Liaison rapporteurs the statement says its source designated.
    pub rapporteurs: Vec<ProposedRapporteur>,
    /// The fields a person corrected after reading (`liaise ls edit`): these win over the reader
    /// each time the same file is read again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrected: Vec<String>,
}

impl LsRecord {
    /// The date that best says when the statement was issued, used to tell apart statements that
    /// carry no document number.
    pub fn issued(&self) -> Option<NaiveDate> {
        self.approval_date.or(self.submitted).or_else(|| self.meeting.as_ref().and_then(|m| m.end.or(m.start)))
    }

    /// Every list of body names in the record with the key the store files it under.
    pub fn name_lists(&self) -> Vec<(BodyList, Option<usize>, &[NameRef])> {
        let mut out: Vec<(BodyList, Option<usize>, &[NameRef])> = vec![
            (BodyList::ForAction, None, &self.for_action),
            (BodyList::ForComment, None, &self.for_comment),
            (BodyList::ForInformation, None, &self.for_information),
            (BodyList::Cc, None, &self.cc),
        ];
        for (i, row) in self.topics.iter().enumerate() {
            out.push((BodyList::TopicRelated, Some(i), &row.related));
            out.push((BodyList::TopicEspecially, Some(i), &row.especially));
        }
        out
    }
}

/// The lists of a record that name bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyList {
    Source,
    ForAction,
    ForComment,
    ForInformation,
    Cc,
    TopicRelated,
    TopicEspecially,
}

impl BodyList {
    pub const ALL: [BodyList; 7] = [
        BodyList::Source,
        BodyList::ForAction,
        BodyList::ForComment,
        BodyList::ForInformation,
        BodyList::Cc,
        BodyList::TopicRelated,
        BodyList::TopicEspecially,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BodyList::Source => "source",
            BodyList::ForAction => "for_action",
            BodyList::ForComment => "for_comment",
            BodyList::ForInformation => "for_information",
            BodyList::Cc => "cc",
            BodyList::TopicRelated => "topic_related",
            BodyList::TopicEspecially => "topic_especially",
        }
    }

    pub fn parse(s: &str) -> Option<BodyList> {
        BodyList::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_refs_are_compact_in_json_and_read_back() {
        let names = vec![NameRef::same("W3C"), NameRef { written: "16".into(), name: "ITU-T SG16".into() }];
        let json = serde_json::to_string(&names).expect("serializable");
        assert_eq!(json, r#"["W3C",{"written":"16","name":"ITU-T SG16"}]"#);
        let back: Vec<NameRef> = serde_json::from_str(&json).expect("deserializable");
        assert_eq!(back, names);
    }

    #[test]
    fn records_read_back_from_their_json() {
        let rec = LsRecord { title: "LS on X".into(), for_action: vec![NameRef::same("IETF")], ..LsRecord::default() };
        let json = serde_json::to_string(&rec).expect("serializable");
        assert_eq!(serde_json::from_str::<LsRecord>(&json).expect("deserializable"), rec);
        // Fields added later must not break records stored earlier.
        let old: LsRecord = serde_json::from_str(r#"{"title":"Old"}"#).expect("defaults fill the rest");
        assert_eq!(old.title, "Old");
    }
}
