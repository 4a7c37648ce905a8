// The views: one map, two maps side by side (synchronised), or one map over the other with a swipe divider; and
// the panel's tabs.
import {ControlMap, synchronise} from './map.js';
import {clamp, state, update} from './state.js';

export function setUpLayout(app, mapClick) {
  document.querySelectorAll('#modes [data-mode]').forEach(b => b.addEventListener('click', () => update({mode: b.dataset.mode})));
  document.querySelectorAll('#tabs [data-tab]').forEach(b => b.addEventListener('click', () => update({tab: b.dataset.tab})));
  tablist(document.getElementById('tabs'), 'tab', tab => document.getElementById(`tab-${tab}`));
  tablist(document.getElementById('modes'), 'mode', () => document.getElementById('maps'));
  document.getElementById('date-b').addEventListener('change', e => { if (e.target.value) update({dateB: clamp(e.target.value)}); });
  app.ensureB = () => {
    if (app.b) return;
    document.getElementById('map-b').hidden = false;
    app.b = new ControlMap('map-b', app.a.view());
    app.b.onClick(e => mapClick(e, app.b));
    synchronise(app.a, app.b);
    app.b.show(state.dateB, state.asOf);
  };
  setUpSwipe();
}

/**
 * The keyboard of a tab list: one Tab stop (the selected tab); the arrow keys, Home and End select and focus another.
 * Each tab names the panel it controls; a panel of its own is labelled by its tab.
 */
function tablist(list, key, panelOf) {
  const tabs = [...list.querySelectorAll(`[data-${key}]`)];
  tabs.forEach(b => {
    b.id ||= `${key}-button-${b.dataset[key]}`;
    const panel = panelOf(b.dataset[key]);
    b.setAttribute('aria-controls', panel.id);
    if (key === 'tab') panel.setAttribute('aria-labelledby', b.id);
  });
  list.addEventListener('keydown', e => {
    const at = tabs.findIndex(b => b.dataset[key] === state[key]);
    const to = {ArrowRight: at + 1, ArrowLeft: at - 1 + tabs.length, Home: 0, End: tabs.length - 1}[e.key];
    if (to === undefined) return;
    const next = tabs[to % tabs.length];
    update({[key]: next.dataset[key]});
    next.focus();
    e.preventDefault();
  });
}

/** Marks the selected tab of a tab list; only it is a Tab stop. */
export function selectTab(list, key, value) {
  list.querySelectorAll(`[data-${key}]`).forEach(b => {
    b.setAttribute('aria-selected', String(b.dataset[key] === value));
    b.tabIndex = b.dataset[key] === value ? 0 : -1;
  });
}

export function showMode(app, mode) {
  const maps = document.getElementById('maps');
  maps.classList.toggle('compare', mode === 'compare');
  maps.classList.toggle('swiping', mode === 'swipe');
  selectTab(document.getElementById('modes'), 'mode', mode);
  if (mode !== 'map') app.ensureB();
  document.getElementById('map-b').hidden = mode === 'map';
  document.getElementById('swipe').hidden = mode !== 'swipe';
  document.getElementById('compare-to').hidden = mode === 'map';
  clip(mode === 'swipe' ? swipeAt : null);
  requestAnimationFrame(() => [app.a, app.b].filter(Boolean).forEach(m => m.resize()));
}

let swipeAt = 50;

function clip(percent) {
  const b = document.getElementById('map-b');
  b.style.clipPath = percent === null ? '' : `inset(0 0 0 ${percent}%)`;
  const grip = document.querySelector('#swipe .grip');
  document.getElementById('swipe').style.left = `${percent ?? 50}%`;
  grip.setAttribute('aria-valuenow', String(Math.round(percent ?? 50)));
}

function setUpSwipe() {
  const grip = document.querySelector('#swipe .grip');
  const maps = document.getElementById('maps');
  const move = e => {
    const r = maps.getBoundingClientRect();
    swipeAt = Math.max(0, Math.min(100, (e.clientX - r.left) / r.width * 100));
    clip(swipeAt);
  };
  grip.addEventListener('pointerdown', e => {
    grip.setPointerCapture(e.pointerId);
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', () => grip.removeEventListener('pointermove', move), {once: true});
  });
  grip.addEventListener('keydown', e => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      swipeAt = Math.max(0, Math.min(100, swipeAt + (e.key === 'ArrowRight' ? 5 : -5)));
      clip(swipeAt);
      e.preventDefault();
    }
  });
}
