//! Each body's own status words, mapped to one common lifecycle, and the types of deliverables.

use super::ident::Family;
use serde::{Deserialize, Serialize};

/// Where a deliverable stands, whoever publishes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lifecycle {
    Proposed,
    InDevelopment,
    InApproval,
    Published,
    UnderReview,
    Superseded,
    Withdrawn,
}

impl Lifecycle {
    pub const ALL: [Lifecycle; 7] = [
        Lifecycle::Proposed,
        Lifecycle::InDevelopment,
        Lifecycle::InApproval,
        Lifecycle::Published,
        Lifecycle::UnderReview,
        Lifecycle::Superseded,
        Lifecycle::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Lifecycle::Proposed => "proposed",
            Lifecycle::InDevelopment => "in-development",
            Lifecycle::InApproval => "in-approval",
            Lifecycle::Published => "published",
            Lifecycle::UnderReview => "under-review",
            Lifecycle::Superseded => "superseded",
            Lifecycle::Withdrawn => "withdrawn",
        }
    }

    /// Words for people: "in development".
    pub fn label(self) -> &'static str {
        match self {
            Lifecycle::Proposed => "proposed",
            Lifecycle::InDevelopment => "in development",
            Lifecycle::InApproval => "in approval",
            Lifecycle::Published => "published",
            Lifecycle::UnderReview => "under review",
            Lifecycle::Superseded => "superseded",
            Lifecycle::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Lifecycle> {
        let k = s.trim().to_lowercase().replace([' ', '_'], "-");
        Lifecycle::ALL.into_iter().find(|l| l.as_str() == k)
    }

    /// Whether the deliverable covers its topic now or soon: being written, approved, in force or
    /// under review. Proposals, superseded and withdrawn ones do not.
    pub fn is_active(self) -> bool {
        matches!(self, Lifecycle::InDevelopment | Lifecycle::InApproval | Lifecycle::Published | Lifecycle::UnderReview)
    }
}

/// What sort of deliverable an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryType {
    /// A standard or a recommendation.
    Standard,
    TechnicalSpecification,
    TechnicalReport,
    Roadmap,
    WhitePaper,
    Other,
}

impl EntryType {
    pub const ALL: [EntryType; 6] = [
        EntryType::Standard,
        EntryType::TechnicalSpecification,
        EntryType::TechnicalReport,
        EntryType::Roadmap,
        EntryType::WhitePaper,
        EntryType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryType::Standard => "standard",
            EntryType::TechnicalSpecification => "technical-specification",
            EntryType::TechnicalReport => "technical-report",
            EntryType::Roadmap => "roadmap",
            EntryType::WhitePaper => "white-paper",
            EntryType::Other => "other",
        }
    }

    /// Reads the many ways catalogues write a type ("international-standard", "TS",
    /// "technicalReport", "recommendation", "white paper").
    pub fn parse(s: &str) -> Option<EntryType> {
        let k: String = s.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
        let t = match k.as_str() {
            "standard"
            | "internationalstandard"
            | "is"
            | "recommendation"
            | "rec"
            | "en"
            | "es"
            | "std"
            | "rfc"
            | "europeanstandard"
            | "recommendationamendment"
            | "recommendationcorrigendum"
            | "amendment" => EntryType::Standard,
            "technicalspecification"
            | "ts"
            | "specification"
            | "gs"
            | "groupspecification"
            | "pas"
            | "publiclyavailablespecification" => EntryType::TechnicalSpecification,
            "technicalreport"
            | "tr"
            | "report"
            | "gr"
            | "groupreport"
            | "note"
            | "recommendationsupplement"
            | "supplement"
            | "handbook" => EntryType::TechnicalReport,
            "roadmap" | "standardizationroadmap" => EntryType::Roadmap,
            "whitepaper" | "wp" => EntryType::WhitePaper,
            "other" => EntryType::Other,
            _ => return None,
        };
        Some(t)
    }
}

fn words(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// ISO/IEC harmonized stage codes: "60.60", or a stage and substage given apart ("60", "60").
fn harmonized(code: &str) -> Option<Lifecycle> {
    let t = code.trim();
    let (stage, sub) = match t.split_once('.') {
        Some((a, b)) => (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?),
        None => (t.parse::<u32>().ok()?, 0),
    };
    if !t.chars().all(|c| c.is_ascii_digit() || c == '.') || stage > 95 || sub > 99 {
        return None;
    }
    // Substage 98 abandons the project at any stage before publication.
    if sub == 98 && stage < 60 {
        return Some(Lifecycle::Withdrawn);
    }
    Some(match stage {
        0..=19 => Lifecycle::Proposed,
        20..=39 => Lifecycle::InDevelopment,
        40..=59 => Lifecycle::InApproval,
        60 if sub >= 60 => Lifecycle::Published,
        60 => Lifecycle::InApproval,
        90 if sub == 93 => Lifecycle::Published,
        90 => Lifecycle::UnderReview,
        95 if sub == 99 => Lifecycle::Withdrawn,
        95 => Lifecycle::UnderReview,
        _ => return None,
    })
}

/// IEC's stage acronyms.
fn iec_acronym(word: &str) -> Option<Lifecycle> {
    Some(match word.to_uppercase().as_str() {
        "PNW" | "PWI" | "RPUB" => Lifecycle::Proposed,
        "ANW" | "AMW" | "CD" | "1CD" | "2CD" | "3CD" | "CDM" | "ACD" | "ADTS" | "ADTR" | "APNW" | "WD" => {
            Lifecycle::InDevelopment
        }
        "CDV" | "CCDV" | "ACDV" | "DIS" | "ADIS" | "FDIS" | "RDIS" | "RFDIS" | "DTS" | "DTR" | "RDTS" | "RDTR"
        | "CDVM" | "APUB" | "BPUB" | "DPAS" | "TCDV" | "NCDV" => Lifecycle::InApproval,
        "PPUB" => Lifecycle::Published,
        "DELPUB" | "WPUB" | "DREJ" | "DEL" => Lifecycle::Withdrawn,
        _ => return None,
    })
}

/// A 3GPP version x.y.z: major 0 and 1 are drafts, 2 is presented for approval, 3 and above are
/// under change control (approved).
fn tgpp_version(v: &str) -> Option<Lifecycle> {
    let major: u32 = v.trim().trim_start_matches(['V', 'v']).split('.').next()?.parse().ok()?;
    Some(match major {
        0 | 1 => Lifecycle::InDevelopment,
        2 => Lifecycle::InApproval,
        _ => Lifecycle::Published,
    })
}

/// Words any body may use, most telling first: "withdrawn draft" is withdrawn, not a draft.
fn common(w: &str) -> Option<Lifecycle> {
    const ORDER: &[(Lifecycle, &[&str])] = &[
        (
            Lifecycle::Withdrawn,
            &[
                "withdrawn",
                "withdrawal",
                "retired",
                "rescinded",
                "cancelled",
                "canceled",
                "deleted",
                "historic",
                "historical",
                "expired",
                "dead",
            ],
        ),
        (Lifecycle::Superseded, &["superseded", "obsolete", "obsoleted", "replaced"]),
        (Lifecycle::UnderReview, &["review", "revision", "maintenance", "systematic"]),
        (Lifecycle::Proposed, &["proposal", "pwi", "new work item proposal"]),
        (
            Lifecycle::InDevelopment,
            &["draft", "development", "progress", "ongoing", "planned", "study", "drafting", "wd"],
        ),
        (Lifecycle::InApproval, &["approval", "ballot", "enquiry", "consultation", "vote", "voting"]),
        (
            Lifecycle::Published,
            &["published", "force", "approved", "frozen", "closed", "stable", "final", "current", "active"],
        ),
    ];
    let ws: Vec<&str> = w.split(' ').collect();
    for (life, keys) in ORDER {
        if keys.iter().any(|k| if k.contains(' ') { w.contains(k) } else { ws.contains(k) }) {
            return Some(*life);
        }
    }
    if w == "proposed" {
        return Some(Lifecycle::Proposed);
    }
    None
}

/// Maps a status as written to the common lifecycle. The family decides which vocabulary comes
/// first; `version` is the 3GPP version (x.y.z) when there is one. `None` when the words are not
/// understood: the status is kept as written and shown as unknown.
pub fn lifecycle(family: Option<Family>, status: &str, version: Option<&str>) -> Option<Lifecycle> {
    let w = words(status);
    let first = status.split_whitespace().next().unwrap_or("");
    match family {
        Some(Family::Iso) | None => {
            if let Some(l) = harmonized(status) {
                return Some(l);
            }
            if let Some(l) = iec_acronym(first) {
                return Some(l);
            }
        }
        Some(Family::Itu) => {
            let itu = match w.as_str() {
                "in force" | "published" | "approved" | "agreed" | "prepublished" | "pre published" => {
                    Some(Lifecycle::Published)
                }
                "superseded" => Some(Lifecycle::Superseded),
                "withdrawn" | "withdrawal" | "deleted" => Some(Lifecycle::Withdrawn),
                "consented" | "last call" | "lc" | "additional review" | "ar" | "determined" | "tap determined"
                | "aap consented" | "under approval" => Some(Lifecycle::InApproval),
                "under study" | "work item" | "planned" | "in progress" | "draft" => Some(Lifecycle::InDevelopment),
                _ => None,
            };
            if itu.is_some() {
                return itu;
            }
        }
        Some(Family::Ietf) => {
            let ietf = match w.as_str() {
                "proposed standard"
                | "draft standard"
                | "internet standard"
                | "best current practice"
                | "bcp"
                | "informational"
                | "experimental"
                | "standards track"
                | "unknown"
                | "rfc"
                | "published" => Some(Lifecycle::Published),
                "historic" | "expired" | "dead" | "withdrawn by submitter" | "withdrawn" | "i d expired" => {
                    Some(Lifecycle::Withdrawn)
                }
                "replaced" | "obsoleted" | "obsolete" => Some(Lifecycle::Superseded),
                "i d exists"
                | "active"
                | "wg document"
                | "adopted by a wg"
                | "call for adoption by wg issued"
                | "candidate for wg adoption"
                | "wg consensus waiting for write up"
                | "in wg last call"
                | "parked wg document"
                | "individual draft"
                | "active draft" => Some(Lifecycle::InDevelopment),
                "submitted to iesg for publication"
                | "publication requested"
                | "ad evaluation"
                | "in last call"
                | "last call requested"
                | "iesg evaluation"
                | "waiting for writeup"
                | "waiting for ad go ahead"
                | "approved announcement to be sent"
                | "approved announcement sent"
                | "rfc ed queue"
                | "in rfc editor queue"
                | "auth48"
                | "iesg evaluation defer" => Some(Lifecycle::InApproval),
                _ => None,
            };
            if ietf.is_some() {
                return ietf;
            }
        }
        Some(Family::ThreeGpp) => {
            let word = match w.as_str() {
                "draft" => Some(Lifecycle::InDevelopment),
                "frozen" | "closed" | "published" | "approved" | "under change control" => Some(Lifecycle::Published),
                "withdrawn" => Some(Lifecycle::Withdrawn),
                _ => None,
            };
            if let Some(l) = word {
                return Some(l);
            }
            if let Some(l) = version.and_then(tgpp_version).or_else(|| tgpp_version(status)) {
                return Some(l);
            }
        }
        Some(Family::W3c) => {
            let w3c = match w.as_str() {
                "ed"
                | "editor s draft"
                | "editors draft"
                | "fpwd"
                | "first public working draft"
                | "wd"
                | "working draft"
                | "dnote"
                | "draft note"
                | "draft registry" => Some(Lifecycle::InDevelopment),
                "lcwd"
                | "last call working draft"
                | "cr"
                | "crd"
                | "candidate recommendation"
                | "candidate recommendation draft"
                | "candidate recommendation snapshot"
                | "pr"
                | "proposed recommendation"
                | "per"
                | "proposed edited recommendation" => Some(Lifecycle::InApproval),
                "rec" | "recommendation" | "w3c recommendation" | "note" | "group note" | "working group note"
                | "stmt" | "statement" | "registry" => Some(Lifecycle::Published),
                "spsd" | "superseded recommendation" | "superseded" => Some(Lifecycle::Superseded),
                "ret"
                | "retired"
                | "obsl"
                | "obsolete recommendation"
                | "rescinded recommendation"
                | "discontinued draft" => Some(Lifecycle::Withdrawn),
                _ => None,
            };
            if w3c.is_some() {
                return w3c;
            }
        }
        Some(Family::Etsi) => {
            let etsi = match w.as_str() {
                "published" | "approved" | "in force" => Some(Lifecycle::Published),
                "early draft" | "stable draft" | "draft" | "work item" | "in progress" => {
                    Some(Lifecycle::InDevelopment)
                }
                "final draft for approval" | "final draft" | "in approval" | "approval" | "public enquiry" => {
                    Some(Lifecycle::InApproval)
                }
                "withdrawn" | "historical" => Some(Lifecycle::Withdrawn),
                _ => None,
            };
            if etsi.is_some() {
                return etsi;
            }
        }
        Some(Family::Ieee) => {
            let ieee = match w.as_str() {
                "active" | "active standard" | "published" | "inactive reserved" | "reserved" => {
                    Some(Lifecycle::Published)
                }
                "active par" | "par approved" | "draft" | "active project" | "project" => {
                    Some(Lifecycle::InDevelopment)
                }
                "ballot" | "sponsor ballot" | "sa ballot" | "balloting" | "revcom" => Some(Lifecycle::InApproval),
                "superseded" | "inactive superseded" => Some(Lifecycle::Superseded),
                "withdrawn" | "inactive withdrawn" | "administratively withdrawn" => Some(Lifecycle::Withdrawn),
                _ => None,
            };
            if ieee.is_some() {
                return ieee;
            }
        }
    }
    common(&w)
}

#[cfg(test)]
mod tests {
    use super::Lifecycle::*;
    use super::*;

    /// One vocabulary: each status as written and the lifecycle it must map to.
    fn check(family: Option<Family>, table: &[(&str, Option<Lifecycle>)]) {
        for (status, want) in table {
            assert_eq!(lifecycle(family, status, None), *want, "{family:?} {status:?}");
        }
    }

    #[test]
    fn iso_iec_harmonized_stage_codes() {
        check(
            Some(Family::Iso),
            &[
                ("00.00", Some(Proposed)),
                ("00.60", Some(Proposed)),
                ("10.99", Some(Proposed)),
                ("20.00", Some(InDevelopment)),
                ("20.98", Some(Withdrawn)),
                ("30.60", Some(InDevelopment)),
                ("40.20", Some(InApproval)),
                ("50.60", Some(InApproval)),
                ("60.00", Some(InApproval)),
                ("60.60", Some(Published)),
                ("60", Some(InApproval)),
                ("90.20", Some(UnderReview)),
                ("90.92", Some(UnderReview)),
                ("90.93", Some(Published)),
                ("95.20", Some(UnderReview)),
                ("95.99", Some(Withdrawn)),
                ("97.50", None),
            ],
        );
    }

    #[test]
    fn iec_stage_acronyms() {
        check(
            Some(Family::Iso),
            &[
                ("PNW", Some(Proposed)),
                ("ANW", Some(InDevelopment)),
                ("CD", Some(InDevelopment)),
                ("CDV", Some(InApproval)),
                ("ADIS", Some(InApproval)),
                ("FDIS", Some(InApproval)),
                ("DTR", Some(InApproval)),
                ("BPUB", Some(InApproval)),
                ("PPUB", Some(Published)),
                ("DELPUB", Some(Withdrawn)),
            ],
        );
    }

    #[test]
    fn itu_t_recommendations() {
        check(
            Some(Family::Itu),
            &[
                ("In force", Some(Published)),
                ("Published", Some(Published)),
                ("Superseded", Some(Superseded)),
                ("Withdrawn", Some(Withdrawn)),
                ("Withdrawal", Some(Withdrawn)),
                ("Consented", Some(InApproval)),
                ("Last Call", Some(InApproval)),
                ("Additional Review", Some(InApproval)),
                ("Determined", Some(InApproval)),
                ("Agreed", Some(Published)),
                ("Under study", Some(InDevelopment)),
            ],
        );
    }

    #[test]
    fn ietf_rfc_status_and_draft_states() {
        check(
            Some(Family::Ietf),
            &[
                ("PROPOSED STANDARD", Some(Published)),
                ("Internet Standard", Some(Published)),
                ("Best Current Practice", Some(Published)),
                ("BCP", Some(Published)),
                ("Informational", Some(Published)),
                ("Experimental", Some(Published)),
                ("Historic", Some(Withdrawn)),
                ("I-D Exists", Some(InDevelopment)),
                ("WG Document", Some(InDevelopment)),
                ("In WG Last Call", Some(InDevelopment)),
                ("Publication Requested", Some(InApproval)),
                ("IESG Evaluation", Some(InApproval)),
                ("RFC Ed Queue", Some(InApproval)),
                ("Expired", Some(Withdrawn)),
                ("Replaced", Some(Superseded)),
            ],
        );
    }

    #[test]
    fn three_gpp_versions_and_release_states() {
        let f = Some(Family::ThreeGpp);
        assert_eq!(lifecycle(f, "", Some("0.3.0")), Some(InDevelopment));
        assert_eq!(lifecycle(f, "", Some("1.0.0")), Some(InDevelopment));
        assert_eq!(lifecycle(f, "", Some("2.0.0")), Some(InApproval));
        assert_eq!(lifecycle(f, "", Some("18.1.0")), Some(Published));
        assert_eq!(lifecycle(f, "V19.2.0", None), Some(Published));
        check(
            f,
            &[
                ("draft", Some(InDevelopment)),
                ("frozen", Some(Published)),
                ("closed", Some(Published)),
                ("published", Some(Published)),
                ("withdrawn", Some(Withdrawn)),
            ],
        );
        // The word says more than the version: a frozen release stays frozen.
        assert_eq!(lifecycle(f, "draft", Some("18.0.0")), Some(InDevelopment));
    }

    #[test]
    fn w3c_maturity_levels() {
        check(
            Some(Family::W3c),
            &[
                ("WD", Some(InDevelopment)),
                ("Working Draft", Some(InDevelopment)),
                ("First Public Working Draft", Some(InDevelopment)),
                ("Draft Note", Some(InDevelopment)),
                ("CR", Some(InApproval)),
                ("CRD", Some(InApproval)),
                ("Candidate Recommendation Draft", Some(InApproval)),
                ("Candidate Recommendation Snapshot", Some(InApproval)),
                ("Last Call Working Draft", Some(InApproval)),
                ("PR", Some(InApproval)),
                ("Proposed Edited Recommendation", Some(InApproval)),
                ("REC", Some(Published)),
                ("Recommendation", Some(Published)),
                ("NOTE", Some(Published)),
                ("Note", Some(Published)),
                ("Retired", Some(Withdrawn)),
                ("Superseded Recommendation", Some(Superseded)),
            ],
        );
    }

    #[test]
    fn etsi_ieee_and_common_words() {
        check(
            Some(Family::Etsi),
            &[("published", Some(Published)), ("Stable draft", Some(InDevelopment)), ("historical", Some(Withdrawn))],
        );
        check(
            Some(Family::Ieee),
            &[
                ("Active", Some(Published)),
                ("Active PAR", Some(InDevelopment)),
                ("Sponsor ballot", Some(InApproval)),
                ("Superseded", Some(Superseded)),
                ("Inactive-Withdrawn", Some(Withdrawn)),
            ],
        );
        check(
            None,
            &[
                ("published", Some(Published)),
                ("under development", Some(InDevelopment)),
                ("withdrawn", Some(Withdrawn)),
                ("sparkling", None),
            ],
        );
    }

    #[test]
    fn types() {
        for (s, t) in [
            ("international-standard", EntryType::Standard),
            ("recommendation", EntryType::Standard),
            ("TS", EntryType::TechnicalSpecification),
            ("specification", EntryType::TechnicalSpecification),
            ("TR", EntryType::TechnicalReport),
            ("technical report", EntryType::TechnicalReport),
            ("technicalReport", EntryType::TechnicalReport),
            ("white paper", EntryType::WhitePaper),
            ("roadmap", EntryType::Roadmap),
        ] {
            assert_eq!(EntryType::parse(s), Some(t), "{s}");
        }
        assert_eq!(EntryType::parse("sculpture"), None);
        assert_eq!(Lifecycle::parse("In development"), Some(InDevelopment));
    }
}
