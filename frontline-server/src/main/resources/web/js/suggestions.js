// The review of suggestions from events: each pending suggestion with its place, what it suggests, what the map said,
// its confidence and the events it rests on; accept records it as an observation citing the events, reject keeps it
// with a reason. Writes carry the write token, as every write does.
import {get, needsToken, post, setToken} from './api.js';
import {t} from './i18n.js';
import {esc, toast} from './util.js';

/** Fills {@code box} with the suggestions of one review state; {@code onSaved} runs after an accepted one. */
export async function showSuggestions(box, onSaved, review = 'pending') {
  const answer = await get('/api/v1/suggestions', {review});
  box.innerHTML = `<h3>${esc(t('suggestions.title'))}</h3>
    <p class="muted">${esc(t('suggestions.help'))}</p>
    <label>${esc(t('suggestions.show'))} <select class="suggestions-review">${['pending', 'accepted', 'rejected']
      .map(r => `<option value="${r}"${r === review ? ' selected' : ''}>${esc(t(`suggestions.${r}`))}</option>`)
      .join('')}</select></label>
    ${needsToken() ? `<label>${esc(t('token'))} <input type="password" class="suggestions-token"></label>` : ''}
    ${answer.suggestions.length ? '' : `<p class="muted suggestions-none">${esc(t('suggestions.none'))}</p>`}
    <ol class="suggestions">${answer.suggestions.map(item).join('')}</ol>`;
  box.querySelector('.suggestions-review').addEventListener('change',
    e => showSuggestions(box, onSaved, e.target.value));
  box.querySelector('.suggestions-token')?.addEventListener('change', e => setToken(e.target.value));
  box.querySelectorAll('button[data-accept]').forEach(b => b.addEventListener('click',
    () => decide(box, onSaved, b.dataset.accept, 'accept', {})));
  box.querySelectorAll('button[data-reject]').forEach(b => b.addEventListener('click', () => {
    const reason = box.querySelector(`input[data-reason="${b.dataset.reject}"]`).value.trim();
    if (!reason) { toast(t('suggestions.needReason'), true); return; }
    decide(box, onSaved, b.dataset.reject, 'reject', {reason});
  }));
}

function item(s) {
  const what = s.other_actor ? `${s.actor} · ${s.status} · ${s.other_actor}` : `${s.actor} · ${s.status}`;
  const evidence = s.evidence.slice(0, 10).map(k => `<li><code>${esc(k)}</code></li>`).join('');
  const more = s.evidence_count > 10 ? `<li>${esc(t('suggestions.more', {n: s.evidence_count - 10}))}</li>` : '';
  const actions = s.review !== 'pending' ? `<p class="muted">${esc(t(`suggestions.${s.review}`))}: ${esc(
    s.reviewed_by || '')} ${esc(s.reason || '')}</p>` : `<div class="suggestion-actions">
      <button type="button" data-accept="${s.id}">${esc(t('suggestions.accept'))}</button>
      <input type="text" data-reason="${s.id}" placeholder="${esc(t('reason'))}" aria-label="${esc(t('reason'))}">
      <button type="button" data-reject="${s.id}">${esc(t('suggestions.reject'))}</button></div>`;
  return `<li class="suggestion" data-id="${s.id}"><strong>${esc(s.place)}</strong> ${esc(what)}, ${esc(s.date)}
    <div class="muted">${esc(t('suggestions.mapSaid', {said: s.map_said}))} · ${esc(t('suggestions.confidence',
      {c: s.confidence.toFixed(2)}))}</div>
    <details><summary>${esc(t('suggestions.evidence', {n: s.evidence_count}))}</summary><ul>${evidence}${more}</ul>
    </details>${actions}</li>`;
}

async function decide(box, onSaved, id, action, body) {
  try {
    await post(`/api/v1/suggestions/${id}/${action}`, body);
    toast(t(action === 'accept' ? 'suggestions.accepted' : 'suggestions.rejected'));
    if (action === 'accept') onSaved();
    await showSuggestions(box, onSaved);
  } catch (e) {
    toast(e.message, true);
  }
}
