//! Reading inputs: files or `-` for standard input, as UTF-8, within a stated size limit.

use std::io::Read;
use vpce_policy_core::i18n::Message;

/// The largest input read (16 MiB): far above AWS's largest policy (20,480 characters) and any request file
/// worth reading at once; `eval --requests` streams larger ones line by line.
pub const MAX_INPUT_BYTES: u64 = 16 << 20;

/// Reads a file, or standard input for `-`: an error names a missing file, an input over the limit, or the line
/// and column where the text stops being UTF-8.
pub fn read(path: &str) -> Result<String, Message> {
    let name = display_name(path);
    let mut bytes = Vec::new();
    let limited = |r: &mut dyn Read, bytes: &mut Vec<u8>| r.take(MAX_INPUT_BYTES + 1).read_to_end(bytes);
    let result = if path == "-" {
        limited(&mut std::io::stdin().lock(), &mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| limited(&mut f, &mut bytes))
    };
    result.map_err(|e| cannot_read(name, &e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Message::new("cli-too-large")
            .arg("file", name)
            .arg("mib", MAX_INPUT_BYTES >> 20));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default());
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Message::new("cli-not-utf8")
            .arg("at", format!("{name}:{line}:{column}"))
            .arg("offset", valid)
    })
}

/// "cannot read FILE: why".
pub fn cannot_read(name: &str, error: &dyn std::fmt::Display) -> Message {
    Message::new("cli-cannot-read")
        .arg("file", name)
        .arg("error", error)
}

/// The name to show for an input.
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}
