//! One module per command group; each turns arguments into application calls and prints.

mod bodies;
mod catalogue;
mod demo;
mod import;
mod ls;
mod meetings;
mod review;
mod search;
mod service;
mod track;

use crate::cli::{Cli, Command};
use anyhow::Context;
use liaise_store::{Access, Store};
use std::process::ExitCode;

/// What the command of this run does with the database, set once by `run` before any command
/// opens it: one switch here instead of an argument through every command function.
static ACCESS: std::sync::OnceLock<Access> = std::sync::OnceLock::new();

pub async fn open(db: &str) -> anyhow::Result<Store> {
    let access = ACCESS.get().copied().unwrap_or(Access::Write);
    match Store::open_as(db, access).await {
        Ok(store) => Ok(store),
        // The error names the database already, without its password.
        Err(e @ liaise_store::StoreError::Connect { .. }) => Err(e.into()),
        Err(e) => Err(e).with_context(|| format!("cannot open the database {}", liaise_store::redact(db))),
    }
}

/// Whether a command only reads the database (it then works on a file it may not write).
fn access(cmd: &Command) -> Access {
    use crate::cli::{
        ActionsCommand as A, BodiesCommand as B, CatalogueCommand as C, GapsCommand as G, LsCommand as L,
        RapporteursCommand as R, RepliesCommand as P, ReviewCommand as V, TopicsCommand as T,
    };
    let read = match cmd {
        Command::Ls(c) => matches!(
            c,
            L::List(_)
                | L::Export(_)
                | L::File(_)
                | L::Show(_)
                | L::History(_)
                | L::Reply(_)
                | L::Docx(_)
                | L::Deliveries(_)
        ),
        Command::Review(a) => matches!(a.command, None | Some(V::Show(_))),
        Command::Bodies(c) => matches!(c, B::List(_) | B::Show(_)),
        Command::Due(_) | Command::Calendar(_) | Command::Roadmap(_) | Command::Backup(_) | Command::Migrate(_) => true,
        Command::Actions(c) => matches!(c, A::List(_) | A::History(_)),
        Command::Replies(c) => matches!(c, P::Unmatched(_)),
        Command::Rapporteurs(c) => matches!(c, R::List(_)),
        Command::Meetings(c) => matches!(
            c,
            crate::cli::MeetingsCommand::List(_)
                | crate::cli::MeetingsCommand::Show(_)
                | crate::cli::MeetingsCommand::Document(_)
        ),
        Command::Remind(a) => a.dry_run,
        Command::Catalogue(c) => matches!(c, C::List(_) | C::Show(_) | C::Export(_) | C::Proposals(_)),
        Command::Topics(c) => matches!(c, T::List(_)),
        Command::Gaps(c) => matches!(c, G::List(_)),
        Command::Users(c) => matches!(c, crate::cli::UsersCommand::List(_) | crate::cli::UsersCommand::Tokens(_)),
        _ => false,
    };
    if matches!(cmd, Command::Serve(_)) {
        return Access::Serve;
    }
    if read { Access::Read } else { Access::Write }
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let _ = ACCESS.set(access(&cli.command));
    match cli.command {
        Command::Import(args) => import::run(&cli.db, args).await,
        Command::Ls(cmd) => ls::run(&cli.db, cli.config.as_deref(), cmd).await,
        Command::Review(args) => review::run(&cli.db, args).await,
        Command::Fetch(args) => import::fetch(&cli.db, args).await,
        Command::Bodies(cmd) => bodies::run(&cli.db, cmd).await,
        Command::Serve(args) => serve(&cli.db, cli.config.as_deref(), args).await,
        Command::Users(cmd) => users(&cli.db, cmd).await,
        Command::Demo(args) => demo::run(crate::cli::database_given().then_some(cli.db.as_str()), args).await,
        Command::Due(args) => track::due(&cli.db, args).await,
        Command::Actions(cmd) => track::actions(&cli.db, cmd).await,
        Command::Replies(cmd) => track::replies(&cli.db, cmd).await,
        Command::Rapporteurs(cmd) => track::rapporteurs(&cli.db, cmd).await,
        Command::Meetings(cmd) => meetings::run(&cli.db, cmd).await,
        Command::Remind(args) => track::remind(&cli.db, cli.config.as_deref(), args).await,
        Command::Calendar(args) => track::calendar(&cli.db, args).await,
        Command::Group(args) => track::group(&cli.db, args).await,
        Command::Config(args) => track::config(cli.config.as_deref(), args),
        Command::Catalogue(cmd) => catalogue::catalogue(&cli.db, cmd).await,
        Command::Topics(cmd) => catalogue::topics(&cli.db, cmd).await,
        Command::Gaps(cmd) => catalogue::gaps(&cli.db, cmd).await,
        Command::Roadmap(args) => catalogue::roadmap(&cli.db, args).await,
        Command::Search(args) => search::search(&cli.db, args).await,
        Command::Reindex(args) => search::reindex(&cli.db, args).await,
        Command::Backup(args) => service::backup(&cli.db, args).await,
        Command::Restore(args) => service::restore(&cli.db, args).await,
        Command::Migrate(args) => service::migrate(&cli.db, args).await,
        Command::Setup(args) => service::setup(&cli.db, cli.config.as_deref(), args).await,
        Command::Doctor(args) => service::doctor(&cli.db, cli.config.as_deref(), args).await,
    }
}

/// A command line that asks for something impossible (a date that is none, an unknown state):
/// exit status 2, kind "usage", like the errors clap finds itself.
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// A usage error, for `?` and `return Err(...)`.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Usage(message.into()))
}

/// The day to evaluate as today: `--as-of`, else the clock.
pub fn as_of(given: Option<&str>) -> anyhow::Result<chrono::NaiveDate> {
    match given {
        Some(d) => date_arg("--as-of", d),
        None => Ok(liaise_app::today()?),
    }
}

/// Parses a time span given on the command line: 90s, 10m, 2h, or seconds.
pub fn every_arg(name: &str, value: &str) -> anyhow::Result<std::time::Duration> {
    let v = value.trim();
    let (n, unit) = v.find(|c: char| !c.is_ascii_digit()).map_or((v, "s"), |i| v.split_at(i));
    let n: u64 = n.parse().map_err(|_| usage(format!("{name}: {value:?} is not a time (90s, 10m, 1h)")))?;
    let secs = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => return Err(usage(format!("{name}: {value:?} is not a time (90s, 10m, 1h)"))),
    };
    if secs == 0 || secs > 7 * 24 * 3600 {
        return Err(usage(format!("{name}: from 1s to 168h")));
    }
    Ok(std::time::Duration::from_secs(secs))
}

/// Parses a date given on the command line, with a message that says what is wanted.
pub fn date_arg(name: &str, value: &str) -> anyhow::Result<chrono::NaiveDate> {
    liaise_core::date::parse_date_strict(value)
        .ok_or_else(|| usage(format!("{name}: {value:?} is not a date (write it as 2023-06-30 or 30 June 2023)")))
}

/// `liaise serve`: the server on the database, until SIGTERM or Ctrl-C; requests in flight
/// are finished first.
async fn serve(db: &str, config: Option<&std::path::Path>, args: crate::cli::ServeArgs) -> anyhow::Result<ExitCode> {
    let every = every_arg("--remind-every", &args.remind_every)?;
    let cfg = liaise_app::config::load(config)?;
    let reminders = match (&cfg.smtp, args.no_reminders) {
        (Some(_), false) => Some(liaise_server::jobs::Reminders { config: cfg.clone(), every }),
        (None, false) => {
            eprintln!("reminders: not sent by this server, SMTP is not configured (see liaise config --example)");
            None
        }
        (_, true) => None,
    };
    // Every option is checked before the server says it serves.
    let backups = match &args.backup_dir {
        Some(dir) => {
            let every = every_arg("--backup-every", &args.backup_every)?;
            if args.backup_keep == 0 {
                return Err(usage("--backup-keep: at least 1"));
            }
            std::fs::create_dir_all(dir).with_context(|| format!("cannot make the backup folder {}", dir.display()))?;
            Some(liaise_server::jobs::Backups { dir: dir.clone(), every, keep: args.backup_keep })
        }
        None => None,
    };
    let store = open(db).await?;
    let listener = liaise_server::bind(args.bind).await.with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr = listener.local_addr().with_context(|| format!("cannot listen on {}", args.bind))?;
    if args.json {
        println!("{}", serde_json::json!({ "bind": addr.to_string(), "database": liaise_store::redact(db) }));
    } else {
        eprintln!("liaise serves http://{addr} on {}", liaise_store::redact(db));
    }
    let options = liaise_server::ServeOptions {
        reminders,
        secure_cookies: args.secure_cookies,
        metrics_token: cfg.server.metrics_token.clone(),
        behind_proxy: args.behind_proxy,
        config: Some(cfg),
        backups,
    };
    liaise_server::serve(store.clone(), listener, options, liaise_server::shutdown_signal())
        .await
        .with_context(|| format!("serving on {addr}"))?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// `liaise users`: the server's accounts and tokens.
async fn users(db: &str, cmd: crate::cli::UsersCommand) -> anyhow::Result<ExitCode> {
    use crate::cli::UsersCommand as U;
    use crate::output;
    use liaise_store::accounts::{Role, Scope};
    let role = |r: &str| {
        Role::parse(r)
            .filter(|r| *r != Role::Public)
            .ok_or_else(|| usage(format!("--role {r:?}: admin, secretariat, member or rapporteur")))
    };
    let store = open(db).await?;
    let who = liaise_app::who()?;
    let line = |u: &liaise_store::accounts::User| {
        format!("{} ({}{})", u.login, u.role.as_str(), if u.disabled { ", disabled" } else { "" })
    };
    match cmd {
        U::Add(a) => {
            let u = store
                .add_user(&a.login, role(&a.role)?, a.name.as_deref(), a.email.as_deref(), a.body.as_deref(), &who)
                .await?;
            output::done(a.json, serde_json::to_value(&u)?, format!("added {}", line(&u)))?;
        }
        U::List(a) => {
            let all = store.users().await?;
            let reg = store.shared_registry().await?;
            if a.json {
                output::json(&all)?;
            } else if all.is_empty() {
                println!("No accounts yet: liaise users add LOGIN --role secretariat");
            } else {
                let rows: Vec<Vec<String>> = all
                    .iter()
                    .map(|u| {
                        vec![
                            u.login.clone(),
                            u.role.as_str().to_string(),
                            output::or_dash(u.name.as_deref()),
                            output::or_dash(u.body_id.and_then(|b| reg.canonical(b))),
                            if u.disabled { "disabled" } else { "" }.to_string(),
                        ]
                    })
                    .collect();
                output::table(&["LOGIN", "ROLE", "NAME", "BODY", ""], &rows, 40);
            }
        }
        U::SetRole(a) => {
            let u = store.set_user(&a.login, Some(role(&a.role)?), None, &who).await?;
            output::done(a.json, serde_json::to_value(&u)?, line(&u))?;
        }
        U::Disable(a) => {
            let u = store.set_user(&a.login, None, Some(true), &who).await?;
            output::done(a.json, serde_json::to_value(&u)?, line(&u))?;
        }
        U::Enable(a) => {
            let u = store.set_user(&a.login, None, Some(false), &who).await?;
            output::done(a.json, serde_json::to_value(&u)?, line(&u))?;
        }
        U::Password(a) => {
            // From standard input, so that the password is in no shell history or process list.
            if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                eprintln!("Type the password for {} and press Enter (it is shown as you type):", a.login);
            }
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
            let password = line.trim_end_matches(['\n', '\r']);
            if password.is_empty() {
                return Err(usage("no password on standard input: echo PASSWORD | liaise users password LOGIN"));
            }
            store.set_password(&a.login, password, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "login": a.login, "password_set": true }),
                format!("password set for {}; their open sessions ended", a.login),
            )?;
        }
        U::Token(a) => {
            let scope = Scope::parse(&a.scope).ok_or_else(|| usage(format!("--scope {:?}: read or write", a.scope)))?;
            let (id, token) = store.create_token(&a.login, scope, a.label.as_deref(), &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": id, "token": token, "scope": scope }),
                format!("token {id} for {} ({}): {token}\n(shown once: keep it now)", a.login, scope.as_str()),
            )?;
        }
        U::Tokens(a) => {
            let all = store.tokens().await?;
            if a.json {
                output::json(&all)?;
            } else {
                let rows: Vec<Vec<String>> = all
                    .iter()
                    .map(|t| {
                        vec![
                            t.id.to_string(),
                            t.login.clone(),
                            t.scope.as_str().to_string(),
                            output::or_dash(t.last_used_at.as_deref()),
                            output::or_dash(t.revoked_at.as_deref()),
                            output::or_dash(t.label.as_deref()),
                        ]
                    })
                    .collect();
                output::table(&["ID", "LOGIN", "SCOPE", "LAST USED", "REVOKED", "LABEL"], &rows, 40);
            }
        }
        U::Revoke(a) => {
            store.revoke_token(a.id, &who).await?;
            output::done(
                a.json,
                serde_json::json!({ "id": a.id, "revoked": true }),
                format!("token {} revoked", a.id),
            )?;
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
