// Languages: names on the map (places, countries, parties) and the interface texts come in five: English, Dutch,
// French, German and Arabic (right to left; the time bar and the chart keep time running left to right, as the
// published maps and charts do). The URL's lang, else the browser's language, chooses; the language buttons switch.
export const LANGUAGES = {en: 'English', nl: 'Nederlands', fr: 'Français', de: 'Deutsch', ar: 'العربية'};
const TEXTS = {
  en: {
    'suggestions.tab': 'Suggestions', 'suggestions.title': 'Suggestions from events', 'suggestions.help': 'What events near a place suggest about who holds it. A suggestion is not an observation: accept it to record it, citing its events, or reject it with a reason.', 'suggestions.show': 'Show', 'suggestions.pending': 'pending', 'suggestions.accepted': 'accepted', 'suggestions.rejected': 'rejected', 'suggestions.none': 'No suggestions here. frontline suggestions generate makes them from the stored events.', 'suggestions.accept': 'Accept', 'suggestions.reject': 'Reject', 'suggestions.needReason': 'A rejection needs a reason.', 'suggestions.mapSaid': 'the map said {said}', 'suggestions.confidence': 'confidence {c}', 'suggestions.evidence': '{n} events', 'suggestions.more': 'and {n} more',
    legendStale: 'rests on reports over a year old (faded, hatched)', legendInferred: 'inferred between towns (lighter)', reportedAge: 'reported on {date}, {age} before this date', ageDay: '1 day', ageDays: '{n} days', ageMonth: '1 month', ageMonths: '{n} months', sameDay: 'reported on {date}, this very day', inferredBetween: 'inferred between towns', range: '{low}–{high}', byGrade: 'By source grade', ungraded: 'ungraded', cityShares: 'Share of cities held', cityShare: '{city}: {share}% held', inferredArea: 'Inferred',
    speedDay: '1 d/s', speedWeek: '1 wk/s', speedMonth: '1 mo/s', comma: ', ', semicolon: '; ',
    sizeTimes: '{r} times {country}', sizeShare: '{n}% of {country}', sizeSame: 'the size of {country}',
    sizeClosest: 'about the size of {country}',
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
    errMissing: 'Required', errNoSubject: 'Pick a place or draw an area', errNoSource: 'Every observation needs a source: a title, a link or a citation', errFutureDate: 'The date is after today', errSameActor: 'The previous holder cannot be the actor itself', errUnknownPlace: 'This place is not in the gazetteer', errUnknownActor: 'Unknown actor', errBadSource: 'This link is not a valid web address', errBadArea: 'This area is not a valid polygon',
    kind_news: 'news', kind_official_statement: 'official statement', kind_satellite_imagery: 'satellite imagery', kind_analyst: 'analyst', kind_reference: 'reference work',
    importSummary: '{records} records: {accepted} accepted, {rejected} rejected, {repaired} repaired', importRejected: 'Nothing was written: fix the rejected records, or accept the valid ones.', severity_error: 'error', severity_warning: 'warning', severity_repaired: 'repaired',
    where_line: 'line', where_feature: 'feature', where_placemark: 'placemark',
  },
  nl: {
    'suggestions.tab': 'Suggesties', 'suggestions.title': 'Suggesties uit gebeurtenissen', 'suggestions.help': 'Wat gebeurtenissen bij een plaats zeggen over wie haar in handen heeft. Een suggestie is geen waarneming: aanvaard haar om haar vast te leggen, met haar gebeurtenissen als bron, of wijs haar af met een reden.', 'suggestions.show': 'Toon', 'suggestions.pending': 'open', 'suggestions.accepted': 'aanvaard', 'suggestions.rejected': 'afgewezen', 'suggestions.none': 'Hier zijn geen suggesties. frontline suggestions generate maakt ze uit de opgeslagen gebeurtenissen.', 'suggestions.accept': 'Aanvaarden', 'suggestions.reject': 'Afwijzen', 'suggestions.needReason': 'Een afwijzing heeft een reden nodig.', 'suggestions.mapSaid': 'de kaart zei {said}', 'suggestions.confidence': 'betrouwbaarheid {c}', 'suggestions.evidence': '{n} gebeurtenissen', 'suggestions.more': 'en nog {n}',
    legendStale: 'berust op berichten ouder dan een jaar (vaag, gearceerd)', legendInferred: 'afgeleid tussen plaatsen (lichter)', reportedAge: 'gemeld op {date}, {age} vóór deze datum', ageDay: '1 dag', ageDays: '{n} dagen', ageMonth: '1 maand', ageMonths: '{n} maanden', sameDay: 'gemeld op {date}, deze dag zelf', inferredBetween: 'afgeleid tussen plaatsen', range: '{low}–{high}', byGrade: 'Naar betrouwbaarheid van de bron', ungraded: 'zonder beoordeling', cityShares: 'Deel van steden in handen', cityShare: '{city}: {share}% in handen', inferredArea: 'Afgeleid',
    speedDay: '1 d/s', speedWeek: '1 wk/s', speedMonth: '1 mnd/s', comma: ', ', semicolon: '; ',
    sizeTimes: '{r} × {country}', sizeShare: '{n}% van {country}', sizeSame: 'even groot als {country}',
    sizeClosest: 'ongeveer zo groot als {country}',
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
    errMissing: 'Verplicht', errNoSubject: 'Kies een plaats of teken een gebied', errNoSource: 'Elke waarneming heeft een bron nodig: een titel, een link of een bronvermelding', errFutureDate: 'De datum ligt na vandaag', errSameActor: 'De vorige houder kan niet de partij zelf zijn', errUnknownPlace: 'Deze plaats staat niet in het gazetteer', errUnknownActor: 'Onbekende partij', errBadSource: 'Deze link is geen geldig webadres', errBadArea: 'Dit gebied is geen geldige veelhoek',
    kind_news: 'nieuws', kind_official_statement: 'officiële verklaring', kind_satellite_imagery: 'satellietbeelden', kind_analyst: 'analist', kind_reference: 'naslagwerk',
    importSummary: '{records} records: {accepted} aanvaard, {rejected} afgewezen, {repaired} hersteld', importRejected: 'Er is niets geschreven: verbeter de afgewezen records, of aanvaard de geldige.', severity_error: 'fout', severity_warning: 'waarschuwing', severity_repaired: 'hersteld',
    where_line: 'regel', where_feature: 'object', where_placemark: 'plaatsmarkering',
  },
  fr: {
    'suggestions.tab': 'Suggestions', 'suggestions.title': 'Suggestions tirées des événements', 'suggestions.help': 'Ce que les événements proches d’un lieu suggèrent sur qui le tient. Une suggestion n’est pas une observation : acceptez-la pour l’enregistrer, avec ses événements pour source, ou rejetez-la avec un motif.', 'suggestions.show': 'Afficher', 'suggestions.pending': 'en attente', 'suggestions.accepted': 'acceptées', 'suggestions.rejected': 'rejetées', 'suggestions.none': 'Aucune suggestion ici. frontline suggestions generate les produit à partir des événements enregistrés.', 'suggestions.accept': 'Accepter', 'suggestions.reject': 'Rejeter', 'suggestions.needReason': 'Un rejet demande un motif.', 'suggestions.mapSaid': 'la carte disait {said}', 'suggestions.confidence': 'confiance {c}', 'suggestions.evidence': '{n} événements', 'suggestions.more': 'et {n} de plus',
    legendStale: 'repose sur des informations de plus d’un an (pâli, hachuré)', legendInferred: 'déduit entre les localités (plus clair)', reportedAge: 'signalé le {date}, {age} avant cette date', ageDay: '1 jour', ageDays: '{n} jours', ageMonth: '1 mois', ageMonths: '{n} mois', sameDay: 'signalé le {date}, ce jour même', inferredBetween: 'déduit entre les localités', range: '{low}–{high}', byGrade: 'Par fiabilité de la source', ungraded: 'non évaluée', cityShares: 'Part des villes tenue', cityShare: '{city} : {share} % tenus', inferredArea: 'Déduit',
    speedDay: '1 j/s', speedWeek: '1 sem/s', speedMonth: '1 mois/s', comma: ', ', semicolon: '; ',
    sizeTimes: '{r} × {country}', sizeShare: '{n} % de la superficie : {country}', sizeSame: 'même superficie : {country}',
    sizeClosest: 'superficie proche : {country}',
    time: 'Temps', date: 'Date', slider: 'Curseur de date', speed: 'Vitesse de lecture', view: 'Affichage',
    language: 'Langue', backMonth: 'Reculer d’un mois', backWeek: 'Reculer d’une semaine', backDay: 'Reculer d’un jour',
    forwardDay: 'Avancer d’un jour', forwardWeek: 'Avancer d’une semaine', forwardMonth: 'Avancer d’un mois',
    play: 'Lecture / pause', modeMap: 'Carte', modeCompare: 'Comparer', modeSwipe: 'Balayer',
    compareWith: 'Comparer avec', map: 'Carte', swipe: 'Séparateur de balayage', chart: 'Superficie au fil du temps',
    searchPlace: 'Rechercher un lieu (toutes langues)',
    tabFigures: 'Chiffres', tabPlace: 'Lieu', tabChanges: 'Changements', tabEdit: 'Modifier', tabData: 'Données',
    area: 'Superficie', contested: 'Contesté', population: 'Population', settlements: 'Localités', cities: 'Villes',
    km2: 'km²', sources: 'sources', observations: 'observations', method: 'Méthode', noGround: 'Aucun territoire tenu',
    figuresFor: 'Chiffres au {date}', asRecorded: 'Tel qu’enregistré le', latest: 'dernière version',
    asRecordedBanner: 'La carte telle qu’enregistrée le {date}', implied: 'déduit (avant la première observation)',
    stale: 'reposant sur des observations de plus d’un an', legendContested: 'contesté (hachures)',
    legendBesieged: 'assiégé (hachures croisées)', legendSettlement: 'localité, colorée selon son détenteur',
    historyOf: 'Historique du contrôle', since: 'depuis le', until: 'jusqu’au', before: 'avant', still: 'toujours',
    versions: 'versions', version: 'version', retracted: 'retirée', confidence: 'confiance', note: 'note',
    recordedBy: 'enregistré par {who} le {when}', source: 'Source',
    noHistory: 'Aucune observation ne couvre encore ce lieu.',
    pickPlace: 'Cherchez un lieu ou cliquez sur une localité de la carte.', correct: 'Corriger', retract: 'Retirer',
    reason: 'Motif', changesFrom: 'Changements du {a} au {b}', gained: 'gagné', lost: 'perdu', net: 'net',
    transfers: 'Transferts', from: 'de', to: 'à', placesChanged: 'Lieux ayant changé de mains',
    placesCoverage: 'Observés pour la première fois ou plus couverts (pas un changement de mains)',
    downloadCsv: 'Télécharger le CSV', none: 'personne', contestedParty: 'contesté',
    addObservation: 'Ajouter une observation', place: 'Lieu', orArea: 'ou dessinez une zone sur la carte',
    drawArea: 'Dessiner une zone', finishArea: 'Terminer la zone', clearArea: 'Effacer',
    uploadArea: 'ou importez un polygone GeoJSON', actor: 'Acteur', status: 'Statut',
    fromActor: 'Détenteur précédent / autre partie', precision: 'Précision', day: 'jour', month: 'mois', year: 'année',
    sourceTitle: 'Titre de la source', sourceUrl: 'URL de la source', sourceCitation: 'Référence',
    sourceKind: 'Type de source', low: 'faible', medium: 'moyenne', high: 'élevée', save: 'Enregistrer l’observation',
    saved: 'Enregistrée : la carte est à jour.', controls: 'contrôle', besieged: 'assiège', presence: 'présent',
    importFile: 'Importer un fichier',
    importHelp: 'GeoJSON, KML, KMZ ou CSV (voir docs/formats). Tout ou rien, à moins d’accepter les entrées valides.',
    acceptValid: 'Enregistrer les entrées valides même si d’autres sont rejetées', dryRun: 'Vérifier seulement',
    importButton: 'Importer', export: 'Exporter', exportMap: 'Cette vue en image', exportData: 'Les données du {date}',
    token: 'Jeton d’écriture', tokenHelp: 'Ce serveur demande le jeton d’écriture pour enregistrer.',
    areaSelected: 'Zone dessinée : {n} sommets', nothingChanged: 'Rien n’a changé de mains.',
    clickMapArea: 'Cliquez sur la carte pour poser les sommets ; double-clic ou Entrée pour finir, Échap pour annuler.',
    drawingCorners: 'Sommets : {n} · double-clic ou Entrée pour finir, Retour arrière pour défaire, Échap pour annuler',
    needThree: 'Une zone a besoin d’au moins trois sommets.', undoPoint: 'Retirer le sommet',
    typePlace: 'Saisissez un nom de lieu',
    placeHelp: 'Toutes langues ; choisissez avec les flèches et Entrée, ou cliquez sur une localité de la carte.',
    whoHeld: 'Qui tenait ce point', chartHint: 'Cliquez sur le graphique pour aller à une date', error: 'Erreur',
    optional: 'facultatif', required: 'obligatoire', playStop: 'Pause', none2: '—', people: 'habitants',
    sourcesCount: '{n} sources', obsCount: '{n} observations', inEffect: 'en vigueur', deciding: 'déterminantes',
    zones: 'Zones', rule: 'Règle', legend: 'Légende', observationsTitle: 'Observations', confidenceLabel: 'Confiance',
    noteLabel: 'Note', contestedWith: 'disputé avec {other}', besiegedBy: 'assiégé par {other}',
    chartTitle: 'Superficie tenue par partie (km²)',
    errMissing: 'Obligatoire', errNoSubject: 'Choisissez un lieu ou dessinez une zone', errNoSource: 'Chaque observation doit avoir une source : un titre, un lien ou une référence', errFutureDate: 'La date est postérieure à aujourd’hui', errSameActor: 'Le détenteur précédent ne peut pas être la partie elle-même', errUnknownPlace: 'Ce lieu ne figure pas dans le répertoire géographique', errUnknownActor: 'Partie inconnue', errBadSource: 'Ce lien n’est pas une adresse web valide', errBadArea: 'Cette zone n’est pas un polygone valide',
    kind_news: 'presse', kind_official_statement: 'déclaration officielle', kind_satellite_imagery: 'imagerie satellite', kind_analyst: 'analyste', kind_reference: 'ouvrage de référence',
    importSummary: '{records} enregistrements : {accepted} acceptés, {rejected} rejetés, {repaired} réparés', importRejected: 'Rien n’a été écrit : corrigez les enregistrements rejetés, ou acceptez les valides.', severity_error: 'erreur', severity_warning: 'avertissement', severity_repaired: 'réparé',
    where_line: 'ligne', where_feature: 'objet', where_placemark: 'repère',
  },
  de: {
    'suggestions.tab': 'Vorschläge', 'suggestions.title': 'Vorschläge aus Ereignissen', 'suggestions.help': 'Was Ereignisse in der Nähe eines Ortes darüber sagen, wer ihn hält. Ein Vorschlag ist keine Beobachtung: Nehmen Sie ihn an, um ihn mit seinen Ereignissen als Quelle zu erfassen, oder lehnen Sie ihn mit einer Begründung ab.', 'suggestions.show': 'Zeigen', 'suggestions.pending': 'offen', 'suggestions.accepted': 'angenommen', 'suggestions.rejected': 'abgelehnt', 'suggestions.none': 'Hier gibt es keine Vorschläge. frontline suggestions generate erzeugt sie aus den gespeicherten Ereignissen.', 'suggestions.accept': 'Annehmen', 'suggestions.reject': 'Ablehnen', 'suggestions.needReason': 'Eine Ablehnung braucht eine Begründung.', 'suggestions.mapSaid': 'die Karte sagte {said}', 'suggestions.confidence': 'Konfidenz {c}', 'suggestions.evidence': '{n} Ereignisse', 'suggestions.more': 'und {n} weitere',
    legendStale: 'beruht auf über ein Jahr alten Meldungen (blass, schraffiert)', legendInferred: 'zwischen Orten erschlossen (heller)', reportedAge: 'gemeldet am {date}, {age} vor diesem Datum', ageDay: '1 Tag', ageDays: '{n} Tage', ageMonth: '1 Monat', ageMonths: '{n} Monate', sameDay: 'gemeldet am {date}, an diesem Tag', inferredBetween: 'zwischen Orten erschlossen', range: '{low}–{high}', byGrade: 'Nach Quellenbewertung', ungraded: 'ohne Bewertung', cityShares: 'Gehaltener Anteil von Städten', cityShare: '{city}: {share} % gehalten', inferredArea: 'Erschlossen',
    speedDay: '1 Tag/s', speedWeek: '1 Wo/s', speedMonth: '1 Mon/s', comma: ', ', semicolon: '; ',
    sizeTimes: '{r} × {country}', sizeShare: '{n} % von {country}', sizeSame: 'so groß wie {country}',
    sizeClosest: 'etwa so groß wie {country}',
    time: 'Zeit', date: 'Datum', slider: 'Datumsregler', speed: 'Abspielgeschwindigkeit', view: 'Ansicht',
    language: 'Sprache', backMonth: 'Einen Monat zurück', backWeek: 'Eine Woche zurück', backDay: 'Einen Tag zurück',
    forwardDay: 'Einen Tag vor', forwardWeek: 'Eine Woche vor', forwardMonth: 'Einen Monat vor',
    play: 'Abspielen / Pause', modeMap: 'Karte', modeCompare: 'Vergleichen', modeSwipe: 'Schieben',
    compareWith: 'Vergleichen mit', map: 'Karte', swipe: 'Trennlinie', chart: 'Fläche im Zeitverlauf',
    searchPlace: 'Ort suchen (jede Sprache)',
    tabFigures: 'Zahlen', tabPlace: 'Ort', tabChanges: 'Änderungen', tabEdit: 'Bearbeiten', tabData: 'Daten',
    area: 'Fläche', contested: 'Umkämpft', population: 'Bevölkerung', settlements: 'Ortschaften', cities: 'Städte',
    km2: 'km²', sources: 'Quellen', observations: 'Beobachtungen', method: 'Methode', noGround: 'Kein Gebiet gehalten',
    figuresFor: 'Zahlen zum {date}', asRecorded: 'Wie erfasst am', latest: 'neuester Stand',
    asRecordedBanner: 'Die Karte, wie am {date} erfasst', implied: 'abgeleitet (vor der ersten Beobachtung)',
    stale: 'beruht auf über ein Jahr alten Beobachtungen', legendContested: 'umkämpft (gestreift)',
    legendBesieged: 'belagert (kreuzschraffiert)', legendSettlement: 'Ortschaft, in der Farbe ihres Inhabers',
    historyOf: 'Kontrollverlauf', since: 'seit dem', until: 'bis zum', before: 'vorher', still: 'weiterhin',
    versions: 'Versionen', version: 'Version', retracted: 'zurückgezogen', confidence: 'Verlässlichkeit', note: 'Notiz',
    recordedBy: 'erfasst von {who} am {when}', source: 'Quelle',
    noHistory: 'Noch keine Beobachtung deckt diesen Ort ab.',
    pickPlace: 'Einen Ort suchen oder auf der Karte eine Ortschaft anklicken.', correct: 'Korrigieren',
    retract: 'Zurückziehen', reason: 'Grund', changesFrom: 'Änderungen vom {a} bis zum {b}', gained: 'gewonnen',
    lost: 'verloren', net: 'netto', transfers: 'Gebietswechsel', from: 'von', to: 'an',
    placesChanged: 'Orte mit Kontrollwechsel',
    placesCoverage: 'Erstmals erfasst oder nicht mehr abgedeckt (kein Kontrollwechsel)',
    downloadCsv: 'CSV herunterladen', none: 'niemand', contestedParty: 'umkämpft',
    addObservation: 'Beobachtung hinzufügen', place: 'Ort', orArea: 'oder ein Gebiet auf der Karte zeichnen',
    drawArea: 'Gebiet zeichnen', finishArea: 'Gebiet abschließen', clearArea: 'Löschen',
    uploadArea: 'oder ein GeoJSON-Polygon hochladen', actor: 'Akteur', status: 'Status',
    fromActor: 'Vorheriger Inhaber / andere Partei', precision: 'Genauigkeit', day: 'Tag', month: 'Monat', year: 'Jahr',
    sourceTitle: 'Titel der Quelle', sourceUrl: 'URL der Quelle', sourceCitation: 'Quellenangabe',
    sourceKind: 'Art der Quelle', low: 'niedrig', medium: 'mittel', high: 'hoch', save: 'Beobachtung speichern',
    saved: 'Gespeichert: Die Karte ist aktualisiert.', controls: 'kontrolliert', besieged: 'belagert',
    presence: 'präsent', importFile: 'Datei importieren',
    importHelp: 'GeoJSON, KML, KMZ oder CSV (siehe docs/formats). Alles oder nichts, außer Sie übernehmen die gültigen '
      + 'Datensätze.',
    acceptValid: 'Gültige Datensätze übernehmen, auch wenn andere abgelehnt werden', dryRun: 'Nur prüfen',
    importButton: 'Importieren', export: 'Exportieren', exportMap: 'Diese Ansicht als Bild',
    exportData: 'Die Daten vom {date}', token: 'Schreib-Token',
    tokenHelp: 'Dieser Server verlangt zum Speichern das Schreib-Token.',
    areaSelected: 'Gezeichnetes Gebiet: {n} Ecken', nothingChanged: 'Kein Kontrollwechsel.',
    clickMapArea: 'Auf die Karte klicken, um Ecken zu setzen; Doppelklick oder Enter schließt ab, Esc bricht ab.',
    drawingCorners: 'Ecken: {n} · Doppelklick oder Enter schließt ab, Rücktaste macht rückgängig, Esc bricht ab',
    needThree: 'Ein Gebiet braucht mindestens drei Ecken.', undoPoint: 'Ecke zurücknehmen',
    typePlace: 'Ortsnamen eingeben',
    placeHelp: 'Jede Sprache; mit Pfeiltasten und Enter wählen oder auf der Karte eine Ortschaft anklicken.',
    whoHeld: 'Wer hielt diesen Punkt', chartHint: 'Auf das Diagramm klicken, um zu einem Datum zu springen',
    error: 'Fehler', optional: 'optional', required: 'erforderlich', playStop: 'Pause', none2: '—', people: 'Einwohner',
    sourcesCount: '{n} Quellen', obsCount: '{n} Beobachtungen', inEffect: 'in Kraft', deciding: 'ausschlaggebend',
    zones: 'Zonen', rule: 'Regel', legend: 'Legende', observationsTitle: 'Beobachtungen',
    confidenceLabel: 'Verlässlichkeit', noteLabel: 'Notiz', contestedWith: 'umkämpft mit {other}',
    besiegedBy: 'belagert von {other}', chartTitle: 'Gehaltene Fläche je Partei (km²)',
    errMissing: 'Pflichtfeld', errNoSubject: 'Wählen Sie einen Ort oder zeichnen Sie ein Gebiet', errNoSource: 'Jede Beobachtung braucht eine Quelle: einen Titel, einen Link oder eine Quellenangabe', errFutureDate: 'Das Datum liegt nach heute', errSameActor: 'Der vorherige Inhaber kann nicht die Partei selbst sein', errUnknownPlace: 'Dieser Ort ist nicht im Ortsverzeichnis', errUnknownActor: 'Unbekannte Partei', errBadSource: 'Dieser Link ist keine gültige Webadresse', errBadArea: 'Dieses Gebiet ist kein gültiges Polygon',
    kind_news: 'Nachrichten', kind_official_statement: 'offizielle Erklärung', kind_satellite_imagery: 'Satellitenbilder', kind_analyst: 'Analyst', kind_reference: 'Nachschlagewerk',
    importSummary: '{records} Datensätze: {accepted} angenommen, {rejected} abgelehnt, {repaired} repariert', importRejected: 'Nichts wurde geschrieben: Korrigieren Sie die abgelehnten Datensätze oder nehmen Sie die gültigen an.', severity_error: 'Fehler', severity_warning: 'Warnung', severity_repaired: 'repariert',
    where_line: 'Zeile', where_feature: 'Objekt', where_placemark: 'Ortsmarke',
  },
  ar: {
    'suggestions.tab': 'اقتراحات', 'suggestions.title': 'اقتراحات من الأحداث', 'suggestions.help': 'ما تشير إليه الأحداث القريبة من مكان ما بشأن من يسيطر عليه. الاقتراح ليس ملاحظة: اقبله لتسجيله مع أحداثه مصدرًا، أو ارفضه مع ذكر السبب.', 'suggestions.show': 'عرض', 'suggestions.pending': 'قيد المراجعة', 'suggestions.accepted': 'مقبولة', 'suggestions.rejected': 'مرفوضة', 'suggestions.none': 'لا توجد اقتراحات هنا. يُنشئها الأمر frontline suggestions generate من الأحداث المخزنة.', 'suggestions.accept': 'قبول', 'suggestions.reject': 'رفض', 'suggestions.needReason': 'يحتاج الرفض إلى سبب.', 'suggestions.mapSaid': 'كانت الخريطة تقول {said}', 'suggestions.confidence': 'الثقة {c}', 'suggestions.evidence': '{n} حدثًا', 'suggestions.more': 'و{n} أخرى',
    legendStale: 'تستند إلى تقارير عمرها أكثر من عام (باهتة، مخطّطة)', legendInferred: 'مستنتجة بين البلدات (أفتح)', reportedAge: 'أُبلغ عنها في {date}، قبل هذا التاريخ بـ{age}', ageDay: 'يوم واحد', ageDays: '{n} يومًا', ageMonth: 'شهر واحد', ageMonths: '{n} شهرًا', sameDay: 'أُبلغ عنها في {date}، في هذا اليوم نفسه', inferredBetween: 'مستنتجة بين البلدات', range: '{low}–{high}', byGrade: 'حسب تقييم المصدر', ungraded: 'دون تقييم', cityShares: 'حصة المدن تحت السيطرة', cityShare: '{city}: {share}٪ تحت السيطرة', inferredArea: 'مستنتجة',
    speedDay: 'يوم/ث', speedWeek: 'أسبوع/ث', speedMonth: 'شهر/ث', comma: '، ', semicolon: '؛ ',
    sizeTimes: '{r} ضعف مساحة {country}', sizeShare: '{n}% من مساحة {country}', sizeSame: 'بمساحة {country}',
    sizeClosest: 'تقارب مساحة {country}',
    time: 'الزمن', date: 'التاريخ', slider: 'شريط التاريخ', speed: 'سرعة العرض', view: 'العرض', language: 'اللغة',
    backMonth: 'شهر إلى الوراء', backWeek: 'أسبوع إلى الوراء', backDay: 'يوم إلى الوراء', forwardDay: 'يوم إلى الأمام',
    forwardWeek: 'أسبوع إلى الأمام', forwardMonth: 'شهر إلى الأمام', play: 'تشغيل / إيقاف مؤقت',
    modeMap: 'الخريطة', modeCompare: 'مقارنة', modeSwipe: 'تمرير', compareWith: 'قارن مع', map: 'الخريطة',
    swipe: 'فاصل التمرير', chart: 'المساحة عبر الزمن', searchPlace: 'ابحث عن مكان (بأي لغة)',
    tabFigures: 'الأرقام', tabPlace: 'المكان', tabChanges: 'التغيرات', tabEdit: 'تحرير', tabData: 'البيانات',
    area: 'المساحة', contested: 'متنازع عليها', population: 'السكان', settlements: 'التجمعات السكنية',
    cities: 'المدن', km2: 'كم²', sources: 'مصادر', observations: 'ملاحظات', method: 'المنهجية',
    noGround: 'لا يسيطر على أي أرض', figuresFor: 'الأرقام في {date}', asRecorded: 'كما سُجّلت في', latest: 'الأحدث',
    asRecordedBanner: 'الخريطة كما سُجّلت في {date}', implied: 'مستنتَجة (قبل أول ملاحظة)',
    stale: 'تستند إلى ملاحظات عمرها أكثر من عام', legendContested: 'متنازع عليها (مخطّطة)',
    legendBesieged: 'محاصَرة (مخطّطة بخطوط متقاطعة)', legendSettlement: 'تجمع سكني، بلون الجهة المسيطرة',
    historyOf: 'سجل السيطرة', since: 'منذ', until: 'حتى', before: 'قبل', still: 'لا تزال',
    versions: 'نسخ', version: 'نسخة', retracted: 'مسحوبة', confidence: 'درجة الثقة', note: 'ملاحظة',
    recordedBy: 'سجّلها {who} في {when}', source: 'المصدر', noHistory: 'لا توجد ملاحظة تغطي هذا المكان بعد.',
    pickPlace: 'ابحث عن مكان أو انقر على تجمع سكني في الخريطة.', correct: 'تصحيح', retract: 'سحب',
    reason: 'السبب', changesFrom: 'التغيرات من {a} إلى {b}', gained: 'مكاسب', lost: 'خسائر', net: 'الصافي',
    transfers: 'انتقالات السيطرة', from: 'من', to: 'إلى', placesChanged: 'أماكن انتقلت السيطرة عليها',
    placesCoverage: 'سُجّلت لأول مرة أو لم تعد مغطاة (ليست انتقالًا للسيطرة)', downloadCsv: 'تنزيل CSV',
    none: 'لا أحد', contestedParty: 'متنازع عليها', addObservation: 'إضافة ملاحظة',
    place: 'المكان', orArea: 'أو ارسم منطقة على الخريطة', drawArea: 'رسم منطقة', finishArea: 'إنهاء المنطقة',
    clearArea: 'مسح', uploadArea: 'أو ارفع مضلّعًا بصيغة GeoJSON', actor: 'الطرف', status: 'الحالة',
    fromActor: 'الجهة المسيطرة سابقًا / الطرف الآخر', precision: 'الدقة', day: 'يوم', month: 'شهر', year: 'سنة',
    sourceTitle: 'عنوان المصدر', sourceUrl: 'رابط المصدر', sourceCitation: 'الإحالة', sourceKind: 'نوع المصدر',
    low: 'منخفضة', medium: 'متوسطة', high: 'عالية', save: 'حفظ الملاحظة', saved: 'حُفظت: حُدّثت الخريطة.',
    controls: 'يسيطر', besieged: 'يحاصر', presence: 'موجود', importFile: 'استيراد ملف',
    importHelp: 'GeoJSON أو KML أو KMZ أو CSV (انظر docs/formats). كل شيء أو لا شيء، إلا إذا قبلت السجلات الصالحة.',
    acceptValid: 'سجّل السجلات الصالحة حتى لو رُفض غيرها', dryRun: 'تحقق فقط', importButton: 'استيراد',
    export: 'تصدير', exportMap: 'هذا العرض صورةً', exportData: 'بيانات {date}', token: 'رمز الكتابة',
    tokenHelp: 'يتطلب هذا الخادم رمز الكتابة للحفظ.', areaSelected: 'المنطقة المرسومة: {n} زوايا',
    nothingChanged: 'لم تنتقل السيطرة على أي مكان.',
    clickMapArea: 'انقر على الخريطة لإضافة زوايا؛ انقر مرتين أو اضغط Enter للإنهاء، وEscape للإلغاء.',
    drawingCorners: 'الزوايا: {n} · انقر مرتين أو اضغط Enter للإنهاء، وBackspace للتراجع، وEscape للإلغاء',
    needThree: 'تحتاج المنطقة إلى ثلاث زوايا على الأقل.', undoPoint: 'تراجع عن زاوية',
    typePlace: 'اكتب اسم مكان',
    placeHelp: 'بأي لغة؛ اختر بمفاتيح الأسهم وEnter، أو انقر على تجمع سكني في الخريطة.',
    whoHeld: 'من كان يسيطر على هذه النقطة', chartHint: 'انقر على الرسم البياني للانتقال إلى تاريخ', error: 'خطأ',
    optional: 'اختياري', required: 'مطلوب', playStop: 'إيقاف مؤقت', none2: '—', people: 'نسمة',
    sourcesCount: '{n} مصادر', obsCount: '{n} ملاحظات', inEffect: 'سارية', deciding: 'حاسمة',
    zones: 'المناطق', rule: 'القاعدة', legend: 'مفتاح الخريطة', observationsTitle: 'الملاحظات',
    confidenceLabel: 'درجة الثقة', noteLabel: 'ملاحظة', contestedWith: 'متنازع عليها مع {other}',
    besiegedBy: 'يحاصرها {other}', chartTitle: 'المساحة التي يسيطر عليها كل طرف (كم²)',
    errMissing: 'حقل مطلوب', errNoSubject: 'اختر مكانًا أو ارسم منطقة', errNoSource: 'كل رصد يحتاج إلى مصدر: عنوان أو رابط أو إحالة', errFutureDate: 'التاريخ بعد اليوم', errSameActor: 'لا يمكن أن يكون المسيطر السابق هو الطرف نفسه', errUnknownPlace: 'هذا المكان غير موجود في المعجم الجغرافي', errUnknownActor: 'طرف غير معروف', errBadSource: 'هذا الرابط ليس عنوان ويب صالحًا', errBadArea: 'هذه المنطقة ليست مضلعًا صالحًا',
    kind_news: 'أخبار', kind_official_statement: 'بيان رسمي', kind_satellite_imagery: 'صور الأقمار الصناعية', kind_analyst: 'محلل', kind_reference: 'مرجع',
    importSummary: '{records} سجلًا: {accepted} مقبول، {rejected} مرفوض، {repaired} مُصلَح', importRejected: 'لم يُكتب شيء: صحّح السجلات المرفوضة أو اقبل السجلات الصالحة.', severity_error: 'خطأ', severity_warning: 'تحذير', severity_repaired: 'مُصلَح',
    where_line: 'السطر', where_feature: 'العنصر', where_placemark: 'علامة المكان',
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

/**
 * A text the server wrote, in the interface's words: English keeps the server's own (it names the values), the other
 * languages get the text for {@code key} (none: the server's).
 */
export function reworded(serverText, key, values = {}) {
  return key && textLang() !== 'en' ? t(key, values) : serverText;
}

/** The locale that formats numbers and dates, per language of the interface texts. */
const LOCALES = {en: 'en-GB', nl: 'nl-NL', fr: 'fr-FR', de: 'de-DE', ar: 'ar-u-nu-latn'};

export function number(n, digits = 0) {
  return new Intl.NumberFormat(LOCALES[textLang()], {maximumFractionDigits: digits}).format(n);
}

export function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Intl.DateTimeFormat(LOCALES[textLang()], {day: 'numeric', month: 'long', year: 'numeric',
    timeZone: 'UTC'}).format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first of a month as an ordinal ("1er février"), which Intl does not
  return textLang() === 'fr' && d === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** Applies the texts to the static page: data-i18n (content), -title, -label (aria-label), -placeholder. */
export function translatePage() {
  document.documentElement.lang = textLang();
  document.documentElement.dir = textLang() === 'ar' ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-title]').forEach(e => {
    e.title = t(e.dataset.i18nTitle); e.setAttribute('aria-label', t(e.dataset.i18nTitle));
  });
  document.querySelectorAll('[data-i18n-label]').forEach(e => e.setAttribute('aria-label', t(e.dataset.i18nLabel)));
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  document.querySelectorAll('#langs button').forEach(b => {
    b.setAttribute('aria-pressed', String(b.dataset.lang === current));
    b.title = LANGUAGES[b.dataset.lang];
  });
}
