// Small helpers shared by the panels.
export function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;'}[c]));
}

/** A safe link to a source URL (http or https only), its host as the text. */
export function sourceLink(url) {
  if (!/^https?:\/\//i.test(url)) return esc(url);
  let host = url;
  try { host = new URL(url).host.replace(/^www\./, ''); } catch { /* keep the URL as the text */ }
  return `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">${esc(host)}</a>`;
}

/**
 * A colour swatch. Its colour travels in a data attribute and is set through the style object once the swatch is in
 * the page: the content security policy allows no inline style attributes.
 */
export function swatch(colour, pattern) {
  return `<span class="swatch${pattern ? ' ' + pattern : ''}" data-colour="${esc(colour)}" aria-hidden="true"></span>`;
}

function paintSwatches(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  const found = root.matches('.swatch[data-colour]') ? [root] : root.querySelectorAll('.swatch[data-colour]');
  for (const s of found) s.style.setProperty('--c', s.dataset.colour);
}

new MutationObserver(changes => {
  for (const c of changes) c.addedNodes.forEach(paintSwatches);
}).observe(document.documentElement, {childList: true, subtree: true});

export function toast(text, error = false) {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.className = error ? 'error' : '';
  box.hidden = false;
  clearTimeout(box.timer);
  box.timer = setTimeout(() => { box.hidden = true; }, 4000);
}
