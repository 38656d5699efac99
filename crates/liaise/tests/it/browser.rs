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

/// Issue 12: the web application in Debian's Chromium. `tests/browser/check_app.mjs` walks the
/// secretariat's week by keyboard (log in, upload FG-MV-LS1, its 53 recipients in the preview,
/// confirm, 38 bodies asked, an action marked answered, a reply uploaded and linked, the matrix
/// and the roadmap), a rapporteur's view and the public's; every page it visits is screenshotted
/// into `target/test-artifacts/app/`, checked by axe-core, tabbed through, and loaded again with
/// JavaScript off.
#[test]
fn the_web_application_by_keyboard_in_chromium_with_axe_and_without_javascript() {
    let env = Env::new();
    assert!(env.run(&["group", "ITU-T FG-MV"]).ok());
    for (login, role, body) in [("sec", "secretariat", None), ("ann", "rapporteur", Some("ISO/IEC JTC 1/SC 29"))] {
        let mut args = vec!["users", "add", login, "--role", role];
        if let Some(b) = body {
            args.extend(["--body", b]);
        }
        let run = env.run(&args);
        assert!(run.ok(), "{}", run.stderr());
        let mut c = env.command(&["users", "password", login]);
        let mut child = c.stdin(std::process::Stdio::piped()).spawn().expect("liaise runs");
        use std::io::Write;
        child.stdin.take().expect("stdin").write_all(b"correct horse battery\n").expect("the password");
        assert!(child.wait().expect("it ends").success());
    }
    let mut serve = env.command(&["serve", "--bind", "127.0.0.1:0", "--json", "--no-reminders"]);
    // Before the deadline of FG-MV-LS1 (30 June 2023): its actions are coming, not overdue.
    serve.env("LIAISE_NOW", "2023-06-01");
    let server = super::serve::Server::start(serve, env.path("server.log"));
    let base = format!("http://{}", server.addr);
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/test-artifacts/app");
    let _ = std::fs::remove_dir_all(&artifacts);
    std::fs::create_dir_all(&artifacts).expect("the artifacts folder");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/check_app.mjs"))
        .arg(&base)
        .arg(&artifacts)
        .arg(root.join("testdata/ls/itu/fg-mv-ls1.docx"))
        .arg(root.join("testdata/story/sc29-n21034-reply.txt"))
        .output()
        .expect("node runs (./scripts/test installs Chromium and the browser test's npm packages)");
    let (code, log) = server.stop();
    assert!(
        out.status.success(),
        "the browser check failed: {}\nserver log:\n{log}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(code, Some(0), "{log}");
    let report: Value = serde_json::from_slice(&out.stdout).expect("the check prints JSON");
    std::fs::write(artifacts.join("report.json"), serde_json::to_string_pretty(&report).unwrap_or_default())
        .expect("the report is kept");
    let flow = &report["flow"];
    assert_eq!(flow["logged_in"], true, "{flow}");
    assert_eq!(flow["preview_recipients"], "53", "the preview lists 53 recipients: {flow}");
    assert_eq!(flow["for_action"], "38", "{flow}");
    assert_eq!(flow["dashboard_asked"], "38", "the dashboard says 38 bodies asked: {flow}");
    assert_eq!(flow["marked"], true, "{flow}");
    assert!(flow["answered_cells"].as_u64().unwrap_or(0) >= 1, "{flow}");
    assert_eq!(flow["reply_linked"], true, "the reply is linked: {flow}");
    assert_eq!(flow["matrix_rows"], 18, "a matrix row per topic: {flow}");
    assert_eq!(flow["roadmap_topics"], 18, "{flow}");
    assert!(flow["roadmap_full_charts"].as_u64().unwrap_or(0) >= 1, "{flow}");
    assert!(flow["filtered_rows"].as_u64().unwrap_or(0) >= 1, "htmx filtered the list: {flow}");
    assert!(flow["rapporteur_heading"].as_str().is_some_and(|h| h.ends_with("SC 29 owes")), "{flow}");
    assert_eq!(flow["rapporteur_action_bodies"], serde_json::json!(["ISO/IEC JTC 1/SC 29"]), "{flow}");
    assert_eq!(report["outside"], serde_json::json!([]), "nothing is loaded from elsewhere");
    assert_eq!(report["console_errors"], serde_json::json!([]), "no script error, no refused resource");
    let pages = report["pages"].as_array().expect("pages");
    assert!(pages.len() >= 20, "{} pages checked", pages.len());
    for p in pages {
        let name = p["name"].as_str().unwrap_or("?");
        assert_eq!(p["axe"], serde_json::json!([]), "axe on {name}: {}", p["axe"]);
        assert_eq!(p["unreached"], serde_json::json!([]), "the keyboard reaches every control of {name}");
        assert_eq!(p["emails"], serde_json::json!([]), "the public page {name} shows addresses");
        assert_eq!(p["nojs_status"], 200, "{name} without JavaScript");
        assert!(p["nojs_main"].as_u64().unwrap_or(0) > 20, "{name} renders its content without JavaScript");
        let png = artifacts.join(format!("{name}.png"));
        assert!(std::fs::metadata(&png).is_ok_and(|m| m.len() > 5_000), "the screenshot of {name}");
    }
}
