//! Issue 9, item 15: `due`, `calendar` and `remind` grew with the square of the data (3,000
//! statements took 128 s and 1.2 GB) and `ls list` held every full record. This runs them on
//! 1,000 generated statements of 76 actions each and checks what they print; their time and
//! memory at 1,000 and 10,000 statements are in BENCHMARKS.md (`bench/scale`), never asserted
//! here.

use super::{Env, repo, s};

#[test]
fn issue9_item15_a_thousand_statements_of_76_actions_each() {
    let env = Env::new();
    let dir = env.path("inbox");
    let made = std::process::Command::new("python3")
        .args([s(&repo("bench/gen_statements.py")), "1000", s(&dir)])
        .status()
        .expect("python3 runs");
    assert!(made.success());
    assert!(env.run(&["group", "FG-MV"]).ok());
    let run = env.run(&["import", "--quiet", s(&dir)]);
    assert!(run.stdout().contains("1000 files: 1000 created"), "{}{}", run.stdout(), run.stderr());

    let due = env.json(&["due", "--as-of", "2024-01-01"]);
    assert_eq!(due["statements"].as_array().map(Vec::len), Some(1000));
    assert_eq!(due["items"].as_array().map(Vec::len), Some(38_000), "38 bodies owe each statement");
    assert!(
        due["items"].as_array().expect("items").iter().all(|i| i["action_ids"].as_array().map(Vec::len) == Some(2))
    );

    let cal = env.path("d.ics");
    assert!(env.run(&["calendar", "--as-of", "2024-01-01", "-o", s(&cal)]).ok());
    let ics = std::fs::read_to_string(&cal).expect("calendar");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1000);

    // On 2024-01-01 the first reminder (14 days before) has come for every deadline from 1 to
    // 15 January: statement n is due on day 1 + n % 28 of month n % 12 + 1.
    let remind = env.json(&["remind", "--dry-run", "--as-of", "2024-01-01"]);
    let reminded = (0..1000).filter(|n| n % 12 == 0 && n % 28 < 15).count();
    assert_eq!(remind["no_address"].as_array().map(Vec::len), Some(38 * reminded), "nobody has an address yet");

    let list = env.json(&["ls", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1000));
    assert_eq!(list[0]["asked"], 38);
    assert_eq!(list[0]["open_actions"], 76);
    let limited = env.json(&["ls", "list", "--limit", "10", "--text", "number 7"]);
    assert!(limited.as_array().is_some_and(|a| !a.is_empty() && a.len() <= 10), "{limited}");
}
