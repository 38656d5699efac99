//! Reads one file many times, for profilers: `cargo run --release -p liaise-read --example profile_read FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: profile_read FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let reg = liaise_core::registry::Registry::builtin();
    let start = std::time::Instant::now();
    for _ in 0..n {
        if let Err(e) = liaise_read::read(&bytes, &reg) {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{n} reads in {secs:.3} s: {:.0} documents/s", n as f64 / secs);
}
