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
    /// The literal bytes before the first wildcard (folded when `fold_case`): compared as a slice.
    prefix: Vec<u8>,
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
        self.reserve(text.len());
        for b in text.bytes() {
            let tok = match b {
                b'*' => Tok::Star,
                b'?' => Tok::One,
                b => Tok::Lit(if fold_case { b.to_ascii_lowercase() } else { b }),
            };
            self.push(tok);
        }
    }

    /// Room for `n` more tokens (and prefix bytes while there is no wildcard), so that pushing them never grows
    /// the buffers one step at a time.
    fn reserve(&mut self, n: usize) {
        self.toks.reserve(n);
        if !self.has_wildcard {
            self.prefix.reserve(n);
        }
    }

    fn push(&mut self, tok: Tok) {
        match tok {
            Tok::Lit(b) if !self.has_wildcard => self.prefix.push(b),
            Tok::Lit(_) => {}
            Tok::Star | Tok::One => self.has_wildcard = true,
        }
        self.toks.push(tok);
    }

    /// Appends text matched literally (wildcard characters included), e.g. a substituted variable.
    pub fn push_literal(&mut self, text: &str, fold_case: bool) {
        self.reserve(text.len());
        for b in text.bytes() {
            self.push(Tok::Lit(if fold_case { b.to_ascii_lowercase() } else { b }));
        }
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
        // The literal prefix as one slice comparison; then what follows it, if anything does.
        let n = self.prefix.len();
        let (Some(head), Some(tail)) = (text.as_bytes().get(..n), text.as_bytes().get(n..)) else {
            return false;
        };
        let head_matches = if self.fold_case {
            head.eq_ignore_ascii_case(&self.prefix)
        } else {
            crate::bytes::eq(head, &self.prefix)
        };
        match self.toks.get(n..) {
            _ if !head_matches => false,
            Some([]) => tail.is_empty(),
            Some([Tok::Star]) => true,
            Some(rest) => glob(rest, |t| t, tail, self.fold_case),
            None => false,
        }
    }
}

fn next_char(t: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while t.get(j).is_some_and(|b| (0x80..0xC0).contains(b)) {
        j += 1;
    }
    j
}

/// Matches `t` against the pattern `p`, whose elements `tok` reads as tokens.
fn glob<T: Copy>(p: &[T], tok: impl Fn(T) -> Tok, t: &[u8], fold: bool) -> bool {
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        match p.get(pi).map(|x| tok(*x)) {
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
                if t.get(ti).map(|b| if fold { b.to_ascii_lowercase() } else { *b }) == Some(c) =>
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
        .is_some_and(|rest| rest.iter().all(|x| tok(*x) == Tok::Star))
}

/// One-off match of a wildcard pattern against text, without compiling it.
pub fn wildcard_match(pattern: &str, text: &str, fold_case: bool) -> bool {
    let tok = |b: u8| match b {
        b'*' => Tok::Star,
        b'?' => Tok::One,
        b => Tok::Lit(if fold_case { b.to_ascii_lowercase() } else { b }),
    };
    glob(pattern.as_bytes(), tok, text.as_bytes(), fold_case)
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
