//! Statements that arrive by e-mail: an mbox of three messages (a .docx attached, a PDF
//! attached, a datatracker notification whose text is the statement) becomes three records, each
//! linked to its message; a mail with no statement is skipped and says why.

use super::{Env, repo, s};

#[test]
fn an_mbox_of_three_messages_imports_to_three_linked_records() {
    let env = Env::new();
    let run = env.run(&["import", s(&repo("testdata/mail/three.mbox"))]);
    let out = run.stdout();
    assert!(run.ok(), "{out}{}", run.stderr());
    let pdf_readable = std::process::Command::new("pdftotext").arg("-v").output().is_ok();
    let want = if pdf_readable { 3 } else { 2 };
    assert!(out.contains(&format!("{want} created")), "{out}");
    let list = env.json(&["ls", "list"]);
    let numbers: Vec<String> =
        list.as_array().expect("a list").iter().map(|l| l["doc_number"].as_str().unwrap_or("-").to_string()).collect();
    assert!(numbers.contains(&"S4-231450".to_string()), "{numbers:?}");
    if pdf_readable {
        assert!(numbers.contains(&"FG-MV-LS1".to_string()), "{numbers:?}");
    } else {
        println!("SKIPPED (the PDF attachment): pdftotext is not installed; ./scripts/test installs it");
    }
    for l in list.as_array().expect("a list") {
        let shown = env.json(&["ls", "show", &l["ls_id"].to_string()]);
        let mails = shown["mails"].as_array().expect("mails");
        assert_eq!(mails.len(), 1, "{} is linked to its message", l["title"]);
        assert!(mails[0]["message_id"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(mails[0]["sender"].as_str().is_some_and(|m| m.contains('@')));
        assert!(mails[0]["sent_at"].as_str().is_some());
    }
    // The datatracker notification is read from the message's own text.
    assert!(out.contains("(message body)"), "{out}");

    // Importing the mailbox again duplicates nothing.
    let again = env.run(&["import", s(&repo("testdata/mail/three.mbox"))]);
    assert!(again.stdout().contains("0 created"), "{}", again.stdout());
    assert_eq!(env.json(&["ls", "list"]).as_array().map(Vec::len), Some(want));
}

#[test]
fn a_mail_without_a_statement_is_skipped_and_a_windows_1252_one_is_read() {
    let env = Env::new();
    let run = env.run(&["import", s(&repo("testdata/mail/no-statement.eml"))]);
    assert!(run.ok(), "a skipped mail is no failure: {}", run.stderr());
    assert!(
        run.stdout().contains("skipped") && run.stdout().contains("holds no liaison statement"),
        "{}",
        run.stdout()
    );
    let run = env.run(&["import", s(&repo("testdata/mail/windows-1252.eml"))]);
    assert!(run.stdout().contains("1 created"), "{}{}", run.stdout(), run.stderr());
    let list = env.json(&["ls", "list"]);
    let shown = env.json(&["ls", "show", &list[0]["ls_id"].to_string()]);
    let contacts = shown["contacts"].to_string();
    assert!(contacts.contains('é'), "the accent survived the charset: {contacts}");
}
