// What changed between the compare date and the date: km² gained and lost per actor, the from-to transfers, and
// the places that changed hands with their sources; downloadable as CSV.
import {get} from './api.js';
import {lang, longDate, number, t} from './i18n.js';
import {actor, actorName, state, update} from './state.js';
import {esc, swatch} from './util.js';
import {sourceText} from './place.js';

function party(id) {
  if (id === 'none') return t('none');
  if (id === 'contested') return t('contestedParty');
  return actorName(id);
}

export async function showChanges(box) {
  const [a, b] = [state.dateB, state.date].sort();
  if (!a || a === b) {
    box.innerHTML = `<p class="muted">${esc(t('compareWith'))} …</p>`;
    return null;
  }
  const c = await get('/api/v1/changes', {from: a, to: b, as_of: state.asOf || undefined, lang: lang()});
  const csv = `/api/v1/changes?${new URLSearchParams({from: a, to: b, format: 'csv', ...(state.asOf ? {as_of: state.asOf} : {})})}`;
  box.innerHTML = `<h2>${esc(t('changesFrom', {a: longDate(a), b: longDate(b)}))}</h2>
    <table class="balances"><thead><tr><th></th><th>${esc(t('gained'))}</th><th>${esc(t('lost'))}</th><th>${esc(
    t('net'))}</th></tr></thead><tbody>${c.balances.filter(x => x.actor !== 'none' && x.actor !== 'contested')
    .map(x => `<tr><th>${swatch(actor(x.actor)?.colour || '#999')}${esc(party(x.actor))}</th><td>+${number(x.gained_km2)}</td>
    <td>−${number(x.lost_km2)}</td><td class="${x.net_km2 < 0 ? 'neg' : 'pos'}">${number(x.net_km2)} ${t('km2')}</td></tr>`)
    .join('')}</tbody></table>
    <h3>${esc(t('transfers'))}</h3>
    <table class="transfers"><thead><tr><th>${esc(t('from'))}</th><th>${esc(t('to'))}</th><th>${esc(t('area'))}</th><th>${
    esc(t('settlements'))}</th></tr></thead><tbody>${c.transfers.slice(0, 12).map(x => `<tr><td>${esc(party(x.from))}</td>
    <td>${esc(party(x.to))}</td><td>${number(x.area_km2)} ${t('km2')}</td><td>${x.settlements}</td></tr>`).join('')}</tbody></table>
    <h3>${esc(t('placesChanged'))} (${c.places.length})</h3>
    ${c.places.length === 0 ? `<p>${esc(t('nothingChanged'))}</p>` : ''}
    <ol class="changed">${c.places.slice(0, 60).map(placeItem).join('')}</ol>
    ${c.coverage_places.length === 0 ? '' : `<details class="coverage-places"><summary>${esc(t('placesCoverage'))}
      (${c.coverage_places.length})</summary><ol class="changed">${c.coverage_places.slice(0, 60).map(placeItem)
      .join('')}</ol></details>`}
    <p><a class="button" href="${esc(csv)}" download>${esc(t('downloadCsv'))}</a></p>`;
  box.querySelectorAll('[data-date]').forEach(x => x.addEventListener('click', () => update({date: x.dataset.date})));
  return c;
}

// A change's own date (changed_on: when the holding it ends in began) and the source that began it.
function placeItem(p) {
  const date = p.changed_on || p.date;
  const day = date.length === 10 ? date : date + '-01'.repeat(date.length === 7 ? 1 : 2);
  return `<li><strong>${esc(p.label || p.name)}</strong>
    <span class="muted">${esc(party(p.from))} → ${esc(party(p.to))}</span>
    · <button type="button" class="link" data-date="${esc(day)}">${esc(date)}</button> · ${sourceText(
    p.changed_source ?? p.source, p.changed_urls ?? p.urls)}</li>`;
}
