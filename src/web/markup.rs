//! The one place the app writes HTML into the page, through one Trusted
//! Types policy ("medanswers"). Only `Markup` from the content renderers
//! reaches it, so the policy passes exactly the renderers' output; the CSP
//! (`require-trusted-types-for 'script'`) makes every other HTML sink fail.
//! In a browser without Trusted Types, the same HTML is set directly.
//!
//! Leptos itself builds the static parts of our views from HTML compiled
//! into the app (it sets a `<template>`'s `innerHTML`), which no named
//! policy can reach. For those, `boot.js` installs a "default" policy that
//! accepts a string only if it holds no script, frame, event-handler
//! attribute or `javascript:`: never true of content, which only ever goes
//! through `Markup`.

use crate::content::markup::Markup;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The app's policy, made once; `None` where Trusted Types do not exist.
    static POLICY: Option<JsValue> = make_policy();
}

/// Makes the app's policy now, before the first view is built.
pub fn install() {
    POLICY.with(|_| {});
}

/// The "medanswers" policy. It passes its input on unchanged: what reaches
/// it is `Markup`. (It makes HTML only: the app writes no script text.)
fn make_policy() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let factory = js_sys::Reflect::get(&window, &JsValue::from_str("trustedTypes")).ok().filter(|f| f.is_object())?;
    let create: js_sys::Function = js_sys::Reflect::get(&factory, &JsValue::from_str("createPolicy")).ok()?.dyn_into().ok()?;
    let pass = Closure::<dyn Fn(String) -> String>::new(|text: String| text).into_js_value();
    let rules = js_sys::Object::new();
    js_sys::Reflect::set(&rules, &JsValue::from_str("createHTML"), &pass).ok()?;
    create.call2(&factory, &JsValue::from_str("medanswers"), &rules).ok()
}

/// Sets `el[property]` to `text` made trusted by the policy's `make`
/// (`createHTML`); where there is no policy, to `text`.
fn set_trusted(el: &web_sys::Element, property: &str, make: &str, text: &str) {
    let text = JsValue::from_str(text);
    let trusted = POLICY.with(|p| {
        let policy = p.as_ref()?;
        let make: js_sys::Function = js_sys::Reflect::get(policy, &JsValue::from_str(make)).ok()?.dyn_into().ok()?;
        make.call1(policy, &text).ok()
    });
    let _ = js_sys::Reflect::set(el, &JsValue::from_str(property), &trusted.unwrap_or(text));
}

/// A view directive: `<div use:markup_of=markup></div>` fills the element
/// with `markup` when it is made.
pub fn markup_of(el: web_sys::Element, markup: Markup) {
    set_markup(&el, &markup);
}

/// Replaces `el`'s content with `markup`.
pub fn set_markup(el: &web_sys::Element, markup: &Markup) {
    set_trusted(el, "innerHTML", "createHTML", markup);
}
