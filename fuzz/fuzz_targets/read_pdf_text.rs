//! Any text as `pdftotext -layout` output: columns into rows and cells, then the layouts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|text: &str| {
    let doc = liaise_read::pdf::from_layout_text(text);
    let _ = liaise_read::read_document(&doc, &REGISTRY);
});
