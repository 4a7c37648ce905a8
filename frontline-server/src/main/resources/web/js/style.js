// The map's style: Frontline's own basemap tiles, the control areas and settlements of a date (GeoJSON), and a
// drawing layer for new areas. Text labels are drawn by labels.js in the page (any script, no glyph server needed).
const EMPTY = {type: 'FeatureCollection', features: []};
const SEA = '#d5e5f0';

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
      {id: 'land', type: 'fill', source: 'basemap', 'source-layer': 'land', paint: {'fill-color': '#f4f1ea'}},
      {id: 'lakes', type: 'fill', source: 'basemap', 'source-layer': 'lakes', paint: {'fill-color': SEA}},
      {id: 'rivers', type: 'line', source: 'basemap', 'source-layer': 'rivers',
        paint: {'line-color': '#92b8d6', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 2]}},
      {id: 'control-fill', type: 'fill', source: 'control', filter: ['==', ['get', 'status'], 'controls'],
        paint: {'fill-color': ['get', 'colour'], 'fill-opacity': 0.42}},
      {id: 'control-hatch', type: 'fill', source: 'control', filter: ['!=', ['get', 'status'], 'controls'],
        paint: {'fill-pattern': ['concat', 'hatch:', ['get', 'status'], ':', ['coalesce', ['get', 'actor'], 'none'],
          ':', ['coalesce', ['get', 'other'], 'none']]}},
      {id: 'admin1', type: 'line', source: 'basemap', 'source-layer': 'admin1', minzoom: 4,
        paint: {'line-color': '#a89f92', 'line-width': 0.6, 'line-dasharray': [3, 2]}},
      {id: 'borders', type: 'line', source: 'basemap', 'source-layer': 'countries',
        paint: {'line-color': '#6f685e', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6]}},
      {id: 'control-line', type: 'line', source: 'control',
        paint: {'line-color': ['get', 'colour'], 'line-width': 1.4, 'line-opacity': 0.85}},
      {id: 'places', type: 'circle', source: 'basemap', 'source-layer': 'places', minzoom: 5,
        paint: {'circle-radius': 2, 'circle-color': '#5f594f'}},
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
