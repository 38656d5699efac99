//! Relaton YAML from any text: a record or an error, never a panic, and no YAML bomb expanded.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(record) = liaise_read::relaton::read(text) {
        assert!(!record.identifier.is_empty());
    }
});
