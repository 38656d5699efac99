//! `liaise demo`: the example statements into a fresh database, then what liaise made of them.

use super::import::{print_file, print_summary};
use crate::cli::DemoArgs;
use crate::output;
use liaise_app::import::Progress;
use liaise_store::ls::LsFilter;
use std::process::ExitCode;

/// Imports the demo into `--db` when one is given (it must be empty: the demo sets the group
/// liaise works for, and must not change a real one), else into a new file in the system's
/// temporary folder.
pub async fn run(db: Option<&str>, args: DemoArgs) -> anyhow::Result<ExitCode> {
    // Checked before anything is imported: a refused --bind leaves no database behind.
    if args.serve && !args.bind.ip().is_loopback() {
        return Err(super::usage(format!(
            "--bind {}: the demo serves this machine only (a loopback address such as 127.0.0.1); its passwords are printed",
            args.bind
        )));
    }
    let db = match db {
        Some(db) => db.to_string(),
        None => {
            let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
            std::env::temp_dir().join(format!("liaise-demo-{stamp}-{}.db", std::process::id())).display().to_string()
        }
    };
    let store = super::open(&db).await?;
    if store.count_ls().await? > 0 || store.home().await?.is_some() {
        anyhow::bail!(
            "{} is not empty: the demo goes into a database of its own (leave out --db and LIAISE_DATABASE_URL, or name a new file)",
            liaise_store::redact(&db)
        );
    }
    let who = liaise_app::who()?;
    let report = liaise_app::demo::import_demo(&store, &who, &mut |p| {
        if let (Progress::Done(file), false) = (p, args.json) {
            print_file(file, false);
        }
    })
    .await?;
    if args.serve {
        // The demo's statements are of 2023: by the real clock every action would be overdue.
        if let Some(day) = liaise_core::date::parse_date_strict(liaise_app::demo::AS_OF) {
            liaise_app::rehearse_on(day);
        }
        return serve(store, &db, &who, args).await;
    }
    let views = store.list_ls(&LsFilter::default()).await?;
    if args.json {
        let records: Vec<serde_json::Value> = views.iter().map(|v| v.to_json()).collect();
        output::json(&serde_json::json!({ "database": db, "import": report, "statements": records }))?;
    } else {
        print_summary(&report);
        println!();
        for v in &views {
            super::ls::print_view(v);
            super::ls::print_tracking(&super::ls::tracking(&store, v.id).await?);
            println!();
        }
        let as_of = liaise_core::date::parse_date_strict(liaise_app::demo::AS_OF).unwrap_or_default();
        let due = liaise_app::due::due(
            &store,
            &liaise_app::due::DueOptions { as_of, within_days: None, overdue_only: false, body: None },
        )
        .await?;
        println!("What is due, as if today were {as_of} (liaise works for {} here):", liaise_app::demo::GROUP);
        super::track::print_due(&due);
        println!();
        println!("The demo database is {db}");
        println!("Explore it:  liaise --db {db} due --as-of {}", liaise_app::demo::AS_OF);
        println!("             liaise --db {db} ls list");
        println!("             liaise --db {db} bodies show \"3GPP SA4\"");
    }
    store.close().await;
    Ok(if report.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// `liaise demo --serve`: FG-MV-LS1 too, the demo accounts, then the server until Ctrl-C.
async fn serve(
    store: liaise_store::Store,
    db: &str,
    who: &liaise_store::Who,
    args: DemoArgs,
) -> anyhow::Result<ExitCode> {
    use anyhow::Context;
    let fg = liaise_app::demo::import_fg_mv(&store, who, &mut |p| {
        if let (Progress::Done(file), false) = (p, args.json) {
            print_file(file, false);
        }
    })
    .await?;
    let accounts = liaise_app::demo::make_accounts(&store, who).await?;
    let listener = match liaise_server::bind(args.bind).await {
        Ok(l) => l,
        // The usual port is taken (another liaise?): any free one will do for a demo.
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && args.bind.port() != 0 => {
            let any = std::net::SocketAddr::new(args.bind.ip(), 0);
            liaise_server::bind(any).await.with_context(|| format!("cannot listen on {any}"))?
        }
        Err(e) => return Err(e).with_context(|| format!("cannot listen on {}", args.bind)),
    };
    let addr = listener.local_addr().context("the address listened on")?;
    let url = format!("http://{addr}/");
    if args.json {
        let list: Vec<serde_json::Value> =
            accounts.iter().map(|(l, r, p)| serde_json::json!({ "login": l, "role": r, "password": p })).collect();
        output::json(&serde_json::json!({ "url": url, "database": db, "accounts": list, "failed": fg.failed }))?;
    } else {
        println!();
        println!("liaise serves the demo at  {url}");
        println!();
        println!("Log in with one of these accounts (made for this demo only):");
        for (login, role, password) in &accounts {
            println!("  {login:<18} {password}   ({role})");
        }
        println!();
        println!(
            "The server takes today as {} (when these statements were current), so what is due looks as it did then.",
            liaise_app::demo::AS_OF
        );
        println!("The demo database is {db}; Ctrl-C stops the server.");
    }
    let options = liaise_server::ServeOptions::default();
    liaise_server::serve(store.clone(), listener, options, liaise_server::shutdown_signal())
        .await
        .with_context(|| format!("serving on {addr}"))?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
