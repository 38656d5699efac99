//! Reads one file many times, for profiling the readers: `cargo run --release -p liaise-read
//! --example read_many -- FILE [N]`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: read_many FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reg = liaise_core::registry::Registry::builtin();
    let started = std::time::Instant::now();
    for _ in 0..n {
        let _ = liaise_read::read(&bytes, &reg);
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{:.0} documents/s", n as f64 / secs);
}
