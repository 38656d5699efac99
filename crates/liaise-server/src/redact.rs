//! What the public may not read: e-mail addresses and telephone numbers, wherever they are in
//! a statement (its contacts, and any text that quotes them).

use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+(?:@|\s*\(at\)\s*|\s*\[at\]\s*)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
        .expect("valid regular expression")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d\s().\-/]{6,}\d").expect("valid regular expression"));

/// Takes every e-mail address and telephone number out of a statement's JSON.
pub fn personal_data(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            // The files' names are paths on the machine that imported them.
            for key in ["email", "phone", "fax", "emails", "files"] {
                map.remove(key);
            }
            for (_, value) in map.iter_mut() {
                personal_data(value);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(personal_data),
        serde_json::Value::String(s) => {
            let hidden = EMAIL.replace_all(s, "[address hidden]");
            // Dates and numbers of documents are no telephone numbers: only a run of at least
            // eight digits with spaces or a leading + is taken out.
            let hidden = PHONE.replace_all(&hidden, |c: &regex::Captures| {
                let m = &c[0];
                let digits = m.chars().filter(char::is_ascii_digit).count();
                if digits >= 8 && (m.starts_with('+') || m.contains(' ')) {
                    "[number hidden]".to_string()
                } else {
                    m.to_string()
                }
            });
            *s = hidden.into_owned();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_numbers_go_dates_stay() {
        let mut v = serde_json::json!({
            "contacts": [{ "name": "Li Wei", "email": "li@example.cn", "phone": "+86 10 5555 0100" }],
            "body": "Write to li.wei@example.cn or call +41 22 730 5111 before 2023-06-30 (SG16-LS45).",
        });
        personal_data(&mut v);
        let text = v.to_string();
        assert!(!text.contains('@') && !text.contains("5111") && !text.contains("0100"), "{text}");
        assert!(text.contains("2023-06-30") && text.contains("SG16-LS45") && text.contains("Li Wei"), "{text}");
    }
}
