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
