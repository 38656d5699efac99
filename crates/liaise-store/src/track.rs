//! Tracking in the store: the actions each recipient owes, replies linked to what they answer,
//! liaison rapporteurs, the life of statements, and the reminders claimed and sent. Each change of
//! state is written with its event, in one transaction.

use crate::sql::{Bind, Sql, opt_text};
use crate::{Backend, Result, Store, StoreError, Who, events, format_time};
use chrono::NaiveDate;
use liaise_core::registry::{BodyId, Registry, name_key};
use liaise_core::track::{ActionState, Direction, LsState, action_transition, ls_transition};
use liaise_core::{Contact, LsKind, LsRecord};
use serde::Serialize;
use sqlx::{AnyConnection, Row};
use std::collections::{BTreeSet, HashMap};

/// The request text of the one action a statement without separate requests asks for.
pub const RESPOND: &str = "respond to the statement";

/// What tracking did while a statement was imported.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct TrackReport {
    pub actions_created: usize,
    pub actions_withdrawn: usize,
    /// Statements this one was linked to as their reply, by document number or title.
    pub answers: Vec<String>,
    /// Earlier replies now linked to this statement.
    pub answered_by: Vec<String>,
    pub actions_answered: usize,
    pub rapporteurs_proposed: Vec<String>,
}

/// The home group's id, if set: statements from it are outgoing.
pub(crate) async fn home_body(conn: &mut AnyConnection) -> Result<Option<BodyId>> {
    let v: Option<String> = sqlx::query("SELECT value FROM meta WHERE key = 'home_body_id'")
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
    Ok(v.and_then(|s| s.parse().ok()))
}

/// Everything tracking does when a statement is stored: actions, links, rapporteurs.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn on_import(
    conn: &mut AnyConnection,
    backend: Backend,
    registry: &Registry,
    ls_id: i64,
    record: &LsRecord,
    source_id: BodyId,
    for_action: &[BodyId],
    who: &Who,
) -> Result<TrackReport> {
    let mut report = TrackReport::default();
    // A draft asks nothing yet: its actions are made when it is sent (`Store::create_actions`),
    // so that the due list, reminders and the roadmap never count what was not sent.
    // Nor does a draft reply answer anything before it is sent.
    let state = ls_state(conn, ls_id).await?;
    if !matches!(state, LsState::Draft | LsState::Approved) {
        sync_actions(conn, backend, registry, ls_id, record, for_action, who, &mut report).await?;
        link_on_import(conn, registry, ls_id, record, source_id, who, &mut report).await?;
    }
    propose_rapporteurs(conn, registry, ls_id, record, source_id, who, &mut report).await?;
    Ok(report)
}

/// The actions a statement asks for, made when it is sent: one per for-action body (as merges
/// leave it) and request; and, for a reply, the link to what it answers.
pub(crate) async fn actions_on_send(
    conn: &mut AnyConnection,
    backend: Backend,
    reg: &Registry,
    id: i64,
    who: &Who,
) -> Result<TrackReport> {
    let row = sqlx::query("SELECT record, source_body_id FROM ls WHERE id = $1").bind(id).fetch_one(&mut *conn).await?;
    let record: LsRecord = serde_json::from_str(&row.try_get::<String, _>(0)?)?;
    let source_id: BodyId = row.try_get(1)?;
    let mut for_action: Vec<BodyId> = Vec::new();
    for r in sqlx::query(
        "SELECT body_id FROM ls_bodies WHERE ls_id = $1 AND list = 'for_action' AND body_id IS NOT NULL ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    {
        let b = reg.current(r.try_get(0)?);
        if !for_action.contains(&b) {
            for_action.push(b);
        }
    }
    let mut report = TrackReport::default();
    sync_actions(conn, backend, reg, id, &record, &for_action, who, &mut report).await?;
    link_on_import(conn, reg, id, &record, source_id, who, &mut report).await?;
    Ok(report)
}

/// The actions of statements stored before liaise tracked any (schema 1), made once when such
/// a database is upgraded; returns how many statements got some.
pub(crate) async fn catch_up_actions(store: &crate::Store, from: i64) -> Result<usize> {
    let reg = store.registry().await?;
    let who = Who::new(format!("liaise upgrade (from schema {from})"), chrono::Utc::now());
    let ids: Vec<i64> = sqlx::query(
        "SELECT id FROM ls WHERE state NOT IN ('draft', 'approved') \
         AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.ls_id = ls.id) ORDER BY id",
    )
    .fetch_all(store.pool())
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    let mut made = 0;
    for id in ids {
        let mut tx = store.write().await?;
        let report = actions_on_send(&mut tx, store.backend(), &reg, id, &who).await?;
        tx.commit().await?;
        made += usize::from(report.actions_created > 0);
    }
    Ok(made)
}

/// Makes the stored actions match the statement: one per for-action body and request. Actions
/// no longer asked for are withdrawn, never deleted; actions someone has moved on are left alone.
#[allow(clippy::too_many_arguments)]
async fn sync_actions(
    conn: &mut AnyConnection,
    backend: Backend,
    registry: &Registry,
    ls_id: i64,
    record: &LsRecord,
    for_action: &[BodyId],
    who: &Who,
    report: &mut TrackReport,
) -> Result<()> {
    let requests: Vec<(i64, String)> = if record.requests.is_empty() {
        vec![(-1, RESPOND.to_string())]
    } else {
        record.requests.iter().enumerate().map(|(i, r)| (i as i64, r.clone())).collect()
    };
    let bodies: BTreeSet<BodyId> = for_action.iter().copied().collect();
    // A request addressed to named groups is asked of those only; one addressed to no one in
    // particular, of every for-action body.
    let addressees: Vec<Option<BTreeSet<BodyId>>> = requests
        .iter()
        .map(|(i, _)| {
            let to = usize::try_from(*i).ok().and_then(|i| record.request_to.get(i)).filter(|t| !t.is_empty())?;
            Some(to.iter().filter_map(|n| registry.lookup(&n.name).map(|b| b.id)).collect())
        })
        .collect();
    let asks = |b: BodyId, k: usize| addressees.get(k).and_then(Option::as_ref).is_none_or(|set| set.contains(&b));
    let mut existing: HashMap<(BodyId, i64), (i64, String, String)> = HashMap::new();
    for r in sqlx::query("SELECT id, body_id, request_index, state, request FROM actions WHERE ls_id = $1")
        .bind(ls_id)
        .fetch_all(&mut *conn)
        .await?
    {
        existing.insert(
            (r.try_get("body_id")?, r.try_get("request_index")?),
            (r.try_get("id")?, r.try_get("state")?, r.try_get("request")?),
        );
    }
    let now = format_time(who.at);
    let mut new_rows = Vec::new();
    for b in &bodies {
        for (k, (idx, text)) in requests.iter().enumerate() {
            if !asks(*b, k) {
                continue;
            }
            match existing.get(&(*b, *idx)) {
                None => new_rows.push(vec![
                    Bind::Int(ls_id),
                    Bind::Int(*b),
                    Bind::Int(*idx),
                    Bind::Text(text.clone()),
                    Bind::Text(ActionState::Open.as_str().into()),
                    Bind::Text(now.clone()),
                    Bind::Text(now.clone()),
                ]),
                Some((id, _, old)) if old != text => {
                    sqlx::query("UPDATE actions SET request = $1, updated_at = $2 WHERE id = $3")
                        .bind(text.clone())
                        .bind(now.clone())
                        .bind(*id)
                        .execute(&mut *conn)
                        .await?;
                    let data =
                        serde_json::json!({ "from": old, "to": text, "comment": "the statement was re-imported" });
                    events::append(conn, who, "action.request", "action", *id, &data).await?;
                }
                Some(_) => {}
            }
        }
    }
    if !new_rows.is_empty() {
        report.actions_created = new_rows.len();
        let mut sql = Sql::new(
            "INSERT INTO actions (ls_id, body_id, request_index, request, state, created_at, updated_at) VALUES ",
        );
        sql.values(new_rows).push(" RETURNING id, body_id, request");
        let created = sql.query_on(backend).fetch_all(&mut *conn).await?;
        let mut evs = Vec::with_capacity(created.len());
        for r in &created {
            let id: i64 = r.try_get("id")?;
            let data = serde_json::json!({
                "ls_id": ls_id, "body_id": r.try_get::<i64, _>("body_id")?, "request": r.try_get::<String, _>("request")?,
                "to": "open",
            });
            evs.push(("action.created", "action", id, data));
        }
        events::append_many(conn, backend, who, evs).await?;
    }
    let wanted: BTreeSet<(BodyId, i64)> =
        bodies.iter().flat_map(|b| requests.iter().map(move |(i, _)| (*b, *i))).collect();
    for (key, (id, state, _)) in &existing {
        let pending = ActionState::parse(state).is_some_and(ActionState::is_pending);
        if !wanted.contains(key) && pending {
            set_action(
                conn,
                *id,
                state,
                ActionState::Withdrawn,
                None,
                Some("no longer asked: the re-imported statement does not ask it"),
                who,
            )
            .await?;
            report.actions_withdrawn += 1;
        }
    }
    Ok(())
}

/// Writes an action's new state and its event.
async fn set_action(
    conn: &mut AnyConnection,
    id: i64,
    from: &str,
    to: ActionState,
    answered_by: Option<i64>,
    comment: Option<&str>,
    who: &Who,
) -> Result<()> {
    sqlx::query("UPDATE actions SET state = $1, answered_by = $2, updated_at = $3 WHERE id = $4")
        .bind(to.as_str())
        .bind(answered_by)
        .bind(format_time(who.at))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let data = serde_json::json!({ "from": from, "to": to.as_str(), "comment": comment, "answered_by": answered_by });
    events::append(conn, who, "action.state", "action", id, &data).await?;
    Ok(())
}

/// Folds a title so that "LS/r on X (reply to FG-MV-LS1)", "Reply LS on X" and "LS on X" meet.
pub fn title_key(title: &str) -> String {
    let mut t = title.to_lowercase();
    // Parentheses hold document numbers and "reply to ...": not part of the subject.
    while let (Some(a), Some(b)) = (t.find('('), t.find(')')) {
        if b < a {
            break;
        }
        t.replace_range(a..=b, " ");
    }
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric() && c != '/').filter(|w| !w.is_empty()).collect();
    let mut start = 0;
    let skip = ["reply", "response", "ls/r", "ls", "to", "on", "the", "liaison", "statement", "lsr", "r"];
    while start < words.len() && skip.contains(&words[start]) {
        start += 1;
    }
    words[start..].join(" ")
}

/// Links a reply to the statement it answers, and marks the replying body's pending actions on
/// that statement answered. The body answers for itself and for the bodies above it: a statement
/// sent to IEC is answered by IEC TC 100 as well.
async fn link(
    conn: &mut AnyConnection,
    registry: &Registry,
    reply_id: i64,
    reply_source: BodyId,
    original_id: i64,
    how: &str,
    who: &Who,
) -> Result<Option<usize>> {
    let inserted = sqlx::query(
        "INSERT INTO ls_links (reply_id, original_id, how, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(reply_id)
    .bind(original_id)
    .bind(how)
    .bind(format_time(who.at))
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(None);
    }
    events::append(
        conn,
        who,
        "ls.answers",
        "ls",
        reply_id,
        &serde_json::json!({ "original_id": original_id, "how": how }),
    )
    .await?;
    events::append(
        conn,
        who,
        "ls.answered_by",
        "ls",
        original_id,
        &serde_json::json!({ "reply_id": reply_id, "how": how }),
    )
    .await?;
    let mut bodies = vec![reply_source];
    let mut cur = registry.get(reply_source).and_then(|b| b.parent);
    while let Some(p) = cur.filter(|p| !bodies.contains(p)) {
        bodies.push(p);
        cur = registry.get(p).and_then(|b| b.parent);
    }
    let mut sql = Sql::new("SELECT id, state FROM actions WHERE ls_id = ");
    sql.bind(Bind::Int(original_id)).push(" AND state IN ('open', 'acknowledged') AND body_id IN (");
    for (i, b) in bodies.iter().enumerate() {
        sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*b));
    }
    sql.push(")");
    let pending = sql.query().fetch_all(&mut *conn).await?;
    let number: Option<String> = sqlx::query("SELECT doc_number FROM ls WHERE id = $1")
        .bind(reply_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    let comment = format!("answered by {}", number.unwrap_or_else(|| format!("statement #{reply_id}")));
    for r in &pending {
        let state: String = r.try_get("state")?;
        set_action(conn, r.try_get("id")?, &state, ActionState::Answered, Some(reply_id), Some(&comment), who).await?;
    }
    Ok(Some(pending.len()))
}

async fn link_on_import(
    conn: &mut AnyConnection,
    registry: &Registry,
    ls_id: i64,
    record: &LsRecord,
    source_id: BodyId,
    who: &Who,
    report: &mut TrackReport,
) -> Result<()> {
    sqlx::query("DELETE FROM ls_refs WHERE ls_id = $1").bind(ls_id).execute(&mut *conn).await?;
    let mut keys = Vec::new();
    for n in &record.response_to {
        let key = name_key(n);
        if key.is_empty() || keys.contains(&key) {
            continue;
        }
        sqlx::query("INSERT INTO ls_refs (ls_id, number_key, number) VALUES ($1, $2, $3)")
            .bind(ls_id)
            .bind(key.clone())
            .bind(n.clone())
            .execute(&mut *conn)
            .await?;
        keys.push(key);
    }

    // This statement as a reply: find what it answers, by number, else by title.
    let is_reply = record.kind == LsKind::Reply || !keys.is_empty();
    if is_reply {
        let mut originals: Vec<(i64, &str)> = Vec::new();
        for key in &keys {
            for r in sqlx::query("SELECT id FROM ls WHERE doc_key = $1 AND id <> $2")
                .bind(format!("doc:{key}"))
                .bind(ls_id)
                .fetch_all(&mut *conn)
                .await?
            {
                originals.push((r.try_get(0)?, "number"));
            }
        }
        if originals.is_empty() {
            let wanted: Vec<String> = std::iter::once(record.title.as_str())
                .chain(record.response_to_text.as_deref())
                .map(title_key)
                .filter(|k| !k.is_empty())
                .collect();
            // Only statements that were sent to the replying body can be what it answers.
            let candidates = sqlx::query(
                "SELECT id, title FROM ls WHERE id <> $1 AND id IN (SELECT ls_id FROM ls_bodies WHERE body_id = $2 \
                 AND list IN ('for_action', 'for_comment', 'for_information', 'cc'))",
            )
            .bind(ls_id)
            .bind(source_id)
            .fetch_all(&mut *conn)
            .await?;
            for r in &candidates {
                let title: String = r.try_get("title")?;
                if wanted.contains(&title_key(&title)) {
                    originals.push((r.try_get("id")?, "title"));
                }
            }
        }
        for (original, how) in originals {
            if let Some(n) = link(conn, registry, ls_id, source_id, original, how, who).await? {
                report.actions_answered += n;
                report.answers.push(doc_label(conn, original).await?);
            }
        }
    }

    // This statement as an original: earlier replies that cite its number.
    if let Some(number) = record.doc_number.as_deref() {
        let replies = sqlx::query(
            "SELECT r.ls_id, l.source_body_id FROM ls_refs r JOIN ls l ON l.id = r.ls_id WHERE r.number_key = $1 \
             AND r.ls_id <> $2 AND NOT EXISTS (SELECT 1 FROM ls_links k WHERE k.reply_id = r.ls_id AND k.original_id = $2)",
        )
        .bind(name_key(number))
        .bind(ls_id)
        .fetch_all(&mut *conn)
        .await?;
        for r in &replies {
            let (reply, reply_source): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
            if let Some(n) = link(conn, registry, reply, reply_source, ls_id, "number", who).await? {
                report.actions_answered += n;
                report.answered_by.push(doc_label(conn, reply).await?);
            }
        }
    }
    Ok(())
}

async fn doc_label(conn: &mut AnyConnection, id: i64) -> Result<String> {
    let r = sqlx::query("SELECT doc_number, title FROM ls WHERE id = $1").bind(id).fetch_one(&mut *conn).await?;
    let number: Option<String> = r.try_get("doc_number")?;
    let title: String = r.try_get("title")?;
    Ok(number.unwrap_or(title))
}

/// Proposes the liaison rapporteurs a statement names, towards the group named, else towards the
/// source of the statement it answers.
async fn propose_rapporteurs(
    conn: &mut AnyConnection,
    registry: &Registry,
    ls_id: i64,
    record: &LsRecord,
    source_id: BodyId,
    who: &Who,
    report: &mut TrackReport,
) -> Result<()> {
    if record.rapporteurs.is_empty() {
        return Ok(());
    }
    let answered_source: Option<i64> = sqlx::query(
        "SELECT l.source_body_id FROM ls_links k JOIN ls l ON l.id = k.original_id WHERE k.reply_id = $1 ORDER BY l.id LIMIT 1",
    )
    .bind(ls_id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    let now = format_time(who.at);
    for r in &record.rapporteurs {
        let towards = r.towards.as_ref().and_then(|t| registry.lookup(&t.name)).map(|b| b.id).or(answered_source);
        let contact = Contact {
            name: r.name.clone(),
            organization: r.organization.clone(),
            country: r.country.clone(),
            email: r.email.clone(),
            ..Contact::default()
        };
        let person = crate::ls::upsert_person(conn, &contact, &now).await?;
        let mut sql = Sql::new("SELECT id FROM designations WHERE person_id = ");
        sql.bind(Bind::Int(person)).push(" AND body_id = ").bind(Bind::Int(source_id));
        match towards {
            Some(t) => sql.push(" AND towards_id = ").bind(Bind::Int(t)),
            None => sql.push(" AND towards_id IS NULL"),
        };
        if sql.query().fetch_optional(&mut *conn).await?.is_some() {
            continue;
        }
        let id = insert_designation(
            conn,
            person,
            source_id,
            towards,
            record.issued().map(|d| d.to_string()),
            "proposed",
            Some(ls_id),
            Some(&r.quote),
            who,
        )
        .await?;
        let data = serde_json::json!({ "person": r.name, "body_id": source_id, "towards_id": towards, "ls_id": ls_id, "quote": r.quote, "to": "proposed" });
        events::append(conn, who, "designation.proposed", "designation", id, &data).await?;
        report.rapporteurs_proposed.push(r.name.clone());
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn insert_designation(
    conn: &mut AnyConnection,
    person: i64,
    body: BodyId,
    towards: Option<BodyId>,
    since: Option<String>,
    status: &str,
    source_ls: Option<i64>,
    quote: Option<&str>,
    who: &Who,
) -> Result<i64> {
    let now = format_time(who.at);
    let mut sql = Sql::new(
        "INSERT INTO designations (person_id, body_id, towards_id, role, since, status, source_ls_id, quote, created_at, updated_at) VALUES ",
    );
    sql.values(vec![vec![
        Bind::Int(person),
        Bind::Int(body),
        Bind::OptInt(towards),
        Bind::Text("liaison rapporteur".into()),
        Bind::OptText(since),
        Bind::Text(status.into()),
        Bind::OptInt(source_ls),
        Bind::OptText(quote.map(str::to_string)),
        Bind::Text(now.clone()),
        Bind::Text(now),
    ]])
    .push(" RETURNING id");
    Ok(crate::sql::insert_returning_id(conn, &sql).await?)
}

/// One action as listed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct ActionRow {
    pub id: i64,
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub ls_state: String,
    pub source: String,
    /// The source body after merges.
    pub source_id: BodyId,
    pub deadline: Option<NaiveDate>,
    pub body_id: BodyId,
    pub body: String,
    pub request_index: i64,
    pub request: String,
    pub state: ActionState,
    pub answered_by: Option<i64>,
    pub updated_at: String,
}

/// Which actions to list.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    pub ls_id: Option<i64>,
    pub body: Option<String>,
    pub state: Option<ActionState>,
    /// Leave out actions on dead statements.
    pub living_only: bool,
}

/// A living statement that has actions, as the due list reads it.
#[derive(Debug, Clone)]
pub struct DueLs {
    pub id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub state: String,
    pub deadline: Option<NaiveDate>,
    /// The source body after merges.
    pub source_id: BodyId,
    /// The last change of the statement or of any of its actions.
    pub changed_at: String,
}

/// Whose answer a due list waits for, seen from the group liaise works for.
pub use liaise_core::due::{DueFilter, DueSide};

/// What one body owes on one statement, as the database groups it.
#[derive(Debug, Clone)]
pub struct DueGroup {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub source_id: BodyId,
    pub deadline: Option<NaiveDate>,
    pub body_id: BodyId,
    /// Acknowledged when every pending request is, else open.
    pub state: ActionState,
    /// The pending requests and their actions, in order.
    pub requests: Vec<String>,
    pub action_ids: Vec<i64>,
}

/// Where one statement's actions stand, body by body, as the database counts them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCounts {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub deadline: Option<NaiveDate>,
    pub asked: i64,
    pub open: i64,
    pub overdue: i64,
    pub answered: i64,
    pub declined: i64,
    pub withdrawn: i64,
}

/// Which statements and actions a side covers: a condition on `a` (actions) joined with `l`
/// (their statement). `None` when the side can have no rows (what the group owes, when no
/// group is set).
fn due_side(sql: &mut Sql, f: &DueFilter, deadlines: bool) -> Option<()> {
    let home_list = |sql: &mut Sql, home: &[BodyId]| {
        sql.push("(");
        for (i, b) in home.iter().enumerate() {
            sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*b));
        }
        sql.push(")");
    };
    // The statements' conditions in a sub-query, so that SQLite reads the actions in the order
    // of their (statement, body, request) index and groups them as it goes; a join filtered on
    // the action's state chose the state's index and grouped 1.5 million rows in a temporary
    // b-tree of 300 MB (issue 11).
    sql.push("a.ls_id IN (SELECT s.id FROM ls s WHERE ");
    match (f.side, &f.home) {
        (DueSide::ToUs, None) => {
            sql.push("s.state = 'sent'");
        }
        (DueSide::ToUs, Some(home)) => {
            sql.push("s.state = 'sent' AND s.source_body_id IN ");
            home_list(sql, home);
        }
        (DueSide::ByUs, None) => return None,
        (DueSide::ByUs, Some(home)) => {
            sql.push("s.state = 'received' AND s.source_body_id NOT IN ");
            home_list(sql, home);
        }
    }
    if deadlines && f.overdue_only {
        sql.push(" AND s.deadline < ").bind(Bind::Text(f.as_of.to_string()));
    }
    if let Some(w) = f.within_days.filter(|_| deadlines) {
        let last =
            u64::try_from(w).ok().and_then(|w| f.as_of.checked_add_days(chrono::Days::new(w))).unwrap_or(f.as_of);
        sql.push(" AND s.deadline <= ").bind(Bind::Text(last.to_string()));
    }
    sql.push(")");
    if let (DueSide::ByUs, Some(home)) = (f.side, &f.home) {
        sql.push(" AND a.body_id IN ");
        home_list(sql, home);
    }
    if let Some(b) = f.body {
        sql.push(" AND a.body_id = ").bind(Bind::Int(b));
    }
    Some(())
}

/// A text key that sorts the same on both backends: byte order, as SQLite compares.
fn byte_order(backend: Backend, expr: &str) -> String {
    match backend {
        Backend::Sqlite => expr.to_string(),
        Backend::Postgres => format!("{expr} COLLATE \"C\""),
    }
}

const PENDING: &str = "a.state IN ('open', 'acknowledged')";

/// One row per statement and body with something pending, of the side and filter.
fn pending_groups(f: &DueFilter) -> Option<Sql> {
    let mut sql = Sql::new(
        "SELECT a.ls_id, a.body_id, SUM(CASE WHEN a.state = 'open' THEN 1 ELSE 0 END) AS n_open \
         FROM actions a WHERE ",
    );
    due_side(&mut sql, f, true)?;
    sql.push(&format!(" GROUP BY a.ls_id, a.body_id HAVING SUM(CASE WHEN {PENDING} THEN 1 ELSE 0 END) > 0"));
    Some(sql)
}

/// One row per statement the group sent and body asked, with what the body's actions add up
/// to: the rules of `liaise_core::track::body_state` and `is_overdue`.
fn asked_groups(f: &DueFilter) -> Sql {
    let mut sql = Sql::new(&format!(
        "SELECT a.ls_id, a.body_id, \
         SUM(CASE WHEN {PENDING} THEN 1 ELSE 0 END) AS pending, \
         SUM(CASE WHEN a.state = 'answered' THEN 1 ELSE 0 END) AS answered, \
         SUM(CASE WHEN a.state = 'declined' THEN 1 ELSE 0 END) AS declined \
         FROM actions a WHERE "
    ));
    let f = DueFilter { side: DueSide::ToUs, ..f.clone() };
    // The side the group sent always has a condition.
    let _ = due_side(&mut sql, &f, false);
    sql.push(" GROUP BY a.ls_id, a.body_id");
    sql
}

/// `inner` wrapped: the same placeholders, in the same order, with `head` before and `tail`
/// after.
fn around(head: &str, inner: Sql, tail: &str) -> Sql {
    Sql { text: format!("{head}{}{tail}", inner.text), binds: inner.binds }
}

fn parse_day(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
}

impl Store {
    /// What bodies owe (or the group owes), one row per statement and body with something
    /// pending, soonest deadline first (then document number and body name; no deadline
    /// last), and how many such rows there are. `page` is (limit, offset); `None` gives all.
    pub async fn due_groups(&self, f: &DueFilter, page: Option<(i64, i64)>) -> Result<(Vec<DueGroup>, i64)> {
        let Some(inner) = pending_groups(f) else { return Ok((Vec::new(), 0)) };
        let dir = if f.latest_first { " DESC" } else { "" };
        // The sort holds a few columns per row and, with a LIMIT, only the rows up to the page
        // (SQLite keeps a bounded heap); a total counted in the same query (a window) would
        // hold every row with its title first: 900 MB at 1.5 million items.
        let mut sql = around(
            "SELECT g.ls_id, g.body_id, g.n_open, l.doc_number, l.deadline, l.source_body_id FROM (",
            inner,
            &format!(
                ") g JOIN ls l ON l.id = g.ls_id JOIN bodies b ON b.id = g.body_id \
                 ORDER BY (l.deadline IS NULL), l.deadline{dir}, (l.doc_number IS NOT NULL), {}, {}, g.ls_id, g.body_id",
                byte_order(self.backend, "l.doc_number"),
                byte_order(self.backend, "LOWER(b.canonical)"),
            ),
        );
        if let Some((limit, offset)) = page {
            sql.push(" LIMIT ").bind(Bind::Int(limit)).push(" OFFSET ").bind(Bind::Int(offset));
        }
        let mut groups = Vec::new();
        let mut rows = sql.query_on(self.backend).fetch(&self.pool);
        while let Some(r) = futures_util::TryStreamExt::try_next(&mut rows).await? {
            let n_open: i64 = r.try_get("n_open")?;
            groups.push(DueGroup {
                ls_id: r.try_get("ls_id")?,
                doc_number: opt_text(&r, "doc_number")?,
                title: String::new(),
                source_id: r.try_get("source_body_id")?,
                deadline: parse_day(opt_text(&r, "deadline")?),
                body_id: r.try_get("body_id")?,
                state: if n_open > 0 { ActionState::Open } else { ActionState::Acknowledged },
                requests: Vec::new(),
                action_ids: Vec::new(),
            });
        }
        drop(rows);
        let total = match page {
            None => groups.len() as i64,
            Some(_) => match pending_groups(f) {
                Some(inner) => around("SELECT COUNT(*) AS total FROM (", inner, ") g")
                    .query_on(self.backend)
                    .fetch_one(&self.pool)
                    .await?
                    .try_get("total")?,
                None => 0,
            },
        };
        self.due_titles(&mut groups).await?;
        self.due_requests(f, &mut groups, page.is_some()).await?;
        Ok((groups, total))
    }

    /// Fills in the titles of `groups`' statements, each read once.
    pub(crate) async fn due_titles(&self, groups: &mut [DueGroup]) -> Result<()> {
        let titles = self.ls_titles(&groups.iter().map(|g| g.ls_id).collect::<Vec<_>>()).await?;
        for g in groups.iter_mut() {
            if let Some(t) = titles.get(&g.ls_id) {
                g.title.clone_from(t);
            }
        }
        Ok(())
    }

    /// Fills in the pending requests of `groups`: of their statements only when they are a
    /// page, else in one pass over the side's actions.
    pub(crate) async fn due_requests(&self, f: &DueFilter, groups: &mut [DueGroup], paged: bool) -> Result<()> {
        if groups.is_empty() {
            return Ok(());
        }
        let at: HashMap<(i64, BodyId), usize> =
            groups.iter().enumerate().map(|(i, g)| ((g.ls_id, g.body_id), i)).collect();
        let ls_ids: Vec<i64> = groups.iter().map(|g| g.ls_id).collect::<BTreeSet<i64>>().into_iter().collect();
        let chunks: Vec<&[i64]> = if paged { ls_ids.chunks(500).collect() } else { vec![&[]] };
        for chunk in chunks {
            let mut sql =
                Sql::new(&format!("SELECT a.id, a.ls_id, a.body_id, a.request FROM actions a WHERE {PENDING} AND "));
            if due_side(&mut sql, f, true).is_none() {
                return Ok(());
            }
            if !chunk.is_empty() {
                sql.push(" AND a.ls_id IN (");
                for (i, id) in chunk.iter().enumerate() {
                    sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*id));
                }
                sql.push(")");
            }
            sql.push(" ORDER BY a.ls_id, a.body_id, a.request_index");
            let mut rows = sql.query_on(self.backend).fetch(&self.pool);
            while let Some(r) = futures_util::TryStreamExt::try_next(&mut rows).await? {
                let key = (r.try_get("ls_id")?, r.try_get("body_id")?);
                if let Some(&i) = at.get(&key) {
                    groups[i].action_ids.push(r.try_get("id")?);
                    groups[i].requests.push(r.try_get("request")?);
                }
            }
        }
        Ok(())
    }

    /// Where each statement the group sent stands, body by body (of one body only, when the
    /// filter names one), soonest deadline first, and how many statements there are.
    pub async fn due_counts(&self, f: &DueFilter, page: Option<(i64, i64)>) -> Result<(Vec<DueCounts>, i64)> {
        // The statement's counts are summed from its bodies' rows as they come out of the
        // actions' (statement, body) index, and only then joined with the statement: grouping
        // by the title as well sorted 1.5 million rows with their titles (140 MB), and a total
        // counted in a window held every row (issue 11).
        let mut sql = around(
            "SELECT c.ls_id, c.asked, c.open, c.answered, c.declined, c.withdrawn, l.doc_number, l.title, \
             l.deadline FROM (SELECT g.ls_id, COUNT(*) AS asked, \
             SUM(CASE WHEN g.pending > 0 THEN 1 ELSE 0 END) AS open, \
             SUM(CASE WHEN g.pending = 0 AND g.answered > 0 THEN 1 ELSE 0 END) AS answered, \
             SUM(CASE WHEN g.pending = 0 AND g.answered = 0 AND g.declined > 0 THEN 1 ELSE 0 END) AS declined, \
             SUM(CASE WHEN g.pending = 0 AND g.answered = 0 AND g.declined = 0 THEN 1 ELSE 0 END) AS withdrawn \
             FROM (",
            asked_groups(f),
            ") g GROUP BY g.ls_id) c JOIN ls l ON l.id = c.ls_id ORDER BY (l.deadline IS NULL), l.deadline, c.ls_id",
        );
        if let Some((limit, offset)) = page {
            sql.push(" LIMIT ").bind(Bind::Int(limit)).push(" OFFSET ").bind(Bind::Int(offset));
        }
        let mut out = Vec::new();
        let mut rows = sql.query_on(self.backend).fetch(&self.pool);
        while let Some(r) = futures_util::TryStreamExt::try_next(&mut rows).await? {
            let deadline = parse_day(opt_text(&r, "deadline")?);
            let open: i64 = r.try_get("open")?;
            out.push(DueCounts {
                ls_id: r.try_get("ls_id")?,
                doc_number: opt_text(&r, "doc_number")?,
                title: r.try_get("title")?,
                deadline,
                asked: r.try_get("asked")?,
                open,
                // The bodies of a statement share its deadline: those still owing are overdue
                // once it passed (`is_overdue`).
                overdue: if deadline.is_some_and(|d| d < f.as_of) { open } else { 0 },
                answered: r.try_get("answered")?,
                declined: r.try_get("declined")?,
                withdrawn: r.try_get("withdrawn")?,
            });
        }
        drop(rows);
        let total = match page {
            None => out.len() as i64,
            Some(_) => {
                let mut count = Sql::new("SELECT COUNT(DISTINCT a.ls_id) AS total FROM actions a WHERE ");
                let side = DueFilter { side: DueSide::ToUs, ..f.clone() };
                let _ = due_side(&mut count, &side, false);
                count.query_on(self.backend).fetch_one(&self.pool).await?.try_get("total")?
            }
        };
        Ok((out, total))
    }
}

/// A correction of a person: `None` keeps a field as it is.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PersonEdit {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub organization: Option<String>,
}

/// A liaison rapporteur (or a proposal for one).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Designation {
    pub id: i64,
    pub person_id: i64,
    pub name: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub body_id: BodyId,
    pub body: String,
    pub towards_id: Option<BodyId>,
    pub towards: Option<String>,
    pub role: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub status: String,
    pub source_ls_id: Option<i64>,
    pub quote: Option<String>,
}

/// A person to write to about a body's actions.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Address {
    pub name: String,
    pub email: String,
    /// "rapporteur" or "contact".
    pub why: String,
}

/// A reply not yet linked to what it answers.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct UnmatchedReply {
    pub id: i64,
    pub doc_number: Option<String>,
    pub title: String,
    pub source: String,
    pub response_to: Vec<String>,
    pub response_to_text: Option<String>,
}

/// A reminder claimed by a `remind` run.
#[derive(Debug, Clone, Serialize)]
pub struct ReminderRow {
    pub id: i64,
    pub ls_id: i64,
    pub body_id: BodyId,
    pub slot: String,
    pub status: String,
    pub recipients: Vec<String>,
    pub subject: Option<String>,
    pub error: Option<String>,
    pub updated_at: String,
}

impl Store {
    /// The living statements that have actions, with the last change of each.
    pub async fn due_statements(&self, reg: &Registry) -> Result<Vec<DueLs>> {
        let mut statements = Vec::new();
        let rows = sqlx::query(
            "SELECT l.id, l.doc_number, l.title, l.state, l.deadline, l.source_body_id, l.updated_at, \
             (SELECT MAX(a.updated_at) FROM actions a WHERE a.ls_id = l.id) AS acted_at \
             FROM ls l WHERE l.state <> 'dead' AND EXISTS (SELECT 1 FROM actions a WHERE a.ls_id = l.id) ORDER BY l.id",
        )
        .fetch_all(&self.pool)
        .await?;
        for r in &rows {
            let updated: String = r.try_get("updated_at")?;
            let acted = opt_text(r, "acted_at")?.unwrap_or_default();
            statements.push(DueLs {
                id: r.try_get("id")?,
                doc_number: opt_text(r, "doc_number")?,
                title: r.try_get("title")?,
                state: r.try_get("state")?,
                deadline: opt_text(r, "deadline")?.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                source_id: reg.current(r.try_get("source_body_id")?),
                changed_at: if acted > updated { acted } else { updated },
            });
        }
        Ok(statements)
    }

    /// Whom to write to about each body's actions, every body in one pass: its confirmed
    /// rapporteurs in office on `today`, then the contacts it gave in statements it sent, then
    /// those a statement sent to it names (the datatracker's "To Contacts").
    /// Only of `bodies`, when given (a page of the due list).
    pub async fn addresses(
        &self,
        reg: &Registry,
        today: NaiveDate,
        bodies: Option<&[BodyId]>,
    ) -> Result<HashMap<BodyId, Vec<Address>>> {
        let mut out: HashMap<BodyId, Vec<Address>> = HashMap::new();
        let only = |sql: &mut Sql, column: &str| {
            if let Some(bodies) = bodies {
                sql.push(&format!(" AND {column} IN ("));
                for (i, b) in bodies.iter().enumerate() {
                    sql.push(if i == 0 { "" } else { ", " }).bind(Bind::Int(*b));
                }
                sql.push(")");
            }
        };
        if bodies.is_some_and(<[BodyId]>::is_empty) {
            return Ok(out);
        }
        let mut sql = Sql::new(
            "SELECT d.body_id, p.name, p.email FROM designations d JOIN people p ON p.id = d.person_id WHERE \
             d.status = 'confirmed' AND (d.until IS NULL OR d.until >= $1) AND p.email IS NOT NULL",
        );
        sql.binds.push(Bind::Text(today.to_string()));
        only(&mut sql, "d.body_id");
        sql.push(" ORDER BY d.id");
        let rapporteurs = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        // Contacts a body gave in statements it sent, then those a statement sent to it named.
        let mut sql = Sql::new(
            "SELECT l.source_body_id AS body_id, p.name, p.email FROM ls_contacts c JOIN ls l ON l.id = c.ls_id \
             JOIN people p ON p.id = c.person_id WHERE p.email IS NOT NULL AND (c.role IS NULL OR c.role IN ('from', 'response', 'technical'))",
        );
        only(&mut sql, "l.source_body_id");
        sql.push(" ORDER BY l.id, c.position");
        let own = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        let mut sql = Sql::new(
            "SELECT b.body_id, p.name, p.email FROM ls_contacts c JOIN people p ON p.id = c.person_id \
             JOIN ls_bodies b ON b.ls_id = c.ls_id AND b.list IN ('for_action', 'for_comment', 'for_information') \
             WHERE c.role = 'to' AND p.email IS NOT NULL AND b.body_id IS NOT NULL",
        );
        only(&mut sql, "b.body_id");
        sql.push(" ORDER BY c.ls_id, c.position");
        let to = sql.query_on(self.backend).fetch_all(&self.pool).await?;
        for (rows, why) in [(rapporteurs, "rapporteur"), (own, "contact"), (to, "contact")] {
            for r in rows {
                let body = reg.current(r.try_get("body_id")?);
                let email: String = r.try_get("email")?;
                let list = out.entry(body).or_default();
                if !list.iter().any(|a| a.email.eq_ignore_ascii_case(&email)) {
                    list.push(Address { name: r.try_get("name")?, email, why: why.to_string() });
                }
            }
        }
        Ok(out)
    }

    /// The contacts of one statement with their e-mail and role, in order: whom a reminder's
    /// reader replies to. A light query, not the whole record.
    pub async fn contact_addresses(&self, ls_id: i64) -> Result<Vec<(String, Option<String>, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT p.name, p.email, c.role FROM ls_contacts c JOIN people p ON p.id = c.person_id WHERE c.ls_id = $1 ORDER BY c.position",
        )
        .bind(ls_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("name")?, opt_text(r, "email")?, opt_text(r, "role")?))).collect()
    }

    /// Every reminder slot claimed, by statement and body.
    pub async fn all_claimed_slots(&self) -> Result<HashMap<(i64, BodyId), Vec<String>>> {
        let mut out: HashMap<(i64, BodyId), Vec<String>> = HashMap::new();
        for r in sqlx::query("SELECT ls_id, body_id, slot FROM reminders WHERE status IN ('sending', 'sent')")
            .fetch_all(&self.pool)
            .await?
        {
            out.entry((r.try_get("ls_id")?, r.try_get("body_id")?)).or_default().push(r.try_get("slot")?);
        }
        Ok(out)
    }

    /// Actions, by statement, body and request.
    pub async fn actions(&self, f: &ActionFilter) -> Result<Vec<ActionRow>> {
        let reg = self.shared_registry().await?;
        let mut sql = Sql::new(
            "SELECT a.id, a.ls_id, a.body_id, a.request_index, a.request, a.state, a.answered_by, a.updated_at, \
             l.doc_number, l.title, l.state AS ls_state, l.deadline, l.source_body_id \
             FROM actions a JOIN ls l ON l.id = a.ls_id WHERE 1 = 1",
        );
        if let Some(id) = f.ls_id {
            sql.push(" AND a.ls_id = ").bind(Bind::Int(id));
        }
        if let Some(b) = &f.body {
            let body = reg.lookup(b).ok_or_else(|| StoreError::NotFound(format!("no body is named {b:?}")))?;
            sql.push(" AND a.body_id = ").bind(Bind::Int(body.id));
        }
        if let Some(s) = f.state {
            sql.push(" AND a.state = ").bind(Bind::Text(s.as_str().into()));
        }
        if f.living_only {
            sql.push(" AND l.state <> 'dead'");
        }
        sql.push(" ORDER BY l.deadline, a.ls_id, a.body_id, a.request_index");
        let mut out = Vec::new();
        for r in sql.query().fetch_all(&self.pool).await? {
            let body_id: i64 = r.try_get("body_id")?;
            let source_id: i64 = r.try_get("source_body_id")?;
            let state: String = r.try_get("state")?;
            let deadline = opt_text(&r, "deadline")?.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
            out.push(ActionRow {
                id: r.try_get("id")?,
                ls_id: r.try_get("ls_id")?,
                doc_number: opt_text(&r, "doc_number")?,
                title: r.try_get("title")?,
                ls_state: r.try_get("ls_state")?,
                source: reg.canonical(source_id).unwrap_or("?").to_string(),
                source_id: reg.current(source_id),
                deadline,
                body_id: reg.current(body_id),
                body: reg.canonical(body_id).unwrap_or("?").to_string(),
                request_index: r.try_get("request_index")?,
                request: r.try_get("request")?,
                state: ActionState::parse(&state).unwrap_or(ActionState::Open),
                answered_by: r.try_get("answered_by")?,
                updated_at: r.try_get("updated_at")?,
            });
        }
        Ok(out)
    }

    /// Moves several actions to one state, all or none: an unknown id or a move one of them may
    /// not make changes nothing. Returns each action's state before; one that had the state
    /// already is left as it is.
    pub async fn set_action_states(
        &self,
        ids: &[i64],
        to: ActionState,
        comment: Option<&str>,
        who: &Who,
    ) -> Result<Vec<(i64, ActionState)>> {
        let mut tx = self.write().await?;
        let mut before = Vec::with_capacity(ids.len());
        for &id in ids {
            let row = sqlx::query("SELECT state FROM actions WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("no action has the id {id}; nothing was changed")))?;
            let from: String = row.try_get(0)?;
            let from_state = ActionState::parse(&from).unwrap_or(ActionState::Open);
            if from_state != to {
                action_transition(from_state, to).map_err(|e| {
                    let hint =
                        if to != ActionState::Open && !from_state.is_pending() { " (set it open first)" } else { "" };
                    StoreError::Conflict(format!("action {id}: {e}{hint}; nothing was changed"))
                })?;
            }
            before.push((id, from, from_state));
        }
        for (id, from, from_state) in &before {
            if *from_state != to {
                set_action(&mut tx, *id, from, to, None, comment, who).await?;
            }
        }
        tx.commit().await?;
        Ok(before.into_iter().map(|(id, _, s)| (id, s)).collect())
    }

    /// Changes a statement's state (draft, approved, sent, received, dead).
    pub async fn set_ls_state(&self, id: i64, to: LsState, reason: Option<&str>, who: &Who) -> Result<LsState> {
        let reg = self.shared_registry().await?;
        let mut tx = self.write().await?;
        let from = ls_state(&mut tx, id).await?;
        ls_transition(from, to, reason).map_err(|e| StoreError::Conflict(e.to_string()))?;
        // Sent and received follow from who wrote it (issue 9, item 6: the group's own statement
        // could be set to received): only a statement of the group or one of its sub-groups is
        // sent, only one of another body is received.
        if matches!(to, LsState::Sent | LsState::Received)
            && let Some(home) = home_body(&mut tx).await?
        {
            let source: i64 = sqlx::query("SELECT source_body_id FROM ls WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
            let own = is_own(&reg, home, source);
            let name = |b: i64| reg.canonical(b).unwrap_or("?").to_string();
            if to == LsState::Received && own {
                return Err(StoreError::Conflict(format!(
                    "#{id} comes from {}, the group liaise works for: it is sent, not received",
                    name(source)
                )));
            }
            if to == LsState::Sent && !own {
                return Err(StoreError::Conflict(format!(
                    "#{id} comes from {}, not from {}: it is received, not sent (`liaise group NAME` sets the group liaise works for)",
                    name(source),
                    name(home)
                )));
            }
        }
        write_ls_state(&mut tx, id, from, to, reason, who).await?;
        if to == LsState::Sent && matches!(from, LsState::Draft | LsState::Approved) {
            actions_on_send(&mut tx, self.backend, &reg, id, who).await?;
        }
        tx.commit().await?;
        Ok(from)
    }

    /// Removes the link between a reply and what it answers, and puts back the actions the link
    /// had answered in the state they had before (issue 9, item 3). Returns how many.
    pub async fn unlink_reply(&self, reply_id: i64, original_id: i64, who: &Who) -> Result<usize> {
        let mut tx = self.write().await?;
        let removed = sqlx::query("DELETE FROM ls_links WHERE reply_id = $1 AND original_id = $2")
            .bind(reply_id)
            .bind(original_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(StoreError::NotFound(format!("#{reply_id} is not linked to #{original_id}")));
        }
        let data = serde_json::json!({ "original_id": original_id });
        events::append(&mut tx, who, "ls.unlinked", "ls", reply_id, &data).await?;
        let data = serde_json::json!({ "reply_id": reply_id });
        events::append(&mut tx, who, "ls.unlinked_reply", "ls", original_id, &data).await?;
        let rows = sqlx::query("SELECT id FROM actions WHERE ls_id = $1 AND answered_by = $2 AND state = 'answered'")
            .bind(original_id)
            .bind(reply_id)
            .fetch_all(&mut *tx)
            .await?;
        let comment = format!("no longer answered by #{reply_id} (link removed)");
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            // The state before the answer, from the action's own history.
            let mut before = ActionState::Open;
            for e in events::for_entity_in(&mut tx, "action", id).await?.iter().rev() {
                if e.kind == "action.state" && e.data.get("answered_by").and_then(|v| v.as_i64()) == Some(reply_id) {
                    before = e
                        .data
                        .get("from")
                        .and_then(|f| f.as_str())
                        .and_then(ActionState::parse)
                        .unwrap_or(ActionState::Open);
                    break;
                }
            }
            set_action(&mut tx, id, "answered", before, None, Some(&comment), who).await?;
        }
        tx.commit().await?;
        Ok(rows.len())
    }

    /// Brings a dead statement back to the state it had before it died.
    pub async fn revive_ls(&self, id: i64, who: &Who) -> Result<LsState> {
        let mut tx = self.write().await?;
        let from = ls_state(&mut tx, id).await?;
        if from != LsState::Dead {
            return Err(StoreError::Conflict(format!("statement #{id} is {}, not dead", from.as_str())));
        }
        let mut before = None;
        for e in events::for_entity_in(&mut tx, "ls", id).await?.iter().rev() {
            if e.kind == "ls.state" && e.data.get("to").and_then(|t| t.as_str()) == Some("dead") {
                before = e.data.get("from").and_then(|f| f.as_str()).and_then(LsState::parse);
                break;
            }
        }
        let to = before.unwrap_or(LsState::Received);
        write_ls_state(&mut tx, id, from, to, Some("brought back"), who).await?;
        tx.commit().await?;
        Ok(to)
    }

    /// Links a reply to the statement it answers, by hand.
    pub async fn link_reply(&self, reply_id: i64, original_id: i64, who: &Who) -> Result<usize> {
        if reply_id == original_id {
            return Err(StoreError::Invalid("a statement cannot answer itself".into()));
        }
        let reg = self.shared_registry().await?;
        let mut tx = self.write().await?;
        let source: i64 = sqlx::query("SELECT source_body_id FROM ls WHERE id = $1")
            .bind(reply_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no statement has the id {reply_id}")))?
            .try_get(0)?;
        ls_state(&mut tx, original_id).await?;
        // A statement cannot answer one that answers it, directly or through others (issue 9,
        // item 3: `replies link 1 4` made FG-MV-LS1 answer its own reply).
        let mut frontier = vec![original_id];
        let mut seen = Vec::new();
        while let Some(at) = frontier.pop() {
            if at == reply_id {
                return Err(StoreError::Conflict(format!(
                    "#{original_id} answers #{reply_id} (directly or through other replies): #{reply_id} cannot answer it too"
                )));
            }
            if seen.contains(&at) {
                continue;
            }
            seen.push(at);
            let rows = sqlx::query("SELECT original_id FROM ls_links WHERE reply_id = $1")
                .bind(at)
                .fetch_all(&mut *tx)
                .await?;
            for r in rows {
                frontier.push(r.try_get(0)?);
            }
        }
        let answered = link(&mut tx, &reg, reply_id, source, original_id, "manual", who).await?.ok_or_else(|| {
            StoreError::Conflict(format!("statement #{reply_id} is already linked to #{original_id}"))
        })?;
        tx.commit().await?;
        Ok(answered)
    }

    /// Replies that answer nothing stored yet: for a person to link by hand.
    pub async fn unmatched_replies(&self) -> Result<Vec<UnmatchedReply>> {
        let reg = self.shared_registry().await?;
        let rows = sqlx::query(
            "SELECT id, doc_number, title, source_body_id, record FROM ls WHERE (kind = 'reply' OR id IN (SELECT ls_id FROM ls_refs)) \
             AND id NOT IN (SELECT reply_id FROM ls_links) ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let record: LsRecord = serde_json::from_str(&r.try_get::<String, _>("record")?)?;
            let source: i64 = r.try_get("source_body_id")?;
            out.push(UnmatchedReply {
                id: r.try_get("id")?,
                doc_number: opt_text(&r, "doc_number")?,
                title: r.try_get("title")?,
                source: reg.canonical(source).unwrap_or("?").to_string(),
                response_to: record.response_to,
                response_to_text: record.response_to_text,
            });
        }
        Ok(out)
    }

    /// The statements a statement answers and those that answer it.
    pub async fn links_of(&self, id: i64) -> Result<(Vec<i64>, Vec<i64>)> {
        let answers = sqlx::query("SELECT original_id FROM ls_links WHERE reply_id = $1 ORDER BY original_id")
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<Vec<i64>, _>>()?;
        let answered_by = sqlx::query("SELECT reply_id FROM ls_links WHERE original_id = $1 ORDER BY reply_id")
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<Vec<i64>, _>>()?;
        Ok((answers, answered_by))
    }

    /// Liaison rapporteurs, optionally of one body or in one status.
    pub async fn designations(&self, body: Option<&str>, status: Option<&str>) -> Result<Vec<Designation>> {
        let reg = self.shared_registry().await?;
        let mut sql = Sql::new(
            "SELECT d.id, d.person_id, d.body_id, d.towards_id, d.role, d.since, d.until, d.status, d.source_ls_id, d.quote, \
             p.name, p.organization, p.country, p.email, p.phone FROM designations d JOIN people p ON p.id = d.person_id WHERE 1 = 1",
        );
        if let Some(b) = body {
            let body = reg.lookup(b).ok_or_else(|| StoreError::NotFound(format!("no body is named {b:?}")))?;
            sql.push(" AND d.body_id = ").bind(Bind::Int(body.id));
        }
        if let Some(s) = status {
            sql.push(" AND d.status = ").bind(Bind::Text(s.into()));
        }
        sql.push(" ORDER BY d.id");
        let mut out = Vec::new();
        for r in sql.query().fetch_all(&self.pool).await? {
            let body_id: i64 = r.try_get("body_id")?;
            let towards_id: Option<i64> = r.try_get("towards_id")?;
            out.push(Designation {
                id: r.try_get("id")?,
                person_id: r.try_get("person_id")?,
                name: r.try_get("name")?,
                organization: opt_text(&r, "organization")?,
                country: opt_text(&r, "country")?,
                email: opt_text(&r, "email")?,
                phone: opt_text(&r, "phone")?,
                body_id: reg.current(body_id),
                body: reg.canonical(body_id).unwrap_or("?").to_string(),
                towards_id: towards_id.map(|t| reg.current(t)),
                towards: towards_id.and_then(|t| reg.canonical(t)).map(str::to_string),
                role: r.try_get("role")?,
                since: opt_text(&r, "since")?,
                until: opt_text(&r, "until")?,
                status: r.try_get("status")?,
                source_ls_id: r.try_get("source_ls_id")?,
                quote: opt_text(&r, "quote")?,
            });
        }
        Ok(out)
    }

    /// Confirms, rejects or ends a designation.
    pub async fn set_designation(&self, id: i64, to: &str, until: Option<NaiveDate>, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let row = sqlx::query("SELECT status FROM designations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no rapporteur has the id {id}")))?;
        let from: String = row.try_get(0)?;
        let ok = matches!((from.as_str(), to), ("proposed", "confirmed" | "rejected") | ("confirmed", "ended"));
        if !ok {
            return Err(StoreError::Conflict(format!("a rapporteur that is {from} cannot become {to}")));
        }
        let status = if to == "ended" { "confirmed" } else { to };
        sqlx::query("UPDATE designations SET status = $1, until = COALESCE($2, until), updated_at = $3 WHERE id = $4")
            .bind(status)
            .bind(until.map(|d| d.to_string()))
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "from": from, "to": to, "until": until.map(|d| d.to_string()) });
        events::append(&mut tx, who, &format!("designation.{to}"), "designation", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Corrects a rapporteur's person (name, e-mail, phone, organization): the person is one
    /// row wherever they appear, so the correction holds everywhere. The event keeps what was.
    pub async fn edit_designation(&self, id: i64, edit: &PersonEdit, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let row = sqlx::query(
            "SELECT p.id, p.name, p.email, p.phone, p.organization FROM designations d JOIN people p ON p.id = d.person_id WHERE d.id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no rapporteur has the id {id} (see liaise rapporteurs list)")))?;
        let person: i64 = row.try_get("id")?;
        let before = serde_json::json!({
            "name": row.try_get::<String, _>("name")?, "email": opt_text(&row, "email")?,
            "phone": opt_text(&row, "phone")?, "organization": opt_text(&row, "organization")?,
        });
        sqlx::query(
            "UPDATE people SET name = COALESCE($1, name), email = COALESCE($2, email), phone = COALESCE($3, phone), \
             organization = COALESCE($4, organization), name_key = COALESCE($5, name_key), updated_at = $6 WHERE id = $7",
        )
        .bind(edit.name.clone())
        .bind(edit.email.clone())
        .bind(edit.phone.clone())
        .bind(edit.organization.clone())
        .bind(edit.name.as_deref().map(name_key))
        .bind(format_time(who.at))
        .bind(person)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE designations SET updated_at = $1 WHERE id = $2")
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "before": before, "edit": edit });
        events::append(&mut tx, who, "designation.edited", "designation", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a rapporteur entered by mistake: the designation stays in history as
    /// "removed" and is never written to again.
    pub async fn remove_designation(&self, id: i64, reason: &str, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let from: String = sqlx::query("SELECT status FROM designations WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| {
                StoreError::NotFound(format!("no rapporteur has the id {id} (see liaise rapporteurs list)"))
            })?
            .try_get(0)?;
        if from == "removed" {
            return Err(StoreError::Conflict(format!("rapporteur {id} is removed already")));
        }
        sqlx::query("UPDATE designations SET status = 'removed', updated_at = $1 WHERE id = $2")
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let data = serde_json::json!({ "from": from, "to": "removed", "comment": reason });
        events::append(&mut tx, who, "designation.removed", "designation", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a confirmed liaison rapporteur by hand.
    pub async fn add_designation(
        &self,
        person: &Contact,
        body: &str,
        towards: Option<&str>,
        since: Option<NaiveDate>,
        who: &Who,
    ) -> Result<i64> {
        let reg = self.shared_registry().await?;
        let body = reg.lookup(body).ok_or_else(|| StoreError::NotFound(format!("no body is named {body:?}")))?.id;
        let towards = match towards {
            Some(t) => Some(reg.lookup(t).ok_or_else(|| StoreError::NotFound(format!("no body is named {t:?}")))?.id),
            None => None,
        };
        // Under the registry writers' lock, so that two requests at once cannot both add one
        // person (found in review: eight parallel requests made eight designations).
        let mut tx = self.registry_write().await?;
        let person_id = crate::ls::upsert_person(&mut tx, person, &format_time(who.at)).await?;
        let existing =
            sqlx::query("SELECT id FROM designations WHERE person_id = $1 AND body_id = $2 AND status = 'confirmed'")
                .bind(person_id)
                .bind(body)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(r) = existing {
            let id: i64 = r.try_get(0)?;
            return Err(StoreError::Conflict(format!(
                "{} is already a confirmed rapporteur of {} (#{id})",
                person.name,
                reg.canonical(body).unwrap_or("?")
            )));
        }
        let id = insert_designation(
            &mut tx,
            person_id,
            body,
            towards,
            since.map(|d| d.to_string()),
            "confirmed",
            None,
            None,
            who,
        )
        .await?;
        let data =
            serde_json::json!({ "person": person.name, "body_id": body, "towards_id": towards, "to": "confirmed" });
        events::append(&mut tx, who, "designation.confirmed", "designation", id, &data).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Claims a reminder before sending it. Returns `None` when another run has it (sent, or
    /// being sent): the unique key makes the claim atomic, so two overlapping runs never send
    /// the same reminder. A reminder whose sending failed can be claimed again.
    pub async fn claim_reminder(
        &self,
        ls_id: i64,
        body: BodyId,
        slot: &str,
        recipients: &[String],
        subject: &str,
        who: &Who,
    ) -> Result<Option<i64>> {
        let now = format_time(who.at);
        let row = sqlx::query(
            "INSERT INTO reminders (ls_id, body_id, slot, status, recipients, subject, created_at, updated_at) \
             VALUES ($1, $2, $3, 'sending', $4, $5, $6, $6) ON CONFLICT (ls_id, body_id, slot) DO UPDATE SET status = 'sending', \
             recipients = excluded.recipients, subject = excluded.subject, error = NULL, updated_at = excluded.updated_at \
             WHERE reminders.status = 'failed' RETURNING id",
        )
        .bind(ls_id)
        .bind(body)
        .bind(slot)
        .bind(serde_json::to_string(recipients)?)
        .bind(subject)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    /// Records how sending a claimed reminder ended.
    pub async fn finish_reminder(&self, id: i64, outcome: std::result::Result<(), String>, who: &Who) -> Result<()> {
        let mut tx = self.write().await?;
        let (status, error) = match &outcome {
            Ok(()) => ("sent", None),
            Err(e) => ("failed", Some(e.clone())),
        };
        sqlx::query("UPDATE reminders SET status = $1, error = $2, updated_at = $3 WHERE id = $4")
            .bind(status)
            .bind(error.clone())
            .bind(format_time(who.at))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let r = sqlx::query("SELECT ls_id, body_id, slot, recipients, subject FROM reminders WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let recipients: Vec<String> = serde_json::from_str(&r.try_get::<String, _>("recipients")?)?;
        let data = serde_json::json!({
            "ls_id": r.try_get::<i64, _>("ls_id")?, "body_id": r.try_get::<i64, _>("body_id")?,
            "slot": r.try_get::<String, _>("slot")?, "recipients": recipients, "subject": opt_text(&r, "subject")?, "error": error,
        });
        events::append(&mut tx, who, &format!("reminder.{status}"), "reminder", id, &data).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every reminder recorded, newest first.
    pub async fn reminders(&self) -> Result<Vec<ReminderRow>> {
        let rows = sqlx::query(
            "SELECT id, ls_id, body_id, slot, status, recipients, subject, error, updated_at FROM reminders ORDER BY id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            out.push(ReminderRow {
                id: r.try_get("id")?,
                ls_id: r.try_get("ls_id")?,
                body_id: r.try_get("body_id")?,
                slot: r.try_get("slot")?,
                status: r.try_get("status")?,
                recipients: serde_json::from_str(&r.try_get::<String, _>("recipients")?)?,
                subject: opt_text(&r, "subject")?,
                error: opt_text(&r, "error")?,
                updated_at: r.try_get("updated_at")?,
            });
        }
        Ok(out)
    }

    /// The group liaise works for, if set.
    pub async fn home(&self) -> Result<Option<BodyId>> {
        let mut conn = self.pool.acquire().await?;
        home_body(&mut conn).await
    }

    /// The group's setting "every statement the group sent is public once sent".
    pub async fn publish_sent(&self) -> Result<bool> {
        let r = sqlx::query("SELECT value FROM meta WHERE key = 'publish_sent'").fetch_optional(&self.pool).await?;
        Ok(r.map(|r| r.try_get::<String, _>(0)).transpose()?.is_some_and(|v| v == "1"))
    }

    /// Turns the setting on or off: statements the group sent become readable by the public
    /// (without e-mail addresses or telephone numbers), or only those marked public one by one.
    pub async fn set_publish_sent(&self, on: bool, who: &Who) -> Result<()> {
        let home = self.home().await?.ok_or_else(|| {
            StoreError::Invalid("no group is set: say which group liaise works for first (liaise group NAME)".into())
        })?;
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO meta (key, value) VALUES ('publish_sent', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(if on { "1" } else { "0" })
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "group.publish_sent", "body", home, &serde_json::json!({ "publish_sent": on }))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the group liaise works for. Its statements already stored as received become sent.
    pub async fn set_home(&self, name: &str, who: &Who) -> Result<(BodyId, usize)> {
        let reg = self.shared_registry().await?;
        let body = reg.lookup(name).ok_or_else(|| StoreError::NotFound(format!("no body is named {name:?}")))?.id;
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO meta (key, value) VALUES ('home_body_id', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(body.to_string())
            .execute(&mut *tx)
            .await?;
        events::append(&mut tx, who, "group.set", "body", body, &serde_json::json!({ "home": reg.canonical(body) }))
            .await?;
        // Statements of its sub-groups are the group's own too.
        let received =
            sqlx::query("SELECT id, source_body_id FROM ls WHERE state = 'received'").fetch_all(&mut *tx).await?;
        let mut own = Vec::new();
        for r in &received {
            if is_own(&reg, body, r.try_get(1)?) {
                own.push(r.try_get::<i64, _>(0)?);
            }
        }
        for &id in &own {
            write_ls_state(&mut tx, id, LsState::Received, LsState::Sent, Some("a statement of the group itself"), who)
                .await?;
        }
        tx.commit().await?;
        Ok((body, own.len()))
    }
}

async fn ls_state(conn: &mut AnyConnection, id: i64) -> Result<LsState> {
    let r = sqlx::query("SELECT state FROM ls WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no statement has the id {id}")))?;
    let s: String = r.try_get(0)?;
    LsState::parse(&s).ok_or_else(|| StoreError::Invalid(format!("statement #{id} has an unknown state {s:?}")))
}

async fn write_ls_state(
    conn: &mut AnyConnection,
    id: i64,
    from: LsState,
    to: LsState,
    reason: Option<&str>,
    who: &Who,
) -> Result<()> {
    let mut sql = Sql::new("UPDATE ls SET state = ");
    sql.bind(Bind::Text(to.as_str().into())).push(", updated_at = ").bind(Bind::Text(format_time(who.at)));
    if let Some(d) = to.direction() {
        sql.push(", direction = ").bind(Bind::Text(d.as_str().into()));
    }
    sql.push(" WHERE id = ").bind(Bind::Int(id));
    sql.query().execute(&mut *conn).await?;
    let data = serde_json::json!({ "from": from.as_str(), "to": to.as_str(), "comment": reason });
    events::append(conn, who, "ls.state", "ls", id, &data).await?;
    if to == LsState::Sent {
        crate::meetings::reply_sent(conn, id, who).await?;
    }
    Ok(())
}

/// Whether a body is the group liaise works for or one of its sub-groups (by parents, after
/// merges).
pub(crate) fn is_own(reg: &Registry, home: BodyId, body: BodyId) -> bool {
    reg.is_within(body, home)
}

/// The direction and first state of a newly imported statement: sent when the group liaise
/// works for or one of its sub-groups wrote it, received otherwise.
pub(crate) fn initial_state(reg: &Registry, home: Option<BodyId>, source: BodyId) -> (Direction, LsState) {
    if home.is_some_and(|h| h == source || is_own(reg, h, source)) {
        (Direction::Outgoing, LsState::Sent)
    } else {
        (Direction::Incoming, LsState::Received)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_of_replies_meet_their_originals() {
        let original = title_key("LS on requesting collaboration on metaverse standardization work");
        for reply in [
            "LS/r on requesting collaboration on metaverse standardization work (reply to FG-MV-LS1)",
            "Reply LS on requesting collaboration on metaverse standardization work",
            "Reply to LS on requesting collaboration on metaverse standardization work",
            "Response to the liaison statement on requesting collaboration on metaverse standardization work",
        ] {
            assert_eq!(title_key(reply), original, "{reply}");
        }
        assert_ne!(title_key("LS on immersive media"), original);
    }
}
