//! Example statements shipped inside the binary, so that `liaise demo` shows what liaise does on
//! a fresh machine with nothing else: an ITU-T study group statement, a 3GPP reply to it and an
//! IETF datatracker statement. They are of our own writing; the numbers are made up.

use crate::import::{ImportReport, Outcome, Progress};
use crate::{Result, import};
use liaise_store::{Store, Who};

/// The demo documents: file name and content.
pub const DOCUMENTS: &[(&str, &str)] = &[
    ("sg16-ls901.txt", include_str!("../demo/sg16-ls901.txt")),
    ("s4-231901.txt", include_str!("../demo/s4-231901.txt")),
    ("ietf-sg13-ipv6.txt", include_str!("../demo/ietf-sg13-ipv6.txt")),
];

/// FG-MV-LS1 as a .docx in the ITU layout, rebuilt from the real statement's text (the
/// repository's testdata): the statement liaise was made for, 38 bodies asked for action.
pub const FG_MV_LS1: (&str, &[u8]) = ("fg-mv-ls1.docx", include_bytes!("../../../testdata/ls/itu/fg-mv-ls1.docx"));

/// The demo's accounts for the web application, by role.
pub const ACCOUNTS: &[(&str, &str)] =
    &[("demo-admin", "admin"), ("demo-secretariat", "secretariat"), ("demo-member", "member")];

/// The group the demo works for: its statement goes out, the others come in.
pub const GROUP: &str = "ITU-T SG16";

/// The day the demo's due list is computed for: when its statements were current.
pub const AS_OF: &str = "2024-01-10";

/// Imports the demo documents into a store, working for [`GROUP`].
pub async fn import_demo(store: &Store, who: &Who, progress: &mut dyn FnMut(Progress<'_>)) -> Result<ImportReport> {
    store.set_home(GROUP, who).await?;
    let mut registry = store.registry().await?;
    let mut report = ImportReport::default();
    progress(Progress::Found(DOCUMENTS.len()));
    for (name, text) in DOCUMENTS {
        let outcome =
            match import::import_bytes(store, &mut registry, &format!("demo/{name}"), text.as_bytes(), who).await {
                Ok(o) => o,
                Err(error) => Outcome::Failed { error },
            };
        progress(Progress::Done(report.push(format!("demo/{name}"), outcome)));
    }
    Ok(report)
}

/// Also imports FG-MV-LS1 (for `liaise demo --serve`, whose pages have room for its 53 bodies).
pub async fn import_fg_mv(store: &Store, who: &Who, progress: &mut dyn FnMut(Progress<'_>)) -> Result<ImportReport> {
    let mut registry = store.registry().await?;
    let mut report = ImportReport::default();
    let (name, bytes) = FG_MV_LS1;
    let outcome = match import::import_bytes(store, &mut registry, &format!("demo/{name}"), bytes, who).await {
        Ok(o) => o,
        Err(error) => Outcome::Failed { error },
    };
    progress(Progress::Done(report.push(format!("demo/{name}"), outcome)));
    Ok(report)
}

/// Makes the demo's accounts, each with a new random password; returns login, role, password.
pub async fn make_accounts(store: &Store, who: &Who) -> Result<Vec<(String, String, String)>> {
    use liaise_store::accounts::Role;
    let mut out = Vec::new();
    for (login, role) in ACCOUNTS {
        let r = Role::parse(role).ok_or_else(|| crate::AppError::Invalid(format!("role {role}")))?;
        store.add_user(login, r, None, None, None, who).await?;
        let password = random_password()?;
        store.set_password(login, &password, who).await?;
        out.push(((*login).to_string(), (*role).to_string(), password));
    }
    Ok(out)
}

/// Four groups of four letters and digits, easy to type from a terminal.
fn random_password() -> Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| crate::AppError::Invalid(format!("no randomness: {e}")))?;
    let chars: Vec<char> = bytes.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect();
    Ok(chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}
