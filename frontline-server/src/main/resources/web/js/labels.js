// Place and country labels drawn as page text over the map: the browser shapes every script (Arabic too), and no
// glyph server is needed. The biggest places win where labels would overlap.
import {lang} from './i18n.js';

const MAX_LABELS = 60;

export class Labels {
  constructor(map) {
    this.map = map;
    this.box = document.createElement('div');
    this.box.className = 'labels';
    map.getContainer().appendChild(this.box);
    map.on('moveend', () => this.draw());
    map.on('idle', () => this.draw());
    map.on('move', () => this.box.classList.add('moving'));
  }

  draw() {
    this.box.classList.remove('moving');
    const layers = ['country-labels', 'settlements', 'places'].filter(id => this.map.getLayer(id));
    const found = this.map.queryRenderedFeatures({layers});
    const seen = new Set();
    const candidates = [];
    for (const f of found) {
      const country = f.layer.id === 'country-labels';
      const text = country ? (f.properties[`name_${lang()}`] || f.properties.name) : (f.properties.label || f.properties.name);
      const key = `${f.layer.id === 'country-labels' ? 'c' : 'p'}:${text}`;
      if (!text || seen.has(key)) continue;
      seen.add(key);
      const rank = country ? 1e12 + (f.properties.area_km2 || 0) : (f.properties.population || 0);
      candidates.push({text, country, rank, point: this.map.project(f.geometry.coordinates)});
    }
    candidates.sort((a, b) => b.rank - a.rank);
    this.box.replaceChildren(...place(candidates, this.map.getContainer()));
  }
}

function place(candidates, container) {
  const taken = [];
  const out = [];
  const width = container.clientWidth;
  const height = container.clientHeight;
  for (const c of candidates) {
    if (out.length >= MAX_LABELS) break;
    const w = c.text.length * (c.country ? 8 : 6.6) + 8;
    const h = c.country ? 16 : 14;
    const box = c.country ? {x: c.point.x - w / 2, y: c.point.y - h / 2, w, h} : {x: c.point.x + 5, y: c.point.y - h / 2, w, h};
    if (box.x < 0 || box.y < 0 || box.x + w > width || box.y + h > height) continue;
    if (taken.some(t => box.x < t.x + t.w && t.x < box.x + box.w && box.y < t.y + t.h && t.y < box.y + box.h)) continue;
    taken.push(box);
    const e = document.createElement('span');
    e.className = c.country ? 'label country' : 'label';
    e.textContent = c.text;
    e.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
    out.push(e);
  }
  return out;
}
