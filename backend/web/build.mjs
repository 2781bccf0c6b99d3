// Builds the patient web app served at /app from src/ with the packages pinned
// in package-lock.json:
//
//   node build.mjs OUTDIR        (npm run build writes dist/, which is committed)
//
// dist/ holds index.html, app.js (src/main.js and the parts of siwe and ethers
// it uses, bundled and minified by esbuild), app.css, icon.svg and
// THIRD-PARTY-NOTICES.txt (the licence of every npm package in app.js). The
// API server embeds it (package web) and serves it with a
// Content-Security-Policy that allows this origin only, so the build fails if
// a source writes HTML from strings or anything in the output looks like a load
// from elsewhere. The output is deterministic: web_test.go rebuilds it into a
// temporary directory and fails when dist/ differs.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, "src");

function fail(msg) {
  console.error(`build.mjs: ${msg}`);
  process.exit(1);
}

const out = process.argv[2];
if (!out || process.argv.length !== 3) fail("usage: node build.mjs OUTDIR");

// The installed packages must be the ones the lockfile pins.
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
function installed(name) {
  const locked = lock.packages?.[`node_modules/${name}`];
  if (!locked?.version || !locked?.integrity) fail(`package-lock.json does not pin ${name}`);
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8"));
  } catch {
    fail(`${name} is not installed: run npm ci in ${here}`);
  }
  if (pkg.version !== locked.version) {
    fail(`node_modules has ${name} ${pkg.version}, package-lock.json pins ${locked.version}: run npm ci`);
  }
  return pkg;
}
for (const name of ["esbuild", "ethers", "siwe", "buffer"]) installed(name);
const esbuild = await import("esbuild");

// Sources: text from the API and from records is added as text nodes only
// (src/dom.js); these would let it become markup or code.
const unsafe = [
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|createContextualFragment|DOMParser/, "HTML parsed from a string"],
  [/document\.write/, "document.write"],
  [/\beval\s*\(|new\s+Function\s*\(/, "code from a string"],
  [/\.style\s*[.=[]|setAttribute\(\s*["']style/, "an inline style, which the CSP refuses"],
  [/https?:\/\//, "an absolute URL: the page talks to its own origin only"],
];
for (const name of readdirSync(src).sort()) {
  if (!/\.(js|html|css)$/.test(name)) continue;
  const text = readFileSync(join(src, name), "utf8");
  for (const [re, what] of unsafe) {
    if (name.endsWith(".css") && what.startsWith("an inline style")) continue;
    const m = re.exec(text);
    if (m) fail(`src/${name} uses ${what}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 40))}`);
  }
  if (name.endsWith(".html") && /<script>|<style|\sstyle=|\son[a-z]+=/.test(text)) fail(`src/${name} has inline script or style, which the CSP refuses`);
}

// siwe imports all of ethers to verify signatures, which the page never does;
// point that import at the few functions it names (src/siwe-ethers.js).
const siweEthers = {
  name: "siwe-ethers",
  setup(build) {
    build.onResolve({ filter: /^ethers$/ }, (args) =>
      args.importer.split(sep).join("/").includes("/node_modules/siwe/") ? { path: join(src, "siwe-ethers.js") } : undefined,
    );
  },
};

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  write: false,
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
};
const js = await esbuild.build({
  ...common,
  entryPoints: [join(src, "main.js")],
  outfile: "app.js",
  format: "esm",
  platform: "browser",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  metafile: true,
  plugins: [siweEthers],
});
const css = await esbuild.build({
  ...common,
  entryPoints: [join(src, "app.css")],
  outfile: "app.css",
  target: ["chrome100", "firefox100", "safari15"],
});

const files = new Map(); // output name -> Buffer
files.set("app.js", Buffer.from(js.outputFiles[0].contents));
files.set("app.css", Buffer.from(css.outputFiles[0].contents));
files.set("index.html", readFileSync(join(src, "index.html")));
files.set("icon.svg", readFileSync(join(src, "icon.svg")));

// The licence of every package that ends up in app.js.
{
  const pkgs = new Map();
  for (const input of Object.keys(js.metafile.outputs["app.js"].inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.split(sep).join("/"));
    if (m) pkgs.set(m[1], true);
  }
  const parts = [
    "Salus patient web app: third-party software in app.js\n",
    "app.js bundles parts of the following npm packages, at the versions pinned in\nbackend/web/package-lock.json. Their licences follow.\n",
  ];
  for (const name of [...pkgs.keys()].sort()) {
    const dir = join(here, "node_modules", name);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const licenceFile = readdirSync(dir)
      .sort()
      .find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    parts.push(`\n${"=".repeat(78)}\n${name} ${pkg.version} (${pkg.license || "see below"})\n${"=".repeat(78)}\n`);
    parts.push(licenceFile ? readFileSync(join(dir, licenceFile), "utf8").trim() + "\n" : `No licence file is shipped; package.json says ${pkg.license}.\n`);
  }
  files.set("THIRD-PARTY-NOTICES.txt", Buffer.from(parts.join(""), "utf8"));
}

// Nothing may load from another origin: the CSP would refuse it, and the page
// must work on a closed network.
const remoteLoads = [
  [/@import/i, "a CSS @import"],
  [/url\(\s*["']?(https?:)?\/\//i, "a url() to another origin"],
  [/url\(\s*["']?data:/i, "a data: URL, which the CSP refuses"],
  [/(src|href)\s*=\s*["']?(https?:)?\/\//i, "an element loading from another origin"],
  [/fonts\.(googleapis|gstatic)\.com/i, "a web font service"],
  [/(unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com)/i, "a CDN"],
  [/sourceMappingURL/, "a source map that is not shipped"],
];
for (const [name, data] of files) {
  if (!/\.(js|css|html|svg)$/.test(name)) continue;
  const text = data.toString("utf8");
  for (const [re, what] of remoteLoads) {
    const m = re.exec(text);
    if (m) fail(`${name} contains ${what}: ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 60))}`);
  }
}
// Everything index.html links must be built.
for (const m of files.get("index.html").toString("utf8").matchAll(/(?:src|href)="\/app\/([^"]+)"/g)) {
  if (!files.has(m[1])) fail(`index.html links /app/${m[1]}, which is not built`);
}

const outDir = resolve(out);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  writeFileSync(join(outDir, name), data);
}
console.log(`build.mjs: wrote ${files.size} files to ${relative(process.cwd(), outDir) || "."}`);
