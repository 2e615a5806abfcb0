//! Content that arrives later: a signal that is `None` while loading, and a
//! way to load it again. A small stand-in for `LocalResource`, whose async
//! machinery cost several KB of wasm for each kind of content we load.

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// A value loaded by a future; `None` until it arrives.
pub struct Loader<T: 'static> {
    value: RwSignal<Option<T>>,
    start: StoredValue<Box<dyn Fn()>, LocalStorage>,
    /// How many loads have started; only the latest may set the value.
    loads: StoredValue<u32>,
}

impl<T> Clone for Loader<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Loader<T> {}

impl<T: Clone + Send + Sync + 'static> Loader<T> {
    /// Starts loading now with `make`, which [`Loader::reload`] calls again.
    pub fn new<F: Future<Output = T> + 'static>(make: impl Fn() -> F + 'static) -> Self {
        let loader = Self::idle(make);
        loader.reload();
        loader
    }

    /// Loads nothing until [`Loader::start_once`] or [`Loader::reload`].
    pub fn idle<F: Future<Output = T> + 'static>(make: impl Fn() -> F + 'static) -> Self {
        let value = RwSignal::new(None);
        let loads = StoredValue::new(0u32);
        let start: Box<dyn Fn()> = Box::new(move || {
            let Some(this) = loads.try_update_value(|n| {
                *n = n.wrapping_add(1);
                *n
            }) else {
                return;
            };
            let future = make();
            spawn_local(async move {
                let loaded = future.await;
                // A later load replaced this one, or the page is gone.
                if loads.try_get_value() == Some(this) {
                    let _ = value.try_set(Some(loaded));
                }
            });
        });
        Loader { value, start: StoredValue::new_local(start), loads }
    }

    /// The value once it has arrived (tracked).
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    /// The value once it has arrived (not tracked).
    pub fn get_untracked(&self) -> Option<T> {
        self.value.try_get_untracked().flatten()
    }

    /// Loads again; the value is `None` (loading) meanwhile.
    pub fn reload(&self) {
        let _ = self.value.try_set(None);
        self.start.try_with_value(|start| start());
    }

    /// Starts the first load, unless one has started already.
    pub fn start_once(&self) {
        if self.loads.try_get_value() == Some(0) {
            self.reload();
        }
    }
}
