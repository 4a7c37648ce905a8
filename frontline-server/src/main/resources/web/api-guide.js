// The API guide: lists the operations of the OpenAPI document.
const esc = s => String(s ?? '').replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
const doc = await (await fetch('/api/openapi.json')).json();
document.getElementById('intro').textContent = doc.info.description;
const resolve = p => p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p;
const groups = {'JSON API': [], 'OGC API - Features': [], 'Vector tiles': []};
for (const [path, item] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(item)) {
    const group = path.startsWith('/ogc') ? 'OGC API - Features' : path.startsWith('/tiles') ? 'Vector tiles' : 'JSON API';
    const params = (op.parameters || []).map(resolve).map(p => `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <span class="req">*</span>' : ''}</td>
      <td>${esc(p.in)}</td><td>${esc(p.description)}</td></tr>`).join('');
    groups[group].push(`<div class="op"><span class="method ${method}">${method.toUpperCase()}</span>
      <span class="path">${esc(path)}</span>${op.security ? ' 🔒' : ''}<div>${esc(op.summary)}</div>
      ${params ? `<table><tr><th>parameter</th><th>in</th><th></th></tr>${params}</table>` : ''}</div>`);
  }
}
document.getElementById('ops').innerHTML = Object.entries(groups).map(([g, ops]) => `<h2>${esc(g)}</h2>${ops.join('')}`).join('');
