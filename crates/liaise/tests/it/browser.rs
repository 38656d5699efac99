//! The HTML roadmap in a real browser: Debian's Chromium, driven by playwright-core (which
//! downloads no browser), takes a full-page screenshot, measures every chart and runs the
//! axe-core accessibility checks. The screenshot and the page are kept in
//! `target/test-artifacts/`.

use super::{Env, s};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

#[test]
fn the_html_roadmap_renders_its_charts_in_chromium() {
    let env = Env::new();
    if !super::roadmap::build(&env, "the_html_roadmap_renders_its_charts_in_chromium") {
        return;
    }
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("the artifacts folder");
    let html = artifacts.join("roadmap.html");
    let png = artifacts.join("roadmap.png");
    let _ = std::fs::remove_file(&png);
    let run = env.run(&["roadmap", "-o", s(&html)]);
    assert!(run.ok(), "{}", run.stderr());

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/check_roadmap.mjs");
    let out = Command::new("node")
        .arg(&script)
        .arg(&html)
        .arg(&png)
        .output()
        .expect("node runs (./scripts/test installs Chromium and the browser test's npm packages)");
    assert!(
        out.status.success(),
        "the browser check failed (./scripts/test installs chromium and runs npm ci in tests/browser): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("the check prints JSON");
    assert_eq!(report["title"], "Standardization roadmap: FG-MV-LS1");
    assert_eq!(report["outside"], serde_json::json!([]), "the page loads nothing from outside itself");
    assert_eq!(report["printable"], true, "the page has print styles");
    assert_eq!(report["axe"], serde_json::json!([]), "axe-core finds no accessibility violation");

    // One heatmap and one timeline per topic with dated entries (9 of the 18), each drawn.
    let charts = report["charts"].as_array().expect("charts");
    let heatmaps = charts.iter().filter(|c| c["class"] == "chart heatmap").count();
    let timelines = charts.iter().filter(|c| c["class"] == "chart timeline").count();
    assert_eq!((heatmaps, timelines), (1, 9));
    for c in charts {
        assert_eq!(c["role"], "img", "{c}");
        assert_eq!(c["labelled"], true, "title and description are linked: {c}");
        assert!(!c["title"].as_str().unwrap_or("").is_empty() && c["desc"].as_str().unwrap_or("").len() > 20, "{c}");
        assert!(
            c["width"].as_f64().unwrap_or(0.0) > 50.0 && c["height"].as_f64().unwrap_or(0.0) > 50.0,
            "an empty box: {c}"
        );
        assert!(c["marks"].as_u64().unwrap_or(0) > 0, "nothing drawn: {c}");
    }
    let heatmap = charts.iter().find(|c| c["class"] == "chart heatmap").expect("a heatmap");
    assert_eq!(heatmap["marks"], 18 * 37, "a cell per topic and body");

    let bytes = std::fs::read(&png).expect("the screenshot was written");
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 20_000,
        "a real screenshot: {} bytes",
        bytes.len()
    );
}
