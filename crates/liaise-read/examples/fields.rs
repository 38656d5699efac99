//! Prints the labelled fields a file's lines hold, as the ITU scan finds them:
//! `cargo run -p liaise-read --example fields FILE`. For finding why a field was misread.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: fields FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    let Ok((doc, _)) = liaise_read::to_document(&bytes) else {
        eprintln!("{path}: not readable");
        std::process::exit(1);
    };
    let segs = doc.segments();
    for labels in [liaise_read::itu::labels(), liaise_read::generic::labels()] {
        for f in labels.scan(&segs, &[]) {
            println!("{:>4}-{:<4} {:<16} {:?}", f.seg, f.last, f.field, f.values);
        }
        println!("--");
    }
}
