//! The crash screen: what a reader sees if the app panics.

use wasm_bindgen::prelude::*;

/// Shows the crash screen from `index.html` when anything panics, and logs it.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("The app stopped: {info}")));
        let doc = web_sys::window().and_then(|w| w.document());
        if let Some(doc) = doc {
            if let (Some(link), Some(here)) = (doc.get_element_by_id("crash-reload"), doc.url().ok()) {
                let _ = link.set_attribute("href", &here);
            }
            if let Some(crash) = doc.get_element_by_id("crash") {
                let _ = crash.remove_attribute("hidden");
            }
            for id in ["app", "app-prerendered"] {
                if let Some(app) = doc.get_element_by_id(id) {
                    let _ = app.set_attribute("hidden", "");
                }
            }
        }
    }));
}

