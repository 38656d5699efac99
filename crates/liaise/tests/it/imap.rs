//! `liaise fetch` against a real IMAP server: Debian's Dovecot, started by this test on loopback
//! ports with its own certificate (`scripts/dovecot-test-server`). The mailbox holds the mbox
//! fixture's three messages and a mail without a statement; a first fetch imports the three
//! statements, a second fetch imports nothing. Both TLS and STARTTLS are used.

use super::{Env, repo, s};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

struct Dovecot {
    child: Child,
    dir: tempfile::TempDir,
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets Dovecot stop its children and free the ports.
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

/// A free port on 127.0.0.2 (127.0.0.1 would count as secure and allow login without TLS).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.2:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn start() -> Option<(Dovecot, u16, u16)> {
    if !std::path::Path::new("/usr/sbin/dovecot").exists() {
        println!("SKIPPED: Dovecot is not installed (Debian: dovecot-imapd); ./scripts/test installs it");
        return None;
    }
    // The Maildir is handed to an unprivileged user when the tests run as root, so the folder
    // must not sit under /root.
    let dir = tempfile::Builder::new().prefix("liaise-imap-").tempdir_in("/tmp").expect("a temporary folder");
    let (imaps, imap) = (free_port(), free_port());
    let mut child = Command::new(repo("scripts/dovecot-test-server"))
        .args([s(dir.path()), &imaps.to_string(), &imap.to_string(), "127.0.0.2"])
        .env("DOVECOT_TEST_USER", "liaison")
        .env("DOVECOT_TEST_PASSWORD", "pw-123")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("dovecot-test-server starts");
    let out = child.stdout.take().expect("its stdout");
    let mut line = String::new();
    let started = Instant::now();
    BufReader::new(out).read_line(&mut line).expect("a line");
    assert!(line.starts_with("ready"), "Dovecot did not start in {:?}: {line}", started.elapsed());
    Some((Dovecot { child, dir }, imaps, imap))
}

/// Delivers a message into the user's Maildir, as a delivery agent would (tmp/ then new/).
fn deliver(d: &Dovecot, n: usize, bytes: &[u8]) {
    let maildir = d.dir.path().join("mail/liaison");
    let name = format!("{}.M{n}.liaise-test", 1_700_000_000 + n);
    let tmp = maildir.join("tmp").join(&name);
    std::fs::write(&tmp, bytes).expect("write into tmp/");
    std::fs::rename(&tmp, maildir.join("new").join(&name)).expect("move into new/");
    // Readable by the user Dovecot serves the mail as.
    let _ = Command::new("chmod").args(["a+r", s(&maildir.join("new").join(&name))]).status();
}

#[test]
fn fetch_imports_new_messages_once_over_tls_and_starttls() {
    let Some((dovecot, imaps, imap)) = start() else { return };
    let mbox = std::fs::read(repo("testdata/mail/three.mbox")).expect("fixture");
    let messages = liaise_read::mail::split_mbox(&mbox).expect("messages");
    for (i, m) in messages.iter().enumerate() {
        deliver(&dovecot, i, m);
    }
    deliver(&dovecot, 9, &std::fs::read(repo("testdata/mail/no-statement.eml")).expect("fixture"));

    let env = Env::new();
    let ca = dovecot.dir.path().join("cert.pem");
    let fetch = |url: &str| {
        let run = super::Run(
            env.command(&["fetch", url, "--ca-file", s(&ca)])
                .env("LIAISE_IMAP_PASSWORD", "pw-123")
                .output()
                .expect("runs"),
        );
        (run.code(), run.stdout(), run.stderr())
    };
    let (code, out, err) = fetch(&format!("imaps://liaison@127.0.0.2:{imaps}/INBOX"));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("4 new messages, 0 fetched before"), "{out}");
    assert!(out.contains("skipped"), "the mail without a statement is said to hold none: {out}");
    let list = env.json(&["ls", "list"]);
    let pdf = Command::new("pdftotext").arg("-v").output().is_ok();
    assert_eq!(list.as_array().map(Vec::len), Some(if pdf { 3 } else { 2 }), "{out}{err}");
    let shown = env.json(&["ls", "show", &list[0]["ls_id"].to_string()]);
    assert!(shown["mails"][0]["origin"].as_str().is_some_and(|o| o.contains("UID=")), "{}", shown["mails"]);

    // Again, over STARTTLS: the same mailbox (by user, host, port and name) is another URL, but
    // its messages are known by Message-ID too, so nothing is imported twice.
    let (code, out, err) = fetch(&format!("imaps://liaison@127.0.0.2:{imaps}/INBOX"));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("0 new messages, 4 fetched before"), "{out}");
    let (code, out, err) = fetch(&format!("imap://liaison@127.0.0.2:{imap}/INBOX"));
    assert_eq!(code, Some(0), "STARTTLS: {out}{err}");
    assert!(out.contains("3 imported before from elsewhere (same Message-ID)"), "{out}");
    assert!(!out.contains("created ") && !out.contains("updated "), "no statement is read twice: {out}");
    assert_eq!(env.json(&["ls", "list"]).as_array().map(Vec::len), Some(if pdf { 3 } else { 2 }));

    // A wrong password and an unknown certificate authority are said plainly.
    let run = super::Run(
        env.command(&["fetch", &format!("imaps://liaison@127.0.0.2:{imaps}/INBOX"), "--ca-file", s(&ca)])
            .env("LIAISE_IMAP_PASSWORD", "wrong")
            .output()
            .expect("runs"),
    );
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("said no to LOGIN"), "{}", run.stderr());
    let run = super::Run(
        env.command(&["fetch", &format!("imaps://liaison@127.0.0.2:{imaps}/INBOX")])
            .env("LIAISE_IMAP_PASSWORD", "pw-123")
            .output()
            .expect("runs"),
    );
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("TLS with 127.0.0.2 failed"), "{}", run.stderr());
}
