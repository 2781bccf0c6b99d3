// words.js: the API's codes in words a patient understands.

/** CATEGORIES are the data categories of the AccessGrants contract, in its order. */
export const CATEGORIES = [
  ["summary", "Health summary", "Your overall health summary"],
  ["allergies", "Allergies", "Allergies and intolerances"],
  ["immunizations", "Vaccinations", "Vaccinations you have had"],
  ["diagnoses", "Diagnoses", "Conditions and diagnoses"],
  ["lab_results", "Lab results", "Blood tests and other lab results"],
  ["imaging", "Imaging", "X-rays, scans and their reports"],
  ["prescriptions", "Prescriptions", "Medicines prescribed to you"],
  ["insurance", "Insurance", "Your insurance details"],
  ["personal", "Personal details", "Contact and personal details"],
];

/** GRANTABLE_PURPOSES are the purposes a patient may grant, with what they mean. */
export const GRANTABLE_PURPOSES = [
  ["treatment", "Treatment", "to treat you"],
  ["payment", "Payment", "to bill you or your insurer"],
  ["research", "Research", "for medical research"],
  ["operations", "Running the service", "to run and check their service"],
  ["care_giving", "Care giving", "a person who looks after you"],
];

const PURPOSES = Object.fromEntries([
  ...GRANTABLE_PURPOSES.map(([k, label]) => [k, label]),
  ["emergency", "Emergency"],
]);

const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map(([k, label]) => [k, label]));

/** ROLES names the Registry roles. */
export const ROLES = {
  provider: "Hospital or doctor",
  lab: "Laboratory",
  pharmacy: "Pharmacy",
  manufacturer: "Medicine maker",
  distributor: "Medicine distributor",
  insurer: "Insurer",
  research: "Research institute",
  government_payer: "Public health payer",
};

/** SHAREABLE_ROLES are the roles a patient is offered to share with, in that order. */
export const SHAREABLE_ROLES = ["provider", "lab", "pharmacy", "insurer", "research", "government_payer"];

export function categoryLabel(c) {
  return CATEGORY_LABELS[c] || c;
}

export function purposeLabel(p) {
  return PURPOSES[p] || p;
}

export function roleLabel(r) {
  return ROLES[r] || r;
}

/** shortAddress shows an account as 0x1234…abcd. */
export function shortAddress(a) {
  return a && a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a || "";
}

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** date formats an RFC 3339 time as a date in the reader's language. */
export function date(t) {
  return t ? dateFmt.format(new Date(t)) : "unknown date";
}

/** dateTime formats an RFC 3339 time as date and time in the reader's language. */
export function dateTime(t) {
  return t ? dateTimeFmt.format(new Date(t)) : "unknown time";
}

/** rfc3339 formats a Date in UTC with whole seconds, as the API returns times. */
export function rfc3339(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** fromUnix turns unix seconds (a number or decimal string) into RFC 3339. */
export function fromUnix(sec) {
  const n = Number(sec);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a time in seconds: ${sec}`);
  return rfc3339(new Date(n * 1000));
}

/** bytes formats a size. */
export function bytes(n) {
  if (n === undefined || n === null) return "";
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** CONTRACT_REFUSALS words the AccessGrants refusals a patient can meet. */
const CONTRACT_REFUSALS = {
  AccessGrantsExpiredSignature: "Your signature arrived too late to be used. Please try again and sign when your wallet asks.",
  AccessGrantsInvalidNonce: "Another change to your sharing was made at the same time. Please reload the list and try again.",
  AccessGrantsInvalidSigner: "The signature is not from the account you signed in with. Check which account your wallet uses and try again.",
  AccessGrantsGranteeNotActive: "This institution's licence is not active, so you cannot share with it now.",
  AccessGrantsInvalidCaregiver: "Care giving is for a person who looks after you; institutions get treatment, payment, research or operations access instead.",
  AccessGrantsSelfGrant: "You cannot share your records with yourself.",
  AccessGrantsNoGrant: "There is no such sharing to stop; it may have been stopped already.",
  AccessGrantsInvalidExpiry: "The end date must be in the future.",
  AccessGrantsInvalidCategories: "Choose at least one kind of record to share.",
};

/**
 * apiMessage turns an API error into a sentence for the patient. The server's
 * own message (written for developers) is kept only as a last resort.
 */
export function apiMessage(err) {
  const code = err && err.code;
  const contract = err && err.details && err.details.error;
  if (contract && CONTRACT_REFUSALS[contract]) return CONTRACT_REFUSALS[contract];
  switch (code) {
    case "network":
      return "Salus could not be reached. Check your internet connection and try again.";
    case "unauthenticated":
      return "Your sign-in has ended. Please sign in again.";
    case "forbidden":
      return "Your account is not allowed to do this.";
    case "not_found":
      return "This could not be found. It may have been removed; reload the page.";
    case "rate_limited": {
      const s = err.retryAfter ? ` about ${err.retryAfter} seconds` : " a moment";
      return `Too many requests in a short time. Please wait${s} and try again.`;
    }
    case "unavailable":
    case "timeout":
      return "The Salus network is not answering right now. Please try again in a minute.";
    case "validity_in_past":
      return "The end date must be in the future.";
    case "conflict":
    case "unprocessable":
      return "The network refused this change. Please check what you entered and try again.";
    case "internal":
      return "Something went wrong on the Salus server. Please try again later.";
  }
  return `Something went wrong: ${err && err.message ? err.message : String(err)}`;
}

/** shortHash shows a 32-byte id as 0x1234…abcd. */
export function shortHash(h) {
  return h && h.length > 14 ? `${h.slice(0, 6)}…${h.slice(-4)}` : h || "";
}

/** count says "1 pack", "2 packs". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

let separators = null;

/** numberSeparators returns the reader's thousands and decimal separators. */
function numberSeparators() {
  if (!separators) {
    separators = { group: ",", decimal: "." };
    try {
      for (const p of new Intl.NumberFormat(undefined).formatToParts(1234567.5)) {
        if (p.type === "group") separators.group = p.value;
        if (p.type === "decimal") separators.decimal = p.value;
      }
    } catch {
      // keep the defaults
    }
  }
  return separators;
}

/**
 * money formats an amount the API gives as a decimal string ("1234.5") with
 * the reader's separators and at least two decimals ("1,234.50"), by string
 * arithmetic only: no digit is lost to a float. currency, when given, goes
 * before the amount. Anything that is not a decimal number is shown as is.
 */
export function money(amount, currency = "") {
  const s = amount === undefined || amount === null ? "" : String(amount).trim();
  const m = /^([-+])?(\d*)(?:\.(\d*))?$/.exec(s);
  if (!s || !m || (m[2] === "" && !m[3])) return s || "—";
  const int = (m[2] || "0").replace(/^0+(?=\d)/, "");
  let frac = (m[3] || "").replace(/0+$/, "");
  if (frac.length < 2) frac = frac.padEnd(2, "0");
  const { group, decimal } = numberSeparators();
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = m[1] === "-" && /[1-9]/.test(int + frac);
  return `${negative ? "−" : ""}${currency ? `${currency} ` : ""}${grouped}${decimal}${frac}`;
}

/** PRESCRIPTION_STATUS words a prescription's status: badge text, badge kind, sentence. */
export const PRESCRIPTION_STATUS = {
  active: ["Active", "ok", "You can collect it at a pharmacy."],
  completed: ["All collected", "muted", "Every fill of this prescription has been collected."],
  expired: ["Expired", "muted", "Its end date has passed: ask your doctor for a new one if you still need it."],
  cancelled: ["Cancelled", "muted", "Your doctor cancelled it: it can no longer be collected."],
};

/** CODE_SYSTEMS names the medicine code systems a prescriber may use. */
const CODE_SYSTEMS = [
  [/whocc\.no\/atc|\batc\b/i, "ATC"],
  [/rxnorm/i, "RxNorm"],
  [/snomed/i, "SNOMED CT"],
  [/gs1|gtin/i, "GS1"],
];

/** codeSystem names a medicine code system shortly, or returns it as given. */
export function codeSystem(s) {
  if (!s) return "";
  for (const [re, name] of CODE_SYSTEMS) if (re.test(s)) return name;
  return s;
}

/**
 * PACK_VERDICTS words the answer of /v1/verify for anyone holding the pack:
 * [headline, kind (ok, warn, bad), what it means, what to do].
 */
export const PACK_VERDICTS = {
  active: ["Genuine pack", "ok", "The maker registered this pack, and it has not been recalled, blocked, expired or handed out before.", "It is fine to use, as your doctor or pharmacist told you."],
  not_authentic: ["Not a genuine pack", "bad", "The maker never registered a pack with this code. It may be a fake, or the code may be mistyped.", "Check the code you typed. If it is right, do not take this medicine: show the pack to a pharmacist."],
  dispensed: ["Already handed out", "warn", "This is a genuine pack, and a pharmacy has already handed it out to a patient.", "If that is how you got it, all is well. If you got it any other way, it may be a copy of a genuine pack: do not take it and show it to a pharmacist."],
  recalled: ["Recalled — do not use", "bad", "This is a genuine pack, but its maker has recalled the whole batch, for example because of a quality problem.", "Do not take this medicine. Bring it back to a pharmacy, which will replace it."],
  quarantined: ["Blocked — do not use", "bad", "This is a genuine pack, but its batch was stored at the wrong temperature on its way and is blocked until it is checked.", "Do not take this medicine. Show it to a pharmacist."],
  expired: ["Expired — do not use", "bad", "This is a genuine pack, but its use-by date has passed.", "Do not take this medicine. Bring it back to a pharmacy."],
};

/** AI_NAMES names the parts of a pack code by their GS1 application identifier. */
const AI_NAMES = {
  "01": "the product number after (01)",
  "17": "the use-by date after (17)",
  "10": "the batch number after (10)",
  "21": "the serial number after (21)",
};

export const PACK_CODE_HELP =
  "A pack code has four parts, each after a number in brackets: (01) the product number, (17) the use-by date, (10) the batch number and (21) the serial number, for example (01)09506000134352(17)271231(10)LOT42(21)SN0001.";

/**
 * packCodeProblem turns the API's 400 answer to a malformed pack code
 * (invalid_gs1 and its message, details.ai) into a sentence for anyone.
 */
export function packCodeProblem(err) {
  const msg = (err && err.message) || "";
  const ai = err && err.details && err.details.ai;
  const part = AI_NAMES[ai] || (ai ? `the part after (${ai})` : "one part");
  const Part = part.charAt(0).toUpperCase() + part.slice(1);
  if (err && err.code === "missing_field") return "Type or paste the code first.";
  if (/bytes long/.test(msg)) return "This is too long to be the code of a medicine pack. Copy only the code printed on the pack.";
  if (/check digit/.test(msg)) return `${Part} does not add up: one of its 14 digits is probably mistyped. Compare it with the pack.`;
  if (/invalid date/.test(msg)) return `${Part} is not a real date. It is written year, month, day with two digits each: 271231 is 31 December 2027.`;
  if (/missing application identifier/.test(msg)) return `A part of the code is missing. ${PACK_CODE_HELP}`;
  if (/unsupported application identifier/.test(msg)) return `The code has a part this check does not know${ai ? ` (${ai})` : ""}. ${PACK_CODE_HELP}`;
  if (/duplicate application identifier/.test(msg)) return `${Part} appears twice. Each part of the code appears once.`;
  if (/truncated/.test(msg)) return `${Part} is too short: the code may be cut off. Copy the whole code.`;
  if (/too long/.test(msg)) return `${Part} is too long. Check where it ends and the next part begins.`;
  if (/empty value/.test(msg)) return `${Part} is empty.`;
  if (/invalid character/.test(msg)) return `${Part} has a character that cannot be in a pack code. Letters, digits and a few signs like - and / are allowed; check for typing mistakes.`;
  if (/separator/.test(msg)) return `The code has a separator in the wrong place. Try typing it in the bracketed form instead. ${PACK_CODE_HELP}`;
  if (/empty input/.test(msg)) return "Type or paste the code first.";
  if (/symbology/.test(msg)) return `This does not look like a medicine pack code. ${PACK_CODE_HELP}`;
  return `This is not a medicine pack code Salus can read. ${PACK_CODE_HELP}`;
}

/** capitalise upper-cases the first letter. */
export function capitalise(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/**
 * decimalParts splits a decimal string into a BigInt of its digits and the
 * number of them after the point; null when it is not a plain decimal.
 */
function decimalParts(s) {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(String(s ?? "").trim());
  if (!m) return null;
  const frac = m[3] || "";
  const v = BigInt(m[2] + frac);
  return { v: m[1] ? -v : v, scale: frac.length };
}

function decimalString(v, scale) {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${neg ? "-" : ""}${int}${scale ? `.${frac}` : ""}`;
}

/**
 * sumDecimals adds decimal strings exactly (as money is added: no floats),
 * each times its factor when given as [amount, factor]; "" when one is not a
 * decimal.
 */
export function sumDecimals(terms) {
  const parts = [];
  for (const t of terms) {
    const [amount, factor = 1] = Array.isArray(t) ? t : [t];
    const p = decimalParts(amount);
    if (!p || !Number.isSafeInteger(factor)) return "";
    parts.push({ v: p.v * BigInt(factor), scale: p.scale });
  }
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((acc, p) => acc + p.v * 10n ** BigInt(scale - p.scale), 0n);
  return decimalString(total, scale);
}

/** isZero says whether a decimal string is zero. */
export function isZero(s) {
  const p = decimalParts(s);
  return !!p && p.v === 0n;
}

/** TOKEN_DECIMALS is the SettlementToken's number of decimals: money's minor units. */
export const TOKEN_DECIMALS = 6;

/**
 * fromMinorUnits turns an integer string of the token's minor units
 * ("1360000") into a decimal string ("1.360000"); anything else is returned
 * as it is.
 */
export function fromMinorUnits(s, decimals = TOKEN_DECIMALS) {
  const str = s === undefined || s === null ? "" : String(s);
  if (!/^\d+$/.test(str)) return str;
  const digits = str.padStart(decimals + 1, "0");
  return `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
}

/**
 * serviceCode shows a claim's service code: the text of a bytes32 that holds
 * left-aligned printable ASCII ("CPT:99213"), else the code as given.
 */
export function serviceCode(code) {
  const s = code === undefined || code === null ? "" : String(code);
  const m = /^0x([0-9a-fA-F]{64})$/.exec(s);
  if (!m) return s;
  const hex = m[1].replace(/(00)+$/, "");
  if (!hex || hex.length % 2) return shortHash(s);
  let text = "";
  for (let i = 0; i < hex.length; i += 2) {
    const c = parseInt(hex.slice(i, i + 2), 16);
    if (c < 0x20 || c > 0x7e) return shortHash(s);
    text += String.fromCharCode(c);
  }
  return text;
}
