//! Browser storage that may be missing or full: never an error for the reader.

/// Which browser storage: kept on this device, or only for this tab.
#[derive(Clone, Copy)]
pub enum Store {
    Local,
    Session,
}

fn storage(which: Store) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    match which {
        Store::Local => w.local_storage(),
        Store::Session => w.session_storage(),
    }
    .ok()
    .flatten()
}

/// A remembered value; `None` when absent or storage is unavailable.
pub fn stored(which: Store, key: &str) -> Option<String> {
    storage(which)?.get_item(key).ok().flatten()
}

/// Remembers a value; silently forgets when storage is unavailable or full.
pub fn store(which: Store, key: &str, value: &str) {
    if let Some(s) = storage(which) {
        let _ = s.set_item(key, value);
    }
}

/// Forgets a value; does nothing when storage is unavailable.
pub fn forget(which: Store, key: &str) {
    if let Some(s) = storage(which) {
        let _ = s.remove_item(key);
    }
}

