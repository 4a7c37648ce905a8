// The app's state, mirrored in the URL so that a copied link reopens the same view.
import {lang as chosenLang, t} from './i18n.js';

const listeners = [];

export const state = {
  date: null, dateB: null, first: null, last: null, mode: 'map', tab: 'figures', asOf: '', place: null,
  view: null, actors: [], revision: 0,
};

export function readUrl() {
  const q = new URLSearchParams(location.search);
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (iso.test(q.get('date') || '')) state.date = q.get('date');
  if (iso.test(q.get('b') || '')) state.dateB = q.get('b');
  if (['map', 'compare', 'swipe'].includes(q.get('mode'))) state.mode = q.get('mode');
  if (['figures', 'place', 'changes', 'edit', 'data', 'suggestions'].includes(q.get('tab'))) state.tab = q.get('tab');
  if (iso.test(q.get('asof') || '')) state.asOf = q.get('asof');
  if (/^\d+$/.test(q.get('place') || '')) state.place = Number(q.get('place'));
  const v = (q.get('view') || '').split(',').map(Number);
  if (v.length === 3 && v.every(Number.isFinite)) state.view = {lon: v[0], lat: v[1], zoom: v[2]};
}

let pending = null;

/** Changes the state, tells every listener what changed, and updates the URL (at most every 250 ms). */
export function update(changes) {
  const changed = Object.keys(changes).filter(k => state[k] !== changes[k]);
  if (changed.length === 0) return;
  Object.assign(state, changes);
  listeners.forEach(fn => fn(changed));
  clearTimeout(pending);
  pending = setTimeout(writeUrl, 250);
}

export function onChange(fn) { listeners.push(fn); }

export function writeUrl(lang) {
  const q = new URLSearchParams();
  if (state.date) q.set('date', state.date);
  if (state.mode !== 'map' && state.dateB) q.set('b', state.dateB);
  if (state.mode !== 'map') q.set('mode', state.mode);
  if (state.tab !== 'figures') q.set('tab', state.tab);
  if (state.asOf) q.set('asof', state.asOf);
  if (state.place) q.set('place', state.place);
  if (state.view) q.set('view', [state.view.lon.toFixed(3), state.view.lat.toFixed(3), state.view.zoom.toFixed(2)].join(','));
  q.set('lang', lang || chosenLang());
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

/** Adds days, weeks or months to an ISO date; the result stays within the data's range. */
export function step(iso, spec) {
  const amount = parseInt(spec, 10);
  const d = new Date(`${iso}T00:00:00Z`);
  if (spec.endsWith('M')) d.setUTCMonth(d.getUTCMonth() + amount);
  else d.setUTCDate(d.getUTCDate() + amount);
  return clamp(d.toISOString().slice(0, 10));
}

export function clamp(iso) {
  if (state.first && iso < state.first) return state.first;
  if (state.last && iso > state.last) return state.last;
  return iso;
}

export function dayIndex(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${state.first}T00:00:00Z`)) / 86400000);
}

export function dayAt(index) {
  return new Date(Date.parse(`${state.first}T00:00:00Z`) + index * 86400000).toISOString().slice(0, 10);
}

export function actor(id) {
  return state.actors.find(a => a.id === id);
}

/** A party's name in the interface's language ("no one" for none). */
export function actorName(id) {
  return id ? (actor(id)?.label || id) : t('none');
}
