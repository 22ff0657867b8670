//! Writes one `#[test]` per validation case file, so that a failure names its case.

use std::fmt::Write;

fn main() {
    let dir = std::path::Path::new("validate/cases");
    println!("cargo:rerun-if-changed=validate/cases");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::new();
    for name in &names {
        let ident: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let _ = writeln!(out, "#[test]\nfn {ident}() {{\n    run_case({name:?});\n}}\n");
    }
    let _ = writeln!(out, "const CASE_COUNT: usize = {};", names.len());
    let target =
        std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("validate_cases.rs");
    let _ = std::fs::write(target, out);
}
