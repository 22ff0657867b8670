//! Shared helpers for the corpus tests: find case files and run a check over each of them.
#![allow(clippy::panic)] // test support: a failed corpus run panics with every failure listed

use std::path::{Path, PathBuf};

/// The `tests/` directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.json` file directly under `tests/<dir>`, sorted.
pub fn case_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The file name of a case, for messages.
pub fn case_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `check` on the text of every case file under `tests/<dir>` (there must be at least `min`), then fails
/// once with every failure it returned, each prefixed with its case name.
pub fn run_corpus(dir: &str, min: usize, mut check: impl FnMut(&Path, &str) -> Vec<String>) {
    let files = case_files(dir);
    assert!(
        files.len() >= min,
        "expected a full corpus in tests/{dir}, found {} files",
        files.len()
    );
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        failures.extend(
            check(file, &text)
                .into_iter()
                .map(|f| format!("{}: {f}", case_name(file))),
        );
    }
    assert!(
        failures.is_empty(),
        "{} failures in tests/{dir}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
