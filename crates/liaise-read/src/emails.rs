//! The e-mail addresses of a statement's contact block that no layout reader gave to a contact:
//! a second contact in the next table row, a secretariat line, an address glued after a country
//! ("Poland E-mail: ..."), a French "Courriel:".
//!
//! An address is what a secretariat needs most to chase a reply, and the readers lose it where
//! the contact block departs from their template. This pass reads only the lines of the contact
//! block (the contact, e-mail, telephone and secretariat fields of the head and the lines right
//! under them), so the addresses of a mail's headers or of a "send any reply to" line are not
//! taken for contacts.

use crate::common::find_email;
use crate::doc::Seg;
use crate::labels::Fields;
use liaise_core::{Contact, LsRecord, Warning};

/// Fields whose lines make up the contact block.
const BLOCK: &[&str] = &["contact", "email", "secretariat", "tel"];

/// Words that say an address is a person's, in ITU's six languages.
const ADDRESS_WORDS: &[&str] =
    &["e-mail", "email", "courriel", "correo", "почта", "البريد", "邮件", "contact", "secretariat", "tel"];

/// Words of a role, which name no person.
const ROLES: &[&str] =
    &["rapporteur", "chair", "chairman", "convenor", "secretary", "officer", "editor", "associate", "vice-chair"];

/// Words of lines that give an address for replies or for the whole group, never a contact.
const NOT_A_CONTACT: &[&str] = &["reply", "replies", "send ", "list", "mailing", "archive"];

pub fn complete(record: &mut LsRecord, segs: &[Seg], fields: &Fields, warnings: &mut Vec<Warning>) {
    // The head ends at the first paragraph of prose: a long line that no label starts.
    let labelled: Vec<usize> = fields.0.iter().map(|f| f.seg).collect();
    let head_end = (0..segs.len())
        .find(|&i| {
            let s = &segs[i];
            !s.blank
                && s.row.is_none()
                && s.text.split_whitespace().count() >= 14
                && !s.text.contains('@')
                && !labelled.contains(&i)
        })
        .unwrap_or(segs.len());
    let mut lines: Vec<usize> = Vec::new();
    for f in fields.0.iter().filter(|f| BLOCK.contains(&f.field) && f.seg < head_end) {
        let mut i = f.seg;
        // The field's own lines, then the lines under it up to a blank line: a second contact
        // in the next row of the table has no label of its own.
        while i < segs.len() && i < head_end && (i <= f.last || (!segs[i].blank && i <= f.last + 3)) {
            if !lines.contains(&i) {
                lines.push(i);
            }
            i += 1;
        }
    }
    // A contact block the labels missed ("Contact Ann Lee" without a colon, "Poland E-mail:
    // ..."): a line of the head that names an address as such.
    for (i, s) in segs.iter().enumerate().take(head_end) {
        if s.text.contains('@') && !lines.contains(&i) {
            let lower = s.text.to_lowercase();
            if ADDRESS_WORDS.iter().any(|w| lower.contains(w)) {
                lines.push(i);
            }
        }
    }
    lines.sort_unstable();
    let known = |record: &LsRecord, e: &str| {
        record.contacts.iter().any(|c| c.email.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(e)))
    };
    for i in lines {
        let text = segs[i].text.as_str();
        let lower = text.to_lowercase();
        if NOT_A_CONTACT.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let Some(email) = find_email(text) else { continue };
        if known(record, &email) || record.send_reply_to.as_deref().is_some_and(|r| r.contains(email.as_str())) {
            continue;
        }
        // The first contact still without an address is the person of this line: the reader
        // read the name lines above it and lost the address line below.
        if let Some(c) = record.contacts.iter_mut().find(|c| c.email.is_none() && !c.name.contains('@')) {
            c.email = Some(email.clone());
            warnings.push(Warning::new(
                "contacts",
                format!("the address of {} read from the contact block", c.name),
                Some(text),
            ));
            continue;
        }
        // The name stands before the address on its line, in a cell before it in its row, or
        // in the "Contact Tarek El-Sayed Tel: ..." line above.
        let same_row = segs[i].row.map(|r| {
            segs[..i]
                .iter()
                .rev()
                .take_while(|s| s.row == Some(r))
                .map(|s| s.text.clone())
                .collect::<Vec<_>>()
                .join("\t")
        });
        // A person of the line above who is a contact already is not this address's.
        let above = segs[i.saturating_sub(3)..i]
            .iter()
            .rev()
            .find_map(|s| named_contact(&s.text))
            .filter(|n| !record.contacts.iter().any(|c| c.name.starts_with(n.as_str())));
        let name = person_of(text, &email)
            .or_else(|| same_row.and_then(|r| person_of(&format!("{r}\t{email}"), &email)))
            .or(above)
            .unwrap_or_else(|| email.clone());
        warnings.push(Warning::new("contacts", "a contact read from the contact block", Some(text.trim())));
        record.contacts.push(Contact { name, email: Some(email), role: Some("contact".into()), ..Contact::default() });
    }
}

/// The name written before an address on its line ("ETSI SECRETARIAT : Pavel Novák, Technical
/// Officer <bran_support@...>" is Pavel Novák), if any.
fn person_of(line: &str, email: &str) -> Option<String> {
    let before = line.split(email).next().unwrap_or("");
    let before = before.rsplit(['|', '\t']).find(|p| !p.trim().trim_matches(['<', '[', '(']).trim().is_empty())?;
    let after_label = before.rsplit(':').next().unwrap_or(before);
    let name = after_label.split(',').next().unwrap_or("").trim().trim_matches(['<', '[', '(', ' ']).trim();
    let words = name.split_whitespace().count();
    let lower = name.to_lowercase();
    let label_only = ["e-mail", "email", "courriel", "mail", "correo", "support"].iter().any(|w| lower.ends_with(w));
    // "Rapporteur Q13/15" is a role, not the person holding it.
    let role = ROLES.iter().any(|r| lower.split_whitespace().any(|w| w == *r)) || name.contains('/');
    ((2..=5).contains(&words) && !label_only && !role && !name.contains('@')).then(|| name.to_string())
}

/// "Contact Tarek El-Sayed Tel: +20 ...", "Contact: Ann Lee, ACME": the person a contact line
/// names.
fn named_contact(line: &str) -> Option<String> {
    let t = line.trim();
    let rest = t.strip_prefix("Contact").or_else(|| t.strip_prefix("CONTACT"))?;
    let rest = rest.trim_start_matches([':', ' ', '\t']);
    let end = [" Tel", " Tél", " Phone", ",", "\t", " E-mail", " Email"].iter().filter_map(|c| rest.find(c)).min();
    person_of(&format!("{}\t@", &rest[..end.unwrap_or(rest.len())]), "@")
}

#[cfg(test)]
mod tests {
    use super::{named_contact, person_of};

    #[test]
    fn the_person_before_an_address() {
        assert_eq!(
            person_of(
                "ETSI SECRETARIAT : Pavel Novák, Technical Officer <bran_support@example.org>",
                "bran_support@example.org"
            )
            .as_deref(),
            Some("Pavel Novák")
        );
        assert_eq!(named_contact("Contact Tarek El-Sayed Tel: +20 2 5555 0144").as_deref(), Some("Tarek El-Sayed"));
        assert_eq!(person_of("              BRAN support: bran_support@example.net", "bran_support@example.net"), None);
        assert_eq!(
            person_of(
                "| | Olumide Bankole-Smith, GSMA Technical Officer | OBankole-Smith@example.org |",
                "OBankole-Smith@example.org"
            )
            .as_deref(),
            Some("Olumide Bankole-Smith")
        );
    }
}
