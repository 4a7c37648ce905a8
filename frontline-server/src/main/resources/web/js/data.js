// Import a file and read its report; export the current view as a picture, or the data of the date.
import {needsToken, Problem, setToken, upload} from './api.js';
import {lang, longDate, number, reworded, t} from './i18n.js';
import {state} from './state.js';
import {esc, toast} from './util.js';

const PICTURES = ['png', 'svg'];
const DATA = ['geojson', 'gpkg', 'kml', 'csv'];
const NAMES = {geojson: 'GeoJSON', gpkg: 'GeoPackage'};

export function showData(box, view, onImported) {
  const link = f => `<a class="button" download data-format="${f}">${NAMES[f] || f.toUpperCase()}</a>`;
  box.innerHTML = `<h2>${esc(t('importFile'))}</h2><p class="muted small">${esc(t('importHelp'))}</p>
    <form id="import-form">
      ${needsToken() ? `<label>${esc(t('token'))} <input name="token" type="password"></label>` : ''}
      <input type="file" name="file" id="import-file" accept=".geojson,.json,.kml,.kmz,.csv" required>
      <label><input type="checkbox" name="accept_valid"> ${esc(t('acceptValid'))}</label>
      <label><input type="checkbox" name="dry_run"> ${esc(t('dryRun'))}</label>
      <button type="submit" class="primary">${esc(t('importButton'))}</button>
    </form>
    <div id="import-report" aria-live="polite"></div>
    <h2>${esc(t('export'))}</h2>
    <p id="export-map">${esc(t('exportMap'))}: ${PICTURES.map(link).join(' ')}</p>
    <p id="export-data"><span></span>: ${DATA.map(link).join(' ')}</p>`;
  box.querySelector('#import-form').addEventListener('submit', e => {
    e.preventDefault();
    run(e.target, box.querySelector('#import-report'), onImported);
  });
  showExports(box, view);
}

/** Points the export links at the date, the "as recorded" date and (for pictures) the map's current view. */
export function showExports(box, view) {
  const q = extra => new URLSearchParams({date: state.date, ...(state.asOf ? {as_of: state.asOf} : {}), ...extra});
  box.querySelectorAll('#export-map [data-format]').forEach(a => {
    a.href = `/api/v1/exports?${q({format: a.dataset.format, bbox: view.bbox(), lang: lang()})}`;
  });
  box.querySelectorAll('#export-data [data-format]').forEach(a => {
    a.href = `/api/v1/exports?${q({format: a.dataset.format})}`;
  });
  box.querySelector('#export-data span').textContent = t('exportData', {date: longDate(state.date)});
}

async function run(form, out, onImported) {
  const file = form.elements.file.files[0];
  if (!file) return;
  if (form.elements.token?.value) setToken(form.elements.token.value);
  try {
    const report = await upload('/api/v1/imports', file, {filename: file.name,
      accept_valid: form.elements.accept_valid.checked, dry_run: form.elements.dry_run.checked});
    out.innerHTML = render(report, false);
    if (report.recorded > 0) onImported();
    toast(summary(report));
  } catch (e) {
    if (!(e instanceof Problem)) throw e;
    out.innerHTML = e.problem.report ? render(e.problem.report, true, e.problem.detail)
      : `<p class="error">${esc(e.problem.detail)}</p>`;
  }
}

/**
 * An import's report. The counts and what happened are worded in the interface's language (English keeps the
 * server's wording); each finding keeps its code and the server's message, which quotes the record's values.
 */
function render(report, rejected, detail) {
  const outcome = detail ? reworded(detail.replace(report.summary + '; ', ''), 'importRejected') : '';
  return `<div class="report ${rejected ? 'rejected' : 'accepted'}">
    <p><strong>${esc(summary(report))}</strong>${outcome ? `<br>${esc(outcome)}` : ''}</p>
    ${report.findings.length ? `<table><tbody>${report.findings.map(f => `<tr class="${esc(f.severity)}"><td class="where">${esc(where(f.location))}</td>
      <td><code>${esc(f.code)}</code> ${esc(t(`severity_${f.severity}`))}<br>${esc(f.message)}</td></tr>`).join('')}</tbody></table>` : ''}
  </div>`;
}

/** A finding's location ("line 3", "feature 2", "placemark 1") in the interface's language. */
function where(location) {
  return (location || '').replace(/^(line|feature|placemark) (?=\d)/, (m, word) => `${t(`where_${word}`)} `);
}

function summary(report) {
  return reworded(report.summary, 'importSummary', {records: number(report.records),
    accepted: number(report.accepted), rejected: number(report.rejected), repaired: number(report.repaired)});
}
