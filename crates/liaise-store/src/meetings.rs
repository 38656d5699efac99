//! Meetings of the group and its sub-groups, their agenda items, and the handling of incoming
//! statements: allocation to sub-groups or agenda items, handling state, drafter, internal due
//! date, the reply. Every change is an event of the meeting or of the statement.

use crate::sql::{Bind, Sql, opt_text};
use crate::{Result, Store, StoreError, Who, events, format_time};
use chrono::NaiveDate;
use liaise_core::meeting::{self, HandlingState};
use liaise_core::registry::{BodyId, Registry};
use serde::Serialize;
use sqlx::Row;

/// A meeting, as stored.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub name: String,
    /// The group or sub-group that meets.
    pub body_id: BodyId,
    pub body: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub place: Option<String>,
    pub online: bool,
}

/// A meeting to add.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub name: String,
    /// Any name of the body that meets.
    pub body: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub place: Option<String>,
    pub online: bool,
}

/// Changes to a meeting; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct MeetingEdit {
    pub name: Option<String>,
    pub starts: Option<NaiveDate>,
    pub ends: Option<NaiveDate>,
    /// `Some(None)` clears the place.
    pub place: Option<Option<String>>,
    pub online: Option<bool>,
}

/// An item of a meeting's agenda.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting_id: i64,
    pub number: String,
    pub title: String,
    /// The sub-group that owns it.
    pub body_id: Option<BodyId>,
    pub body: Option<String>,
}

/// One place an incoming statement is given to: a sub-group, an agenda item, or both.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Allocation {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting: String,
    pub body_id: Option<BodyId>,
    pub body: Option<String>,
    pub agenda_item_id: Option<i64>,
    pub agenda_item: Option<String>,
}

impl Allocation {
    /// Whom it goes to, as lists show it: "FG-MV WG1 (item 6.1)", "FG-MV WG1", "item 6.1".
    pub fn target(&self) -> String {
        match (&self.body, &self.agenda_item) {
            (Some(b), Some(i)) => format!("{b} (item {i})"),
            (Some(b), None) => b.clone(),
            (None, Some(i)) => format!("item {i}"),
            (None, None) => "-".into(),
        }
    }
}

/// How an incoming statement is handled.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Handling {
    pub ls_id: i64,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub state: HandlingState,
    pub meeting_id: Option<i64>,
    pub meeting: Option<String>,
    pub drafter: Option<String>,
    pub due: Option<NaiveDate>,
    pub reply_ls_id: Option<i64>,
    pub note: Option<String>,
    pub allocations: Vec<Allocation>,
    pub updated_at: String,
}

/// A change of handling; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct HandlingChange {
    pub state: Option<HandlingState>,
    /// The meeting that handles it (a later one, to postpone).
    pub meeting_id: Option<i64>,
    pub drafter: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub reply_ls_id: Option<i64>,
    pub note: Option<Option<String>>,
}

/// A sub-group suggested for a statement, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Suggestion {
    pub body_id: BodyId,
    pub body: String,
    pub why: String,
}

fn date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| StoreError::Invalid(format!("stored date {s:?}: {e}")))
}

fn opt_date(r: &sqlx::any::AnyRow, col: &str) -> Result<Option<NaiveDate>> {
    opt_text(r, col)?.map(|s| date(&s)).transpose()
}

fn name_of(reg: &Registry, id: BodyId) -> String {
    reg.canonical(id).map_or_else(|| format!("#{id}"), str::to_string)
}

fn meeting_row(reg: &Registry, r: &sqlx::any::AnyRow) -> Result<Meeting> {
    let body_id: i64 = r.try_get("body_id")?;
    Ok(Meeting {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        body_id,
        body: name_of(reg, body_id),
        starts: date(&r.try_get::<String, _>("starts")?)?,
        ends: date(&r.try_get::<String, _>("ends")?)?,
        place: opt_text(r, "place")?,
        online: r.try_get::<i64, _>("online")? != 0,
    })
}

/// The columns of a meeting row, as a literal (sqlx takes only literal SQL).
macro_rules! meeting_columns {
    () => {
        "id, name, body_id, starts, ends, place, online"
    };
}

impl Store {
    /// Every meeting, the earliest first.
    pub async fn meetings(&self) -> Result<Vec<Meeting>> {
        let reg = self.shared_registry().await?;
        let rows = sqlx::query(concat!("SELECT ", meeting_columns!(), " FROM meetings ORDER BY starts, id"))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| meeting_row(&reg, r)).collect()
    }

    /// A meeting by its id.
    async fn meeting(&self, id: i64) -> Result<Meeting> {
        let reg = self.shared_registry().await?;
        match sqlx::query(concat!("SELECT ", meeting_columns!(), " FROM meetings WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        {
            Some(r) => meeting_row(&reg, &r),
            None => {
                Err(StoreError::NotFound(format!("no meeting has the id {id} (`liaise meetings list` shows them)")))
            }
        }
    }

    /// A meeting by its id or its name (in any case).
    pub async fn find_meeting(&self, id_or_name: &str) -> Result<Meeting> {
        let reg = self.shared_registry().await?;
        let t = id_or_name.trim();
        let row = match t.parse::<i64>() {
            Ok(id) => {
                sqlx::query(concat!("SELECT ", meeting_columns!(), " FROM meetings WHERE id = $1 OR name = $2"))
                    .bind(id)
                    .bind(t)
                    .fetch_optional(&self.pool)
                    .await?
            }
            Err(_) => {
                sqlx::query(concat!("SELECT ", meeting_columns!(), " FROM meetings WHERE LOWER(name) = LOWER($1)"))
                    .bind(t)
                    .fetch_optional(&self.pool)
                    .await?
            }
        };
        match row {
            Some(r) => meeting_row(&reg, &r),
            None => Err(StoreError::NotFound(format!("no meeting is named {t:?} (`liaise meetings list` shows them)"))),
        }
    }

    pub async fn add_meeting(&self, new: &NewMeeting, who: &Who) -> Result<Meeting> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("a meeting needs a name (e.g. \"FG-MV-3\" or \"SG13 July 2025\")".into()));
        }
        meeting::check_dates(new.starts, new.ends).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let body = self.find_body(&new.body).await?;
        let now = format_time(who.at);
        let mut tx = self.write().await?;
        let taken = sqlx::query("SELECT id FROM meetings WHERE LOWER(name) = LOWER($1)")
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!("a meeting is named {name:?} already")));
        }
        let mut sql = Sql::new(
            "INSERT INTO meetings (name, body_id, starts, ends, place, online, created_at, updated_at) VALUES (",
        );
        sql.bind(Bind::Text(name.to_string()))
            .push(", ")
            .bind(Bind::Int(body.id))
            .push(", ")
            .bind(Bind::Text(new.starts.to_string()))
            .push(", ")
            .bind(Bind::Text(new.ends.to_string()))
            .push(", ")
            .bind(Bind::OptText(new.place.clone().filter(|p| !p.trim().is_empty())))
            .push(", ")
            .bind(Bind::Int(i64::from(new.online)))
            .push(", ")
            .bind(Bind::Text(now.clone()))
            .push(", ")
            .bind(Bind::Text(now))
            .push(") RETURNING id");
        let id = crate::sql::insert_returning_id(&mut tx, &sql).await?;
        let data = serde_json::json!({
            "name": name, "body": body.canonical, "starts": new.starts, "ends": new.ends,
            "place": new.place, "online": new.online,
        });
        events::append(&mut tx, who, "meeting.created", "meeting", id, &data).await?;
        tx.commit().await?;
        self.meeting(id).await
    }

    pub async fn edit_meeting(&self, id: i64, edit: &MeetingEdit, who: &Who) -> Result<Meeting> {
        let was = self.meeting(id).await?;
        let name = edit.name.as_deref().map(str::trim).unwrap_or(&was.name).to_string();
        let starts = edit.starts.unwrap_or(was.starts);
        let ends = edit.ends.unwrap_or(was.ends);
        let place = edit.place.clone().unwrap_or(was.place.clone()).filter(|p| !p.trim().is_empty());
        let online = edit.online.unwrap_or(was.online);
        if name.is_empty() {
            return Err(StoreError::Invalid("a meeting's name cannot be empty".into()));
        }
        meeting::check_dates(starts, ends).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let mut changes = serde_json::Map::new();
        if name != was.name {
            changes.insert("name".into(), serde_json::json!([was.name, name]));
        }
        if starts != was.starts {
            changes.insert("starts".into(), serde_json::json!([was.starts, starts]));
        }
        if ends != was.ends {
            changes.insert("ends".into(), serde_json::json!([was.ends, ends]));
        }
        if place != was.place {
            changes.insert("place".into(), serde_json::json!([was.place, place]));
        }
        if online != was.online {
            changes.insert("online".into(), serde_json::json!([was.online, online]));
        }
        if changes.is_empty() {
            return Ok(was);
        }
        let mut tx = self.write().await?;
        let taken = sqlx::query("SELECT id FROM meetings WHERE LOWER(name) = LOWER($1) AND id <> $2")
            .bind(&name)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!("a meeting is named {name:?} already")));
        }
        sqlx::query(
            "UPDATE meetings SET name = $1, starts = $2, ends = $3, place = $4, online = $5, updated_at = $6 WHERE id = $7",
        )
        .bind(&name)
        .bind(starts.to_string())
        .bind(ends.to_string())
        .bind(place)
        .bind(i64::from(online))
        .bind(format_time(who.at))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        events::append(&mut tx, who, "meeting.edited", "meeting", id, &serde_json::Value::Object(changes)).await?;
        tx.commit().await?;
        self.meeting(id).await
    }

    /// A meeting's agenda, in the order of its item numbers as written.
    pub async fn agenda(&self, meeting_id: i64) -> Result<Vec<AgendaItem>> {
        let reg = self.shared_registry().await?;
        let rows = sqlx::query(
            "SELECT id, meeting_id, number, title, body_id FROM agenda_items WHERE meeting_id = $1 ORDER BY id",
        )
        .bind(meeting_id)
        .fetch_all(&self.pool)
        .await?;
        let mut items = rows
            .iter()
            .map(|r| {
                let body_id: Option<i64> = r.try_get("body_id")?;
                Ok(AgendaItem {
                    id: r.try_get("id")?,
                    meeting_id: r.try_get("meeting_id")?,
                    number: r.try_get("number")?,
                    title: r.try_get("title")?,
                    body_id,
                    body: body_id.map(|b| name_of(&reg, b)),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // "2", "10", "6.1": in the order of their numbers, not of their characters.
        items.sort_by_key(|i| number_key(&i.number));
        Ok(items)
    }

    pub async fn add_agenda_item(
        &self,
        meeting_id: i64,
        number: &str,
        title: &str,
        body: Option<&str>,
        who: &Who,
    ) -> Result<AgendaItem> {
        let m = self.meeting(meeting_id).await?;
        let (number, title) = (number.trim(), title.trim());
        if number.is_empty() || title.is_empty() {
            return Err(StoreError::Invalid("an agenda item needs a number and a title".into()));
        }
        let body = match body {
            Some(b) => Some(self.find_body(b).await?),
            None => None,
        };
        let mut tx = self.write().await?;
        let taken = sqlx::query("SELECT id FROM agenda_items WHERE meeting_id = $1 AND number = $2")
            .bind(m.id)
            .bind(number)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!("{} has an agenda item {number} already", m.name)));
        }
        let mut sql = Sql::new("INSERT INTO agenda_items (meeting_id, number, title, body_id) VALUES (");
        sql.bind(Bind::Int(m.id))
            .push(", ")
            .bind(Bind::Text(number.to_string()))
            .push(", ")
            .bind(Bind::Text(title.to_string()))
            .push(", ")
            .bind(Bind::OptInt(body.as_ref().map(|b| b.id)))
            .push(") RETURNING id");
        let id = crate::sql::insert_returning_id(&mut tx, &sql).await?;
        let data = serde_json::json!({
            "agenda_item": id, "number": number, "title": title, "body": body.as_ref().map(|b| b.canonical.clone()),
        });
        events::append(&mut tx, who, "meeting.agenda_item_added", "meeting", m.id, &data).await?;
        tx.commit().await?;
        self.agenda(m.id)
            .await?
            .into_iter()
            .find(|i| i.id == id)
            .ok_or_else(|| StoreError::NotFound(format!("agenda item {id} vanished")))
    }

    /// How a statement is handled, if anyone has handled it yet.
    pub async fn handling(&self, ls_id: i64) -> Result<Option<Handling>> {
        let reg = self.shared_registry().await?;
        let Some(r) = sqlx::query(
            "SELECT h.ls_id, h.state, h.meeting_id, m.name AS meeting, h.drafter, h.due, h.reply_ls_id, h.note, h.updated_at \
             FROM handlings h LEFT JOIN meetings m ON m.id = h.meeting_id WHERE h.ls_id = $1",
        )
        .bind(ls_id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let state: String = r.try_get("state")?;
        Ok(Some(Handling {
            ls_id,
            state: HandlingState::parse(&state)
                .ok_or_else(|| StoreError::Invalid(format!("stored handling state {state:?}")))?,
            meeting_id: r.try_get("meeting_id")?,
            meeting: opt_text(&r, "meeting")?,
            drafter: opt_text(&r, "drafter")?,
            due: opt_date(&r, "due")?,
            reply_ls_id: r.try_get("reply_ls_id")?,
            note: opt_text(&r, "note")?,
            allocations: self.allocations_with(&reg, ls_id).await?,
            updated_at: r.try_get("updated_at")?,
        }))
    }

    async fn allocations_with(&self, reg: &Registry, ls_id: i64) -> Result<Vec<Allocation>> {
        let rows = sqlx::query(
            "SELECT a.id, a.meeting_id, m.name AS meeting, a.body_id, a.agenda_item_id, i.number AS agenda_item \
             FROM allocations a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN agenda_items i ON i.id = a.agenda_item_id \
             WHERE a.ls_id = $1 ORDER BY a.id",
        )
        .bind(ls_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let body_id: Option<i64> = r.try_get("body_id")?;
                Ok(Allocation {
                    id: r.try_get("id")?,
                    meeting_id: r.try_get("meeting_id")?,
                    meeting: r.try_get("meeting")?,
                    body_id,
                    body: body_id.map(|b| name_of(reg, b)),
                    agenda_item_id: r.try_get("agenda_item_id")?,
                    agenda_item: opt_text(r, "agenda_item")?,
                })
            })
            .collect()
    }

    /// Gives an incoming statement to sub-groups and/or agenda items of a meeting. A statement
    /// new to handling becomes allocated; one further on keeps its state. Giving it again to
    /// what it is given to already changes nothing.
    pub async fn allocate(
        &self,
        ls_id: i64,
        meeting_id: i64,
        bodies: &[String],
        items: &[String],
        who: &Who,
    ) -> Result<Handling> {
        if bodies.is_empty() && items.is_empty() {
            return Err(StoreError::Invalid(
                "say to whom the statement goes: a sub-group (--to) or an agenda item (--item)".into(),
            ));
        }
        let m = self.meeting(meeting_id).await?;
        let mut targets: Vec<(Option<BodyId>, Option<i64>, String)> = Vec::new();
        for b in bodies {
            let body = self.find_body(b).await?;
            targets.push((Some(body.id), None, body.canonical.clone()));
        }
        let agenda = self.agenda(m.id).await?;
        for n in items {
            let item = agenda.iter().find(|i| i.number == n.trim()).ok_or_else(|| {
                StoreError::NotFound(format!(
                    "{} has no agenda item {:?} (`liaise meetings show {}`)",
                    m.name,
                    n.trim(),
                    m.id
                ))
            })?;
            // An agenda item owned by a sub-group gives the statement to that sub-group too: one
            // allocation with both, not a second one beside the sub-group's.
            match targets.iter_mut().find(|t| t.1.is_none() && t.0.is_some() && t.0 == item.body_id) {
                Some(t) => {
                    t.1 = Some(item.id);
                    t.2 = format!("{} (item {})", t.2, item.number);
                }
                None => targets.push((item.body_id, Some(item.id), format!("item {}", item.number))),
            }
        }
        let now = format_time(who.at);
        let mut tx = self.write().await?;
        incoming(&mut tx, ls_id).await?;
        let mut added = Vec::new();
        for (body_id, item_id, label) in &targets {
            let exists = sqlx::query(
                "SELECT id FROM allocations WHERE ls_id = $1 AND meeting_id = $2 \
                 AND COALESCE(body_id, -1) = COALESCE($3, -1) AND COALESCE(agenda_item_id, -1) = COALESCE($4, -1)",
            )
            .bind(ls_id)
            .bind(m.id)
            .bind(*body_id)
            .bind(*item_id)
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_some() {
                continue;
            }
            sqlx::query(
                "INSERT INTO allocations (ls_id, meeting_id, body_id, agenda_item_id, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(ls_id)
            .bind(m.id)
            .bind(*body_id)
            .bind(*item_id)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            added.push(label.clone());
        }
        let state: Option<String> = sqlx::query("SELECT state FROM handlings WHERE ls_id = $1")
            .bind(ls_id)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        match state.as_deref().and_then(HandlingState::parse) {
            None => {
                sqlx::query(
                    "INSERT INTO handlings (ls_id, meeting_id, state, updated_at) VALUES ($1, $2, 'allocated', $3)",
                )
                .bind(ls_id)
                .bind(m.id)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            }
            Some(s) => {
                let next = if matches!(s, HandlingState::New | HandlingState::Postponed) {
                    HandlingState::Allocated
                } else {
                    s
                };
                sqlx::query("UPDATE handlings SET state = $1, meeting_id = $2, updated_at = $3 WHERE ls_id = $4")
                    .bind(next.as_str())
                    .bind(m.id)
                    .bind(&now)
                    .bind(ls_id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        if !added.is_empty() {
            let data = serde_json::json!({ "meeting": m.name, "to": added });
            events::append(&mut tx, who, "ls.allocated", "ls", ls_id, &data).await?;
        }
        tx.commit().await?;
        self.handling(ls_id).await?.ok_or_else(|| StoreError::NotFound(format!("no handling of #{ls_id}")))
    }

    /// Changes how an incoming statement is handled, keeping the rules of
    /// `liaise_core::meeting::check`.
    pub async fn set_handling(&self, ls_id: i64, change: &HandlingChange, who: &Who) -> Result<Handling> {
        let was = self.handling(ls_id).await?;
        let target_meeting = match change.meeting_id {
            Some(id) => Some(self.meeting(id).await?),
            None => None,
        };
        let was_meeting = match was.as_ref().and_then(|h| h.meeting_id) {
            Some(id) => Some(self.meeting(id).await?),
            None => None,
        };
        if let Some(reply) = change.reply_ls_id {
            let dir: Option<String> = sqlx::query("SELECT direction FROM ls WHERE id = $1")
                .bind(reply)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
            match dir.as_deref() {
                None => return Err(StoreError::NotFound(format!("no statement has the id {reply}"))),
                Some("outgoing") => {}
                Some(_) => {
                    return Err(StoreError::Invalid(format!(
                        "#{reply} is not one of the group's statements: a reply is written by the group"
                    )));
                }
            }
        }
        let state = change.state.or(was.as_ref().map(|h| h.state)).unwrap_or(HandlingState::New);
        let drafter = change.drafter.clone().unwrap_or(was.as_ref().and_then(|h| h.drafter.clone()));
        let due = change.due.unwrap_or(was.as_ref().and_then(|h| h.due));
        let reply = change.reply_ls_id.or(was.as_ref().and_then(|h| h.reply_ls_id));
        let note = change.note.clone().unwrap_or(was.as_ref().and_then(|h| h.note.clone()));
        let meeting_id = target_meeting.as_ref().map(|m| m.id).or(was.as_ref().and_then(|h| h.meeting_id));
        let now = format_time(who.at);
        let mut tx = self.write().await?;
        let deadline = incoming(&mut tx, ls_id).await?;
        let postponing = change.state == Some(HandlingState::Postponed);
        meeting::check(
            state,
            due,
            deadline,
            reply.is_some(),
            if postponing { was_meeting.as_ref().map(|m| m.starts) } else { None },
            target_meeting.as_ref().map(|m| m.starts),
        )
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
        let mut changes = serde_json::Map::new();
        let before = |f: &dyn Fn(&Handling) -> serde_json::Value| was.as_ref().map_or(serde_json::Value::Null, f);
        let mut note_change = |key: &str, old: serde_json::Value, new: serde_json::Value| {
            if old != new {
                changes.insert(key.into(), serde_json::json!([old, new]));
            }
        };
        note_change("state", before(&|h| h.state.as_str().into()), state.as_str().into());
        note_change(
            "meeting",
            before(&|h| h.meeting.clone().into()),
            target_meeting.as_ref().or(was_meeting.as_ref()).map(|m| m.name.clone()).into(),
        );
        note_change("drafter", before(&|h| h.drafter.clone().into()), drafter.clone().into());
        note_change("due", before(&|h| h.due.map(|d| d.to_string()).into()), due.map(|d| d.to_string()).into());
        note_change("reply", before(&|h| h.reply_ls_id.into()), reply.into());
        note_change("note", before(&|h| h.note.clone().into()), note.clone().into());
        if changes.is_empty() && was.is_some() {
            return self.handling(ls_id).await?.ok_or_else(|| StoreError::NotFound(format!("no handling of #{ls_id}")));
        }
        let sql = if was.is_some() {
            "UPDATE handlings SET state = $1, meeting_id = $2, drafter = $3, due = $4, reply_ls_id = $5, note = $6, updated_at = $7 WHERE ls_id = $8"
        } else {
            "INSERT INTO handlings (state, meeting_id, drafter, due, reply_ls_id, note, updated_at, ls_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        };
        sqlx::query(sql)
            .bind(state.as_str())
            .bind(meeting_id)
            .bind(drafter)
            .bind(due.map(|d| d.to_string()))
            .bind(reply)
            .bind(note)
            .bind(&now)
            .bind(ls_id)
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "ls.handling", "ls", ls_id, &serde_json::Value::Object(changes)).await?;
        tx.commit().await?;
        self.handling(ls_id).await?.ok_or_else(|| StoreError::NotFound(format!("no handling of #{ls_id}")))
    }

    /// The handlings of the statements a meeting handles (allocated to it, or whose handling
    /// names it), by statement id.
    pub async fn meeting_handlings(&self, meeting_id: i64) -> Result<Vec<Handling>> {
        let ids: Vec<i64> = sqlx::query(
            "SELECT ls_id FROM handlings WHERE meeting_id = $1 UNION SELECT ls_id FROM allocations WHERE meeting_id = $1 ORDER BY 1",
        )
        .bind(meeting_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(h) = self.handling(id).await? {
                out.push(h);
            }
        }
        Ok(out)
    }

    /// The reply a handling waits for, once the group's statement that replies exists: the
    /// handling whose reply is `reply_ls_id`, if any.
    pub async fn handling_of_reply(&self, reply_ls_id: i64) -> Result<Option<i64>> {
        Ok(sqlx::query("SELECT ls_id FROM handlings WHERE reply_ls_id = $1")
            .bind(reply_ls_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?)
    }

    /// Sub-groups to give a statement to: those earlier statements of the same sender went
    /// to, most often first, then the group's sub-groups its Questions name.
    pub async fn suggest_allocation(&self, ls_id: i64, questions: &[String]) -> Result<Vec<Suggestion>> {
        let reg = self.shared_registry().await?;
        let source: i64 = sqlx::query("SELECT source_body_id FROM ls WHERE id = $1")
            .bind(ls_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no statement has the id {ls_id}")))?
            .try_get(0)?;
        let rows = sqlx::query(
            "SELECT a.body_id, COUNT(*) AS n FROM allocations a JOIN ls ON ls.id = a.ls_id \
             WHERE ls.source_body_id = $1 AND a.ls_id <> $2 AND a.body_id IS NOT NULL GROUP BY a.body_id ORDER BY n DESC, a.body_id",
        )
        .bind(source)
        .bind(ls_id)
        .fetch_all(&self.pool)
        .await?;
        let mut out: Vec<Suggestion> = Vec::new();
        for r in rows {
            let body_id: i64 = r.try_get("body_id")?;
            let n: i64 = r.try_get("n")?;
            out.push(Suggestion {
                body_id,
                body: name_of(&reg, body_id),
                why: format!(
                    "{n} earlier statement{} of {} went to it",
                    if n == 1 { "" } else { "s" },
                    name_of(&reg, source)
                ),
            });
        }
        for q in questions {
            if let Some(b) = reg.lookup(q)
                && !out.iter().any(|s| s.body_id == b.id)
            {
                out.push(Suggestion {
                    body_id: b.id,
                    body: b.canonical.clone(),
                    why: format!("the statement names {q}"),
                });
            }
        }
        Ok(out)
    }
}

/// Once the group's reply is sent, the statements it answers are replied to: called inside the
/// transaction that sends it.
pub(crate) async fn reply_sent(conn: &mut sqlx::AnyConnection, reply_ls_id: i64, who: &Who) -> Result<()> {
    let rows = sqlx::query("SELECT ls_id, state FROM handlings WHERE reply_ls_id = $1 AND state <> 'replied'")
        .bind(reply_ls_id)
        .fetch_all(&mut *conn)
        .await?;
    for r in rows {
        let ls_id: i64 = r.try_get("ls_id")?;
        let state: String = r.try_get("state")?;
        sqlx::query("UPDATE handlings SET state = 'replied', updated_at = $1 WHERE ls_id = $2")
            .bind(format_time(who.at))
            .bind(ls_id)
            .execute(&mut *conn)
            .await?;
        let data =
            serde_json::json!({ "state": [state, "replied"], "because": format!("its reply #{reply_ls_id} was sent") });
        events::append(conn, who, "ls.handling", "ls", ls_id, &data).await?;
    }
    Ok(())
}

/// The statement's deadline, after checking it is one the group received.
async fn incoming(tx: &mut sqlx::AnyConnection, ls_id: i64) -> Result<Option<NaiveDate>> {
    let r = sqlx::query("SELECT direction, deadline FROM ls WHERE id = $1")
        .bind(ls_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no statement has the id {ls_id}")))?;
    let direction: String = r.try_get("direction")?;
    if direction != "incoming" {
        return Err(StoreError::Invalid(format!(
            "#{ls_id} is one of the group's own statements: only incoming statements are allocated and handled"
        )));
    }
    opt_date(&r, "deadline")
}

/// Orders agenda numbers as people do: "2" < "6.1" < "10".
fn number_key(n: &str) -> Vec<(u64, String)> {
    n.split(['.', '-', ' '])
        .map(|p| {
            let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
            (digits.parse().unwrap_or(u64::MAX), p[digits.len()..].to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn agenda_numbers_in_their_order() {
        let mut v = vec!["10", "2", "6.1", "6", "6.10", "6.2", "A"];
        v.sort_by_key(|n| super::number_key(n));
        assert_eq!(v, vec!["2", "6", "6.1", "6.2", "6.10", "10", "A"]);
    }
}
