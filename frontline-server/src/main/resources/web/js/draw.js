// Drawing an area on the map for an observation. A click adds a corner; a double-click, Enter or "Finish" closes the
// area; Backspace or "Undo" takes the last corner back; Escape cancels. The corners and the outline show as it grows.
import {t} from './i18n.js';
import {EMPTY} from './style.js';

export const drawing = {active: false, points: [], area: null};
let maps = [];
let report = () => {};
const watched = new WeakSet();

/** The maps to draw on, and what to call when the drawing changes (with a status text, and the area once closed). */
export function setUpDrawing(targets, onChange) {
  maps = targets;
  report = onChange;
  maps.forEach(watch);
}

export function startDrawing() {
  Object.assign(drawing, {active: true, points: [], area: null});
  maps.forEach(m => { m.map.getCanvas().style.cursor = 'crosshair'; });
  show([]);
  report(t('clickMapArea'));
}

export function addPoint(lngLat) {
  drawing.points.push([Number(lngLat.lng.toFixed(5)), Number(lngLat.lat.toFixed(5))]);
  redraw();
}

export function undoPoint() {
  drawing.points.pop();
  redraw();
}

/** Closes the area: three corners at least, else drawing goes on. */
export function finishDrawing() {
  if (drawing.points.length < 3) {
    report(t('needThree'));
    return;
  }
  stop();
  setArea({type: 'Polygon', coordinates: [[...drawing.points, drawing.points[0]]]});
}

/** Shows an area (drawn or uploaded) as the observation's. */
export function setArea(geometry) {
  drawing.area = geometry;
  show([{type: 'Feature', geometry, properties: {}}]);
  report(t('areaSelected', {n: corners(geometry)}), geometry);
}

export function clearDrawing() {
  stop();
  Object.assign(drawing, {points: [], area: null});
  show([]);
  report('');
}

/** Marks a place picked for the observation (it replaces an area) and brings it into view. */
export function markPlace(place) {
  clearDrawing();
  show([{type: 'Feature', geometry: {type: 'Point', coordinates: [place.lon, place.lat]}, properties: {kind: 'place'}}]);
  const map = maps[0]?.map;
  map?.easeTo({center: [place.lon, place.lat], zoom: Math.max(map.getZoom(), 7)});
}

function stop() {
  drawing.active = false;
  maps.forEach(m => { m.map.getCanvas().style.cursor = ''; });
}

function redraw() {
  const p = drawing.points;
  const features = p.map(c => ({type: 'Feature', geometry: {type: 'Point', coordinates: c}, properties: {}}));
  if (p.length === 2) features.push({type: 'Feature', geometry: {type: 'LineString', coordinates: p}, properties: {}});
  if (p.length >= 3) features.push({type: 'Feature', geometry: {type: 'Polygon', coordinates: [[...p, p[0]]]}, properties: {}});
  show(features);
  report(p.length ? t('drawingCorners', {n: p.length}) : t('clickMapArea'));
}

function show(features) {
  maps.forEach(m => m.map.getSource('draft')?.setData(features.length ? {type: 'FeatureCollection', features} : EMPTY));
}

function corners(geometry) {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat(1);
  return rings.reduce((n, ring) => n + ring.length - 1, 0);
}

/** A double-click closes the area instead of zooming; its second click added a corner twice, so one goes. */
function watch(view) {
  if (watched.has(view)) return;
  watched.add(view);
  view.map.on('dblclick', e => {
    if (!drawing.active) return;
    e.preventDefault();
    const [a, b] = drawing.points.slice(-2).map(c => view.map.project(c));
    if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < 6) drawing.points.pop();
    finishDrawing();
  });
}

document.addEventListener('keydown', e => {
  if (!drawing.active || e.target.closest('input, textarea, select, [contenteditable]')) return;
  const act = {Enter: finishDrawing, Escape: clearDrawing, Backspace: undoPoint}[e.key];
  if (!act && !(e.key === 'z' && (e.ctrlKey || e.metaKey))) return;
  (act || undoPoint)();
  e.preventDefault();
  e.stopPropagation();
}, true);
