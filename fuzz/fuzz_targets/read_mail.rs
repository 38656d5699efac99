//! Any bytes as an e-mail message or an mbox: splitting, parsing, and the parts a statement may be.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = liaise_read::mail::looks_like_mail(bytes);
    if liaise_read::mail::looks_like_mbox(bytes) {
        if let Ok(messages) = liaise_read::mail::split_mbox(bytes) {
            for m in messages.iter().take(16) {
                let _ = liaise_read::mail::parse(m);
            }
        }
    }
    if let Ok(m) = liaise_read::mail::parse(bytes) {
        for p in &m.parts {
            let _ = liaise_read::mail::may_be_statement(p);
        }
    }
});
