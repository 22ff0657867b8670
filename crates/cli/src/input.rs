//! Reading inputs: files or `-` for standard input, as UTF-8, within a stated size limit.

use std::io::Read;

/// The largest input read (16 MiB): far above AWS's largest policy (20,480 characters) and any request file
/// worth reading at once; `eval --requests` streams larger ones line by line.
pub const MAX_INPUT_BYTES: u64 = 16 << 20;

/// Reads a file, or standard input for `-`: an error names a missing file, an input over the limit, or the line
/// and column where the text stops being UTF-8.
pub fn read(path: &str) -> Result<String, String> {
    let name = display_name(path);
    let mut bytes = Vec::new();
    let limited = |r: &mut dyn Read, bytes: &mut Vec<u8>| r.take(MAX_INPUT_BYTES + 1).read_to_end(bytes);
    let result = if path == "-" {
        limited(&mut std::io::stdin().lock(), &mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| limited(&mut f, &mut bytes))
    };
    result.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "{name} is larger than {} MiB, the most vpce-policy reads at once (an AWS policy is at most 20,480 characters)",
            MAX_INPUT_BYTES >> 20
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default());
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{name}:{line}:{column}: the text is not UTF-8 (invalid byte at offset {valid}); save it as UTF-8")
    })
}

/// The name to show for an input.
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}
