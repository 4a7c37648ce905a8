// Place search in any language, and a place's panel: its control history as a timeline with every observation's
// source, confidence and note, every version of each, and buttons to correct or retract one.
import {get} from './api.js';
import {placeCombobox} from './combobox.js';
import {lang, longDate, number, t} from './i18n.js';
import {actor, actorName, state, update} from './state.js';
import {esc, sourceLink, swatch} from './util.js';

/** The search box over the panel: a place combobox; a picked place opens its panel. */
export function setUpSearch(onPick) {
  placeCombobox(document.getElementById('q'), document.getElementById('results'), onPick);
}

export async function showPlace(box, placeId, onEdit) {
  const h = await get(`/api/v1/places/${placeId}/history`, {as_of: state.asOf || undefined, lang: lang()});
  const p = h.place;
  const title = p.label && p.label !== p.name ? `${esc(p.label)} <span class="muted">(${esc(p.name)})</span>` : esc(p.name);
  box.innerHTML = `<h2>${title} <span class="muted">${esc(p.country)} · ${p.id > 1e9 ? 'gazetteer supplement' : 'GeoNames'} ${p.id}</span></h2>
    <p class="muted">${esc(t('population'))}: ${number(p.population)}</p>
    <h3>${esc(t('historyOf'))}</h3>
    ${h.periods.length === 0 ? `<p>${esc(t('noHistory'))}</p>` : `<ol class="timeline">${h.periods.map(period).join('')}</ol>`}
    <h3>${esc(t('observationsTitle'))}</h3>
    <ol class="observations">${h.observations.map(o => lineage(o)).join('')}</ol>`;
  box.querySelectorAll('button[data-correct]').forEach(b => b.addEventListener('click', () =>
    onEdit({mode: 'correct', observation: JSON.parse(b.dataset.correct)})));
  box.querySelectorAll('button[data-retract]').forEach(b => b.addEventListener('click', () =>
    onEdit({mode: 'retract', lineage: b.dataset.retract})));
  box.querySelectorAll('[data-date]').forEach(b => b.addEventListener('click', () => update({date: b.dataset.date})));
  return h;
}

function period(p) {
  const when = p.from ? `${t('since')} <button type="button" class="link" data-date="${p.from}">${esc(longDate(p.from))}</button>`
    : esc(t('before'));
  const end = p.until ? `${t('until')} ${esc(longDate(p.until))}` : esc(t('still'));
  const how = p.status === 'controls' ? '' : ` <em>(${esc(t(p.status === 'contested' ? 'contestedWith' : 'besiegedBy',
    {other: actorName(p.other)}))})</em>`;
  return `<li class="${p.implied ? 'implied' : ''}">${swatch(actor(p.holder)?.colour || '#999999')}
    <strong>${esc(actorName(p.holder))}</strong>${how}<br>
    <span class="when">${when} — ${end}</span>
    <div class="source">${p.implied ? esc(t('implied')) + '. ' : ''}${sourceText(p.source, p.urls)}</div>
    ${p.note ? `<div class="note">${esc(p.note)}</div>` : ''}</li>`;
}

/** The source's label and links; a label that is only the link's host is not repeated. */
export function sourceText(label, urls) {
  const hosts = urls.map(u => { try { return new URL(u).host.replace(/^www\./, ''); } catch { return u; } });
  return `${hosts.includes(label) ? '' : esc(label) + ' '}${urls.map(sourceLink).join(' ')}`;
}

function lineage(o) {
  const versions = o.versions;
  const current = versions[versions.length - 1];
  const actions = current.retracted ? '' : `<button type="button" data-correct="${esc(JSON.stringify(current))}">${esc(
    t('correct'))}</button> <button type="button" data-retract="${esc(o.lineage)}">${esc(t('retract'))}</button>`;
  return `<li><ol class="versions">${versions.map(version).join('')}</ol><div class="actions">${actions}</div></li>`;
}

function version(v) {
  return `<li class="${v.retracted ? 'retracted' : ''}"><span class="badge">${esc(t('version'))} ${v.version}</span>
    ${v.retracted ? `<span class="badge warn">${esc(t('retracted'))}</span>` : ''}
    <strong>${esc(actorName(v.actor))}</strong> ${esc(t(v.status))}${v.from_actor ? ` (${esc(t('from'))} ${esc(
    actorName(v.from_actor))})` : ''} · ${esc(v.date)} · ${esc(t('confidence'))}: ${esc(t(v.confidence))}
    <div class="source">${esc(t('source'))}: ${esc(v.source.title || v.source.citation || v.source.label)}
      ${v.source.urls.map(sourceLink).join(' ')}</div>
    ${v.note ? `<div class="note">${esc(v.note)}</div>` : ''}
    <div class="muted small">${esc(t('recordedBy', {who: v.recorded_by, when: v.recorded_at.replace('T', ' ').slice(0, 19)}))}</div></li>`;
}
