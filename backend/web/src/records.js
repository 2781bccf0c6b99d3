// records.js: the patient's records and the record reader.
//
// Opening a record uses GET /v1/records/{id}/content: the backend's key
// service decrypts the version for the signed-in patient and writes the read
// to the audit log. The page does not decrypt in the browser (GET
// /v1/records/{id}/key and the IPFS gateway): a wallet has no registered
// encryption key by default (the Registry holds keys of institutions), wallets
// no longer offer decryption (MetaMask deprecated eth_decrypt, and it never
// spoke ECIES on secp256k1), and handling raw key material in a page is what
// its strict Content-Security-Policy and this design try to avoid. The
// plaintext lives only in this page's memory while the reader is open.
import { byId, el, named, replace, say } from "./dom.js";
import * as words from "./words.js";

const RESOURCE_NAMES = {
  Observation: "Observation or lab result",
  DiagnosticReport: "Report",
  Condition: "Diagnosis",
  AllergyIntolerance: "Allergy",
  Immunization: "Vaccination",
  MedicationRequest: "Prescription",
  MedicationStatement: "Medicine you take",
  Procedure: "Procedure",
  Encounter: "Visit",
  ImagingStudy: "Imaging study",
  DocumentReference: "Document",
  Patient: "Personal details",
  Coverage: "Insurance",
  Composition: "Summary",
  Bundle: "Collection of records",
};

// STATUS words the FHIR statuses a patient meets most.
const STATUS = {
  registered: "Registered, no result yet",
  preliminary: "Preliminary (may still change)",
  final: "Final",
  amended: "Amended",
  corrected: "Corrected",
  cancelled: "Cancelled",
  "entered-in-error": "Entered in error",
  active: "Active",
  completed: "Completed",
  stopped: "Stopped",
  "on-hold": "On hold",
};

/** chains groups record versions into records: each a list, first version first. */
export function chains(versions) {
  const byIdMap = new Map(versions.map((v) => [v.id, v]));
  const out = [];
  for (const v of versions) {
    if (v.previous && byIdMap.has(v.previous)) continue; // not a first version
    const chain = [v];
    let cur = v;
    const seen = new Set([v.id]);
    while (cur.next && byIdMap.has(cur.next) && !seen.has(cur.next)) {
      cur = byIdMap.get(cur.next);
      seen.add(cur.id);
      chain.push(cur);
    }
    out.push(chain);
  }
  const latest = (c) => c[c.length - 1].createdAt || "";
  return out.sort((a, b) => (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));
}

/** Records is the "My records" view. */
export class Records {
  constructor(ctx) {
    this.ctx = ctx;
    this.list = byId("records-list");
    this.status = byId("records-status");
    this.error = byId("records-error");
    this.dialog = byId("record-dialog");
    this.body = byId("record-body");
    this.title = byId("record-title");
    this.urls = [];
    this.opened = null; // the button that opened the reader, to return focus to
    byId("record-close").addEventListener("click", () => this.dialog.close());
    this.dialog.addEventListener("close", () => this.closed());
  }

  /** load shows every record and, when cid names a version of one, opens it. */
  async load(cid) {
    const { api, session } = this.ctx;
    say(this.error, "");
    say(this.status, "Loading your records…", "busy");
    try {
      const [list] = await Promise.all([api.get(`/v1/patients/${session().address}/records`), this.ctx.directory()]);
      const records = chains(list.items);
      this.render(records);
      say(this.status, "");
      if (cid) {
        const chain = records.find((c) => c.some((v) => v.cid === cid));
        const index = chain ? chain.findIndex((v) => v.cid === cid) : -1;
        if (index < 0 || chain[index].erased) {
          say(this.error, "That document is not among your records, or it can no longer be read.", "error");
        } else {
          this.open(chain, index);
        }
      }
    } catch (err) {
      say(this.status, "");
      say(this.error, this.ctx.message(err), "error");
    }
  }

  render(records) {
    if (records.length === 0) {
      replace(this.list, el("li", { class: "card empty" }, "You have no records yet. When a hospital, doctor or laboratory writes one about you, it appears here."));
      return;
    }
    replace(
      this.list,
      records.map((chain) => {
        const last = chain[chain.length - 1];
        const label = words.categoryLabel(last.category);
        const versions = chain.length === 1 ? "1 version" : `${chain.length} versions, last changed ${words.date(last.createdAt)}`;
        return el(
          "li",
          { class: "card record" },
          el("h3", {}, label),
          el(
            "dl",
            { class: "facts" },
            el("div", {}, el("dt", {}, "Written by"), el("dd", {}, named(this.ctx.party(chain[0].author)))),
            el("div", {}, el("dt", {}, "Date"), el("dd", {}, words.date(chain[0].createdAt))),
            el("div", {}, el("dt", {}, "Versions"), el("dd", {}, versions)),
          ),
          last.erased
            ? el("p", { class: "help" }, "The keys of this record were destroyed at your request; it can no longer be read.")
            : el(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  "aria-label": `Open ${label} from ${words.date(chain[0].createdAt)}`,
                  onclick: (e) => this.open(chain, chain.length - 1, e.currentTarget),
                },
                "Open",
              ),
        );
      }),
    );
  }

  /** open shows version index of chain in the reader and fetches its content. */
  async open(chain, index, opener) {
    if (opener) this.opened = opener;
    this.revokeUrls();
    const v = chain[index];
    const label = words.categoryLabel(v.category);
    replace(this.title, label);
    const contentBox = el("div", { class: "content", "aria-live": "polite" }, el("p", { class: "message is-busy" }, "Decrypting…"));
    replace(
      this.body,
      el(
        "dl",
        { class: "facts" },
        el("div", {}, el("dt", {}, "Written by"), el("dd", {}, named(this.ctx.party(v.author)))),
        el("div", {}, el("dt", {}, "Date"), el("dd", {}, words.dateTime(v.createdAt))),
        el("div", {}, el("dt", {}, "Version"), el("dd", {}, `${index + 1} of ${chain.length}`)),
        v.size !== undefined ? el("div", {}, el("dt", {}, "Size"), el("dd", {}, words.bytes(v.size))) : null,
      ),
      contentBox,
      chain.length > 1 ? this.versionList(chain, index) : null,
    );
    if (!this.dialog.open) this.dialog.showModal();
    this.title.focus();
    if (v.erased) {
      replace(contentBox, el("p", { class: "help" }, "The keys of this version were destroyed; it can no longer be read."));
      return;
    }
    try {
      const { type, data } = await this.ctx.api.content(v.id);
      if (!this.dialog.open) return;
      replace(contentBox, this.renderContent(v, type, data));
    } catch (err) {
      replace(contentBox, el("p", { class: "message is-error", role: "alert" }, this.ctx.message(err)));
    }
  }

  versionList(chain, index) {
    return el(
      "div",
      { class: "versions" },
      el("h3", {}, "All versions"),
      el(
        "ol",
        {},
        chain.map((v, i) =>
          el(
            "li",
            {},
            i === index
              ? el("span", { "aria-current": "true" }, `${words.dateTime(v.createdAt)} (shown)`)
              : el("button", { type: "button", class: "link", onclick: () => this.open(chain, i) }, `${words.dateTime(v.createdAt)}${v.erased ? " (erased)" : ""}`),
          ),
        ),
      ),
    );
  }

  renderContent(v, type, data) {
    const mediaType = type.split(";")[0].trim().toLowerCase();
    if (mediaType === "application/fhir+json" || mediaType === "application/json" || mediaType.endsWith("+json")) {
      const text = new TextDecoder().decode(data);
      let resource;
      try {
        resource = JSON.parse(text);
      } catch {
        return el("pre", { class: "raw" }, text);
      }
      return this.fhir(resource);
    }
    if (mediaType.startsWith("text/")) {
      return el("pre", { class: "raw" }, new TextDecoder().decode(data));
    }
    const url = URL.createObjectURL(new Blob([data], { type: mediaType }));
    this.urls.push(url);
    return el(
      "p",
      {},
      `This record is a file (${mediaType}, ${words.bytes(data.byteLength)}) that the page cannot show. `,
      el("a", { href: url, download: `record-${v.id}` }, "Save a copy to your device"),
      ".",
    );
  }

  fhir(r) {
    const rows = [];
    const add = (term, value) => {
      if (value !== undefined && value !== null && value !== "") rows.push(el("div", {}, el("dt", {}, term), el("dd", {}, String(value))));
    };
    add("Kind", RESOURCE_NAMES[r.resourceType] || r.resourceType);
    add("What", concept(r.code) || concept(r.medicationCodeableConcept) || concept(r.vaccineCode) || concept(r.type));
    add("Result", value(r));
    add("Interpretation", (r.interpretation || []).map(concept).filter(Boolean).join(", "));
    add("Reference range", (r.referenceRange || []).map(range).filter(Boolean).join("; "));
    add("Conclusion", r.conclusion);
    add("Dosage", (r.dosageInstruction || []).map((d) => d.text).filter(Boolean).join("; "));
    add("Reactions", (r.reaction || []).flatMap((x) => (x.manifestation || []).map(concept)).filter(Boolean).join(", "));
    add("Status", STATUS[r.status] || r.status || concept(r.clinicalStatus));
    add("When", when(r));
    add("Notes", (r.note || []).map((n) => n.text).filter(Boolean).join(" "));
    return el(
      "div",
      {},
      el("dl", { class: "facts fhir" }, rows),
      el(
        "details",
        {},
        el("summary", {}, "Show the full record (technical format)"),
        el("pre", { class: "raw" }, JSON.stringify(r, null, 2)),
      ),
    );
  }

  closed() {
    this.revokeUrls();
    replace(this.body); // the plaintext leaves the page
    if (this.opened && document.contains(this.opened)) this.opened.focus();
    this.opened = null;
    // Opened from a link (#/records/{cid}): closing leaves the plain list, so
    // that reloading the page does not open the document again.
    if (window.location.hash.startsWith("#/records/")) window.history.replaceState(null, "", "#/records");
  }

  revokeUrls() {
    for (const u of this.urls) URL.revokeObjectURL(u);
    this.urls = [];
  }
}

function concept(c) {
  if (!c) return "";
  if (c.text) return c.text;
  const coding = (c.coding || []).find((x) => x.display) || (c.coding || [])[0];
  return coding ? coding.display || coding.code || "" : "";
}

function quantity(q) {
  if (!q || q.value === undefined) return "";
  return `${q.comparator || ""}${q.value}${q.unit || q.code ? ` ${q.unit || q.code}` : ""}`;
}

function range(r) {
  if (r.text) return r.text;
  const low = quantity(r.low);
  const high = quantity(r.high);
  return low && high ? `${low} – ${high}` : low || high;
}

function value(r) {
  if (r.valueQuantity) return quantity(r.valueQuantity);
  if (r.valueString !== undefined) return r.valueString;
  if (r.valueCodeableConcept) return concept(r.valueCodeableConcept);
  if (r.valueBoolean !== undefined) return r.valueBoolean ? "yes" : "no";
  if (r.valueInteger !== undefined) return String(r.valueInteger);
  return "";
}

function when(r) {
  const t = r.effectiveDateTime || r.issued || r.occurrenceDateTime || r.onsetDateTime || r.recordedDate || r.authoredOn || r.date;
  if (!t) return "";
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : words.dateTime(d.toISOString());
}
