//! Dates written for the reader's locale.

use crate::content::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A date written for `locale`, through the browser's Intl when it can.
pub fn format_date(date: Date, locale: &str) -> String {
    let js = js_sys::Date::new(&JsValue::from_str(&format!("{date}T00:00:00Z")));
    let opts = js_sys::Object::new();
    for (k, v) in [("timeZone", "UTC"), ("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let formatted: Option<String> = js_sys::Reflect::get(&js, &JsValue::from_str("toLocaleDateString"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call2(&js, &JsValue::from_str(locale), &opts).ok())
        .and_then(|s| s.as_string());
    formatted.filter(|s| !s.is_empty() && s != "Invalid Date").unwrap_or_else(|| date.long_en(locale))
}

