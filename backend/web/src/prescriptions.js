// prescriptions.js: the patient's prescriptions and their fills
// (GET /v1/patients/{address}/prescriptions, and GET /v1/prescriptions/{id}
// for one prescription at #/prescriptions/{id}). Prescribers and pharmacies
// are named from the registry (GET /v1/participants/{address}). The medical
// content (the FHIR MedicationRequest) stays in the patient's records: the
// chain only says which medicine by its product number or code.
import { byId, el, named, replace, say } from "./dom.js";
import * as words from "./words.js";

/** Prescriptions is the "Prescriptions" view. */
export class Prescriptions {
  constructor(ctx) {
    this.ctx = ctx;
    this.list = byId("prescriptions-list");
    this.status = byId("prescriptions-status");
    this.error = byId("prescriptions-error");
    this.back = byId("prescriptions-back");
    this.loading = 0;
  }

  clear() {
    this.list.replaceChildren();
    this.back.hidden = true;
    say(this.status, "");
    say(this.error, "");
  }

  /** load shows every prescription, or only prescription id when given. */
  async load(id) {
    const { api, session } = this.ctx;
    const run = ++this.loading;
    say(this.error, "");
    this.back.hidden = !id;
    say(this.status, id ? `Loading prescription no. ${id}…` : "Loading your prescriptions…", "busy");
    try {
      let items;
      let complete = true;
      if (id) {
        if (!/^[1-9]\d{0,18}$/.test(id)) throw Object.assign(new Error("bad id"), { notFound: true });
        items = [await api.get(`/v1/prescriptions/${id}`)];
      } else {
        const page = await api.all(`/v1/patients/${session().address}/prescriptions?limit=200`, 10);
        items = page.items.slice().reverse(); // newest first
        complete = page.complete;
      }
      const accounts = new Set();
      for (const p of items) {
        accounts.add(p.prescriber);
        for (const f of p.fills || []) accounts.add(f.pharmacy);
      }
      await this.ctx.lookup([...accounts]);
      if (run !== this.loading) return;
      this.render(items, complete, id);
      say(this.status, "");
    } catch (err) {
      if (run !== this.loading) return;
      say(this.status, "");
      this.list.replaceChildren();
      const missing = err.notFound || (id && (err.status === 404 || err.status === 403));
      say(this.error, missing ? `There is no prescription no. ${id} for you. It may be a mistyped link.` : this.ctx.message(err), "error");
    }
  }

  render(items, complete, id) {
    if (items.length === 0) {
      replace(this.list, el("li", { class: "card empty" }, "You have no prescriptions yet. When a doctor prescribes a medicine for you through Salus, it appears here."));
      return;
    }
    replace(
      this.list,
      items.map((p) => this.card(p, !!id)),
      complete ? null : el("li", { class: "help" }, `You have many prescriptions: only the first ${items.length} are shown.`),
    );
  }

  card(p, single) {
    const [label, kind, meaning] = words.PRESCRIPTION_STATUS[p.status] || [p.status, "muted", ""];
    const total = p.fillsDispensed + p.fillsLeft;
    const title = `Prescription no. ${p.id}`;
    const titleId = `rx-${p.id}-title`;
    const fills = p.fills || [];
    return el(
      "li",
      { class: `card prescription${p.status === "active" ? "" : " ended"}` },
      el(
        "div",
        { class: "card-head" },
        el("h3", { id: titleId }, single ? title : el("a", { href: `#/prescriptions/${p.id}` }, title)),
        el("span", { class: `badge badge-${kind}` }, label),
      ),
      el("p", { class: "medicine" }, medicine(p)),
      p.cid
        ? el("p", {}, el("a", { href: `#/records/${encodeURIComponent(p.cid)}`, "aria-label": `Read what your doctor wrote for ${title}` }, "Read what your doctor wrote"))
        : null,
      el(
        "dl",
        { class: "facts aligned" },
        el("div", {}, el("dt", {}, "Prescribed by"), el("dd", {}, named(this.ctx.party(p.prescriber)))),
        el("div", {}, el("dt", {}, "Prescribed on"), el("dd", {}, words.date(p.issuedAt))),
        el("div", {}, el("dt", {}, "Valid until"), el("dd", {}, words.date(p.validUntil))),
        el("div", {}, el("dt", {}, "Each fill"), el("dd", {}, words.count(p.quantityPerFill, "pack"))),
        el("div", {}, el("dt", {}, "Refills"), el("dd", {}, p.refills === 0 ? "None: one fill only" : `${p.refills} after the first fill`)),
        el(
          "div",
          {},
          el("dt", {}, "Collected"),
          el("dd", {}, `${p.fillsDispensed} of ${words.count(total, "fill")}`, el("span", { class: "help" }, p.fillsLeft === 0 ? "None left" : p.status === "active" ? `${p.fillsLeft} left` : `${p.fillsLeft} not collected`)),
        ),
        p.minFillInterval > 0
          ? el("div", {}, el("dt", {}, "Between fills"), el("dd", {}, `At least ${interval(p.minFillInterval)}`))
          : null,
        p.controlled
          ? el("div", {}, el("dt", {}, "Controlled"), el("dd", {}, "Yes: a pharmacy hands it out only after you approve each fill in your wallet"))
          : null,
      ),
      meaning ? el("p", { class: "help" }, meaning) : null,
      el("h4", {}, "Fills"),
      fills.length === 0
        ? el("p", { class: "help" }, "Not collected yet.")
        : el(
            "ol",
            { class: "fills", "aria-label": `Fills of ${title}` },
            fills.map((f) =>
              el(
                "li",
                {},
                el("strong", {}, `Fill ${f.fill}`),
                el(
                  "dl",
                  { class: "facts aligned" },
                  el("div", {}, el("dt", {}, "Pharmacy"), el("dd", {}, named(this.ctx.party(f.pharmacy)))),
                  el("div", {}, el("dt", {}, "When"), el("dd", {}, words.dateTime(f.dispensedAt))),
                  el("div", {}, el("dt", {}, batchLabel(f.batchIds)), el("dd", {}, batches(f.batchIds))),
                ),
              ),
            ),
          ),
    );
  }
}

/** medicine names the prescribed medicine by product number and/or code. */
function medicine(p) {
  const parts = [];
  if (p.gtin) parts.push(el("span", {}, "Product number ", el("span", { class: "mono" }, p.gtin)));
  if (p.code) {
    const system = words.codeSystem(p.codeSystem);
    parts.push(el("span", {}, `${system ? `${system} code` : "Medicine code"} `, el("span", { class: "mono" }, p.code)));
  }
  if (parts.length === 0) return "Medicine: see the prescription in your records";
  return ["Medicine: ", parts.flatMap((x, i) => (i ? [" · ", x] : [x]))];
}

function batchLabel(ids) {
  return new Set(ids || []).size === 1 ? "Batch" : "Batches";
}

/** batches lists the batch of each pack, once per batch, with a count. */
function batches(ids) {
  const counts = new Map();
  for (const id of ids || []) counts.set(id, (counts.get(id) || 0) + 1);
  if (counts.size === 0) return "—";
  return [...counts].flatMap(([id, n], i) => [
    i ? ", " : null,
    el("abbr", { class: "mono", title: id }, words.shortHash(id)),
    n > 1 ? ` (${n} packs)` : null,
  ]);
}

/** interval words a number of seconds in days, hours or minutes. */
function interval(sec) {
  if (sec >= 86400 && sec % 86400 === 0) return words.count(sec / 86400, "day");
  if (sec >= 3600) return words.count(Math.round(sec / 3600), "hour");
  return words.count(Math.max(1, Math.round(sec / 60)), "minute");
}
