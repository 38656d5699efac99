//! Tracking rules: the states of actions and statements and how they may change, what "overdue"
//! means, and when reminders are due. Pure: "today" is always an argument.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Where one recipient's action on one request stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionState {
    Open,
    Acknowledged,
    Answered,
    Declined,
    Withdrawn,
}

impl ActionState {
    pub const ALL: [ActionState; 5] = [
        ActionState::Open,
        ActionState::Acknowledged,
        ActionState::Answered,
        ActionState::Declined,
        ActionState::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionState::Open => "open",
            ActionState::Acknowledged => "acknowledged",
            ActionState::Answered => "answered",
            ActionState::Declined => "declined",
            ActionState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<ActionState> {
        ActionState::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// How far an action has come, for keeping the more advanced of two: an answer beats a
    /// refusal, which beats an acknowledgement, which beats silence.
    pub fn progress(self) -> u8 {
        match self {
            ActionState::Open => 0,
            ActionState::Withdrawn => 1,
            ActionState::Acknowledged => 2,
            ActionState::Declined => 3,
            ActionState::Answered => 4,
        }
    }

    /// The more advanced of two states.
    pub fn max_progress(self, other: ActionState) -> ActionState {
        if other.progress() > self.progress() { other } else { self }
    }

    /// Whether the recipient still owes something.
    pub fn is_pending(self) -> bool {
        matches!(self, ActionState::Open | ActionState::Acknowledged)
    }

    /// Whether a person may move an action from `self` to `to`. Any closed action can be opened
    /// again, in case it was closed by mistake; nothing moves to the state it is in.
    pub fn can_become(self, to: ActionState) -> bool {
        use ActionState::*;
        match (self, to) {
            (a, b) if a == b => false,
            (Open, _) => true,
            (Acknowledged, Answered | Declined | Withdrawn | Open) => true,
            (Answered | Declined | Withdrawn, Open) => true,
            _ => false,
        }
    }
}

/// Whether a statement goes out from the group or comes in to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Incoming,
    Outgoing,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Incoming => "incoming",
            Direction::Outgoing => "outgoing",
        }
    }

    pub fn parse(s: &str) -> Option<Direction> {
        match s {
            "incoming" => Some(Direction::Incoming),
            "outgoing" => Some(Direction::Outgoing),
            _ => None,
        }
    }
}

/// The life of a statement: outgoing ones are drafted, approved and sent; incoming ones are
/// received; any can be dead (and brought back).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LsState {
    Draft,
    Approved,
    Sent,
    Received,
    Dead,
}

impl LsState {
    pub const ALL: [LsState; 5] = [LsState::Draft, LsState::Approved, LsState::Sent, LsState::Received, LsState::Dead];

    pub fn as_str(self) -> &'static str {
        match self {
            LsState::Draft => "draft",
            LsState::Approved => "approved",
            LsState::Sent => "sent",
            LsState::Received => "received",
            LsState::Dead => "dead",
        }
    }

    pub fn parse(s: &str) -> Option<LsState> {
        LsState::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The direction a living state implies.
    pub fn direction(self) -> Option<Direction> {
        match self {
            LsState::Draft | LsState::Approved | LsState::Sent => Some(Direction::Outgoing),
            LsState::Received => Some(Direction::Incoming),
            LsState::Dead => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TransitionError {
    #[error("a statement that is {from} cannot become {to}{hint}")]
    Ls { from: &'static str, to: &'static str, hint: &'static str },
    #[error("an action that is {from} cannot become {to}")]
    Action { from: &'static str, to: &'static str },
    #[error("a dead statement needs a reason")]
    NoReason,
}

/// Checks a change of a statement's state. Marking dead needs a reason; bringing back goes
/// through [`revive`], which knows the state before death.
pub fn ls_transition(from: LsState, to: LsState, reason: Option<&str>) -> Result<(), TransitionError> {
    use LsState::*;
    let ok = match (from, to) {
        (Dead, _) => false,
        (_, Dead) => {
            if reason.is_none_or(|r| r.trim().is_empty()) {
                return Err(TransitionError::NoReason);
            }
            true
        }
        (Draft, Approved) | (Approved, Sent) | (Approved, Draft) => true,
        // A statement read as received may turn out to be one the group sent (and the other way
        // round) when the group's own name is set after the import.
        (Received, Sent) | (Sent, Received) => true,
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        let hint = match (from, to) {
            (Dead, _) => " (bring it back first: liaise ls revive)",
            (Draft, Sent) => " (approve it first)",
            _ => "",
        };
        Err(TransitionError::Ls { from: from.as_str(), to: to.as_str(), hint })
    }
}

/// Checks a change of an action's state.
pub fn action_transition(from: ActionState, to: ActionState) -> Result<(), TransitionError> {
    if from.can_become(to) { Ok(()) } else { Err(TransitionError::Action { from: from.as_str(), to: to.as_str() }) }
}

/// Where one body stands on one statement, from the states of its actions (one per request).
/// This is the one rule every view counts by (`ls show`, `due`, the calendar, the roadmap):
/// a body that still owes anything is open (acknowledged when it acknowledged every pending
/// request); a body that owes nothing more has answered if it answered any request, else
/// declined if it declined any, else withdrawn. `None` when the body has no action.
///
/// The due list counts by the same rule in SQL (`liaise_store::track::due_groups` and
/// `due_counts`), so that a million actions are grouped by the database; the store suite's
/// `the_due_list_in_sql_follows_the_core_rules_on_every_backend` checks every pair of states
/// against this function.
pub fn body_state(states: impl IntoIterator<Item = ActionState>) -> Option<ActionState> {
    let (mut pending, mut acknowledged, mut answered, mut declined, mut any) = (false, true, false, false, false);
    for s in states {
        any = true;
        match s {
            ActionState::Open => (pending, acknowledged) = (true, false),
            ActionState::Acknowledged => pending = true,
            ActionState::Answered => answered = true,
            ActionState::Declined => declined = true,
            ActionState::Withdrawn => {}
        }
    }
    Some(match () {
        _ if !any => return None,
        _ if pending && acknowledged => ActionState::Acknowledged,
        _ if pending => ActionState::Open,
        _ if answered => ActionState::Answered,
        _ if declined => ActionState::Declined,
        _ => ActionState::Withdrawn,
    })
}

/// A request as a clause of a letter, "to ...": the readers keep requests as written after the
/// asking words ("designate a liaison rapporteur", "information regarding any roadmap"), so a
/// verb gets "to" and a thing asked for gets "to provide".
pub fn request_clause(request: &str) -> String {
    const VERBS: &[&str] = &[
        "provide",
        "name",
        "designate",
        "nominate",
        "appoint",
        "send",
        "share",
        "review",
        "comment",
        "consider",
        "inform",
        "confirm",
        "update",
        "take",
        "respond",
        "reply",
        "keep",
        "advise",
        "indicate",
        "let",
        "clarify",
        "identify",
        "submit",
        "contribute",
        "study",
        "support",
        "align",
        "coordinate",
        "collaborate",
        "continue",
        "note",
        "answer",
        "prepare",
        "develop",
        "include",
        "check",
        "forward",
        "give",
        "tell",
        "start",
        "join",
    ];
    let r = request.trim().trim_end_matches(['.', ';', ',']).trim();
    let r = r.strip_prefix("to ").unwrap_or(r);
    let first = r.split_whitespace().next().unwrap_or("").to_lowercase();
    if VERBS.contains(&first.as_str()) {
        return format!("to {r}");
    }
    // "Your roadmap" inside a sentence is "your roadmap"; "ITU-T H.266" stays as it is.
    let mut chars = r.chars();
    let lowered = match (
        chars.next(),
        first.len() > 1 && r.split_whitespace().next().is_some_and(|w| w[1..] == w[1..].to_lowercase()),
    ) {
        (Some(c), true) => c.to_lowercase().chain(chars).collect(),
        _ => r.to_string(),
    };
    format!("to provide {lowered}")
}

/// Days from `today` to `deadline`: positive before, zero on the day, negative after.
pub fn days_left(deadline: NaiveDate, today: NaiveDate) -> i64 {
    (deadline - today).num_days()
}

/// Overdue is derived, never stored: pending past its deadline.
pub fn is_overdue(state: ActionState, deadline: Option<NaiveDate>, today: NaiveDate) -> bool {
    state.is_pending() && deadline.is_some_and(|d| d < today)
}

/// When reminders go out: so many days before the deadline, then weekly while overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// Days before the deadline, e.g. [14, 7, 3, 1, 0]; 0 is the deadline itself.
    pub days_before: Vec<u32>,
    /// Weeks after the deadline during which a weekly reminder goes out; 0 for none.
    pub weekly_after_weeks: u32,
}

impl Default for Schedule {
    fn default() -> Schedule {
        Schedule { days_before: vec![14, 7, 3, 1, 0], weekly_after_weeks: 8 }
    }
}

/// One reminder moment, relative to the deadline. Stored as "d-14", "d-0", "d+7".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Slot(pub i64);

impl Slot {
    pub fn key(self) -> String {
        if self.0 > 0 { format!("d+{}", self.0) } else { format!("d-{}", -self.0) }
    }

    /// Reads a key written by [`Slot::key`].
    pub fn parse(key: &str) -> Option<Slot> {
        key.strip_prefix('d')?.parse::<i64>().ok().map(Slot)
    }

    pub fn date(self, deadline: NaiveDate) -> NaiveDate {
        deadline + Duration::days(self.0)
    }

    /// Words for a message: "14 days before the deadline", "on the deadline", "1 week overdue".
    pub fn describe(self) -> String {
        match self.0 {
            0 => "on the deadline".to_string(),
            d if d < 0 => format!("{} day{} before the deadline", -d, if d == -1 { "" } else { "s" }),
            d => {
                let weeks = d / 7;
                format!("{weeks} week{} overdue", if weeks == 1 { "" } else { "s" })
            }
        }
    }
}

impl Schedule {
    /// Every slot, earliest first.
    pub fn slots(&self) -> Vec<Slot> {
        let mut out: Vec<Slot> = self.days_before.iter().map(|d| Slot(-i64::from(*d))).collect();
        out.extend((1..=i64::from(self.weekly_after_weeks)).map(|w| Slot(7 * w)));
        out.sort();
        out.dedup();
        out
    }

    /// The reminder due today, if any: the latest slot on or before today, unless that one was
    /// already sent. Slots missed while no one ran `remind` are not caught up one by one: only
    /// the latest counts, so a late run sends one message, not a burst.
    ///
    /// The schedule ends a week after its last slot: a run years later sends nothing (the
    /// review of issue 9 found the 8-weeks-overdue reminder still going out in 2025 for a 2023
    /// deadline).
    pub fn due_slot(&self, deadline: NaiveDate, today: NaiveDate, sent: &[Slot]) -> Option<Slot> {
        let slots = self.slots();
        let latest = slots.iter().copied().filter(|s| s.date(deadline) <= today).max()?;
        let last = slots.iter().copied().max()?;
        if latest == last && today >= last.date(deadline) + Duration::days(7) {
            return None;
        }
        (!sent.contains(&latest)).then_some(latest)
    }
}

/// Parses "14d", "2w" or "10" (days) as a number of days.
pub fn parse_days(s: &str) -> Option<i64> {
    let t = s.trim().to_lowercase();
    if let Some(w) = t.strip_suffix('w') {
        return w.trim().parse::<i64>().ok().map(|w| w * 7);
    }
    t.strip_suffix('d').unwrap_or(&t).trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schedule_ends_a_week_after_its_last_slot() {
        let s = Schedule::default();
        let deadline = NaiveDate::from_ymd_opt(2023, 6, 30).expect("a date");
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(s.due_slot(deadline, day(2023, 8, 25), &[]), Some(Slot(56)));
        assert_eq!(s.due_slot(deadline, day(2023, 8, 31), &[]), Some(Slot(56)));
        assert_eq!(s.due_slot(deadline, day(2023, 9, 1), &[]), None);
        assert_eq!(s.due_slot(deadline, day(2025, 12, 31), &[]), None);
    }

    #[test]
    fn issue9_item19_requests_read_as_sentences() {
        assert_eq!(request_clause("designate a liaison rapporteur"), "to designate a liaison rapporteur");
        assert_eq!(
            request_clause("information regarding any roadmap."),
            "to provide information regarding any roadmap"
        );
        assert_eq!(request_clause("to review the draft"), "to review the draft");
        assert_eq!(request_clause("Your roadmap for immersive media"), "to provide your roadmap for immersive media");
        assert_eq!(request_clause("ITU-T H.266 test bitstreams"), "to provide ITU-T H.266 test bitstreams");
    }

    #[test]
    fn issue9_item4_one_state_per_body() {
        use ActionState::*;
        let check = |states: &[ActionState], expected: Option<ActionState>| {
            assert_eq!(body_state(states.iter().copied()), expected, "{states:?}");
        };
        check(&[], None);
        check(&[Answered, Open], Some(Open));
        check(&[Acknowledged, Answered], Some(Acknowledged));
        check(&[Acknowledged, Open], Some(Open));
        check(&[Declined, Answered], Some(Answered));
        check(&[Withdrawn, Declined], Some(Declined));
        check(&[Withdrawn], Some(Withdrawn));
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("ISO date")
    }

    #[test]
    fn action_transitions() {
        use ActionState::*;
        let table = [
            (Open, Acknowledged, true),
            (Open, Answered, true),
            (Acknowledged, Answered, true),
            (Answered, Open, true),
            (Answered, Declined, false),
            (Withdrawn, Answered, false),
            (Open, Open, false),
        ];
        for (from, to, ok) in table {
            assert_eq!(action_transition(from, to).is_ok(), ok, "{from:?} -> {to:?}");
        }
    }

    #[test]
    fn statement_transitions() {
        use LsState::*;
        assert!(ls_transition(Draft, Approved, None).is_ok());
        assert!(ls_transition(Approved, Sent, None).is_ok());
        assert_eq!(
            ls_transition(Draft, Sent, None).map_err(|e| e.to_string()),
            Err("a statement that is draft cannot become sent (approve it first)".to_string())
        );
        assert_eq!(ls_transition(Received, Dead, Some("  ")), Err(TransitionError::NoReason));
        assert!(ls_transition(Received, Dead, Some("superseded by SG16-LS46")).is_ok());
        assert!(ls_transition(Dead, Received, None).is_err());
        assert!(ls_transition(Received, Approved, None).is_err());
    }

    #[test]
    fn overdue_is_derived_from_the_date() {
        let deadline = Some(d("2023-06-30"));
        assert!(!is_overdue(ActionState::Open, deadline, d("2023-06-30")));
        assert!(is_overdue(ActionState::Open, deadline, d("2023-07-01")));
        assert!(!is_overdue(ActionState::Answered, deadline, d("2023-07-01")));
        assert!(!is_overdue(ActionState::Open, None, d("2030-01-01")));
        assert_eq!(days_left(d("2023-06-30"), d("2023-06-20")), 10);
    }

    #[test]
    fn reminder_slots_follow_the_schedule() {
        let s = Schedule::default();
        let deadline = d("2023-06-30");
        let check = |today: &str, sent: &[Slot], want: Option<&str>| {
            assert_eq!(s.due_slot(deadline, d(today), sent).map(Slot::key).as_deref(), want, "on {today}");
        };
        check("2023-06-15", &[], None);
        check("2023-06-16", &[], Some("d-14"));
        check("2023-06-20", &[], Some("d-14"));
        check("2023-06-20", &[Slot(-14)], None);
        check("2023-06-23", &[Slot(-14)], Some("d-7"));
        check("2023-06-30", &[Slot(-14), Slot(-7)], Some("d-0"));
        check("2023-07-07", &[], Some("d+7"));
        check("2023-08-25", &[], Some("d+56"));
        check("2023-12-31", &[Slot(56)], None);
        assert_eq!(s.slots().len(), 13);
        for slot in s.slots() {
            assert_eq!(Slot::parse(&slot.key()), Some(slot));
        }
        assert_eq!(Slot::parse("x"), None);
        assert_eq!(Slot(-1).describe(), "1 day before the deadline");
        assert_eq!(Slot(14).describe(), "2 weeks overdue");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_days("14d"), Some(14));
        assert_eq!(parse_days("2w"), Some(14));
        assert_eq!(parse_days("10"), Some(10));
        assert_eq!(parse_days("soon"), None);
    }
}
