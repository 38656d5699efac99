//! The main part of a .docx (word/document.xml) straight into the walker and the layouts, so the
//! fuzzer does not spend its time getting past the zip format.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = liaise_read::docx::parse_document_xml(data) {
        let _ = liaise_read::read_document(&doc, &REGISTRY);
    }
});
