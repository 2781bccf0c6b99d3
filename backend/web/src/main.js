// main.js: the Salus patient web app. Served by the API server at /app (same
// origin, strict Content-Security-Policy: nothing but this server), it signs
// the patient in with their wallet, then shows their records, who may read
// them (and lets them grant and revoke by signature), who did read them, their
// prescriptions and their insurance claims. Anyone, signed in or not, can
// check a medicine pack.
//
// The session token lives in this page's memory only: reloading the page or
// closing the tab signs the patient out.
import { Activity } from "./activity.js";
import { Api, ApiError } from "./api.js";
import { Claims } from "./claims.js";
import { byId, busy, say } from "./dom.js";
import { PackCheck } from "./packcheck.js";
import { Prescriptions } from "./prescriptions.js";
import { Records } from "./records.js";
import { Sharing } from "./sharing.js";
import { signIn, SignInError } from "./signin.js";
import * as wallet from "./wallet.js";
import * as words from "./words.js";

const VIEWS = {
  records: "My records",
  sharing: "Sharing",
  activity: "Who looked",
  prescriptions: "My prescriptions",
  claims: "My insurance claims",
  check: "Check a medicine pack",
};

const api = new Api();
let session = null; // {token, address, expiresAt}
let expiryTimer = 0;
let participants = new Map(); // lower-case address -> participant
let directoryLoaded = null; // promise of the participant list

/** message words any error for the patient. */
function message(err) {
  if (err instanceof wallet.WalletError || err instanceof SignInError) return err.message;
  if (err instanceof ApiError) return words.apiMessage(err);
  return `Something went wrong: ${err && err.message ? err.message : String(err)}. Please try again.`;
}

/**
 * party names an account: {name: "You"} for the patient, a licensed
 * institution's name and role, or its short address.
 */
function party(address) {
  if (!address) return { name: "", role: "" };
  if (session && address.toLowerCase() === session.address.toLowerCase()) return { name: "You", role: "" };
  const p = participants.get(address.toLowerCase());
  return p ? { name: p.name, role: words.roleLabel(p.role) } : { name: `Account ${words.shortAddress(address)}`, role: "" };
}

/** who names an account in a sentence: "St Mary (Hospital or doctor)". */
function who(address) {
  const { name, role } = party(address);
  return role ? `${name} (${role})` : name;
}

/**
 * directory loads the licensed participants once per sign-in, for their
 * names. It never fails: without it, accounts are shown by address.
 */
function directory() {
  if (!directoryLoaded) {
    directoryLoaded = api.all("/v1/participants?limit=200", 10).then(
      (list) => {
        participants = new Map(list.items.map((p) => [p.address.toLowerCase(), p]));
        say(byId("page-alert"), "");
      },
      (err) => {
        directoryLoaded = null; // try again next time
        if (session) say(byId("page-alert"), `The names of hospitals and other institutions could not be loaded, so their account numbers are shown. ${message(err)}`, "error");
      },
    );
  }
  return directoryLoaded;
}

/**
 * lookup names accounts the directory does not know yet, one registry read
 * each (GET /v1/participants/{address}, public), and remembers them. It never
 * fails: an account it cannot name is shown by its address.
 */
async function lookup(addresses) {
  const unknown = [...new Set(addresses.filter(Boolean).map((a) => a.toLowerCase()))].filter(
    (a) => !participants.has(a) && !(session && a === session.address.toLowerCase()),
  );
  const known = participants;
  await Promise.all(
    unknown.map((a) =>
      api.get(`/v1/participants/${a}`).then(
        (p) => known.set(a, p),
        () => {}, // not licensed, or not reachable: shown by address
      ),
    ),
  );
}

const ctx = {
  api,
  session: () => session,
  who,
  party,
  message,
  directory,
  lookup,
  participants: () => participants.values(),
};

let records;
let sharing;
let activity;
let prescriptions;
let claims;
let packCheck;

function show(view) {
  for (const section of document.querySelectorAll("main > .view")) {
    section.hidden = section.id !== `view-${view}`;
  }
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.dataset.view === view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  document.title = view === "signin" ? "Salus — your health records" : `${VIEWS[view]} — Salus`;
  // One pack check form, shown where the patient is.
  if (view === "signin" || view === "check") packCheck.place(byId(`${view}-pack-slot`));
}

/** route shows the view the address (#/view or #/view/id) names and loads its data. */
function route(focus = true) {
  const [name, arg] = window.location.hash.replace(/^#\/?/, "").split("/");
  const view = !session ? "signin" : VIEWS[name] ? name : "records";
  show(view);
  const heading = document.querySelector(`#view-${view} h1`);
  if (focus && heading) heading.focus();
  if (view === "records") records.load(arg && decoded(arg)); // #/records/{cid} opens that document
  if (view === "sharing") sharing.load();
  if (view === "activity") activity.load();
  if (view === "prescriptions") prescriptions.load(arg && decoded(arg));
  if (view === "claims") claims.load();
}

/** decoded undoes percent-encoding, or returns s as it is when it is malformed. */
function decoded(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function go(view) {
  if (window.location.hash === `#/${view}`) route();
  else window.location.hash = `#/${view}`;
}

function startSession(s) {
  session = s;
  api.token = s.token;
  byId("account-address").textContent = words.shortAddress(s.address);
  byId("account-address").title = s.address;
  byId("account").hidden = false;
  byId("nav").hidden = false;
  say(byId("signin-status"), "");
  say(byId("signin-error"), "");
  say(byId("page-alert"), "");
  clearTimeout(expiryTimer);
  const left = new Date(s.expiresAt).getTime() - Date.now();
  if (left > 0 && left < 2 ** 31) {
    expiryTimer = setTimeout(() => endSession("Your sign-in has ended, as it does after a while for your safety. Please sign in again."), left);
  }
  go("records");
}

/** endSession forgets the session; reason, when given, is shown as an alert. */
function endSession(reason) {
  const token = api.token;
  session = null;
  api.token = "";
  participants = new Map();
  directoryLoaded = null;
  clearTimeout(expiryTimer);
  if (token) {
    // Best effort: the server forgets the token too.
    fetch("/v1/auth/logout", { method: "POST", headers: { Authorization: `Bearer ${token}` }, cache: "no-store" }).catch(() => {});
  }
  const dialog = byId("record-dialog");
  if (dialog.open) dialog.close();
  byId("account").hidden = true;
  byId("nav").hidden = true;
  // Nothing of this patient's stays on the page for the next one.
  for (const id of ["records-list", "grants-list", "sharing-emergency", "activity-table", "activity-emergency"]) byId(id).replaceChildren();
  for (const id of ["page-alert", "records-status", "records-error", "sharing-status", "sharing-error", "activity-status", "activity-error"]) say(byId(id), "");
  sharing.clear();
  prescriptions.clear();
  claims.clear();
  packCheck.clear();
  if (reason) say(byId("signin-error"), reason, "error");
  else say(byId("signin-status"), "You are signed out.", "ok");
  if (window.location.hash) window.history.replaceState(null, "", window.location.pathname);
  route();
}

async function onSignIn(e) {
  const done = busy(e.currentTarget);
  const status = byId("signin-status");
  const error = byId("signin-error");
  say(error, "");
  try {
    const s = await signIn(api, (text) => say(status, text, "busy"));
    startSession(s);
  } catch (err) {
    say(status, "");
    const refused = err instanceof ApiError && err.code === "unauthenticated";
    say(
      error,
      refused
        ? "Salus did not accept the sign-in. This happens when signing took too long or the wallet signed with another account. Please try again."
        : message(err),
      "error",
    );
  } finally {
    done();
  }
}

function main() {
  records = new Records(ctx);
  sharing = new Sharing(ctx);
  activity = new Activity(ctx);
  prescriptions = new Prescriptions(ctx);
  claims = new Claims(ctx);
  packCheck = new PackCheck(ctx);
  api.onSignedOut = () => endSession("Your sign-in has ended. Please sign in again.");
  byId("sign-in").addEventListener("click", onSignIn);
  byId("sign-out").addEventListener("click", () => endSession(""));
  byId("skip").addEventListener("click", (e) => {
    e.preventDefault(); // the address bar's #/view stays as it is
    byId("main").focus();
  });
  window.addEventListener("hashchange", () => route());
  if (wallet.provider()) {
    watchWallet();
  } else {
    say(
      byId("signin-status"),
      "No wallet was found in this browser. To sign in, install a wallet such as MetaMask, or open this page in your wallet app's browser.",
      "",
    );
    // Some wallets (MetaMask on phones) announce themselves after the page has loaded.
    window.addEventListener(
      "ethereum#initialized",
      () => {
        say(byId("signin-status"), "");
        watchWallet();
      },
      { once: true },
    );
  }
  route(false);
}

/** watchWallet signs the patient out when the wallet switches to another account. */
function watchWallet() {
  wallet.onChange((what, value) => {
    if (!session || what !== "accounts") return;
    const now = Array.isArray(value) && value[0] ? value[0].toLowerCase() : "";
    if (now !== session.address.toLowerCase()) {
      endSession("Your wallet switched to another account, so you were signed out. Sign in again to continue.");
    }
  });
}

main();
