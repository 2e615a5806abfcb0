// Runs before the app. If the app cannot start (script blocked, files gone
// after a deploy, a browser without WebAssembly), the page says so in words
// and offers a reload, instead of staying blank. Not hashed on purpose: an
// old cached index.html still finds it.
(function () {
  // Trusted Types (see src/web/markup.rs): the app's HTML goes through its
  // own policy; Leptos builds the static parts of views from HTML compiled
  // into the app, through this default policy, which refuses anything that
  // could run script.
  try {
    if (window.trustedTypes && trustedTypes.createPolicy) {
      trustedTypes.createPolicy('default', {
        createHTML: function (html) {
          return /<(script|iframe|object|embed|frame|base|meta|link)\b|javascript:|srcdoc|[\s\/"']on[a-z]+\s*=/i.test(html) ? null : html;
        },
      });
    }
  } catch (e) {
    // A second copy of this script (a prerendered page's) finds it made.
  }
  var failed = false;
  function fail() {
    if (failed || document.documentElement.hasAttribute('data-app-started')) return;
    failed = true;
    var show = function () {
      var boot = document.querySelector('.boot');
      if (!boot) {
        // A page rendered at build time is readable without the app: say
        // above it that the interactive parts did not start.
        boot = document.createElement('div');
        boot.className = 'boot boot--banner';
        document.body.insertBefore(boot, document.body.firstChild);
      }
      while (boot.firstChild) boot.removeChild(boot.firstChild);
      var title = document.createElement('p');
      title.className = 'boot__title';
      title.setAttribute('role', 'heading');
      title.setAttribute('aria-level', '1');
      title.textContent = 'This page could not start';
      var text = document.createElement('p');
      text.textContent = 'Your browser may be out of date, something may be blocking the page, or the site was updated while you were reading. Reloading usually fixes it.';
      var link = document.createElement('a');
      link.href = location.href;
      link.textContent = 'Reload the page';
      var p = document.createElement('p');
      p.appendChild(link);
      boot.appendChild(title);
      boot.appendChild(text);
      boot.appendChild(p);
      boot.setAttribute('role', 'alert');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
  }
  // Start fetching the article the address names, while the app loads: at
  // once on the bare app shell; on a page rendered at build time (which
  // already shows the article) only when the app starts, after the first
  // paint, so nothing competes with that paint.
  var preloadArticle = function () {
    try {
      var base = new URL(document.baseURI).pathname;
      var rest = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : '';
      var m = /^articles\/([a-z0-9-]{1,100})\/?$/.exec(rest);
      if (m && !document.querySelector('link[rel=preload][href$="/' + m[1] + '.json"]')) {
        var link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = 'content/articles/' + m[1] + '.json';
        document.head.appendChild(link);
      }
    } catch (e) {
      // Only a head start; the app fetches the article anyway.
    }
  };
  if (!document.querySelector('meta[name=app-module]')) preloadArticle();
  // A page rendered at build time names the app's files instead of loading
  // them at once: start the app after the first paint.
  var startApp = function () {
    var mod = document.querySelector('meta[name=app-module]');
    var wasm = document.querySelector('meta[name=app-wasm]');
    if (!mod || !wasm) return;
    var start = function () {
      preloadArticle();
      var pre = document.createElement('link');
      pre.rel = 'modulepreload';
      pre.href = mod.content;
      pre.crossOrigin = 'anonymous';
      pre.integrity = mod.getAttribute('data-integrity');
      document.head.appendChild(pre);
      // The wasm is fetched here with its integrity hash, so it is checked too.
      var wasmUrl = new URL(wasm.content, document.baseURI).href;
      var wasmResponse = fetch(wasmUrl, { integrity: wasm.getAttribute('data-integrity'), credentials: 'same-origin' });
      import(new URL(mod.content, document.baseURI).href)
        .then(function (m) { return m.default({ module_or_path: wasmResponse }); })
        .catch(function () { fail(); });
    };
    // Start once the first contentful paint has happened (or soon anyway).
    var started = false;
    var go = function () { if (!started) { started = true; setTimeout(start, 0); } };
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntries().some(function (e) { return e.name === 'first-contentful-paint'; })) go();
      }).observe({ type: 'paint', buffered: true });
    } catch (e) {
      requestAnimationFrame(function () { setTimeout(go, 0); });
    }
    setTimeout(go, 3000);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startApp);
  else startApp();
  // A script, style or wasm file that fails to load, or an error before the app started.
  window.addEventListener('error', function (e) {
    // Content files are the app's business: it retries them and explains.
    var t = e.target;
    if (t && t.tagName === 'LINK' && /\/content\//.test(t.href || '')) return;
    fail();
  }, true);
  window.addEventListener('unhandledrejection', function () { fail(); });
  if (typeof WebAssembly !== 'object' || !('noModule' in document.createElement('script'))) fail();
  setTimeout(fail, 20000);
})();
