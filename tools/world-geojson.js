// One-time conversion of the world map used by the dashboard. Not run by the build.
// Input: npm world-atlas@2.0.2 countries-110m.json (Natural Earth 1:110m, public domain; package ISC licence),
// converted with topojson-client@3.1.0 (ISC); ISO 3166-1 numeric ids mapped to alpha-2 with i18n-iso-countries@7.14.0
// (MIT). Output: lodestone-app/src/main/resources/static/geo/world.json, a GeoJSON FeatureCollection whose features
// carry properties.iso2 and properties.name.
// Usage: npm install world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0 && node world-geojson.js OUT
const fs = require("fs");
const topojson = require("topojson-client");
const countries = require("i18n-iso-countries");
const topo = require("world-atlas/countries-110m.json");
const collection = topojson.feature(topo, topo.objects.countries);
const round = (value) => Math.round(value * 100) / 100;
const roundCoordinates = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoordinates));
// Rings of Fiji and Chukotka cross the antimeridian (-179.9 next to 179.4), so the map drew lines across the world.
// Such a ring is moved east whole: its western longitudes gain 360 (Chukotka then ends near 190). Antarctica's ring
// runs around the pole along the line on purpose and is left alone.
const crosses = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
const onSide = (ring) =>
  crosses(ring) && !ring.some((p) => p[1] < -80) ? ring.map((p) => (p[0] < 0 ? [round(p[0] + 360), p[1]] : p)) : ring;
const fixRings = (c) => (typeof c[0][0] === "number" ? onSide(c) : c.map(fixRings));
collection.features = collection.features.map((f) => ({
  type: "Feature",
  properties: { iso2: countries.numericToAlpha2(f.id) || (f.properties.name === "Kosovo" ? "XK" : ""), name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: fixRings(roundCoordinates(f.geometry.coordinates)) },
}));
fs.writeFileSync(process.argv[2], JSON.stringify(collection));
