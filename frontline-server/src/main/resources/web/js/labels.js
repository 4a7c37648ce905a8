// Place and country labels drawn as page text over the map: the browser shapes every script (Arabic too), and no
// glyph server is needed. Names come in the chosen language (name_<lang>, else the name). Where labels would overlap,
// the cities a map always labels win, then the biggest places. A place's label sits beside its dot on the side its
// script starts from: Arabic to the left, Latin to the right.
import {lang} from './i18n.js';

const MAX_LABELS = 60;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const ARABIC_FONTS = '"Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", ';
const measure = document.createElement('canvas').getContext('2d');

export class Labels {
  /** Labels for {@code map}, drawn once {@code painted()} says the map shows its picture. */
  constructor(map, painted = () => true) {
    this.map = map;
    this.painted = painted;
    this.box = document.createElement('div');
    this.box.className = 'labels';
    map.getContainer().appendChild(this.box);
    map.on('moveend', () => this.draw());
    map.on('idle', () => this.draw());
    map.on('move', () => this.box.classList.add('moving'));
  }

  draw() {
    if (!this.painted()) return;
    this.box.classList.remove('moving');
    const layers = ['country-labels', 'settlements', 'places'].filter(id => this.map.getLayer(id));
    const seen = new Set();
    const candidates = [];
    for (const f of this.map.queryRenderedFeatures({layers})) {
      const country = f.layer.id === 'country-labels';
      const text = labelOf(f.properties, country);
      const key = `${country ? 'c' : 'p'}:${text}`;
      if (!text || seen.has(key)) continue;
      seen.add(key);
      candidates.push({text, country, rank: rankOf(f.properties, country), point: this.map.project(f.geometry.coordinates)});
    }
    candidates.sort((a, b) => b.rank - a.rank);
    this.box.replaceChildren(...place(candidates, this.map.getContainer()));
  }
}

/** A feature's name in the chosen language: name_<lang> (tiles), label (the settlements of a date), else name. */
function labelOf(properties, country) {
  const own = properties[`name_${lang()}`];
  return own || (country ? properties.name : properties.label || properties.name);
}

/** The width a label takes, measured in the font the page draws it with (app.css: .label). */
/** Countries first (the biggest first), then the cities maps always label (label_rank 1 first), then by population. */
function rankOf(properties, country) {
  if (country) return 1e12 + (properties.area_km2 || 0);
  const curated = properties.label_rank ? 1e11 - properties.label_rank * 1e9 : 0;
  return curated + (properties.population || 0);
}

function textWidth(text, country, rtl) {
  const family = `${rtl ? ARABIC_FONTS : ''}system-ui, sans-serif`;
  measure.font = country ? `600 13px ${family}` : `12px ${family}`;
  const width = measure.measureText(country ? text.toUpperCase() : text).width;
  return width * (country ? 1.12 : 1) + 6;
}

function place(candidates, container) {
  const taken = [];
  const out = [];
  const width = container.clientWidth;
  const height = container.clientHeight;
  for (const c of candidates) {
    if (out.length >= MAX_LABELS) break;
    const rtl = RIGHT_TO_LEFT.test(c.text);
    const w = textWidth(c.text, c.country, rtl);
    const h = c.country ? 18 : 16;
    const x = c.country ? c.point.x - w / 2 : rtl ? c.point.x - 6 - w : c.point.x + 6;
    const box = {x, y: c.point.y - h / 2, w, h};
    if (box.x < 0 || box.y < 0 || box.x + w > width || box.y + h > height) continue;
    if (taken.some(t => box.x < t.x + t.w && t.x < box.x + box.w && box.y < t.y + t.h && t.y < box.y + box.h)) continue;
    taken.push(box);
    out.push(label(c, box, rtl));
  }
  return out;
}

function label(c, box, rtl) {
  const e = document.createElement('span');
  e.className = `label${c.country ? ' country' : ''}${rtl ? ' rtl' : ''}`;
  if (rtl) e.lang = lang();
  e.dir = rtl ? 'rtl' : 'ltr';
  e.textContent = c.text;
  e.style.width = `${Math.ceil(box.w)}px`;
  e.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
  return e;
}
