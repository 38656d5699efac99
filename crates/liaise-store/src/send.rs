//! Sending the group's own statements: the addresses each one goes to, each claimed before its
//! message leaves and finished as sent (with the Message-ID) or failed (with the error), so that
//! a statement reaches no one twice and a second send retries only the addresses that failed.

use crate::sql::opt_text;
use crate::{Result, Store, StoreError, Who, events, format_time};
use liaise_core::registry::BodyId;
use liaise_core::track::LsState;
use serde::Serialize;
use sqlx::Row;

/// One address a statement goes to.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub ls_id: i64,
    pub email: String,
    pub name: String,
    pub body_id: Option<BodyId>,
    /// "rapporteur", "contact" or "group list".
    pub why: String,
    /// pending, sending, sent, failed, or dropped (failed, and no longer a recipient's address).
    pub status: String,
    pub message_id: Option<String>,
    pub error: Option<String>,
    pub updated_at: String,
}

/// An address to send to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub body_id: Option<BodyId>,
    pub why: String,
}

/// How long a claimed address belongs to the send that claimed it.
pub const STALE_MINUTES: i64 = 10;

fn delivery(r: &sqlx::any::AnyRow) -> Result<Delivery> {
    Ok(Delivery {
        id: r.try_get("id")?,
        ls_id: r.try_get("ls_id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        body_id: r.try_get("body_id")?,
        why: r.try_get("why")?,
        status: r.try_get("status")?,
        message_id: opt_text(r, "message_id")?,
        error: opt_text(r, "error")?,
        updated_at: r.try_get("updated_at")?,
    })
}

impl Store {
    /// Every address a statement went or goes to, in the order they were added.
    pub async fn deliveries(&self, ls_id: i64) -> Result<Vec<Delivery>> {
        let rows = sqlx::query(
            "SELECT id, ls_id, email, name, body_id, why, status, message_id, error, updated_at FROM deliveries \
             WHERE ls_id = $1 ORDER BY id",
        )
        .bind(ls_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(delivery).collect()
    }

    /// Adds the addresses a statement is to go to that it does not go to already (an address
    /// once sent to is never sent to again), and claims every address still to send: those
    /// just added and those that failed before. Only an approved statement is sent.
    pub async fn claim_deliveries(&self, ls_id: i64, to: &[Recipient], who: &Who) -> Result<Vec<Delivery>> {
        let mut tx = self.write().await?;
        let state: String = sqlx::query("SELECT state FROM ls WHERE id = $1")
            .bind(ls_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("no statement has the id {ls_id}")))?
            .try_get(0)?;
        match LsState::parse(&state) {
            Some(LsState::Approved) => {}
            Some(LsState::Sent) => {
                return Err(StoreError::Conflict(format!(
                    "#{ls_id} was sent already; it is not sent twice (`liaise ls deliveries {ls_id}` says to whom)"
                )));
            }
            Some(LsState::Draft) => {
                return Err(StoreError::Conflict(format!(
                    "#{ls_id} is a draft: it is approved first (`liaise ls state {ls_id} approved`)"
                )));
            }
            _ => {
                return Err(StoreError::Conflict(format!(
                    "#{ls_id} is {state}: only an approved statement of the group is sent"
                )));
            }
        }
        let now = format_time(who.at);
        let mut added = 0;
        for r in to {
            let done = sqlx::query(
                "INSERT INTO deliveries (ls_id, email, name, body_id, why, status, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6) ON CONFLICT (ls_id, email) DO NOTHING",
            )
            .bind(ls_id)
            .bind(r.email.trim().to_lowercase())
            .bind(&r.name)
            .bind(r.body_id)
            .bind(&r.why)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            added += done.rows_affected();
        }
        // An address that failed before and is no longer any recipient's (a rapporteur's address
        // corrected since) is dropped, not retried for ever (found in review).
        let current: Vec<String> = to.iter().map(|r| r.email.trim().to_lowercase()).collect();
        let waiting =
            sqlx::query("SELECT id, email FROM deliveries WHERE ls_id = $1 AND status IN ('pending', 'failed')")
                .bind(ls_id)
                .fetch_all(&mut *tx)
                .await?;
        for r in waiting {
            let email: String = r.try_get(1)?;
            if !current.contains(&email) {
                sqlx::query(
                    "UPDATE deliveries SET status = 'dropped', error = 'no longer the address of a recipient', \
                     updated_at = $1 WHERE id = $2",
                )
                .bind(&now)
                .bind(r.try_get::<i64, _>(0)?)
                .execute(&mut *tx)
                .await?;
            }
        }
        // A claim older than the longest a message can take (30 s each) was left by a send that
        // stopped (killed, crashed) and is taken again; a younger one belongs to a send under way.
        let stale = format_time(who.at - chrono::Duration::minutes(STALE_MINUTES));
        let claimed = sqlx::query(
            "UPDATE deliveries SET status = 'sending', updated_at = $1 WHERE ls_id = $2 AND \
             (status IN ('pending', 'failed') OR (status = 'sending' AND updated_at < $3)) \
             RETURNING id, ls_id, email, name, body_id, why, status, message_id, error, updated_at",
        )
        .bind(&now)
        .bind(ls_id)
        .bind(&stale)
        .fetch_all(&mut *tx)
        .await?;
        let mut claimed: Vec<Delivery> = claimed.iter().map(delivery).collect::<Result<_>>()?;
        claimed.sort_by_key(|d| d.id);
        let data = serde_json::json!({
            "added": added,
            "claimed": claimed.iter().map(|d| d.email.as_str()).collect::<Vec<_>>(),
        });
        events::append(&mut tx, who, "ls.send", "ls", ls_id, &data).await?;
        tx.commit().await?;
        Ok(claimed)
    }

    /// Records how sending to one address went.
    pub async fn finish_delivery(
        &self,
        id: i64,
        outcome: std::result::Result<String, String>,
        who: &Who,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let now = format_time(who.at);
        let (status, message_id, error) = match &outcome {
            Ok(m) => ("sent", Some(m.as_str()), None),
            Err(e) => ("failed", None, Some(e.as_str())),
        };
        let row = sqlx::query(
            "UPDATE deliveries SET status = $1, message_id = COALESCE($2, message_id), error = $3, updated_at = $4 \
             WHERE id = $5 RETURNING ls_id, email",
        )
        .bind(status)
        .bind(message_id)
        .bind(error)
        .bind(&now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("no delivery has the id {id}")))?;
        let ls_id: i64 = row.try_get(0)?;
        let email: String = row.try_get(1)?;
        let data = serde_json::json!({ "email": email, "status": status, "message_id": message_id, "error": error });
        events::append(&mut tx, who, "ls.delivery", "ls", ls_id, &data).await?;
        tx.commit().await?;
        Ok(())
    }
}
