//! `liaise fetch imap://USER@HOST/MAILBOX`: the new messages of an IMAP mailbox, over TLS
//! (`imaps://`, port 993) or STARTTLS (`imap://`, port 143), imported as files are. Each message
//! is remembered by the mailbox, its UIDVALIDITY and UID, so none is read twice, whatever it held.
//!
//! The client speaks the few commands it needs (STARTTLS, LOGIN, SELECT, UID SEARCH, UID FETCH
//! BODY.PEEK[], LOGOUT) and nothing else: a small, readable piece instead of a library.

use crate::import::{Outcome, import_message};
use liaise_core::registry::Registry;
use liaise_store::{Store, Who};
use rustls_pki_types::{CertificateDer, ServerName, pem::PemObject};
use std::sync::Arc;
use std::time::Duration;
use thiserror::Error;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{ClientConfig, RootCertStore};

/// How long the server may take to answer one command.
const TIMEOUT: Duration = Duration::from_secs(60);

/// The largest message fetched: statements with their attachments, not archives.
const MAX_MESSAGE: usize = 64 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum ImapError {
    #[error("{0}")]
    Url(String),
    #[error("cannot reach {host}:{port}: {source}")]
    Connect { host: String, port: u16, source: std::io::Error },
    #[error("TLS with {host} failed: {source}")]
    Tls { host: String, source: std::io::Error },
    #[error("the CA file {path}: {message}")]
    Ca { path: String, message: String },
    #[error("the IMAP server said no to {command}: {answer}")]
    No { command: String, answer: String },
    #[error("the IMAP server did not answer within {} s", TIMEOUT.as_secs())]
    Timeout,
    #[error("the connection to the IMAP server broke: {0}")]
    Io(#[from] std::io::Error),
    #[error("the IMAP server's answer could not be read: {0}")]
    Protocol(String),
    #[error("no password: set LIAISE_IMAP_PASSWORD (or give it in the URL, which a shell history keeps)")]
    NoPassword,
}

/// Where to fetch from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    pub tls: bool,
    pub user: String,
    pub password: Option<String>,
    pub host: String,
    pub port: u16,
    pub mailbox: String,
}

impl Mailbox {
    /// Reads `imaps://USER[:PASSWORD]@HOST[:PORT]/MAILBOX` (implicit TLS) or `imap://...`
    /// (STARTTLS). The mailbox defaults to INBOX; `%40` in the user stands for `@`.
    pub fn parse(url: &str) -> Result<Mailbox, ImapError> {
        let bad = |why: &str| ImapError::Url(format!("{url:?}: {why}; write imaps://USER@HOST[:PORT]/MAILBOX"));
        let (tls, rest) = if let Some(r) = url.strip_prefix("imaps://") {
            (true, r)
        } else if let Some(r) = url.strip_prefix("imap://") {
            (false, r)
        } else {
            return Err(bad("not an imap:// or imaps:// URL"));
        };
        let (auth, rest) = rest.rsplit_once('@').ok_or_else(|| bad("no user"))?;
        let (user, password) = match auth.split_once(':') {
            Some((u, p)) => (u, Some(p.to_string())),
            None => (auth, None),
        };
        let (hostport, mailbox) = rest.split_once('/').unwrap_or((rest, ""));
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, p.parse().map_err(|_| bad("the port is not a number"))?),
            None => (hostport, if tls { 993 } else { 143 }),
        };
        if host.is_empty() || user.is_empty() {
            return Err(bad("no host or no user"));
        }
        let decode = |s: &str| s.replace("%40", "@").replace("%20", " ").replace("%2F", "/");
        Ok(Mailbox {
            tls,
            user: decode(user),
            password: password.map(|p| decode(&p)),
            host: host.to_string(),
            port,
            mailbox: if mailbox.is_empty() { "INBOX".to_string() } else { decode(mailbox) },
        })
    }

    /// The mailbox without its password, as it is remembered and shown.
    pub fn key(&self) -> String {
        let scheme = if self.tls { "imaps" } else { "imap" };
        format!("{scheme}://{}@{}:{}/{}", self.user, self.host, self.port, self.mailbox)
    }
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// One IMAP session.
struct Session {
    io: BufReader<Box<dyn Stream>>,
    tag: u32,
}

/// A line of an answer, and the literal (`{n}` then n bytes) it carried, if any.
struct Line {
    text: String,
    literal: Option<Vec<u8>>,
}

impl Session {
    async fn read_line(&mut self) -> Result<String, ImapError> {
        let mut buf = Vec::new();
        let n = tokio::time::timeout(TIMEOUT, self.io.read_until(b'\n', &mut buf))
            .await
            .map_err(|_| ImapError::Timeout)??;
        if n == 0 {
            return Err(ImapError::Protocol("the server closed the connection".into()));
        }
        Ok(String::from_utf8_lossy(&buf).trim_end_matches(['\r', '\n']).to_string())
    }

    /// Reads one line of an answer with the literal it announces.
    async fn read(&mut self) -> Result<Line, ImapError> {
        let mut text = self.read_line().await?;
        let mut literal = None;
        if let Some(open) = text.rfind('{')
            && text.ends_with('}')
        {
            let n: usize = text[open + 1..text.len() - 1].parse().map_err(|_| ImapError::Protocol(text.clone()))?;
            if n > MAX_MESSAGE {
                return Err(ImapError::Protocol(format!("a message of {n} bytes is larger than liaise fetches")));
            }
            let mut bytes = vec![0; n];
            tokio::time::timeout(TIMEOUT, self.io.read_exact(&mut bytes)).await.map_err(|_| ImapError::Timeout)??;
            literal = Some(bytes);
            // The rest of the line after the literal (")").
            let rest = self.read_line().await?;
            text.push_str(&rest);
        }
        Ok(Line { text, literal })
    }

    /// Sends a command and collects its untagged answers until the tagged one, which must be OK.
    async fn command(&mut self, command: &str, shown: &str) -> Result<Vec<Line>, ImapError> {
        self.tag += 1;
        let tag = format!("a{}", self.tag);
        let io = self.io.get_mut();
        io.write_all(format!("{tag} {command}\r\n").as_bytes()).await?;
        io.flush().await?;
        let mut lines = Vec::new();
        loop {
            let line = self.read().await?;
            if let Some(rest) = line.text.strip_prefix(&format!("{tag} ")) {
                if rest.starts_with("OK") {
                    return Ok(lines);
                }
                return Err(ImapError::No { command: shown.to_string(), answer: rest.to_string() });
            }
            lines.push(line);
        }
    }
}

/// A quoted IMAP string.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

pub(crate) fn tls_config(ca_file: Option<&str>) -> Result<Arc<ClientConfig>, ImapError> {
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = ca_file {
        let ca = |message: String| ImapError::Ca { path: path.to_string(), message };
        for cert in CertificateDer::pem_file_iter(path).map_err(|e| ca(e.to_string()))? {
            roots.add(cert.map_err(|e| ca(e.to_string()))?).map_err(|e| ca(e.to_string()))?;
        }
    }
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::Protocol(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

async fn connect(mb: &Mailbox, ca_file: Option<&str>) -> Result<Session, ImapError> {
    let tcp = tokio::time::timeout(TIMEOUT, TcpStream::connect((mb.host.as_str(), mb.port)))
        .await
        .map_err(|_| ImapError::Timeout)?
        .map_err(|source| ImapError::Connect { host: mb.host.clone(), port: mb.port, source })?;
    let connector = TlsConnector::from(tls_config(ca_file)?);
    let name = ServerName::try_from(mb.host.clone()).map_err(|e| ImapError::Url(format!("{}: {e}", mb.host)))?;
    let tls_err = |source| ImapError::Tls { host: mb.host.clone(), source };
    if mb.tls {
        let tls = connector.connect(name, tcp).await.map_err(tls_err)?;
        let mut s = Session { io: BufReader::new(Box::new(tls)), tag: 0 };
        s.read_line().await?;
        return Ok(s);
    }
    // STARTTLS: read the greeting in the clear, ask for TLS, then speak only inside it.
    let mut plain = Session { io: BufReader::new(Box::new(tcp)), tag: 0 };
    plain.read_line().await?;
    plain.command("STARTTLS", "STARTTLS").await?;
    let tag = plain.tag;
    let inner = plain.io.into_inner();
    // The stream is boxed; rebuild the TLS layer on it.
    let tls = connector.connect(name, inner).await.map_err(tls_err)?;
    Ok(Session { io: BufReader::new(Box::new(tls)), tag })
}

/// What one fetch did.
#[derive(Debug, Default, serde::Serialize)]
pub struct FetchReport {
    pub mailbox: String,
    pub messages_new: usize,
    pub messages_seen_before: usize,
    /// New to this mailbox but imported before (same Message-ID) from a file or another mailbox.
    pub messages_known: usize,
    pub files: Vec<crate::import::FileReport>,
}

/// Fetches the messages of a mailbox not fetched before and imports their statements.
#[allow(clippy::too_many_arguments)]
pub async fn fetch(
    store: &Store,
    mb: &Mailbox,
    password: &str,
    ca_file: Option<&str>,
    who: &Who,
    review: bool,
    progress: &mut dyn FnMut(&crate::import::FileReport),
) -> Result<FetchReport, crate::AppError> {
    let imap = |e: ImapError| crate::AppError::Invalid(e.to_string());
    let mut session = connect(mb, ca_file).await.map_err(imap)?;
    session.command(&format!("LOGIN {} {}", quote(&mb.user), quote(password)), "LOGIN").await.map_err(imap)?;
    let selected = session.command(&format!("SELECT {}", quote(&mb.mailbox)), "SELECT").await.map_err(imap)?;
    let uidvalidity: i64 = selected
        .iter()
        .find_map(|l| {
            let at = l.text.find("[UIDVALIDITY ")?;
            l.text[at + 13..].split(']').next()?.trim().parse().ok()
        })
        .unwrap_or(0);
    let search = session.command("UID SEARCH ALL", "UID SEARCH").await.map_err(imap)?;
    let uids: Vec<i64> = search
        .iter()
        .filter_map(|l| l.text.strip_prefix("* SEARCH"))
        .flat_map(|rest| rest.split_whitespace().filter_map(|u| u.parse().ok()).collect::<Vec<i64>>())
        .collect();
    let key = mb.key();
    let seen = store.imap_seen(&key, uidvalidity).await?;
    let mut report = FetchReport { mailbox: key.clone(), ..FetchReport::default() };
    let mut registry: Registry = store.registry().await?;
    for uid in uids {
        if seen.contains(&uid) {
            report.messages_seen_before += 1;
            continue;
        }
        let lines = session.command(&format!("UID FETCH {uid} BODY.PEEK[]"), "UID FETCH").await.map_err(imap)?;
        let Some(raw) = lines.into_iter().find_map(|l| l.literal) else {
            return Err(imap(ImapError::Protocol(format!("UID {uid}: the server sent no message"))));
        };
        let place = format!("{key};UID={uid}");
        // A message imported before, from a file or another mailbox, is known by its Message-ID.
        let message_id = liaise_read::mail::parse(&raw).ok().and_then(|m| m.envelope.message_id);
        if let Some(id) = &message_id
            && store.mail_known(id).await?
        {
            store.mark_imap_seen(&key, uidvalidity, uid, who).await?;
            report.messages_known += 1;
            continue;
        }
        for (path, outcome) in
            import_message(store, &mut registry, &place, &raw, None, who, crate::import::Review::from(review)).await
        {
            let file = crate::import::FileReport { path, outcome };
            progress(&file);
            report.files.push(file);
        }
        // Remembered whatever it held, so a mail that is no statement is not read again either.
        store.mark_imap_seen(&key, uidvalidity, uid, who).await?;
        report.messages_new += 1;
    }
    let _ = session.command("LOGOUT", "LOGOUT").await;
    Ok(report)
}

/// Whether any file of a fetch failed.
pub fn any_failed(report: &FetchReport) -> bool {
    report.files.iter().any(|f| matches!(f.outcome, Outcome::Failed { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailbox_urls() {
        let m = Mailbox::parse("imaps://liaison%40example.org@mail.example.org/LS%20inbox").expect("a URL");
        assert_eq!(
            (m.tls, m.user.as_str(), m.host.as_str(), m.port, m.mailbox.as_str()),
            (true, "liaison@example.org", "mail.example.org", 993, "LS inbox")
        );
        let m = Mailbox::parse("imap://sec:pw@127.0.0.1:10143").expect("a URL");
        assert_eq!((m.tls, m.port, m.mailbox.as_str(), m.password.as_deref()), (false, 10143, "INBOX", Some("pw")));
        assert_eq!(m.key(), "imap://sec@127.0.0.1:10143/INBOX");
        assert!(Mailbox::parse("http://x").is_err());
        assert!(Mailbox::parse("imaps://host-only").is_err());
        assert!(Mailbox::parse("imaps://u@h:port/x").is_err());
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
