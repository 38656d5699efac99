//! Integration tests of the `liaise` binary: one test binary, one module per area. Each test runs
//! the real binary against its own database in a temporary folder.

mod bad_input;
mod bodies;
mod browser;
mod convert;
mod deploy;
mod fixture;
mod imap;
mod import;
mod issue9;
mod mail;
mod meetings;
mod remind;
mod review;
mod roadmap;
mod scale;
mod search;
mod serve;
mod service;
mod story;
mod wild;
mod write;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary home for one test: a database and files.
pub struct Env {
    pub dir: tempfile::TempDir,
    db: Option<String>,
    vars: Vec<(String, String)>,
}

impl Default for Env {
    fn default() -> Env {
        Env { dir: tempfile::tempdir().expect("a temporary folder"), db: None, vars: Vec::new() }
    }
}

impl Env {
    pub fn new() -> Env {
        Env::default()
    }

    /// An environment whose database is the given URL (PostgreSQL, say).
    pub fn with_db(url: &str) -> Env {
        Env { db: Some(url.to_string()), ..Env::default() }
    }

    /// Sets an environment variable for every later run.
    pub fn set(&mut self, key: &str, value: &str) {
        self.vars.retain(|(k, _)| k != key);
        self.vars.push((key.to_string(), value.to_string()));
    }

    pub fn db(&self) -> String {
        self.db.clone().unwrap_or_else(|| self.dir.path().join("liaise.db").display().to_string())
    }

    /// The command, ready to run or spawn.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_liaise"));
        c.args(args)
            .env("LIAISE_DATABASE_URL", self.db())
            .env("HOME", self.dir.path())
            .env("LIAISE_USER", "tester")
            .env_remove("LIAISE_NOW")
            .env_remove("LIAISE_CONFIG")
            .env_remove("LIAISE_SMTP_URL")
            .env_remove("LIAISE_SMTP_FROM")
            .env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CONFIG_HOME");
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `liaise` with this test's database.
    pub fn run(&self, args: &[&str]) -> Run {
        Run(self.command(args).output().expect("liaise runs"))
    }

    /// Runs with the clock set to a date.
    pub fn run_at(&self, date: &str, args: &[&str]) -> Run {
        Run(self.command(args).env("LIAISE_NOW", date).output().expect("liaise runs"))
    }

    /// Runs `liaise ... --json` and parses what it prints.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all: Vec<&str> = args.to_vec();
        all.push("--json");
        let run = self.run(&all);
        assert!(run.ok(), "liaise {args:?} failed: {}", run.stderr());
        serde_json::from_str(&run.stdout())
            .unwrap_or_else(|e| panic!("liaise {args:?} printed no JSON ({e}): {}", run.stdout()))
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn ok(&self) -> bool {
        self.0.status.success()
    }
    pub fn code(&self) -> Option<i32> {
        self.0.status.code()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).to_string()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).to_string()
    }
}

pub fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

pub fn shared(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(p)
}

/// A file of `../shared` (third-party data beside the repository, not part of liaise), or
/// `None` after saying that the test is skipped and why: a clone without it runs every other test.
pub fn shared_or_skip(p: &str, test: &str) -> Option<PathBuf> {
    let path = shared(p);
    if path.exists() {
        return Some(path);
    }
    println!("SKIPPED {test}: ../shared/{p} is not beside the repository (it is not part of liaise)");
    None
}

/// FG-MV-LS1 as the tests import it: the plain text of the original in `../shared` when it is
/// there, else the .docx of our own that the fixture test proves reads to the same record.
pub fn fg_mv_ls1() -> PathBuf {
    let text = shared("fixtures/fg-mv-ls1.txt");
    if text.exists() { text } else { repo("testdata/ls/itu/fg-mv-ls1.docx") }
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}
