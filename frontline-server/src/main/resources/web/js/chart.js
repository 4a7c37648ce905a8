// Area held per actor over the data's range, drawn as SVG, each line over a band of its low-high range; a cursor
// follows the date; a click sets the date.
import {get} from './api.js';
import {number, t} from './i18n.js';
import {actor, dayAt, dayIndex, state, update} from './state.js';

const NS = 'http://www.w3.org/2000/svg';
const PAD = {left: 64, right: 12, top: 22, bottom: 22};
let series = [];
let box = null;

/** Sets the chart up once: loads the series, redraws on resize, and sets the date on a click. */
export async function loadChart(container) {
  box = container;
  await reloadChart();
  new ResizeObserver(() => draw()).observe(container);
  container.addEventListener('click', e => {
    const svg = container.querySelector('svg');
    if (!svg) return;
    const x = e.clientX - svg.getBoundingClientRect().left;
    const width = svg.clientWidth - PAD.left - PAD.right;
    const i = Math.round((x - PAD.left) / width * dayIndex(state.last));
    update({date: dayAt(Math.max(0, Math.min(dayIndex(state.last), i)))});
  });
}

/** Fetches the series again (after a write, or for another "as recorded" date) and redraws. */
export async function reloadChart() {
  const step = Math.max(1, Math.ceil(dayIndex(state.last) / 260));
  const all = await Promise.all(state.actors.map(a => get('/api/v1/series', {actor: a.id, step,
    as_of: state.asOf || undefined}).then(s => ({actor: a.id, points: s.points}))));
  series = all.filter(s => s.points.some(p => p.area_km2 > 0));
  draw();
}

function el(name, attrs, parent) {
  const e = document.createElementNS(NS, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  parent?.appendChild(e);
  return e;
}

export function draw() {
  if (!box) return;
  if (series.length === 0) {
    box.replaceChildren();
    return;
  }
  const w = box.clientWidth;
  const h = box.clientHeight;
  const days = dayIndex(state.last);
  const max = Math.max(...series.flatMap(s => s.points.map(p => Math.max(p.area_km2, p.area_high_km2 ?? 0))));
  const x = iso => PAD.left + dayIndex(iso) / days * (w - PAD.left - PAD.right);
  const y = v => h - PAD.bottom - v / max * (h - PAD.top - PAD.bottom);
  const svg = el('svg', {width: w, height: h, role: 'img', 'aria-label': `${t('chart')}. ${t('chartHint')}`});
  for (const v of [0, max / 2, max]) {
    el('line', {x1: PAD.left, x2: w - PAD.right, y1: y(v), y2: y(v), class: 'grid'}, svg);
    el('text', {x: PAD.left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end'}, svg).textContent =
      `${number(Math.round(v / 1000))}k ${t('km2')}`;
  }
  const startYear = Number(state.first.slice(0, 4));
  for (let year = startYear + 1; year <= Number(state.last.slice(0, 4)); year++) {
    const at = x(`${year}-01-01`);
    el('line', {x1: at, x2: at, y1: PAD.top, y2: h - PAD.bottom, class: 'grid'}, svg);
    el('text', {x: at, y: h - 6, class: 'tick', 'text-anchor': 'middle'}, svg).textContent = String(year);
  }
  // the low-high range of each series as a band under its line (none where the figures give a single value)
  for (const s of series) {
    const ranged = s.points.filter(p => p.area_high_km2 > p.area_low_km2);
    if (ranged.length === 0) continue;
    const top = s.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.area_high_km2 ?? p.area_km2).toFixed(1)}`);
    const bottom = [...s.points].reverse().map(p => `L${x(p.date).toFixed(1)},${y(p.area_low_km2 ?? p.area_km2).toFixed(1)}`);
    el('path', {d: `${top.join('')}${bottom.join('')}Z`, class: 'band', fill: actor(s.actor)?.colour || '#999'}, svg);
  }
  for (const s of series) {
    const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.area_km2).toFixed(1)}`).join('');
    const path = el('path', {d, class: 'series', stroke: actor(s.actor)?.colour || '#999'}, svg);
    el('title', {}, path).textContent = actor(s.actor)?.label || s.actor;
  }
  // the chart runs left to right; a right-to-left mark keeps an Arabic title's closing bracket at its end
  el('text', {x: PAD.left + 6, y: 14, class: 'title'}, svg).textContent = t('chartTitle')
    + (document.documentElement.dir === 'rtl' ? '\u200F' : '');
  el('line', {x1: x(state.date), x2: x(state.date), y1: PAD.top, y2: h - PAD.bottom, class: 'cursor', id: 'chart-cursor'}, svg);
  box.replaceChildren(svg);
}

export function moveCursor() {
  const cursor = box?.querySelector('#chart-cursor');
  if (!cursor) return;
  const w = box.clientWidth;
  const at = PAD.left + dayIndex(state.date) / dayIndex(state.last) * (w - PAD.left - PAD.right);
  cursor.setAttribute('x1', at);
  cursor.setAttribute('x2', at);
}
