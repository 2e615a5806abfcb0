// Runs inside the page (its source is sent with each query): finds elements
// the way Playwright's locators do, for the subset the browser tests use, so
// that a test reads the same in Firefox and WebKit as in Chromium.
//
// `steps` is a chain, each applied to the elements the one before found:
//   { css }                      descendants matching a selector ('> li' is a child)
//   { role, name, exact, level } descendants with that ARIA role (and accessible name)
//   { text, exact }              the innermost descendants whose text holds `text`
//   { hasText }                  keeps the elements whose text holds `hasText`
//   { nth }                      keeps one (negative counts from the end)
//   { visible }                  keeps the elements a reader can see
// A text or name is a string (case-insensitive substring unless `exact`) or
// `{ re, flags }`.
export function locate(steps) {
  const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value, want, exact) => {
    value = norm(value);
    if (want && typeof want === 'object') return new RegExp(want.re, want.flags).test(value);
    return exact ? value === norm(want) : value.toLowerCase().includes(norm(want).toLowerCase());
  };
  const style = (el) => getComputedStyle(el);
  /** Seen by a reader: a box, not visibility:hidden, not in skipped content (content-visibility). */
  const seen = (e) => {
    const r = e.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0) || style(e).visibility === 'hidden') return false;
    return e.checkVisibility ? e.checkVisibility() : true;
  };
  /** Hidden from the accessibility tree: not rendered, or aria-hidden. */
  const hidden = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true' || e.hidden) return true;
      if (style(e).display === 'none') return true;
    }
    return style(el).visibility === 'hidden';
  };
  const hasLandmarkAncestor = (el) => !!el.parentElement?.closest('article, aside, main, nav, section');
  const role = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.trim().split(/\s+/)[0];
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    switch (tag) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : null;
      case 'button': return 'button';
      case 'ol': case 'ul': case 'menu': return 'list';
      case 'li': return 'listitem';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'aside': return 'complementary';
      case 'article': return 'article';
      case 'header': return hasLandmarkAncestor(el) ? null : 'banner';
      case 'footer': return hasLandmarkAncestor(el) ? null : 'contentinfo';
      case 'section': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
      case 'form': return 'form';
      case 'search': return 'search';
      case 'fieldset': case 'details': case 'optgroup': return 'group';
      case 'dialog': return 'dialog';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'textarea': return 'textbox';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'output': return 'status';
      case 'p': return 'paragraph';
      case 'blockquote': return 'blockquote';
      case 'hr': return 'separator';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return 'columnheader';
      case 'dd': return 'definition';
      case 'dfn': case 'dt': return 'term';
      case 'input': {
        const type = (el.getAttribute('type') || 'text').toLowerCase();
        if (type === 'checkbox' || type === 'radio') return type;
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (type === 'number') return 'spinbutton';
        if (type === 'range') return 'slider';
        if (type === 'hidden') return null;
        return el.hasAttribute('list') ? 'combobox' : 'textbox';
      }
      default: return null;
    }
  };
  const FROM_CONTENT = new Set(['button', 'link', 'heading', 'cell', 'columnheader', 'rowheader', 'option', 'radio',
    'checkbox', 'tab', 'menuitem', 'tooltip', 'treeitem', 'switch', 'row', 'term', 'listitem']);
  /** Text as an accessible name counts it: hidden parts left out, labels of parts used. */
  const text = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    if (hidden(node) && node.localName !== 'slot') return '';
    const label = node.getAttribute('aria-label');
    if (label && label.trim()) return ` ${label} `;
    if (node.localName === 'img') return node.getAttribute('alt') || '';
    let out = '';
    for (const child of node.childNodes) out += text(child);
    return style(node).display === 'inline' ? out : ` ${out} `;
  };
  const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean)
    .map((e) => { let s = ''; for (const c of e.childNodes) s += text(c); return s; }).join(' ');
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(byIds(by));
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return norm(label);
    if (['input', 'textarea', 'select'].includes(el.localName)) {
      const labels = [...(el.labels || [])].map((l) => { let s = ''; for (const c of l.childNodes) s += text(c); return s; });
      if (labels.length) return norm(labels.join(' '));
      if (['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
      return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (el.localName === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return norm(text(legend));
    }
    if (el.localName === 'img') return norm(el.getAttribute('alt') || '');
    if (el.localName === 'table') {
      const caption = el.querySelector(':scope > caption');
      if (caption) return norm(text(caption));
    }
    if (FROM_CONTENT.has(role(el))) {
      let s = '';
      for (const c of el.childNodes) s += text(c);
      if (norm(s)) return norm(s);
    }
    return norm(el.getAttribute('title') || '');
  };
  const level = (el) => {
    const aria = el.getAttribute('aria-level');
    if (aria) return Number(aria);
    const m = /^h([1-6])$/.exec(el.localName);
    return m ? Number(m[1]) : 0;
  };
  const ordered = (set) => [...set].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const descendants = (roots, css) => {
    const found = new Set();
    for (const r of roots) for (const e of r.querySelectorAll(css)) found.add(e);
    return ordered(found);
  };
  const textOf = (el) => (el.localName === 'input' || el.localName === 'textarea' ? el.value : el.textContent);

  let current = [document.documentElement];
  let first = true;
  for (const step of steps) {
    if (step.css !== undefined) {
      // Playwright's `:visible` (at the end): rendered with a box.
      const onlyVisible = /:visible$/.test(step.css.trim());
      let css = step.css.trim().replace(/:visible$/, '');
      if (css.startsWith('>')) css = `:scope ${css}`;
      // The first step searches the whole document, the root included.
      current = first ? ordered(new Set([...document.querySelectorAll(css)])) : descendants(current, css);
      if (onlyVisible) current = current.filter(seen);
    } else if (step.role !== undefined) {
      current = descendants(current, '*').filter((e) => role(e) === step.role && !hidden(e)
        && (step.level === undefined || level(e) === step.level)
        && (step.name === undefined || matches(name(e), step.name, step.exact)));
    } else if (step.text !== undefined) {
      const all = descendants(current, 'body, body *').filter((e) => !['script', 'style', 'template'].includes(e.localName)
        && matches(textOf(e), step.text, step.exact));
      current = all.filter((e) => !all.some((o) => o !== e && e.contains(o)));
    } else if (step.hasText !== undefined) {
      current = current.filter((e) => matches(textOf(e), step.hasText, false));
    } else if (step.visible !== undefined) {
      current = current.filter(seen);
    } else if (step.nth !== undefined) {
      const e = step.nth < 0 ? current[current.length + step.nth] : current[step.nth];
      current = e ? [e] : [];
    }
    first = false;
  }
  return current;
}
