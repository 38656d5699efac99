//! `liaise setup`: a group's first run. Makes the database, sets the group, makes the first
//! admin with a password, and writes the configuration (public URL, SMTP, a metrics token).

use crate::config::{self, Config};
use crate::{AppError, Result};
use liaise_store::accounts::Role;
use liaise_store::{Store, Who};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What a person (or a script) gave `setup`.
#[derive(Debug, Clone)]
pub struct Plan {
    pub group: String,
    pub admin: String,
    pub password: String,
    pub public_url: Option<String>,
    pub smtp_url: Option<String>,
    pub smtp_from: Option<String>,
    pub config_path: PathBuf,
    /// Replace an existing configuration file and reset an existing admin's password.
    pub force: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub database: String,
    pub group: String,
    pub admin: String,
    /// The admin account existed and got the new password.
    pub admin_existed: bool,
    pub config: PathBuf,
    pub config_replaced: bool,
    pub smtp: bool,
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The configuration file `setup` writes: what was given, and the rest as comments.
pub fn config_text(plan: &Plan, metrics_token: &str) -> String {
    let mut t = String::from(
        "# liaise configuration, written by `liaise setup`. `liaise config --example` shows every setting.\n\n",
    );
    t.push_str("[server]\n");
    match &plan.public_url {
        Some(u) => t.push_str(&format!("public_url = {}\n", toml_string(u))),
        None => t.push_str("# public_url = \"https://liaise.example.org\"\n"),
    }
    t.push_str("# /metrics asks for this token (Authorization: Bearer ...).\n");
    t.push_str(&format!("metrics_token = {}\n\n", toml_string(metrics_token)));
    match (&plan.smtp_url, &plan.smtp_from) {
        (Some(url), Some(from)) => {
            t.push_str("[smtp]\n");
            t.push_str(&format!("url = {}\nfrom = {}\n\n", toml_string(url), toml_string(from)));
        }
        _ => t.push_str(
            "# [smtp]\n# url = \"smtps://USER:PASSWORD@mail.example.org\"\n# from = \"Secretariat <secretariat@example.org>\"\n\n",
        ),
    }
    t.push_str("[reminders]\n# days_before = [14, 7, 3, 1, 0]\n# weekly_after_weeks = 8\n");
    t.push_str(&format!("signature = {}\n", toml_string(&format!("The {} secretariat", plan.group))));
    t
}

/// Checks what can be checked before anything is written.
fn validate(plan: &Plan) -> Result<()> {
    let min = liaise_store::accounts::MIN_PASSWORD_CHARS;
    if plan.password.chars().count() < min {
        return Err(AppError::Invalid(format!("the admin's password has at least {min} characters")));
    }
    if let Some(u) = &plan.public_url
        && !(u.starts_with("https://") || u.starts_with("http://"))
    {
        return Err(AppError::Invalid(format!(
            "--public-url {u:?}: an http(s):// address, e.g. https://liaise.example.org"
        )));
    }
    match (&plan.smtp_url, &plan.smtp_from) {
        (Some(url), Some(from)) => {
            use lettre::{AsyncSmtpTransport, Tokio1Executor};
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| {
                AppError::Invalid(format!(
                    "--smtp-url {}: {e} (smtp://HOST:PORT, smtps://USER:PASSWORD@HOST)",
                    liaise_store::redact(url)
                ))
            })?;
            if !crate::remind::plausible_address(from.rsplit('<').next().unwrap_or(from).trim_end_matches('>')) {
                return Err(AppError::Invalid(format!(
                    "--smtp-from {from:?}: an address, e.g. \"Secretariat <sec@example.org>\""
                )));
            }
        }
        (Some(_), None) => {
            return Err(AppError::Invalid("--smtp-url needs --smtp-from (the sender of reminders)".into()));
        }
        (None, Some(_)) => return Err(AppError::Invalid("--smtp-from needs --smtp-url".into())),
        (None, None) => {}
    }
    if plan.config_path.exists() && !plan.force {
        return Err(AppError::Invalid(format!(
            "{} exists: liaise is set up already (give --force to replace that file; liaise doctor checks it)",
            plan.config_path.display()
        )));
    }
    // The file must parse as what `load` reads.
    config::parse(&config_text(plan, "x"), "the configuration setup writes")?;
    Ok(())
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> AppError + '_ {
    move |error| AppError::Io { path: path.display().to_string(), error }
}

/// Writes a file only its owner reads (it holds the SMTP password and the metrics token),
/// whole or not at all.
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    let part = PathBuf::from(format!("{}.part-{}", path.display(), std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&part)
        .map_err(io(&part))?;
    f.write_all(text.as_bytes()).map_err(io(&part))?;
    f.sync_all().map_err(io(&part))?;
    std::fs::rename(&part, path).map_err(io(path))
}

pub async fn setup(database: &str, plan: &Plan, who: &Who) -> Result<Report> {
    validate(plan)?;
    // A SQLite file this setup creates is removed again when setup is refused: a refused
    // group name left an empty database behind, which the next setup then took as a real one.
    let new_file = liaise_store::sqlite_file(database)?.filter(|f| !Path::new(f).exists());
    let store = Store::open(database).await?;
    let result = fill(&store, database, plan, who).await;
    store.close().await;
    if let (Err(_), Some(file)) = (&result, new_file) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(format!("{file}{suffix}"));
        }
    }
    result
}

/// The group, the admin and the configuration, into a database `setup` opened.
async fn fill(store: &Store, database: &str, plan: &Plan, who: &Who) -> Result<Report> {
    store.set_home(&plan.group, who).await.map_err(|e| match e {
        liaise_store::StoreError::NotFound(_) => AppError::Invalid(format!(
            "--group {:?}: no body of the registry has that name (see liaise bodies list; add yours with liaise bodies add NAME first)",
            plan.group
        )),
        e => e.into(),
    })?;
    let group = store.shared_registry().await?.lookup(&plan.group).map_or(plan.group.clone(), |b| b.canonical.clone());
    let existed = match store.user(&plan.admin).await {
        Ok(u) if !plan.force => {
            return Err(AppError::Invalid(format!(
                "the account {:?} exists already ({}); give --force to make it an admin with the new password",
                u.login,
                u.role.as_str()
            )));
        }
        Ok(_) => {
            store.set_user(&plan.admin, Some(Role::Admin), Some(false), who).await?;
            true
        }
        Err(liaise_store::StoreError::NotFound(_)) => {
            store.add_user(&plan.admin, Role::Admin, None, None, None, who).await?;
            false
        }
        Err(e) => return Err(e.into()),
    };
    store.set_password(&plan.admin, &plan.password, who).await?;
    let replaced = plan.config_path.exists();
    write_private(&plan.config_path, &config_text(plan, &liaise_store::accounts::random_hex()?))?;
    Ok(Report {
        database: liaise_store::redact(database),
        group,
        admin: plan.admin.clone(),
        admin_existed: existed,
        config: plan.config_path.clone(),
        config_replaced: replaced,
        smtp: plan.smtp_url.is_some(),
    })
}

/// Where `setup` writes the configuration when no --config names it.
pub fn default_config_path() -> Option<PathBuf> {
    config::default_path()
}

/// The configuration as `doctor` and `serve` will read it.
pub fn load(path: &Path) -> std::result::Result<Config, String> {
    config::load(Some(path)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan {
            group: "ITU-T FG-MV".into(),
            admin: "ana".into(),
            password: "x".repeat(12),
            public_url: Some("https://liaise.example.org".into()),
            smtp_url: Some("smtps://u:p\"w@mail.example.org".into()),
            smtp_from: Some("FG-MV <fgmv@example.org>".into()),
            config_path: PathBuf::from("/nonexistent/liaise/config.toml"),
            force: false,
        }
    }

    #[test]
    fn the_written_configuration_reads_back_with_what_was_given() {
        let p = plan();
        let c = config::parse(&config_text(&p, "tok\"en"), "setup").expect("it parses");
        assert_eq!(c.server.public_url.as_deref(), Some("https://liaise.example.org"));
        assert_eq!(c.server.metrics_token.as_deref(), Some("tok\"en"));
        assert_eq!(c.smtp.as_ref().map(|s| s.url.as_str()), Some("smtps://u:p\"w@mail.example.org"));
        assert_eq!(c.reminders.signature, "The ITU-T FG-MV secretariat");
    }

    #[test]
    fn half_an_smtp_setting_or_a_bad_url_is_refused_before_anything_is_written() {
        let mut p = plan();
        p.smtp_from = None;
        assert!(validate(&p).is_err());
        let mut p = plan();
        p.public_url = Some("liaise.example.org".into());
        assert!(validate(&p).expect_err("refused").to_string().contains("http(s)://"));
        let mut p = plan();
        p.smtp_from = Some("nobody".into());
        assert!(validate(&p).is_err());
        assert!(validate(&plan()).is_ok());
    }
}
