//! Reminders by e-mail: for each body that still owes something on a statement with a deadline,
//! the reminder the schedule says is due today, to its rapporteurs and contacts, once.
//!
//! Invariant: a reminder is claimed in the database before it is sent, under a unique key
//! (statement, body, slot), so two overlapping runs never send it twice; a failed sending is
//! recorded and retried by the next run.

use crate::config::{ReminderConfig, SmtpConfig};
use crate::due::{DueItem, DueOptions, due};
use crate::{AppError, Result};
use chrono::NaiveDate;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use liaise_core::date::long_date;
use liaise_core::track::Slot;
use liaise_store::track::Address;
use liaise_store::{Store, Who};
use serde::Serialize;
use std::collections::HashMap;

const SUBJECT: &str = include_str!("../templates/reminder-subject.txt");
const BODY: &str = include_str!("../templates/reminder.txt");

/// The message templates: built in, or replaced by files in the configured folder.
pub struct Templates {
    env: minijinja::Environment<'static>,
}

impl Templates {
    /// The built-in templates with any file of `folder` in their place (`reminder-subject.txt`,
    /// `reminder.txt`). A template that does not compile is an error naming the file.
    pub fn load(folder: Option<&std::path::Path>) -> Result<Templates> {
        let mut env = minijinja::Environment::new();
        let syntax = minijinja::syntax::SyntaxConfig::builder()
            .keep_trailing_newline(true)
            .build()
            .map_err(|e| AppError::Invalid(format!("template syntax: {e}")))?;
        env.set_syntax(syntax);
        // Messages are plain text: nothing is escaped.
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for (name, builtin) in [("reminder-subject.txt", SUBJECT), ("reminder.txt", BODY)] {
            let custom = folder.map(|f| f.join(name)).filter(|p| p.exists());
            let (source, origin) = match custom {
                Some(p) => {
                    let text = std::fs::read_to_string(&p)
                        .map_err(|error| AppError::Io { path: p.display().to_string(), error })?;
                    (text, p.display().to_string())
                }
                None => (builtin.to_string(), format!("built-in {name}")),
            };
            env.add_template_owned(name.to_string(), source)
                .map_err(|e| AppError::Invalid(format!("{origin}: {e:#}")))?;
        }
        Ok(Templates { env })
    }

    fn render(&self, name: &str, ctx: &minijinja::Value) -> Result<String> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| AppError::Invalid(format!("template {name}: {e:#}")))
    }
}

/// The built-in templates, for a secretariat to start its own from.
pub fn builtin_templates() -> [(&'static str, &'static str); 2] {
    [("reminder-subject.txt", SUBJECT), ("reminder.txt", BODY)]
}

/// One reminder: to whom, about what, and its text.
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    pub ls_id: i64,
    pub doc_number: Option<String>,
    pub body_id: i64,
    pub body: String,
    pub slot: String,
    pub to: Vec<Address>,
    pub subject: String,
    pub text: String,
}

/// What a run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RemindReport {
    pub as_of: Option<NaiveDate>,
    pub dry_run: bool,
    /// Sent, or (dry run) to be sent.
    pub sent: Vec<Reminder>,
    pub failed: Vec<(Reminder, String)>,
    /// Due, but claimed by an earlier or parallel run.
    pub already_claimed: usize,
    /// Bodies with a reminder due but no address to send it to.
    pub no_address: Vec<(Option<String>, String)>,
    /// The messages the reminders went out in (or would): one per person.
    pub messages: usize,
}

/// What a `remind` run needs.
pub struct RemindOptions<'a> {
    pub as_of: NaiveDate,
    pub dry_run: bool,
    pub reminders: &'a ReminderConfig,
    pub smtp: Option<&'a SmtpConfig>,
}

fn display(a: &Address) -> String {
    format!("{} <{}>", a.name, a.email)
}

/// The people of the sending group to reply to: the statement's own contacts.
async fn reply_to(store: &Store, ls_id: i64, cache: &mut HashMap<i64, String>) -> Result<String> {
    if let Some(s) = cache.get(&ls_id) {
        return Ok(s.clone());
    }
    let contacts: Vec<String> = store
        .contact_addresses(ls_id)
        .await?
        .into_iter()
        .filter(|(_, _, role)| role.as_deref().is_none_or(|r| matches!(r, "from" | "response" | "technical")))
        .filter_map(|(name, email, _)| email.map(|e| format!("{name} <{e}>")))
        .collect();
    let text = contacts.join(", ");
    cache.insert(ls_id, text.clone());
    Ok(text)
}

fn render(
    templates: &Templates,
    item: &DueItem,
    slot: Slot,
    reply: &str,
    signature: &str,
    today: NaiveDate,
) -> Result<(String, String)> {
    let deadline = item.deadline.ok_or_else(|| AppError::Invalid("a reminder needs a deadline".into()))?;
    // A reader knows statements by their numbers, never by liaise's ids.
    let number = item.doc_number.clone().unwrap_or_else(|| format!("of {}", item.source));
    // People by name; an office ("IETF Secretariat") or no one is greeted as the chair.
    let people: Vec<&str> = item
        .chase
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| {
            let l = n.to_lowercase();
            n.contains(' ')
                && !["secretariat", "chair", "office", "team", "group", "list"].iter().any(|w| l.contains(w))
        })
        .collect();
    let offices = people.len() < item.chase.len();
    let greeting = match (people.as_slice(), offices) {
        ([], _) => format!("Chair of {}", item.body),
        ([one], false) => (*one).to_string(),
        ([one], true) => format!("{one} and colleagues"),
        ([a, b], false) => format!("{a} and {b}"),
        _ => format!("colleagues of {}", item.body),
    };
    let requests: Vec<String> = item.requests.iter().map(|r| liaise_core::track::request_clause(r)).collect();
    let ctx = minijinja::Value::from(minijinja::value::Serde(serde_json::json!({
        "ls": { "id": item.ls_id, "number": number, "title": item.title, "source": item.source },
        "body": item.body,
        "requests": requests,
        "deadline": deadline.to_string(),
        "deadline_long": long_date(deadline),
        "days_left": item.days_left.unwrap_or(0),
        "greeting": greeting,
        "sent_on": long_date(today),
        "reply_to": reply,
        "signature": signature,
        "slot": slot.describe(),
        "reference": format!("{number} / {} / {}", item.body, slot.key()),
    })));
    let subject = templates.render("reminder-subject.txt", &ctx)?.trim().replace(['\r', '\n'], " ");
    let text = templates.render("reminder.txt", &ctx)?;
    Ok((subject, text))
}

/// One message to one person: a reminder, or the digest of that person's reminders of the day.
#[derive(Debug, Clone, Serialize)]
pub struct Mail {
    pub to: Address,
    pub subject: String,
    pub text: String,
    /// The reminders it carries, by their place in the run's list.
    #[serde(skip)]
    pub reminders: Vec<usize>,
    /// A stable id: the same reminders to the same person make the same Message-ID.
    #[serde(skip)]
    pub key: String,
}

/// The messages of a run: each person gets one message a day, holding all their reminders
/// (issue 9, item 19: one digest per person per day).
fn mails(reminders: &[Reminder], as_of: NaiveDate) -> Vec<Mail> {
    let mut by_person: Vec<(Address, Vec<usize>)> = Vec::new();
    for (i, r) in reminders.iter().enumerate() {
        for a in &r.to {
            match by_person.iter_mut().find(|(p, _)| p.email.eq_ignore_ascii_case(&a.email)) {
                Some((_, list)) => list.push(i),
                None => by_person.push((a.clone(), vec![i])),
            }
        }
    }
    by_person
        .into_iter()
        .map(|(to, list)| {
            let hash = crate::config::stable_hash(&to.email.to_lowercase());
            if let [one] = list.as_slice() {
                let r = &reminders[*one];
                return Mail {
                    to,
                    subject: r.subject.clone(),
                    text: r.text.clone(),
                    reminders: list,
                    key: format!("reminder.{}.{}.{}.{hash:x}", r.ls_id, r.body_id, r.slot),
                };
            }
            let mut text = format!(
                "Dear {},\n\nliaise has {} reminders for you today; here they are in one message, one after the other.\n",
                to.name,
                list.len()
            );
            for (n, i) in list.iter().enumerate() {
                let r = &reminders[*i];
                text.push_str(&format!("\n===== {} of {}: {} =====\n\n{}", n + 1, list.len(), r.subject, r.text));
            }
            let numbers: Vec<String> = list
                .iter()
                .map(|i| reminders[*i].doc_number.clone().unwrap_or_else(|| reminders[*i].body.clone()))
                .collect();
            Mail {
                subject: format!("{} liaison reminders for {}: {}", list.len(), as_of, numbers.join(", ")),
                to,
                text,
                reminders: list,
                key: format!("digest.{as_of}.{hash:x}"),
            }
        })
        .collect()
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    smtp: &SmtpConfig,
    mail: &Mail,
) -> std::result::Result<(), String> {
    let from: Mailbox = smtp.from.parse().map_err(|e| format!("the sender {:?} is not an address: {e}", smtp.from))?;
    // A stable Message-ID: a retry after a failure is the same message, and replies thread to it.
    let message_id = format!("<{}@{}>", mail.key, smtp.domain());
    // Built from its parts: a name with "<" or quotes in it is quoted, not parsed.
    let address: lettre::Address =
        mail.to.email.trim().parse().map_err(|e| format!("{:?} is not an address: {e}", mail.to.email))?;
    let mut m = Message::builder()
        .from(from)
        .subject(mail.subject.clone())
        .message_id(Some(message_id))
        .to(Mailbox::new(Some(mail.to.name.clone()), address));
    for cc in &smtp.cc {
        m = m.cc(cc.parse().map_err(|e| format!("cc {cc:?} is not an address: {e}"))?);
    }
    if let Some(rt) = &smtp.reply_to {
        m = m.reply_to(rt.parse().map_err(|e| format!("reply_to {rt:?} is not an address: {e}"))?);
    }
    let message = m
        .header(ContentType::TEXT_PLAIN)
        .body(mail.text.clone())
        .map_err(|e| format!("the message could not be built: {e}"))?;
    transport.send(message).await.map(|_| ()).map_err(|e| format!("the SMTP server refused it: {e}"))
}

/// Sends a test message through the configured SMTP server to `to`: the settings page's
/// button, to see that reminders would reach people before a deadline depends on it.
pub async fn send_test(smtp: &SmtpConfig, to: &str, group: &str) -> Result<()> {
    if !plausible_address(to) {
        return Err(AppError::Invalid(format!("{to:?} is not an e-mail address")));
    }
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url)
        .map_err(|e| {
            AppError::Invalid(format!("the SMTP URL {:?} is not usable: {e}", liaise_store::redact(&smtp.url)))
        })?
        .timeout(Some(std::time::Duration::from_secs(30)))
        .build();
    // A Message-ID of its own each time: a test is no retry of an earlier one.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let mail = Mail {
        key: format!("test-{nanos:x}"),
        reminders: Vec::new(),
        to: Address { name: String::new(), email: to.to_string(), why: "test".into() },
        subject: format!("liaise: a test message for {group}"),
        text: format!(
            "This message was sent from the settings of liaise for {group}, to see that its reminders reach\npeople through {}.\n",
            liaise_store::redact(&smtp.url)
        ),
    };
    send(&transport, smtp, &mail).await.map_err(AppError::Invalid)
}

/// Sends the reminders due on `as_of` (or, for a dry run, says which it would send).
pub async fn remind(store: &Store, o: &RemindOptions<'_>, who: &Who) -> Result<RemindReport> {
    let templates = Templates::load(o.reminders.templates.as_deref())?;
    let schedule = o.reminders.schedule();
    let transport = match (o.dry_run, o.smtp) {
        (true, _) => None,
        (false, Some(smtp)) => Some(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url)
                .map_err(|e| AppError::Invalid(format!("the SMTP URL {:?} is not usable: {e}", smtp.url)))?
                .timeout(Some(std::time::Duration::from_secs(30)))
                .build(),
        ),
        (false, None) => {
            return Err(AppError::Invalid(
                "no SMTP server is configured: set [smtp] url and from in the configuration file, or LIAISE_SMTP_URL and \
                 LIAISE_SMTP_FROM; `liaise remind --dry-run` shows what would be sent"
                    .into(),
            ));
        }
    };
    let report_due =
        due(store, &DueOptions { as_of: o.as_of, within_days: None, overdue_only: false, body: None }).await?;
    let mut report = RemindReport { as_of: Some(o.as_of), dry_run: o.dry_run, ..RemindReport::default() };
    let mut replies = HashMap::new();
    // Every claimed slot in one query, not one per body and statement (issue 9, item 15).
    let all_claimed = store.all_claimed_slots().await?;
    let mut due_now: Vec<(Option<i64>, Reminder)> = Vec::new();
    for item in report_due.items.iter().filter(|i| i.deadline.is_some()) {
        let Some(deadline) = item.deadline else { continue };
        let claimed: Vec<Slot> = all_claimed
            .get(&(item.ls_id, item.body_id))
            .map(|k| k.iter().filter_map(|k| Slot::parse(k)).collect())
            .unwrap_or_default();
        let Some(slot) = schedule.due_slot(deadline, o.as_of, &claimed) else { continue };
        if item.chase.is_empty() {
            report.no_address.push((item.doc_number.clone(), item.body.clone()));
            continue;
        }
        let reply = reply_to(store, item.ls_id, &mut replies).await?;
        let (subject, text) = render(&templates, item, slot, &reply, &o.reminders.signature, o.as_of)?;
        let reminder = Reminder {
            ls_id: item.ls_id,
            doc_number: item.doc_number.clone(),
            body_id: item.body_id,
            body: item.body.clone(),
            slot: slot.key(),
            to: item.chase.clone(),
            subject,
            text,
        };
        if transport.is_none() {
            due_now.push((None, reminder));
            continue;
        }
        // Claimed before anything is sent, so that an overlapping run sends none of these.
        let recipients: Vec<String> = reminder.to.iter().map(display).collect();
        match store
            .claim_reminder(item.ls_id, item.body_id, &reminder.slot, &recipients, &reminder.subject, who)
            .await?
        {
            Some(claim) => due_now.push((Some(claim), reminder)),
            None => report.already_claimed += 1,
        }
    }
    let reminders: Vec<Reminder> = due_now.iter().map(|(_, r)| r.clone()).collect();
    let mails = mails(&reminders, o.as_of);
    report.messages = mails.len();
    let (Some(transport), Some(smtp)) = (&transport, o.smtp) else {
        report.sent = reminders;
        return Ok(report);
    };
    // A reminder went out when every message that carries it did.
    let mut errors: Vec<Option<String>> = vec![None; reminders.len()];
    for mail in &mails {
        if let Err(e) = send(transport, smtp, mail).await {
            for i in &mail.reminders {
                errors[*i].get_or_insert_with(|| format!("to {}: {e}", mail.to.email));
            }
        }
    }
    for ((claim, reminder), error) in due_now.into_iter().zip(errors) {
        let outcome = match error {
            None => Ok(()),
            Some(e) => Err(e),
        };
        if let Some(claim) = claim {
            store.finish_reminder(claim, outcome.clone(), who).await?;
        }
        match outcome {
            Ok(()) => report.sent.push(reminder),
            Err(e) => report.failed.push((reminder, e)),
        }
    }
    Ok(report)
}

/// Whether a text is one e-mail address and nothing else: an address that is none fails every
/// reminder later (issue 9, item 14), so it is refused when given.
pub fn plausible_address(s: &str) -> bool {
    let s = s.trim();
    liaise_read::common::find_email(s).as_deref() == Some(s)
}
