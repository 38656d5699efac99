//! Catalogue identifiers from any text: what parses prints to a text that parses to the same
//! identifier; what is found in running text lies inside it and parses; no status word panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use liaise_core::catalogue::{Family, lifecycle, parse};

fuzz_target!(|text: &str| {
    if let Some(id) = parse(text) {
        let printed = id.to_string();
        assert_eq!(parse(&printed).as_ref(), Some(&id), "{text:?} printed as {printed:?}");
        assert!(!id.key().is_empty());
    }
    for found in liaise_core::catalogue::find(text) {
        assert!(found.range.end <= text.len());
        assert_eq!(&text[found.range.clone()], found.written);
    }
    let _ = lifecycle(None, text, Some(text));
    for family in Family::ALL {
        let _ = lifecycle(Some(family), text, Some(text));
    }
});
