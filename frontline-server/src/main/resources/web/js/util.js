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

export function swatch(colour, pattern) {
  return `<span class="swatch${pattern ? ' ' + pattern : ''}" style="--c:${esc(colour)}" aria-hidden="true"></span>`;
}

export function toast(text, error = false) {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.className = error ? 'error' : '';
  box.hidden = false;
  clearTimeout(box.timer);
  box.timer = setTimeout(() => { box.hidden = true; }, 4000);
}
