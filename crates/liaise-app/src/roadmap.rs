//! The roadmap, computed and written out: JSON and CSV for programs, Markdown for documents, and
//! one self-contained HTML file (no scripts, no external resources) with an SVG heatmap of the
//! topic x body matrix and an SVG timeline per topic, each with a title and a text alternative.
//!
//! Invariant: the output depends only on the data: the same data writes the same bytes.

use crate::Result;
use liaise_core::catalogue::Lifecycle;
use liaise_core::registry::BodyId;
use liaise_core::roadmap::{ComputedGap, Roadmap, TopicView, compute};
use liaise_store::Store;
use liaise_store::roadmap::RoadmapData;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The formats a roadmap is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoadmapFormat {
    Html,
    Markdown,
    Csv,
    Json,
}

impl RoadmapFormat {
    pub fn parse(s: &str) -> Option<RoadmapFormat> {
        match s.to_lowercase().as_str() {
            "html" | "htm" => Some(RoadmapFormat::Html),
            "md" | "markdown" => Some(RoadmapFormat::Markdown),
            "csv" => Some(RoadmapFormat::Csv),
            "json" => Some(RoadmapFormat::Json),
            _ => None,
        }
    }
}

/// Options of the written roadmap.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// At most so many entries are listed per body and topic in HTML and Markdown (the CSV and
    /// JSON exports hold all); the rest are counted.
    pub max_listed: usize,
    /// JSON without indentation: what a program reads (the API), a third smaller.
    pub compact: bool,
}

impl Default for RenderOptions {
    fn default() -> RenderOptions {
        RenderOptions { max_listed: 25, compact: false }
    }
}

/// Reads the data and computes the roadmap.
pub async fn build(store: &Store, ls: Option<&str>, topics: &[String]) -> Result<(RoadmapData, Roadmap)> {
    let data = store.roadmap_data(ls, topics).await?;
    let roadmap = compute(&data.input);
    Ok((data, roadmap))
}

fn name(data: &RoadmapData, b: BodyId) -> String {
    data.input.names.get(&b).cloned().unwrap_or_else(|| format!("#{b}"))
}

fn lifecycle_label(l: Option<Lifecycle>) -> &'static str {
    l.map_or("unknown", Lifecycle::label)
}

/// Writes the roadmap in a format.
pub fn render(format: RoadmapFormat, data: &RoadmapData, r: &Roadmap, o: &RenderOptions) -> String {
    match format {
        RoadmapFormat::Json => to_json(data, r, o.compact),
        RoadmapFormat::Csv => to_csv(data, r),
        RoadmapFormat::Markdown => to_markdown(data, r, o),
        RoadmapFormat::Html => to_html(data, r, o),
    }
}

fn gap_text(data: &RoadmapData, r: &Roadmap, g: &ComputedGap) -> (String, String) {
    let label = |t: i64| r.topics.iter().find(|x| x.id == t).map_or("?".to_string(), |x| x.label.clone());
    match g {
        ComputedGap::NoActiveEntry { topic } => {
            (label(*topic), "nothing published, in development, in approval or under review".to_string())
        }
        ComputedGap::NotAnswered { topic, body } => (label(*topic), format!("{} has not answered", name(data, *body))),
    }
}

/// The gaps of each topic: whether nothing covers it, and the related bodies that have not
/// answered, in topic order.
fn gaps_by_topic(data: &RoadmapData, r: &Roadmap) -> Vec<(String, bool, Vec<String>)> {
    let mut out: Vec<(String, bool, Vec<String>)> = Vec::new();
    for t in &r.topics {
        let uncovered = r.gaps.iter().any(|g| matches!(g, ComputedGap::NoActiveEntry { topic } if *topic == t.id));
        let silent: Vec<String> = r
            .gaps
            .iter()
            .filter_map(|g| match g {
                ComputedGap::NotAnswered { topic, body } if *topic == t.id => Some(name(data, *body)),
                _ => None,
            })
            .collect();
        if uncovered || !silent.is_empty() {
            out.push((t.label.clone(), uncovered, silent));
        }
    }
    out
}

// The roadmap as JSON, written straight from borrowed data: a tree of `serde_json::Value`s of
// 100,000 entries held several times the text's 32 MB (issue 11). Fields are declared in
// alphabetical order, the order the document always had.
#[derive(Serialize)]
struct JsonRoadmap<'a> {
    answered: Vec<String>,
    asked: Vec<String>,
    gaps: JsonGaps<'a>,
    matrix: JsonMatrix<'a>,
    statement: &'a Option<liaise_store::roadmap::RoadmapStatement>,
    topics: Vec<JsonTopic<'a>>,
}

#[derive(Serialize)]
struct JsonGaps<'a> {
    computed: Vec<serde_json::Value>,
    records: &'a [liaise_store::catalogue::Gap],
}

#[derive(Serialize)]
struct JsonMatrix<'a> {
    answered: &'a [bool],
    bodies: Vec<String>,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    counts: &'a [usize],
    topic: &'a str,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    active: usize,
    by_body: Vec<JsonBody<'a>>,
    by_lifecycle: &'a BTreeMap<Lifecycle, usize>,
    entries: usize,
    group: &'a str,
    id: i64,
    label: &'a str,
    related: Vec<String>,
    timeline: Vec<JsonYear<'a>>,
    topic: &'a Option<String>,
    unknown_lifecycle: usize,
}

#[derive(Serialize)]
struct JsonBody<'a> {
    body: String,
    entries: JsonEntries<'a>,
}

/// A body's entries on a topic, looked up as they are written rather than gathered first
/// (150,000 of them were 11 MB more at the roadmap's peak).
struct JsonEntries<'a> {
    ids: &'a [i64],
    data: &'a RoadmapData,
}

impl Serialize for JsonEntries<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.ids.iter().filter_map(|id| self.data.entries.get(id)).map(|e| JsonEntry {
            id: e.id,
            identifier: &e.identifier,
            lifecycle: e.lifecycle,
            published: &e.published,
            status: &e.status,
            title: &e.title,
            url: &e.url,
        }))
    }
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    id: i64,
    identifier: &'a str,
    lifecycle: Option<Lifecycle>,
    published: &'a Option<String>,
    status: &'a Option<String>,
    title: &'a str,
    url: &'a Option<String>,
}

#[derive(Serialize)]
struct JsonYear<'a> {
    counts: &'a BTreeMap<Lifecycle, usize>,
    year: i32,
}

fn to_json(data: &RoadmapData, r: &Roadmap, compact: bool) -> String {
    let topics = r
        .topics
        .iter()
        .map(|t| JsonTopic {
            active: t.active,
            by_body: t
                .by_body
                .iter()
                .map(|b| JsonBody { body: name(data, b.body), entries: JsonEntries { ids: &b.entries, data } })
                .collect(),
            by_lifecycle: &t.by_lifecycle,
            entries: t.entries,
            group: &t.group,
            id: t.id,
            label: &t.label,
            related: t.related.iter().map(|b| name(data, *b)).collect(),
            timeline: t.timeline.iter().map(|y| JsonYear { counts: &y.counts, year: y.year }).collect(),
            topic: &t.name,
            unknown_lifecycle: t.unknown_lifecycle,
        })
        .collect();
    let computed = r
        .gaps
        .iter()
        .map(|g| {
            let (topic, text) = gap_text(data, r, g);
            let mut v = serde_json::to_value(g).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("topic_label".into(), topic.into());
                o.insert("text".into(), text.into());
                if let ComputedGap::NotAnswered { body, .. } = g {
                    o.insert("body_name".into(), name(data, *body).into());
                }
            }
            v
        })
        .collect();
    let doc = JsonRoadmap {
        answered: r.bodies.iter().zip(&r.answered).filter(|(_, a)| **a).map(|(b, _)| name(data, *b)).collect(),
        asked: data.input.asked.iter().map(|b| name(data, *b)).collect(),
        gaps: JsonGaps { computed, records: &data.gaps },
        matrix: JsonMatrix {
            answered: &r.answered,
            bodies: r.bodies.iter().map(|b| name(data, *b)).collect(),
            rows: r.topics.iter().zip(&r.matrix).map(|(t, row)| JsonRow { counts: row, topic: &t.label }).collect(),
        },
        statement: &data.statement,
        topics,
    };
    // Written into a buffer sized for it: grown by doubling, the 32 MB of 100,000 entries
    // held the old and the new buffer at once (issue 11).
    let mut out = Vec::with_capacity(64 * 1024 + data.entries.len() * if compact { 240 } else { 360 });
    let written =
        if compact { serde_json::to_writer(&mut out, &doc) } else { serde_json::to_writer_pretty(&mut out, &doc) };
    if written.is_err() {
        return String::new();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// The roadmap without its entries: who was asked and answered, the matrix, each topic's counts
/// by body, and the computed gaps. The web app's matrix and roadmap pages read this (the whole
/// JSON of 100,000 entries is 19 MB, and parsing it cost each page 120 ms).
pub fn summary_json(data: &RoadmapData, r: &Roadmap) -> serde_json::Value {
    let topics: Vec<serde_json::Value> = r
        .topics
        .iter()
        .map(|t| {
            serde_json::json!({
                "topic": t.name, "label": t.label, "group": t.group, "entries": t.entries, "active": t.active,
                "by_body": t.by_body.iter().map(|b| serde_json::json!({ "body": name(data, b.body), "count": b.entries.len() })).collect::<Vec<_>>(),
                "related": t.related.iter().map(|b| name(data, *b)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let computed: Vec<serde_json::Value> = r
        .gaps
        .iter()
        .map(|g| {
            let (topic, text) = gap_text(data, r, g);
            serde_json::json!({ "topic_label": topic, "text": text })
        })
        .collect();
    serde_json::json!({
        "asked": data.input.asked.iter().map(|b| name(data, *b)).collect::<Vec<_>>(),
        "answered": r.bodies.iter().zip(&r.answered).filter(|(_, a)| **a).map(|(b, _)| name(data, *b)).collect::<Vec<_>>(),
        "matrix": {
            "bodies": r.bodies.iter().map(|b| name(data, *b)).collect::<Vec<_>>(),
            "answered": &r.answered,
            "rows": r.topics.iter().zip(&r.matrix).map(|(t, row)| serde_json::json!({ "topic": t.label, "counts": row })).collect::<Vec<_>>(),
        },
        "topics": topics,
        "gaps": { "computed": computed },
    })
}

fn csv_field(s: &str) -> String {
    // A body's or entry's name comes from a stranger's document: no cell may run as a formula.
    let s = &crate::lists::spreadsheet_safe(s);
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn to_csv(data: &RoadmapData, r: &Roadmap) -> String {
    let mut out = String::from("topic");
    for b in &r.bodies {
        out.push(',');
        out.push_str(&csv_field(&name(data, *b)));
    }
    out.push_str(",entries,active\nanswered");
    for a in &r.answered {
        out.push_str(if *a { ",yes" } else { ",no" });
    }
    out.push_str(",,\n");
    for (t, row) in r.topics.iter().zip(&r.matrix) {
        out.push_str(&csv_field(&t.label));
        for n in row {
            let _ = write!(out, ",{n}");
        }
        let _ = writeln!(out, ",{},{}", t.entries, t.active);
    }
    out
}

fn md_cell(s: &str) -> String {
    md_text(s).replace('|', "\\|").replace('\n', " ")
}

/// Text from statements and catalogues in Markdown: HTML in it is shown, never run (issue 9,
/// item 7: a title holding `<script>` or `<img onerror>` passed through), so `<`, `>` and `&`
/// are written as entities, which every Markdown renderer shows as the characters.
fn md_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn to_markdown(data: &RoadmapData, r: &Roadmap, o: &RenderOptions) -> String {
    let mut out = String::from("# Standardization roadmap\n\n");
    intro(data, r, &mut out, false);
    out.push_str("\n## Topics and bodies\n\nEntries per topic and body; ✓ marks bodies that answered.\n\n| Topic |");
    for (b, a) in r.bodies.iter().zip(&r.answered) {
        let _ = write!(out, " {}{} |", if *a { "✓ " } else { "" }, md_cell(&name(data, *b)));
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(r.bodies.len()));
    out.push('\n');
    for (t, row) in r.topics.iter().zip(&r.matrix) {
        let _ = write!(out, "| {} |", md_cell(&t.label));
        for n in row {
            if *n == 0 {
                out.push_str("  |");
            } else {
                let _ = write!(out, " {n} |");
            }
        }
        out.push('\n');
    }
    out.push_str("\n## Gaps\n\n");
    let grouped = gaps_by_topic(data, r);
    if grouped.is_empty() {
        out.push_str("No gaps found.\n");
    } else {
        out.push_str("| Topic | Covered | Related bodies that have not answered |\n|---|---|---|\n");
    }
    for (topic, uncovered, silent) in &grouped {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md_cell(topic),
            if *uncovered { "**no**: nothing published, in development, in approval or under review" } else { "yes" },
            md_cell(&silent.join(", "))
        );
    }
    if !data.gaps.is_empty() {
        out.push_str("\n### Gap records\n\n| Id | Title | Priority | Topic | To act | Progress | Updates |\n|---|---|---|---|---|---|---|\n");
        for g in &data.gaps {
            let updates: Vec<String> = g
                .updates
                .iter()
                .map(|u| {
                    format!(
                        "{} {}{}",
                        u.on,
                        u.progress,
                        u.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default()
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                g.code,
                md_cell(&g.title),
                g.priority,
                md_cell(g.topic.as_deref().unwrap_or("")),
                md_cell(&g.organizations.join(", ")),
                g.progress,
                md_cell(&updates.join("; "))
            );
        }
    }
    out.push_str("\n## Topics\n");
    for t in &r.topics {
        let _ = write!(out, "\n### {}\n\n", md_cell(&t.label));
        let related: Vec<String> = t.related.iter().map(|b| name(data, *b)).collect();
        let _ = writeln!(
            out,
            "Related bodies: {}.\n",
            if related.is_empty() { "none".to_string() } else { md_text(&related.join(", ")) }
        );
        let _ = writeln!(
            out,
            "{} entr{}, {} active{}.\n",
            t.entries,
            if t.entries == 1 { "y" } else { "ies" },
            t.active,
            lifecycle_summary(t)
        );
        for b in &t.by_body {
            let _ = writeln!(out, "- **{}**", md_cell(&name(data, b.body)));
            for id in b.entries.iter().take(o.max_listed) {
                if let Some(e) = data.entries.get(id) {
                    let _ = writeln!(
                        out,
                        "  - {} {} ({}{})",
                        md_cell(&e.identifier),
                        md_cell(&e.title),
                        lifecycle_label(e.lifecycle),
                        e.published.as_deref().map(|p| format!(", {p}")).unwrap_or_default()
                    );
                }
            }
            if b.entries.len() > o.max_listed {
                let _ = writeln!(out, "  - … and {} more (see the CSV or JSON export)", b.entries.len() - o.max_listed);
            }
        }
    }
    out
}

fn lifecycle_summary(t: &TopicView) -> String {
    if t.by_lifecycle.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = t.by_lifecycle.iter().map(|(l, n)| format!("{n} {}", l.label())).collect();
    format!(" ({})", parts.join(", "))
}

fn intro(data: &RoadmapData, r: &Roadmap, out: &mut String, html: bool) {
    let esc = |s: &str| if html { escape(s) } else { md_text(s) };
    // Of the bodies asked, those that answered (parents credited for a sub-body's answer are not
    // counted again).
    let answered = data.input.asked.iter().filter(|b| data.input.answered.contains(b)).count();
    let entries: usize = data.entries.len();
    match &data.statement {
        Some(s) => {
            let _ = writeln!(
                out,
                "Built from the answers to {} \"{}\", sent by {} to {} bodies for action; {} of them {} answered. {} catalogue entr{} on {} topics.",
                esc(s.doc_number.as_deref().unwrap_or("the statement")),
                esc(&s.title),
                esc(&s.source),
                data.input.asked.len(),
                answered,
                if answered == 1 { "has" } else { "have" },
                entries,
                if entries == 1 { "y" } else { "ies" },
                r.topics.len()
            );
        }
        None => {
            let _ = writeln!(out, "{entries} catalogue entries on {} topics.", r.topics.len());
        }
    }
}

/// Escapes text for HTML and SVG.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const COLORS: [(Lifecycle, &str); 7] = [
    (Lifecycle::Proposed, "#bdbdbd"),
    (Lifecycle::InDevelopment, "#f2b134"),
    (Lifecycle::InApproval, "#e07b39"),
    (Lifecycle::Published, "#2e7d32"),
    (Lifecycle::UnderReview, "#4a90d9"),
    (Lifecycle::Superseded, "#8e6bb5"),
    (Lifecycle::Withdrawn, "#6d6d6d"),
];

fn heat(n: usize, max: usize) -> &'static str {
    const SCALE: [&str; 6] = ["#f3f4f6", "#dbe9f6", "#a9cbe8", "#6aa6d6", "#2f7bbf", "#124e8c"];
    if n == 0 || max == 0 {
        return SCALE[0];
    }
    let i = 1 + (n - 1) * (SCALE.len() - 2) / max.max(1);
    SCALE[i.min(SCALE.len() - 1)]
}

fn heatmap_svg(data: &RoadmapData, r: &Roadmap) -> String {
    let (label_w, cell, head_h) = (280usize, 24usize, 190usize);
    let width = label_w + cell * r.bodies.len().max(1) + 20;
    let height = head_h + cell * r.topics.len().max(1) + 10;
    let max = r.matrix.iter().flatten().copied().max().unwrap_or(0);
    let mut desc = String::from("Entries per topic and body. ");
    for (t, row) in r.topics.iter().zip(&r.matrix) {
        let cells: Vec<String> = row
            .iter()
            .zip(&r.bodies)
            .filter(|(n, _)| **n > 0)
            .map(|(n, b)| format!("{} {n}", name(data, *b)))
            .collect();
        let _ = write!(
            desc,
            "{}: {}. ",
            t.label,
            if cells.is_empty() { "no entries".to_string() } else { cells.join(", ") }
        );
    }
    let answered: Vec<String> =
        r.bodies.iter().zip(&r.answered).filter(|(_, a)| **a).map(|(b, _)| name(data, *b)).collect();
    let _ = write!(
        desc,
        "Bodies that answered: {}.",
        if answered.is_empty() { "none".to_string() } else { answered.join(", ") }
    );
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart heatmap" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="heatmap-title heatmap-desc" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title id="heatmap-title">Entries per topic and body</title><desc id="heatmap-desc">{}</desc>"#,
        escape(&desc)
    );
    for (c, (b, a)) in r.bodies.iter().zip(&r.answered).enumerate() {
        let x = label_w + c * cell + cell / 2;
        let label = format!("{}{}", if *a { "✓ " } else { "" }, name(data, *b));
        let _ = write!(
            s,
            r#"<text x="{x}" y="{}" transform="rotate(-60 {x} {})" class="{}">{}</text>"#,
            head_h - 6,
            head_h - 6,
            if *a { "col answered" } else { "col" },
            escape(&liaise_core::truncate_chars(&label, 30))
        );
    }
    for (row, (t, counts)) in r.topics.iter().zip(&r.matrix).enumerate() {
        let y = head_h + row * cell;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" class="row">{}</text>"#,
            label_w - 8,
            y + cell / 2 + 4,
            escape(&liaise_core::truncate_chars(&t.label, 42))
        );
        for (c, n) in counts.iter().enumerate() {
            let x = label_w + c * cell;
            let _ = write!(
                s,
                r#"<rect x="{x}" y="{y}" width="{}" height="{}" fill="{}"><title>{}: {}, {n}</title></rect>"#,
                cell - 2,
                cell - 2,
                heat(*n, max),
                escape(&t.label),
                escape(&name(data, r.bodies[c]))
            );
            if *n > 0 {
                let fg = if heat(*n, max) == "#2f7bbf" || heat(*n, max) == "#124e8c" { "#ffffff" } else { "#111111" };
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{}" class="n" fill="{fg}">{n}</text>"#,
                    x + (cell - 2) / 2,
                    y + cell / 2 + 3
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

fn timeline_svg(t: &TopicView) -> Option<String> {
    let first = t.timeline.first()?.year;
    let last = t.timeline.last()?.year;
    let years = (last - first + 1) as usize;
    let max: usize = t.timeline.iter().map(|y| y.counts.values().sum::<usize>()).max().unwrap_or(1).max(1);
    let (left, bar, gap, plot_h, bottom) = (36usize, 22usize, 6usize, 120usize, 26usize);
    let width = left + years * (bar + gap) + 10;
    let height = plot_h + bottom + 10;
    let id = format!("timeline-{}", t.id);
    let mut desc = format!("Entries of {} by year and lifecycle. ", t.label);
    for y in &t.timeline {
        let parts: Vec<String> = y.counts.iter().map(|(l, n)| format!("{n} {}", l.label())).collect();
        let _ = write!(desc, "{}: {}. ", y.year, parts.join(", "));
    }
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{id}-title {id}-desc" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title id="{id}-title">Timeline of {}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&t.label),
        escape(desc.trim_end())
    );
    let _ = write!(s, r#"<line x1="{left}" y1="{plot_h}" x2="{}" y2="{plot_h}" class="axis"/>"#, width - 6);
    let _ = write!(
        s,
        r#"<text x="{}" y="12" class="tick">{max}</text><text x="{}" y="{plot_h}" class="tick">0</text>"#,
        left - 6,
        left - 6
    );
    for y in &t.timeline {
        let i = (y.year - first) as usize;
        let x = left + 4 + i * (bar + gap);
        let mut top = plot_h;
        for (l, color) in COLORS {
            let Some(n) = y.counts.get(&l) else { continue };
            let h = (n * (plot_h - 14) / max).max(2);
            top -= h;
            let _ = write!(
                s,
                r#"<rect x="{x}" y="{top}" width="{bar}" height="{h}" fill="{color}"><title>{}: {n} {}</title></rect>"#,
                y.year,
                l.label()
            );
        }
    }
    let step = years.div_ceil(12).max(1);
    for (i, year) in (first..=last).enumerate() {
        if i % step == 0 {
            let x = left + 4 + i * (bar + gap) + bar / 2;
            let _ = write!(s, r#"<text x="{x}" y="{}" class="year">{year}</text>"#, plot_h + 16);
        }
    }
    s.push_str("</svg>");
    Some(s)
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 2rem auto; max-width: 1400px; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #124e8c; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 2rem; } a { color: #0b4f9c; }
.lead { color: #333; max-width: 70em; }
figure { margin: 1rem 0; overflow-x: auto; } figcaption { font-size: .9rem; color: #333; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .9rem; } caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #c9c9c9; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef3f8; } td.num { text-align: right; } .yes { font-weight: 600; }
svg text { font: 11px system-ui, sans-serif; fill: #111; }
svg text.row { text-anchor: end; } svg text.col.answered { font-weight: 700; } svg text.n { text-anchor: middle; font-size: 10px; }
svg text.year { text-anchor: middle; font-size: 10px; } svg text.tick { text-anchor: end; font-size: 10px; } svg .axis { stroke: #555; }
.legend span { display: inline-block; margin-right: 1rem; } .legend i { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -1px; }
.muted { color: #555; } .nowrap { white-space: nowrap; } .wide { overflow-x: auto; } .wide:focus { outline: 2px solid #0b4f9c; } .wide th[scope="row"] { white-space: nowrap; } .wide th[scope="col"] { font-size: .8rem; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } nav { display: none; } section.topic { break-inside: avoid; } h2 { break-before: page; } a { color: inherit; text-decoration: none; } }
"#;

fn to_html(data: &RoadmapData, r: &Roadmap, o: &RenderOptions) -> String {
    let mut h = String::with_capacity(64 * 1024 + data.entries.len() * 200);
    let title = match &data.statement {
        Some(s) => format!("Standardization roadmap: {}", s.doc_number.as_deref().unwrap_or(&s.title)),
        None => "Standardization roadmap".to_string(),
    };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    let _ = write!(h, "<header>\n<h1>{}</h1>\n<p class=\"lead\">", escape(&title));
    intro(data, r, &mut h, true);
    h.push_str("</p>\n</header>\n<nav aria-label=\"Contents\"><ol><li><a href=\"#matrix\">Topics and bodies</a></li><li><a href=\"#gaps\">Gaps</a></li><li><a href=\"#topics\">Topics</a><ol>");
    for t in &r.topics {
        let _ = write!(h, "<li><a href=\"#topic-{}\">{}</a></li>", t.id, escape(&t.label));
    }
    h.push_str("</ol></li></ol></nav>\n<main>\n<section id=\"matrix\">\n<h2>Topics and bodies</h2>\n");
    // Wide content scrolls; a scrolling region must be reachable from the keyboard.
    h.push_str(
        "<figure class=\"wide\" tabindex=\"0\" role=\"group\" aria-label=\"Heatmap of entries per topic and body\">\n",
    );
    h.push_str(&heatmap_svg(data, r));
    h.push_str("\n<figcaption>Number of catalogue entries per topic (rows) and body (columns); darker is more. ✓ and bold mark the bodies that answered. The same figures follow as a table.</figcaption>\n</figure>\n");
    h.push_str("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"Table of entries per topic and body\">\n<table>\n<caption>Entries per topic and body</caption>\n<thead><tr><th scope=\"col\">Topic</th>");
    for (b, a) in r.bodies.iter().zip(&r.answered) {
        let _ = write!(
            h,
            "<th scope=\"col\"{}>{}{}</th>",
            if *a { " class=\"yes\"" } else { "" },
            if *a { "✓ " } else { "" },
            escape(&name(data, *b))
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (t, row) in r.topics.iter().zip(&r.matrix) {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", escape(&t.label));
        for n in row {
            let _ = write!(h, "<td class=\"num\">{}</td>", if *n > 0 { n.to_string() } else { String::new() });
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n<section id=\"gaps\">\n<h2>Gaps</h2>\n");
    let grouped = gaps_by_topic(data, r);
    if grouped.is_empty() {
        h.push_str("<p>No gaps found.</p>\n");
    } else {
        h.push_str("<table>\n<caption>Computed gaps: topics nothing covers, and related bodies that have not answered</caption>\n<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Covered</th><th scope=\"col\">Related bodies that have not answered</th></tr></thead>\n<tbody>\n");
        for (topic, uncovered, silent) in &grouped {
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
                escape(topic),
                if *uncovered {
                    "<strong>no</strong>: nothing published, in development, in approval or under review"
                } else {
                    "yes"
                },
                escape(&silent.join(", "))
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    if !data.gaps.is_empty() {
        h.push_str("<table>\n<caption>Gap records</caption>\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Title and description</th><th scope=\"col\">Priority</th><th scope=\"col\">Topic</th><th scope=\"col\">Organizations to act</th><th scope=\"col\">Progress</th><th scope=\"col\">Updates</th></tr></thead>\n<tbody>\n");
        for g in &data.gaps {
            let updates: Vec<String> = g
                .updates
                .iter()
                .map(|u| {
                    format!(
                        "{} {}{}",
                        u.on,
                        u.progress,
                        u.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default()
                    )
                })
                .collect();
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td><strong>{}</strong>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                g.code,
                escape(&g.title),
                g.description.as_deref().map(|d| format!("<br>{}", escape(d))).unwrap_or_default(),
                g.priority,
                escape(g.topic.as_deref().unwrap_or("")),
                escape(&g.organizations.join(", ")),
                g.progress,
                escape(&updates.join("; "))
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</section>\n<section id=\"topics\">\n<h2>Topics</h2>\n<p class=\"legend\" aria-hidden=\"true\">");
    for (l, color) in COLORS {
        let _ = write!(h, "<span><i style=\"background:{color}\"></i>{}</span>", l.label());
    }
    h.push_str("</p>\n");
    for t in &r.topics {
        let _ = write!(h, "<section class=\"topic\" id=\"topic-{}\">\n<h3>{}</h3>\n", t.id, escape(&t.label));
        let related: Vec<String> = t.related.iter().map(|b| escape(&name(data, *b))).collect();
        let _ = writeln!(
            h,
            "<p>Related bodies: {}.<br>{} entr{}, {} active{}.</p>",
            if related.is_empty() { "none".to_string() } else { md_text(&related.join(", ")) },
            t.entries,
            if t.entries == 1 { "y" } else { "ies" },
            t.active,
            escape(&lifecycle_summary(t))
        );
        match timeline_svg(t) {
            Some(svg) => {
                let _ = write!(
                    h,
                    "<figure>\n{svg}\n<figcaption>Entries of {} by year (published, else started) and lifecycle.</figcaption>\n</figure>\n",
                    escape(&t.label)
                );
            }
            None => h.push_str("<p class=\"muted\">No dated entries: no timeline.</p>\n"),
        }
        if !t.by_body.is_empty() {
            let _ = write!(
                h,
                "<table>\n<caption>Entries on {}</caption>\n<thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Identifier</th><th scope=\"col\">Title</th><th scope=\"col\">Lifecycle</th><th scope=\"col\">Published</th></tr></thead>\n<tbody>\n",
                escape(&t.label)
            );
            for b in &t.by_body {
                let body = escape(&name(data, b.body));
                for id in b.entries.iter().take(o.max_listed) {
                    let Some(e) = data.entries.get(id) else { continue };
                    let ident = match &e.url {
                        Some(u) if u.starts_with("http") => {
                            format!("<a href=\"{}\">{}</a>", escape(u), escape(&e.identifier))
                        }
                        _ => escape(&e.identifier),
                    };
                    let _ = writeln!(
                        h,
                        "<tr><td>{body}</td><td>{ident}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        escape(&e.title),
                        lifecycle_label(e.lifecycle),
                        escape(e.published.as_deref().unwrap_or(""))
                    );
                }
                if b.entries.len() > o.max_listed {
                    let _ = writeln!(
                        h,
                        "<tr><td>{body}</td><td colspan=\"4\" class=\"muted\">… and {} more (see the CSV or JSON export)</td></tr>",
                        b.entries.len() - o.max_listed
                    );
                }
            }
            h.push_str("</tbody>\n</table>\n");
        }
        h.push_str("</section>\n");
    }
    h.push_str("</section>\n</main>\n</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(heat(0, 5), "#f3f4f6");
        assert_ne!(heat(5, 5), heat(1, 5));
    }
}
