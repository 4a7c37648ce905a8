// A place combobox (the WAI-ARIA combobox pattern with a listbox popup): type a name in any language, the arrow
// keys move through the matches, Enter or a click picks one, Escape closes the list. The search box and the
// observation form share it.
import {get} from './api.js';
import {lang, number} from './i18n.js';
import {esc} from './util.js';

let made = 0;

/** Makes a text field and a list into a place combobox; onPick receives the chosen place as the API gives it. */
export function placeCombobox(field, list, onPick) {
  const box = {field, list, places: [], active: -1, asked: 0};
  list.id ||= `places-${++made}`;
  list.setAttribute('role', 'listbox');
  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-controls', list.id);
  field.setAttribute('autocomplete', 'off');
  close(box);
  let timer = null;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(box), 150);
  });
  field.addEventListener('keydown', e => keys(e, box, onPick));
  field.addEventListener('blur', () => close(box));
  list.addEventListener('mousedown', e => e.preventDefault());
  list.addEventListener('click', e => {
    const li = e.target.closest('li');
    if (li) pick(box, Number(li.dataset.index), onPick);
  });
}

async function search(box) {
  const q = box.field.value.trim();
  const asked = ++box.asked;
  if (q.length < 2) { close(box); return; }
  const found = await get('/api/v1/places', {q, limit: 8, lang: lang()});
  if (asked !== box.asked) return;
  box.places = found.places;
  box.list.innerHTML = box.places.map((p, i) => `<li role="option" id="${box.list.id}-${i}" data-index="${i}"
    aria-selected="false">${esc(p.label)} <span class="muted">${esc(p.label !== p.name ? p.name + ' · ' : '')}${
    esc(p.country)}${p.population ? ' · ' + number(p.population) : ''}</span></li>`).join('');
  if (box.places.length === 0) { close(box); return; }
  box.list.hidden = false;
  box.field.setAttribute('aria-expanded', 'true');
  highlight(box, 0);
}

function keys(e, box, onPick) {
  const open = !box.list.hidden;
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && open) {
    const n = box.places.length;
    highlight(box, (box.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    e.preventDefault();
  } else if (e.key === 'ArrowDown' && box.places.length && box.field.value.trim().length >= 2) {
    box.list.hidden = false;
    box.field.setAttribute('aria-expanded', 'true');
    highlight(box, 0);
    e.preventDefault();
  } else if (e.key === 'Enter' && open && box.active >= 0) {
    pick(box, box.active, onPick);
    e.preventDefault();
  } else if (e.key === 'Escape' && open) {
    close(box);
    e.preventDefault();
    e.stopPropagation();
  }
}

function highlight(box, index) {
  box.active = index;
  const items = [...box.list.children];
  items.forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  box.field.setAttribute('aria-activedescendant', items[index].id);
  items[index].scrollIntoView({block: 'nearest'});
}

function pick(box, index, onPick) {
  const place = box.places[index];
  box.field.value = place.label;
  close(box);
  onPick(place);
}

function close(box) {
  box.list.hidden = true;
  box.active = -1;
  box.field.setAttribute('aria-expanded', 'false');
  box.field.removeAttribute('aria-activedescendant');
}
