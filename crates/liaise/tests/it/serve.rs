//! `liaise serve` as a process: it listens, answers, and ends cleanly on SIGTERM.

use super::{Env, fg_mv_ls1, s};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;

/// A GET over a plain TCP connection: status line, headers and body as text.
fn http_get(addr: &str, path: &str, token: Option<&str>) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("the server accepts");
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n").expect("send");
    let mut out = String::new();
    stream.read_to_string(&mut out).expect("a reply");
    out
}

#[test]
fn the_server_answers_and_ends_on_sigterm() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    // An account and its token, made on the command line and shown once.
    assert!(env.run(&["users", "add", "mira", "--role", "member"]).ok());
    let made = env.json(&["users", "token", "mira"]);
    let token = made["token"].as_str().expect("a token").to_string();
    assert!(token.starts_with("liaise_"));
    let listed = env.json(&["users", "tokens"]).to_string();
    assert!(!listed.contains(&token), "the token is never shown again: {listed}");
    let mut child = env
        .command(&["serve", "--bind", "127.0.0.1:0", "--json", "--log-format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("liaise serve runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("the address");
    let said: serde_json::Value = serde_json::from_str(&line).expect("JSON");
    let addr = said["bind"].as_str().expect("an address").to_string();

    let health = http_get(&addr, "/healthz", None);
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let anonymous = http_get(&addr, "/api/v1/due", None);
    assert!(anonymous.starts_with("HTTP/1.1 401"), "{anonymous}");
    let public = http_get(&addr, "/api/v1/statements", None);
    assert!(public.starts_with("HTTP/1.1 200") && public.contains("\"total\":0"), "nothing is public yet: {public}");
    let list = http_get(&addr, "/api/v1/statements?source=ITU-T%20FG-MV", Some(&token));
    assert!(list.starts_with("HTTP/1.1 200") && list.contains("FG-MV-LS1"), "{list}");
    // Revoked on the command line while the server runs: refused at the next request.
    let id = made["id"].to_string();
    assert!(env.run(&["users", "revoke", &id]).ok());
    let revoked = http_get(&addr, "/api/v1/due", Some(&token));
    assert!(revoked.starts_with("HTTP/1.1 401"), "{revoked}");

    let term = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(term.success());
    let out = child.wait_with_output().expect("the server ends");
    assert_eq!(out.status.code(), Some(0), "a graceful end: {}", String::from_utf8_lossy(&out.stderr));
    // Logs are JSON lines, each request with its id.
    let logs = String::from_utf8_lossy(&out.stderr);
    let request_lines: Vec<serde_json::Value> =
        logs.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).collect();
    assert!(!request_lines.is_empty(), "JSON logs: {logs}");
    assert!(logs.contains("request_id"), "{logs}");
}
