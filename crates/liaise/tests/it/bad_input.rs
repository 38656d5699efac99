//! Bad input through the command line: each file gets a clear message and a failing exit
//! status, and nothing stored before is lost.

use super::{Env, repo, s};

fn import_one(env: &Env, name: &str, bytes: &[u8]) -> super::Run {
    let path = env.path(name);
    std::fs::write(&path, bytes).expect("write");
    env.run(&["import", s(&path)])
}

#[test]
fn each_bad_file_is_refused_with_a_clear_message_and_nothing_is_lost() {
    let env = Env::new();
    assert!(env.run(&["import", s(&repo("testdata/ls/3gpp/s4-231450.txt"))]).ok());

    let docx = std::fs::read(repo("testdata/ls/itu/fg-mv-ls1.docx")).expect("fixture");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated.docx", docx[..docx.len() / 2].to_vec(), "the .docx (zip) archive is truncated or corrupt"),
        (
            "minutes.docx",
            std::fs::read(repo("testdata/bad/minutes.docx")).expect("fixture"),
            "not a liaison statement: it reads as minutes",
        ),
        ("binary.txt", b"\x00\x01\x02\x03binary\xff\xfe".to_vec(), "not a text file: binary data"),
        ("empty.txt", Vec::new(), "the file is empty"),
        ("scan.pdf", b"%PDF-1.4\n%...".to_vec(), "the PDF could not be read"),
    ];
    for (name, bytes, message) in cases {
        let run = import_one(&env, name, &bytes);
        assert_eq!(run.code(), Some(1), "{name}: exit status");
        assert!(run.stderr().contains(name) && run.stderr().contains(message), "{name}: {}", run.stderr());
        assert!(run.stdout().contains("1 file: 0 created, 0 updated, 1 failed"), "{name}: {}", run.stdout());
    }
    let all = env.json(&["ls", "list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(1), "the statement stored first is still there, alone");
}

#[test]
fn a_missing_file_and_a_bad_date_are_usage_errors_with_messages() {
    let env = Env::new();
    let run = env.run(&["import", s(&env.path("nowhere.docx"))]);
    assert_eq!(run.code(), Some(3), "3: not found");
    assert!(run.stderr().contains("nowhere.docx") && run.stderr().contains("no such file"), "{}", run.stderr());
    let run = env.run(&["ls", "list", "--deadline-before", "next week"]);
    assert_eq!(run.code(), Some(2), "2: wrong usage");
    assert!(run.stderr().contains("--deadline-before: \"next week\" is not a date"), "{}", run.stderr());
    let run = env.run(&["ls", "show", "NO-SUCH-LS1"]);
    assert_eq!(run.code(), Some(3), "3: not found");
    assert!(run.stderr().contains("no statement has the id or number \"NO-SUCH-LS1\""), "{}", run.stderr());
    let run = env.run(&["ls", "list", "--source", "Nobody"]);
    assert!(run.stderr().contains("no body is named \"Nobody\""), "{}", run.stderr());
}

#[test]
fn a_zip_bomb_is_refused_through_the_command_line() {
    use std::io::Write;
    let env = Env::new();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    w.start_file("[Content_Types].xml", opts).expect("entry");
    w.write_all(br#"<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
        .expect("write");
    w.start_file("word/document.xml", opts).expect("entry");
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..80 {
        w.write_all(&chunk).expect("write");
    }
    let bomb = w.finish().expect("finish").into_inner();
    let run = import_one(&env, "bomb.docx", &bomb);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("bomb.docx: the part word/document.xml decompresses to more than 64 MiB (a zip bomb?)"),
        "{}",
        run.stderr()
    );
}
