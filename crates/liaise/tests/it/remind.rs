//! Reminders against a real SMTP server (aiosmtpd, started by the test) and the calendar read
//! back by an independent parser (Python's icalendar).

use super::story::import_story;
use super::{Env, repo, s};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// A real SMTP server writing what it receives into a folder, for as long as it lives.
pub(crate) struct SmtpSink {
    child: Child,
    pub(crate) port: u16,
    dir: PathBuf,
}

impl SmtpSink {
    pub(crate) fn start(dir: &Path) -> SmtpSink {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(&script)
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the SMTP sink (./scripts/test installs aiosmtpd)");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("the sink's output");
        BufReader::new(stdout).read_line(&mut line).expect("the sink prints its port");
        let port = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("the SMTP sink did not start (is aiosmtpd installed?): {line:?}"));
        SmtpSink { child, port, dir: dir.to_path_buf() }
    }

    /// The port it listens on, on 127.0.0.1.
    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    /// The messages received so far: envelope and raw text, in order.
    pub(crate) fn messages(&self) -> Vec<(Value, String)> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .expect("the sink folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                let envelope = serde_json::from_str(&std::fs::read_to_string(p).expect("envelope")).expect("JSON");
                let text = std::fs::read_to_string(p.with_extension("eml")).expect("message");
                (envelope, unfold_quoted_printable(&text))
            })
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The value of a header, its folded lines joined.
fn header(message: &str, name: &str) -> Option<String> {
    let head = message.split("\r\n\r\n").next().unwrap_or(message);
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    unfolded.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")).map(str::to_string))
}

/// Undoes quoted-printable soft line breaks and the few escapes our texts produce, so tests can
/// search the text as written.
fn unfold_quoted_printable(s: &str) -> String {
    s.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("=E2=80=9C", "“").replace("=20", " ")
}

/// The story's database with four bodies that can be reached: two by confirmed rapporteurs, ETSI
/// ISG ARF by the contacts of a statement it sent, and IETF by the "To Contacts" of that
/// statement, which was addressed to it.
pub(crate) fn reachable_story(env: &mut Env, sink: &SmtpSink) {
    import_story(env);
    let add = |body: &str, name: &str, email: &str| {
        let run = env.run_at("2023-06-01", &["rapporteurs", "add", body, "--name", name, "--email", email]);
        assert!(run.ok(), "{}", run.stderr());
    };
    add("IEC TC 100", "Li Wei", "li.wei@example.cn");
    add("W3C", "Ann Smith", "ann.smith@example.org");
    let arf = env.run_at("2023-05-20", &["import", s(&repo("testdata/ls/ietf/ietf-page-arf-quic.txt"))]);
    assert!(arf.ok(), "{}", arf.stderr());
    env.set("LIAISE_SMTP_URL", &format!("smtp://127.0.0.1:{}", sink.port));
    env.set("LIAISE_SMTP_FROM", "FG-MV secretariat <fgmv@example.org>");
}

pub(crate) fn to_of(messages: &[(Value, String)]) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = messages
        .iter()
        .map(|(env, _)| {
            let mut to: Vec<String> = env["to"]
                .as_array()
                .expect("recipients")
                .iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect();
            to.sort();
            to
        })
        .collect();
    all.sort();
    all
}

#[test]
fn reminders_reach_a_real_smtp_server_once() {
    let mut env = Env::new();
    let sink = SmtpSink::start(&env.path("mail"));
    reachable_story(&mut env, &sink);

    // A dry run prints what it would send and sends nothing.
    let dry = env.run_at("2023-06-16", &["remind", "--dry-run"]);
    assert!(dry.ok(), "{}", dry.stderr());
    let out = dry.stdout();
    assert!(out.contains("4 reminders would be sent (dry run: nothing sent, nothing recorded)"), "{out}");
    assert!(out.contains("would send FG-MV-LS1 IEC TC 100 to Li Wei <li.wei@example.cn> (d-14)"), "{out}");
    assert!(out.contains("no address for 32 bodies"), "{out}");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(sink.messages().is_empty(), "a dry run sends nothing");

    // Fourteen days before the deadline: one message per reachable body.
    let run = env.run_at("2023-06-16", &["remind"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("4 reminders sent, 0 failed"), "{}", run.stdout());
    let messages = sink.messages();
    assert_eq!(
        to_of(&messages),
        vec![
            vec!["ann.smith@example.org".to_string()],
            vec!["chair@example.org".to_string()],
            vec!["li.wei@example.cn".to_string()],
            // One message per person (issue 9, item 19): ETSI ISG ARF's two contacts get one each.
            vec!["pierre.martin@example.fr".to_string()],
            vec!["sofia.rossi@example.it".to_string()],
        ]
    );
    let (envelope, text) =
        messages.iter().find(|(e, _)| e["to"][0] == "li.wei@example.cn").expect("IEC TC 100's reminder");
    assert_eq!(envelope["from"], "fgmv@example.org");
    assert_eq!(
        header(text, "Subject").as_deref(),
        Some(
            "Reminder: FG-MV-LS1 \"LS on requesting collaboration on metaverse standardization work\" (IEC TC 100, deadline 2023-06-30)"
        )
    );
    for want in [
        "Dear Li Wei,",
        "the liaison statement FG-MV-LS1",
        "\"LS on requesting collaboration on metaverse standardization work\"",
        "sent to IEC TC 100 for action",
        // Issue 9, item 19: a sentence per request, document numbers instead of internal ids,
        // a footer true to the slot, a Message-ID.
        "  - to provide information regarding any roadmap, technical specifications and/or reports of metaverse-related",
        "  - to designate a liaison rapporteur.",
        "The deadline is 30 June 2023, in 14 days.",
        "How to reply: send a liaison statement to ITU-T FG-MV that cites FG-MV-LS1, to Shin-Gak Kang <sgkang@etri.re.kr>",
        "Sent by liaise on 16 June 2023 (reminder: 14 days before the deadline).",
        "Reference: FG-MV-LS1 / IEC TC 100 / d-14",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("ls-1/body"), "no internal ids: {text}");
    assert!(
        header(text, "Message-ID").is_some_and(|m| m.starts_with("<reminder.") && m.ends_with("@example.org>")),
        "{text}"
    );

    // The same day again: nothing new.
    let again = env.run_at("2023-06-16", &["remind"]);
    assert!(again.stdout().contains("0 reminders sent"), "{}", again.stdout());
    assert_eq!(sink.messages().len(), 5);

    // Seven days before: two runs at once send each reminder once.
    let a = env.command(&["remind"]).env("LIAISE_NOW", "2023-06-23").stdout(Stdio::piped()).spawn().expect("first run");
    let b =
        env.command(&["remind"]).env("LIAISE_NOW", "2023-06-23").stdout(Stdio::piped()).spawn().expect("second run");
    let (a, b) = (a.wait_with_output().expect("first"), b.wait_with_output().expect("second"));
    assert!(
        a.status.success() && b.status.success(),
        "{} / {}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    assert_eq!(sink.messages().len(), 10, "each reminder sent once by the two overlapping runs");
    let subjects: Vec<String> = sink.messages()[5..].iter().filter_map(|(_, t)| header(t, "Subject")).collect();
    assert!(subjects.iter().all(|s| s.contains("deadline 2023-06-30")), "{subjects:?}");

    // A week after the deadline the reminders say so.
    let late = env.run_at("2023-07-07", &["remind"]);
    assert!(late.stdout().contains("4 reminders sent"), "{}", late.stdout());
    let (_, text) = sink.messages().pop().expect("a message");
    assert!(header(&text, "Subject").is_some_and(|s| s.starts_with("Overdue: FG-MV-LS1")), "{text}");
    assert!(text.contains("it passed 7 days ago"), "{text}");

    // Every reminder is recorded as an event of the statement.
    let history = env.json(&["ls", "history", "FG-MV-LS1"]);
    let sent = history.as_array().expect("events").iter().filter(|e| e["kind"] == "reminder.sent").count();
    assert_eq!(sent, 12);
}

#[test]
fn reminders_use_the_secretariats_templates_and_report_a_dead_server() {
    let mut env = Env::new();
    let sink = SmtpSink::start(&env.path("mail"));
    reachable_story(&mut env, &sink);
    let templates = env.path("templates");
    assert!(env.run(&["config", "--templates", s(&templates)]).ok());
    std::fs::write(templates.join("reminder-subject.txt"), "[FG-MV] {{ ls.number }} for {{ body }}\n").expect("write");
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        format!(
            "[reminders]\ntemplates = \"{}\"\nsignature = \"Ana, for the FG-MV secretariat\"\n",
            templates.display()
        ),
    )
    .expect("write");
    let run = env.run_at("2023-06-16", &["--config", s(&config), "remind"]);
    assert!(run.ok(), "{}", run.stderr());
    let subjects: Vec<String> = sink.messages().iter().filter_map(|(_, t)| header(t, "Subject")).collect();
    assert!(subjects.contains(&"[FG-MV] FG-MV-LS1 for W3C".to_string()), "{subjects:?}");
    assert!(sink.messages()[0].1.contains("Ana, for the FG-MV secretariat"));

    // A template that does not compile is named in the error.
    std::fs::write(templates.join("reminder.txt"), "{% if %}").expect("write");
    let bad = env.run_at("2023-06-23", &["--config", s(&config), "remind"]);
    assert_eq!(bad.code(), Some(1));
    assert!(bad.stderr().contains("reminder.txt"), "{}", bad.stderr());

    // A server that does not answer: the failure is reported and recorded, and retried later.
    std::fs::remove_file(templates.join("reminder.txt")).expect("remove");
    env.set("LIAISE_SMTP_URL", "smtp://127.0.0.1:9");
    let down = env.run_at("2023-06-23", &["--config", s(&config), "remind"]);
    assert_eq!(down.code(), Some(1));
    assert!(down.stderr().contains("failed FG-MV-LS1"), "{}", down.stderr());
    env.set("LIAISE_SMTP_URL", &format!("smtp://127.0.0.1:{}", sink.port));
    let retry = env.run_at("2023-06-23", &["--config", s(&config), "remind"]);
    assert!(retry.stdout().contains("4 reminders sent"), "{}", retry.stdout());

    let missing = {
        let mut e = Env::new();
        e.set("LIAISE_SMTP_URL", "smtp://127.0.0.1:9");
        e.run(&["remind"])
    };
    assert!(missing.stderr().contains("LIAISE_SMTP_FROM"), "{}", missing.stderr());
}

fn parse_ics(path: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/parse_ics.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(path)
        .output()
        .expect("python3 runs (./scripts/test installs icalendar)");
    assert!(out.status.success(), "icalendar refused the file: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn the_calendar_is_read_by_an_independent_parser_and_is_stable() {
    let env = Env::new();
    import_story(&env);
    let (a, b) = (env.path("a.ics"), env.path("b.ics"));
    assert!(env.run(&["calendar", "--as-of", "2023-06-20", "-o", s(&a)]).ok());
    assert!(env.run(&["calendar", "--as-of", "2023-06-20", "-o", s(&b)]).ok());
    let (bytes_a, bytes_b) = (std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"));
    assert_eq!(bytes_a, bytes_b, "two exports of the same data are identical");
    assert!(String::from_utf8_lossy(&bytes_a).lines().all(|l| l.len() <= 75), "lines are folded");

    let cal = parse_ics(&a);
    assert_eq!(cal["version"], "2.0");
    let events = cal["events"].as_array().expect("events");
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(e["uid"], "deadline-fg-mv-ls1.itu-t-fg-mv@liaise");
    assert_eq!((e["start"].clone(), e["end"].clone()), (Value::from("2023-06-30"), Value::from("2023-07-01")));
    assert!(
        e["summary"].as_str().unwrap_or("").contains("FG-MV-LS1")
            && e["summary"].as_str().unwrap_or("").contains("36 open"),
        "{e}"
    );
    let description = e["description"].as_str().unwrap_or("");
    assert!(description.contains("38 bodies asked, 2 answered, 36 still open."), "{description}");
    assert!(description.contains("IEC TC 100, ") && !description.contains("3GPP SA4"), "{description}");

    // After the deadline the same event says so; its UID stays, so clients update it.
    let c = env.path("c.ics");
    assert!(env.run(&["calendar", "--as-of", "2023-07-01", "-o", s(&c)]).ok());
    let later = parse_ics(&c);
    assert_eq!(later["events"][0]["uid"], e["uid"]);
    assert!(later["events"][0]["summary"].as_str().unwrap_or("").contains("OVERDUE, 36 open"));
}

/// Issue 9, item 19: a person owed several reminders on one day gets one message holding them
/// all, not one message each.
#[test]
fn issue9_item19_one_digest_per_person_per_day() {
    let mut env = Env::new();
    let sink = SmtpSink::start(&env.path("mail"));
    reachable_story(&mut env, &sink);
    // A second statement of the group to IEC TC 100, due on the same day.
    let second = env.path("second.txt");
    std::fs::write(
        &second,
        "Title: LS on avatar formats\nSource: ITU-T FG-MV\nDocument number: FG-MV-LS2\nFor action to: IEC TC 100\nDeadline: 2023-06-30\n",
    )
    .expect("write");
    assert!(env.run_at("2023-06-02", &["import", "--no-review", s(&second)]).ok());
    let run = env.run_at("2023-06-16", &["remind"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("5 reminders sent, 0 failed"), "{}", run.stdout());
    assert!(run.stdout().contains("in 5 messages"), "five people, Li Wei once: {}", run.stdout());
    let messages = sink.messages();
    let to_li: Vec<&(Value, String)> = messages.iter().filter(|(e, _)| e["to"][0] == "li.wei@example.cn").collect();
    assert_eq!(to_li.len(), 1, "one message for Li Wei");
    let text = &to_li[0].1;
    assert!(text.contains("FG-MV-LS1") && text.contains("FG-MV-LS2"), "both reminders: {text}");
    assert!(text.contains("2 reminders for you today"), "{text}");
}
