//! `liaise serve` as a process: it listens, answers, and ends cleanly on SIGTERM.

use super::{Env, fg_mv_ls1, s};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;

/// A GET over a plain TCP connection: status line, headers and body as text.
pub(crate) fn http_get(addr: &str, path: &str, token: Option<&str>) -> String {
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
    // Found in review: a member's account kept the body it was given, unused until a later
    // set-role rapporteur brought it back unasked.
    let with_body = env.run(&["users", "add", "bea", "--role", "member", "--body", "W3C"]);
    assert!(!with_body.ok() && with_body.stderr().contains("only a rapporteur"), "{}", with_body.stderr());
    assert!(env.run(&["users", "add", "li", "--role", "rapporteur", "--body", "IEC TC 100"]).ok());
    let listed = env.run(&["users", "list"]);
    assert!(listed.stdout().contains("IEC TC 100"), "the list shows a rapporteur's body: {}", listed.stdout());
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

/// A request with any method, a JSON body and headers, over a plain TCP connection.
pub(crate) fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&str>) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("the server accepts");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let body = body.unwrap_or("");
    if !body.is_empty() {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
    }
    write!(stream, "{head}\r\n{body}").expect("send");
    let mut out = String::new();
    stream.read_to_string(&mut out).expect("a reply");
    out
}

/// The JSON body of an answer read by `http` (the whole body: these answers are not chunked).
pub(crate) fn body_json(reply: &str) -> serde_json::Value {
    let body = reply.split("\r\n\r\n").nth(1).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("no JSON ({e}): {reply}"))
}

/// A `liaise serve` process of a test, stopped with SIGTERM when dropped.
pub(crate) struct Server {
    child: std::process::Child,
    pub(crate) addr: String,
    log: std::path::PathBuf,
}

impl Server {
    /// Starts the server with its log written to `log`: a pipe nobody reads would fill and stop
    /// the server in the middle of a long test.
    pub(crate) fn start(mut command: std::process::Command, log: std::path::PathBuf) -> Server {
        let file = std::fs::File::create(&log).expect("a log file");
        let mut child = command.stdout(Stdio::piped()).stderr(file).spawn().expect("liaise serve runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("the address");
        let said: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("the server said no address ({e}): {line:?}"));
        let addr = said["bind"].as_str().expect("an address").to_string();
        Server { child, addr, log }
    }

    /// Kills the server with SIGKILL: no shutdown, no flush, as a crash or the OOM killer would.
    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops the server with SIGTERM and gives its exit status and log.
    pub(crate) fn stop(mut self) -> (Option<i32>, String) {
        let _ = std::process::Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let code = self.child.wait().ok().and_then(|s| s.code());
        (code, std::fs::read_to_string(&self.log).unwrap_or_default())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Issue 11: two servers on one PostgreSQL database serve the same data (a write through one
/// is read through the other at once), and the reminder job runs in both, yet each reminder
/// reaches the real SMTP server once (the lease picks one sender; the claims stop doubles).
#[test]
fn two_servers_on_postgresql_share_the_data_and_send_each_reminder_once() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let db = match rt.block_on(liaise_store::testing::postgres()) {
        Ok(db) => db,
        Err(why) => {
            println!(
                "SKIPPED two_servers_on_postgresql: PostgreSQL is needed ({why}); ./scripts/test sets LIAISE_TEST_POSTGRES_URL"
            );
            return;
        }
    };
    let mut env = Env::with_db(&db.url);
    let sink = super::remind::SmtpSink::start(&env.path("mail"));
    super::remind::reachable_story(&mut env, &sink);
    assert!(env.run(&["users", "add", "sec", "--role", "secretariat"]).ok());
    let token = env.json(&["users", "token", "sec", "--scope", "write"])["token"].as_str().expect("token").to_string();
    let auth = format!("Bearer {token}");
    let serve = |env: &Env, n: u8| {
        let mut c = env.command(&["serve", "--bind", "127.0.0.1:0", "--json", "--remind-every", "1s"]);
        // Fourteen days before the deadline of FG-MV-LS1: four reminders are due.
        c.env("LIAISE_NOW", "2023-06-16");
        Server::start(c, env.path(&format!("server{n}.log")))
    };
    let (one, two) = (serve(&env, 1), serve(&env, 2));

    // Written through one, read through the other at once.
    let statement =
        body_json(&http(&one.addr, "GET", "/api/v1/statements/FG-MV-LS1", &[("Authorization", &auth)], None));
    // ITU-R SG5 has no address: the reminders below do not depend on this change.
    let sg5 =
        statement["actions"].as_array().expect("actions").iter().find(|a| a["body"] == "ITU-R SG5").expect("ITU-R SG5");
    let uri = format!("/api/v1/actions/{}", sg5["id"]);
    // The other server has read (and keeps) the statement before the change.
    let before = body_json(&http(&two.addr, "GET", "/api/v1/statements/FG-MV-LS1", &[("Authorization", &auth)], None));
    let state_of_sg5 = |v: &serde_json::Value| {
        v["actions"].as_array().and_then(|a| a.iter().find(|a| a["body"] == "ITU-R SG5")).map(|a| a["state"].clone())
    };
    assert_eq!(state_of_sg5(&before), Some(serde_json::json!("open")));
    let change = r#"{"state":"declined","comment":"no work item"}"#;
    let set = http(&one.addr, "PATCH", &uri, &[("Authorization", &auth)], Some(change));
    assert!(set.starts_with("HTTP/1.1 200"), "{set}");
    let read =
        body_json(&http(&two.addr, "GET", "/api/v1/actions?body=ITU-R%20SG5", &[("Authorization", &auth)], None));
    let states: Vec<&str> =
        read["items"].as_array().expect("items").iter().filter_map(|a| a["state"].as_str()).collect();
    assert!(states.contains(&"declined"), "the other server reads the change: {read}");
    let after = body_json(&http(&two.addr, "GET", "/api/v1/statements/FG-MV-LS1", &[("Authorization", &auth)], None));
    assert_eq!(state_of_sg5(&after), Some(serde_json::json!("declined")), "no answer kept from before the change");

    // The reminders: both servers tick every second; four messages arrive, and stay four.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while sink.messages().len() < 5 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    std::thread::sleep(std::time::Duration::from_secs(4));
    let messages = sink.messages();
    // Four reminders, in five messages (ETSI ISG ARF's two contacts get one each), as
    // `liaise remind` sends them.
    assert_eq!(
        super::remind::to_of(&messages),
        vec![
            vec!["ann.smith@example.org".to_string()],
            vec!["chair@example.org".to_string()],
            vec!["li.wei@example.cn".to_string()],
            vec!["pierre.martin@example.fr".to_string()],
            vec!["sofia.rossi@example.it".to_string()],
        ],
        "each reminder once, from one of the two servers"
    );
    let (code_one, log_one) = one.stop();
    let (code_two, log_two) = two.stop();
    assert_eq!((code_one, code_two), (Some(0), Some(0)), "{log_one}\n{log_two}");
    assert!(
        log_one.contains("the reminder job runs") && log_two.contains("the reminder job runs"),
        "the job runs in both:\n{log_one}\n{log_two}"
    );
    let runs = [&log_one, &log_two].iter().filter(|l| l.contains("reminders run")).count();
    assert!(runs >= 1, "a server ran the reminders:\n{log_one}\n{log_two}");
    drop(db);
}

/// Issue 11: the OpenAPI document passes an independent validator (openapi-spec-validator),
/// and schemathesis, driven by it, finds no server error and no answer that breaks the
/// document, with an admin's write token on a database holding FG-MV-LS1 and its topics.
#[test]
fn the_openapi_document_is_valid_and_schemathesis_finds_no_fault() {
    let have = |module: &str| {
        std::process::Command::new("python3")
            .args(["-c", &format!("import {module}")])
            .status()
            .is_ok_and(|s| s.success())
    };
    if !have("openapi_spec_validator") || !have("schemathesis") {
        println!(
            "SKIPPED the_openapi_document_is_valid: the Python packages openapi-spec-validator and schemathesis are not installed; ./scripts/test installs them"
        );
        return;
    }
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    assert!(env.run(&["topics", "seed", "FG-MV-LS1"]).ok());
    assert!(env.run(&["users", "add", "root", "--role", "admin"]).ok());
    let token = env.json(&["users", "token", "root", "--scope", "write"])["token"].as_str().expect("token").to_string();
    let server = Server::start(
        env.command(&["serve", "--bind", "127.0.0.1:0", "--json", "--no-reminders"]),
        env.path("server.log"),
    );
    let doc = http(&server.addr, "GET", "/api/openapi.json", &[], None);
    assert!(doc.starts_with("HTTP/1.1 200"), "{doc}");
    let file = env.path("openapi.json");
    std::fs::write(&file, doc.split("\r\n\r\n").nth(1).unwrap_or("")).expect("written");
    let valid = std::process::Command::new("python3")
        .args(["-c", "import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(open(sys.argv[1])))\nprint('valid')"])
        .arg(&file)
        .output()
        .expect("python3 runs");
    assert!(valid.status.success(), "the document is not valid OpenAPI: {}", String::from_utf8_lossy(&valid.stderr));

    let schemathesis = || {
        let out = std::process::Command::new("python3")
            .args(["-m", "schemathesis.cli", "run"])
            .arg(format!("http://{}/api/openapi.json", server.addr))
            .args(["-H", &format!("Authorization: Bearer {token}")])
            .args([
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance",
                "--max-examples",
                "15",
                "--seed",
                "11",
                "--no-shrink",
                // One worker: CPython 3.11's ast module races between threads (issue 106905).
                "--workers",
                "1",
                // Revoking a token is an admin's right, and schemathesis, guessing ids, revokes
                // the one it runs with; every later call would then be a 401 that tests nothing
                // (it did, in CI). The API test's permission table covers this operation.
                "--exclude-name",
                "DELETE /api/v1/tokens/{id}",
            ])
            .env("SCHEMATHESIS_HOOKS", "")
            .current_dir(env.dir.path())
            .output()
            .expect("schemathesis runs");
        let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        (out.status.success(), said)
    };
    let (mut ok, mut said) = schemathesis();
    // Python 3.11's ast module can lose count of its recursion depth (CPython issue 106905,
    // fixed in 3.12) when Hypothesis reads a lambda's source; the run then reports the
    // interpreter's error as a "Runtime Error" of an operation, not as anything the server
    // answered. Such a run says nothing either way, so it is run once more, and said.
    if !ok && said.contains("AST constructor recursion depth mismatch") && !said.contains(" failed") {
        println!("schemathesis met CPython issue 106905 (not a fault of the server); running it once more");
        (ok, said) = schemathesis();
    }
    assert!(ok, "schemathesis found faults:\n{said}");
    assert!(
        !said.contains("Authentication failed"),
        "schemathesis lost its credentials during the run, so what followed tested nothing:\n{said}"
    );
    assert!(said.contains("passed") && !said.contains(" failed"), "{said}");
    let (code, log) = server.stop();
    assert_eq!(code, Some(0), "{log}");
}

/// Issue 13: each server keeps a copy of the search index in memory; an edit, a merge and a
/// catalogue import made through one server are found by the next search of the other, which
/// had searched (and kept postings) before each change.
#[test]
fn two_servers_on_postgresql_find_each_others_changes_by_the_next_search() {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let db = match rt.block_on(liaise_store::testing::postgres()) {
        Ok(db) => db,
        Err(why) => {
            println!(
                "SKIPPED two_servers_on_postgresql_find_each_others_changes: PostgreSQL is needed ({why}); ./scripts/test sets LIAISE_TEST_POSTGRES_URL"
            );
            return;
        }
    };
    let env = Env::with_db(&db.url);
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    assert!(env.run(&["users", "add", "sec", "--role", "secretariat"]).ok());
    let token = env.json(&["users", "token", "sec", "--scope", "write"])["token"].as_str().expect("token").to_string();
    let auth = format!("Bearer {token}");
    let serve = |n: u8| {
        Server::start(env.command(&["serve", "--bind", "127.0.0.1:0", "--json"]), env.path(&format!("search{n}.log")))
    };
    let (one, two) = (serve(1), serve(2));
    let found = |q: &str| -> Vec<String> {
        let v = body_json(&http(&two.addr, "GET", &format!("/api/v1/search?q={q}"), &[("Authorization", &auth)], None));
        v["hits"]
            .as_array()
            .unwrap_or_else(|| panic!("hits: {v}"))
            .iter()
            .map(|h| format!("{}:{}", h["kind"].as_str().unwrap_or(""), h["title"].as_str().unwrap_or("")))
            .collect()
    };
    // The other server searches first, so it holds these words' postings (none, or old ones).
    assert!(found("holographic").is_empty());
    assert!(found("zorblat").is_empty());
    assert!(found("H267").is_empty());
    assert!(!found("metaverse").is_empty());

    // An edit through the first.
    let got = http(&one.addr, "GET", "/api/v1/statements/FG-MV-LS1", &[("Authorization", &auth)], None);
    let etag = got
        .lines()
        .find_map(|l| l.strip_prefix("etag: ").or_else(|| l.strip_prefix("ETag: ")))
        .expect("an ETag")
        .trim()
        .to_string();
    let edit = r#"{"title":"LS on holographic metaverse standards"}"#;
    let set = http(
        &one.addr,
        "PATCH",
        "/api/v1/statements/FG-MV-LS1",
        &[("Authorization", &auth), ("If-Match", &etag), ("Content-Type", "application/json")],
        Some(edit),
    );
    assert!(set.starts_with("HTTP/1.1 200"), "{set}");
    assert_eq!(found("holographic"), vec!["ls:FG-MV-LS1: LS on holographic metaverse standards".to_string()]);

    // A merge through the first: the merged name finds the body it went into.
    let json = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let add = http(
        &one.addr,
        "POST",
        "/api/v1/bodies",
        &json,
        Some(r#"{"name":"Zorblat Metaverse Alliance","kind":"forum"}"#),
    );
    assert!(add.starts_with("HTTP/1.1 201"), "{add}");
    assert!(found("zorblat").contains(&"body:Zorblat Metaverse Alliance".to_string()), "{:?}", found("zorblat"));
    let merge = http(
        &one.addr,
        "POST",
        "/api/v1/bodies/Zorblat%20Metaverse%20Alliance/merge",
        &json,
        Some(r#"{"into":"Metaverse Standards Forum"}"#),
    );
    assert!(merge.starts_with("HTTP/1.1 200"), "{merge}");
    let zorblat = found("zorblat");
    assert!(zorblat.contains(&"body:Metaverse Standards Forum".to_string()), "{zorblat:?}");
    assert!(!zorblat.contains(&"body:Zorblat Metaverse Alliance".to_string()), "the merged body is gone: {zorblat:?}");

    // A catalogue import through the first.
    let csv = "identifier,title,body,type,status,date\nRec. ITU-T H.267 (01/2026),Holographic video coding,ITU-T SG16,recommendation,In force,2026-01-10\n";
    let import = http(
        &one.addr,
        "POST",
        "/api/v1/catalogue?name=more.csv",
        &[("Authorization", &auth), ("Content-Type", "text/csv")],
        Some(csv),
    );
    assert!(import.starts_with("HTTP/1.1 201"), "{import}");
    assert!(found("H267").first().is_some_and(|h| h.starts_with("entry:")), "{:?}", found("H267"));
    assert_eq!(found("holographic").len(), 2, "the statement and the entry: {:?}", found("holographic"));
    let (a, b) = (one.stop(), two.stop());
    assert_eq!((a.0, b.0), (Some(0), Some(0)), "{}\n{}", a.1, b.1);
    drop(db);
}

/// Issue 12: the settings show the SMTP server without its password and send a test message
/// through it (a real SMTP server here), for admins only.
#[test]
fn the_settings_send_a_test_message_through_the_smtp_server() {
    let mut env = Env::new();
    let sink = super::remind::SmtpSink::start(&env.path("mail"));
    env.set("LIAISE_SMTP_URL", &format!("smtp://relay:s3cret@127.0.0.1:{}", sink.port));
    env.set("LIAISE_SMTP_FROM", "FG-MV secretariat <fgmv@example.org>");
    assert!(env.run(&["group", "ITU-T FG-MV"]).ok());
    for (login, role) in [("root", "admin"), ("sec", "secretariat")] {
        assert!(env.run(&["users", "add", login, "--role", role]).ok());
    }
    let token = |login: &str| {
        env.json(&["users", "token", login, "--scope", "write"])["token"].as_str().unwrap_or("").to_string()
    };
    let (root, sec) = (format!("Bearer {}", token("root")), format!("Bearer {}", token("sec")));
    let server = Server::start(
        env.command(&["serve", "--bind", "127.0.0.1:0", "--json", "--no-reminders"]),
        env.path("settings.log"),
    );
    let json = |auth: &str| vec![("Authorization", auth.to_string()), ("Content-Type", "application/json".to_string())];
    let call = |method: &str, path: &str, auth: &str, body: Option<&str>| {
        let headers = json(auth);
        let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        http(&server.addr, method, path, &headers, body)
    };
    let settings = call("GET", "/api/v1/settings", &root, None);
    assert!(settings.starts_with("HTTP/1.1 200"), "{settings}");
    let v = body_json(&settings);
    assert!(v["smtp"]["url"].as_str().is_some_and(|u| u.contains("127.0.0.1") && !u.contains("s3cret")), "{v}");
    assert!(
        v["users"].as_array().is_some_and(|u| u.len() == 2) && v["tokens"].as_array().is_some_and(|t| t.len() == 2),
        "{v}"
    );
    assert!(call("GET", "/api/v1/settings", &sec, None).starts_with("HTTP/1.1 403"), "admins only");
    // This SMTP server takes no login: what it answered is what the admin reads.
    let refused = call("POST", "/api/v1/settings/test-mail", &root, Some(r#"{"to":"ops@example.org"}"#));
    assert!(refused.starts_with("HTTP/1.1 422") && refused.contains("authentication"), "{refused}");
    let (code, log) = server.stop();
    assert_eq!(code, Some(0), "{log}");
    env.set("LIAISE_SMTP_URL", &format!("smtp://127.0.0.1:{}", sink.port));
    let server = Server::start(
        env.command(&["serve", "--bind", "127.0.0.1:0", "--json", "--no-reminders"]),
        env.path("settings2.log"),
    );
    let call = |method: &str, path: &str, auth: &str, body: Option<&str>| {
        let headers = json(auth);
        let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        http(&server.addr, method, path, &headers, body)
    };
    let sent = call("POST", "/api/v1/settings/test-mail", &root, Some(r#"{"to":"ops@example.org"}"#));
    assert!(sent.starts_with("HTTP/1.1 200"), "{sent}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while sink.messages().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(super::remind::to_of(&sink.messages()), vec![vec!["ops@example.org".to_string()]]);
    let bad = call("POST", "/api/v1/settings/test-mail", &root, Some(r#"{"to":"not an address"}"#));
    assert!(bad.starts_with("HTTP/1.1 422") && bad.contains("not an e-mail address"), "{bad}");
    // A token revoked from the settings is refused at once.
    let sec_id = v["tokens"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["login"] == "sec"))
        .map(|t| t["id"].to_string())
        .unwrap_or_default();
    assert!(call("DELETE", &format!("/api/v1/tokens/{sec_id}"), &root, None).starts_with("HTTP/1.1 200"));
    assert!(call("GET", "/api/v1/statements", &sec, None).starts_with("HTTP/1.1 401"));
    let (code, log) = server.stop();
    assert_eq!(code, Some(0), "{log}");
}
