//! A reader for doctor-reviewed answers to clinical questions.
//!
//! `content` is the pure model and contract; `web` is the thin browser
//! layer; `components` and `pages` render.

pub mod content;
pub mod query;
pub mod router;
pub mod sample;

/// The publish step: native tools only.
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;

/// Markdown authoring, compiled by publish: native tools only.
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;

// The browser app: native builds (the content tools and tests) leave it out.
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod data;
#[cfg(target_arch = "wasm32")]
pub mod loader;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
mod app;

/// The app's memory allocator: Talc, smaller in the wasm than the standard
/// library's dlmalloc (see the README's size table). The app runs on one
/// thread.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(target_arch = "wasm32")]
pub use app::*;

