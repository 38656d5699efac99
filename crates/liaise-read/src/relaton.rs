//! Relaton bibliographic YAML (one file per document, as ISO, IEC, ITU, IETF, 3GPP and W3C data
//! sets publish) into catalogue records. Both schema generations are read: the older one
//! (`schema-version`, `docid`, `date.value`, `docstatus.stage.value`, top-level `doctype` and
//! `editorialgroup`) and the newer one (`schema_version`, `docidentifier`, `date.at`,
//! `status.stage.content`, `ext.doctype`, the publisher's `subdivision`).

use liaise_core::catalogue::{EntryRecord, EntryType, Family, Relation, three_gpp_group};
use serde_json::Value;

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("content").or_else(|| o.get("value")).or_else(|| o.get("id")).and_then(text),
        Value::Array(a) => a.iter().find_map(text),
        _ => None,
    }
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(other @ Value::Object(_)) => vec![other],
        _ => Vec::new(),
    }
}

/// The primary identifier of a bibliographic item (or of a relation's item).
fn primary_identifier(item: &Value) -> Option<String> {
    let ids: Vec<&Value> = list(item.get("docid")).into_iter().chain(list(item.get("docidentifier"))).collect();
    let primary = ids.iter().find(|d| d.get("primary").and_then(Value::as_bool) == Some(true)).or(ids.first())?;
    primary.get("id").or_else(|| primary.get("content")).and_then(text)
}

/// The most specific group an older ISO record names: working group, subcommittee, committee.
fn iso_group(eg: &Value) -> Option<String> {
    ["workgroup", "subcommittee", "technical_committee"]
        .iter()
        .filter_map(|k| list(eg.get(*k)).first().and_then(|g| g.get("name")).and_then(text))
        .find(|n| !n.is_empty())
}

/// Reads one Relaton record. The error says what the record lacks.
pub fn read(yaml: &str) -> Result<EntryRecord, String> {
    let v: Value = serde_saphyr::from_str(yaml).map_err(|e| format!("not valid YAML: {e}"))?;
    if !v.is_object() {
        return Err("not a Relaton record (the document is not a mapping)".into());
    }
    let identifier = primary_identifier(&v).ok_or("no identifier (docid or docidentifier)")?;
    let titles = list(v.get("title"));
    let title = titles
        .iter()
        .find(|t| t.get("type").and_then(Value::as_str) == Some("main"))
        .or(titles.first())
        .and_then(|t| text(t))
        .or_else(|| v.get("title").and_then(text))
        .unwrap_or_default();

    let mut rec = EntryRecord { identifier: identifier.clone(), title, ..EntryRecord::default() };
    for d in list(v.get("date")) {
        let kind = d.get("type").and_then(Value::as_str).unwrap_or("");
        let Some(value) = d.get("value").or_else(|| d.get("at")).and_then(text) else { continue };
        match kind {
            "published" | "issued" if (rec.published.is_none() || kind == "published") => {
                rec.published = Some(value);
            }
            "created" | "vote-started" => rec.started = rec.started.take().or(Some(value)),
            "obsoleted" | "withdrawn" => rec.withdrawn = Some(value),
            _ => {}
        }
    }
    // Status: the older harmonized stage and substage, or the newer stage's words.
    rec.status = if let Some(ds) = v.get("docstatus") {
        let stage = ds.get("stage").and_then(text);
        let sub = ds.get("substage").and_then(text);
        match (stage, sub) {
            (Some(s), Some(b)) if s.chars().all(|c| c.is_ascii_digit()) => Some(format!("{s}.{b}")),
            (Some(s), _) => Some(s),
            (None, _) => None,
        }
    } else {
        v.get("status").and_then(|s| s.get("stage").map(text).unwrap_or_else(|| text(s)))
    };
    let doctype = v.get("doctype").and_then(|d| d.get("type").and_then(text).or_else(|| text(d))).or_else(|| {
        v.get("ext").and_then(|e| e.get("doctype")).and_then(|d| d.get("content").and_then(text).or_else(|| text(d)))
    });
    let family = liaise_core::catalogue::parse(&identifier).map(|i| i.family);
    rec.entry_type = match (family, doctype.as_deref()) {
        // W3C calls every document a technical report; its maturity tells standards from notes.
        (Some(Family::W3c), _) => {
            let maturity =
                identifier.split_whitespace().nth(1).and_then(|s| s.split('-').next()).unwrap_or("").to_uppercase();
            Some(if matches!(maturity.as_str(), "NOTE" | "DNOTE" | "STMT") {
                EntryType::TechnicalReport
            } else {
                EntryType::Standard
            })
        }
        (_, Some(d)) => EntryType::parse(d).or(Some(EntryType::Other)),
        (_, None) => None,
    };
    rec.body = match v.get("editorialgroup") {
        Some(eg @ Value::Object(_)) => iso_group(eg),
        Some(Value::Array(groups)) => {
            let prime =
                groups.iter().find(|g| g.get("type").and_then(Value::as_str) == Some("prime")).or(groups.first());
            prime.and_then(|g| g.get("name")).and_then(text).map(|n| three_gpp_group(&n).unwrap_or(n))
        }
        _ => None,
    }
    .or_else(|| {
        let publisher = list(v.get("contributor")).into_iter().find(|c| {
            list(c.get("role")).iter().any(|r| r.get("type").and_then(Value::as_str) == Some("publisher"))
                || c.get("role").is_none()
        })?;
        let org = publisher.get("organization")?;
        list(org.get("subdivision"))
            .first()
            .and_then(|s| s.get("name").and_then(text))
            .or_else(|| org.get("abbreviation").and_then(text))
            .or_else(|| org.get("name").and_then(text))
    });
    rec.url = list(v.get("link"))
        .into_iter()
        .chain(list(v.get("source")))
        .find(|l| l.get("type").and_then(Value::as_str) == Some("src"))
        .and_then(|l| l.get("content").and_then(text));
    rec.release =
        v.get("release").and_then(|r| r.get("version3g").and_then(text).or_else(|| r.get("version2g").and_then(text)));
    for r in list(v.get("relation")) {
        let (Some(kind), Some(target)) = (r.get("type").and_then(text), r.get("bibitem").and_then(primary_identifier))
        else {
            continue;
        };
        rec.relations.push(Relation { kind, target });
    }
    Ok(rec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaise_core::catalogue::Lifecycle;

    #[test]
    fn the_older_iso_shape() {
        let r = read(
            "schema-version: v1.2.9\nid: ISO22739-2020\ntype: standard\ntitle:\n- content: 'Blockchain - Vocabulary'\n  type: main\n\
             docid:\n- id: 'ISO 22739:2020'\n  type: ISO\n  primary: true\ndate:\n- type: published\n  value: 2020-07\n\
             docstatus:\n  stage:\n    value: '95'\n  substage:\n    value: '99'\ndoctype:\n  type: international-standard\n\
             editorialgroup:\n  technical_committee:\n  - name: 'ISO/TC 307'\nrelation:\n- type: updates\n  bibitem:\n    docid:\n    - id: 'ISO 22739:2024'\n      type: ISO\n",
        )
        .expect("reads");
        assert_eq!((r.identifier.as_str(), r.title.as_str()), ("ISO 22739:2020", "Blockchain - Vocabulary"));
        assert_eq!(
            (r.status.as_deref(), r.published.as_deref(), r.body.as_deref()),
            (Some("95.99"), Some("2020-07"), Some("ISO/TC 307"))
        );
        assert_eq!(r.entry_type, Some(EntryType::Standard));
        assert_eq!(r.relations, vec![Relation { kind: "updates".into(), target: "ISO 22739:2024".into() }]);
        assert_eq!(r.derived_lifecycle(), Some(Lifecycle::Withdrawn));
    }

    #[test]
    fn the_newer_itu_and_w3c_shapes_and_3gpp() {
        let itu = read(
            "id: X\nschema_version: v1.5.6\ntitle:\n- content: 'Versatile video coding'\ndocidentifier:\n- content: 'ITU-T H.266 (04/2022)'\n  type: ITU\n  primary: true\n\
             date:\n- type: published\n  at: '2022-04-29'\ncontributor:\n- organization:\n    name: [{content: International Telecommunication Union}]\n    subdivision:\n    - name: [{content: 'ITU-T SG16'}]\n  role: [{type: publisher}]\n\
             status:\n  stage:\n    content: Published\next:\n  doctype:\n    content: recommendation\n  flavor: itu\n",
        )
        .expect("reads");
        assert_eq!(
            (itu.body.as_deref(), itu.status.as_deref(), itu.published.as_deref()),
            (Some("ITU-T SG16"), Some("Published"), Some("2022-04-29"))
        );
        assert_eq!(itu.derived_lifecycle(), Some(Lifecycle::Published));
        let w3c = read(
            "id: Y\nschema_version: v1.5.6\ntitle:\n- content: 'XR Accessibility User Requirements'\ndocidentifier:\n- content: 'W3C NOTE-xaur-20210825'\n  type: W3C\n  primary: true\n\
             status:\n  stage:\n    content: Note\next:\n  doctype:\n    content: technicalReport\n",
        )
        .expect("reads");
        assert_eq!(w3c.entry_type, Some(EntryType::TechnicalReport));
        let tgpp = read(
            "schema-version: v1.2.3\ntitle:\n- content: 'VR profiles'\ndocid:\n- id: '3GPP TS 26.118:Rel-15/15.1.0'\n  type: 3GPP\n  primary: true\n\
             docstatus:\n  stage:\n    value: published\ndoctype: TS\neditorialgroup:\n- name: S4\n  type: prime\nrelease:\n  version2g: null\n  version3g: '15'\n",
        )
        .expect("reads");
        assert_eq!(
            (tgpp.body.as_deref(), tgpp.release.as_deref(), tgpp.entry_type),
            (Some("3GPP SA4"), Some("15"), Some(EntryType::TechnicalSpecification))
        );
    }

    #[test]
    fn bad_records_say_what_is_wrong() {
        assert!(read("- a\n- b\n").expect_err("a list is no record").contains("not a mapping"));
        assert!(read("title: x\n").expect_err("no identifier").contains("no identifier"));
        assert!(read("a: [unclosed\n").expect_err("bad YAML").contains("not valid YAML"));
        // An alias bomb is refused by the parser's budget, not expanded.
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n\
                    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n\
                    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n";
        assert!(read(bomb).is_err());
    }
}
