//! Sorting through one shared copy of the standard library's sort.
//!
//! Every `sort`, `sort_by` or `sort_by_key` on a new element type or key compiles its own copy of the standard
//! sort, 3 to 5 KB of WebAssembly each, and the playground's module has a size budget (docs/benchmarks.md). The
//! crate's sorts are small (diagnostics, edits, a few thousand IAM resources at most), so they go through these
//! functions instead: the new order is found by one sort of indices, compiled once, then applied.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` by the key `key` gives each, keeping the order of equal items.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions of `len` items in sorted order; not generic, so compiled once.
fn order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_does_and_is_stable() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        let mut expected = pairs.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, expected);
        assert_eq!(
            pairs,
            vec![(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn natural_order_and_edge_cases() {
        let mut words = vec!["s3", "ec2", "kms", "ecr", "ec2"];
        sort(&mut words);
        assert_eq!(words, vec!["ec2", "ec2", "ecr", "kms", "s3"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut reversed: Vec<u32> = (0..1000).rev().collect();
        sort_by(&mut reversed, |a, b| a.cmp(b));
        assert!(reversed.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(reversed.len(), 1000);
    }
}
