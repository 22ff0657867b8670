//! A 1 GiB JSON Lines stream through `eval --requests -`, in bounded memory. Ignored by default (it takes tens of
//! seconds); scripts/test runs it optimized: `cargo test --profile limits -p vpce-policy-cli --test stream_limits
//! -- --ignored`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use std::io::{BufRead, Write};
use std::process::{Command, Stdio};

const ENDPOINT: &str = r#"{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*"},
 {"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"*"}]}"#;

/// The child's peak resident memory so far, in KiB (Linux).
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
#[ignore = "streams 1 GiB: run optimized by scripts/test"]
fn a_one_gib_stream_runs_in_bounded_memory_and_answers_every_line() {
    let dir = std::env::temp_dir().join(format!("vpce-policy-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("ep.json");
    std::fs::write(&policy, ENDPOINT).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vpce-policy"))
        .args(["eval", "--format", "json", "--requests", "-", "--endpoint-policy"])
        .arg(&policy)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let lines = [
        "{\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/TOE/awstoe\"}\n",
        "{\"action\":\"s3:PutObject\",\"resource\":\"arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/TOE/awstoe\"}\n",
        "{\"principal\":\"arn:aws:sts::111122223333:assumed-role/R/s\",\"action\":\"s3:ListBucket\",\"resource\":\"arn:aws:s3:::b\"}\n",
    ];
    let chunk: String = lines.iter().cycle().take(3 * 4000).copied().collect();
    let total: u64 = 1 << 30;
    let chunks = total / chunk.len() as u64 + 1;
    let sent = chunks * 3 * 4000;
    let writer = std::thread::spawn(move || {
        for _ in 0..chunks {
            stdin.write_all(chunk.as_bytes()).unwrap();
        }
    });
    let reader = std::thread::spawn(move || {
        let mut counts = [0u64; 3];
        let mut r = std::io::BufReader::with_capacity(1 << 20, stdout);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap() > 0 {
            let i = if line.starts_with("{\"decision\":\"allowed\"") {
                0
            } else if line.starts_with("{\"decision\":\"explicitDeny\"") {
                1
            } else {
                2
            };
            counts[i] += 1;
            line.clear();
        }
        counts
    });
    let mut peak = 0;
    while !writer.is_finished() {
        peak = peak.max(peak_kib(pid).unwrap_or(0));
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    writer.join().unwrap();
    let counts = reader.join().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert_eq!(counts, [sent / 3; 3], "every line answered, in order of kind");
    assert!(peak > 0 && peak < 128 * 1024, "peak resident memory {peak} KiB");
    eprintln!("1 GiB, {sent} requests, peak {} MiB", peak / 1024);
}
