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
    /// The policy, made once; `None` where Trusted Types do not exist.
    static POLICY: Option<(JsValue, js_sys::Function)> = make_policy();
}

/// A Trusted Types policy named `name` with these rules (`createHTML`, …).
fn policy(name: &str, rules_of: &[(&str, JsValue)]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let factory = js_sys::Reflect::get(&window, &JsValue::from_str("trustedTypes")).ok().filter(|f| f.is_object())?;
    let create: js_sys::Function = js_sys::Reflect::get(&factory, &JsValue::from_str("createPolicy")).ok()?.dyn_into().ok()?;
    let rules = js_sys::Object::new();
    for (k, f) in rules_of {
        js_sys::Reflect::set(&rules, &JsValue::from_str(k), f).ok()?;
    }
    create.call2(&factory, &JsValue::from_str(name), &rules).ok()
}

/// Makes the app's policy now, before the first view is built.
pub fn install() {
    POLICY.with(|_| {});
}

fn make_policy() -> Option<(JsValue, js_sys::Function)> {
    // The policy passes its input on unchanged: what reaches it is Markup
    // (and, as script text, the JSON-LD that `content::seo` writes).
    let pass = Closure::<dyn Fn(String) -> String>::new(|text: String| text).into_js_value();
    let policy = policy("medanswers", &[("createHTML", pass.clone()), ("createScript", pass)])?;
    let create_html = js_sys::Reflect::get(&policy, &JsValue::from_str("createHTML")).ok()?.dyn_into().ok()?;
    Some((policy, create_html))
}

/// A view directive: `<div use:markup_of=markup></div>` fills the element
/// with `markup` when it is made.
pub fn markup_of(el: web_sys::Element, markup: Markup) {
    set_markup(&el, &markup);
}

/// Sets the text of a `<script type="application/ld+json">` to `json`, the
/// structured data `content::seo` writes (which escapes `<`).
pub fn set_json_ld(el: &web_sys::Element, json: &str) {
    let trusted = POLICY.with(|p| {
        let (policy, _) = p.as_ref()?;
        let create: js_sys::Function = js_sys::Reflect::get(policy, &JsValue::from_str("createScript")).ok()?.dyn_into().ok()?;
        create.call1(policy, &JsValue::from_str(json)).ok()
    });
    match trusted {
        Some(text) => {
            let _ = js_sys::Reflect::set(el, &JsValue::from_str("textContent"), &text);
        }
        None => el.set_text_content(Some(json)),
    }
}

/// Replaces `el`'s content with `markup`.
pub fn set_markup(el: &web_sys::Element, markup: &Markup) {
    let trusted = POLICY.with(|p| p.as_ref().and_then(|(policy, create)| create.call1(policy, &JsValue::from_str(markup)).ok()));
    match trusted {
        Some(html) => {
            let _ = js_sys::Reflect::set(el, &JsValue::from_str("innerHTML"), &html);
        }
        None => el.set_inner_html(markup),
    }
}
