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
    std::fs::write(
        dir.join("ls.txt"),
        b"Title: LS on caf\xe9 services\nSource: ITU-T SG16\nFor action to: ITU-T SG17\nContact: Ren\xe9e Dupr\xe9 <renee@example.org>\n",
    )
    .expect("write");
    let run = env.run(&["import", s(&dir)]);
    assert_eq!(run.code(), Some(0), "skipped files are no failure: {}{}", run.stdout(), run.stderr());
    assert!(run.stdout().contains("1 created") && run.stdout().contains("2 skipped"), "{}", run.stdout());
    assert!(run.stdout().contains("read as Windows-1252"), "{}", run.stdout());
    let list = env.json(&["ls", "list"]);
    assert_eq!(list[0]["title"], "LS on café services");

    let run = env.run(&["import", s(&env.path("nowhere.docx"))]);
    assert_eq!(run.code(), Some(1));
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
    assert_eq!(run.code(), Some(1));
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
    assert_eq!(again.code(), Some(1));
    // Linked again by hand, the actions are answered again.
    assert!(env.run(&["replies", "link", "S4-230789", "FG-MV-LS1"]).ok());
    assert!(sa4(&env).iter().all(|s| s == "answered"), "{:?}", sa4(&env));
}
