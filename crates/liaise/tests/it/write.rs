//! Writing the group's own statements (issue 14): drafts and replies, the .docx in the ITU and
//! 3GPP layouts and in a group's template, read back by liaise and by python-docx, turned into
//! PDF by LibreOffice and page 1 into PNG by pdftoppm (kept in `target/test-artifacts/`), and
//! sent to a real SMTP server once.

use super::remind::SmtpSink;
use super::{Env, repo, s};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/test-artifacts");
    std::fs::create_dir_all(&dir).expect("the artifacts folder");
    dir
}

/// python-docx's reading of a .docx.
fn python_docx(path: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/docx_check.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg("read")
        .arg(path)
        .output()
        .expect("python3 runs (./scripts/test installs python-docx)");
    assert!(
        out.status.success(),
        "python-docx could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON from docx_check.py")
}

fn ok(env: &Env, args: &[&str]) -> String {
    let run = env.run(args);
    assert!(run.ok(), "liaise {args:?} failed: {}", run.stderr());
    run.stdout()
}

/// The example draft, stored in a database whose group is FG-MV.
fn drafted(env: &Env) -> (PathBuf, i64) {
    ok(env, &["group", "ITU-T FG-MV"]);
    let draft = env.path("draft.md");
    std::fs::write(&draft, ok(env, &["ls", "new", "--example"])).expect("write the draft");
    let stored = env.json(&["ls", "new", "--from", s(&draft)]);
    assert_eq!((stored["created"].clone(), stored["state"].clone()), (json!(true), json!("draft")), "{stored}");
    (draft, stored["ls_id"].as_i64().expect("an id"))
}

#[test]
fn a_draft_is_refused_for_an_unknown_name_and_stored_without_actions() {
    let env = Env::new();
    ok(&env, &["group", "ITU-T FG-MV"]);
    let example = ok(&env, &["ls", "new", "--example"]);
    let bad = env.path("bad.md");
    std::fs::write(
        &bad,
        example.replace("IEC TC 100", "IEC TC 1000").replace("ITU-T SG16", "Metaverse Council of Mars"),
    )
    .expect("write");
    let run = env.run(&["ls", "new", "--from", s(&bad)]);
    assert!(!run.ok(), "an unknown name is refused");
    let err = run.stderr();
    assert!(err.contains("\"IEC TC 1000\" is no body liaise knows; did you mean IEC TC 100"), "{err}");
    assert!(err.contains("\"Metaverse Council of Mars\" is no body liaise knows"), "{err}");
    assert!(!env.run(&["bodies", "show", "Metaverse Council of Mars"]).ok(), "no body was added");
    assert!(env.json(&["ls", "list"]).as_array().expect("a list").is_empty(), "nothing was stored");

    let broken = env.path("broken.md");
    std::fs::write(&broken, "---\ntitel: x\n---\n").expect("write");
    let run = env.run(&["ls", "new", "--from", s(&broken)]);
    assert!(run.stderr().contains("line 2: unknown field \"titel\""), "{}", run.stderr());

    // A draft is the group's own, to other bodies (found in review).
    let foreign = env.path("foreign.md");
    std::fs::write(&foreign, "---\ntitle: LS on TVs\nsource: IEC TC 100\nfor action: ITU-T SG16\n---\n")
        .expect("write");
    let run = env.run(&["ls", "new", "--from", s(&foreign)]);
    assert!(run.stderr().contains("source: IEC TC 100 is not ITU-T FG-MV"), "{}", run.stderr());
    let to_self = env.path("self.md");
    std::fs::write(&to_self, "---\ntitle: LS on us\nfor action: FG-MV, ITU-T SG16\n---\n").expect("write");
    let run = env.run(&["ls", "new", "--from", s(&to_self)]);
    assert!(run.stderr().contains("for action: \"FG-MV\" is the group itself"), "{}", run.stderr());
    let reversed = env.path("reversed.md");
    std::fs::write(&reversed, "---\ntitle: LS\nfor action: ITU-T SG16\nmeeting: 2023-07-05/2023-07-03\n---\n")
        .expect("write");
    let run = env.run(&["ls", "new", "--from", s(&reversed)]);
    assert!(
        run.stderr().contains("line 4: meeting: \"2023-07-05/2023-07-03\" ends before it starts"),
        "{}",
        run.stderr()
    );

    let (_, id) = drafted(&env);
    let run = env.run(&["ls", "reply", &id.to_string()]);
    assert!(run.stderr().contains("is the group's own statement: a reply answers"), "{}", run.stderr());
    let shown = env.json(&["ls", "show", &id.to_string()]);
    assert_eq!(shown["for_action"].as_array().map(Vec::len), Some(3), "{shown}");
    assert_eq!((shown["deadline"].clone(), shown["kind"].clone()), (json!("2023-10-31"), json!("liaison statement")));
    let actions = env.json(&["actions", "list", "--ls", &id.to_string()]);
    assert!(actions.as_array().expect("a list").is_empty(), "a draft asks nothing yet: {actions}");
    let due = env.json(&["due", "--as-of", "2023-10-01"]);
    assert!(due["items"].as_array().is_none_or(Vec::is_empty), "a draft is owed nothing: {due}");
}

#[test]
fn the_docx_reads_back_the_same_in_liaise_and_in_python_docx_and_becomes_a_pdf() {
    let env = Env::new();
    let (_, id) = drafted(&env);
    let id = id.to_string();
    let out = env.path("FG-MV-LS2.docx");
    ok(&env, &["ls", "docx", &id, "-o", s(&out)]);

    // liaise, in a database of its own, reads the file it wrote as the record it was written from.
    let other = Env::new();
    ok(&other, &["import", "--no-review", s(&out)]);
    let mine = env.json(&["ls", "show", &id]);
    let back = other.json(&["ls", "show", "FG-MV-LS2"]);
    assert!(mine["title"].is_string() && mine["body"].is_string(), "{mine}");
    for field in [
        "doc_number",
        "title",
        "sector",
        "study_period",
        "source_name",
        "meeting",
        "for_action",
        "for_information",
        "approval",
        "approval_date",
        "deadline",
        "contacts",
        "abstract",
        "body",
        "requests",
        "topics",
    ] {
        assert_eq!(back[field], mine[field], "{field} read back");
    }

    // python-docx finds the same header values in the tables.
    let py = python_docx(&out);
    let field = |label: &str| py["fields"][label][0].as_str().unwrap_or("").to_string();
    assert_eq!(field("Title"), "LS on metaverse standardization roadmaps");
    assert_eq!(field("Source"), "ITU-T FG-MV");
    assert_eq!(field("For action to"), "ITU-R SG5, IEC TC 100, ISO/IEC JTC 1/SC 29");
    assert_eq!(field("Deadline"), "31 October 2023");
    assert!(field("Contact").starts_with("Shin-Gak Kang"), "{py}");
    assert!(py["paragraphs"].as_array().expect("paragraphs").iter().any(|p| p == "Background"), "{py}");
    // The draft's "# Background" is a heading in the document (found in review: it was a plain paragraph).
    assert!(py["paragraph_styles"].as_array().expect("styles").iter().any(|s| s == "Heading 1"), "{py}");

    // The 3GPP template, with its labelled paragraphs.
    let tgpp = env.path("FG-MV-LS2-3gpp.docx");
    ok(&env, &["ls", "docx", &id, "--template", "3gpp", "-o", s(&tgpp)]);
    let py = python_docx(&tgpp);
    let paragraphs: Vec<&str> =
        py["paragraphs"].as_array().expect("paragraphs").iter().filter_map(Value::as_str).collect();
    assert!(paragraphs.contains(&"Title:\tLS on metaverse standardization roadmaps"), "{paragraphs:?}");
    assert!(paragraphs.contains(&"To:\tITU-R SG5, IEC TC 100, ISO/IEC JTC 1/SC 29"), "{paragraphs:?}");

    // Markdown, in the draft's own format.
    let md = env.path("FG-MV-LS2.md");
    ok(&env, &["ls", "docx", &id, "-o", s(&md)]);
    let text = std::fs::read_to_string(&md).expect("the Markdown");
    assert!(text.starts_with("---\ntitle: LS on metaverse standardization roadmaps\n"), "{text}");
    assert!(text.contains("for action: ITU-R SG5, IEC TC 100, ISO/IEC JTC 1/SC 29"), "{text}");
    assert!(text.contains("\n# Background\n"), "{text}");

    // An existing file is not overwritten without --force.
    let again = env.run(&["ls", "docx", &id, "-o", s(&out)]);
    assert!(again.stderr().contains("exists; --force overwrites it"), "{}", again.stderr());

    // LibreOffice makes a PDF of each layout; page 1 of each is kept as a PNG.
    for (template, name) in [("itu", "ls-itu"), ("3gpp", "ls-3gpp")] {
        let pdf = env.path(&format!("{name}.pdf"));
        ok(&env, &["ls", "docx", &id, "--template", template, "-o", s(&pdf)]);
        let bytes = std::fs::read(&pdf).expect("the PDF");
        assert!(bytes.starts_with(b"%PDF"), "a PDF");
        let png = artifacts().join(name);
        let status = Command::new("pdftoppm")
            .args(["-png", "-f", "1", "-l", "1", "-r", "60", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .expect("pdftoppm runs (./scripts/test installs poppler-utils)");
        assert!(status.success());
        let image = std::fs::read(png.with_extension("png")).expect("page 1 as PNG");
        assert!(image.starts_with(b"\x89PNG") && image.len() > 2_000, "a page with something on it");
    }
}

#[test]
fn a_group_template_keeps_its_styles_logo_and_header() {
    let env = Env::new();
    let (_, id) = drafted(&env);
    let template = env.path("group-template.docx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/docx_check.py");
    let made = Command::new("python3").arg(&script).arg("template").arg(&template).status().expect("python3");
    assert!(made.success(), "the template was made");
    let before = python_docx(&template);
    let out = env.path("own.docx");
    ok(&env, &["ls", "docx", &id.to_string(), "--template", s(&template), "-o", s(&out)]);
    let py = python_docx(&out);
    assert!(
        py["styles"].as_array().expect("styles").iter().any(|s| s == "Group Note"),
        "the template's own style is kept"
    );
    assert_eq!(py["header_images"], json!(1), "the logo in the page header is kept");
    assert_eq!(before["header_images"], json!(1));
    assert!(py["header_texts"][0].as_str().expect("a header").contains("Our group  FG-MV-LS2"), "{py}");
    let paragraphs: Vec<&str> =
        py["paragraphs"].as_array().expect("paragraphs").iter().filter_map(Value::as_str).collect();
    assert!(!paragraphs.iter().any(|p| p.contains("that liaise replaces")), "the template's body is replaced");
    assert_eq!(py["fields"]["Title"][0], json!("LS on metaverse standardization roadmaps"));
    // LibreOffice opens it too.
    let pdf = env.path("own.pdf");
    ok(&env, &["ls", "docx", &id.to_string(), "--template", s(&template), "-o", s(&pdf)]);
    assert!(std::fs::read(&pdf).expect("a PDF").starts_with(b"%PDF"));

    let bad = env.path("not-a-template.docx");
    std::fs::write(&bad, b"plain text").expect("write");
    let run = env.run(&["ls", "docx", &id.to_string(), "--template", s(&bad), "-o", s(&env.path("x.docx"))]);
    assert!(run.stderr().contains("the template is not a .docx (zip) file"), "{}", run.stderr());
}

#[test]
fn an_approved_statement_is_sent_once_with_its_docx_and_a_dead_server_leaves_it_unsent() {
    let mut env = Env::new();
    let (draft, id) = drafted(&env);
    let id = id.to_string();
    ok(&env, &["rapporteurs", "add", "IEC TC 100", "--name", "Li Wei", "--email", "li.wei@example.cn"]);
    ok(&env, &["rapporteurs", "add", "ITU-R SG5", "--name", "Ana Silva", "--email", "ana.silva@example.br"]);

    // A dead server: nothing is sent, the statement stays approved and says so.
    env.set("LIAISE_SMTP_URL", "smtp://127.0.0.1:9");
    env.set("LIAISE_SMTP_FROM", "FG-MV secretariat <fgmv@example.org>");
    let early = env.run(&["ls", "send", &id]);
    assert!(early.stderr().contains("is a draft: it is approved first"), "{}", early.stderr());
    ok(&env, &["ls", "state", &id, "approved", "--comment", "approved at the Geneva meeting"]);
    // ISO/IEC JTC 1/SC 29 is asked for action and liaise knows nobody there: refused unless said.
    let unreached = env.run(&["ls", "send", &id]);
    assert!(
        unreached.stderr().contains("no address for 1 of the bodies asked for action (ISO/IEC JTC 1/SC 29)"),
        "{}",
        unreached.stderr()
    );
    let dead = env.run(&["ls", "send", &id, "--allow-unreached"]);
    assert_eq!(dead.code(), Some(1), "{}\n{}", dead.stdout(), dead.stderr());
    assert!(dead.stdout().contains("is NOT sent: 2 addresses failed"), "{}", dead.stdout());
    assert_eq!(env.json(&["ls", "show", &id])["state"], json!("approved"));
    let failed = env.json(&["ls", "deliveries", &id]);
    assert!(failed.as_array().expect("deliveries").iter().all(|d| d["status"] == "failed"), "{failed}");

    // A live server: the retry goes to those that failed, each gets the .docx once.
    let sink = SmtpSink::start(&env.path("mail"));
    env.set("LIAISE_SMTP_URL", &format!("smtp://127.0.0.1:{}", sink.port()));
    let sent = env.run(&["ls", "send", &id, "--allow-unreached"]);
    assert!(sent.ok(), "{}\n{}", sent.stdout(), sent.stderr());
    let out = sent.stdout();
    assert!(out.contains("sent to Li Wei <li.wei@example.cn> (rapporteur)"), "{out}");
    assert!(out.contains("no address known for ISO/IEC JTC 1/SC 29"), "{out}");
    assert!(out.contains("is sent: 2 messages and"), "{out}");
    let messages = sink.messages();
    assert_eq!(messages.len(), 2);
    for (envelope, text) in &messages {
        let to = envelope["to"][0].as_str().expect("a recipient");
        assert!(["li.wei@example.cn", "ana.silva@example.br"].contains(&to), "{to}");
        assert!(text.contains("filename=\"FG-MV-LS2.docx\""), "the .docx is attached: {text}");
        assert!(text.contains("Subject: FG-MV-LS2: LS on metaverse standardization roadmaps"), "{text}");
    }
    let shown = env.json(&["ls", "show", &id]);
    assert_eq!(shown["state"], json!("sent"));
    let actions = env.json(&["actions", "list", "--ls", &id]);
    assert!(!actions.as_array().expect("actions").is_empty(), "sending starts the actions");
    let deliveries = env.json(&["ls", "deliveries", &id]);
    assert!(
        deliveries.as_array().expect("deliveries").iter().all(|d| d["status"] == "sent" && d["message_id"].is_string()),
        "{deliveries}"
    );

    // Sending twice is refused, and nothing more leaves; nor does a draft replace it.
    let twice = env.run(&["ls", "send", &id, "--allow-unreached"]);
    assert!(twice.stderr().contains("was sent already; it is not sent twice"), "{}", twice.stderr());
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(sink.messages().len(), 2);
    let again = env.run(&["ls", "new", "--from", s(&draft)]);
    assert!(again.stderr().contains("is sent: a draft does not replace it"), "{}", again.stderr());
    assert_eq!(env.json(&["ls", "show", &id])["state"], json!("sent"));
}

#[test]
fn a_reply_starts_from_the_statement_it_answers() {
    let env = Env::new();
    ok(&env, &["group", "ITU-T SG16"]);
    ok(&env, &["import", "--no-review", s(&repo("testdata/ls/3gpp/s4-231450.docx"))]);
    let draft = ok(&env, &["ls", "reply", "S4-231450"]);
    assert!(draft.contains("title: Reply LS on split rendering for AR/MR devices"), "{draft}");
    assert!(draft.contains("source: ITU-T SG16"), "{draft}");
    assert!(draft.contains("for action: 3GPP SA4"), "{draft}");
    assert!(draft.contains("response to: S4-231450"), "{draft}");
    assert!(
        draft.contains(
            "- information on its work on immersive video coding that could support split rendering\n  ANSWER:"
        ),
        "the open request, to be answered: {draft}"
    );
    assert!(
        draft.contains("ITU-T SG16 thanks 3GPP SA4 for its liaison statement S4-231450 on split rendering"),
        "{draft}"
    );
    let path = env.path("reply.md");
    std::fs::write(&path, &draft).expect("write");
    let stored = env.json(&["ls", "new", "--from", s(&path)]);
    let id = stored["ls_id"].as_i64().expect("an id").to_string();
    let shown = env.json(&["ls", "show", &id]);
    assert_eq!(shown["kind"], json!("reply"), "{shown}");
    assert_eq!(shown["response_to"], json!(["S4-231450"]));
    assert_eq!(shown["state"], json!("draft"));
    // A draft answers nothing yet: the original's action for SG16 is still open.
    let open = env.json(&["actions", "list", "--ls", "S4-231450", "--body", "ITU-T SG16"]);
    assert!(open.as_array().expect("actions").iter().all(|a| a["state"] == "open"), "{open}");
}

#[test]
fn a_draft_body_can_carry_the_groups_topic_table() {
    let env = Env::new();
    ok(&env, &["group", "ITU-T FG-MV"]);
    ok(&env, &["import", s(&super::fg_mv_ls1())]);
    ok(&env, &["topics", "seed", "FG-MV-LS1"]);
    let draft = env.path("topics.md");
    std::fs::write(
        &draft,
        "---\ntitle: LS on the topics of FG-MV\ndocument: FG-MV-LS3\nfor action: ITU-T SG16\n---\nOur topics:\n\n{{topics}}\n\nPlease comment.\n",
    )
    .expect("write");
    let stored = env.json(&["ls", "new", "--from", s(&draft)]);
    let shown = env.json(&["ls", "show", &stored["ls_id"].as_i64().expect("an id").to_string()]);
    let body = shown["body"].as_str().expect("a body");
    assert!(body.contains("Media CODEC |  | ITU-T SG16, ISO/IEC JTC 1/SC 29"), "{body}");
    assert!(!body.contains("{{topics}}"), "{body}");
    let topics = shown["topics"].as_array().expect("topic rows");
    assert_eq!(topics.len(), 18, "the table is read back as the statement's topic table: {topics:?}");
}

/// Every statement of our test data (ITU, 3GPP, IETF datatracker), rewritten in the ITU layout:
/// python-docx finds its header values, LibreOffice makes a PDF of it, and page 1 is kept.
#[test]
fn every_test_statement_rewritten_opens_in_python_docx_and_libreoffice() {
    let env = Env::new();
    let mut files: Vec<PathBuf> = ["itu", "3gpp", "ietf"]
        .iter()
        .flat_map(|d| std::fs::read_dir(repo(&format!("testdata/ls/{d}"))).expect("testdata/ls").filter_map(|e| e.ok()))
        .map(|e| e.path())
        .filter(|p| !p.to_string_lossy().ends_with(".json"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "{files:?}");
    let mut done = 0;
    for path in &files {
        let imported = env.json(&["import", "--no-review", s(path)]);
        let file = &imported["files"][0];
        assert!(file["ls_id"].is_i64(), "{}: {imported}", path.display());
        if file["outcome"] != "created" {
            // The same statement in another form (the 3GPP .docx and its text) is one record.
            continue;
        }
        let id = file["ls_id"].as_i64().expect("an id");
        let id = id.to_string();
        let shown = env.json(&["ls", "show", &id]);
        let stem = path.file_name().expect("a name").to_string_lossy().replace('.', "-");
        let docx = env.path(&format!("{stem}.docx"));
        ok(&env, &["ls", "docx", &id, "-o", s(&docx)]);
        let py = python_docx(&docx);
        assert_eq!(py["fields"]["Title"][0], shown["title"], "{}: {py}", path.display());
        if let Some(source) = shown["source_as_written"].as_str() {
            assert_eq!(py["fields"]["Source"][0], json!(source), "{}", path.display());
        }
        let pdf = env.path(&format!("{stem}.pdf"));
        ok(&env, &["ls", "docx", &id, "-o", s(&pdf)]);
        assert!(std::fs::read(&pdf).expect("the PDF").starts_with(b"%PDF"), "{}", path.display());
        let png = artifacts().join(format!("rewritten-{stem}"));
        let status = Command::new("pdftoppm")
            .args(["-png", "-f", "1", "-l", "1", "-r", "50", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .expect("pdftoppm runs");
        assert!(status.success(), "{}", path.display());
        done += 1;
    }
    assert!(done >= 6, "only {done} statements were rewritten");
}
