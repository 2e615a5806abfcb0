//! A small hash table of indexes into a list of strings (FNV-1a, open
//! addressing): finding a word or a key in constant time without std's
//! `HashMap` and its SipHash, which cost kilobytes of wasm. Used for the
//! search index's words and for spotting a JSON key written twice.

/// Slots hold `index + 1` into the caller's list; 0 is empty.
#[derive(Default)]
pub struct StrTable {
    slots: Vec<u32>,
}

fn hash(s: &str) -> usize {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193)) as usize
}

impl StrTable {
    fn slot<T>(&self, items: &[T], key: &impl Fn(&T) -> &str, s: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = hash(s) & mask;
        while self.slots[at] != 0 && key(&items[self.slots[at] as usize - 1]) != s {
            at = (at + 1) & mask;
        }
        at
    }

    /// Makes room for one more item; the table stays at most half full, so
    /// probing stays short and always ends.
    fn reserve<T>(&mut self, items: &[T], key: &impl Fn(&T) -> &str) {
        if (items.len() + 1) * 2 <= self.slots.len() {
            return;
        }
        self.slots = vec![0; (self.slots.len() * 2).max(64)];
        for (k, item) in items.iter().enumerate() {
            let at = self.slot(items, key, key(item));
            self.slots[at] = k as u32 + 1;
        }
    }

    /// The index of `s` in `items` (read through `key`), if it is there.
    pub fn find<T>(&mut self, items: &[T], key: &impl Fn(&T) -> &str, s: &str) -> Option<usize> {
        self.reserve(items, key);
        let at = self.slot(items, key, s);
        (self.slots[at] != 0).then(|| self.slots[at] as usize - 1)
    }

    /// Records the last item of `items`, just pushed (and not already there).
    pub fn add_last<T>(&mut self, items: &[T], key: &impl Fn(&T) -> &str) {
        let Some(last) = items.last() else { return };
        self.reserve(&items[..items.len() - 1], key);
        let at = self.slot(items, key, key(last));
        self.slots[at] = items.len() as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_added() {
        let mut t = StrTable::default();
        let mut items: Vec<String> = Vec::new();
        let key = String::as_str;
        for i in 0..1000 {
            let w = format!("w{}", i % 700);
            match t.find(&items, &key, &w) {
                Some(k) => assert_eq!(items[k], w),
                None => {
                    items.push(w);
                    t.add_last(&items, &key);
                }
            }
        }
        assert_eq!(items.len(), 700);
    }
}
