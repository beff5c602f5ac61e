import { defineDetector } from '../src/types.js';

/**
 * Precise geolocation: a latitude/longitude pair. CCPA §1798.140(w) calls a location "precise" within a
 * radius of 1,850 ft (≈ 564 m); 3 decimal places of a degree are ≈ 111 m, 4 are ≈ 11 m. So a bare decimal
 * pair needs 4 decimals on both numbers (and then a context word or its own line, because tables of rates
 * look the same), a pair with 3 decimals needs a context word, and the forms that say what they are
 * (lat:/lng: labels, °N/°E, degrees-minutes-seconds, 北纬/东经) stand on their own.
 *
 * Normalised form: `lat,lon` as written for decimal forms; DMS converted to decimal degrees (6 places).
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const LAT = '[+\\-]?[0-9]{1,2}\\.';
const LON = '[+\\-]?[0-9]{1,3}\\.';
const PAIR_SEP = '[ \\t]{0,2},[ \\t]{0,3}';
// RE2 has no lookbehind: the engine checks the character before the pair (`guard: 'number'`).

// Degrees-minutes-seconds (37°46'29.7") or degrees and decimal minutes (37°46.495'); plain and typographic marks.
const MIN_MARK = `['′’]`;
const SEC_MARK = `(?:"|″|”|'')`;
const DMS = `[0-9]{1,3}[ \\t]?°[ \\t]?(?:[0-9]{1,2}[ \\t]?${MIN_MARK}[ \\t]?[0-9]{1,2}(?:\\.[0-9]{1,4})?[ \\t]?${SEC_MARK}|[0-9]{1,2}\\.[0-9]{2,4}[ \\t]?${MIN_MARK})`;
const LAT_PREFIX = '(?:\\b[NS][ \\t]?|[北南]纬[ \\t]?)';
const LON_PREFIX = '(?:\\b[EW][ \\t]?|[东西]经[ \\t]?)';
const SEP = '[ \\t]{0,3}[,/;，、]?[ \\t]{0,3}';

const LAT_LABEL = `(?:lat|latitude)`;
const LON_LABEL = `(?:lng|lon|long|longitude)`;
const LABEL_GAP = `["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?`;
const LABEL_SEP = `["']?[ \\t]{0,3}[,;]?[ \\t]{0,3}["']?`;

const COMPONENT = /[0-9]{1,3}\s*°\s*[0-9]{1,2}(?:\.[0-9]+)?\s*['′’](?:\s*[0-9]{1,2}(?:\.[0-9]+)?\s*(?:"|″|”|''))?|[0-9]{1,3}\.[0-9]+/gu;

/** Decimal degrees of a DMS / decimal-minutes component, as a string without padding; null if minutes or seconds ≥ 60. */
function dmsToDecimal(s: string): string | null {
  const m = /([0-9]{1,3})\s*°\s*([0-9]{1,2}(?:\.[0-9]+)?)\s*['′’]\s*(?:([0-9]{1,2}(?:\.[0-9]+)?))?/u.exec(s);
  if (!m) return null;
  const min = +m[2];
  const sec = m[3] === undefined ? 0 : +m[3];
  if (min >= 60 || sec >= 60) return null;
  // Six places (≈ 0.1 m) is finer than any DMS reading; trailing zeros dropped so they read as no padding.
  return String(Number((+m[1] + min / 60 + sec / 3600).toFixed(6)));
}

/** Hemisphere and DMS forms: latitude is the first component, N/S and E/W (北南/东西) give the signs. */
function hemispherePair(s: string): string | null {
  const parts = s.match(COMPONENT);
  if (parts?.length !== 2) return null;
  const [lat, lon] = parts.map((p) => (p.includes('°') ? dmsToDecimal(p) : p));
  if (lat === null || lon === null) return null;
  const south = /[S南]/u.test(s);
  const west = /[W西]/u.test(s);
  return `${south ? '-' : ''}${lat},${west ? '-' : ''}${lon}`;
}

function normalizeCoordinates(raw: string): string {
  const s = raw.trim();
  const withoutLabels = s.replace(/(?:latitude|longitude|lat|lng|lon|long)/giu, '');
  if (/[°NSEW北南东西]/u.test(withoutLabels)) return hemispherePair(s) ?? `!${s}`;
  // Decimal pair (possibly labelled): keep the numbers as written, so padding like 12.9900 stays visible.
  const nums = s.match(/[+-]?[0-9]{1,3}\.[0-9]+/g);
  if (nums?.length !== 2) return `!${s}`;
  let [a, b] = nums.map((n) => n.replace(/^\+/, ''));
  // Longitude written first ("lng: …, lat: …" or "经度…纬度…"): put latitude first.
  if (/^["']?(?:lng|lon|long|longitude|经度)/iu.test(s)) [a, b] = [b, a];
  return `${a},${b}`;
}

export default defineDetector({
  id: 'geo_coordinates',
  name: 'Precise geolocation (latitude/longitude)',
  category: 'location',
  sensitivity: 'restricted',
  description: 'Latitude/longitude pairs precise to ~100 m or better: decimal, labelled, hemisphere and DMS forms.',
  patterns: [
    { name: 'decimal', regex: `${LAT}[0-9]{4,9}${PAIR_SEP}${LON}[0-9]{4,9}\\b`, guard: 'number', score: 0.35 },
    {
      // Exactly 3 decimals on one side (≈ 111 m): still precise, but only with a context word.
      name: 'decimal-3',
      regex: `(?:${LAT}[0-9]{3}${PAIR_SEP}${LON}[0-9]{3,9}|${LAT}[0-9]{4,9}${PAIR_SEP}${LON}[0-9]{3})\\b`,
      guard: 'number',
      score: 0.2,
    },
    {
      name: 'labelled',
      regex: `(?i)(["']?\\b${LAT_LABEL}${LABEL_GAP}${LAT}[0-9]{3,9}${LABEL_SEP}${LON_LABEL}${LABEL_GAP}${LON}[0-9]{3,9})\\b`,
      score: 0.5,
    },
    {
      name: 'labelled-lon-first',
      regex: `(?i)(["']?\\b${LON_LABEL}${LABEL_GAP}${LON}[0-9]{3,9}${LABEL_SEP}${LAT_LABEL}${LABEL_GAP}${LAT}[0-9]{3,9})\\b`,
      score: 0.5,
    },
    {
      name: 'labelled-zh',
      regex: `(纬度[ \\t]?[:：=]?[ \\t]?${LAT}[0-9]{3,9}[ \\t]{0,3}[,，;；、]?[ \\t]{0,3}经度[ \\t]?[:：=]?[ \\t]?${LON}[0-9]{3,9}|经度[ \\t]?[:：=]?[ \\t]?${LON}[0-9]{3,9}[ \\t]{0,3}[,，;；、]?[ \\t]{0,3}纬度[ \\t]?[:：=]?[ \\t]?${LAT}[0-9]{3,9})`,
      score: 0.5,
    },
    {
      // 31.2304°N, 121.4737°E
      name: 'hemisphere-suffix',
      regex: `\\b[0-9]{1,2}\\.[0-9]{3,9}[ \\t]?°?[ \\t]?[NS]${SEP}[0-9]{1,3}\\.[0-9]{3,9}[ \\t]?°?[ \\t]?[EW]\\b`,
      score: 0.5,
    },
    {
      // N 37.7749, W 122.4194 / 北纬31.2304°，东经121.4737°
      name: 'hemisphere-prefix',
      regex: `${LAT_PREFIX}[0-9]{1,2}\\.[0-9]{3,9}°?${SEP}${LON_PREFIX}[0-9]{1,3}\\.[0-9]{3,9}°?`,
      score: 0.5,
    },
    {
      name: 'dms',
      regex: `${LAT_PREFIX}?${DMS}(?:[ \\t]?[NS]\\b)?${SEP}${LON_PREFIX}?${DMS}(?:[ \\t]?[EW]\\b)?`,
      score: 0.5,
    },
  ],
  context: {
    words: [
      'lat', 'lng', 'lon', 'latitude', 'longitude', 'lat/lng', 'lat/lon', 'latlng', 'gps', 'coordinates',
      'coordinate', 'coords', 'geo', 'geolocation', 'geo-location', 'location', 'position', 'waypoint', 'geotag',
      '坐标', '经纬度', '纬度', '经度', '位置', '定位', '地理位置', '北纬', '东经',
    ],
  },
  columnHints: [
    'coordinates', 'coords', 'geo', 'geolocation', 'geo location', 'gps', 'gps location', 'lat lng', 'latlng',
    'lat lon', 'latlon', 'lat long', 'location', 'geo point', 'position',
    // A latitude column next to a longitude column is a precise location even though no cell holds a pair.
    'latitude', 'longitude', 'lat', 'lng', 'lon',
    '坐标', '经纬度', '定位', '地理位置', '位置坐标', 'gps坐标', '纬度', '经度',
  ],
  columnHintExcludes: ['location id', 'location name', 'location type', 'location code', 'geo id', 'position id', 'position title'],
  normalize: normalizeCoordinates,
  validate(n: string) {
    const m = /^(-?[0-9]{1,3}(?:\.[0-9]+)?),(-?[0-9]{1,3}(?:\.[0-9]+)?)$/.exec(n);
    if (!m) return 'invalid';
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return 'invalid';
    // 0,0 is the "no fix" default of GPS libraries, not a place anyone is.
    if (lat === 0 && lon === 0) return 'invalid';
    // Both numbers padded with trailing zeros (12.9900, 13.4500) are prices or rates, not a GPS reading.
    if (/00$/.test(m[1]) && /00$/.test(m[2])) return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'ccpa:1798.140-ae-1-c', 'ccpa:1798.140-v-1-g', 'pipl:art28', 'pipl:art29'],
  examples: {
    match: [
      // Public landmarks (San Francisco City Hall area, The Bund, Trafalgar Square): synthetic readings.
      '37.77493, -122.41942',
      '37.77493,-122.41942',
      { text: 'GPS fix at 37.77493,-122.41942 (accuracy 5 m)', value: '37.77493,-122.41942' },
      { text: 'lat: 37.7749, lng: -122.4194', value: 'lat: 37.7749, lng: -122.4194' },
      { text: '{"id": 7, "lat": 51.50735, "lng": -0.12776}', value: '"lat": 51.50735, "lng": -0.12776' },
      { text: `N 37°46'29.7" W 122°25'09.9"`, value: `N 37°46'29.7" W 122°25'09.9"` },
      { text: `Pickup at 37°46'29.7"N 122°25'09.9"W today`, value: `37°46'29.7"N 122°25'09.9"W` },
      { text: '用户位置：31.2304°N, 121.4737°E', value: '31.2304°N, 121.4737°E' },
      { text: '定位坐标 (31.230416, 121.473701)', value: '31.230416, 121.473701' },
      { text: 'Home location 40.748, -73.986 logged by the app', value: '40.748, -73.986' },
      { text: '事发地点北纬31.2304°，东经121.4737°附近', value: '北纬31.2304°，东经121.4737°' },
      { text: '经度：121.473701，纬度：31.230416', value: '经度：121.473701，纬度：31.230416' },
    ],
    noMatch: [
      { text: 'Upgrade from 1.2.3, 4.5.6 to 2.0.0 before the release.', note: 'version numbers' },
      { text: '12.9900, 13.4500', note: 'prices padded with zeros' },
      { text: 'EUR/USD 1.0875, 1.0912, 1.0899', note: 'rates in a row, no context' },
      { text: 'lat: 97.1234, lng: 10.1234', note: 'latitude beyond 90' },
      { text: 'coordinates 37.7749, -192.4194', note: 'longitude beyond 180' },
      { text: 'GPS: 0.0000, 0.0000', note: 'no fix' },
      { text: 'lat: 37.77, lng: -122.41', note: '2 decimals ≈ 1 km, not precise' },
      { text: `N 37°76'29.7" W 122°25'09.9"`, note: '76 minutes' },
      { text: 'Measured 37.774, -122.419 volts and amps', note: '3 decimals without context' },
      { text: 'x37.77493,-122.41942', note: 'inside a longer token' },
    ],
  },
});
