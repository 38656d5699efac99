//! Helpers the layouts share: contacts and e-mail addresses, meetings, "none" values.

use liaise_core::date::find_date_span;
use liaise_core::{Contact, Meeting};
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+").expect("valid regular expression")
});

/// The first e-mail address in a text.
pub fn find_email(text: &str) -> Option<String> {
    let found = EMAIL.find(text)?.as_str().trim_end_matches('.');
    // A lost line break glues the next word to the address ("ruiz@example.netThe"): a top-level
    // domain in lower case that runs into a capital ends before it.
    let (head, tld) = found.rsplit_once('.')?;
    let cut = tld
        .char_indices()
        .find(|&(i, c)| i >= 2 && c.is_ascii_uppercase() && tld[..i].bytes().all(|b| b.is_ascii_lowercase()));
    Some(match cut {
        Some((i, _)) => format!("{head}.{}", &tld[..i]),
        None => found.to_string(),
    })
}

/// Whether a value says there is nothing ("N/A", "None", "-", "TBD").
pub fn is_none_value(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.').to_lowercase();
    matches!(
        t.as_str(),
        "" | "-"
            | "–"
            | "—"
            | "n/a"
            | "na"
            | "none"
            | "nil"
            | "no"
            | "tbd"
            | "not applicable"
            | "(none)"
            // The other languages of ITU.
            | "aucun"
            | "aucune"
            | "néant"
            | "s.o"
            | "sans objet"
            | "ninguno"
            | "ninguna"
            | "no aplica"
            | "no procede"
            | "нет"
            | "отсутствуют"
            | "отсутствует"
            | "لا توجد"
            | "لا يوجد"
            | "无"
            | "没有"
            | "不适用"
    )
}

/// The telephone labels of ITU's languages, in lower case (a part that starts with one is a
/// phone number).
const TEL_LABELS: &[&str] = &[
    "tel.",
    "tel",
    "phone number",
    "phone",
    "telephone",
    "tél.",
    "téléphone",
    "numéro de téléphone",
    "teléfono",
    "número de teléfono",
    "тел.",
    "телефон",
    "الهاتف",
    "رقم الهاتف",
    "电话",
    "fax",
    "télécopie",
    "факс",
];

/// Reads a contact from the lines of an ITU contact cell: name, organization, country, each on
/// its own line; or "Name (Organization, Country)"; or "Name, Organization, Country" on one line.
pub fn contact_from_lines(lines: &[String]) -> Option<Contact> {
    // A template's two columns ("Name      Tel.: +34 ...") are two parts; a label alone
    // ("Name/Organization/Entity:", "Numéro de téléphone:") and table marks carry no one; a
    // telephone is the contact's phone, not its organization or country.
    let mut phone: Option<String> = None;
    let mut parts: Vec<String> = Vec::new();
    for l in lines {
        for part in l.split('\t').flat_map(|p| p.split("   ")) {
            let part = part.trim().trim_matches('|').trim();
            if !part.chars().any(char::is_alphanumeric) {
                continue;
            }
            let lower = part.to_lowercase();
            let is_label = (part.ends_with(':') || part.ends_with('：')) && part.split_whitespace().count() <= 5;
            // "Tel.: +41", "Phone +41 22": a label then a number; "Telefónica" is no label.
            let tel = TEL_LABELS.iter().find_map(|t| {
                lower.strip_prefix(t)?;
                let rest = part.get(t.len()..)?;
                let after = rest.trim_start();
                (rest.starts_with([':', '：', '.']) || after.starts_with(|c: char| c == '+' || c.is_ascii_digit()))
                    .then_some(rest)
            });
            if let Some(number) = tel {
                let number = number.trim_start_matches([':', '：', '.', ' ']).trim();
                if !number.is_empty() && phone.is_none() {
                    phone = Some(number.to_string());
                }
                continue;
            }
            if is_label {
                continue;
            }
            // A number alone, the value of a telephone label on the line before.
            let digits = part.chars().filter(char::is_ascii_digit).count();
            if digits >= 7 && part.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c)) {
                phone.get_or_insert_with(|| part.to_string());
                continue;
            }
            // "Name/Organization/Entity: Jane Roe, ACME, France" keeps what follows its label.
            let part = match part.split_once(':') {
                Some((label, rest)) if label.contains('/') && label.split_whitespace().count() <= 4 => rest.trim(),
                _ => part,
            };
            if !part.is_empty() {
                parts.push(part.to_string());
            }
        }
    }
    let lines: Vec<&str> = parts.iter().map(String::as_str).collect();
    let mut contact = Contact { phone, ..Contact::default() };
    let email = lines.iter().find_map(|l| find_email(l));
    let lines: Vec<&str> = lines.into_iter().filter(|l| find_email(l).is_none()).collect();
    match lines.as_slice() {
        [] => {
            return email.map(|e| Contact { name: e.clone(), email: Some(e), ..Contact::default() });
        }
        [one] => {
            if let (Some(open), true) = (one.find('('), one.ends_with(')')) {
                contact.name = one[..open].trim().to_string();
                let (org, country) = crate::body::split_affiliation(&one[open + 1..one.len() - 1]);
                contact.organization = org;
                contact.country = country;
            } else {
                let parts: Vec<&str> = one.split(',').map(str::trim).collect();
                contact.name = parts[0].to_string();
                contact.organization = parts.get(1).map(|s| s.to_string());
                contact.country = (parts.len() > 2).then(|| parts[2..].join(", "));
            }
        }
        [name, rest @ ..] => {
            contact.name = name.to_string();
            contact.organization = rest.first().map(|s| s.to_string());
            contact.country = (rest.len() > 1).then(|| rest[1..].join(", "));
        }
    }
    contact.email = email;
    (!contact.name.is_empty()).then_some(contact)
}

/// Reads "Name <address>, Name2 <address2>" or one such entry per line into contacts. Entries
/// joined by spaces alone, as a Markdown table cell joins them ("Ann <a@x.org> Bob <b@y.org>
/// c@z.org"), are told apart too.
pub fn email_list(text: &str, role: &str) -> Vec<Contact> {
    let mut out = Vec::new();
    for part in split_outside_angles(text).iter().flat_map(|p| split_joined(p)) {
        let part = part.trim();
        if part.is_empty() || crate::common::is_none_value(part) {
            continue;
        }
        let email = find_email(part);
        let name = match (part.find('<'), &email) {
            (Some(i), _) => part[..i].trim().trim_matches('"').trim().to_string(),
            (None, Some(e)) => part.replace(e.as_str(), "").trim().trim_matches(['(', ')', '"']).trim().to_string(),
            (None, None) => part.to_string(),
        };
        let name = if name.is_empty() { email.clone().unwrap_or_default() } else { name };
        out.push(Contact { name, email, role: Some(role.to_string()), ..Contact::default() });
    }
    out
}

/// Splits "Ann <a@x.org> Bob <b@y.org> c@z.org" after each closing bracket and around bare
/// addresses.
fn split_joined(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in part.split_whitespace() {
        let bare = EMAIL.is_match(word) && !word.contains('<') && !word.contains('>');
        if bare && !cur.trim().is_empty() && cur.contains('>') {
            out.push(std::mem::take(&mut cur));
        }
        if bare && cur.trim().is_empty() {
            out.push(word.to_string());
            continue;
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
        if word.ends_with('>') {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    if out.is_empty() {
        out.push(part.to_string());
    }
    out
}

/// Splits at commas and line breaks that are not inside angle brackets or quotes.
fn split_outside_angles(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = (depth - 1).max(0),
            '"' => quoted = !quoted,
            ',' | ';' | '\n' if depth == 0 && !quoted => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out
}

/// Reads "Place, 8–9 March 2023": the place is what comes before the dates.
pub fn meeting_from(text: &str) -> Option<Meeting> {
    let span = find_date_span(text)?;
    let place = text[..span.range.start]
        .trim()
        .trim_end_matches([',', '-', '–', '(', ':', '،', '，'])
        .trim()
        .trim_start_matches(['(', ','])
        .trim();
    // "10/17, 11/17    Geneva, 2-11 September 2025": the Question(s) cell of the template's
    // row ran into the place; the place is what follows the last wide gap or tab.
    let place = place.rsplit(['\t', '|']).next().unwrap_or(place).trim();
    let place = match place.rfind("   ") {
        Some(i) => place[i..].trim(),
        None => place,
    };
    static QUESTIONS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^(?:(?:\d+|all)/\d+|n/a)(?:\s*(?:,|and|et|y)\s*(?:(?:\d+|all)/\d+))*\s+")
            .expect("valid regular expression")
    });
    let place = QUESTIONS.replace(place, "");
    let place = place.trim().trim_end_matches([',', '،', '，']).trim();
    Some(Meeting {
        name: None,
        place: (!place.is_empty()).then(|| place.to_string()),
        start: Some(span.start),
        end: Some(span.end),
    })
}

/// The attachments a field lists, one per item: a line that wraps ("Anexo: Documento de trabajo
/// con miras a un anteproyecto de revisión de la Recomendación" / "UIT-R M.9988-1") continues
/// the item before it; a bullet, a number or a short line starts one.
pub fn attachment_items(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev_len = 0;
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty() && !is_none_value(v)) {
        let starts_item = v.starts_with(['-', '–', '•', '*', '(', '['])
            || v.chars().next().is_some_and(|c| c.is_ascii_digit())
            || v.split_whitespace().next().is_some_and(|w| {
                let w = w.to_lowercase();
                ["annex", "attachment", "anexo", "annexe", "приложение", "附件", "enclosure"]
                    .iter()
                    .any(|a| w.starts_with(a))
            });
        match out.last_mut() {
            Some(last) if !starts_item && prev_len >= 60 && !last.ends_with(['.', ';']) => {
                last.push(' ');
                last.push_str(v);
            }
            _ => out.push(v.to_string()),
        }
        prev_len = v.chars().count();
    }
    out
}

/// Whether two names are one body: the same entry of the registry, or, for names it does not
/// know, the same key.
pub fn same_body(registry: &liaise_core::registry::Registry, a: &str, b: &str) -> bool {
    match (registry.lookup(a), registry.lookup(b)) {
        (Some(x), Some(y)) => x.id == y.id,
        _ => liaise_core::registry::name_key(a) == liaise_core::registry::name_key(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_in_the_forms_headers_use() {
        let c =
            contact_from_lines(&["Shin-Gak Kang ".into(), "ETRI".into(), "Rep. of Korea".into()]).expect("a contact");
        assert_eq!(
            (c.name.as_str(), c.organization.as_deref(), c.country.as_deref()),
            ("Shin-Gak Kang", Some("ETRI"), Some("Rep. of Korea"))
        );
        let c = contact_from_lines(&["Ann Lee (ACME, France)".into()]).expect("a contact");
        assert_eq!(
            (c.name.as_str(), c.organization.as_deref(), c.country.as_deref()),
            ("Ann Lee", Some("ACME"), Some("France"))
        );
        let c = contact_from_lines(&["Ann Lee, ACME, France".into(), "ann@acme.fr".into()]).expect("a contact");
        assert_eq!(c.email.as_deref(), Some("ann@acme.fr"));
    }

    #[test]
    fn a_word_glued_to_an_address_is_cut_off() {
        assert_eq!(
            find_email("E-mail:Carlos.MendezRuiz@example.netThe TDAG").as_deref(),
            Some("Carlos.MendezRuiz@example.net")
        );
        assert_eq!(find_email("ann@EXAMPLE.ORG").as_deref(), Some("ann@EXAMPLE.ORG"));
        assert_eq!(find_email("ann@example.co.uk.").as_deref(), Some("ann@example.co.uk"));
    }

    #[test]
    fn email_lists() {
        let got = email_list("The IETF Chair <chair@ietf.org>, \"Doe, Jane\" <jane@x.org>\nbob@y.net", "to");
        let names: Vec<_> = got.iter().map(|c| (c.name.as_str(), c.email.as_deref())).collect();
        assert_eq!(
            names,
            vec![
                ("The IETF Chair", Some("chair@ietf.org")),
                ("Doe, Jane", Some("jane@x.org")),
                ("bob@y.net", Some("bob@y.net"))
            ]
        );
    }

    #[test]
    fn meetings() {
        let m = meeting_from("Riyadh, 8–9 March 2023").expect("a meeting");
        assert_eq!(m.place.as_deref(), Some("Riyadh"));
        assert_eq!(m.start.map(|d| d.to_string()).as_deref(), Some("2023-03-08"));
        assert!(meeting_from("N/A").is_none());
    }

    /// Found in the audit of the wild readings: a label as the contact's name, a telephone as
    /// its country, the two columns of the template in one name.
    #[test]
    fn a_contact_cell_without_its_labels_and_with_its_phone() {
        let v = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let c = contact_from_lines(&v(&[
            "Dña. Marisol Etxeberria Quispe            Tel.: +34 91 555 01 26",
            "Relatora de la Cuestión 11/17",
            "Ejemplo Redes S.L., España",
        ]))
        .expect("a contact");
        assert_eq!(c.name, "Dña. Marisol Etxeberria Quispe");
        assert_eq!(c.phone.as_deref(), Some("+34 91 555 01 26"));
        assert_eq!(c.organization.as_deref(), Some("Relatora de la Cuestión 11/17"));
        let c = contact_from_lines(&v(&[
            "Name/Organization/Entity:",
            "Dr Salma Example, Rapporteur, Jordan",
            "Phone number:",
            "+962 6 555 0108",
            "| Telefónica Example |",
        ]))
        .expect("a contact");
        assert_eq!(c.name, "Dr Salma Example, Rapporteur, Jordan");
        assert_eq!(c.phone.as_deref(), Some("+962 6 555 0108"));
        assert_eq!(c.organization.as_deref(), Some("Telefónica Example"), "Telefónica is no telephone label");
    }
}
