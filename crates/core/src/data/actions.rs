//! Action lookups over the IAM data: canonical spellings and typo suggestions.

use super::iam::{iam, Service};

/// The canonical spelling of an action name within a service (case-insensitive lookup).
pub fn canonical_action(service: &Service, name: &str) -> Option<&'static str> {
    iam().action(service, name).map(|a| a.name)
}

/// The known action closest to `name` by edit distance, if it is close enough to be a likely typo.
pub fn closest_action(service: &Service, name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    iam()
        .actions(service)
        .iter()
        // Two edits change the length by two at most: skip the rest without computing a distance.
        .filter(|a| a.name.len().abs_diff(lower.len()) <= 2)
        .map(|a| (edit_distance(&a.name.to_ascii_lowercase(), &lower), a.name))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

/// The known service prefix closest to `prefix`, if it is close enough to be a likely typo.
pub fn closest_service(prefix: &str) -> Option<&'static str> {
    let lower = prefix.to_ascii_lowercase();
    iam()
        .services()
        .iter()
        .map(|s| (edit_distance(s.prefix, &lower), s.prefix))
        .filter(|(d, p)| *d <= 1.max(p.len() / 5))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

/// Every action of `prefix` whose name starts with `start`, e.g. Image Builder's `Delete` actions.
pub fn actions_starting_with(prefix: &str, start: &str) -> Vec<&'static str> {
    let db = iam();
    db.service(prefix)
        .map(|s| {
            db.actions(s)
                .iter()
                .map(|a| a.name)
                .filter(|a| a.starts_with(start))
                .collect()
        })
        .unwrap_or_default()
}

/// Image Builder's `Delete` actions, for the generator's "deny all deletes" statement. Generated from the same
/// IAM data (scripts/gen-iam-data.mjs; a test keeps the two equal) but compiled in everywhere: the generator
/// must give the same policy before a page has loaded the data file.
pub fn imagebuilder_deletes() -> impl Iterator<Item = &'static str> {
    include_str!("imagebuilder_deletes.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Levenshtein distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let cost = if ca == *cb { prev } else { prev + 1 };
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = cost.min(above + 1).min(left + 1);
            }
            prev = above;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_delete_actions_are_the_iam_datas() {
        let compiled: Vec<_> = imagebuilder_deletes().collect();
        assert!(compiled.contains(&"DeleteImage"), "{compiled:?}");
        assert_eq!(compiled, actions_starting_with("imagebuilder", "Delete"));
    }

    #[test]
    fn imagebuilder_delete_actions_and_typos() {
        let deletes = actions_starting_with("imagebuilder", "Delete");
        assert!(deletes.contains(&"DeleteImage") && deletes.contains(&"DeleteComponent"));
        assert!(deletes.iter().all(|a| a.starts_with("Delete")));
        let ib = iam().service("imagebuilder").unwrap();
        assert_eq!(closest_action(ib, "DeleteImgae"), Some("DeleteImage"));
        assert_eq!(closest_action(ib, "Frobnicate"), None);
        assert_eq!(canonical_action(ib, "getimage"), Some("GetImage"));
        assert_eq!(closest_service("imagebuildr"), Some("imagebuilder"));
        assert_eq!(closest_service("zzzzzzzz"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
