//! Web pages (datatracker pages saved from a browser) into text, then the layouts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|html: &str| {
    let text = liaise_read::html::html_to_text(html);
    let doc = liaise_read::text::from_text(&text);
    let _ = liaise_read::read_document(&doc, &REGISTRY);
});
