//! Finding where a run of plain string characters ends, eight bytes at a time: the JSON reader, the request-line
//! scanner and the CLI's JSON writer all ask it.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` that are `quote`, a backslash or a control character, marked by their high bit. Bytes above the
/// first marked one may be marked wrongly (a borrow runs up), but the lowest mark is always exact.
fn special(x: u64, quote: u64) -> u64 {
    let q = x ^ (ONES * quote);
    let b = x ^ (ONES * u64::from(b'\\'));
    ((x.wrapping_sub(ONES * 0x20) & !x) | (q.wrapping_sub(ONES) & !q) | (b.wrapping_sub(ONES) & !b)) & HIGHS
}

/// The length of the leading run of `bytes` with no `quote`, backslash or control character (below U+0020).
/// The run always ends at an ASCII byte, so between two characters of UTF-8 text.
#[inline]
pub fn plain_run(bytes: &[u8], quote: u8) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut skipped = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let marks = special(u64::from_le_bytes(word), u64::from(quote));
        if marks != 0 {
            return skipped + (marks.trailing_zeros() / 8) as usize;
        }
        skipped += 8;
    }
    let tail = chunks.remainder();
    skipped
        + tail
            .iter()
            .position(|&b| b == quote || b == b'\\' || b < 0x20)
            .unwrap_or(tail.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with a byte-at-a-time search for every special byte at every position of strings up to 20 bytes.
    #[test]
    fn agrees_with_a_plain_search() {
        let slow = |s: &[u8], q: u8| {
            s.iter()
                .position(|&b| b == q || b == b'\\' || b < 0x20)
                .unwrap_or(s.len())
        };
        for len in 0..20 {
            for at in 0..=len {
                for special in [
                    b'"', b'\'', b'\\', 0x00, 0x1f, b'\n', 0x20, 0x7f, 0x80, 0xff, b'!', b'#',
                ] {
                    let mut s = vec![b'a'; len];
                    if let Some(b) = s.get_mut(at) {
                        *b = special;
                    }
                    for q in [b'"', b'\''] {
                        assert_eq!(plain_run(&s, q), slow(&s, q), "{s:?} {q}");
                    }
                }
            }
        }
        assert_eq!(
            plain_run("héllo wörld, ünïcode\"".as_bytes(), b'"'),
            "héllo wörld, ünïcode".len()
        );
    }
}
