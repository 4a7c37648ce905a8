// The analyst's app: wires the maps, the time bar, the panels and the chart to the state and the URL.
import {get, prefetch} from './api.js';
import {lang, longDate, number, setLang, t, translatePage} from './i18n.js';
import {actorName, clamp, onChange, readUrl, state, step, update, writeUrl} from './state.js';
import {ControlMap, HOME} from './map.js';
import {setUpTimebar, showDate} from './timebar.js';
import {showFigures, showLegend} from './figures.js';
import {setUpSearch, showPlace} from './place.js';
import {showChanges} from './changes.js';
import {draw as drawChart, loadChart, moveCursor, reloadChart} from './chart.js';
import {choosePlace, prepare, showEdit} from './edit.js';
import {addPoint, drawing} from './draw.js';
import {showData, showExports} from './data.js';
import {selectTab, setUpLayout, showMode} from './layout.js';
import {esc, sourceLink} from './util.js';
import {showSuggestions} from './suggestions.js';
import {EventsLayer, setUpEvents, sides as eventSides} from './events.js';

const app = {a: null, b: null, placeInfo: null};
window.frontline = {ready: false, renders: 0, policyViolations: []};
document.addEventListener('securitypolicyviolation', e => window.frontline.policyViolations.push(
  `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || ''}:${e.lineNumber || ''}`));

/**
 * A store of another war opens on its observed ground: the map jumps to the store's extent when the home view (Iraq
 * and Syria) does not lie in it. A link that names a view keeps it.
 */
function openOn(map, extent) {
  if (!extent) return;
  const [w, s, e, n] = extent;
  const [lon, lat] = HOME.center;
  if (lon >= w && lon <= e && lat >= s && lat <= n) return;
  map.map.fitBounds([[w, s], [e, n]], {padding: 40, maxZoom: 8, animate: false});
}

async function start() {
  readUrl();
  translatePage();
  const entered = get('/api/v1');
  const first = Promise.all([entered, get('/api/v1/actors', {lang: lang()})]);
  // The first date's data is asked for before the map is made (making it keeps the page busy for a while): at once
  // when the link names a date, else as soon as the entry says which date is the last.
  prefetchDate(state.date || (await entered).last_date);
  // The map loads its style, worker and basemap tiles while those answers are on their way.
  app.a = new ControlMap('map-a', state.view);
  const drawn = firstFullRender(app.a);
  const [entry, actors] = await first;
  state.first = entry.first_date || new Date().toISOString().slice(0, 10);
  state.last = entry.last_date || state.first;
  state.date = clamp(state.date || state.last);
  state.dateB = clamp(state.dateB || step(state.date, '-12M'));
  state.revision = entry.store_revision;
  state.actors = actors;
  app.a.map.on('moveend', () => update({view: app.a.view()}));
  if (!state.view) openOn(app.a, entry.extent);
  app.a.onClick(e => mapClick(e, app.a));
  app.events = new EventsLayer(app.a);
  window.frontline.events = app.events;
  setUpEvents(app.events);
  setUpTimebar();
  setUpSearch(place => {
    app.placeInfo = place;
    update({place: place.id, tab: 'place'});
  });
  setUpLayout(app, mapClick);
  setUpLanguage();
  onChange(changed => render(changed).catch(fail));
  await render(['date', 'dateB', 'mode', 'tab', 'place']);
  await drawn;
  loadChart(document.getElementById('chart')).then(() => { window.frontline.ready = true; }).catch(fail);
}

/**
 * Resolves when the map is first idle with everything on it (basemap tiles, the date's areas and settlements), and
 * records when that was, from the start of navigation (the page's first full render, see benchmarks/SERVER.md).
 */
function firstFullRender(control) {
  return new Promise(resolve => {
    const check = () => {
      if (!control.areas || !control.paints || !control.map.loaded()) return;
      control.map.off('idle', check);
      window.frontline.firstRender_ms = Math.round(performance.now());
      window.frontline.firstPictures = control.paints;
      window.frontline.firstPictureBy = control.firstPictureBy;
      performance.mark('frontline:first-full-render');
      resolve();
    };
    control.map.on('idle', check);
  });
}

function prefetchDate(date) {
  if (!date) return;
  prefetch('/api/v1/control-areas', ControlMap.params(date, state.asOf));
  prefetch('/api/v1/settlements', ControlMap.params(date, state.asOf));
  if (state.tab === 'figures') prefetch('/api/v1/figures', {date, as_of: state.asOf || undefined, lang: lang()});
}

async function render(changed) {
  const has = (...keys) => keys.some(k => changed.includes(k));
  if (has('date')) { showDate(); moveCursor(); }
  if (has('mode')) showMode(app, state.mode);
  const jobs = [];
  if (has('date', 'asOf', 'lang', 'revision')) jobs.push(showMapA());
  if (app.events && has('date', 'asOf', 'lang')) jobs.push(app.events.show());
  if (app.b && has('dateB', 'asOf', 'lang', 'revision', 'mode') && state.mode !== 'map') {
    jobs.push(app.b.show(state.dateB, state.asOf).then(legend));
  } else if (has('mode')) legend();
  if (has('tab', 'date', 'dateB', 'asOf', 'lang', 'place', 'revision', 'mode')) jobs.push(showTab(changed));
  if (has('revision', 'asOf') && !has('mode')) jobs.push(reloadChart());
  if (has('view') && state.tab === 'data') showExports(document.getElementById('tab-data'), app.a);
  labels();
  await Promise.all(jobs);
  window.frontline.renders++;
  document.body.dataset.shownDate = state.date;
}

async function showMapA() {
  const date = state.date;
  if (await app.a.show(date, state.asOf)) {
    legend();
    document.body.dataset.mapDate = date;
  }
}

/** The legend of what the maps show: both maps' parties and patterns when two are shown. */
function legend() {
  const shown = [app.a, state.mode !== 'map' ? app.b : null].filter(m => m?.areas);
  if (shown.length === 0) return;
  showLegend(document.getElementById('legend'), {type: 'FeatureCollection',
    features: shown.flatMap(m => m.areas.features)});
}

function labels() {
  const a = document.getElementById('date-label-a');
  const b = document.getElementById('date-label-b');
  a.textContent = longDate(state.date);
  b.textContent = state.dateB ? longDate(state.dateB) : '';
  b.hidden = state.mode === 'map';
  a.hidden = state.mode === 'map';
  const banner = document.getElementById('asof-banner');
  banner.hidden = !state.asOf;
  banner.textContent = state.asOf ? t('asRecordedBanner', {date: longDate(state.asOf)}) : '';
  document.getElementById('compare-to').hidden = state.mode === 'map' && state.tab !== 'changes';
  document.getElementById('date-b').value = state.dateB || '';
}

async function showTab(changed) {
  selectTab(document.getElementById('tabs'), 'tab', state.tab);
  document.querySelectorAll('#panel .tab').forEach(s => { s.hidden = s.id !== `tab-${state.tab}`; });
  const box = document.getElementById(`tab-${state.tab}`);
  if (state.tab === 'figures') {
    await showFigures(box);
    box.insertAdjacentHTML('afterbegin', `<label class="asof">${esc(t('asRecorded'))}
      <input type="date" id="asof" value="${esc(state.asOf)}"></label>`);
    box.querySelector('#asof').addEventListener('change', e => update({asOf: e.target.value}));
  } else if (state.tab === 'place') {
    if (state.place) app.placeInfo = (await showPlace(box, state.place, request => {
      update({tab: 'edit'});
      setTimeout(() => prepare(request), 0);
    })).place;
    else box.innerHTML = `<p class="muted">${esc(t('pickPlace'))}</p>`;
  } else if (state.tab === 'changes') {
    await showChanges(box);
  } else if (state.tab === 'edit' && (changed.includes('tab') || changed.includes('lang'))) {
    showEdit(box, app.placeInfo, saved, [app.a, app.b].filter(Boolean));
  } else if (state.tab === 'data') {
    if (changed.includes('tab') || changed.includes('lang')) showData(box, app.a, saved);
    else showExports(box, app.a);
  } else if (state.tab === 'suggestions' && (changed.includes('tab') || changed.includes('lang'))) {
    await showSuggestions(box, saved);
  }
}

/** After a write: the revision moved, so every view is fetched again. */
function saved() {
  get('/api/v1').then(entry => update({revision: entry.store_revision})).catch(fail);
}

async function mapClick(e, view) {
  if (drawing.active) { addPoint(e.lngLat); return; }
  if (e.settlement) {
    const place = {id: e.settlement.id, name: e.settlement.name, label: e.settlement.label, lon: e.settlement.lon,
      lat: e.settlement.lat};
    if (state.tab === 'edit') { choosePlace(place); return; }
    app.placeInfo = place;
    update({place: Number(e.settlement.id), tab: 'place'});
    return;
  }
  const date = view === app.b ? state.dateB : state.date;
  const p = await get('/api/v1/point', {lat: e.lngLat.lat.toFixed(5), lon: e.lngLat.lng.toFixed(5), date,
    as_of: state.asOf || undefined});
  const o = p.observation;
  view.popup(e.lngLat, `<strong>${esc(t('whoHeld'))}, ${esc(longDate(date))}</strong><br>${
    esc(p.holder ? actorName(p.holder) : p.holder_name || p.explanation || t('none'))}${p.status && p.status !== 'controls' ? ` (${esc(t(p.status === 'contested'
    ? 'contestedWith' : 'besiegedBy', {other: actorName(p.other)}))})` : ''}${basis(p)}${o ? `<br><span class="small">${esc(o.date)} · ${
    esc(o.source.title || o.source.label)}
    ${o.source.urls.map(sourceLink).join(' ')}</span>` : ''}`);
}

/**
 * What a point's holding rests on, for its pop-up: the deciding observation's date and age ("reported on 10 June
 * 2014, 14 months before this date"), marked when older than the stale limit, and "inferred between towns".
 */
function basis(p) {
  if (!p.decided_on) return '';
  const age = p.age_days === 0 ? t('sameDay', {date: longDate(p.decided_on)})
    : t('reportedAge', {date: longDate(p.decided_on), age: ageText(p.age_days)});
  const stale = p.basis === 'stale' ? `<br><span class="basis stale">${esc(t('stale'))}</span>` : '';
  const inferred = p.inferred ? `<br><span class="basis inferred">${esc(t('inferredBetween'))}</span>` : '';
  return `<br><span class="age${p.basis === 'stale' ? ' stale' : ''}" data-age-days="${esc(p.age_days)}">${
    esc(age)}</span>${stale}${inferred}`;
}

/** An age in days as the pop-up says it: days up to two months, whole months after. */
function ageText(days) {
  if (days < 60) return t(days === 1 ? 'ageDay' : 'ageDays', {n: number(days)});
  const months = Math.round(days / 30.44);
  return t(months === 1 ? 'ageMonth' : 'ageMonths', {n: number(months)});
}

function setUpLanguage() {
  document.querySelectorAll('#langs button').forEach(b => b.addEventListener('click', async () => {
    setLang(b.dataset.lang);
    translatePage();
    state.actors = await get('/api/v1/actors', {lang: lang()});
    eventSides();
    writeUrl(lang());
    drawChart();
    await render(['lang']);
    [app.a, app.b].filter(Boolean).forEach(m => m.relabel());
  }));
}

function fail(e) {
  console.error(e);
  const box = document.getElementById('toast');
  box.textContent = `${t('error')}: ${e.message}`;
  box.className = 'error';
  box.hidden = false;
}

start().catch(fail);
