// The figures panel and the legend: per actor km², population, settlements, cities and a size comparison, with the
// method and the number of sources behind them.
import {get} from './api.js';
import {lang, longDate, number, t} from './i18n.js';
import {actor, state} from './state.js';
import {esc, swatch} from './util.js';

export async function showFigures(box) {
  const f = await get('/api/v1/figures', {date: state.date, as_of: state.asOf || undefined, lang: lang()});
  const shown = f.actors.filter(a => a.area_km2 > 0 || a.contested_km2 > 0 || a.settlements > 0);
  box.innerHTML = `<h2>${esc(t('figuresFor', {date: longDate(f.date)}))}</h2>
    ${shown.length === 0 ? `<p class="muted">${esc(t('noGround'))}</p>` : ''}
    <ul class="figures">${shown.map(row).join('')}</ul>
    ${method(f.method)}`;
  box.dataset.date = f.date;
  return f;
}

function row(a) {
  const name = actor(a.id)?.label || a.name;
  const comparison = a.comparison ? `<div class="comparison">≈ ${esc(comparisonText(a.comparison))}</div>` : '';
  // <bdi>: a list of Latin names keeps its order inside a right-to-left line
  const cities = a.city_names.length ? ` <span class="muted">(<bdi>${esc(a.city_names.slice(0, 4).join(t('comma')))}${
    a.city_names.length > 4 ? `${t('comma')}…` : ''}</bdi>)</span>` : '';
  return `<li data-actor="${esc(a.id)}">
    <div class="who">${swatch(a.colour)}<strong>${esc(name)}</strong></div>
    <dl>
      <dt>${esc(t('area'))}</dt><dd class="area">${number(a.area_km2)} ${t('km2')}${
        range(a.area_low_km2, a.area_high_km2)}</dd>
      ${a.inferred_km2 > 0 ? `<dt>${esc(t('inferredArea'))}</dt><dd class="inferred">${number(a.inferred_km2)} ${t('km2')}</dd>` : ''}
      ${a.contested_km2 > 0 ? `<dt>${esc(t('contested'))}</dt><dd>${number(a.contested_km2)} ${t('km2')}</dd>` : ''}
      <dt>${esc(t('population'))}</dt><dd class="population">${number(a.population)}${
        range(a.population_low, a.population_high)}</dd>
      <dt>${esc(t('settlements'))}</dt><dd>${number(a.settlements)}</dd>
      <dt>${esc(t('cities'))}</dt><dd>${number(a.cities)}${cities}</dd>
      ${shares(a.city_shares)}${grades(a.area_by_grade_km2)}
    </dl>${comparison}
    <div class="muted small">${esc(t('obsCount', {n: a.observations}))} · ${esc(t('sourcesCount', {n: a.sources}))}</div>
  </li>`;
}

/** Three significant figures, as the printed maps round their captions: 52,034 is 52,000. */
export function round3(n) {
  if (!(n > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.round(n / step) * step;
}

/** " (52,000–81,000)" after a figure whose low and high differ; nothing when they are one value. */
function range(low, high) {
  if (low === undefined || high === undefined || round3(low) === round3(high)) return '';
  return ` <span class="range muted">(${esc(t('range', {low: number(round3(low)), high: number(round3(high))}))})</span>`;
}

/** The contested cities of which the actor holds a stated share: "Mosul: 50% held". */
function shares(list) {
  if (!list?.length) return '';
  return `<dt>${esc(t('cityShares'))}</dt><dd class="shares"><bdi>${list.map(s => esc(t('cityShare',
    {city: s.name, share: number(Math.round(s.share * 100))}))).join(t('semicolon'))}</bdi></dd>`;
}

/** The share of the area that rests on each source grade, grouped by letter, ungraded last: "B 78%, C 20%". */
export function gradeShares(byGrade) {
  const letters = {};
  for (const [grade, km2] of Object.entries(byGrade || {})) {
    const letter = grade === 'implied' ? 'implied'
      : /^[A-Fa-f][1-6]?$/.test(grade) ? grade[0].toUpperCase() : 'ungraded';
    letters[letter] = (letters[letter] || 0) + km2;
  }
  const total = Object.values(letters).reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  return Object.keys(letters).filter(k => letters[k] > 0)
    .sort((a, b) => (a === 'ungraded') - (b === 'ungraded') || (a === 'implied') - (b === 'implied')
      || a.localeCompare(b))
    .map(k => ({grade: k, percent: Math.round(letters[k] / total * 100)}));
}

function grades(byGrade) {
  const list = gradeShares(byGrade);
  if (!list.length) return '';
  const label = g => g.grade === 'ungraded' ? t('ungraded') : g.grade === 'implied' ? t('implied') : g.grade;
  return `<dt>${esc(t('byGrade'))}</dt><dd class="grades">${list.map(g => `${esc(label(g))} ${number(g.percent)}%`)
    .join(t('comma'))}</dd>`;
}

/** "≈ 2.1 times Belgium; about the size of Latvia", in the interface's language, the countries named by the browser. */
function comparisonText(c) {
  if (lang() === 'en' || !c.reference_iso2) return c.text.replace(/^about /, '');
  const same = c.ratio >= 0.95 && c.ratio < 1.05;
  const key = same ? 'sizeSame' : c.ratio < 1 ? 'sizeShare' : 'sizeTimes';
  const values = {n: number(c.ratio * 100), r: number(c.ratio, c.ratio < 1 ? 2 : 1),
    country: countryName(c.reference_iso2, c.reference)};
  const closest = c.text.includes(';')
    ? `${t('semicolon')}${t('sizeClosest', {country: countryName(c.closest_iso2, c.closest)})}` : '';
  return t(key, values) + closest;
}

const regionNames = {};

function countryName(code, fallback) {
  try {
    regionNames[lang()] ??= new Intl.DisplayNames([lang()], {type: 'region'});
    return regionNames[lang()].of(code) || fallback;
  } catch {
    return fallback;
  }
}

function method(m) {
  return `<details class="method"><summary>${esc(t('method'))}: ${esc(t('obsCount', {n: m.observations_deciding}))}
    ${esc(t('deciding'))}, ${esc(t('sourcesCount', {n: m.sources}))}</summary>
    <p>${esc(t('rule'))}: ${esc(m.rule)}</p><p>${esc(t('zones'))}: ${esc(m.zone_rule)}</p>
    <p>${number(m.implied_km2)} ${t('km2')} ${esc(t('implied'))}; ${number(m.stale_km2)} ${t('km2')} ${esc(t('stale'))}.</p>
    <p class="muted">${esc(t('asRecorded'))}: ${esc(m.as_recorded === 'latest' ? t('latest') : m.as_recorded)}</p>
  </details>`;
}

/**
 * The legend: the parties on the map, and how contested and besieged ground, ground that rests on old reports or on
 * inference, and settlements are drawn.
 */
export function showLegend(box, areas) {
  const ids = [...new Set(areas.features.map(f => f.properties.actor).filter(Boolean))];
  const items = ids.map(id => `<li>${swatch(actor(id)?.colour || '#999999')}${esc(actor(id)?.label || id)}</li>`);
  const kinds = new Set(areas.features.map(f => f.properties.status));
  if (kinds.has('contested')) items.push(`<li>${swatch('#777777', 'striped')}${esc(t('legendContested'))}</li>`);
  if (kinds.has('besieged')) items.push(`<li>${swatch('#777777', 'crossed')}${esc(t('legendBesieged'))}</li>`);
  const bases = new Set(areas.features.map(f => f.properties.basis));
  if (bases.has('stale')) items.push(`<li data-basis="stale">${swatch('#333333', 'stale')}${esc(t('legendStale'))}</li>`);
  if (bases.has('inferred')) {
    items.push(`<li data-basis="inferred">${swatch('#333333', 'inferred')}${esc(t('legendInferred'))}</li>`);
  }
  items.push(`<li><span class="dot" aria-hidden="true"></span>${esc(t('legendSettlement'))}</li>`);
  const open = box.querySelector('details')?.open ?? window.innerWidth > 760;
  box.innerHTML = `<details ${open ? 'open' : ''}><summary>${esc(t('legend'))}</summary><ul>${items.join('')}</ul></details>`;
}
