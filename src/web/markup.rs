//! The one place the app writes HTML into the page, through one Trusted
//! Types policy ("medanswers"). Only `Markup` from the content renderers
//! reaches it, so the policy passes exactly the renderers' output; the CSP
//! (`require-trusted-types-for 'script'`) makes every other HTML sink fail.
//! In a browser without Trusted Types, the same HTML is set directly.

use crate::content::markup::Markup;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The policy, made once; `None` where Trusted Types do not exist.
    static POLICY: Option<(JsValue, js_sys::Function)> = make_policy();
}

fn make_policy() -> Option<(JsValue, js_sys::Function)> {
    let window = web_sys::window()?;
    let factory = js_sys::Reflect::get(&window, &JsValue::from_str("trustedTypes")).ok().filter(|f| f.is_object())?;
    let create: js_sys::Function = js_sys::Reflect::get(&factory, &JsValue::from_str("createPolicy")).ok()?.dyn_into().ok()?;
    // The policy passes its input on unchanged: what reaches it is Markup.
    let pass = Closure::<dyn Fn(String) -> String>::new(|html: String| html).into_js_value();
    let rules = js_sys::Object::new();
    js_sys::Reflect::set(&rules, &JsValue::from_str("createHTML"), &pass).ok()?;
    let policy = create.call2(&factory, &JsValue::from_str("medanswers"), &rules).ok()?;
    let create_html = js_sys::Reflect::get(&policy, &JsValue::from_str("createHTML")).ok()?.dyn_into().ok()?;
    Some((policy, create_html))
}

/// A view directive: `<div use:markup_of=markup></div>` fills the element
/// with `markup` when it is made.
pub fn markup_of(el: web_sys::Element, markup: Markup) {
    set_markup(&el, &markup);
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
