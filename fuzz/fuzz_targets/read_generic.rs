//! Any text through the generic labelled-field reader and the guard on names, directly (the
//! layout choice would send most inputs elsewhere).
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static REGISTRY: LazyLock<liaise_core::registry::Registry> = LazyLock::new(liaise_core::registry::Registry::builtin);

fuzz_target!(|text: &str| {
    let doc = liaise_read::text::from_text(text);
    let segs = doc.segments();
    let mut g = liaise_read::generic::read(&doc, &segs, &REGISTRY);
    liaise_read::guard::sanitize(&mut g.record, &REGISTRY, &mut g.warnings);
    let _ = liaise_read::itur::read(&doc, &segs, &REGISTRY);
    for line in text.lines().take(64) {
        let _ = liaise_core::registry::plausible::implausible(line);
        let _ = liaise_core::registry::plausible::collective(line);
        let _ = REGISTRY.lookup(line);
    }
});
