// browser.mjs drives the patient web app at SALUS_BASE_URL/app in headless
// Chromium (Debian's /usr/bin/chromium, through playwright-core, which never
// downloads a browser) against a running Salus stack, as a patient would:
//
//   - window.ethereum is a wallet played by this script with ethers.Wallet
//     (eth_requestAccounts, eth_chainId, wallet_switchEthereumChain,
//     personal_sign, eth_signTypedData_v4), which can be told to refuse
//     (EIP-1193 code 4001) or to sit on another network;
//   - the patient signs in, shares lab results with a provider found by name,
//     the provider reads them over the API, the patient revokes, the provider
//     is refused, and the patient sees the read in "Who looked"; emergency
//     access stands out; refusals in the wallet are shown in words;
//   - signed out, anyone checks medicine packs: a registered pack is genuine,
//     a wrong serial is not, a malformed code is explained in words;
//   - the patient shares prescriptions with the provider and chooses the
//     pharmacy in the Sharing view; the provider writes the FHIR
//     MedicationRequest and the pharmacy the MedicationDispense as encrypted
//     records (POST /v1/records), then prescribe and fill over the API naming
//     them by record (a bare cid is refused); the patient sees the prescription
//     with its fill and the pharmacy's name, and both documents among their
//     records; the filled pack checks as handed out; the claims view answers calmly whether or not
//     the server has claims (404, 503), and shows claims in the shape
//     openapi.yaml documents, amounts exact;
//   - every view is screenshotted at desktop and phone (375 px) width into
//     SALUS_SCREENSHOTS (default test-results/).
//
// Environment: SALUS_BASE_URL, SALUS_PROVIDER_TOKEN, SALUS_PROVIDER_NAME,
// SALUS_PHARMACY_TOKEN, SALUS_PHARMACY_NAME, SALUS_MAKER_NAME,
// SALUS_INSURER_TOKEN, SALUS_INSURER_NAME, SALUS_REGULATOR_TOKEN, SALUS_PACKS
// (JSON: gtin, lot, expiry as YYMMDD, serials of a registered batch whose
// first 10 packs the pharmacy holds), SALUS_PATIENT_KEY (0x-hex private key),
// optionally SALUS_SCREENSHOTS and SALUS_CHROMIUM. backend/web/browser_test.go starts the stack and runs this.
// Exit status 0 means every step passed.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Wallet, getBytes, toUtf8String } from "ethers";
import { chromium } from "playwright-core";

const env = (name, fallback) => {
  const v = process.env[name] || fallback;
  if (v === undefined) throw new Error(`${name} is not set`);
  return v;
};
const base = env("SALUS_BASE_URL").replace(/\/$/, "");
const providerToken = env("SALUS_PROVIDER_TOKEN");
const providerName = env("SALUS_PROVIDER_NAME");
const pharmacyToken = env("SALUS_PHARMACY_TOKEN");
const pharmacyName = env("SALUS_PHARMACY_NAME");
const makerName = env("SALUS_MAKER_NAME");
const insurerToken = env("SALUS_INSURER_TOKEN");
const insurerName = env("SALUS_INSURER_NAME");
const regulatorToken = env("SALUS_REGULATOR_TOKEN");
const packs = JSON.parse(env("SALUS_PACKS"));
const patient = new Wallet(env("SALUS_PATIENT_KEY"));
const shots = resolve(env("SALUS_SCREENSHOTS", "test-results"));
const executablePath = env("SALUS_CHROMIUM", "/usr/bin/chromium");

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const WAIT = { timeout: 30_000 };

let step = 0;
function ok(what) {
  step++;
  console.log(`ok ${step} - ${what}`);
}

function assert(cond, what) {
  if (!cond) throw new Error(`assertion failed: ${what}`);
}

// --- the provider, over the REST API -------------------------------------------

async function call(token, method, path, body, contentType = "application/json") {
  const resp = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": contentType } : {}) },
    body,
  });
  return { status: resp.status, text: await resp.text() };
}

function providerCall(method, path, body, contentType) {
  return call(providerToken, method, path, body, contentType);
}

// --- the pharmacy and the packs ------------------------------------------------

/** rawCode is the element string a scanner reads from a pack's DataMatrix. */
const rawCode = (serial) => `]d2\u001d01${packs.gtin}17${packs.expiry}10${packs.lot}\u001d21${serial}`;
/** hri is the bracketed form printed under the barcode. */
const hri = (serial) => `(01)${packs.gtin}(17)${packs.expiry}(10)${packs.lot}(21)${serial}`;

/**
 * writePrescriptionRecord stores a FHIR resource (a MedicationRequest or
 * MedicationDispense) as an encrypted prescriptions record of the patient
 * through the records machinery, as token's institution; it returns the
 * record version ({id, cid, ...}) that issuing and dispensing name.
 */
async function writePrescriptionRecord(token, resource) {
  const r = await call(token, "POST", `/v1/records?patient=${patient.address}&category=prescriptions`, JSON.stringify(resource), "application/fhir+json");
  assert(r.status === 201, `POST /v1/records (prescriptions, ${resource.resourceType}): ${r.status} ${r.text}`);
  return JSON.parse(r.text).record;
}

// --- the wallet ----------------------------------------------------------------

const chainInfo = await (await fetch(`${base}/v1/chain`)).json();
const salusChain = Number(chainInfo.chainId);
const walletState = {
  chainId: 1, // starts on another network
  switchable: false, // and refuses to switch
  reject: false, // refuses every signature when true
  hold: null, // a promise typed-data signing waits for, as a patient reading the wallet's screen
  signed: [], // what it signed
};

function refuse() {
  return { error: { code: 4001, message: "User rejected the request." } };
}

async function walletRequest(method, params) {
  switch (method) {
    case "eth_requestAccounts":
    case "eth_accounts":
      return { result: [patient.address.toLowerCase()] };
    case "eth_chainId":
      return { result: `0x${walletState.chainId.toString(16)}` };
    case "wallet_switchEthereumChain": {
      if (!walletState.switchable) return refuse();
      walletState.chainId = Number(BigInt(params[0].chainId));
      return { result: null, event: ["chainChanged", params[0].chainId] };
    }
    case "personal_sign": {
      if (walletState.reject) return refuse();
      const [data, address] = params;
      if (address.toLowerCase() !== patient.address.toLowerCase()) return { error: { code: 4100, message: "unknown account" } };
      const bytes = getBytes(data);
      walletState.signed.push({ method, text: toUtf8String(bytes) });
      return { result: await patient.signMessage(bytes) };
    }
    case "eth_signTypedData_v4": {
      if (walletState.reject) return refuse();
      const [address, json] = params;
      if (address.toLowerCase() !== patient.address.toLowerCase()) return { error: { code: 4100, message: "unknown account" } };
      const td = JSON.parse(json);
      if (walletState.hold) await walletState.hold;
      // MetaMask refuses typed data for another network than its own.
      if (Number(td.domain.chainId) !== walletState.chainId) {
        return { error: { code: -32603, message: `Provided chainId "${td.domain.chainId}" must match the active chainId "${walletState.chainId}"` } };
      }
      const types = { ...td.types };
      delete types.EIP712Domain;
      walletState.signed.push({ method, typedData: td });
      return { result: await patient.signTypedData(td.domain, types, td.message) };
    }
  }
  return { error: { code: 4200, message: `unsupported method ${method}` } };
}

// The page's window.ethereum: an EIP-1193 provider whose requests this script answers.
function injectWallet() {
  const listeners = {};
  window.ethereum = {
    async request({ method, params }) {
      const answer = await window.__salusTestWallet(method, params || []);
      if (answer.error) {
        const err = new Error(answer.error.message);
        err.code = answer.error.code;
        throw err;
      }
      if (answer.event) for (const f of listeners[answer.event[0]] || []) f(answer.event[1]);
      return answer.result;
    },
    on(event, f) {
      (listeners[event] ||= []).push(f);
    },
    removeListener(event, f) {
      listeners[event] = (listeners[event] || []).filter((g) => g !== f);
    },
  };
  // The test's hand on the wallet's events, as when the patient picks another account.
  window.__salusTestWalletEmit = (event, value) => {
    for (const f of listeners[event] || []) f(value);
  };
}

// --- the browser ---------------------------------------------------------------

mkdirSync(shots, { recursive: true });
for (const f of readdirSync(shots)) {
  if (/^(\d\d-.*|failure)\.png$/.test(f)) rmSync(join(shots, f)); // the last run's
}
const userDataDir = mkdtempSync(join(tmpdir(), "salus-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
  viewport: DESKTOP,
  locale: "en-GB",
  timezoneId: "Europe/Amsterdam",
});
const problems = [];
let failed = false;
try {
  const page = context.pages()[0] || (await context.newPage());
  await page.exposeFunction("__salusTestWallet", walletRequest);
  await page.addInitScript(injectWallet);
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    // Answers the page expects: 403 and 404 (a missing route, as claims may
    // be), 400 from /v1/verify for a malformed pack code, and the 503 this
    // test serves for claims.
    const expected =
      /Failed to load resource: the server responded with a status of 40[34]/.test(msg.text()) ||
      (/status of 400/.test(msg.text()) && (msg.location().url || "").includes("/v1/verify")) ||
      (/status of 503/.test(msg.text()) && /\/claims(\?|$)/.test(msg.location().url || ""));
    if (msg.type() === "error" && !expected) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
  page.on("request", (req) => {
    if (!req.url().startsWith(`${base}/`)) problems.push(`request to another origin: ${req.url()}`);
  });
  const checkProblems = (where) => {
    if (problems.length) throw new Error(`${where}:\n  ${problems.join("\n  ")}`);
  };

  // shoot saves the page at desktop and phone width, and checks that the phone
  // layout does not scroll sideways.
  let shot = 0;
  const shoot = async (what) => {
    shot++;
    const name = `${String(shot).padStart(2, "0")}-${what}`;
    await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `${name}: the phone layout is ${overflow}px wider than the screen`);
    await page.screenshot({ path: join(shots, `${name}-phone.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  };
  const nav = (name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
  const alertText = (id) => page.locator(`#${id}`);

  // 1. The page is served from the binary, with its CSP.
  const resp = await page.goto(`${base}/app`);
  assert(resp.status() === 200, `GET /app: ${resp.status()}`);
  const csp = resp.headers()["content-security-policy"] || "";
  assert(csp.includes("default-src 'self'") && !csp.includes("unsafe"), `CSP ${csp}`);
  await page.getByRole("heading", { level: 1, name: "See and share your health records" }).waitFor(WAIT);
  await shoot("signin");
  ok("the page loads from the server with a strict CSP");

  // 1b. Signed out, anyone checks a pack, from the keyboard: the code printed
  //     on a registered pack is genuine, a scanner's raw code too, a wrong
  //     serial is not, and a malformed code is explained.
  const packField = page.getByLabel("Code on the pack");
  const verdict = page.locator("#pack-result");
  await packField.focus();
  await page.keyboard.type(`(01) ${packs.gtin} (17) ${packs.expiry} (10) ${packs.lot} (21) ${packs.serials[11]}`);
  await page.keyboard.press("Enter");
  await verdict.getByRole("heading", { name: "Genuine pack" }).waitFor(WAIT);
  await verdict.getByText(makerName).waitFor(WAIT);
  await verdict.getByText("It is fine to use").waitFor(WAIT);
  assert((await verdict.getAttribute("aria-live")) === "polite", "the verdict is not announced");
  await shoot("pack-genuine");
  await packField.fill(rawCode(packs.serials[12]));
  await page.getByRole("button", { name: "Check the pack" }).click();
  await verdict.getByText(packs.serials[12]).waitFor(WAIT);
  await verdict.getByRole("heading", { name: "Genuine pack" }).waitFor(WAIT);
  ok("signed out, a registered pack checks genuine, typed with spaces or as a scanner reads it");

  await packField.fill(hri("SNFORGED0001"));
  await page.getByRole("button", { name: "Check the pack" }).click();
  await verdict.getByRole("heading", { name: "Not a genuine pack" }).waitFor(WAIT);
  await verdict.getByText("do not take this medicine").waitFor(WAIT);
  await shoot("pack-not-genuine");
  ok("a wrong serial checks not genuine");

  const wrongCheckDigit = packs.gtin.slice(0, 13) + String((Number(packs.gtin[13]) + 1) % 10);
  await packField.fill(`(01)${wrongCheckDigit}(17)${packs.expiry}(10)${packs.lot}(21)${packs.serials[11]}`);
  await page.getByRole("button", { name: "Check the pack" }).click();
  const packError = page.locator("#pack-error");
  await packError.getByText("The product number after (01) does not add up").waitFor(WAIT);
  assert((await packField.getAttribute("aria-invalid")) === "true", "the malformed code's field is not marked invalid");
  assert((await verdict.textContent()) === "", "a verdict stays beside the error");
  await packError.getByText("What Salus answered").click();
  await packError.getByText(/check digit/).waitFor(WAIT);
  await shoot("pack-malformed");
  await packField.fill("(01)12345");
  await page.getByRole("button", { name: "Check the pack" }).click();
  await packError.getByText(/cut off|is missing|cannot be checked/).first().waitFor(WAIT);
  await packField.fill("   ");
  await page.getByRole("button", { name: "Check the pack" }).click();
  await packError.getByText("Type or paste the code printed on the pack first.").waitFor(WAIT);
  ok("malformed codes are explained in words");

  // Start again with a fresh page, as a patient coming to sign in.
  await page.goto(`${base}/app`);
  await page.getByRole("heading", { level: 1, name: "See and share your health records" }).waitFor(WAIT);

  // 2. Keyboard: Tab reaches the sign-in button. The wallet is on another
  //    network and refuses to switch: the patient is told in words.
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab");
  assert((await page.evaluate(() => document.activeElement && document.activeElement.id)) === "sign-in", "Tab does not reach the sign-in button");
  await page.keyboard.press("Enter");
  await alertText("signin-error").getByText(/on Ethereum Mainnet \(network 1\), not on the Salus network \(network \d+\), and switching was declined/).waitFor(WAIT);
  await shoot("signin-wrong-network");
  ok("a wallet on the wrong network is explained, and the button works from the keyboard");

  // 3. The wallet switches, but the patient declines the signature (4001).
  walletState.switchable = true;
  walletState.reject = true;
  await page.getByRole("button", { name: "Connect wallet and sign in" }).click();
  await alertText("signin-error").getByText("You declined the request in your wallet").waitFor(WAIT);
  assert(walletState.chainId === salusChain, "the page did not switch the wallet to the Salus network");
  await shoot("signin-declined");
  ok("a declined signature is shown in words");

  // 4. Sign in.
  walletState.reject = false;
  await page.getByRole("button", { name: "Connect wallet and sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "My records" }).waitFor(WAIT);
  const siwe = walletState.signed.find((s) => s.method === "personal_sign");
  assert(siwe && siwe.text.startsWith(`${new URL(base).host} wants you to sign in with your Ethereum account:\n${patient.address}\n`), `SIWE message: ${siwe && siwe.text}`);
  await page.getByText("You have no records yet").waitFor(WAIT);
  await page.getByText(`Signed in as`).waitFor(WAIT);
  await shoot("records-empty");
  ok("the patient signs in with a SIWE message signed in the wallet");

  // 5. Share lab results with the provider, found by name. The first try is
  //    declined in the wallet; the second goes through, pending then confirmed.
  await nav("Sharing");
  await page.getByRole("heading", { level: 1, name: "Sharing" }).waitFor(WAIT);
  await page.getByText("Nobody but you can read your records").waitFor(WAIT);
  await page.getByLabel("Kind of institution").selectOption("provider");
  await page.getByLabel("Name contains").fill(providerName.slice(0, 5));
  await page.getByRole("radio", { name: new RegExp(`^${providerName}`) }).check();
  await page.getByLabel("Why may they read your records?").selectOption("treatment");
  await page.getByRole("checkbox", { name: /^Lab results/ }).check();
  await shoot("sharing-form");
  walletState.reject = true;
  await page.getByRole("button", { name: "Review and sign in your wallet" }).click();
  await alertText("share-error").getByText("You declined the request in your wallet").waitFor(WAIT);
  ok("a declined grant signature is shown in words");

  // While the wallet shows the typed data, the page explains its numbers.
  walletState.reject = false;
  let signNow;
  walletState.hold = new Promise((r) => (signNow = r));
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/v1/grants/signed", async (route) => {
    await held; // hold the relay so the pending state can be seen
    await route.continue();
  });
  await page.getByRole("button", { name: "Review and sign in your wallet" }).click();
  await alertText("share-status").getByText("Check your wallet and approve").waitFor(WAIT);
  const numbers = alertText("share-status").locator("dl");
  assert((await numbers.locator("div", { hasText: "categories: 16" }).locator("dd").textContent()) === "Lab results", "the wallet's categories explained");
  assert((await numbers.locator("div", { hasText: "purpose: 1" }).locator("dd").textContent()) === "Treatment", "the wallet's purpose explained");
  await shoot("sharing-in-wallet");
  walletState.hold = null;
  signNow();
  await page.getByText("Waiting for confirmation").waitFor(WAIT);
  await alertText("share-status").getByText("Signed. Waiting for the Salus network to confirm").waitFor(WAIT);
  await shoot("sharing-pending");
  release();
  await alertText("share-status").getByText(`Confirmed: ${providerName}`).waitFor(WAIT);
  await page.unroute("**/v1/grants/signed");
  const grantCard = page.locator("#grants-list li", { hasText: providerName });
  await grantCard.getByText("Active").waitFor(WAIT);
  await grantCard.getByText("Lab results").waitFor(WAIT);
  const typed = walletState.signed.filter((s) => s.method === "eth_signTypedData_v4");
  assert(typed.length === 1 && typed[0].typedData.primaryType === "Grant", "the wallet did not sign one Grant");
  await shoot("sharing-granted");
  ok("the patient grants by EIP-712 signature; pending, then confirmed");

  // 6. The provider writes and reads the lab result over the API.
  const marker = `HbA1c-${Date.now()}`;
  const labResult = JSON.stringify({
    resourceType: "Observation",
    status: "final",
    code: { text: "HbA1c" },
    valueQuantity: { value: 5.4, unit: "%" },
    effectiveDateTime: "2025-05-30T08:15:00Z",
    note: [{ text: marker }],
  });
  const created = await providerCall("POST", `/v1/records?patient=${patient.address}&category=lab_results`, labResult, "application/fhir+json");
  assert(created.status === 201, `the provider writes the record: ${created.status} ${created.text}`);
  const recordId = JSON.parse(created.text).record.id;
  const read = await providerCall("GET", `/v1/records/${recordId}/content`);
  assert(read.status === 200 && read.text === labResult, `the provider reads the record: ${read.status}`);
  ok("the provider's API read succeeds while the grant holds");

  // 7. The patient opens the record; the server decrypts it for them.
  await nav("My records");
  const recordCard = page.locator("#records-list li", { hasText: "Lab results" });
  await recordCard.getByText(providerName).waitFor(WAIT);
  await shoot("records");
  await recordCard.getByRole("button", { name: /^Open Lab results/ }).click();
  const dialog = page.getByRole("dialog", { name: "Lab results" });
  await dialog.getByText("HbA1c").first().waitFor(WAIT);
  await dialog.getByText("5.4 %").waitFor(WAIT);
  await shoot("record-open");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden", ...WAIT });
  // The dialog's close event (which clears the content) is queued as a task
  // after the dialog hides: wait for it rather than racing it.
  const cleared = await page
    .waitForFunction(() => document.getElementById("record-body").textContent === "", null, { timeout: 5000 })
    .then(() => true, () => false);
  assert(cleared, "the plaintext stays in the page after closing");
  ok("the patient reads the record, decrypted through the audited API");

  // 8. Revoke: pending, then confirmed; the provider is refused.
  await nav("Sharing");
  let releaseRevoke;
  const heldRevoke = new Promise((r) => (releaseRevoke = r));
  await page.route("**/v1/grants/signed-revoke", async (route) => {
    await heldRevoke;
    await route.continue();
  });
  await page.getByRole("button", { name: `Stop sharing with ${providerName} (Hospital or doctor) for Treatment` }).click();
  await page.getByText("Stopping — waiting for confirmation").waitFor(WAIT);
  releaseRevoke();
  await alertText("sharing-status").getByText(`Confirmed: ${providerName}`).waitFor(WAIT);
  assert(/can no longer read your records/.test(await alertText("sharing-status").textContent()), "the revocation's confirmation");
  await page.unroute("**/v1/grants/signed-revoke");
  await page.getByText("Nobody but you can read your records").waitFor(WAIT);
  await shoot("sharing-revoked");
  const refused = await providerCall("GET", `/v1/records/${recordId}/content`);
  assert(refused.status === 403, `the provider reads after the revocation: ${refused.status}, want 403`);
  ok("the patient revokes by signature; the provider's read is refused");

  // 9. Who looked: the provider's read and the patient's own.
  await nav("Who looked");
  const rows = page.locator("table.log tbody tr");
  await rows.first().waitFor(WAIT);
  await rows.filter({ hasText: providerName }).filter({ hasText: "Treatment" }).first().waitFor(WAIT);
  await rows.filter({ hasText: "You" }).first().waitFor(WAIT);
  assert((await page.locator("table.log tr.emergency").count()) === 0, "an emergency row without an emergency");
  await shoot("activity");
  ok("the audit view shows the provider's read and the patient's own");

  // 10. Emergency access: a provider opens it and reads; it stands out.
  const opened = await providerCall("POST", "/v1/emergency-access", JSON.stringify({ patient: patient.address, reasonCode: `0x${"e1".repeat(32)}` }));
  assert(opened.status === 201, `emergency access: ${opened.status} ${opened.text}`);
  const emergencyRead = await providerCall("GET", `/v1/records/${recordId}/content`);
  assert(emergencyRead.status === 200, `the emergency read: ${emergencyRead.status}`);
  await nav("My records");
  await nav("Who looked");
  await page.locator("#activity-emergency").getByText("1 reading in an emergency").waitFor(WAIT);
  await page.locator("table.log tr.emergency").filter({ hasText: providerName }).getByText("Emergency").waitFor(WAIT);
  await shoot("activity-emergency");
  await nav("Sharing");
  await page.locator("#sharing-emergency").getByText("Emergency access is open").waitFor(WAIT);
  await page.locator("#grants-list li.emergency").filter({ hasText: providerName }).waitFor(WAIT);
  assert((await page.getByRole("button", { name: /Stop sharing/ }).count()) === 0, "emergency access offers a revoke the contract does not have");
  await shoot("sharing-emergency");
  ok("emergency access stands out in sharing and in who looked");

  // 11. Prescriptions: none yet. The patient lets the provider write and read
  //     their prescriptions and chooses the pharmacy (both for treatment, in
  //     the Sharing view); the provider writes the MedicationRequest as an
  //     encrypted record and prescribes a medicine with one refill naming it;
  //     the pharmacy writes its MedicationDispense the same way and fills with
  //     a pack it holds. The patient sees the prescription with its fill, by
  //     the pharmacy's name, and both documents among their records.
  await nav("Prescriptions");
  await page.getByRole("heading", { level: 1, name: "My prescriptions" }).waitFor(WAIT);
  await page.getByText("You have no prescriptions yet").waitFor(WAIT);
  await shoot("prescriptions-empty");

  const sharePrescriptions = async (role, name) => {
    await nav("Sharing");
    await page.getByLabel("Kind of institution").selectOption(role);
    await page.getByLabel("Name contains").fill(name.slice(0, 6));
    await page.getByRole("radio", { name: new RegExp(`^${name}`) }).check();
    await page.getByLabel("Why may they read your records?").selectOption("treatment");
    await page.getByRole("checkbox", { name: /^Prescriptions/ }).check();
    await page.getByRole("button", { name: "Review and sign in your wallet" }).click();
    await alertText("share-status").getByText(new RegExp(`^Confirmed: ${name} \\(.*\\) may now read your Prescriptions for treatment`)).waitFor(WAIT);
    const card = page.locator("#grants-list li.grant:not(.emergency):not(.ended)", { hasText: name }).filter({ hasText: "Prescriptions" });
    await card.getByText("Active").waitFor(WAIT);
  };
  await sharePrescriptions("provider", providerName);
  await sharePrescriptions("pharmacy", pharmacyName);
  await shoot("sharing-prescriptions");
  ok("the patient shares prescriptions with the provider and chooses the pharmacy, by signature");

  const rxRequest = {
    patient: patient.address,
    gtin: packs.gtin,
    quantityPerFill: 1,
    refills: 1,
    validUntil: new Date(Date.now() + 90 * 86400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
  const medicationRequest = await writePrescriptionRecord(providerToken, {
    resourceType: "MedicationRequest",
    status: "active",
    intent: "order",
    medicationCodeableConcept: { coding: [{ system: "https://www.gs1.org/gtin", code: packs.gtin }], text: "Paracetamol 500 mg" },
    subject: { reference: `Patient/${patient.address}` },
    dosageInstruction: [{ text: "1 tablet up to 4 times a day" }],
    dispenseRequest: { numberOfRepeatsAllowed: 1 },
  });
  // A client of the old API, naming the document by a bare CID, is told what to do instead.
  const bare = await providerCall("POST", "/v1/prescriptions", JSON.stringify({ ...rxRequest, cid: medicationRequest.cid }));
  assert(
    bare.status === 400 && JSON.parse(bare.text).code === "unknown_field" && /cid is no longer accepted.*POST \/v1\/records/.test(JSON.parse(bare.text).message),
    `a prescription naming its MedicationRequest by cid: ${bare.status} ${bare.text}`,
  );
  const issued = await providerCall("POST", "/v1/prescriptions", JSON.stringify({ ...rxRequest, record: medicationRequest.id }));
  assert(issued.status === 201, `the provider prescribes: ${issued.status} ${issued.text}`);
  const prescription = JSON.parse(issued.text).prescription;
  const rxId = prescription.id;
  assert(prescription.cid === medicationRequest.cid, `the prescription's cid ${prescription.cid} is not its MedicationRequest record's ${medicationRequest.cid}`);
  const medicationDispense = await writePrescriptionRecord(pharmacyToken, {
    resourceType: "MedicationDispense",
    status: "completed",
    medicationCodeableConcept: { coding: [{ system: "https://www.gs1.org/gtin", code: packs.gtin }], text: "Paracetamol 500 mg" },
    subject: { reference: `Patient/${patient.address}` },
    quantity: { value: 1, unit: "pack" },
    whenHandedOver: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  const filled = await call(
    pharmacyToken,
    "POST",
    `/v1/prescriptions/${rxId}/dispense`,
    JSON.stringify({ fill: 1, packs: [rawCode(packs.serials[0])], record: medicationDispense.id }),
  );
  assert(filled.status === 200, `the pharmacy fills: ${filled.status} ${filled.text}`);
  const fillDone = JSON.parse(filled.text).fill;
  assert(fillDone.cid === medicationDispense.cid, `the fill's cid ${fillDone.cid} is not its MedicationDispense record's ${medicationDispense.cid}`);
  const batchId = fillDone.batchIds[0];
  ok("the provider and the pharmacy write their documents as records and name them when prescribing and filling");
  await nav("My records");
  const prescriptionRecords = page.locator("#records-list li", { hasText: "Prescriptions" });
  await prescriptionRecords.filter({ hasText: providerName }).first().waitFor(WAIT);
  await prescriptionRecords.filter({ hasText: pharmacyName }).first().waitFor(WAIT);
  await nav("Prescriptions");
  const rxCard = page.locator("#prescriptions-list li.prescription", { hasText: `Prescription no. ${rxId}` });
  await rxCard.getByText("Active").waitFor(WAIT);
  await rxCard.getByText(packs.gtin).waitFor(WAIT);
  await rxCard.getByText(providerName).waitFor(WAIT);
  await rxCard.getByText("1 of 2 fills").waitFor(WAIT);
  await rxCard.getByText("1 left").waitFor(WAIT);
  await rxCard.getByText("1 after the first fill").waitFor(WAIT);
  const fill = rxCard.locator("ol.fills > li");
  assert((await fill.count()) === 1, "one fill is listed");
  await fill.getByText("Fill 1").waitFor(WAIT);
  await fill.getByText(pharmacyName).waitFor(WAIT);
  assert((await fill.locator("abbr").getAttribute("title")) === batchId, "the fill's batch");
  await shoot("prescriptions");
  ok("a prescription issued and filled shows with its fill and the pharmacy's name");

  await rxCard.getByRole("link", { name: `Read what your doctor wrote for Prescription no. ${rxId}` }).click();
  const rxDialog = page.getByRole("dialog", { name: "Prescriptions" });
  await rxDialog.getByText("Paracetamol 500 mg").first().waitFor(WAIT);
  await rxDialog.getByText("1 tablet up to 4 times a day", { exact: true }).waitFor(WAIT);
  await shoot("prescription-document");
  await page.keyboard.press("Escape");
  await rxDialog.waitFor({ state: "hidden", ...WAIT });
  assert((await page.evaluate(() => window.location.hash)) === "#/records", "closing the document leaves the plain records list");
  await nav("Prescriptions");
  await rxCard.getByText("Active").waitFor(WAIT);
  ok("a prescription links to what the doctor wrote, opened in the records reader through the audited API");

  await rxCard.getByRole("link", { name: `Prescription no. ${rxId}`, exact: true }).click();
  await page.getByRole("link", { name: "← All my prescriptions" }).waitFor(WAIT);
  assert((await page.locator("#prescriptions-list li.prescription").count()) === 1, "one prescription on its own page");
  await page.locator("#prescriptions-list").getByText(pharmacyName).waitFor(WAIT);
  await shoot("prescription-one");
  await page.getByRole("link", { name: "← All my prescriptions" }).click();
  await page.locator("#prescriptions-back").waitFor({ state: "hidden", ...WAIT });
  ok("one prescription opens on its own page, and back");

  // 12. Signed in, the filled pack checks as handed out by the pharmacy.
  await nav("Check a pack");
  await page.getByRole("heading", { level: 1, name: "Medicine packs" }).waitFor(WAIT);
  await page.getByLabel("Code on the pack").fill(hri(packs.serials[0]));
  await page.getByRole("button", { name: "Check the pack" }).click();
  await page.locator("#pack-result").getByRole("heading", { name: "Already handed out" }).waitFor(WAIT);
  await page.locator("#pack-result").getByText(pharmacyName).waitFor(WAIT);
  await shoot("pack-handed-out");
  ok("signed in, the filled pack checks as handed out by the pharmacy");

  // 13. Claims: the patient's claims, or a calm word when this server has
  //     none. Then, served by this test in the shapes openapi.yaml documents
  //     (IndexedClaim from the index, Claim from the claims service), a paid
  //     claim and one waiting for review, whose amounts are converted, added
  //     and formatted without floats; and a 503, answered calmly too.
  // Where the server has the claims route: the insurer publishes a plan,
  // enrols the patient and funds its pool; the patient lets the insurer read
  // their insurance details for payment, in the Sharing view; the provider
  // submits a covered claim, paid at once with deductible and co-pay, and
  // one with a line the plan does not cover, which waits for review. The
  // patient sees both, with their amounts.
  const probe = await providerCall("GET", `/v1/patients/${patient.address}/claims`);
  const serverHasClaims = ![404, 501, 503].includes(probe.status);
  const day = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  const paidDay = day(-2 * 86400_000).slice(0, 10);
  const waitingDay = day(-86400_000).slice(0, 10);
  const careOn = (d) => `Care on ${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/Amsterdam" }).format(new Date(`${d}T00:00:00Z`))}`;
  if (serverHasClaims) {
    const must = async (what, answer, status) => {
      const r = await answer;
      assert(r.status === status, `${what}: ${r.status} ${r.text}`);
      return JSON.parse(r.text);
    };
    const plan = await must(
      "the insurer publishes a plan",
      call(insurerToken, "POST", "/v1/plans", JSON.stringify({ copayBps: 2000, deductible: "20.00", annualLimit: "5000.00", reviewThreshold: "1000.00", tariffs: [{ code: "CPT:99213", amount: "80.00" }] })),
      201,
    );
    const policy = await must(
      "the insurer enrols the patient",
      call(insurerToken, "POST", "/v1/policies", JSON.stringify({ planId: plan.plan.planId, patient: patient.address, memberRef: "M-WEB-0001", validFrom: day(-7 * 86400_000), validUntil: day(365 * 86400_000) })),
      201,
    );
    const insurerAccount = (await (await fetch(`${base}/v1/participants?role=insurer`)).json()).items.find((p) => p.name === insurerName).address;
    await must("the treasury mints for the insurer", call(regulatorToken, "POST", "/v1/token/mint", JSON.stringify({ to: insurerAccount, amount: "1000.00", paymentRef: "BANK-WEB-0001" })), 200);
    await must("the insurer funds its pool", call(insurerToken, "POST", "/v1/pools/me/deposits", JSON.stringify({ amount: "1000.00" })), 200);

    await nav("Sharing");
    await page.getByLabel("Kind of institution").selectOption("insurer");
    await page.getByLabel("Name contains").fill(insurerName.slice(0, 6));
    await page.getByRole("radio", { name: new RegExp(`^${insurerName}`) }).check();
    await page.getByLabel("Why may they read your records?").selectOption("payment");
    await page.getByRole("checkbox", { name: /^Insurance/ }).check();
    await page.getByRole("button", { name: "Review and sign in your wallet" }).click();
    await alertText("share-status").getByText(`Confirmed: ${insurerName}`).waitFor(WAIT);
    ok("the patient lets the insurer read their insurance details for payment");

    const submit = (key, serviceDate, lines) =>
      must(
        `the provider submits claim ${key}`,
        providerCall("POST", "/v1/claims", JSON.stringify({ patient: patient.address, policyId: policy.policy.policyId, serviceDate, claimKey: key, lines })),
        201,
      );
    const paidNow = await submit("INV-WEB-0001", paidDay, [{ code: "CPT:99213", quantity: 1, unitAmount: "80.00" }]);
    assert(paidNow.claim.status === "paid", `a covered claim is paid at once: ${JSON.stringify(paidNow.claim)}`);
    await submit("INV-WEB-0002", waitingDay, [
      { code: "CPT:99213", quantity: 1, unitAmount: "80.00" },
      { code: "CPT:70450", quantity: 1, unitAmount: "1400.50" },
    ]);
  }
  await nav("Claims");
  await page.getByRole("heading", { level: 1, name: "My insurance claims" }).waitFor(WAIT);
  if (serverHasClaims) {
    // The index follows the chain: look again until both claims are there.
    const paidCard = page.locator("#claims-list li.claim", { hasText: careOn(paidDay) });
    const waitingCard = page.locator("#claims-list li.claim", { hasText: careOn(waitingDay) });
    for (let i = 0; i < 20 && !((await paidCard.count()) && (await waitingCard.count())); i++) {
      await page.waitForTimeout(500);
      await nav("Prescriptions");
      await nav("Claims");
      await page.locator("#claims-status").getByText("Loading").waitFor({ state: "hidden", ...WAIT });
    }
    const amount = async (card, term) => (await card.locator(".amounts > div", { has: page.locator("dt", { hasText: term }) }).locator("dd").textContent()).trim();
    await paidCard.getByText("Paid", { exact: true }).waitFor(WAIT);
    await paidCard.getByText(insurerName).waitFor(WAIT);
    await paidCard.getByText(providerName).waitFor(WAIT);
    for (const [term, want] of [["Billed", "80.00"], ["Covered by your plan", "80.00"], ["Your deductible", "20.00"], ["Your co-pay", "12.00"], ["Paid by your insurer", "48.00"]]) {
      assert((await amount(paidCard, term)) === want, `paid claim, ${term}: ${await amount(paidCard, term)}, want ${want}`);
    }
    await waitingCard.getByText("Waiting for your insurer").waitFor(WAIT);
    await waitingCard.getByText("Not covered by your plan", { exact: true }).waitFor(WAIT);
    assert((await amount(waitingCard, "Billed")) === "1,480.50", "the waiting claim's billed total");
    assert((await amount(waitingCard, "Paid by your insurer")) === "Not decided yet", "the waiting claim is not decided");
  }
  const claimsAnswer = page.locator("#claims-status, #claims-list li").filter({ hasText: /not available on this server yet|no insurance claims yet|Care on/ });
  await claimsAnswer.first().waitFor(WAIT);
  assert((await page.locator("#claims-error").textContent()) === "", "the claims view shows an error");
  const serverClaims = (await claimsAnswer.first().textContent()).slice(0, 60);
  await shoot("claims");
  ok(serverHasClaims ? "the patient's claims show, paid and waiting, with their status and amounts" : `the server has no claims route; the view says: ${serverClaims}…`);

  const directory = (await (await fetch(`${base}/v1/participants?limit=200`)).json()).items;
  const accountOf = (name) => directory.find((p) => p.name === name).address;
  const claimsRoute = /\/v1\/patients\/0x[0-9a-fA-F]{40}\/claims(\?|$)/;
  const code32 = (text) => `0x${Buffer.from(text, "ascii").toString("hex").padEnd(64, "0")}`;
  const unix = (iso) => Math.floor(Date.parse(iso) / 1000);
  const position = (block, time) => ({
    blockNumber: block,
    logIndex: 0,
    blockHash: `0x${"8d".repeat(32)}`,
    txHash: `0x${"1f".repeat(32)}`,
    contract: accountOf(providerName),
    blockTime: time,
  });
  const paidId = `0x${"3c".repeat(32)}`;
  const waitingId = `0x${"5d".repeat(32)}`;
  // IndexedClaim items, most recently changed first, as the index answers.
  const documented = {
    items: [
      {
        claimId: waitingId,
        status: "pending",
        provider: accountOf(providerName),
        patient: patient.address,
        insurer: accountOf(insurerName),
        policyId: 1,
        amount: "0",
        position: position(1300, "2025-07-15T10:00:00Z"),
        submission: { claimKey: `0x${"44".repeat(32)}`, serviceDate: unix("2025-07-14T00:00:00Z"), lines: 2, allowed: "80000000" },
        lines: [
          { lineIndex: 1, code: code32("CPT:70450"), quantity: 1, unitAmount: "12500500000", allowed: "0", reason: 1 },
          { lineIndex: 0, code: code32("CPT:99213"), quantity: 1, unitAmount: "80000000", allowed: "80000000", reason: 0 },
        ],
      },
      {
        claimId: paidId,
        status: "paid",
        provider: accountOf(providerName),
        patient: patient.address,
        insurer: accountOf(insurerName),
        policyId: 1,
        amount: "32000000",
        position: position(1207, "2025-06-01T09:30:12Z"),
        submission: { claimKey: `0x${"43".repeat(32)}`, serviceDate: unix("2025-06-01T00:00:00Z"), lines: 2, allowed: "140000000" },
        lines: [
          { lineIndex: 0, code: code32("CPT:99213"), quantity: 1, unitAmount: "80000000", allowed: "80000000", reason: 0 },
          { lineIndex: 1, code: code32("CPT:85025"), quantity: 2, unitAmount: "30000000", allowed: "60000000", reason: 0 },
        ],
      },
    ],
  };
  // The claims service's Claim of the paid one, with its decision; the
  // other it does not know, so the page keeps what the index says.
  const paidClaim = {
    claimId: paidId,
    claimKey: `0x${"43".repeat(32)}`,
    provider: accountOf(providerName),
    patient: patient.address,
    insurer: accountOf(insurerName),
    policyId: 1,
    serviceDate: "2025-06-01T00:00:00Z",
    status: "paid",
    appealed: false,
    reasons: [],
    allowed: "140.000000",
    payout: "32.000000",
    lines: [
      { code: "CPT:99213", quantity: 1, unitAmount: "80.000000", allowed: "80.000000" },
      { code: "CPT:85025", quantity: 2, unitAmount: "30.000000", allowed: "60.000000" },
    ],
    evidence: [],
    decision: { approved: "140.000000", deductible: "100.000000", copay: "8.000000", overLimit: "0.000000", payout: "32.000000", benefitYear: 0 },
  };
  const claimRoute = /\/v1\/claims\/0x[0-9a-f]{64}$/;
  await page.route(claimRoute, (route) =>
    route.request().url().endsWith(paidId)
      ? route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(paidClaim) })
      : route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ code: "not_found", message: "no such claim" }) }),
  );
  await page.route(claimsRoute, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(documented) }));
  await nav("Prescriptions");
  await nav("Claims");
  const paid = page.locator("#claims-list li.claim", { hasText: "Care on 1 Jun 2025" });
  await paid.getByText("Paid", { exact: true }).waitFor(WAIT);
  await paid.getByText(providerName).waitFor(WAIT);
  await paid.getByText(insurerName).waitFor(WAIT);
  const amountOf = async (card, term) => (await card.locator(".amounts > div", { has: page.locator("dt", { hasText: term }) }).locator("dd").textContent()).trim();
  assert((await amountOf(paid, "Billed")) === "140.00", `billed: ${await amountOf(paid, "Billed")}`);
  assert((await amountOf(paid, "Your deductible")) === "100.00", "the deductible");
  assert((await amountOf(paid, "Your co-pay")) === "8.00", "the co-pay");
  assert((await amountOf(paid, "Paid by your insurer")) === "32.00", "the payout");
  assert((await paid.locator(".amounts dt", { hasText: "Above your yearly limit" }).count()) === 0, "a zero amount over the limit is shown");
  const waiting = page.locator("#claims-list li.claim", { hasText: "Care on 14 Jul 2025" });
  await waiting.getByText("Waiting for your insurer").waitFor(WAIT);
  await waiting.getByText("Not covered by your plan", { exact: true }).waitFor(WAIT);
  assert((await amountOf(waiting, "Billed")) === "12,580.50", `billed with thousands: ${await amountOf(waiting, "Billed")}`);
  assert((await waiting.locator("table.lines tbody tr").nth(1).locator("td").nth(1).textContent()) === "12,500.50", "a line's amount");
  const order = await page.locator("#claims-list li.claim h3").allTextContents();
  assert(order[0] === "Care on 14 Jul 2025" && order[1] === "Care on 1 Jun 2025", `claims newest first: ${order}`);
  await waiting.getByText("Not decided yet").waitFor(WAIT);
  await waiting.getByText("CPT:70450").waitFor(WAIT);
  await shoot("claims-documented");
  await page.unroute(claimRoute);
  ok("claims in the documented shape show their status and amounts, added and formatted exactly");

  await page.unroute(claimsRoute);
  await page.route(claimsRoute, (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ code: "unavailable", message: "the indexer is not running" }) }),
  );
  await nav("Prescriptions");
  await nav("Claims");
  await page.locator("#claims-status").getByText("Claims are not available on this server yet.").waitFor(WAIT);
  assert((await page.locator("#claims-list li").count()) === 0, "claims stay on screen after a 503");
  assert((await page.locator("#claims-error").textContent()) === "", "a 503 shows as an error");
  await page.unroute(claimsRoute);
  ok("a 503 from the claims route is answered calmly");

  // 14. Another account chosen in the wallet ends the session; sign in again, then out.
  await page.evaluate(() => window.__salusTestWalletEmit("accountsChanged", ["0x000000000000000000000000000000000000dead"]));
  await alertText("signin-error").getByText("Your wallet switched to another account").waitFor(WAIT);
  await page.getByRole("button", { name: "Connect wallet and sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "My records" }).waitFor(WAIT);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByText("You are signed out.").waitFor(WAIT);
  assert(!(await page.getByRole("navigation", { name: "Main" }).isVisible()), "the navigation is still shown after signing out");
  ok("switching accounts in the wallet signs the patient out, and so does the button");

  checkProblems("the browser reported problems");
  console.log(`${step} passed, 0 failed`);
} catch (err) {
  failed = true;
  console.error(`not ok ${step + 1} - ${err && err.stack ? err.stack : err}`);
  if (problems.length) console.error(`browser problems:\n  ${problems.join("\n  ")}`);
  try {
    const page = context.pages()[0];
    if (page) await page.screenshot({ path: join(shots, "failure.png"), fullPage: true });
  } catch {
    // best effort
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
