//! Any bytes through the whole reader: format sniffing, .docx unzipping, layouts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|data: &[u8]| {
    let _ = liaise_read::read(data, &REGISTRY);
});
