// Editing: add an observation (a place found by name or clicked on the map, or an area drawn on the map or
// uploaded), correct or retract one. The server validates; its errors are shown next to their fields. The map is
// redrawn at once after a save.
import {needsToken, post, Problem, setToken} from './api.js';
import {placeCombobox} from './combobox.js';
import {clearDrawing, drawing, finishDrawing, markPlace, setArea, setUpDrawing, startDrawing, undoPoint} from './draw.js';
import {reworded, t} from './i18n.js';
import {state} from './state.js';
import {esc, toast} from './util.js';

let form = null;
let mode = {mode: 'add'};

export function showEdit(box, place, onSaved, maps) {
  const options = ids => ids.map(a => `<option value="${esc(a.id)}">${esc(a.label)}</option>`).join('');
  box.innerHTML = `<h2 id="edit-title">${esc(t('addObservation'))}</h2>
  <form id="observation-form" novalidate>
    ${needsToken() ? field('token', t('token'), `<input name="token" type="password" autocomplete="off">`, t('tokenHelp')) : ''}
    <div class="field combo" data-field="place_id"><label for="place-name"><span>${esc(t('place'))}</span></label>
      <div class="combo-box"><input id="place-name" name="place_name" value="${esc(place ? place.label || place.name : '')}"
      placeholder="${esc(t('typePlace'))}" aria-describedby="place-help"><ul id="place-options" class="combo-list" hidden></ul></div>
      <input type="hidden" name="place_id" value="${place ? place.id : ''}">
      <div id="place-help" class="muted small">${esc(t('placeHelp'))}</div><div class="error" data-for="place_id"></div></div>
    <div class="area-tools" role="group" aria-labelledby="area-title"><span id="area-title" class="muted">${esc(t('orArea'))}</span>
      <button type="button" id="draw">${esc(t('drawArea'))}</button> <button type="button" id="undo" disabled>${
      esc(t('undoPoint'))}</button> <button type="button" id="finish" disabled>${esc(t('finishArea'))}</button>
      <button type="button" id="clear">${esc(t('clearArea'))}</button>
      <label class="upload">${esc(t('uploadArea'))} <input type="file" id="area-file" accept=".geojson,.json"></label>
      <div class="error" data-for="area"></div><div id="area-status" class="muted small" aria-live="polite"></div></div>
    ${field('actor', t('actor'), `<select name="actor" required>${options(state.actors)}</select>`)}
    ${field('status', t('status'), `<select name="status">${['controls', 'contested', 'besieged', 'presence']
      .map(s => `<option value="${s}">${esc(t(s === 'contested' ? 'contested' : s))}</option>`).join('')}</select>`)}
    ${field('from_actor', t('fromActor'), `<select name="from_actor"><option value="">—</option>${options(state.actors)}</select>`)}
    ${field('date', t('date'), `<input name="date" required placeholder="2016-03-27, 2016-03, 2016" value="${esc(state.date)}">`)}
    ${field('source.title', t('sourceTitle'), `<input name="source_title">`)}
    ${field('source.urls', t('sourceUrl'), `<input name="source_url" type="url" placeholder="https://">`)}
    ${field('source.citation', t('sourceCitation'), `<input name="source_citation">`)}
    ${field('source.kind', t('sourceKind'), `<select name="source_kind">${['news', 'official_statement',
      'satellite_imagery', 'analyst', 'reference'].map(k => `<option value="${k}">${esc(t(`kind_${k}`))}</option>`)
      .join('')}</select>`)}
    ${field('confidence', t('confidenceLabel'), `<select name="confidence"><option value="low">${esc(t('low'))}</option>
      <option value="medium" selected>${esc(t('medium'))}</option><option value="high">${esc(t('high'))}</option></select>`)}
    ${field('note', t('noteLabel'), `<textarea name="note" rows="2"></textarea>`)}
    ${field('reason', t('reason'), `<input name="reason">`)}
    <div class="error" data-for=""></div>
    <button type="submit" class="primary" id="save">${esc(t('save'))}</button>
  </form>`;
  form = box.querySelector('form');
  form.querySelector('[data-field="reason"]').hidden = true;
  form.addEventListener('submit', e => { e.preventDefault(); save(onSaved); });
  setUpDrawing(maps, drawn);
  box.querySelector('#draw').addEventListener('click', startDrawing);
  box.querySelector('#undo').addEventListener('click', undoPoint);
  box.querySelector('#finish').addEventListener('click', finishDrawing);
  box.querySelector('#clear').addEventListener('click', clearDrawing);
  box.querySelector('#area-file').addEventListener('change', e => uploadArea(e.target.files[0]));
  const name = form.elements.place_name;
  placeCombobox(name, box.querySelector('#place-options'), choosePlace);
  name.addEventListener('input', () => { form.elements.place_id.value = ''; });
  mode = {mode: 'add'};
}

/** The drawing changed: its status, which tools apply, and a closed area replaces the place. */
function drawn(status, area) {
  document.getElementById('area-status').textContent = status;
  document.getElementById('undo').disabled = !drawing.active;
  document.getElementById('finish').disabled = !drawing.active;
  if (area) {
    form.elements.place_id.value = '';
    form.elements.place_name.value = '';
  }
}

function field(name, label, control, help) {
  return `<div class="field" data-field="${name}"><label><span>${esc(label)}</span>${control}</label>${
    help ? `<div class="muted small">${esc(help)}</div>` : ''}<div class="error" data-for="${name}"></div></div>`;
}

/** Fills the form to correct an observation, or to retract one (then only the reason is asked). */
export function prepare(request) {
  if (!form) return;
  mode = request;
  const retract = request.mode === 'retract';
  form.querySelectorAll('.field').forEach(f => { f.hidden = retract ? f.dataset.field !== 'reason' && f.dataset.field !== 'token' : f.dataset.field === 'reason'; });
  form.querySelector('.area-tools').hidden = retract;
  document.getElementById('edit-title').textContent = retract ? t('retract') : request.mode === 'correct' ? t('correct') : t('addObservation');
  if (request.mode === 'correct') {
    const o = request.observation;
    const set = (n, v) => { form.elements[n].value = v ?? ''; };
    set('place_id', o.place_id); set('actor', o.actor); set('status', o.status); set('from_actor', o.from_actor);
    set('date', o.date); set('source_title', o.source.title); set('source_url', o.source.urls.join(' '));
    set('source_citation', o.source.citation); set('source_kind', o.source.kind); set('confidence', o.confidence);
    set('note', o.note);
  }
}

/** Chooses the place of the observation (a settlement clicked on the map or found by name) and shows it. */
export function choosePlace(place) {
  if (!form) return;
  form.elements.place_id.value = place.id;
  form.elements.place_name.value = place.label || place.name;
  form.querySelector('.error[data-for="place_id"]').textContent = '';
  markPlace(place);
}

function body() {
  const v = n => form.elements[n]?.value.trim() || undefined;
  const b = {actor: v('actor'), status: v('status'), from_actor: v('from_actor'), date: v('date'),
    confidence: v('confidence'), note: v('note'), source: {title: v('source_title'), citation: v('source_citation'),
      kind: v('source_kind'), urls: v('source_url') ? v('source_url').split(/\s+/) : []}};
  if (drawing.area) b.area = drawing.area; else b.place_id = v('place_id') ? Number(v('place_id')) : undefined;
  return b;
}

async function save(onSaved) {
  form.querySelectorAll('.error').forEach(e => { e.textContent = ''; e.removeAttribute('title'); });
  if (form.elements.token?.value) setToken(form.elements.token.value);
  try {
    let saved;
    if (mode.mode === 'retract') {
      saved = await post(`/api/v1/observations/${encodeURIComponent(mode.lineage)}/retraction`, {reason: form.elements.reason.value});
    } else if (mode.mode === 'correct') {
      saved = await post(`/api/v1/observations/${encodeURIComponent(mode.observation.lineage)}/corrections`, body());
    } else {
      saved = await post('/api/v1/observations', body());
    }
    toast(t('saved'));
    readyForNext();
    onSaved(saved);
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    showErrors(e.problem);
  }
}

/**
 * After a save the form is ready for the next observation: back to adding, with the place, the area, the previous
 * holder, the note and the reason cleared (a second click records nothing twice), while the actor, status, date,
 * source and confidence stay, as an analyst often records several places from one report. The place field takes the
 * focus, for the next one.
 */
function readyForNext() {
  clearDrawing();
  for (const name of ['place_id', 'place_name', 'from_actor', 'note', 'reason']) form.elements[name].value = '';
  prepare({mode: 'add'});
  form.elements.place_name.focus();
}

/**
 * The server's field errors that the interface words in its own language, by code (any error of the area field is a
 * bad area). English shows the server's message, which names the values; the others keep it as the box's title.
 */
const ERROR_TEXTS = {'missing-field': 'errMissing', 'no-subject': 'errNoSubject', 'no-source': 'errNoSource',
  'future-date': 'errFutureDate', 'same-actor': 'errSameActor', 'unknown-place': 'errUnknownPlace',
  'bad-geonames-id': 'errUnknownPlace', 'place-with-area': 'errNoSubject', 'unknown-actor': 'errUnknownActor',
  'bad-source': 'errBadSource'};

function errorText(error) {
  return reworded(error.message, ERROR_TEXTS[error.code] ?? (error.field === 'area' ? 'errBadArea' : null));
}

function showErrors(problem) {
  const errors = problem.errors?.length ? problem.errors : [{field: '', message: problem.detail}];
  const add = (text, more) => (text ? `${text} ${more}` : more);
  for (const error of errors) {
    const name = error.field === 'source' ? 'source.title' : error.field;
    const box = form.querySelector(`.error[data-for="${CSS.escape(name)}"]`) || form.querySelector('.error[data-for=""]');
    const text = errorText(error);
    box.textContent = add(box.textContent, text);
    if (text !== error.message) box.title = add(box.title, error.message);
  }
  form.querySelector('.error:not(:empty)')?.closest('.field')?.querySelector('input, select, textarea')?.focus();
}

async function uploadArea(file) {
  if (!file) return;
  try {
    const json = JSON.parse(await file.text());
    const geometry = json.type === 'FeatureCollection' ? json.features[0]?.geometry : json.type === 'Feature' ? json.geometry : json;
    if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) throw new Error('not a polygon');
    setArea(geometry);
  } catch (e) {
    form.querySelector('.error[data-for="area"]').textContent = `${file.name}: ${e.message}`;
  }
}
