//! `*` / `?` wildcard patterns, compiled once and matched without allocation.

/// One pattern token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// A literal byte.
    Lit(u8),
    /// `*`: any run of characters.
    Star,
    /// `?`: exactly one character.
    One,
}

/// A compiled wildcard pattern.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pattern {
    toks: Vec<Tok>,
    has_wildcard: bool,
    fold_case: bool,
}

impl Pattern {
    /// Compiles `pattern`; `*` and `?` are wildcards. `fold_case` lower-cases ASCII letters.
    pub fn new(pattern: &str, fold_case: bool) -> Self {
        let mut p = Pattern {
            fold_case,
            ..Pattern::default()
        };
        p.push_pattern(pattern, fold_case);
        p
    }

    /// Appends text whose `*` and `?` are wildcards.
    pub fn push_pattern(&mut self, text: &str, fold_case: bool) {
        for b in text.bytes() {
            let tok = match b {
                b'*' => Tok::Star,
                b'?' => Tok::One,
                b => Tok::Lit(if fold_case { b.to_ascii_lowercase() } else { b }),
            };
            self.has_wildcard |= !matches!(tok, Tok::Lit(_));
            self.toks.push(tok);
        }
    }

    /// Appends text matched literally (wildcard characters included), e.g. a substituted variable.
    pub fn push_literal(&mut self, text: &str, fold_case: bool) {
        self.toks.extend(
            text.bytes()
                .map(|b| Tok::Lit(if fold_case { b.to_ascii_lowercase() } else { b })),
        );
    }

    /// True when the pattern has a `*` or `?`.
    pub fn has_wildcard(&self) -> bool {
        self.has_wildcard
    }

    /// True when the pattern is exactly `*`.
    pub fn is_match_all(&self) -> bool {
        self.toks == [Tok::Star]
    }

    /// Matches the whole of `text`; a case-folding pattern folds the text's ASCII letters as it goes.
    pub fn matches(&self, text: &str) -> bool {
        glob(&self.toks, text.as_bytes(), self.fold_case)
    }
}

fn next_char(t: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while t.get(j).is_some_and(|b| (0x80..0xC0).contains(b)) {
        j += 1;
    }
    j
}

fn glob(p: &[Tok], t: &[u8], fold: bool) -> bool {
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        match p.get(pi) {
            Some(Tok::Star) => {
                star = Some((pi, ti));
                pi += 1;
                continue;
            }
            Some(Tok::One) => {
                pi += 1;
                ti = next_char(t, ti);
                continue;
            }
            Some(Tok::Lit(c))
                if t.get(ti).map(|b| if fold { b.to_ascii_lowercase() } else { *b }) == Some(*c) =>
            {
                pi += 1;
                ti += 1;
                continue;
            }
            _ => {}
        }
        match star {
            Some((sp, st)) => {
                let nt = next_char(t, st);
                star = Some((sp, nt));
                pi = sp + 1;
                ti = nt;
            }
            None => return false,
        }
    }
    p.get(pi..)
        .is_some_and(|rest| rest.iter().all(|t| *t == Tok::Star))
}

/// One-off match of a wildcard pattern against text.
pub fn wildcard_match(pattern: &str, text: &str, fold_case: bool) -> bool {
    Pattern::new(pattern, fold_case).matches(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_and_question_marks() {
        assert!(wildcard_match("*", "", false));
        assert!(wildcard_match("a*c", "abbbc", false));
        assert!(wildcard_match("a?c", "abc", false));
        assert!(!wildcard_match("a?c", "ac", false));
        assert!(wildcard_match("a?c", "aéc", false));
        assert!(wildcard_match("*Get*", "imagebuilder:GetImage", false));
        assert!(!wildcard_match("get*", "GetImage", false));
        assert!(wildcard_match("get*", "GetImage", true));
        assert!(wildcard_match("a*b*c", "axxbyyc", false));
        assert!(!wildcard_match("a*b*c", "axxbyy", false));
    }

    #[test]
    fn literal_segments_do_not_wildcard() {
        let mut p = Pattern::new("home/", false);
        p.push_literal("*", false);
        assert!(p.matches("home/*"));
        assert!(!p.matches("home/bob"));
    }
}
