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
collection.features = collection.features.map((f) => ({
  type: "Feature",
  properties: { iso2: countries.numericToAlpha2(f.id) || (f.properties.name === "Kosovo" ? "XK" : ""), name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: roundCoordinates(f.geometry.coordinates) },
}));
fs.writeFileSync(process.argv[2], JSON.stringify(collection));
