//! Equality of short byte strings, eight bytes at a time: exact in WebAssembly, where `==` on slices calls a
//! `memcmp` that compares one byte at a time (a fifth of an evaluation went there; natively `==`, the libc call, is
//! faster), and ASCII case-insensitive against a lower-case key on every target.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;
const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// Whether `a` and `b` hold the same bytes.
#[inline]
pub fn eq(a: &[u8], b: &[u8]) -> bool {
    if cfg!(target_arch = "wasm32") {
        eq_by_words(a, b)
    } else {
        a == b
    }
}

/// [`eq`] eight bytes at a time.
fn eq_by_words(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.chunks_exact(8), b.chunks_exact(8));
    for (p, q) in (&mut x).zip(&mut y) {
        let (mut u, mut v) = ([0u8; 8], [0u8; 8]);
        u.copy_from_slice(p);
        v.copy_from_slice(q);
        if u64::from_ne_bytes(u) != u64::from_ne_bytes(v) {
            return false;
        }
    }
    x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q)
}

/// Whether two strings are equal (see [`eq`]).
#[inline]
pub fn str_eq(a: &str, b: &str) -> bool {
    eq(a.as_bytes(), b.as_bytes())
}

/// The eight bytes of `x` with ASCII capitals lower-cased (any other byte kept).
fn lower_word(x: u64) -> u64 {
    let low = x & LOWS;
    // High bit of each byte: at least `A`, and above `Z` (no carry leaves a byte: low <= 0x7F).
    let at_least_a = low + ONES * u64::from(0x80 - b'A');
    let above_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    let capital = at_least_a & !above_z & !x & HIGHS;
    x | (capital >> 2)
}

/// Whether `text` with its ASCII capitals lower-cased equals `lower` (which should be lower-case): what
/// `eq_ignore_ascii_case` answers for such a key, eight bytes at a time.
#[inline]
pub fn eq_lower(text: &[u8], lower: &[u8]) -> bool {
    if text.len() != lower.len() {
        return false;
    }
    let (mut x, mut y) = (text.chunks_exact(8), lower.chunks_exact(8));
    for (p, q) in (&mut x).zip(&mut y) {
        let (mut u, mut v) = ([0u8; 8], [0u8; 8]);
        u.copy_from_slice(p);
        v.copy_from_slice(q);
        if lower_word(u64::from_le_bytes(u)) != u64::from_le_bytes(v) {
            return false;
        }
    }
    x.remainder()
        .iter()
        .zip(y.remainder())
        .all(|(p, q)| p.to_ascii_lowercase() == *q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_agree_with_slice_equality() {
        for len in 0..20 {
            let a: Vec<u8> = (0..len).map(|i| i as u8 ^ 0x5A).collect();
            assert!(eq_by_words(&a, &a.clone()));
            for at in 0..len {
                let mut b = a.clone();
                b[at] ^= 1;
                assert!(!eq_by_words(&a, &b), "{len} {at}");
            }
            assert!(!eq_by_words(&a, &a[..len.saturating_sub(1)]) || len == 0);
        }
        assert!(str_eq("aws:sourcevpce", "aws:sourcevpce"));
    }

    /// Lower-casing eight bytes at a time agrees with `to_ascii_lowercase` for every byte in every position, and
    /// `eq_lower` with `eq_ignore_ascii_case` against lower-case keys.
    #[test]
    fn lower_case_comparison_agrees_with_the_standard_library() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = *b"aZ:9_@[`";
                word[at] = b;
                let expected = word.map(|c| c.to_ascii_lowercase());
                assert_eq!(
                    lower_word(u64::from_le_bytes(word)).to_le_bytes(),
                    expected,
                    "{b} at {at}"
                );
            }
        }
        for (text, key) in [
            ("aws:PrincipalOrgID", "aws:principalorgid"),
            ("AWS:SOURCEVPCE", "aws:sourcevpce"),
            ("aws:SourceVpcf", "aws:sourcevpce"),
            ("aws:SourceVpc", "aws:sourcevpce"),
            ("aws:Source@pce", "aws:source`pce"),
            ("aws:Source_pce", "aws:source\x7fpce"),
            (
                "s3:x-amz-server-side-encryption",
                "s3:x-amz-server-side-encryption",
            ),
            ("ÄWS", "äws"),
        ] {
            assert_eq!(
                eq_lower(text.as_bytes(), key.as_bytes()),
                text.eq_ignore_ascii_case(key),
                "{text} {key}"
            );
        }
        assert!(!str_eq("o-a1b2c3d4e5", "o-a1b2c3d4e6"));
    }
}
