// The map's style: Frontline's own basemap tiles, the control areas and settlements of a date (GeoJSON), and a
// drawing layer for new areas. Text labels are drawn by labels.js in the page (any script, no glyph server needed).
const EMPTY = {type: 'FeatureCollection', features: []};
const SEA = '#d5e5f0';
// A colour that reads a feature property no feature has: the layer then shares its shader variant with the layers
// whose colour does come from the features (control areas, settlements), so that a software renderer (headless
// Chromium's SwiftShader) compiles fewer shader pipelines before the first full picture; for the same reason the
// fills are not antialiased (the lines over them draw the edges) and province borders are thin solid lines.
const same = colour => ['coalesce', ['get', 'fill'], colour];
export const OBSERVED_OPACITY = 0.9;
export const STALE_OPACITY = 0.3;
export const INFERRED_OPACITY = 0.45;

export function mapStyle() {
  const tiles = `${location.origin}/tiles/basemap/{z}/{x}/{y}.mvt`;
  return {
    version: 8,
    sources: {
      basemap: {type: 'vector', tiles: [tiles], minzoom: 0, maxzoom: 12},
      control: {type: 'geojson', data: EMPTY},
      settlements: {type: 'geojson', data: EMPTY},
      draft: {type: 'geojson', data: EMPTY},
    },
    layers: [
      {id: 'sea', type: 'background', paint: {'background-color': SEA}},
      {id: 'land', type: 'fill', source: 'basemap', 'source-layer': 'land',
        paint: {'fill-color': same('#f4f1ea'), 'fill-antialias': false}},
      {id: 'lakes', type: 'fill', source: 'basemap', 'source-layer': 'lakes',
        paint: {'fill-color': same(SEA), 'fill-antialias': false}},
      {id: 'rivers', type: 'line', source: 'basemap', 'source-layer': 'rivers',
        paint: {'line-color': same('#92b8d6'), 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 2]}},
      // Observed ground is filled nearly opaque, so Islamic State's black reads as black, not grey; ground that rests
      // on reports over a year old is faded under thin lines in the holder's colour; inferred ground is lighter.
      {id: 'control-fill', type: 'fill', source: 'control', filter: ['==', ['get', 'status'], 'controls'],
        paint: {'fill-color': ['get', 'colour'], 'fill-opacity': ['match', ['get', 'basis'], 'stale', STALE_OPACITY,
          'inferred', INFERRED_OPACITY, OBSERVED_OPACITY], 'fill-antialias': false}},
      {id: 'control-stale', type: 'fill', source: 'control',
        filter: ['all', ['==', ['get', 'status'], 'controls'], ['==', ['get', 'basis'], 'stale']],
        paint: {'fill-pattern': ['concat', 'stale:', ['coalesce', ['get', 'actor'], 'none']], 'fill-antialias': false}},
      {id: 'control-hatch', type: 'fill', source: 'control', filter: ['!=', ['get', 'status'], 'controls'],
        paint: {'fill-pattern': ['concat', 'hatch:', ['get', 'status'], ':', ['coalesce', ['get', 'actor'], 'none'],
          ':', ['coalesce', ['get', 'other'], 'none']], 'fill-antialias': false,
        // contested or besieged ground on an old report or inferred is paler, as the print maps draw it
        'fill-opacity': ['match', ['get', 'basis'], 'stale', 0.45, 'inferred', 0.55, 1]}},
      {id: 'admin1', type: 'line', source: 'basemap', 'source-layer': 'admin1', minzoom: 4,
        paint: {'line-color': same('#a89f92'), 'line-width': 0.6}},
      {id: 'borders', type: 'line', source: 'basemap', 'source-layer': 'countries',
        paint: {'line-color': same('#6f685e'), 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6]}},
      {id: 'control-line', type: 'line', source: 'control',
        paint: {'line-color': ['get', 'colour'], 'line-width': 1.4,
          'line-opacity': ['match', ['get', 'basis'], 'observed', 0.85, 0.5]}},
      {id: 'places', type: 'circle', source: 'basemap', 'source-layer': 'places', minzoom: 5,
        paint: {'circle-radius': ['coalesce', ['get', 'radius'], 2], 'circle-color': same('#5f594f'),
          'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0}},
      {id: 'country-labels', type: 'circle', source: 'basemap', 'source-layer': 'country_labels',
        paint: {'circle-radius': 1, 'circle-opacity': 0}},
      {id: 'settlements', type: 'circle', source: 'settlements',
        paint: {'circle-radius': ['interpolate', ['linear'], ['get', 'population'], 0, 3, 100000, 5, 1000000, 8],
          'circle-color': ['get', 'colour'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.3}},
      {id: 'draft-fill', type: 'fill', source: 'draft', paint: {'fill-color': '#cc79a7', 'fill-opacity': 0.25}},
      {id: 'draft-line', type: 'line', source: 'draft', filter: ['!=', ['geometry-type'], 'Point'],
        paint: {'line-color': '#a0457a', 'line-width': 2.2}},
      {id: 'draft-points', type: 'circle', source: 'draft', filter: ['==', ['geometry-type'], 'Point'],
        paint: {'circle-radius': ['case', ['==', ['get', 'kind'], 'place'], 9, 4.5],
          'circle-color': ['case', ['==', ['get', 'kind'], 'place'], 'rgba(204,121,167,0.25)', '#ffffff'],
          'circle-stroke-color': '#a0457a', 'circle-stroke-width': 2}},
    ],
  };
}

export {EMPTY};
