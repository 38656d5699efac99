//! How an incoming statement is handled by the group's meetings: its handling states and the
//! rules a change of handling must keep.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an incoming statement stands in the group's work. 3GPP's outcomes ("noted", "replied
/// to", "postponed", "withdrawn") and ITU's allocation to Questions map onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandlingState {
    /// Received, not yet given to anyone.
    New,
    /// Given to one or more sub-groups or agenda items of a meeting.
    Allocated,
    /// Someone drafts the reply.
    ReplyInPreparation,
    /// The reply was approved and sent.
    Replied,
    /// Read; no reply is made.
    Noted,
    /// Left to a later meeting.
    Postponed,
    /// Nothing is asked of the group.
    NoAction,
}

impl HandlingState {
    pub const ALL: [HandlingState; 7] = [
        HandlingState::New,
        HandlingState::Allocated,
        HandlingState::ReplyInPreparation,
        HandlingState::Replied,
        HandlingState::Noted,
        HandlingState::Postponed,
        HandlingState::NoAction,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HandlingState::New => "new",
            HandlingState::Allocated => "allocated",
            HandlingState::ReplyInPreparation => "reply-in-preparation",
            HandlingState::Replied => "replied",
            HandlingState::Noted => "noted",
            HandlingState::Postponed => "postponed",
            HandlingState::NoAction => "no-action",
        }
    }

    /// Reads a state as written by people: "reply in preparation", "reply_in_preparation",
    /// "No action" all name one state.
    pub fn parse(s: &str) -> Option<HandlingState> {
        let s = s.trim().to_lowercase().replace([' ', '_'], "-");
        HandlingState::ALL.into_iter().find(|h| h.as_str() == s)
    }

    /// Whether the group has finished with the statement.
    pub fn is_closed(self) -> bool {
        matches!(self, HandlingState::Replied | HandlingState::Noted | HandlingState::NoAction)
    }

    /// What the meeting's list of incoming statements says of it.
    pub fn outcome(self) -> &'static str {
        match self {
            HandlingState::New => "to be allocated",
            HandlingState::Allocated => "allocated",
            HandlingState::ReplyInPreparation => "reply in preparation",
            HandlingState::Replied => "replied to",
            HandlingState::Noted => "noted",
            HandlingState::Postponed => "postponed",
            HandlingState::NoAction => "no action",
        }
    }
}

/// Why a change of handling is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandlingError {
    #[error(
        "the internal due date {due} is after the statement's deadline {deadline}: the reply must be ready before it"
    )]
    DueAfterDeadline { due: NaiveDate, deadline: NaiveDate },
    #[error("a statement is replied to by a reply: give it with --reply (the reply's id or number)")]
    RepliedWithoutReply,
    #[error("a statement is postponed to a later meeting: give it with --meeting (it starts after {current})")]
    PostponedWithoutLaterMeeting { current: NaiveDate },
    #[error("a meeting ends on or after the day it starts ({starts} is after {ends})")]
    MeetingEndsBeforeStart { starts: NaiveDate, ends: NaiveDate },
}

/// Checks a handling as it would be after a change.
///
/// `meeting_start` is the start of the meeting it is handled by after the change, `was_start`
/// the start of the one before (postponing moves it to a later one).
pub fn check(
    state: HandlingState,
    due: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
    has_reply: bool,
    was_start: Option<NaiveDate>,
    meeting_start: Option<NaiveDate>,
) -> Result<(), HandlingError> {
    if let (Some(due), Some(deadline)) = (due, deadline)
        && due > deadline
    {
        return Err(HandlingError::DueAfterDeadline { due, deadline });
    }
    if state == HandlingState::Replied && !has_reply {
        return Err(HandlingError::RepliedWithoutReply);
    }
    if state == HandlingState::Postponed
        && let Some(current) = was_start
        && meeting_start.is_none_or(|m| m <= current)
    {
        return Err(HandlingError::PostponedWithoutLaterMeeting { current });
    }
    Ok(())
}

/// Checks a meeting's dates.
pub fn check_dates(starts: NaiveDate, ends: NaiveDate) -> Result<(), HandlingError> {
    if ends < starts {
        return Err(HandlingError::MeetingEndsBeforeStart { starts, ends });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn states_read_as_people_write_them() {
        assert_eq!(HandlingState::parse("Reply in preparation"), Some(HandlingState::ReplyInPreparation));
        assert_eq!(HandlingState::parse("no_action"), Some(HandlingState::NoAction));
        assert_eq!(HandlingState::parse("answered"), None);
        for s in HandlingState::ALL {
            assert_eq!(HandlingState::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn the_rules_of_a_handling() {
        use HandlingState::*;
        assert_eq!(
            check(Allocated, Some(d("2023-07-01")), Some(d("2023-06-30")), false, None, None),
            Err(HandlingError::DueAfterDeadline { due: d("2023-07-01"), deadline: d("2023-06-30") })
        );
        assert!(check(Allocated, Some(d("2023-06-20")), Some(d("2023-06-30")), false, None, None).is_ok());
        assert_eq!(check(Replied, None, None, false, None, None), Err(HandlingError::RepliedWithoutReply));
        assert!(check(Replied, None, None, true, None, None).is_ok());
        let now = Some(d("2023-07-10"));
        assert!(check(Postponed, None, None, false, now, now).is_err());
        assert!(check(Postponed, None, None, false, now, Some(d("2023-05-01"))).is_err());
        assert!(check(Postponed, None, None, false, now, Some(d("2023-10-02"))).is_ok());
        assert!(check_dates(d("2023-07-10"), d("2023-07-09")).is_err());
        assert!(check_dates(d("2023-07-10"), d("2023-07-10")).is_ok());
    }
}
