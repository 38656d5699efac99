//! Bad input gets a clear error, never a panic: truncated and hostile .docx files, documents that
//! are no statements, binary files, empty files, and arbitrary bytes.

use liaise_core::registry::Registry;
use liaise_read::docx::DocxError;
use liaise_read::{ReadError, read};
use proptest::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

fn testdata(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata").join(p)
}

fn read_err(bytes: &[u8]) -> ReadError {
    match read(bytes, &Registry::builtin()) {
        Ok(p) => panic!("expected an error, read {:?}", p.record.title),
        Err(e) => e,
    }
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

/// A zip archive with the given entries, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("entry starts");
        w.write_all(data).expect("entry is written");
    }
    w.finish().expect("archive is finished").into_inner()
}

#[test]
fn a_truncated_docx_is_corrupt() {
    let bytes = std::fs::read(testdata("ls/itu/fg-mv-ls1.docx")).expect("fixture");
    for len in [10, 100, bytes.len() / 2, bytes.len() - 30] {
        let e = read_err(&bytes[..len]);
        assert!(matches!(e, ReadError::Docx(DocxError::Corrupt(_))), "{len} bytes: {e}");
        assert!(e.to_string().contains("truncated or corrupt"), "{e}");
    }
}

#[test]
fn a_zip_bomb_is_refused_before_it_fills_memory() {
    // 70 MiB of spaces deflate to about 70 KiB; the reader must stop at its 64 MiB limit.
    let xml = vec![b' '; 70 * 1024 * 1024];
    let bomb = zip_of(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes()), ("word/document.xml", &xml)]);
    assert!(bomb.len() < 1024 * 1024, "the bomb is small on disk: {} bytes", bomb.len());
    let e = read_err(&bomb);
    assert!(matches!(e, ReadError::Docx(DocxError::TooLarge { .. })), "{e}");
    assert!(e.to_string().contains("zip bomb"), "{e}");
}

#[test]
fn an_archive_of_too_many_entries_is_refused() {
    let names: Vec<String> = (0..3000).map(|i| format!("word/media/{i}.bin")).collect();
    let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    entries.push(("[Content_Types].xml", CONTENT_TYPES.as_bytes()));
    let e = read_err(&zip_of(&entries));
    assert!(matches!(e, ReadError::Docx(DocxError::TooManyEntries(3001))), "{e}");
}

#[test]
fn a_docx_that_is_no_statement_says_what_is_missing() {
    let bytes = std::fs::read(testdata("bad/minutes.docx")).expect("fixture");
    let e = read_err(&bytes);
    assert!(matches!(e, ReadError::NotLs(_)), "{e}");
    assert!(e.to_string().contains("minutes"), "{e}");
}

/// A statement that lacks what its layout needs is read by its labels, never forced into the
/// layout and never refused: what is missing becomes a doubt that sends it to review.
#[test]
fn a_statement_missing_its_recipients_is_read_with_doubts() {
    let reg = Registry::builtin();
    let p = liaise_read::read(
        b"Title: LS on X\nSource: ITU-T SG16\nDeadline: 30 June 2023\nApproval: SG16 meeting\n",
        &reg,
    )
    .expect("read by its labels");
    assert_eq!(p.record.title, "LS on X");
    assert_eq!(p.record.deadline.map(|d| d.to_string()).as_deref(), Some("2023-06-30"));
    assert!(p.doubts.iter().any(|d| d == "no recipients"), "{:?}", p.doubts);
    assert!(p.doubts.iter().any(|d| d.contains("missing: a recipient list")), "{:?}", p.doubts);
}

#[test]
fn other_zip_files_are_not_word_documents() {
    let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]);
    assert!(read_err(&odt).to_string().contains("OpenDocument"));
    let xlsx_types = CONTENT_TYPES.replace("wordprocessingml.document.main", "spreadsheetml.sheet.main");
    let xlsx = zip_of(&[("[Content_Types].xml", xlsx_types.as_bytes()), ("xl/workbook.xml", b"<x/>")]);
    assert!(read_err(&xlsx).to_string().contains("no word-processing document"));
    let no_main = zip_of(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes())]);
    assert!(read_err(&no_main).to_string().contains("main part word/document.xml is missing"));
    let bad_xml = zip_of(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes()), ("word/document.xml", b"<w:p></w:r>")]);
    assert!(matches!(read_err(&bad_xml), ReadError::Docx(DocxError::Xml(_))));
}

#[test]
fn binary_empty_and_foreign_files_are_named_for_what_they_are() {
    assert_eq!(read_err(b""), ReadError::Empty);
    assert_eq!(read_err(b" \n\t\r\n"), ReadError::Empty);
    let e = read_err(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary");
    assert!(e.to_string().contains("binary data (a NUL byte at offset 7)"), "{e}");
    // Windows-1252 (and Latin-1) text is read, with a warning, not refused (issue 9, item 18).
    let reg = Registry::builtin();
    let p = read(b"Title: LS on caf\xe9 \x93menus\x94\nSource: ITU-T SG16\nFor action to: ITU-T SG17\n", &reg)
        .expect("read as Windows-1252");
    assert_eq!(p.record.title, "LS on café “menus”");
    assert!(p.warnings.iter().any(|w| w.field.as_deref() == Some("encoding")), "{:?}", p.warnings);
    assert!(read_err(b"%PDF-1.7\n...").to_string().contains("pdftotext"));
    assert!(
        read_err(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).to_string().contains("password-protected")
    );
    assert!(read_err(b"{\\rtf1\\ansi hello}").to_string().contains("RTF"));
    assert!(read_err(b"just some notes\nabout nothing\n").to_string().contains("not a liaison statement"));
}

#[test]
fn utf16_text_from_word_is_read() {
    let text = "Title: LS on X\nSource: ITU-T SG16\nFor action to: ITU-T SG17\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let p = read(&bytes, &Registry::builtin()).expect("UTF-16 text reads");
    assert_eq!(p.record.title, "LS on X");
}

#[test]
fn markup_in_a_title_is_kept_as_text() {
    let p = read(b"Title: <script>alert(1)</script> LS\nSource: W3C\nFor action to: IETF\n", &Registry::builtin())
        .expect("reads");
    assert_eq!(p.record.title, "<script>alert(1)</script> LS");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read(&bytes, &Registry::builtin());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "(\\PC|\t|\n){0,600}") {
        let _ = read(text.as_bytes(), &Registry::builtin());
    }

    #[test]
    fn labelled_noise_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
        "Title:", "Source:", "For action to:", "\t", "\n", "Deadline:", "30 June 2023", "Contact:", "E-mail:", "a@b.c",
        "ITU-T SGs 2, 3 and", "(especially", "Abstract:", "1. Overall Description:", "2. Actions:", "To SA2 group.",
        "ACTION:", "Body", "State", "Purpose", "For action", "[image: x", "]", "Mr X (", "The Chairman is",
    ]), 0..60)) {
        let _ = read(parts.concat().as_bytes(), &Registry::builtin());
    }

    #[test]
    fn a_damaged_docx_never_panics(cut in 0usize..40_000, flips in prop::collection::vec((0usize..40_000, any::<u8>()), 0..8)) {
        let mut bytes = std::fs::read(testdata("ls/itu/fg-mv-ls1.docx")).expect("fixture");
        for (at, b) in flips {
            let i = at % bytes.len();
            bytes[i] = b;
        }
        bytes.truncate(cut.max(1).min(bytes.len()));
        let _ = read(&bytes, &Registry::builtin());
    }
}
