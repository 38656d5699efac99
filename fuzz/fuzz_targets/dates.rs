//! Date and range finding: every span found lies inside the text and starts before it ends.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for span in liaise_core::date::find_all(text) {
        assert!(span.range.end <= text.len());
        assert!(span.start <= span.end, "{text:?}");
    }
    let _ = liaise_core::date::parse_date_strict(text);
});
