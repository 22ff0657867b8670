//! Whether a policy's ARN pattern can name a resource of a given ARN format.
//!
//! A policy ARN may hold `*` (any run of characters, also none), `?` (one character) and policy variables (`${…}`,
//! treated as `*`). A format from the Service Authorization Reference holds `${Variable}` placeholders, each one
//! or more characters (`${BucketName}` never holds a `/`). The two can name the same resource when some ARN
//! matches both: a reachability search over pairs of positions, O(len × len), with a literal-prefix shortcut.

use crate::arn::Arn;

/// One token of a pattern or a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A literal byte (lower-cased where the field compares case-insensitively).
    Lit(u8),
    /// One character (`slash`: it may be `/`).
    One { slash: bool },
    /// Any run of characters, possibly empty.
    Star { slash: bool },
}

/// How an ARN pattern fits one format, field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fit {
    /// Partition and service fields fit (the partition of a format is a placeholder).
    pub service: bool,
    /// The region field fits.
    pub region: bool,
    /// The account field fits.
    pub account: bool,
    /// The resource part fits.
    pub resource: bool,
}

impl Fit {
    /// Every field fits: the pattern can name a resource of this format.
    pub fn all(self) -> bool {
        self.service && self.region && self.account && self.resource
    }
}

/// Fits `arn` (a policy pattern) against `format` (a resource type's ARN format).
pub fn fit(arn: &Arn<'_>, format: &str) -> Fit {
    let Some(f) = Arn::parse(format) else {
        return Fit::default();
    };
    Fit {
        service: field_fits(arn.service, f.service),
        region: field_fits(arn.region, f.region),
        account: account_fits(arn.account, f.account),
        resource: intersects(arn.resource, f.resource, false),
    }
}

/// An empty account names AWS-owned resources of formats with an account, e.g. public SSM parameters
/// (`arn:aws:ssm:us-east-1::parameter/aws/service/…`) and AWS's SSM documents.
fn account_fits(pattern: &str, format: &str) -> bool {
    field_fits(pattern, format) || (pattern.is_empty() && format.starts_with("${"))
}

/// True when `arn` can name a resource of `format` (the cheap fields first).
pub fn names(arn: &Arn<'_>, format: &str) -> bool {
    Arn::parse(format).is_some_and(|f| names_split(arn, &f))
}

/// As [`names`], with the format already split into its fields (the IAM data splits each format once).
pub fn names_split(arn: &Arn<'_>, f: &Arn<'_>) -> bool {
    field_fits(arn.service, f.service)
        && field_fits(arn.region, f.region)
        && account_fits(arn.account, f.account)
        && intersects(arn.resource, f.resource, false)
}

/// One of the first five fields (case-insensitive), with fast paths for the common shapes of formats: empty, a
/// single placeholder, or a literal.
fn field_fits(pattern: &str, format: &str) -> bool {
    let wild = |s: &str| s.contains(['*', '?', '$']);
    if format.is_empty() {
        return pattern.bytes().all(|b| b == b'*');
    }
    let single_placeholder = format.starts_with("${") && format.find('}') == Some(format.len() - 1);
    if single_placeholder {
        return !pattern.is_empty();
    }
    if !wild(pattern) && !wild(format) {
        return pattern.eq_ignore_ascii_case(format);
    }
    intersects(pattern, format, true)
}

/// True when some text matches both the policy pattern and the format.
fn intersects(pattern: &str, format: &str, fold_case: bool) -> bool {
    // Most formats of a service differ from the pattern in their first literal characters: no tokens for those.
    !literal_prefixes_differ(pattern.as_bytes(), format.as_bytes(), fold_case)
        && intersects_by_tokens(pattern, format, fold_case)
}

/// [`intersects`] without the shortcut on the raw text.
fn intersects_by_tokens(pattern: &str, format: &str, fold_case: bool) -> bool {
    let a = pattern_tokens(pattern, fold_case);
    let b = format_tokens(format, fold_case);
    // Shortcut: the literal prefixes must agree.
    let lit = |t: &Tok| match t {
        Tok::Lit(c) => Some(*c),
        _ => None,
    };
    let differ = a
        .iter()
        .map_while(lit)
        .zip(b.iter().map_while(lit))
        .any(|(x, y)| x != y);
    if differ {
        return false;
    }
    reachable(&a, &b)
}

/// Whether the two texts differ before either reaches a character that is not a plain literal (`*`, `?`, `$`):
/// the tokens of those leading characters are the characters themselves, so they must agree.
fn literal_prefixes_differ(pattern: &[u8], format: &[u8], fold_case: bool) -> bool {
    let plain = |c: &u8| !matches!(c, b'*' | b'?' | b'$');
    let fold = |c: u8| if fold_case { c.to_ascii_lowercase() } else { c };
    pattern
        .iter()
        .take_while(|c| plain(c))
        .zip(format.iter().take_while(|c| plain(c)))
        .any(|(&x, &y)| fold(x) != fold(y))
}

/// Which side a text is: a policy pattern (`${…}` is a variable, `?` one character) or a resource-type format
/// (`${…}` is one or more characters, `?` a literal).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Pattern,
    Format,
}

fn pattern_tokens(text: &str, fold_case: bool) -> Vec<Tok> {
    tokens(text, fold_case, Side::Pattern)
}

fn format_tokens(text: &str, fold_case: bool) -> Vec<Tok> {
    tokens(text, fold_case, Side::Format)
}

fn tokens(text: &str, fold_case: bool, side: Side) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        if c == b'$' && bytes.get(i + 1) == Some(&b'{') {
            if let Some(end) = bytes.get(i..).and_then(|r| r.iter().position(|&b| b == b'}')) {
                match side {
                    Side::Pattern => out.push(Tok::Star { slash: true }),
                    Side::Format => {
                        let slash = bytes.get(i + 2..i + end).unwrap_or_default() != b"BucketName";
                        out.push(Tok::One { slash });
                        out.push(Tok::Star { slash });
                    }
                }
                i += end + 1;
                continue;
            }
        }
        out.push(match c {
            b'*' => Tok::Star { slash: true },
            b'?' if side == Side::Pattern => Tok::One { slash: true },
            c if fold_case => Tok::Lit(c.to_ascii_lowercase()),
            c => Tok::Lit(c),
        });
        i += 1;
    }
    out
}

/// Whether one character can stand at both positions.
fn joint_char(x: Tok, y: Tok) -> bool {
    let slash_ok = |t: Tok| match t {
        Tok::One { slash } | Tok::Star { slash } => slash,
        Tok::Lit(_) => true,
    };
    match (x, y) {
        (Tok::Lit(p), Tok::Lit(q)) => p == q,
        (Tok::Lit(c), other) | (other, Tok::Lit(c)) => c != b'/' || slash_ok(other),
        _ => true,
    }
}

/// Breadth-first search over (position in `a`, position in `b`).
fn reachable(a: &[Tok], b: &[Tok]) -> bool {
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    let mut seen = vec![false; (n + 1) * width];
    let mut stack = vec![(0usize, 0usize)];
    while let Some((i, j)) = stack.pop() {
        let Some(slot) = seen.get_mut(i * width + j) else {
            continue;
        };
        if *slot {
            continue;
        }
        *slot = true;
        if i == n && j == m {
            return true;
        }
        let (x, y) = (a.get(i).copied(), b.get(j).copied());
        if let Some(Tok::Star { .. }) = x {
            stack.push((i + 1, j));
        }
        if let Some(Tok::Star { .. }) = y {
            stack.push((i, j + 1));
        }
        if let (Some(x), Some(y)) = (x, y) {
            if joint_char(x, y) {
                let ni = if matches!(x, Tok::Star { .. }) { i } else { i + 1 };
                let nj = if matches!(y, Tok::Star { .. }) { j } else { j + 1 };
                if (ni, nj) != (i, j) {
                    stack.push((ni, nj));
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_(pattern: &str, format: &str) -> bool {
        names(&Arn::parse(pattern).unwrap(), format)
    }

    const BUCKET: &str = "arn:${Partition}:s3:::${BucketName}";
    const OBJECT: &str = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
    const ACCESS_POINT: &str = "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}";
    const LOG_STREAM: &str =
        "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}";

    /// The raw-text shortcut never changes an answer: every pattern against every format of several services.
    #[test]
    fn the_literal_prefix_shortcut_agrees_with_the_token_search() {
        let patterns = [
            "*",
            "",
            "image/*",
            "image/app-5/*",
            "Image/app/1.0.0",
            "image-recipe/x/1.0.0",
            "component/*/*",
            "${aws:username}/*",
            "$notavar/x",
            "?mage/*",
            "ima?e/x/*",
            "parameter/aws/service/*",
            "bucket/key",
            "ec2imagebuilder-toe-us-east-1-prod/*",
            "instance/i-0123",
            "key/*",
            "log-group:/aws/imagebuilder/*",
            "role/*",
            "accesspoint/ap",
            "*/components/*",
        ];
        let db = crate::data::iam::iam();
        let mut compared = 0;
        for service in [
            "imagebuilder",
            "s3",
            "ec2",
            "iam",
            "ssm",
            "kms",
            "logs",
            "sns",
            "ecr",
        ] {
            for format in db.formats_for_arn_service(service) {
                let resource = Arn::parse(format.arn).map_or("", |f| f.resource);
                for p in patterns {
                    for fold in [false, true] {
                        assert_eq!(
                            intersects(p, resource, fold),
                            intersects_by_tokens(p, resource, fold),
                            "{p} vs {resource} (fold case: {fold})"
                        );
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 2000, "{compared}");
    }

    #[test]
    fn buckets_and_objects_are_told_apart() {
        assert!(names_("arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod", BUCKET));
        assert!(!names_("arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod", OBJECT));
        assert!(names_(
            "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*",
            OBJECT
        ));
        assert!(!names_(
            "arn:aws:s3:::ec2imagebuilder-toe-us-east-1-prod/*",
            BUCKET
        ));
        assert!(names_("arn:aws:s3:::ec2imagebuilder-toe-*", BUCKET));
        assert!(names_("arn:aws:s3:::ec2imagebuilder-toe-*", OBJECT));
        assert!(names_("arn:aws:s3:::*", BUCKET));
        assert!(!names_("arn:aws:s3:::", BUCKET));
    }

    #[test]
    fn a_wildcard_matches_an_empty_field_and_an_empty_field_only_itself() {
        assert!(names_("arn:aws:s3::*:*imagebuilder*", BUCKET));
        assert!(names_("arn:aws:s3:*:*:*imagebuilder*", BUCKET));
        assert!(!names_("arn:aws:s3:us-east-1::bucket", BUCKET));
        let f = fit(
            &Arn::parse("arn:aws:s3::111122223333:accesspoint/mrap.mrap").unwrap(),
            ACCESS_POINT,
        );
        assert!(f.resource && f.account && !f.region);
        assert!(names_(
            "arn:aws:s3:us-east-1:111122223333:accesspoint/name",
            ACCESS_POINT
        ));
        assert!(!names_("arn:aws:s3:::accesspoint/name", ACCESS_POINT));
        assert!(names_(
            "arn:aws:ssm:us-east-1::parameter/aws/service/*",
            "arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}"
        ));
    }

    #[test]
    fn field_fast_paths_agree_with_the_general_match() {
        for (p, f) in [
            ("", ""),
            ("*", ""),
            ("us-east-1", ""),
            ("", "${Region}"),
            ("*", "${Region}"),
            ("us-east-1", "${Region}"),
            ("aws", "aws"),
            ("AWS", "aws"),
            ("aws*", "aws"),
            ("x", "aws"),
            ("*", "*"),
            ("", "*"),
        ] {
            let general = if f == "${Region}" {
                !p.is_empty()
            } else {
                intersects(p, f, true)
            };
            assert_eq!(field_fits(p, f), general, "{p:?} vs {f:?}");
        }
    }

    #[test]
    fn placeholders_variables_and_case() {
        assert!(names_(
            "arn:aws:logs:*:*:log-group:/aws/imagebuilder/*:log-stream:*",
            LOG_STREAM
        ));
        assert!(names_("arn:AWS:S3:::${aws:username}/*", OBJECT));
        assert!(names_("arn:aws:imagebuilder:us-east-1:aws:component/*", "arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion}"));
        assert!(!names_("arn:aws:imagebuilder:us-east-1:aws:Component/x", "arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion}"));
        assert!(names_(
            "arn:aws:iam::111122223333:role/path/to/role?",
            "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"
        ));
        assert!(!names_(
            "arn:aws:iam::111122223333:role/",
            "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"
        ));
    }
}
