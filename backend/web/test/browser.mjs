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
//   - every view is screenshotted at desktop and phone width into
//     SALUS_SCREENSHOTS (default test-results/).
//
// Environment: SALUS_BASE_URL, SALUS_PROVIDER_TOKEN, SALUS_PROVIDER_NAME,
// SALUS_PATIENT_KEY (0x-hex private key), optionally SALUS_SCREENSHOTS and
// SALUS_CHROMIUM. backend/web/browser_test.go starts the stack and runs this.
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
const patient = new Wallet(env("SALUS_PATIENT_KEY"));
const shots = resolve(env("SALUS_SCREENSHOTS", "test-results"));
const executablePath = env("SALUS_CHROMIUM", "/usr/bin/chromium");

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
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

async function providerCall(method, path, body, contentType = "application/json") {
  const resp = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${providerToken}`, ...(body ? { "Content-Type": contentType } : {}) },
    body,
  });
  return { status: resp.status, text: await resp.text() };
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
    if (msg.type() === "error" && !/Failed to load resource: the server responded with a status of 40[34]/.test(msg.text())) {
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

  // 11. The parts that do not exist yet say so.
  await nav("Prescriptions & claims");
  await page.getByRole("heading", { level: 2, name: /Prescriptions/ }).getByText("Not available yet").waitFor(WAIT);
  await shoot("not-available");
  ok("prescriptions, claims and pack checks are marked not available yet");

  // 12. Another account chosen in the wallet ends the session; sign in again, then out.
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
