//! Characters that look like whitespace but are not JSON whitespace, and where they come from.

/// A name and a likely origin for a character that looks like whitespace, or `None` if it is not one.
pub fn describe(c: char) -> Option<(&'static str, &'static str)> {
    let found = match c {
        '\u{00A0}' => (
            "U+00A0 NO-BREAK SPACE",
            "copying a policy out of a web page (HTML `&nbsp;`), such as the AWS documentation",
        ),
        '\u{FEFF}' => (
            "U+FEFF BYTE ORDER MARK",
            "an editor that saved the file as \"UTF-8 with BOM\"",
        ),
        '\u{200B}' => (
            "U+200B ZERO WIDTH SPACE",
            "copying from a web page or a chat tool",
        ),
        '\u{2028}' => (
            "U+2028 LINE SEPARATOR",
            "copying from a word processor or a web page",
        ),
        '\u{2029}' => ("U+2029 PARAGRAPH SEPARATOR", "copying from a word processor"),
        '\u{3000}' => (
            "U+3000 IDEOGRAPHIC SPACE",
            "a Japanese, Chinese or Korean input method (full-width space)",
        ),
        '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{1680}' | '\u{0085}' => (
            "a Unicode space character",
            "copying from a web page or a word processor",
        ),
        _ => return None,
    };
    Some(found)
}

/// The JSON-safe replacement: a plain space, or nothing for zero-width characters.
pub fn replacement(c: char) -> &'static str {
    match c {
        '\u{FEFF}' | '\u{200B}' => "",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        _ => " ",
    }
}
