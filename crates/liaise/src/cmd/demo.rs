//! `liaise demo`: the example statements into a fresh database, then what liaise made of them.

use super::import::{print_file, print_summary};
use crate::cli::DemoArgs;
use crate::output;
use liaise_app::import::Progress;
use liaise_store::ls::LsFilter;
use std::process::ExitCode;

pub async fn run(args: DemoArgs) -> anyhow::Result<ExitCode> {
    let db = match args.into {
        Some(db) => db,
        None => {
            let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
            std::env::temp_dir().join(format!("liaise-demo-{stamp}-{}.db", std::process::id())).display().to_string()
        }
    };
    let store = super::open(&db).await?;
    let who = liaise_app::who()?;
    let report = liaise_app::demo::import_demo(&store, &who, &mut |p| {
        if let (Progress::Done(file), false) = (p, args.json) {
            print_file(file, false);
        }
    })
    .await?;
    let views = store.list_ls(&LsFilter::default()).await?;
    store.close().await;
    if args.json {
        let records: Vec<serde_json::Value> = views.iter().map(|v| v.to_json()).collect();
        output::json(&serde_json::json!({ "database": db, "import": report, "statements": records }))?;
    } else {
        print_summary(&report);
        println!();
        for v in &views {
            super::ls::print_view(v);
            println!();
        }
        println!("The demo database is {db}");
        println!("Explore it:  liaise --db {db} ls list");
        println!("             liaise --db {db} bodies show \"3GPP SA4\"");
    }
    Ok(if report.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
