//! Regression tests for the numbered items of issue 9 done so far, each named after its item.

use super::{Env, fg_mv_ls1, s};

/// Item 7: the Markdown roadmap passed raw HTML from statements and catalogues through.
/// Item 8: `roadmap -o r.pdf` wrote Markdown into r.pdf; `catalogue export -o x.xlsx` wrote CSV.
#[test]
fn issue9_item7_markdown_roadmap_escapes_html_and_item8_unknown_extensions_are_errors() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    assert!(env.run(&["topics", "seed", "FG-MV-LS1"]).ok());
    let csv = env.path("evil.csv");
    std::fs::write(&csv, "identifier,title\nITU-T H.266,<script>alert(1)</script><img src=x onerror=alert(2)>\n")
        .expect("write");
    assert!(env.run(&["catalogue", "import", s(&csv)]).ok());
    let tag = env.run(&["catalogue", "tag", "ITU-T H.266", "Media CODEC"]);
    assert!(tag.ok(), "{}", tag.stderr());
    let md = env.path("r.md");
    let run = env.run(&["roadmap", "-o", s(&md)]);
    assert!(run.ok(), "{}", run.stderr());
    let text = std::fs::read_to_string(&md).expect("the roadmap");
    assert!(text.contains("ITU-T H.266"), "the entry is listed");
    assert!(!text.contains("<script>") && !text.contains("<img"), "raw HTML in the Markdown roadmap");
    assert!(text.contains("&lt;script&gt;"), "the title is shown, escaped");

    let pdf = env.path("r.pdf");
    let run = env.run(&["roadmap", "-o", s(&pdf)]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("not .pdf"), "{}", run.stderr());
    assert!(!pdf.exists(), "nothing is written under a name that lies about its format");
    let xlsx = env.path("x.xlsx");
    let run = env.run(&["catalogue", "export", "-o", s(&xlsx)]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("not .xlsx"), "{}", run.stderr());
    assert!(!xlsx.exists());
}

/// Item 11: piping into `head` panicked (exit 101). A reader that stops reading is no error.
#[test]
fn issue9_item11_a_closed_pipe_ends_quietly() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    for args in [&["ls", "show", "FG-MV-LS1", "--json"][..], &["actions", "list"][..], &["ls", "show", "FG-MV-LS1"][..]]
    {
        let mut child = env
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("liaise runs");
        // Close the reading end at once, as `head -0` would.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("liaise ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// Item 18 (in part): a PNG named .docx was called binary text; it is named for what it is.
#[test]
fn issue9_item18_a_png_named_docx_is_called_a_png() {
    let env = Env::new();
    let png = env.path("scan.docx");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let run = env.run(&["import", s(&png)]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("it is a PNG image"), "{}", run.stderr());
}

/// Item 6: the group's own sent statement could be set to received (and another body's to sent).
#[test]
fn issue9_item6_own_statements_are_sent_and_others_received() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    assert!(env.run(&["import", s(&super::repo("testdata/story/s4-230789-reply.txt"))]).ok());
    let run = env.run(&["ls", "state", "FG-MV-LS1", "received"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("it is sent, not received"), "{}", run.stderr());
    let run = env.run(&["ls", "state", "S4-230789", "sent"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("it is received, not sent"), "{}", run.stderr());
    // Dead and back is still possible for both.
    assert!(env.run(&["ls", "dead", "S4-230789", "--reason", "withdrawn by SA4"]).ok());
    assert!(env.run(&["ls", "revive", "S4-230789"]).ok());
}

/// Item 18: folder import failed on files that are no statements by their extension, refused
/// Windows-1252 text, and said "No such file" twice for a missing file.
#[test]
fn issue9_item18_folders_skip_non_statements_windows_1252_is_read_and_a_missing_file_said_once() {
    let env = Env::new();
    let dir = env.path("inbox");
    std::fs::create_dir(&dir).expect("folder");
    std::fs::write(dir.join("logo.png"), b"\x89PNG\r\n\x1a\n").expect("write");
    std::fs::write(dir.join("budget.xlsx"), b"PK\x03\x04").expect("write");
    // A database kept in the inbox: its write-ahead log is no statement either.
    std::fs::write(dir.join("old.db-wal"), b"").expect("write");
    std::fs::write(
        dir.join("ls.txt"),
        b"Title: LS on caf\xe9 services\nSource: ITU-T SG16\nFor action to: ITU-T SG17\nContact: Ren\xe9e Dupr\xe9 <renee@example.org>\n",
    )
    .expect("write");
    let run = env.run(&["import", s(&dir)]);
    assert_eq!(run.code(), Some(0), "skipped files are no failure: {}{}", run.stdout(), run.stderr());
    assert!(run.stdout().contains("1 created") && run.stdout().contains("3 skipped"), "{}", run.stdout());
    assert!(run.stdout().contains("read as Windows-1252"), "{}", run.stdout());
    let list = env.json(&["ls", "list"]);
    assert_eq!(list[0]["title"], "LS on café services");

    let run = env.run(&["import", s(&env.path("nowhere.docx"))]);
    assert_eq!(run.code(), Some(3), "3: not found");
    let err = run.stderr();
    assert_eq!(err.matches("no such file").count() + err.matches("No such file").count(), 1, "{err}");
}

/// Item 14: `rapporteurs add --email not-an-email` was accepted, then failed every reminder;
/// `gaps update --date 2023-13-45` blamed `--as-of`.
#[test]
fn issue9_item14_addresses_and_dates_are_checked_where_given() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let run = env.run(&["rapporteurs", "add", "IEC TC 100", "--name", "Li Wei", "--email", "not-an-email"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("is not an e-mail address"), "{}", run.stderr());
    let run = env.run(&["rapporteurs", "add", "IEC TC 100", "--name", "Li Wei", "--email", "li.wei@example.cn"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(env.run(&["gaps", "add", "--title", "No avatar standard"]).ok());
    let run = env.run(&["gaps", "update", "1", "--progress", "yellow", "--date", "2023-13-45"]);
    assert_eq!(run.code(), Some(2), "2: wrong usage");
    assert!(run.stderr().contains("--date") && !run.stderr().contains("--as-of"), "{}", run.stderr());
}

/// Item 3: `replies link 1 4` made a statement answer its own reply; there was no unlink.
#[test]
fn issue9_item3_links_refuse_cycles_and_unlink_puts_actions_back() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let run = env.run(&["import", s(&super::repo("testdata/story/s4-230789-reply.txt"))]);
    assert!(run.stdout().contains("answers FG-MV-LS1"), "{}", run.stdout());
    let sa4 = |env: &Env| -> Vec<String> {
        let actions = env.json(&["actions", "list", "--ls", "FG-MV-LS1"]);
        actions
            .as_array()
            .expect("a list")
            .iter()
            .filter(|a| a["body"] == "3GPP SA4")
            .map(|a| a["state"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(sa4(&env).iter().all(|s| s == "answered"), "{:?}", sa4(&env));

    let run = env.run(&["replies", "link", "FG-MV-LS1", "S4-230789"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("cannot answer it too"), "{}", run.stderr());

    let run = env.run(&["replies", "unlink", "S4-230789", "FG-MV-LS1"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("no longer answers"), "{}", run.stdout());
    assert!(!sa4(&env).is_empty() && sa4(&env).iter().all(|s| s == "open"), "{:?}", sa4(&env));
    let again = env.run(&["replies", "unlink", "S4-230789", "FG-MV-LS1"]);
    assert_eq!(again.code(), Some(3), "no such link: not found");
    // Linked again by hand, the actions are answered again.
    assert!(env.run(&["replies", "link", "S4-230789", "FG-MV-LS1"]).ok());
    assert!(sa4(&env).iter().all(|s| s == "answered"), "{:?}", sa4(&env));
}

/// Item 1: a draft got reminders and showed in `due` and the calendar; another group's letter
/// to a third body was chased "on behalf of" that group. Only what the group sent is owed to
/// it; what it was asked for is shown apart, and reminds nobody.
#[test]
fn issue9_item1_only_what_the_group_sent_is_chased() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let write = |name: &str, text: &str| {
        let p = env.path(name);
        std::fs::write(&p, text).expect("write");
        p
    };
    let draft = write(
        "draft.txt",
        "Title: LS on avatar interoperability\nSource: ITU-T FG-MV\nFor action to: IETF\nDeadline: 2023-06-25\n",
    );
    let run = env.run(&["import", "--no-review", "--state", "draft", s(&draft)]);
    assert!(run.ok(), "{}", run.stderr());
    let other = write(
        "sg13.txt",
        "Title: LS on IPv6 for cloud networks\nSource: ITU-T SG13\nFor action to: IETF\nDeadline: 2023-06-28\n",
    );
    assert!(env.run(&["import", "--no-review", s(&other)]).ok());
    let asked = write(
        "sg16.txt",
        "Title: LS on metaverse media codecs\nSource: ITU-T SG16\nFor action to: ITU-T FG-MV\nDeadline: 2023-06-27\n",
    );
    assert!(env.run(&["import", "--no-review", s(&asked)]).ok());

    let due = env.json(&["due", "--as-of", "2023-06-20"]);
    let titles = |list: &serde_json::Value| -> std::collections::BTreeSet<String> {
        list.as_array().expect("a list").iter().filter_map(|i| i["title"].as_str().map(str::to_string)).collect()
    };
    let owed = titles(&due["items"]);
    assert_eq!(owed.len(), 1, "only FG-MV-LS1 is owed to the group: {owed:?}");
    assert!(owed.iter().all(|t| t.contains("metaverse standardization")), "{owed:?}");
    assert_eq!(due["items"].as_array().map(Vec::len), Some(38), "38 bodies owe FG-MV-LS1");
    assert_eq!(titles(&due["we_owe"]), ["LS on metaverse media codecs".to_string()].into());
    assert!(due["we_owe"][0]["chase"].as_array().is_some_and(Vec::is_empty), "we do not chase ourselves");
    assert_eq!(due["statements"].as_array().map(Vec::len), Some(1));

    let remind = env.json(&["remind", "--dry-run", "--as-of", "2023-06-27"]);
    let chased: Vec<&serde_json::Value> = remind["no_address"]
        .as_array()
        .expect("no_address")
        .iter()
        .map(|p| &p[0])
        .chain(remind["sent"].as_array().expect("sent").iter().map(|r| &r["doc_number"]))
        .collect();
    assert_eq!(chased.len(), 38, "{remind}");
    assert!(chased.iter().all(|n| *n == "FG-MV-LS1"), "only FG-MV-LS1 is chased: {remind}");

    let cal = env.path("d.ics");
    assert!(env.run(&["calendar", "--as-of", "2023-06-20", "-o", s(&cal)]).ok());
    let ics = std::fs::read_to_string(&cal).expect("calendar").replace("\r\n ", "");
    assert!(ics.contains("Our answer due") && ics.contains("media codecs"), "{ics}");
    assert!(!ics.contains("avatar") && !ics.contains("IPv6 for cloud"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
}

/// Item 2: merging a body into one the same statement names doubled its actions (4 instead of
/// 2, of which `actions list --body` found 2), and the "unknown body" warnings stayed.
#[test]
fn issue9_item2_a_merge_folds_actions_and_answers_its_warnings() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    let ls = env.path("ls.txt");
    std::fs::write(
        &ls,
        "Title: LS on avatar formats\nSource: ITU-T FG-MV\nFor action to: Acme Metaverse Alliance, Acme Alliance\n\
         Deadline: 2023-06-30\n\nWe kindly ask you:\n- to provide your roadmap on avatar formats;\n- to nominate a liaison rapporteur.\n",
    )
    .expect("write");
    let run = env.run(&["import", "--no-review", s(&ls)]);
    assert!(run.ok(), "{}", run.stderr());
    let actions = env.json(&["actions", "list"]);
    let per_body = actions.as_array().map(Vec::len).unwrap_or(0) / 2;
    assert!(per_body >= 1, "each body has actions: {actions}");
    // One of the doubles has answered before anyone saw they were one body.
    let answered = actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["body"] == "Acme Alliance")
        .and_then(|a| a["id"].as_i64())
        .expect("an action of Acme Alliance");
    assert!(env.run(&["actions", "set", &answered.to_string(), "answered"]).ok());

    assert!(env.run(&["bodies", "confirm", "Acme Metaverse Alliance"]).ok());
    let run = env.run(&["bodies", "merge", "Acme Alliance", "Acme Metaverse Alliance"]);
    assert!(run.ok(), "{}", run.stderr());
    let all = env.json(&["actions", "list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(per_body), "one action per request: {all}");
    let by_body = env.json(&["actions", "list", "--body", "Acme Metaverse Alliance"]);
    assert_eq!(by_body, all);
    assert!(all.as_array().expect("actions").iter().any(|a| a["state"] == "answered"), "the answer is kept: {all}");
    let shown = env.json(&["ls", "show", "1"]);
    assert_eq!(shown["for_action"], serde_json::json!(["Acme Metaverse Alliance"]));
    let warnings = shown["files"][0]["warnings"].to_string();
    assert!(!warnings.contains("unknown body"), "{warnings}");
    let history = env.run(&["ls", "history", "1"]);
    assert!(history.stdout().contains("action.folded"), "{}", history.stdout());
}

/// Item 4: `ls show` said "1 answered, 1 declined, 37 open" of 38 bodies while `due` said 0
/// answered: a body with one request answered and one open was counted twice.
#[test]
fn issue9_item4_every_view_counts_a_body_once_by_one_rule() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let ids = |body: &str| -> Vec<String> {
        env.json(&["actions", "list", "--body", body])
            .as_array()
            .expect("actions")
            .iter()
            .map(|a| a["id"].to_string())
            .collect()
    };
    let tc100 = ids("IEC TC 100");
    assert_eq!(tc100.len(), 2);
    assert!(env.run(&["actions", "set", &tc100[0], "answered"]).ok());
    for id in ids("W3C") {
        assert!(env.run(&["actions", "set", &id, "declined"]).ok());
    }
    let shown = env.run(&["ls", "show", "FG-MV-LS1"]);
    assert!(shown.stdout().contains("for 38 bodies: 1 declined, 37 open"), "{}", shown.stdout());
    let due = env.json(&["due", "--as-of", "2023-06-20"]);
    let st = &due["statements"][0];
    assert_eq!(
        (&st["open"], &st["declined"], &st["answered"]),
        (&serde_json::json!(37), &serde_json::json!(1), &serde_json::json!(0))
    );
}

/// A folder of small distinct statements in the ITU layout, numbered from `from`.
fn inbox(env: &Env, name: &str, from: usize, n: usize) -> std::path::PathBuf {
    let dir = env.path(name);
    std::fs::create_dir(&dir).expect("folder");
    for i in from..from + n {
        let text = format!(
            "\tSG16-LS{i}\n\n\tSource:\n\tITU-T SG16\n\n\tTitle:\n\tLS number {i} on concurrency\n\n\tFor action to:\n\tITU-T SG17, IETF\n\n\tDeadline:\n\t30 March 2024\n\n\tContact:\n\tTest Person\nExample\nFrance\n\tE-mail:\ttest{i}@example.org\n"
        );
        std::fs::write(dir.join(format!("ls-{i:05}.txt")), text).expect("write");
    }
    dir
}

/// Item 9: a second writer on one SQLite file failed with "database is locked" in half a
/// second (deferred transactions upgrading to writers); two first runs on a new file raced in
/// the migrations ("table meta already exists"). Both writers must wait their turn and succeed.
#[test]
fn issue9_item9_two_writers_on_one_sqlite_file_both_succeed() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let a = inbox(&env, "a", 0, 300);
    let b = inbox(&env, "b", 1000, 300);
    let spawn = |dir: &std::path::Path| {
        env.command(&["import", "--quiet", s(dir)])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("liaise runs")
    };
    let first = spawn(&a);
    let second = spawn(&b);
    // Meanwhile a person moves an action back and forth.
    let action = env.json(&["actions", "list", "--body", "IEC TC 100"])[0]["id"].to_string();
    for state in ["answered", "open", "declined", "open", "acknowledged"] {
        let run = env.run(&["actions", "set", &action, state]);
        assert!(run.ok(), "actions set {state} during two imports: {}", run.stderr());
    }
    for (name, child) in [("first", first), ("second", second)] {
        let out = child.wait_with_output().expect("liaise ends");
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "{name} import: {stdout}{stderr}");
        assert!(stdout.contains("300 files: 300 created"), "{name}: {stdout}");
        assert!(!stderr.contains("locked"), "{name}: {stderr}");
    }
    assert_eq!(env.json(&["ls", "list"]).as_array().map(Vec::len), Some(601));

    // Two first runs on a new file, several times over: both succeed.
    for round in 0..5 {
        let db = env.path(&format!("new-{round}.db"));
        let run = |args: &[&str]| {
            let mut c = env.command(args);
            c.env("LIAISE_DATABASE_URL", &db).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
            c.spawn().expect("liaise runs")
        };
        let x = run(&["bodies", "list", "--json"]);
        let y = run(&["import", s(&fg_mv_ls1())]);
        for child in [x, y] {
            let out = child.wait_with_output().expect("liaise ends");
            assert!(out.status.success(), "round {round}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

/// Item 10: a read-only database or an unreachable PostgreSQL hung 30 s behind coloured log
/// lines and hid the cause. Fail at once with the cause; reading commands work read-only.
#[test]
fn issue9_item10_a_read_only_file_and_a_dead_server_fail_at_once_with_the_cause() {
    let env = Env::new();
    let start = std::time::Instant::now();
    let run = env.run(&["--db", "postgres://liaise:secret@127.0.0.1:1/none", "ls", "list"]);
    assert_eq!(run.code(), Some(1));
    let err = run.stderr();
    assert!(err.to_lowercase().contains("connection refused"), "{err}");
    assert!(!err.contains("secret"), "the password is not printed: {err}");
    assert!(err.lines().count() <= 4, "one clear message, not a log: {err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(10), "took {:?}", start.elapsed());

    // A file this process may not write. Root may write any file, so as root the commands run
    // as `nobody` (setpriv); as anyone else the file's mode is enough.
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let db = env.db();
    use std::os::unix::fs::PermissionsExt;
    let open = |p: &std::path::Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    // The folder too: SQLite cannot make its shared files beside the database (found in review:
    // a read-only folder hung 30 s). Root still may write it, so as root `nobody` reads.
    open(std::path::Path::new(&db), 0o444);
    let root = std::process::Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    open(env.dir.path(), if root { 0o755 } else { 0o555 });
    let as_reader = |args: &[&str]| {
        let mut c = if root {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", env!("CARGO_BIN_EXE_liaise")]);
            c
        } else {
            std::process::Command::new(env!("CARGO_BIN_EXE_liaise"))
        };
        c.args(args).env("LIAISE_DATABASE_URL", &db).env("HOME", env.dir.path()).env("LIAISE_USER", "tester");
        super::Run(c.output().expect("liaise runs"))
    };
    let list = as_reader(&["ls", "list"]);
    assert!(list.ok(), "a reading command works on a read-only file: {}", list.stderr());
    assert!(list.stdout().contains("FG-MV-LS1"), "{}", list.stdout());
    assert!(as_reader(&["due"]).ok());
    let start = std::time::Instant::now();
    let write = as_reader(&["bodies", "add", "OMA3", "--kind", "forum"]);
    assert_eq!(write.code(), Some(1));
    assert!(write.stderr().contains("read-only"), "{}", write.stderr());
    assert!(start.elapsed() < std::time::Duration::from_secs(5), "took {:?}", start.elapsed());
    open(env.dir.path(), 0o755);
}

/// Item 5: the roadmap's gaps listed bodies asked only for information and bodies that
/// declined; the matrix marked ISO and JTC 1 as answered because SC 29 did; `catalogue accept N
/// --topic 11` made a topic named "11"; a catalogue imported before `topics seed` left orphan
/// topics nothing could merge or delete.
#[test]
fn issue9_item5_gaps_marks_and_topics_tell_the_truth() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let csv = env.path("early.csv");
    std::fs::write(
        &csv,
        "identifier,title,topics\nISO/IEC 23001-7,Common encryption,Cloud network\nITU-T H.266,VVC,Codec stuff\n",
    )
    .expect("write");
    let run = env.run(&["catalogue", "import", s(&csv)]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(env.run(&["topics", "seed", "FG-MV-LS1"]).ok());
    let topics = env.json(&["topics", "list"]);
    let labels: Vec<&str> = topics.as_array().expect("topics").iter().filter_map(|t| t["label"].as_str()).collect();
    assert!(!labels.contains(&"Cloud network"), "the early topic took its place in the table: {labels:?}");
    let cloud = topics.as_array().expect("topics").iter().find(|t| t["label"] == "Infrastructure / Cloud network");
    assert_eq!(cloud.map(|t| t["entries"].clone()), Some(serde_json::json!(1)));
    // A topic no table names can be merged into one, and deleted.
    let run = env.run(&["topics", "merge", "Codec stuff", "Media CODEC"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(env.run(&["topics", "add", "Scratch"]).ok());
    assert!(env.run(&["topics", "delete", "Scratch"]).ok());
    let topics = env.json(&["topics", "list"]);
    assert_eq!(topics.as_array().map(Vec::len), Some(18), "{topics}");
    let codec = topics.as_array().expect("topics").iter().find(|t| t["label"] == "Media CODEC");
    assert_eq!(codec.map(|t| t["entries"].clone()), Some(serde_json::json!(1)));

    // SC 29 answers; ISO/TC 307 declines.
    assert!(env.run(&["import", s(&super::repo("testdata/story/sc29-n21034-reply.txt"))]).ok());
    for a in env.json(&["actions", "list", "--body", "ISO/TC 307"]).as_array().expect("actions") {
        assert!(env.run(&["actions", "set", &a["id"].to_string(), "declined"]).ok());
    }
    let out = env.path("r.json");
    assert!(env.run(&["roadmap", "-o", s(&out)]).ok());
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).expect("roadmap")).expect("JSON");
    assert_eq!(r["answered"], serde_json::json!(["ISO/IEC JTC 1/SC 29"]), "no parent is credited");
    let gap_bodies: Vec<&str> =
        r["gaps"]["computed"].as_array().expect("gaps").iter().filter_map(|g| g["body_name"].as_str()).collect();
    assert!(gap_bodies.contains(&"ISO/IEC JTC 1/SC 38"), "a body asked that owes is a gap: {gap_bodies:?}");
    for not_a_gap in ["ISO/TC 307", "ITU-T SG13", "ITU-T SG16", "ISO/IEC JTC 1/SC 29"] {
        assert!(!gap_bodies.contains(&not_a_gap), "{not_a_gap} is no gap: {gap_bodies:?}");
    }

    // Accepting a proposal with a topic id tags the entry with that topic.
    let media = codec.and_then(|t| t["id"].as_i64()).expect("topic id").to_string();
    let run = env.run(&["catalogue", "accept", "1", "--topic", &media]);
    assert!(run.ok(), "{}", run.stderr());
    let topics = env.json(&["topics", "list"]);
    assert_eq!(topics.as_array().map(Vec::len), Some(18), "no topic named {media:?}: {topics}");
}

/// Item 20: `actions set` took one id; setting the state an action had was an error; `due`
/// showed no action ids; the README's `actions set 12 declined` declined another body than its
/// comment said in a new database.
#[test]
fn issue9_item20_actions_are_set_by_ids_or_by_statement_and_body() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let run = env.run(&[
        "actions",
        "set",
        "--ls",
        "FG-MV-LS1",
        "--body",
        "IEC TC 100",
        "declined",
        "--comment",
        "TC 100 will not reply",
    ]);
    assert!(run.ok(), "{}", run.stderr());
    let tc100 = env.json(&["actions", "list", "--body", "IEC TC 100"]);
    assert!(tc100.as_array().expect("actions").iter().all(|a| a["state"] == "declined"), "{tc100}");
    assert_eq!(env.json(&["actions", "list", "--state", "declined"]).as_array().map(Vec::len), Some(2));

    let due = env.json(&["due", "--as-of", "2023-06-20", "--body", "W3C"]);
    let ids: Vec<String> =
        due["items"][0]["action_ids"].as_array().expect("ids").iter().map(|i| i.to_string()).collect();
    assert_eq!(ids.len(), 2);
    let text = env.run(&["due", "--as-of", "2023-06-20", "--body", "W3C"]).stdout();
    assert!(text.contains(&ids.join(",")), "due shows the ids to set: {text}");
    let mut args = vec!["actions", "set"];
    args.extend(ids.iter().map(String::as_str));
    args.push("answered");
    assert!(env.run(&args).ok());
    let again = env.run(&args);
    assert_eq!(again.code(), Some(0), "{}", again.stderr());
    assert_eq!(again.stdout().matches("already answered").count(), 2, "{}", again.stdout());
    let history = env.run(&["actions", "history", &ids[0]]).stdout();
    assert_eq!(history.matches("answered").count(), 1, "no second event: {history}");
    let bad = env.run(&["actions", "set", "twelve", "answered"]);
    assert_eq!(bad.code(), Some(2), "2: wrong usage");
    assert!(bad.stderr().contains("is not an action id"), "{}", bad.stderr());
    // All or nothing (found in review): one unknown id changes none of the others.
    let w3c_first = ids[0].clone();
    let run = env.run(&["actions", "set", &w3c_first, "99999", "open"]);
    assert_eq!(run.code(), Some(3));
    assert!(run.stderr().contains("nothing was changed"), "{}", run.stderr());
    let still = env.json(&["actions", "history", &w3c_first]);
    let moves = still.as_array().expect("events").iter().filter(|e| e["kind"] == "action.state").count();
    assert_eq!(moves, 1, "only the move to answered: {still}");
}

/// Item 21: `demo` imported into a database that was not empty and switched its group; `--db`
/// and `--into` were two options for one thing.
#[test]
fn issue9_item21_the_demo_refuses_a_database_in_use() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let run = env.run(&["demo"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("is not empty"), "{}", run.stderr());
    let shown = env.run(&["group"]).stdout();
    assert!(shown.contains("FG-MV"), "the group is unchanged: {shown}");
    assert_eq!(env.json(&["ls", "list"]).as_array().map(Vec::len), Some(1));
    assert!(env.run(&["demo", "--into", "x.db"]).stderr().contains("unexpected argument"));
    // Without a database named, the demo makes its own.
    let own = env
        .command(&["demo"])
        .env_remove("LIAISE_DATABASE_URL")
        .env("TMPDIR", env.dir.path())
        .output()
        .expect("liaise runs");
    assert!(own.status.success(), "{}", String::from_utf8_lossy(&own.stderr));
    assert!(String::from_utf8_lossy(&own.stdout).contains("The demo database is"));
}

/// Item 13: a re-import said "updated" with no diff, and an identical re-import added an event
/// each time; the original file could not be had back once the inbox moved.
#[test]
fn issue9_item13_reimports_say_what_changed_and_the_file_is_kept() {
    let env = Env::new();
    let file = env.path("ls.txt");
    let text = "Title: LS on codecs\nSource: ITU-T SG16\nFor action to: IEC TC 100, W3C\nDeadline: 2023-06-30\n";
    std::fs::write(&file, text).expect("write");
    assert!(env.run(&["import", "--no-review", s(&file)]).ok());
    let same = env.run(&["import", "--no-review", s(&file)]);
    assert!(same.stdout().contains("0 updated, 1 unchanged"), "{}", same.stdout());
    let events = env.json(&["ls", "history", "1"]).as_array().map(Vec::len);
    std::fs::write(
        &file,
        text.replace("IEC TC 100, W3C", "W3C").replace("2023-06-30", "2023-07-31") + "For information to: IEC TC 100\n",
    )
    .expect("write");
    let changed = env.run(&["import", "--no-review", s(&file)]);
    let out = changed.stdout();
    assert!(out.contains("deadline 2023-06-30 -> 2023-07-31"), "{out}");
    assert!(out.contains("IEC TC 100 no longer for action") && out.contains("IEC TC 100 now for information"), "{out}");
    let history = env.json(&["ls", "history", "1"]);
    let updated = history.as_array().expect("events").iter().find(|e| e["kind"] == "ls.updated").expect("an update");
    assert!(updated["data"]["changes"].to_string().contains("deadline 2023-06-30 -> 2023-07-31"), "{updated}");
    assert!(history.as_array().map(Vec::len) > events, "the change is an event");

    // The inbox goes; both versions come back whole from the database: the latest by default,
    // the first by its SHA-256.
    let latest = std::fs::read_to_string(&file).expect("the file");
    std::fs::remove_file(&file).expect("remove");
    let out = env.path("back.txt");
    let run = env.run(&["ls", "file", "1", "-o", s(&out)]);
    assert!(run.ok(), "{}", run.stderr());
    assert_eq!(std::fs::read_to_string(&out).expect("written"), latest);
    let first_sha = env.json(&["ls", "show", "1"])["files"][0]["sha256"].as_str().expect("sha").to_string();
    let run = env.run(&["ls", "file", "1", "--sha", &first_sha[..10], "-o", s(&out)]);
    assert!(run.ok(), "{}", run.stderr());
    assert_eq!(std::fs::read_to_string(&out).expect("written"), text);
}

/// Item 17: errors were text only and every failure exited 1. With --json an error is JSON
/// too; not found exits 3, wrong usage 2.
#[test]
fn issue9_item17_errors_are_json_too_and_exit_codes_tell_the_kind() {
    let env = Env::new();
    let run = env.run(&["ls", "show", "NO-SUCH-LS", "--json"]);
    assert_eq!(run.code(), Some(3));
    let err: serde_json::Value = serde_json::from_str(&run.stdout()).expect("the error is JSON on stdout");
    assert_eq!(err["error"]["kind"], "not_found");
    assert!(err["error"]["message"].as_str().is_some_and(|m| m.contains("NO-SUCH-LS")), "{err}");
    assert_eq!(env.run(&["ls", "show"]).code(), Some(2), "a missing argument is wrong usage");
    assert_eq!(env.run(&["actions", "set", "1", "answered"]).code(), Some(3));
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    let run = env.run(&["ls", "state", "FG-MV-LS1", "draft", "--json"]);
    assert_eq!(run.code(), Some(1));
    let err: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    assert_eq!(err["error"]["kind"], "conflict", "{err}");
    let help = env.run(&["--help"]).stdout();
    assert!(help.contains("3 not found"), "the exit codes are documented: {help}");
}

/// Item 12 (in part): rapporteurs and gap records could not be corrected. Each correction is an
/// event in history.
#[test]
fn issue9_item12_rapporteurs_and_gaps_are_corrected_with_history() {
    let env = Env::new();
    assert!(env.run(&["import", s(&fg_mv_ls1())]).ok());
    assert!(env.run(&["rapporteurs", "add", "IEC TC 100", "--name", "Li Wei", "--email", "li.wei@example.cn"]).ok());
    let bad = env.run(&["rapporteurs", "edit", "1", "--email", "li.wei(at)example.cn"]);
    assert_eq!(bad.code(), Some(1));
    assert!(env.run(&["rapporteurs", "edit", "1", "--email", "wei.li@example.cn"]).ok());
    let list = env.json(&["rapporteurs", "list"]);
    assert_eq!(list[0]["email"], "wei.li@example.cn");
    assert!(env.run(&["rapporteurs", "remove", "1", "--reason", "entered for the wrong body"]).ok());
    assert_eq!(env.json(&["rapporteurs", "list"])[0]["status"], "removed");
    assert_eq!(env.run(&["rapporteurs", "remove", "9", "--reason", "x"]).code(), Some(3));

    assert!(env.run(&["gaps", "add", "--title", "No avatr standard", "--priority", "low"]).ok());
    assert!(env.run(&["gaps", "edit", "1", "--title", "No avatar standard", "--priority", "high"]).ok());
    let gaps = env.json(&["gaps", "list"]);
    assert_eq!(
        (&gaps[0]["title"], &gaps[0]["priority"]),
        (&serde_json::json!("No avatar standard"), &serde_json::json!("high"))
    );
    assert_eq!(env.run(&["gaps", "edit", "1", "--priority", "urgent"]).code(), Some(1));
    assert_eq!(env.run(&["gaps", "edit", "1"]).code(), Some(1), "an edit that says nothing is refused");
}

/// Item 12: a merge could not be undone. `bodies unmerge` puts back, from the event log, what the
/// merge changed, folded actions and their states included.
#[test]
fn issue9_item12_a_merge_is_undone_from_the_event_log() {
    let env = Env::new();
    assert!(env.run(&["group", "FG-MV"]).ok());
    let ls = env.path("ls.txt");
    std::fs::write(&ls, "Title: LS on avatar formats\nSource: ITU-T FG-MV\nFor action to: Acme Metaverse Alliance, Acme Alliance, W3C\nDeadline: 2023-06-30\n")
        .expect("write");
    assert!(env.run(&["import", "--no-review", s(&ls)]).ok());
    let before = env.json(&["actions", "list"]);
    let acme = before.as_array().expect("actions").iter().find(|a| a["body"] == "Acme Alliance").expect("an action");
    assert!(env.run(&["actions", "set", &acme["id"].to_string(), "answered"]).ok());
    let before = env.json(&["actions", "list"]);
    let shown_before = env.json(&["ls", "show", "1"]);
    assert!(env.run(&["bodies", "merge", "Acme Alliance", "Acme Metaverse Alliance"]).ok());
    assert_eq!(env.json(&["actions", "list"]).as_array().map(Vec::len), Some(2));
    let run = env.run(&["bodies", "unmerge", "Acme Alliance"]);
    assert!(run.ok(), "{}", run.stderr());
    assert!(run.stdout().contains("was merged into Acme Metaverse Alliance"), "{}", run.stdout());
    let after = env.json(&["actions", "list"]);
    let key = |v: &serde_json::Value| -> Vec<(String, String, String)> {
        let mut k: Vec<_> = v
            .as_array()
            .expect("actions")
            .iter()
            .map(|a| (a["id"].to_string(), a["body"].to_string(), a["state"].to_string()))
            .collect();
        k.sort();
        k
    };
    assert_eq!(key(&after), key(&before), "the actions are as they were");
    assert_eq!(env.json(&["ls", "show", "1"])["for_action"], shown_before["for_action"]);
    assert_eq!(env.json(&["bodies", "show", "Acme Alliance"])["status"], "unconfirmed");
    assert_eq!(env.run(&["bodies", "unmerge", "Acme Alliance"]).code(), Some(3), "nothing left to undo");
    let history = env.run(&["bodies", "show", "Acme Alliance"]);
    assert!(history.ok());
}

/// Item 12: a catalogue entry could be neither corrected nor withdrawn.
#[test]
fn issue9_item12_catalogue_entries_are_corrected_and_withdrawn() {
    let env = Env::new();
    let csv = env.path("c.csv");
    std::fs::write(
        &csv,
        "identifier,title,status\nITU-T H.266,Versatile vidoe coding,In force\nITU-T H.999,Not a real one,In force\n",
    )
    .expect("write");
    assert!(env.run(&["catalogue", "import", s(&csv)]).ok());
    let run =
        env.run(&["catalogue", "edit", "ITU-T H.266", "--title", "Versatile video coding", "--status", "Superseded"]);
    assert!(run.ok(), "{}", run.stderr());
    let e = env.json(&["catalogue", "show", "ITU-T H.266"]);
    assert_eq!(e["title"], "Versatile video coding");
    assert_eq!(e["lifecycle"], "superseded", "the lifecycle follows the status: {e}");
    assert_eq!(env.run(&["catalogue", "edit", "ITU-T H.266", "--published", "2023-13-01"]).code(), Some(2));
    assert!(env.run(&["catalogue", "withdraw", "ITU-T H.999", "--reason", "no such Recommendation"]).ok());
    assert_eq!(env.run(&["catalogue", "show", "ITU-T H.999"]).code(), Some(3));
    assert_eq!(env.json(&["catalogue", "list"]).as_array().map(Vec::len), Some(1));
}

/// The commands `--help` lists under "Commands:" (without `help`).
fn subcommands(env: &Env, path: &[&str]) -> Vec<String> {
    let mut args = path.to_vec();
    args.push("--help");
    let help = env.run(&args).stdout();
    let mut out = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.starts_with("Commands:") {
            inside = true;
            continue;
        }
        if inside {
            if !line.starts_with("  ") {
                break;
            }
            // A command's name is indented by two spaces; a wrapped description by more.
            if line.starts_with("   ") {
                continue;
            }
            if let Some(name) = line.split_whitespace().next()
                && name != "help"
            {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// Item 17: `--json` on every command; what a write command did comes back as JSON too.
#[test]
fn issue9_item17_every_command_takes_json() {
    let env = Env::new();
    let mut missing = Vec::new();
    let mut checked = 0;
    for top in subcommands(&env, &[]) {
        let subs = subcommands(&env, &[&top]);
        let leaves: Vec<Vec<String>> = if subs.is_empty() {
            vec![vec![top.clone()]]
        } else {
            subs.into_iter().map(|s| vec![top.clone(), s]).collect()
        };
        for leaf in leaves {
            let mut args: Vec<&str> = leaf.iter().map(String::as_str).collect();
            args.push("--help");
            checked += 1;
            if !env.run(&args).stdout().contains("--json") {
                missing.push(leaf.join(" "));
            }
        }
    }
    assert!(checked > 60, "only {checked} commands found in the help");
    assert!(missing.is_empty(), "commands without --json: {missing:?}");
    let added = env.json(&["topics", "add", "Avatars"]);
    assert_eq!((&added["ok"], added["topic_id"].is_i64()), (&serde_json::json!(true), true), "{added}");
    let group = env.json(&["group", "FG-MV"]);
    assert_eq!(group["group"], "ITU-T FG-MV");
}
