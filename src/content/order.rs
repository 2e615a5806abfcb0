//! One stable sort for every list: each `sort_by` on a new element type adds
//! its own copy of the sort algorithm to the wasm (several KB); sorting
//! positions through a `dyn` comparison needs only one, and a plain merge
//! sort is a fraction of the size of std's (our lists are short).

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them (stable).
pub fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    // Bottom-up merge sort: runs of 1, 2, 4, … merged pairwise, the left
    // run winning ties (stable).
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        merged.clear();
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if cmp(order[j], order[i]) == Ordering::Less {
                    merged.push(order[j]);
                    j += 1;
                } else {
                    merged.push(order[i]);
                    i += 1;
                }
            }
            merged.extend_from_slice(&order[i..mid]);
            merged.extend_from_slice(&order[j..end]);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        super::sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn agrees_with_std_on_every_length_up_to_70() {
        for n in 0..70usize {
            // Many equal keys, in a scrambled order.
            let keys: Vec<usize> = (0..n).map(|i| (i * 7919 + 13) % 11).collect();
            let ours = super::positions(n, &|a, b| keys[a].cmp(&keys[b]));
            let mut std: Vec<usize> = (0..n).collect();
            std.sort_by_key(|&i| keys[i]);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
