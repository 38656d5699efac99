//! The `liaise` binary: parses the command line and hands each command to the application layer.
//! Errors from the layers below reach the user here, once, with their context.

mod cli;
mod cmd;
mod output;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let args = match cli::Cli::try_parse() {
        Ok(a) => a,
        Err(e) => {
            use clap::error::ErrorKind;
            let shown = matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if !shown && std::env::args_os().any(|a| a == "--json") {
                let message = e.to_string();
                let first = message.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
                println!("{}", serde_json::json!({ "error": { "kind": "usage", "message": first } }));
                return ExitCode::from(2);
            }
            e.exit();
        }
    };
    let serving = match &args.command {
        cli::Command::Serve(s) => Some(s.log_format.clone()),
        _ => None,
    };
    if let Some(f) = serving.as_deref()
        && !matches!(f, "text" | "json")
    {
        eprintln!("error: --log-format {f:?}: text or json");
        return ExitCode::from(2);
    }
    init_logging(args.verbose, serving.as_deref());
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let json = args.json();
    match runtime.block_on(cmd::run(args)) {
        Ok(code) => code,
        Err(e) => {
            let kind = kind_of(&e);
            if json {
                let body = serde_json::json!({ "error": { "kind": kind, "message": format!("{e:#}") } });
                println!("{body}");
            } else {
                eprintln!("error: {e:#}");
            }
            ExitCode::from(match kind {
                "not_found" => 3,
                "usage" => 2,
                _ => 1,
            })
        }
    }
}

/// What kind of failure an error is, for programs: the first typed error in its chain decides.
/// Exit codes follow: 3 for not_found, 1 for every other failure (clap exits 2 on usage).
fn kind_of(e: &anyhow::Error) -> &'static str {
    use liaise_app::AppError;
    use liaise_store::StoreError;
    for cause in e.chain() {
        if cause.downcast_ref::<cmd::Usage>().is_some() {
            return "usage";
        }
        let store = cause.downcast_ref::<StoreError>().or_else(|| match cause.downcast_ref::<AppError>() {
            Some(AppError::Store(s)) => Some(s),
            _ => None,
        });
        if let Some(s) = store {
            return match s {
                StoreError::NotFound(_) => "not_found",
                StoreError::Conflict(_) => "conflict",
                StoreError::Invalid(_) | StoreError::BadUrl(_) => "invalid",
                StoreError::ReadOnly(_) => "read_only",
                StoreError::Connect { .. } => "unavailable",
                StoreError::Limited(_) => "limited",
                _ => "database",
            };
        }
        match cause.downcast_ref::<AppError>() {
            Some(AppError::Io { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => return "not_found",
            Some(AppError::Io { .. }) => return "io",
            Some(AppError::Invalid(_)) => return "invalid",
            Some(_) => return "failure",
            None => {}
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return if io.kind() == std::io::ErrorKind::NotFound { "not_found" } else { "io" };
        }
    }
    "failure"
}

/// `liaise ls show X | head` closes the pipe before liaise is done printing; `println!` then
/// panics. A reader that stopped reading is no error: end quietly, as other tools do.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") || message.contains("failed printing to stdout") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn init_logging(verbose: u8, serving: Option<&str>) {
    let default = match (verbose, serving) {
        // A server logs its requests by default.
        (0, Some(_)) => "info,sqlx::query=error",
        // sqlx warns of statements slower than a second: a diagnosis for -v, not news for a
        // user whose roadmap of 100,000 entries takes a second to read.
        (0, None) => "warn,sqlx::query=error",
        (1, _) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LIAISE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    if serving == Some("json") {
        let _ = tracing_subscriber::fmt().json().with_env_filter(filter).with_writer(std::io::stderr).try_init();
        return;
    }
    // Colours only for a person at a terminal: a log file or a pipe gets plain text.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr).try_init();
}
