//! Prints the record a file reads to, as JSON: `cargo run -p liaise-read --example read FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let registry = liaise_core::registry::Registry::builtin();
    match liaise_read::read(&bytes, &registry) {
        Ok(p) => {
            for w in &p.warnings {
                eprintln!("warning: {w}");
            }
            println!("{}", serde_json::to_string_pretty(&p.record).unwrap_or_default());
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
