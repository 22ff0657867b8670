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
        // The common case, no variable before the fourth colon: one pass over the bytes.
        let mut colons = [0usize; 4];
        let mut n = 0;
        for (i, b) in rest.bytes().enumerate() {
            match b {
                b':' => {
                    if let Some(c) = colons.get_mut(n) {
                        *c = i;
                    }
                    n += 1;
                    if n == 4 {
                        break;
                    }
                }
                b'$' => break,
                _ => {}
            }
        }
        if n == 4 {
            let [a, b, c, d] = colons;
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

#[cfg(test)]
mod tests {
    use super::*;

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
