// Builds the browsable API documentation served at /docs from the pinned
// swagger-ui-dist package (see package-lock.json) and src/:
//
//   node build.mjs OUTDIR        (npm run build writes dist/, which is committed)
//
// The output must load nothing from anywhere but the server itself, because /docs
// is served with a Content-Security-Policy that allows 'self' only. So the build
//   - copies only what the page needs (no source maps, no standalone preset),
//   - removes the sourceMappingURL comments,
//   - turns the default validator URL (a third-party service that the page would
//     load a badge image from) into null,
//   - writes every data: image of the stylesheet to its own file and points the
//     stylesheet at it (CSP img-src 'self' forbids data: URLs),
//   - and fails if anything that looks like a remote load (a font, a CDN, an
//     @import, a url() to another origin) is left.
// The output is deterministic: backend/api/docs_test.go rebuilds it into a
// temporary directory and fails when dist/ differs.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkgName = "swagger-ui-dist";
const pkgDir = join(here, "node_modules", pkgName);

function fail(msg) {
  console.error(`build.mjs: ${msg}`);
  process.exit(1);
}

const out = process.argv[2];
if (!out || process.argv.length !== 3) fail("usage: node build.mjs OUTDIR");

// The installed package must be the one the lockfile pins.
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const locked = lock.packages?.[`node_modules/${pkgName}`];
if (!locked?.version || !locked?.integrity) fail(`package-lock.json does not pin ${pkgName}`);
let installed;
try {
  installed = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
} catch {
  fail(`${pkgName} is not installed: run npm ci in ${here}`);
}
if (installed.version !== locked.version) {
  fail(`node_modules has ${pkgName} ${installed.version}, package-lock.json pins ${locked.version}: run npm ci`);
}

const files = new Map(); // output name -> Buffer

function pkgFile(name) {
  return readFileSync(join(pkgDir, name));
}

// replaceExactly replaces every occurrence of from in text, which must occur want times.
function replaceExactly(text, from, to, want, what) {
  const got = text.split(from).length - 1;
  if (got !== want) fail(`${what}: found ${got} occurrences of ${from}, expected ${want}; check the new ${pkgName} release by hand`);
  return text.split(from).join(to);
}

// JavaScript bundle.
{
  let js = pkgFile("swagger-ui-bundle.js").toString("utf8");
  js = js.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");
  js = replaceExactly(js, '"https://validator.swagger.io/validator"', "null", 3, "swagger-ui-bundle.js");
  files.set("swagger-ui-bundle.js", Buffer.from(js, "utf8"));
}

// Stylesheet: data: images become files next to it.
{
  let css = pkgFile("swagger-ui.css").toString("utf8");
  css = css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
  const types = { "image/svg+xml": "svg", "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif" };
  css = css.replace(/url\(\s*(["']?)data:([^,]*),(.*?)\1\s*\)/g, (match, quote, meta, data) => {
    const params = meta.split(";");
    const ext = types[params[0]];
    if (!ext) fail(`swagger-ui.css: unexpected data: URL of type ${params[0]}`);
    let bytes;
    if (params.includes("base64")) {
      bytes = Buffer.from(data, "base64");
    } else {
      // A CSS string: drop the backslash escapes, then the URL encoding.
      bytes = Buffer.from(decodeURIComponent(data.replace(/\\(.)/g, "$1")), "utf8");
    }
    const name = `img-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${ext}`;
    files.set(name, bytes);
    return `url(${name})`;
  });
  files.set("swagger-ui.css", Buffer.from(css, "utf8"));
}

// Unchanged package files: icons and the licences the bundle is distributed under.
for (const name of ["favicon-16x16.png", "favicon-32x32.png", "LICENSE", "NOTICE", "swagger-ui-bundle.js.LICENSE.txt"]) {
  files.set(name, pkgFile(name));
}

// Salus's own page.
for (const name of readdirSync(join(here, "src")).sort()) {
  files.set(name, readFileSync(join(here, "src", name)));
}

// Where the files came from.
files.set(
  "SOURCE.json",
  Buffer.from(JSON.stringify({ package: pkgName, version: locked.version, integrity: locked.integrity }, null, 2) + "\n"),
);

// Nothing may load from elsewhere.
const forbidden = [
  [/@import/i, "a CSS @import"],
  [/url\(\s*["']?(https?:)?\/\//i, "a url() to another origin"],
  [/url\(\s*["']?data:/i, "a data: URL"],
  [/sourceMappingURL/, "a source map reference"],
  [/fonts\.(googleapis|gstatic)\.com/i, "a web font service"],
  [/(unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|cdn\.)/i, "a CDN"],
  [/validator\.swagger\.io/i, "the online validator"],
];
for (const [name, bytes] of files) {
  if (!/\.(js|css|html)$/.test(name)) continue;
  const text = bytes.toString("utf8");
  for (const [re, what] of forbidden) {
    const m = re.exec(text);
    if (m) fail(`${name} still contains ${what}: ${text.slice(Math.max(0, m.index - 40), m.index + 60)}`);
  }
}

// Write OUTDIR, removing files that are no longer produced.
mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) {
  if (!files.has(name)) rmSync(join(out, name), { recursive: true });
}
for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  writeFileSync(join(out, name), bytes);
}
console.log(`build.mjs: wrote ${files.size} files from ${pkgName} ${locked.version} to ${out}`);
