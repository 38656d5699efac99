//! The recipient-list grammar and name keys.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|text: &str| {
    let parsed = REGISTRY.parse_list(text);
    for n in parsed.items.iter().chain(parsed.especially.iter()) {
        assert!(!n.name.trim().is_empty(), "an empty name from {text:?}");
        let _ = REGISTRY.resolve(&n.name);
    }
    let _ = liaise_core::registry::name_key(text);
});
