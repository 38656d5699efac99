//! The bodies liaise knows from the start, read from `data/bodies.toml` (shipped in the binary),
//! and the reader of that form, which a group's own file of bodies shares.
//!
//! Families with many members (study groups, JTC 1 subcommittees, 3GPP working groups) are one
//! entry with a table of members; the name key does the rest of the spelling work, so aliases
//! are real abbreviations only.

use super::{BodyKind, slugify};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use thiserror::Error;

/// A body as a registry file defines it: its canonical name, titles and aliases; `parent` is
/// the parent's slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyDef {
    pub slug: String,
    pub canonical: String,
    pub full_name: Option<String>,
    pub kind: BodyKind,
    pub parent: Option<String>,
    /// The parent's canonical name as the file writes it (the slug is made from it).
    pub parent_name: Option<String>,
    pub aliases: Vec<String>,
    pub note: Option<String>,
}

/// What is wrong with a registry file, said so that its author finds the entry.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DataError {
    #[error("not a file of bodies: {0}")]
    Syntax(String),
    #[error("{name}: unknown kind {kind:?} (one of: {})", BodyKind::ALL.map(BodyKind::as_str).join(", "))]
    Kind { name: String, kind: String },
    #[error("{name}: {{{key}}} is not given by its member {member}")]
    Placeholder { name: String, key: String, member: usize },
    #[error("{0}: defined twice")]
    Twice(String),
    #[error("an entry has an empty name")]
    EmptyName,
}

/// Built into the binary: editing it needs a rebuild; a group's additions go in a file of its
/// own (`liaise bodies import`).
pub const BUILTIN_BODIES_TOML: &str = include_str!("../../data/bodies.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    body: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    kind: String,
    parent: Option<String>,
    full: Option<String>,
    note: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    members: Vec<BTreeMap<String, Value>>,
}

/// A member's value: a word to put in the family's strings, or (for `aliases` and `drop`) a
/// list of spellings.
#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    One(String),
    Many(Vec<String>),
}

/// Reads a file of bodies (the form of `data/bodies.toml`) into definitions, in file order.
pub fn parse_bodies(text: &str) -> Result<Vec<BodyDef>, DataError> {
    let file: File = toml::from_str(text).map_err(|e| DataError::Syntax(e.to_string()))?;
    let mut out: Vec<BodyDef> = Vec::new();
    for entry in &file.body {
        let kind = BodyKind::parse(&entry.kind)
            .ok_or_else(|| DataError::Kind { name: entry.name.clone(), kind: entry.kind.clone() })?;
        let members: Vec<BTreeMap<String, Value>> = if entry.members.is_empty() {
            vec![BTreeMap::new()]
        } else {
            entry.members.iter().map(clone_member).collect()
        };
        for (i, member) in members.iter().enumerate() {
            let fill = |s: &str| fill(s, member).ok_or_else(|| missing(&entry.name, s, member, i + 1));
            let name = fill(&entry.name)?;
            if name.trim().is_empty() {
                return Err(DataError::EmptyName);
            }
            let one = |key: &str| match member.get(key) {
                Some(Value::One(v)) => Some(v.clone()),
                _ => None,
            };
            let many = |key: &str| match member.get(key) {
                Some(Value::Many(v)) => v.clone(),
                _ => Vec::new(),
            };
            let drop: Vec<String> = many("drop").iter().map(|d| fill(d)).collect::<Result<_, _>>()?;
            let mut aliases = Vec::new();
            for a in entry.aliases.iter().chain(many("aliases").iter()) {
                let a = fill(a)?;
                if !drop.contains(&a) && !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
            let full = match one("full") {
                Some(f) => Some(f),
                None => entry.full.as_deref().map(fill).transpose()?,
            };
            let note = match one("note") {
                Some(n) => Some(n),
                None => entry.note.as_deref().map(fill).transpose()?,
            };
            let parent_name = entry.parent.as_deref().map(fill).transpose()?;
            let slug = slugify(&name);
            if out.iter().any(|d| d.slug == slug) {
                return Err(DataError::Twice(name));
            }
            out.push(BodyDef {
                slug,
                canonical: name,
                full_name: full,
                kind,
                parent: parent_name.as_deref().map(slugify),
                parent_name,
                aliases,
                note,
            });
        }
    }
    Ok(out)
}

fn clone_member(m: &BTreeMap<String, Value>) -> BTreeMap<String, Value> {
    m.iter()
        .map(|(k, v)| {
            let v = match v {
                Value::One(s) => Value::One(s.clone()),
                Value::Many(l) => Value::Many(l.clone()),
            };
            (k.clone(), v)
        })
        .collect()
}

/// `{key}` is the member's value, `{KEY}` the value in capitals; `None` when a placeholder has
/// no value.
fn fill(template: &str, member: &BTreeMap<String, Value>) -> Option<String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        let key = &rest[open + 1..close];
        let lower = key.to_lowercase();
        let value = match member.get(key).or_else(|| member.get(&lower)) {
            Some(Value::One(v)) => v,
            _ => return None,
        };
        if key != lower && key == key.to_uppercase() {
            out.push_str(&value.to_uppercase());
        } else {
            out.push_str(value);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

fn missing(name: &str, template: &str, member: &BTreeMap<String, Value>, n: usize) -> DataError {
    let key = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split('}').next())
        .find(|k| fill(&format!("{{{k}}}"), member).is_none())
        .unwrap_or(template);
    DataError::Placeholder { name: name.to_string(), key: key.to_string(), member: n }
}

static BUILTIN_BODIES: LazyLock<Vec<BodyDef>> = LazyLock::new(|| {
    // The file is ours and a test reads it whole: a mistake in it cannot reach a release.
    parse_bodies(BUILTIN_BODIES_TOML).unwrap_or_else(|e| panic!("data/bodies.toml: {e}"))
});

/// Every built-in body, parents before children.
pub fn builtin_bodies() -> Vec<BodyDef> {
    BUILTIN_BODIES.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_file_reads_and_every_parent_comes_first() {
        let defs = parse_bodies(BUILTIN_BODIES_TOML).expect("data/bodies.toml reads");
        assert!(defs.len() > 400, "{} bodies", defs.len());
        let mut seen = std::collections::HashSet::new();
        for d in &defs {
            if let Some(p) = &d.parent {
                assert!(seen.contains(p.as_str()), "{}: parent {p} is not defined before it", d.canonical);
            }
            seen.insert(d.slug.as_str());
        }
    }

    #[test]
    fn families_fill_their_members_and_drop_what_a_member_refuses() {
        let defs = parse_bodies(BUILTIN_BODIES_TOML).expect("data/bodies.toml reads");
        let get = |n: &str| defs.iter().find(|d| d.canonical == n).unwrap_or_else(|| panic!("{n} is built in"));
        let ccamp = get("IETF CCAMP");
        assert_eq!(ccamp.parent.as_deref(), Some("ietf-rtg"));
        assert!(ccamp.aliases.contains(&"CCAMP".to_string()));
        assert!(!get("IETF CORE").aliases.contains(&"CORE".to_string()), "core is an English word");
        assert_eq!(get("ITU-T SG9").note.as_deref().map(|n| n.contains("SG21")), Some(true));
        assert_eq!(get("ITU-R WP 5D").parent.as_deref(), Some("itu-r-sg5"));
    }

    #[test]
    fn a_bad_file_says_which_entry_is_wrong() {
        let check = |text: &str, want: &str| {
            let got = parse_bodies(text).map(|_| ()).map_err(|e| e.to_string());
            assert!(got.as_ref().is_err_and(|e| e.contains(want)), "{text:?}: {got:?}, want {want:?}");
        };
        check("[[body]]\nname = \"X\"\nkind = \"band\"\n", "X: unknown kind \"band\"");
        check("[[body]]\nname = \"X {n}\"\nkind = \"forum\"\nmembers = [{ m = \"1\" }]\n", "{n} is not given");
        check("[[body]]\nname = \"X\"\nkind = \"forum\"\n[[body]]\nname = \"x\"\nkind = \"forum\"\n", "defined twice");
        check("[[body]]\nname = \"X\"\n", "not a file of bodies");
        check("[[body]]\nname = \"X\"\nkind = \"forum\"\ncolour = \"red\"\n", "unknown field");
        check("body = 3", "not a file of bodies");
        assert_eq!(parse_bodies("").map(|d| d.len()), Ok(0));
    }
}
