// One control map: MapLibre GL on Frontline's basemap tiles, with the control areas and settlements of a date.
import * as maplibregl from '/vendor/maplibre/maplibre-gl.mjs';
import {get} from './api.js';
import {hatchImage} from './hatch.js';
import {Labels} from './labels.js';
import {lang} from './i18n.js';
import {mapStyle} from './style.js';
import {state} from './state.js';

const FIRST_PICTURE_WAIT_MS = 3000;

export const HOME = {center: [41.0, 34.8], zoom: 5.3};

export class ControlMap {
  constructor(container, view) {
    this.map = new maplibregl.Map({container, style: mapStyle(), attributionControl: false,
      center: view ? [view.lon, view.lat] : HOME.center, zoom: view ? view.zoom : HOME.zoom, maxZoom: 12,
      fadeDuration: 0});
    this.map.addControl(new maplibregl.NavigationControl({showCompass: false}), 'top-left');
    this.map.addControl(new maplibregl.ScaleControl({unit: 'metric'}), 'bottom-left');
    this.map.addControl(new maplibregl.AttributionControl({compact: true, customAttribution:
      'Natural Earth · GeoNames · Frontline'}));
    this.map.on('styleimagemissing', e => {
      const image = hatchImage(e.id);
      if (image && !this.map.hasImage(e.id)) this.map.addImage(e.id, image);
    });
    // The control areas go on the map as soon as its style is there, while the basemap tiles are still loading.
    this.styled = new Promise(resolve => this.map.once('style.load', resolve));
    this.labels = new Labels(this.map, () => this.paints > 0);
    this.shown = null;
    this.paints = 0;
    holdFirstPicture(this);
  }

  /** Shows the map of a date (as recorded at asOf, if given); resolves once the data is on the map. */
  async show(date, asOf) {
    const key = `${date}|${asOf}|${lang()}`;
    this.shown = key;
    const params = ControlMap.params(date, asOf);
    const [areas, settlements] = await Promise.all([get('/api/v1/control-areas', params),
      get('/api/v1/settlements', params), this.styled]);
    if (this.shown !== key) return false;
    if (!this.hatched) {
      addHatches(this.map);
      this.hatched = true;
    }
    this.map.getSource('control').setData(areas);
    this.map.getSource('settlements').setData(settlements);
    this.areas = areas;
    return true;
  }

  /** The query of a date's control areas and settlements (also what main.js asks for before the map exists). */
  static params(date, asOf) {
    return {date, as_of: asOf || undefined, lang: lang()};
  }

  onClick(handler) {
    this.map.on('click', e => {
      if (this.events?.click(e)) return;
      const hit = this.map.queryRenderedFeatures(e.point, {layers: ['settlements']})[0];
      const settlement = hit ? {...hit.properties, lon: hit.geometry.coordinates[0], lat: hit.geometry.coordinates[1]} : null;
      handler({lngLat: e.lngLat, settlement, point: e.point});
    });
    this.map.on('mouseenter', 'settlements', () => { this.map.getCanvas().style.cursor = 'pointer'; });
    this.map.on('mouseleave', 'settlements', () => { this.map.getCanvas().style.cursor = ''; });
  }

  view() {
    const c = this.map.getCenter();
    return {lon: c.lng, lat: c.lat, zoom: this.map.getZoom()};
  }

  bbox() {
    const b = this.map.getBounds();
    const clampLon = x => Math.max(-180, Math.min(180, x));
    const clampLat = y => Math.max(-85, Math.min(85, y));
    return [clampLon(b.getWest()), clampLat(b.getSouth()), clampLon(b.getEast()), clampLat(b.getNorth())]
      .map(v => v.toFixed(4)).join(',');
  }

  relabel() { this.labels.draw(); }

  /** Fits the map to its box after a change of view mode; a map whose box kept its size is left alone (cheaper). */
  resize() {
    const box = this.map.getContainer();
    const canvas = this.map.getCanvas();
    if (box.clientWidth === canvas.clientWidth && box.clientHeight === canvas.clientHeight) return;
    this.map.resize();
  }

  popup(lngLat, html) {
    this.popupShown?.remove();
    this.popupShown = new maplibregl.Popup({maxWidth: '320px'}).setLngLat(lngLat).setHTML(html).addTo(this.map);
  }
}

/**
 * Keeps a new map from painting until it has everything for its first picture (the basemap tiles in view, the date's
 * areas and settlements), or for FIRST_PICTURE_WAIT_MS at most. Drawn as each tile or source arrives, the map would
 * be painted five or six times over in its first second; in a software renderer (headless Chromium's SwiftShader)
 * those pictures nobody needs take most of a second. The map keeps loading meanwhile: only the painting waits.
 * Counts the pictures painted in control.paints; control.firstPictureBy says what ended the wait ('complete' or
 * 'timeout').
 */
function holdFirstPicture(control) {
  const painter = control.map.painter;
  const paint = painter?.render;
  if (typeof paint !== 'function') { // another MapLibre: paint as it comes, and count every frame as complete
    control.paints = 1;
    control.firstPictureBy = 'unheld';
    return;
  }
  let held = true;
  painter.render = function (...args) {
    if (held) return undefined;
    control.paints++;
    return paint.apply(this, args);
  };
  const release = why => {
    if (!held) return;
    held = false;
    control.firstPictureBy = why;
    control.map.off('idle', whenComplete);
    control.map.triggerRepaint();
  };
  const whenComplete = () => { if (control.areas) release('complete'); };
  control.map.on('idle', whenComplete);
  setTimeout(() => release('timeout'), FIRST_PICTURE_WAIT_MS);
}

/** Adds the stale pattern of every party and the fill patterns of every pair of parties before the first data is drawn (the actors are known by then). */
function addHatches(map) {
  const ids = [...state.actors.map(a => a.id), 'none'];
  for (const id of ids) {
    if (!map.hasImage(`stale:${id}`)) map.addImage(`stale:${id}`, hatchImage(`stale:${id}`));
  }
  for (const kind of ['contested', 'besieged']) {
    for (const holder of ids) {
      for (const other of ids) {
        const name = `hatch:${kind}:${holder}:${other}`;
        if (holder !== other && !map.hasImage(name)) map.addImage(name, hatchImage(name));
      }
    }
  }
}

/** Keeps two maps looking at the same place. */
export function synchronise(a, b) {
  let busy = false;
  const follow = (from, to) => from.map.on('move', () => {
    if (busy) return;
    busy = true;
    to.map.jumpTo({center: from.map.getCenter(), zoom: from.map.getZoom(), bearing: 0, pitch: 0});
    busy = false;
  });
  follow(a, b);
  follow(b, a);
}
