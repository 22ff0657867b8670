//! What both readers of a request line share: the field names and how repeated context keys resolve.

use super::context::ContextValue;

/// The request fields, in declaration order (as `Request` has them).
pub(super) const FIELDS: [&str; 7] = [
    "principal",
    "action",
    "resource",
    "resourceAccount",
    "context",
    "serviceLinkedRole",
    "managementAccount",
];

/// Of sorted entries with equal keys keeps the last (as a map insert would), moving the kept ones to the front;
/// returns how many are kept.
pub(super) fn keep_last_of_equal_keys(entries: &mut [(String, ContextValue)]) -> usize {
    let mut kept = 0;
    for i in 0..entries.len() {
        let next_same = match (entries.get(i), entries.get(i + 1)) {
            (Some(a), Some(b)) => a.0 == b.0,
            _ => false,
        };
        if !next_same {
            entries.swap(kept, i);
            kept += 1;
        }
    }
    kept
}
