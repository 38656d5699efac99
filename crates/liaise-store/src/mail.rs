//! E-mail messages that statements came in, and the IMAP messages already fetched.

use crate::{Result, Store, Who, events, format_time};
use serde::Serialize;
use sqlx::Row;

/// What a message said of itself, as kept.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MailMeta {
    pub message_id: String,
    pub sender: Option<String>,
    pub sent_at: Option<String>,
    pub subject: Option<String>,
    /// Where it was read: a file, an mbox and the message's place in it, an IMAP mailbox.
    pub origin: String,
}

impl Store {
    /// Keeps a message and the parts (by SHA-256) that became statements or review items. The
    /// same message (by Message-ID) imported again gains the parts it did not have.
    pub async fn record_mail(&self, mail: &MailMeta, parts: &[(String, String)], who: &Who) -> Result<i64> {
        let mut tx = self.write().await?;
        let now = format_time(who.at);
        let existing: Option<i64> = sqlx::query("SELECT id FROM mail_messages WHERE message_id = $1")
            .bind(&mail.message_id)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let id = match existing {
            Some(id) => id,
            None => {
                let row = sqlx::query(
                    "INSERT INTO mail_messages (message_id, sender, sent_at, subject, origin, imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&mail.message_id)
                .bind(&mail.sender)
                .bind(&mail.sent_at)
                .bind(&mail.subject)
                .bind(&mail.origin)
                .bind(&now)
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get(0)?;
                events::append(&mut tx, who, "mail.imported", "mail", id, &serde_json::to_value(mail)?).await?;
                id
            }
        };
        for (sha, name) in parts {
            sqlx::query(
                "INSERT INTO mail_parts (mail_id, sha256, part_name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(sha)
            .bind(name)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The messages a statement came in.
    pub async fn mails_for_ls(&self, ls_id: i64) -> Result<Vec<MailMeta>> {
        let rows = sqlx::query(
            "SELECT DISTINCT m.message_id, m.sender, m.sent_at, m.subject, m.origin FROM mail_messages m \
             JOIN mail_parts p ON p.mail_id = m.id JOIN ls_files f ON f.sha256 = p.sha256 WHERE f.ls_id = $1 ORDER BY m.message_id",
        )
        .bind(ls_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MailMeta {
                    message_id: r.try_get(0)?,
                    sender: r.try_get(1)?,
                    sent_at: r.try_get(2)?,
                    subject: r.try_get(3)?,
                    origin: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// Whether a message (by Message-ID) was imported already.
    pub async fn mail_known(&self, message_id: &str) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM mail_messages WHERE message_id = $1")
            .bind(message_id)
            .fetch_optional(&self.pool)
            .await?
            .is_some())
    }

    /// The UIDs of a mailbox (at one UIDVALIDITY) fetched before.
    pub async fn imap_seen(&self, mailbox: &str, uidvalidity: i64) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT uid FROM imap_seen WHERE mailbox = $1 AND uidvalidity = $2 ORDER BY uid")
            .bind(mailbox)
            .bind(uidvalidity)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// Remembers that a message of a mailbox was fetched (whatever it held).
    pub async fn mark_imap_seen(&self, mailbox: &str, uidvalidity: i64, uid: i64, who: &Who) -> Result<()> {
        sqlx::query(
            "INSERT INTO imap_seen (mailbox, uidvalidity, uid, seen_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(mailbox)
        .bind(uidvalidity)
        .bind(uid)
        .bind(format_time(who.at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
