//! Settings from a TOML file and the environment: the SMTP server for reminders, the reminder
//! schedule and the folder of message templates a secretariat may change.
//!
//! The file is `$XDG_CONFIG_HOME/liaise/config.toml` (usually `~/.config/liaise/config.toml`),
//! or the one `--config` / `LIAISE_CONFIG` names. Every setting has a default; a missing file is
//! no error, a file that cannot be read or parsed is. The environment overrides the file:
//! `LIAISE_SMTP_URL`, `LIAISE_SMTP_FROM`, `LIAISE_SMTP_REPLY_TO`, `LIAISE_METRICS_TOKEN`.

use crate::{AppError, Result};
use liaise_core::track::Schedule;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// An example file, printed by `liaise config --example`.
pub const EXAMPLE: &str = r#"# liaise configuration: ~/.config/liaise/config.toml

[smtp]
# smtp://HOST:PORT (no TLS), smtp://HOST:587?tls=required (STARTTLS), smtps://HOST:465 (TLS).
# User and password go in the URL: smtps://USER:PASSWORD@mail.example.org
url = "smtps://user:password@mail.example.org"
from = "FG-MV secretariat <fgmv-secretariat@example.org>"
# reply_to = "fgmv-secretariat@example.org"
# cc = ["tsb-fgmv@example.org"]

[reminders]
# Days before the deadline a reminder goes out (0 is the deadline itself) ...
days_before = [14, 7, 3, 1, 0]
# ... then once a week while overdue, for at most this many weeks.
weekly_after_weeks = 8
# A folder with reminder-subject.txt and reminder.txt (minijinja templates) replacing the
# built-in texts; `liaise config --templates` prints them as a starting point.
# templates = "/home/secretariat/liaise-templates"
# The name signing reminders.
signature = "The FG-MV secretariat"

[server]
# The address members open; `liaise doctor` checks that it answers over TLS.
public_url = "https://liaise.example.org"
# /metrics asks for this token (Authorization: Bearer ...); without one, only this machine may
# read it. LIAISE_METRICS_TOKEN overrides it.
# metrics_token = "a long random string"
"#;

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub smtp: Option<SmtpConfig>,
    #[serde(default)]
    pub reminders: ReminderConfig,
    #[serde(default)]
    pub server: ServerConfig,
}

/// How the server is reached and watched.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    /// The address members use (https://liaise.example.org): links in messages, and what
    /// `liaise doctor` checks.
    pub public_url: Option<String>,
    /// The token `/metrics` asks for (Authorization: Bearer ...); without one, only loopback
    /// reads the metrics. `LIAISE_METRICS_TOKEN` overrides it.
    pub metrics_token: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub url: String,
    pub from: String,
    pub reply_to: Option<String>,
    #[serde(default)]
    pub cc: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ReminderConfig {
    pub days_before: Vec<u32>,
    pub weekly_after_weeks: u32,
    pub templates: Option<PathBuf>,
    pub signature: String,
}

impl SmtpConfig {
    /// The domain of the sender's address, for the Message-IDs of what is sent.
    pub fn domain(&self) -> &str {
        self.from
            .rsplit('@')
            .next()
            .map(|d| d.trim_end_matches('>'))
            .filter(|d| !d.is_empty())
            .unwrap_or("liaise.invalid")
    }
}

/// A stable 64-bit hash (FNV-1a) of a text: the same reminder or statement to the same person
/// gives the same Message-ID in every run.
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl Default for ReminderConfig {
    fn default() -> ReminderConfig {
        let s = Schedule::default();
        ReminderConfig {
            days_before: s.days_before,
            weekly_after_weeks: s.weekly_after_weeks,
            templates: None,
            signature: "The secretariat".to_string(),
        }
    }
}

impl ReminderConfig {
    pub fn schedule(&self) -> Schedule {
        Schedule { days_before: self.days_before.clone(), weekly_after_weeks: self.weekly_after_weeks }
    }
}

/// Where the configuration file is looked for when none is named.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("liaise").join("config.toml"))
}

/// Parses a configuration text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<Config> {
    toml::from_str(text).map_err(|e| AppError::Invalid(format!("{origin}: {e}")))
}

/// Reads the configuration: the file named, else the default file if it exists, then the
/// environment on top.
pub fn load(named: Option<&Path>) -> Result<Config> {
    let mut config = match named {
        Some(p) => read(p)?,
        None => match default_path().filter(|p| p.exists()) {
            Some(p) => read(&p)?,
            None => Config::default(),
        },
    };
    apply_env(&mut config, |k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))?;
    Ok(config)
}

fn read(path: &Path) -> Result<Config> {
    let text =
        std::fs::read_to_string(path).map_err(|error| AppError::Io { path: path.display().to_string(), error })?;
    parse(&text, &path.display().to_string())
}

/// Lets the environment override the file (given as a lookup, so tests need not touch the
/// process environment).
pub fn apply_env(config: &mut Config, var: impl Fn(&str) -> Option<String>) -> Result<()> {
    let url = var("LIAISE_SMTP_URL");
    let from = var("LIAISE_SMTP_FROM");
    match (&mut config.smtp, url, from) {
        (Some(smtp), url, from) => {
            if let Some(u) = url {
                smtp.url = u;
            }
            if let Some(f) = from {
                smtp.from = f;
            }
        }
        (None, Some(url), Some(from)) => config.smtp = Some(SmtpConfig { url, from, reply_to: None, cc: Vec::new() }),
        (None, Some(_), None) => {
            return Err(AppError::Invalid(
                "LIAISE_SMTP_URL is set but no sender: set LIAISE_SMTP_FROM (or [smtp] from in the configuration file)"
                    .into(),
            ));
        }
        (None, None, _) => {}
    }
    if let (Some(smtp), Some(r)) = (&mut config.smtp, var("LIAISE_SMTP_REPLY_TO")) {
        smtp.reply_to = Some(r);
    }
    if let Some(t) = var("LIAISE_METRICS_TOKEN") {
        config.server.metrics_token = Some(t);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses() {
        let c = parse(EXAMPLE, "example").expect("the example is valid");
        assert_eq!(c.reminders.days_before, vec![14, 7, 3, 1, 0]);
        assert_eq!(c.smtp.map(|s| s.from), Some("FG-MV secretariat <fgmv-secretariat@example.org>".to_string()));
    }

    #[test]
    fn defaults_and_errors() {
        assert_eq!(parse("", "empty").expect("empty is valid"), Config::default());
        let e = parse("[reminders]\ndays_befor = [1]\n", "x.toml").expect_err("a typo is an error");
        assert!(e.to_string().contains("x.toml") && e.to_string().contains("days_befor"), "{e}");
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let mut c = Config::default();
        let env = |k: &str| match k {
            "LIAISE_SMTP_URL" => Some("smtp://127.0.0.1:2525".to_string()),
            "LIAISE_SMTP_FROM" => Some("sec@example.org".to_string()),
            _ => None,
        };
        apply_env(&mut c, env).expect("complete");
        assert_eq!(c.smtp.as_ref().map(|s| s.url.as_str()), Some("smtp://127.0.0.1:2525"));
        let mut c = Config::default();
        let half = |k: &str| (k == "LIAISE_SMTP_URL").then(|| "smtp://x".to_string());
        assert!(apply_env(&mut c, half).is_err());
    }
}
