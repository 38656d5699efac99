//! The deployment files of `deploy/`, checked with the tools that read them where this machine
//! has them: systemd-analyze for the unit, nginx -t and caddy validate for the proxies; and the
//! liaise command lines they hold, checked against this binary's options.

use super::{Env, repo, s};
use std::process::Command;

fn have(program: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|o| o.status.success())
}

/// Every option of a liaise command line is one this liaise knows (clap stops at the first it
/// does not, before `--help`).
fn known_options(args: &[&str]) {
    let mut all: Vec<&str> = args.to_vec();
    all.push("--help");
    let run = Env::new().run(&all);
    assert!(run.ok(), "{args:?}: {}", run.stderr());
}

#[test]
fn the_systemd_unit_verifies_and_starts_liaise_with_options_it_knows() {
    let unit = std::fs::read_to_string(repo("deploy/liaise.service")).expect("deploy/liaise.service");
    let exec = unit.lines().find_map(|l| l.strip_prefix("ExecStart=")).expect("an ExecStart");
    let args: Vec<&str> = exec.split_whitespace().collect();
    assert_eq!(args[0], "/usr/local/bin/liaise");
    known_options(&args[1..]);
    if !have("systemd-analyze") {
        println!("the_systemd_unit_verifies: systemd-analyze SKIPPED: not installed (Debian: systemd)");
        return;
    }
    // Verified with this build in place of the installed binary, which is not there.
    let dir = tempfile::tempdir().expect("a folder");
    let copy = dir.path().join("liaise.service");
    std::fs::write(&copy, unit.replace("/usr/local/bin/liaise", env!("CARGO_BIN_EXE_liaise"))).expect("a copy");
    let out = Command::new("systemd-analyze").arg("verify").arg(&copy).output().expect("systemd-analyze runs");
    let said = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && said.trim().is_empty(), "systemd-analyze verify: {said}");
}

#[test]
fn the_container_starts_liaise_with_options_it_knows() {
    let file = std::fs::read_to_string(repo("deploy/Containerfile")).expect("deploy/Containerfile");
    let cmd = file.lines().find_map(|l| l.strip_prefix("CMD ")).expect("a CMD");
    let args: Vec<String> = serde_json::from_str(cmd).expect("CMD in exec form");
    assert_eq!(args[0], "liaise");
    known_options(&args[1..].iter().map(String::as_str).collect::<Vec<_>>());
    println!("the_container: the Containerfile is not built here (no container engine in the test machine)");
}

#[test]
fn the_nginx_site_passes_nginx_t() {
    if !have("nginx") || !have("openssl") {
        println!(
            "the_nginx_site_passes_nginx_t: SKIPPED: nginx or openssl is not installed (Debian: nginx-light, openssl)"
        );
        return;
    }
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        println!("the_nginx_site_passes_nginx_t: SKIPPED: nginx -t binds ports 80 and 443, which needs root");
        return;
    }
    let prefix = tempfile::tempdir().expect("a folder");
    let certs = prefix.path().join("certs");
    std::fs::create_dir_all(&certs).expect("a folder");
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=liaise.example.org"])
        .arg("-keyout")
        .arg(certs.join("privkey.pem"))
        .arg("-out")
        .arg(certs.join("fullchain.pem"))
        .output()
        .expect("openssl runs");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let site = std::fs::read_to_string(repo("deploy/nginx.conf")).expect("deploy/nginx.conf");
    assert!(site.contains("/etc/letsencrypt/live/liaise.example.org"));
    let site_copy = prefix.path().join("site.conf");
    std::fs::write(&site_copy, site.replace("/etc/letsencrypt/live/liaise.example.org", s(&certs))).expect("a copy");
    let main = std::fs::read_to_string(repo("deploy/nginx-test.conf")).expect("deploy/nginx-test.conf");
    let main_copy = prefix.path().join("nginx.conf");
    std::fs::write(&main_copy, main.replace("@SITE@", s(&site_copy)).replace("@CERT_DIR@", s(&certs))).expect("a copy");
    let prefix_arg = format!("{}/", prefix.path().display());
    let out = Command::new("nginx")
        .args(["-t", "-q", "-e", "stderr", "-p", &prefix_arg, "-c"])
        .arg(&main_copy)
        .output()
        .expect("nginx runs");
    assert!(out.status.success(), "nginx -t: {}", String::from_utf8_lossy(&out.stderr));
    // The site passes requests on to where the unit listens, and keeps /metrics to this machine.
    let unit = std::fs::read_to_string(repo("deploy/liaise.service")).expect("the unit");
    assert!(site.contains("127.0.0.1:8080") && unit.contains("--bind 127.0.0.1:8080"));
    assert!(site.contains("location = /metrics") && unit.contains("--behind-proxy"));
}

#[test]
fn the_caddyfile_passes_caddy_validate() {
    if !have("caddy") {
        println!("the_caddyfile_passes_caddy_validate: SKIPPED: caddy is not installed (Debian: caddy)");
        return;
    }
    let out = Command::new("caddy")
        .args(["validate", "--adapter", "caddyfile", "--config"])
        .arg(repo("deploy/Caddyfile"))
        .env("HOME", tempfile::tempdir().expect("a folder").path())
        .output()
        .expect("caddy runs");
    assert!(out.status.success(), "caddy validate: {}", String::from_utf8_lossy(&out.stderr));
}

/// Found in review: the binary carries a file of testdata/ (`include_bytes!`), which the
/// Containerfile did not copy, so the image could not be built. Every file a crate includes
/// from outside `crates/` is copied.
#[test]
fn the_container_build_copies_every_file_the_crates_include_from_outside_them() {
    let file = std::fs::read_to_string(repo("deploy/Containerfile")).expect("deploy/Containerfile");
    let copied: Vec<&str> =
        file.lines().filter_map(|l| l.strip_prefix("COPY ")).filter_map(|l| l.split_whitespace().next()).collect();
    let mut outside = Vec::new();
    let mut dirs = vec![repo("crates")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a folder").flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("target") && !path.ends_with("node_modules") {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && path.components().any(|c| c.as_os_str() == "src") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for part in text.split("include_bytes!(\"").chain(text.split("include_str!(\"")).skip(1) {
                    let Some(rel) = part.split('"').next() else { continue };
                    let Some(dir) = path.parent() else { continue };
                    let Ok(full) = dir.join(rel).canonicalize() else { continue };
                    let Ok(crates) = repo("crates").canonicalize() else { continue };
                    if !full.starts_with(&crates) {
                        let root = repo(".").canonicalize().expect("the repository");
                        outside.push(full.strip_prefix(&root).map(|p| p.display().to_string()).unwrap_or_default());
                    }
                }
            }
        }
    }
    assert!(!outside.is_empty(), "the demo includes FG-MV-LS1 from testdata/");
    for f in &outside {
        assert!(
            copied.iter().any(|c| f.starts_with(c.trim_end_matches('/'))),
            "{f} is included by a crate but not copied by the Containerfile"
        );
    }
}
