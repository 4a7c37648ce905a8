// Languages: names on the map (places, countries, parties) come in five; interface texts in English and Dutch, the
// others showing English texts. The URL's lang, else the browser's language, chooses; the language buttons switch.
export const LANGUAGES = {en: 'English', nl: 'Nederlands', fr: 'Français', de: 'Deutsch', ar: 'العربية'};
const TEXTS = {
  en: {
    time: 'Time', date: 'Date', slider: 'Date slider', speed: 'Playback speed', view: 'View', language: 'Language',
    backMonth: 'Back one month', backWeek: 'Back one week', backDay: 'Back one day', forwardDay: 'Forward one day',
    forwardWeek: 'Forward one week', forwardMonth: 'Forward one month', play: 'Play / pause',
    modeMap: 'Map', modeCompare: 'Compare', modeSwipe: 'Swipe', compareWith: 'Compare with', map: 'Map',
    swipe: 'Swipe divider', chart: 'Area over time', searchPlace: 'Search a place (any language)',
    tabFigures: 'Figures', tabPlace: 'Place', tabChanges: 'Changes', tabEdit: 'Edit', tabData: 'Data',
    area: 'Area', contested: 'Contested', population: 'Population', settlements: 'Settlements', cities: 'Cities',
    km2: 'km²', sources: 'sources', observations: 'observations', method: 'Method', noGround: 'No ground held',
    figuresFor: 'Figures for {date}', asRecorded: 'As recorded on', latest: 'latest',
    asRecordedBanner: 'Showing the map as recorded on {date}', implied: 'implied (before the first observation)',
    stale: 'resting on observations over a year old', legendContested: 'contested (striped)',
    legendBesieged: 'besieged (cross-hatched)', legendSettlement: 'settlement, coloured by holder',
    historyOf: 'Control history', since: 'since', until: 'until', before: 'before', still: 'still',
    versions: 'versions', version: 'version', retracted: 'retracted', confidence: 'confidence', note: 'note',
    recordedBy: 'recorded by {who} at {when}', source: 'Source', noHistory: 'No observation covers this place yet.',
    pickPlace: 'Search a place or click a settlement on the map.', correct: 'Correct', retract: 'Retract',
    reason: 'Reason', changesFrom: 'Changes from {a} to {b}', gained: 'gained', lost: 'lost', net: 'net',
    transfers: 'Transfers', from: 'from', to: 'to', placesChanged: 'Places that changed hands', placesCoverage: 'First recorded or no longer covered (not changes of hands)', downloadCsv:
    'Download CSV', none: 'no one', contestedParty: 'contested', addObservation: 'Add an observation',
    place: 'Place', orArea: 'or draw an area on the map', drawArea: 'Draw area', finishArea: 'Finish area',
    clearArea: 'Clear', uploadArea: 'or upload a GeoJSON polygon', actor: 'Actor', status: 'Status',
    fromActor: 'Previous holder / other party', precision: 'Precision', day: 'day', month: 'month', year: 'year',
    sourceTitle: 'Source title', sourceUrl: 'Source URL', sourceCitation: 'Citation', sourceKind: 'Kind of source',
    low: 'low', medium: 'medium', high: 'high', save: 'Save observation', saved: 'Saved: the map is updated.',
    controls: 'controls', besieged: 'besieges', presence: 'present', importFile: 'Import a file',
    importHelp: 'GeoJSON, KML, KMZ or CSV (see docs/formats). All or nothing unless you accept the valid records.',
    acceptValid: 'Record the valid records even if others are rejected', dryRun: 'Check only', importButton: 'Import',
    export: 'Export', exportMap: 'This view as a picture', exportData: 'The data of {date}', token: 'Write token',
    tokenHelp: 'This server needs the write token to save.', areaSelected: 'Area drawn: {n} corners',
    nothingChanged: 'Nothing changed hands.',
    clickMapArea: 'Click on the map to add corners; double-click or Enter to finish, Escape to cancel.',
    drawingCorners: 'Corners: {n} · double-click or Enter to finish, Backspace to undo, Escape to cancel',
    needThree: 'An area needs three corners at least.', undoPoint: 'Undo corner',
    typePlace: 'Type a place name', placeHelp: 'Any language; arrow keys and Enter pick, or click a settlement on the map.',
    whoHeld: 'Who held this point', chartHint: 'Click the chart to go to a date', error: 'Error',
    optional: 'optional', required: 'required', playStop: 'Pause', none2: '—', people: 'people',
    sourcesCount: '{n} sources', obsCount: '{n} observations', inEffect: 'in effect', deciding: 'deciding',
    zones: 'Zones', rule: 'Rule', legend: 'Legend', observationsTitle: 'Observations', confidenceLabel: 'Confidence', noteLabel: 'Note', contestedWith: 'contested with {other}', besiegedBy: 'besieged by {other}', chartTitle: 'Area held per party (km²)',
    namesOnly: 'Names on the map: {language}; interface texts in English',
  },
  nl: {
    time: 'Tijd', date: 'Datum', slider: 'Datumschuif', speed: 'Afspeelsnelheid', view: 'Weergave', language: 'Taal',
    backMonth: 'Eén maand terug', backWeek: 'Eén week terug', backDay: 'Eén dag terug', forwardDay: 'Eén dag verder',
    forwardWeek: 'Eén week verder', forwardMonth: 'Eén maand verder', play: 'Afspelen / pauzeren',
    modeMap: 'Kaart', modeCompare: 'Vergelijken', modeSwipe: 'Schuiven', compareWith: 'Vergelijk met', map: 'Kaart',
    swipe: 'Schuifgrens', chart: 'Oppervlakte door de tijd', searchPlace: 'Zoek een plaats (elke taal)',
    tabFigures: 'Cijfers', tabPlace: 'Plaats', tabChanges: 'Veranderingen', tabEdit: 'Bewerken', tabData: 'Data',
    area: 'Oppervlakte', contested: 'Betwist', population: 'Bevolking', settlements: 'Plaatsen', cities: 'Steden',
    km2: 'km²', sources: 'bronnen', observations: 'waarnemingen', method: 'Methode', noGround: 'Geen gebied in handen',
    figuresFor: 'Cijfers voor {date}', asRecorded: 'Zoals vastgelegd op', latest: 'laatste',
    asRecordedBanner: 'De kaart zoals vastgelegd op {date}', implied: 'afgeleid (vóór de eerste waarneming)',
    stale: 'rust op waarnemingen ouder dan een jaar', legendContested: 'betwist (gestreept)',
    legendBesieged: 'belegerd (gearceerd)', legendSettlement: 'plaats, gekleurd naar wie haar houdt',
    historyOf: 'Geschiedenis van de controle', since: 'sinds', until: 'tot', before: 'vóór', still: 'nog steeds',
    versions: 'versies', version: 'versie', retracted: 'ingetrokken', confidence: 'zekerheid', note: 'notitie',
    recordedBy: 'vastgelegd door {who} op {when}', source: 'Bron', noHistory: 'Nog geen waarneming dekt deze plaats.',
    pickPlace: 'Zoek een plaats of klik op een plaats op de kaart.', correct: 'Corrigeren', retract: 'Intrekken',
    reason: 'Reden', changesFrom: 'Veranderingen van {a} tot {b}', gained: 'gewonnen', lost: 'verloren',
    net: 'netto', transfers: 'Overdrachten', from: 'van', to: 'naar', placesChanged: 'Plaatsen die van hand wisselden', placesCoverage: 'Voor het eerst vastgelegd of niet meer gedekt (geen wisseling van hand)',
    downloadCsv: 'CSV downloaden', none: 'niemand', contestedParty: 'betwist', addObservation: 'Waarneming toevoegen',
    place: 'Plaats', orArea: 'of teken een gebied op de kaart', drawArea: 'Gebied tekenen', finishArea: 'Gebied sluiten',
    clearArea: 'Wissen', uploadArea: 'of upload een GeoJSON-polygoon', actor: 'Partij', status: 'Status',
    fromActor: 'Vorige houder / andere partij', precision: 'Precisie', day: 'dag', month: 'maand', year: 'jaar',
    sourceTitle: 'Titel van de bron', sourceUrl: 'URL van de bron', sourceCitation: 'Bronvermelding',
    sourceKind: 'Soort bron', low: 'laag', medium: 'gemiddeld', high: 'hoog', save: 'Waarneming opslaan',
    saved: 'Opgeslagen: de kaart is bijgewerkt.', controls: 'controleert', besieged: 'belegert',
    presence: 'aanwezig', importFile: 'Bestand importeren',
    importHelp: 'GeoJSON, KML, KMZ of CSV (zie docs/formats). Alles of niets, tenzij u de geldige records aanvaardt.',
    acceptValid: 'Geldige records vastleggen, ook als andere geweigerd worden', dryRun: 'Alleen controleren',
    importButton: 'Importeren', export: 'Exporteren', exportMap: 'Deze weergave als afbeelding',
    exportData: 'De gegevens van {date}', token: 'Schrijfsleutel',
    tokenHelp: 'Deze server vraagt de schrijfsleutel om op te slaan.', areaSelected: 'Getekend gebied: {n} hoeken',
    nothingChanged: 'Niets wisselde van hand.',
    clickMapArea: 'Klik op de kaart om hoeken te zetten; dubbelklik of Enter sluit af, Escape annuleert.',
    drawingCorners: 'Hoeken: {n} · dubbelklik of Enter sluit af, Backspace maakt ongedaan, Escape annuleert',
    needThree: 'Een gebied heeft minstens drie hoeken.', undoPoint: 'Hoek terug',
    typePlace: 'Typ een plaatsnaam', placeHelp: 'Elke taal; kies met de pijltjes en Enter, of klik op een plaats op de kaart.',
    whoHeld: 'Wie hield dit punt', chartHint: 'Klik op de grafiek om naar een datum te gaan', error: 'Fout',
    optional: 'optioneel', required: 'verplicht', playStop: 'Pauze', none2: '—', people: 'inwoners',
    sourcesCount: '{n} bronnen', obsCount: '{n} waarnemingen', inEffect: 'van kracht', deciding: 'beslissend',
    zones: 'Zones', rule: 'Regel', legend: 'Legenda', observationsTitle: 'Waarnemingen', confidenceLabel: 'Zekerheid', noteLabel: 'Notitie', contestedWith: 'betwist met {other}', besiegedBy: 'belegerd door {other}', chartTitle: 'Oppervlakte per partij (km²)',
    namesOnly: 'Namen op de kaart: {language}; teksten in het Engels',
  },
};

let current = pick();

function pick() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && LANGUAGES[asked]) return asked;
  const browser = (navigator.languages || [navigator.language || 'en']).map(l => l.slice(0, 2));
  return browser.find(l => TEXTS[l]) || 'en';
}

/** The chosen language: the one of the names on the map, the parties and the exported pictures. */
export function lang() { return current; }

/** The language of the interface texts: the chosen one where the app has its texts, else English. */
export function textLang() { return TEXTS[current] ? current : 'en'; }

export function setLang(code) { if (LANGUAGES[code]) current = code; }

/** The text for a key in the interface language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = TEXTS[textLang()][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);
}

export function number(n, digits = 0) {
  return new Intl.NumberFormat(textLang() === 'nl' ? 'nl-NL' : 'en-GB', {maximumFractionDigits: digits}).format(n);
}

export function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(textLang() === 'nl' ? 'nl-NL' : 'en-GB', {day: 'numeric', month: 'long',
    year: 'numeric', timeZone: 'UTC'}).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Applies the texts to the static page: data-i18n (content), -title, -label (aria-label), -placeholder. */
export function translatePage() {
  document.documentElement.lang = textLang();
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-title]').forEach(e => {
    e.title = t(e.dataset.i18nTitle); e.setAttribute('aria-label', t(e.dataset.i18nTitle));
  });
  document.querySelectorAll('[data-i18n-label]').forEach(e => e.setAttribute('aria-label', t(e.dataset.i18nLabel)));
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  document.querySelectorAll('#langs button').forEach(b => {
    b.setAttribute('aria-pressed', String(b.dataset.lang === current));
    b.title = TEXTS[b.dataset.lang] ? LANGUAGES[b.dataset.lang] : t('namesOnly', {language: LANGUAGES[b.dataset.lang]});
  });
}
