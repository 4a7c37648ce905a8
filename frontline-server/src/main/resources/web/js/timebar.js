// Time: the slider over the data's range, the date field, day/week/month steps and play/pause with a speed.
import {t} from './i18n.js';
import {clamp, dayAt, dayIndex, state, step, update} from './state.js';

let timer = null;

export function setUpTimebar() {
  const slider = document.getElementById('slider');
  const field = document.getElementById('date');
  slider.min = 0;
  slider.max = dayIndex(state.last);
  field.min = state.first;
  field.max = state.last;
  slider.addEventListener('input', () => update({date: dayAt(Number(slider.value))}));
  field.addEventListener('change', () => { if (field.value) update({date: clamp(field.value)}); });
  document.querySelectorAll('#timebar [data-step]').forEach(b => b.addEventListener('click', () =>
    update({date: step(state.date, b.dataset.step)})));
  document.getElementById('play').addEventListener('click', togglePlay);
  document.addEventListener('keydown', keys);
  showDate();
}

export function showDate() {
  document.getElementById('slider').value = dayIndex(state.date);
  document.getElementById('slider').setAttribute('aria-valuetext', state.date);
  document.getElementById('date').value = state.date;
}

export function togglePlay() {
  const button = document.getElementById('play');
  if (timer) {
    clearInterval(timer);
    timer = null;
  } else {
    if (state.date >= state.last) update({date: state.first});
    timer = setInterval(() => {
      const days = Number(document.getElementById('speed').value);
      const next = step(state.date, `${days}D`);
      update({date: next});
      if (next >= state.last) togglePlay();
    }, 1000 / 4);
  }
  button.textContent = timer ? '❚❚' : '▶';
  button.setAttribute('aria-pressed', String(Boolean(timer)));
  button.title = timer ? t('playStop') : t('play');
}

/**
 * Keyboard: arrows step a day (Shift: a week), Page Up/Down a month, Home/End jump, Space plays; not where the focus
 * has keys of its own (fields, tab lists, the map, which pans with the arrows).
 */
function keys(e) {
  const target = e.target;
  const onSlider = target.id === 'slider';
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
  if (target.closest('input, textarea, select, [contenteditable], [role=slider], [role=tablist], .maplibregl-canvas')
    && !onSlider) return;
  const steps = {ArrowRight: e.shiftKey ? '7D' : '1D', ArrowLeft: e.shiftKey ? '-7D' : '-1D', PageUp: '1M',
    PageDown: '-1M'};
  if (steps[e.key]) {
    update({date: step(state.date, steps[e.key])});
    e.preventDefault();
  } else if (e.key === 'Home' || e.key === 'End') {
    update({date: e.key === 'Home' ? state.first : state.last});
    e.preventDefault();
  } else if (e.key === ' ' && !onSlider && target.tagName !== 'BUTTON') {
    togglePlay();
    e.preventDefault();
  }
}
