//! The catalogue of deliverables (standards, specifications, reports, roadmaps): identifiers by
//! family, status vocabularies mapped to one lifecycle, and the entry as importers produce it.

pub mod ident;
pub mod status;

pub use ident::{Family, Found, Identifier, find, parse};
pub use status::{EntryType, Lifecycle, lifecycle};

use serde::{Deserialize, Serialize};

/// A relation between entries: "supersedes", "superseded-by", "amends", "amended-by",
/// "updates", "updated-by", or another kind as a catalogue writes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relation {
    pub kind: String,
    /// The other entry's identifier, as written.
    pub target: String,
}

/// Maps relation words of catalogues (Relaton's "obsoletes", "updatedBy", ...) to ours.
pub fn relation_kind(word: &str) -> String {
    let w: String = word.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
    match w.as_str() {
        "obsoletes" | "replaces" | "supersedes" => "supersedes",
        "obsoletedby" | "replacedby" | "supersededby" => "superseded-by",
        "amends" => "amends",
        "amendedby" => "amended-by",
        "updates" => "updates",
        "updatedby" => "updated-by",
        "hasedition" => "has-edition",
        "editionof" => "edition-of",
        _ => return word.to_string(),
    }
    .to_string()
}

/// A catalogue entry as an importer reads it, before its body is resolved and before it is
/// matched with what is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EntryRecord {
    /// The identifier as written.
    pub identifier: String,
    pub title: String,
    /// The owning body as written ("ISO/IEC JTC 1/SC 29", "S4").
    pub body: Option<String>,
    pub entry_type: Option<EntryType>,
    /// The status as the body writes it.
    pub status: Option<String>,
    /// The lifecycle, when the source states it rather than a status.
    pub lifecycle: Option<Lifecycle>,
    /// Dates as written, reduced precision allowed: "2022", "2022-09", "2022-09-30".
    pub started: Option<String>,
    pub published: Option<String>,
    pub withdrawn: Option<String>,
    pub url: Option<String>,
    pub version: Option<String>,
    pub release: Option<String>,
    pub relations: Vec<Relation>,
    /// Topic names ("Media CODEC", "Architecture and Interfaces").
    pub topics: Vec<String>,
}

impl EntryRecord {
    /// The parsed identifier, with the record's version when the identifier has none.
    pub fn parsed(&self) -> Option<Identifier> {
        let mut id = parse(&self.identifier)?;
        if id.version.is_none() {
            id.version.clone_from(&self.version);
        }
        Some(id)
    }

    /// The lifecycle stated, else the one the status (and, for 3GPP, the version) maps to.
    pub fn derived_lifecycle(&self) -> Option<Lifecycle> {
        if self.lifecycle.is_some() {
            return self.lifecycle;
        }
        let id = self.parsed();
        let version = self.version.clone().or_else(|| id.as_ref().and_then(|i| i.version.clone()));
        lifecycle(id.map(|i| i.family), self.status.as_deref().unwrap_or(""), version.as_deref())
    }
}

/// The year of a date written with reduced precision ("2022-09" is 2022).
pub fn year_of(date: &str) -> Option<i32> {
    let y: String = date.trim().chars().take(4).collect();
    (y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())).then(|| y.parse().ok()).flatten()
}

/// The registry name of a 3GPP group from the code its documents carry ("S4" is 3GPP SA4, "SP"
/// the TSG SA plenary, "R1" RAN1, "C1" CT1).
pub fn three_gpp_group(code: &str) -> Option<String> {
    let c = code.trim().to_uppercase();
    let (letter, rest) = c.split_at(c.char_indices().nth(1).map_or(c.len(), |(i, _)| i));
    let tsg = match letter {
        "S" => "SA",
        "R" => "RAN",
        "C" => "CT",
        _ => return None,
    };
    match rest {
        "P" => Some(format!("3GPP TSG {tsg}")),
        n if !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit()) => Some(format!("3GPP {tsg}{n}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_gpp_codes() {
        assert_eq!(three_gpp_group("S4").as_deref(), Some("3GPP SA4"));
        assert_eq!(three_gpp_group("r1").as_deref(), Some("3GPP RAN1"));
        assert_eq!(three_gpp_group("SP").as_deref(), Some("3GPP TSG SA"));
        assert_eq!(three_gpp_group("X9"), None);
        assert_eq!(three_gpp_group(""), None);
    }

    #[test]
    fn relation_words() {
        assert_eq!(relation_kind("obsoletes"), "supersedes");
        assert_eq!(relation_kind("updatedBy"), "updated-by");
        assert_eq!(relation_kind("complementOf"), "complementOf");
        assert_eq!(year_of("2022-09"), Some(2022));
        assert_eq!(year_of("soon"), None);
    }

    #[test]
    fn lifecycle_from_status_or_version() {
        let r = EntryRecord { identifier: "TR 26.998 V18.1.0".into(), ..EntryRecord::default() };
        assert_eq!(r.derived_lifecycle(), Some(Lifecycle::Published));
        let r =
            EntryRecord { identifier: "ISO 22739:2020".into(), status: Some("95.99".into()), ..EntryRecord::default() };
        assert_eq!(r.derived_lifecycle(), Some(Lifecycle::Withdrawn));
        let r = EntryRecord {
            identifier: "ISO 1".into(),
            status: Some("?".into()),
            lifecycle: Some(Lifecycle::Proposed),
            ..EntryRecord::default()
        };
        assert_eq!(r.derived_lifecycle(), Some(Lifecycle::Proposed));
    }
}
