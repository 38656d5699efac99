//! Resolving names during an import: a known name is its body; an unknown one becomes an
//! unconfirmed body, once per import, reported as a warning that quotes it.

use crate::bodies::{NewBody, insert_body};
use crate::{Result, Who, events};
use liaise_core::registry::plausible::{collective, implausible};
use liaise_core::registry::{Body, BodyId, BodyStatus, Registry, Resolution, name_key};
use liaise_core::{NameRef, Warning};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// Resolves names during one import, creating unconfirmed bodies for names nothing matches.
/// New bodies reach the shared registry only once the transaction has committed.
pub(crate) struct Resolver<'r> {
    registry: &'r Registry,
    pub(crate) created: Vec<Body>,
    local: HashMap<String, BodyId>,
    origin: String,
}

impl<'r> Resolver<'r> {
    /// A resolver for one import; `origin` (a file, a statement) is recorded with new bodies.
    pub(crate) fn new(registry: &'r Registry, origin: &str) -> Resolver<'r> {
        Resolver { registry, created: Vec::new(), local: HashMap::new(), origin: origin.to_string() }
    }

    pub(crate) async fn resolve(
        &mut self,
        conn: &mut AnyConnection,
        name: &NameRef,
        list: &str,
        who: &Who,
        warnings: &mut Vec<Warning>,
    ) -> Result<Resolution> {
        match self.registry.resolve(&name.name) {
            Resolution::Unknown => {}
            known => return Ok(known),
        }
        let key = name_key(&name.name);
        if key.is_empty() {
            return Ok(Resolution::Unknown);
        }
        // A collective ("Relevant External Organizations") stands for bodies it does not name.
        if collective(&name.name).is_some() {
            warnings.push(Warning::new(
                list,
                "a collective, not one body: name the bodies it stands for with `liaise ls edit`",
                Some(&name.written),
            ));
            return Ok(Resolution::Unknown);
        }
        // The last guard before the registry: text that is no name (a label, a date, an address,
        // table markup, a person) never becomes a body.
        if let Some(why) = implausible(&name.name) {
            warnings.push(Warning::new(list, format!("not added as a body: {why}"), Some(&name.written)));
            return Ok(Resolution::Unknown);
        }

        if let Some(id) = self.local.get(&key) {
            return Ok(Resolution::Body(*id));
        }
        let canonical = name.name.trim();
        let body = insert_body(conn, canonical, &NewBody::default(), BodyStatus::Unconfirmed, who).await?;
        if name.written.trim() != canonical {
            crate::bodies::insert_alias(conn, &name.written, body.id).await?;
        }
        let data = serde_json::json!({
            "canonical": canonical, "status": "unconfirmed", "file": self.origin, "list": list, "written": name.written,
        });
        events::append(conn, who, "body.created", "body", body.id, &data).await?;
        warnings.push(Warning::new(
            list,
            format!(
                "unknown body \"{canonical}\" added as unconfirmed; merge it into a known body with `liaise bodies merge \"{canonical}\" BODY` or confirm it with `liaise bodies confirm \"{canonical}\"`"
            ),
            Some(&name.written),
        ));
        self.local.insert(key, body.id);
        let id = body.id;
        self.created.push(body);
        Ok(Resolution::Body(id))
    }
}
