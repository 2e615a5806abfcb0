// Runs before the app. If the app cannot start (script blocked, files gone
// after a deploy, a browser without WebAssembly), the page says so in words
// and offers a reload, instead of staying blank. Not hashed on purpose: an
// old cached index.html still finds it.
(function () {
  var failed = false;
  function fail() {
    if (failed || document.documentElement.hasAttribute('data-app-started')) return;
    failed = true;
    var show = function () {
      var boot = document.querySelector('.boot');
      if (!boot) return;
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
  // A script, style or wasm file that fails to load, or an error before the app started.
  window.addEventListener('error', function () { fail(); }, true);
  window.addEventListener('unhandledrejection', function () { fail(); });
  if (typeof WebAssembly !== 'object' || !('noModule' in document.createElement('script'))) fail();
  setTimeout(fail, 20000);
})();
