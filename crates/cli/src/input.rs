//! Reading inputs: files or `-` for standard input.

use std::io::Read;
use std::path::Path;

/// Reads a file, or standard input for `-`.
pub fn read(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(s);
    }
    std::fs::read_to_string(Path::new(path)).map_err(|e| format!("cannot read {path}: {e}"))
}

/// The name to show for an input.
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}
