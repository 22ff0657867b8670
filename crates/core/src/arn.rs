//! ARN structure: `arn:partition:service:region:account:resource`.

/// The six fields of an ARN; `resource` is everything after the fifth colon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arn<'a> {
    /// Partition, e.g. `aws`.
    pub partition: &'a str,
    /// Service, e.g. `s3`.
    pub service: &'a str,
    /// Region (may be empty).
    pub region: &'a str,
    /// Account (may be empty).
    pub account: &'a str,
    /// Resource part (may contain `:` and `/`).
    pub resource: &'a str,
}

impl<'a> Arn<'a> {
    /// Splits an ARN, or `None` if it does not start with `arn:` or has fewer than six fields. A colon inside a
    /// policy variable (`${aws:PrincipalAccount}`) does not split.
    pub fn parse(s: &'a str) -> Option<Arn<'a>> {
        let rest = s.strip_prefix("arn:")?;
        // The common case, no variable before the fourth colon: eight bytes at a time.
        if let Some([a, b, c, d]) = four_colons(rest.as_bytes()) {
            return Some(Arn {
                partition: rest.get(..a)?,
                service: rest.get(a + 1..b)?,
                region: rest.get(b + 1..c)?,
                account: rest.get(c + 1..d)?,
                resource: rest.get(d + 1..)?,
            });
        }
        let mut fields = [""; 4];
        let mut start = 0;
        let mut depth = 0usize;
        let mut n = 0;
        let bytes = rest.as_bytes();
        let mut i = 0;
        while n < 4 {
            match bytes.get(i) {
                None => return None,
                Some(b'$') if bytes.get(i + 1) == Some(&b'{') => {
                    depth += 1;
                    i += 1;
                }
                Some(b'}') if depth > 0 => depth -= 1,
                Some(b':') if depth == 0 => {
                    *fields.get_mut(n)? = rest.get(start..i)?;
                    n += 1;
                    start = i + 1;
                }
                Some(_) => {}
            }
            i += 1;
        }
        let [partition, service, region, account] = fields;
        Some(Arn {
            partition,
            service,
            region,
            account,
            resource: rest.get(start..)?,
        })
    }

    /// Byte offset of the region field inside the ARN text.
    pub fn region_offset(&self) -> usize {
        4 + self.partition.len() + 1 + self.service.len() + 1
    }

    /// Byte offset of the account field.
    pub fn account_offset(&self) -> usize {
        self.region_offset() + self.region.len() + 1
    }

    /// Byte offset of the resource part.
    pub fn resource_offset(&self) -> usize {
        self.account_offset() + self.account.len() + 1
    }

    /// The S3 bucket name of an `s3` ARN.
    pub fn bucket(&self) -> Option<&'a str> {
        (self.service == "s3").then(|| self.resource.split('/').next().unwrap_or(""))
    }
}

/// The positions of the first four colons of `bytes`, unless a `$` (a policy variable may hold a colon) or the end
/// comes first. Eight bytes at a time, with exact marks for every `:` and `$` of a word.
fn four_colons(bytes: &[u8]) -> Option<[usize; 4]> {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit of every byte of `x` that is zero, and of no other.
    let zeros = |x: u64| !(((x & LOWS) + LOWS) | x | LOWS);
    let mut colons = [0usize; 4];
    let mut found = 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let mut marks = zeros(x ^ (ONES * u64::from(b':'))) | zeros(x ^ (ONES * u64::from(b'$')));
        while marks != 0 {
            let i = at + (marks.trailing_zeros() / 8) as usize;
            if bytes.get(i) != Some(&b':') {
                return None;
            }
            *colons.get_mut(found)? = i;
            found += 1;
            if found == 4 {
                return Some(colons);
            }
            marks &= marks - 1;
        }
        at += 8;
    }
    for (i, b) in chunks.remainder().iter().enumerate() {
        match b {
            b':' => {
                *colons.get_mut(found)? = at + i;
                found += 1;
                if found == 4 {
                    return Some(colons);
                }
            }
            b'$' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with a byte-at-a-time search wherever the colons and dollars are.
    #[test]
    fn four_colons_agrees_with_a_plain_search() {
        let slow = |b: &[u8]| {
            let mut out = Vec::new();
            for (i, c) in b.iter().enumerate() {
                match c {
                    b':' => out.push(i),
                    b'$' => return None,
                    _ => {}
                }
                if out.len() == 4 {
                    return out.try_into().ok();
                }
            }
            None
        };
        for len in 0..20 {
            for mask in 0..(1u32 << 10) {
                let text: Vec<u8> = (0..len)
                    .map(|i| match (mask >> (i % 10)) & 1 {
                        1 if i % 7 == 3 => b'$',
                        1 => b':',
                        _ => [b'a', 0xC3, 0xFF, b'9'][i % 4],
                    })
                    .collect();
                assert_eq!(four_colons(&text), slow(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn splits_six_fields_and_keeps_colons_in_resource() {
        let a = Arn::parse("arn:aws:imagebuilder:us-east-1:aws:component/x/1.0.0/1").unwrap();
        assert_eq!(a.region, "us-east-1");
        assert_eq!(a.account, "aws");
        assert_eq!(a.resource, "component/x/1.0.0/1");
        let b = Arn::parse("arn:aws:logs:us-east-1:123:log-group:a:b").unwrap();
        assert_eq!(b.resource, "log-group:a:b");
        assert_eq!(
            &"arn:aws:s3:::bkt/key"[Arn::parse("arn:aws:s3:::bkt/key").unwrap().resource_offset()..],
            "bkt/key"
        );
        assert!(Arn::parse("arn:aws:s3").is_none());
        let v = Arn::parse("arn:aws:imagebuilder:us-east-1:${aws:PrincipalAccount}:image/*").unwrap();
        assert_eq!(v.account, "${aws:PrincipalAccount}");
        assert_eq!(v.resource, "image/*");
        assert_eq!(Arn::parse("arn:aws:s3:::").unwrap().resource, "");
        assert_eq!(Arn::parse("arn:aws:s3:::bkt/k").unwrap().bucket(), Some("bkt"));
    }
}
