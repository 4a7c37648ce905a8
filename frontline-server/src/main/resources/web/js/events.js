// Conflict events on the map (off until switched on): the server's event tiles for a window that the time bar drives
// (the 30 days up to the date, or the date's year), clustered at low zooms (circles sized by their number of events,
// the number written on them) and single events from zoom 9, coloured by type; or their density as a heatmap. A
// filter by type and by side (actor); a click on an event opens its facts, whose ground it was on and its source.
import {longDate, number, t} from './i18n.js';
import {actorName, state} from './state.js';
import {esc, sourceLink, swatch} from './util.js';

/** Colours of the event types (others: OTHER). */
export const TYPE_COLOURS = {airstrike: '#b0103a', 'state-based': '#6a3d9a', 'non-state': '#e08214',
  'one-sided': '#1b7837', 'ucdp-ged': '#5e3c99', 'cjtf-oir-strikes': '#b0103a', battles: '#6a3d9a',
  'explosions/remote violence': '#b0103a', 'violence against civilians': '#1b7837'};
const OTHER = '#525252';
/** The credit of each dataset the formats read, shown in an event's pop-up. */
const CREDITS = {
  'ucdp-ged': 'UCDP Georeferenced Event Dataset (Sundberg & Melander 2013), Uppsala University, CC BY 4.0',
  'cjtf-oir-strikes': 'US Central Command / CJTF-OIR strike releases (public domain)',
  acled: 'Armed Conflict Location & Event Data (ACLED), acleddata.com',
};
const LAYERS = ['events-heat-clusters', 'events-heat', 'event-clusters', 'events-points'];
const MAX_COUNTS = 150;

export const options = {on: false, view: 'points', window: '30d', type: '', side: ''};

/** The window of events the map shows for a date: the 30 days up to it, or its calendar year. */
export function eventWindow(date, kind) {
  if (kind === 'year') return {from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31`};
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 29);
  return {from: d.toISOString().slice(0, 10), to: date};
}

const colourOf = ['match', ['get', 'type'], ...Object.entries(TYPE_COLOURS).flat(), OTHER];

export class EventsLayer {
  constructor(control) {
    this.control = control;
    this.map = control.map;
    this.types = new Set();
    this.counts = document.createElement('div');
    this.counts.className = 'event-counts';
    this.map.getContainer().appendChild(this.counts);
    this.map.on('idle', () => this.idle());
    this.map.on('move', () => this.counts.classList.add('moving'));
    control.events = this;
  }

  /** Shows the events of the state's date with the chosen options (or takes them off). */
  async show() {
    await this.control.styled;
    const key = options.on ? `${this.url()}#${options.view}` : '';
    if (key === this.shownKey) return;
    this.shownKey = key;
    if (this.control.popupShown?.getElement()?.querySelector('.event-popup')) this.control.popupShown.remove();
    for (const id of LAYERS) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource('events')) this.map.removeSource('events');
    this.counts.replaceChildren();
    delete document.body.dataset.eventsShown;
    this.showLegend();
    if (!options.on) return;
    this.map.addSource('events', {type: 'vector', tiles: [this.url()], minzoom: 0, maxzoom: 9});
    const before = this.map.getLayer('draft-fill') ? 'draft-fill' : undefined;
    if (options.view === 'density') {
      const heat = (id, layer, weight) => this.map.addLayer({id, type: 'heatmap', source: 'events',
        'source-layer': layer, paint: {'heatmap-weight': weight, 'heatmap-intensity': ['interpolate', ['linear'],
          ['zoom'], 3, 0.15, 9, 1], 'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 3, 10, 9, 24],
        'heatmap-opacity': 0.8, 'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0,
          'rgba(255,255,204,0)', 0.2, 'rgba(254,217,118,0.7)', 0.45, 'rgba(253,141,60,0.8)', 0.7, '#e31a1c', 1,
          '#800026']}}, before);
      heat('events-heat-clusters', 'event-clusters', ['get', 'count']);
      heat('events-heat', 'events', 1);
    } else {
      this.map.addLayer({id: 'event-clusters', type: 'circle', source: 'events', 'source-layer': 'event-clusters',
        paint: {'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 6, 10, 15, 40, 30],
          'circle-color': colourOf, 'circle-opacity': 0.72, 'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.2}}, before);
      this.map.addLayer({id: 'events-points', type: 'circle', source: 'events', 'source-layer': 'events',
        paint: {'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3.2, 10, 6], 'circle-color': colourOf,
          'circle-opacity': 0.9, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1}}, before);
    }
    this.loading = key;
  }

  url() {
    const w = eventWindow(state.date, options.window);
    const q = new URLSearchParams();
    if (options.type) q.set('type', options.type);
    if (options.side) q.set('side', options.side);
    if (state.asOf) q.set('as_of', state.asOf);
    const query = q.toString();
    return `${location.origin}/tiles/events/${w.from}/${w.to}/{z}/{x}/{y}.mvt${query ? '?' + query : ''}`;
  }

  /** Once the map is idle: the types seen (for the filter), the cluster counts, and the page's signal. */
  idle() {
    if (!options.on || !this.map.getSource('events')) return;
    const found = ['event-clusters', 'events'].flatMap(layer => this.map.querySourceFeatures('events',
      {sourceLayer: layer}));
    let added = false;
    for (const f of found) {
      if (f.properties.type && !this.types.has(f.properties.type)) {
        this.types.add(f.properties.type);
        added = true;
      }
    }
    if (added) this.onTypes?.([...this.types].sort());
    this.drawCounts();
    if (this.loading === this.shownKey && this.map.isSourceLoaded('events')) {
      const w = eventWindow(state.date, options.window);
      document.body.dataset.eventsShown = [w.from, w.to, options.type, options.side, options.view].join('|');
    }
  }

  /** The number of events on each cluster in view, as page text (the map has no glyphs). */
  drawCounts() {
    this.counts.classList.remove('moving');
    this.counts.replaceChildren();
    if (options.view !== 'points' || !this.map.getLayer('event-clusters')) return;
    const seen = new Set();
    const clusters = this.map.queryRenderedFeatures({layers: ['event-clusters']})
      .sort((a, b) => b.properties.count - a.properties.count);
    for (const f of clusters.slice(0, MAX_COUNTS)) {
      const [lon, lat] = f.geometry.coordinates;
      const where = `${lon.toFixed(4)},${lat.toFixed(4)}`;
      if (seen.has(where)) continue;
      seen.add(where);
      const p = this.map.project([lon, lat]);
      const label = document.createElement('span');
      label.className = 'event-count';
      label.textContent = number(f.properties.count);
      label.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
      this.counts.appendChild(label);
    }
  }

  /** A click on the map: an event opens its pop-up, a cluster zooms in; true when the click was theirs. */
  click(e) {
    if (!options.on || options.view !== 'points') return false;
    const box = [[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]];
    const event = this.map.queryRenderedFeatures(box, {layers: ['events-points']})[0];
    if (event) {
      this.control.popup(event.geometry.coordinates, popup(event.properties));
      return true;
    }
    const cluster = this.map.queryRenderedFeatures(box, {layers: ['event-clusters']})[0];
    if (cluster) {
      this.map.easeTo({center: cluster.geometry.coordinates, zoom: Math.min(this.map.getZoom() + 2, 9)});
      return true;
    }
    return false;
  }

  /** Where the single event nearest the map's centre is drawn, in the map's pixels (for tests and tours). */
  firstEventAt() {
    const {width, height} = this.map.getCanvas().getBoundingClientRect();
    let best = null;
    for (const f of this.map.queryRenderedFeatures({layers: ['events-points']})) {
      const p = this.map.project(f.geometry.coordinates);
      const d = Math.hypot(p.x - width / 2, p.y - height / 2);
      if (!best || d < best.d) best = {x: p.x, y: p.y, id: f.properties.id, d};
    }
    return best;
  }

  /** The legend line: what the layer shows, and how year-precise events count. */
  showLegend() {
    const box = document.getElementById('events-legend');
    if (!box) return;
    if (!options.on) { box.innerHTML = ''; return; }
    const w = eventWindow(state.date, options.window);
    const what = options.window === 'year' ? t('eventsShownYear', {year: w.from.slice(0, 4)})
      : t('eventsShown', {from: longDate(w.from), to: longDate(w.to)});
    const filters = [options.type ? t('eventsOfType', {type: options.type}) : '',
      options.side ? t('eventsWithSide', {side: actorName(options.side)}) : ''].filter(Boolean).join(t('comma'));
    const types = [...this.types].sort().map(type => `<li>${swatch(TYPE_COLOURS[type] || OTHER)}${esc(type)}</li>`);
    box.innerHTML = `<p>${esc(what)}${filters ? ` (${esc(filters)})` : ''}. ${esc(options.view === 'density'
      ? t('eventsDensityNote') : t('eventsClusterNote'))} ${esc(t('eventsYearNote'))}</p>${types.length ? `<ul>${
      types.join('')}</ul>` : ''}`;
  }
}

/** An event's pop-up: what, when, who, how many died, where, whose ground it was on, and its source and credit. */
export function popup(p) {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? longDate(p.date) : p.date;
  const lines = [`<strong>${esc(p.type)}</strong>${p.sub_type ? ` · ${esc(p.sub_type)}` : ''} · ${esc(date)}`];
  if (p.sides) lines.push(esc(p.sides));
  if (p.fatalities !== undefined) lines.push(esc(t('eventsDeaths', {n: number(p.fatalities)})));
  if (p.incidents) lines.push(esc(t('eventsIncidents', {n: number(p.incidents)})));
  const where = [p.location, p.country].filter(Boolean).join(', ');
  lines.push(`${esc(where)} <span class="muted">(${esc(t('eventsPrecision', {precision: p.precision}))})</span>`);
  lines.push(`<span class="event-ground" data-ground="${esc(p.ground)}">${esc(ground(p))}</span>`);
  const source = /^https?:\/\//i.test(p.source || '') ? sourceLink(p.source) : esc(p.source);
  lines.push(`<span class="small">${esc(t('source'))}: ${source}</span>`);
  lines.push(`<span class="small muted event-credit">${esc(t('eventsData'))}: ${esc(CREDITS[p.dataset] || p.dataset)}</span>`);
  return `<div class="event-popup" data-event="${esc(p.id)}">${lines.join('<br>')}</div>`;
}

/** Whose ground the event was on, in words. */
function ground(p) {
  switch (p.ground) {
    case 'held': {
      const holder = actorName(p.ground_holder);
      if (p.ground_status === 'contested') return t('eventsGroundContested', {holder, other: actorName(p.ground_other)});
      if (p.ground_status === 'besieged') return t('eventsGroundBesieged', {holder, other: actorName(p.ground_other)});
      return t('eventsGroundHeld', {holder});
    }
    case 'changed':
      return t('eventsGroundChanged', {holders: (p.ground_holders || '').split(',').map(h => h === '-'
        ? t('none') : actorName(h)).join(' → ')});
    case 'unheld':
      return t(p.ground_outside ? 'eventsGroundOutside' : 'eventsGroundNobody');
    default:
      return t('eventsGroundImprecise');
  }
}

/** Wires the layer's controls (toggle, view, window, type, side) to the layer. */
export function setUpEvents(layer) {
  const on = document.getElementById('events-on');
  const more = document.getElementById('events-options');
  const view = document.getElementById('events-view');
  const win = document.getElementById('events-window');
  const type = document.getElementById('events-type');
  const side = document.getElementById('events-side');
  const redraw = () => layer.show().catch(e => console.error(e));
  on.addEventListener('change', () => { options.on = on.checked; more.hidden = !on.checked; redraw(); });
  view.addEventListener('change', () => { options.view = view.value; redraw(); });
  win.addEventListener('change', () => { options.window = win.value; redraw(); });
  type.addEventListener('change', () => { options.type = type.value; redraw(); });
  side.addEventListener('change', () => { options.side = side.value; redraw(); });
  layer.onTypes = types => {
    for (const value of types) {
      if (![...type.options].some(o => o.value === value)) type.add(new Option(value, value));
    }
    layer.showLegend();
  };
  sides(side);
}

/** The side filter's choices: every known actor, in the interface's language. */
export function sides(select = document.getElementById('events-side')) {
  const chosen = select.value;
  [...select.options].filter(o => o.value).forEach(o => o.remove());
  for (const a of state.actors) select.add(new Option(a.label || a.id, a.id));
  select.value = chosen;
}
