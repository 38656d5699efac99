//! `liaise doctor`: checks a deployment (configuration, database, group, an admin who can log
//! in, SMTP, the converters, the public URL's TLS, disk space) and says what to fix.
//!
//! Each check is independent: one that fails does not hide the others.

use crate::config::Config;
use liaise_store::{Inspection, SCHEMA_VERSION, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

/// One thing checked, what was found, and what to do about it.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

fn check(name: &'static str, status: Status, detail: impl Into<String>, fix: Option<String>) -> Check {
    Check { name, status, detail: detail.into(), fix }
}

/// How long a check of a server (SMTP, the public URL) may take.
const NETWORK: Duration = Duration::from_secs(10);

/// What `doctor` checks with: the database, the configuration as loaded (or why it could not
/// be), and where it was read from.
pub struct Deployment<'a> {
    pub database: &'a str,
    pub config: Result<Config, String>,
    pub config_path: Option<PathBuf>,
}

pub async fn doctor(d: &Deployment<'_>) -> Vec<Check> {
    let mut out = Vec::new();
    out.push(match (&d.config, &d.config_path) {
        (Ok(_), Some(p)) if p.exists() => check("configuration", Status::Ok, format!("read {}", p.display()), None),
        (Ok(_), _) => check(
            "configuration",
            Status::Warn,
            "no configuration file: every setting has its default (no SMTP, no public URL)",
            Some("liaise setup writes one; liaise config --example shows every setting".into()),
        ),
        (Err(e), _) => check(
            "configuration",
            Status::Fail,
            e.clone(),
            Some("correct the file, or run liaise setup --force".into()),
        ),
    });
    let inspection = Store::inspect(d.database).await;
    let set_up = d.config_path.as_ref().is_some_and(|p| p.exists());
    out.extend(database_checks(d.database, &inspection, set_up));
    let file = d.config_path.as_ref().map_or("the configuration file".to_string(), |p| p.display().to_string());
    let config = match &d.config {
        Ok(c) => Some(c),
        Err(_) => {
            // What the file says is unknown: its settings are not checked against defaults.
            for name in ["smtp", "public_url"] {
                out.push(check(name, Status::Warn, "not checked: the configuration could not be read", None));
            }
            None
        }
    };
    if config.is_some() {
        out.push(smtp_check(config, &file).await);
    }
    out.push(program_check("pdftotext", &["-v"], "PDF statements cannot be read", "poppler-utils"));
    out.push(program_check(
        "soffice",
        &["--version"],
        ".doc, .odt and RTF statements cannot be read",
        "libreoffice-writer-nogui",
    ));
    if config.is_some() {
        out.push(public_url_check(config.and_then(|c| c.server.public_url.as_deref()), &file).await);
    }
    out.push(disk_check(d.database));
    out
}

fn database_checks(given: &str, found: &liaise_store::Result<Inspection>, set_up: bool) -> Vec<Check> {
    let target = liaise_store::redact(given);
    let i = match found {
        Ok(i) => i,
        Err(e) => {
            return vec![check(
                "database",
                Status::Fail,
                e.to_string(),
                Some(
                    "check --db / LIAISE_DATABASE_URL, and that the database server runs and lets this user in".into(),
                ),
            )];
        }
    };
    let mut out = Vec::new();
    match i.schema {
        // After setup a database that is not there is the wrong one (a --db left out).
        _ if !i.exists && set_up => {
            out.push(check(
                "database",
                Status::Fail,
                format!("{target} does not exist, although the configuration does"),
                Some("give the --db (or LIAISE_DATABASE_URL) that liaise setup was given".into()),
            ));
            return out;
        }
        _ if !i.exists => {
            out.push(check(
                "database",
                Status::Warn,
                format!("{target} does not exist yet"),
                Some("liaise setup makes it".into()),
            ));
            return out;
        }
        None => out.push(check(
            "database",
            Status::Warn,
            format!("{target} answers but holds no liaise tables"),
            Some("liaise setup brings it up".into()),
        )),
        Some(v) if v > SCHEMA_VERSION => out.push(check(
            "database",
            Status::Fail,
            format!("{target} is at schema {v}, newer than this liaise (schema {SCHEMA_VERSION})"),
            Some("run the newer liaise that migrated it; an older one refuses it".into()),
        )),
        Some(v) if v < SCHEMA_VERSION => out.push(check(
            "database",
            Status::Warn,
            format!("{target} is at schema {v}; this liaise brings it to {SCHEMA_VERSION} when it next opens it"),
            Some("back it up first: liaise backup -o before-upgrade.jsonl.gz".into()),
        )),
        Some(v) => {
            out.push(check("database", Status::Ok, format!("{target}: schema {v}, {} statements", i.statements), None))
        }
    }
    if i.schema.is_some() {
        out.push(match &i.home {
            Some(g) => check("group", Status::Ok, format!("liaise works for {g}"), None),
            None => check(
                "group",
                Status::Warn,
                "no group is set: every statement counts as incoming",
                Some("liaise setup --group NAME, or liaise group NAME".into()),
            ),
        });
        out.push(if i.admins > 0 {
            check("admin", Status::Ok, format!("{} admin account(s) can log in", i.admins), None)
        } else {
            check(
                "admin",
                Status::Fail,
                "no admin account with a password: nobody can manage the web application",
                Some(
                    "liaise setup --admin LOGIN, or liaise users add LOGIN --role admin && liaise users password LOGIN"
                        .into(),
                ),
            )
        });
    }
    out
}

async fn smtp_check(config: Option<&Config>, file: &str) -> Check {
    use lettre::{AsyncSmtpTransport, Tokio1Executor};
    let Some(smtp) = config.and_then(|c| c.smtp.as_ref()) else {
        return check(
            "smtp",
            Status::Warn,
            "no SMTP server: reminders and statements are not e-mailed",
            Some(format!("add an [smtp] section (url, from) to {file}; liaise config --example shows one")),
        );
    };
    let url = liaise_store::redact(&smtp.url);
    let transport: AsyncSmtpTransport<Tokio1Executor> = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url)
    {
        Ok(t) => t.timeout(Some(NETWORK)).build(),
        Err(e) => {
            return check(
                "smtp",
                Status::Fail,
                format!("the SMTP URL {url} is not usable: {e}"),
                Some("correct [smtp] url".into()),
            );
        }
    };
    match tokio::time::timeout(NETWORK * 2, transport.test_connection()).await {
        Ok(Ok(true)) => check("smtp", Status::Ok, format!("{url} answers"), None),
        Ok(Ok(false)) => check("smtp", Status::Fail, format!("{url} answered but refused the test"), None),
        Ok(Err(e)) => check(
            "smtp",
            Status::Fail,
            format!("{url}: {e}"),
            Some("check the host, port, TLS mode (smtp:// plain, ?tls=required, smtps://) and the password".into()),
        ),
        Err(_) => {
            check("smtp", Status::Fail, format!("{url} did not answer within {} s", (NETWORK * 2).as_secs()), None)
        }
    }
}

fn program_check(program: &'static str, args: &[&str], without: &str, package: &str) -> Check {
    let run = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .output();
    match run {
        Ok(o) => {
            let text = String::from_utf8_lossy(if o.stdout.is_empty() { &o.stderr } else { &o.stdout }).to_string();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
            check(program, Status::Ok, if first.is_empty() { "present".to_string() } else { first }, None)
        }
        Err(_) => check(
            program,
            Status::Warn,
            format!("{program} is not installed: {without}"),
            Some(format!("apt-get install {package}")),
        ),
    }
}

async fn public_url_check(url: Option<&str>, file: &str) -> Check {
    let Some(url) = url else {
        return check(
            "public_url",
            Status::Warn,
            "no public URL is set: messages cannot link to the web application",
            Some(format!("set public_url = \"https://...\" in the [server] section of {file}")),
        );
    };
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority = rest.split('/').next().unwrap_or("");
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if p.parse::<u16>().is_ok() => (h.to_string(), p.parse().unwrap_or(443)),
        _ => (authority.to_string(), if scheme == "http" { 80 } else { 443 }),
    };
    if host.is_empty() || !matches!(scheme, "http" | "https") {
        return check(
            "public_url",
            Status::Fail,
            format!("{url:?} is not an http(s) URL"),
            Some("[server] public_url = \"https://HOST\"".into()),
        );
    }
    let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if scheme == "http" {
        return if loopback {
            // A loopback address is only good when something answers there: the review found
            // "ok" for a URL nothing listened on. Not a failure: doctor may run before serve.
            let answers = tokio::time::timeout(
                std::time::Duration::from_secs(3),
                tokio::net::TcpStream::connect((host.trim_matches(['[', ']']), port)),
            )
            .await;
            match answers {
                Ok(Ok(_)) => check("public_url", Status::Ok, format!("{url} (this machine only) answers"), None),
                Ok(Err(e)) => check(
                    "public_url",
                    Status::Warn,
                    format!("{url} (this machine only): nothing answers there now ({})", crate::plain_io(&e)),
                    Some(format!("start liaise serve --bind {}:{port}, or correct public_url", host)),
                ),
                Err(_) => check(
                    "public_url",
                    Status::Warn,
                    format!("{url} (this machine only): no answer within 3 s"),
                    Some("check liaise serve runs there".into()),
                ),
            }
        } else {
            check(
                "public_url",
                Status::Warn,
                format!("{url} is plain HTTP: members' passwords and sessions would cross the network unencrypted"),
                Some("put a TLS proxy in front (deploy/nginx.conf or deploy/Caddyfile) and use https://".into()),
            )
        };
    }
    match tls_handshake(&host, port).await {
        Ok(()) => {
            check("public_url", Status::Ok, format!("{url}: TLS handshake with a valid certificate for {host}"), None)
        }
        Err(e) => check(
            "public_url",
            Status::Fail,
            format!("{url}: {e}"),
            Some("check the proxy runs and its certificate is valid for this name (certbot, or Caddy)".into()),
        ),
    }
}

async fn tls_handshake(host: &str, port: u16) -> Result<(), String> {
    use rustls_pki_types::ServerName;
    let tcp = tokio::time::timeout(NETWORK, tokio::net::TcpStream::connect((host, port)))
        .await
        .map_err(|_| format!("no answer from {host}:{port} within {} s", NETWORK.as_secs()))?
        .map_err(|e| format!("cannot connect to {host}:{port}: {e}"))?;
    let config = crate::imap::tls_config(None).map_err(|e| e.to_string())?;
    let name = ServerName::try_from(host.to_string()).map_err(|e| format!("{host}: {e}"))?;
    tokio::time::timeout(NETWORK, tokio_rustls::TlsConnector::from(config).connect(name, tcp))
        .await
        .map_err(|_| "the TLS handshake did not finish".to_string())?
        .map_err(|e| format!("TLS: {e}"))?;
    Ok(())
}

/// Free space where the SQLite file lives (`df`); a PostgreSQL server's disk is its own.
fn disk_check(given: &str) -> Check {
    let Ok(Some(path)) = liaise_store::sqlite_file(given) else {
        return check("disk", Status::Ok, "the database is on its server: watch that server's disk", None);
    };
    let mut dir =
        Path::new(&path).parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    while !dir.exists() {
        match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => dir = p.to_path_buf(),
            _ => {
                dir = PathBuf::from(".");
                break;
            }
        }
    }
    let out = std::process::Command::new("df").arg("-Pk").arg(&dir).output();
    let free_kb = out.ok().and_then(|o| {
        let text = String::from_utf8_lossy(&o.stdout).to_string();
        text.lines().nth(1)?.split_whitespace().nth(3)?.parse::<u64>().ok()
    });
    match free_kb {
        None => check("disk", Status::Warn, format!("cannot tell the free space of {}", dir.display()), None),
        Some(kb) => {
            let mb = kb / 1024;
            let detail = format!("{mb} MB free in {}", dir.display());
            if mb < 100 {
                check(
                    "disk",
                    Status::Fail,
                    detail,
                    Some("free space: the database and its backups need room to grow".into()),
                )
            } else if mb < 1024 {
                check(
                    "disk",
                    Status::Warn,
                    detail,
                    Some("less than 1 GB: backups and imported files will fill it".into()),
                )
            } else {
                check("disk", Status::Ok, detail, None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_is_a_warning_that_names_its_package() {
        let c = program_check("liaise-no-such-program", &[], "nothing works", "some-package");
        assert_eq!(c.status, Status::Warn);
        assert_eq!(c.fix.as_deref(), Some("apt-get install some-package"));
    }

    #[tokio::test]
    async fn plain_http_is_fine_on_loopback_only() {
        // Plain http is fine on loopback when something answers there, a warning when nothing does.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a listener");
        let port = listener.local_addr().expect("an address").port();
        let url = format!("http://127.0.0.1:{port}");
        assert_eq!(public_url_check(Some(&url), "c").await.status, Status::Ok);
        drop(listener);
        assert_eq!(public_url_check(Some(&url), "c").await.status, Status::Warn);
        assert_eq!(public_url_check(Some("http://liaise.example.org"), "c").await.status, Status::Warn);
        assert_eq!(public_url_check(Some("ftp://x"), "c").await.status, Status::Fail);
        assert_eq!(public_url_check(None, "c").await.status, Status::Warn);
    }

    #[tokio::test]
    async fn a_url_that_answers_no_tls_fails_with_why() {
        // A local listener that closes at once: no TLS there.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a listener");
        let port = listener.local_addr().expect("an address").port();
        tokio::spawn(async move {
            while let Ok((s, _)) = listener.accept().await {
                drop(s);
            }
        });
        let c = public_url_check(Some(&format!("https://localhost:{port}/")), "c").await;
        assert_eq!(c.status, Status::Fail, "{c:?}");
    }
}
