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
