// sharing.js: the patient's grants, and granting and revoking by EIP-712
// signature. The API prepares the typed data (POST /v1/grants/typed-data),
// the wallet shows and signs it (eth_signTypedData_v4), and the API relays
// the signature to the AccessGrants contract (POST /v1/grants/signed or
// /v1/grants/signed-revoke), answering once the transaction is mined. The
// patient pays no gas.
import { byId, busy, el, named, replace, say } from "./dom.js";
import * as wallet from "./wallet.js";
import * as words from "./words.js";

const DAY = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 90;

/** Sharing is the "Sharing" view. */
export class Sharing {
  constructor(ctx) {
    this.ctx = ctx;
    this.list = byId("grants-list");
    this.status = byId("sharing-status");
    this.error = byId("sharing-error");
    this.emergency = byId("sharing-emergency");
    this.form = byId("share-form");
    this.formError = byId("share-error");
    this.formStatus = byId("share-status");
    this.role = byId("find-role");
    this.name = byId("find-name");
    this.results = byId("find-results");
    this.purpose = byId("share-purpose");
    this.person = byId("person-address");
    this.until = byId("share-until");
    this.submit = byId("share-submit");
    this.grants = [];
    this.pending = []; // grants signed and sent, not yet confirmed
    this.busy = false;
    this.buildForm();
  }

  buildForm() {
    replace(
      this.role,
      el("option", { value: "" }, "Any kind"),
      words.SHAREABLE_ROLES.map((r) => el("option", { value: r }, words.roleLabel(r))),
    );
    this.role.value = "provider";
    replace(
      this.purpose,
      words.GRANTABLE_PURPOSES.filter(([p]) => p !== "care_giving").map(([p, label, means]) => el("option", { value: p }, `${label} — ${means}`)),
    );
    replace(
      byId("share-categories"),
      words.CATEGORIES.map(([c, label, means]) =>
        el("label", { class: "choice" }, el("input", { type: "checkbox", name: "category", value: c }), el("span", {}, label, el("span", { class: "help" }, means))),
      ),
    );
    this.resetUntil();
    this.role.addEventListener("change", () => this.renderResults());
    this.name.addEventListener("input", () => this.renderResults());
    for (const r of this.form.querySelectorAll('input[name="who"]')) r.addEventListener("change", () => this.whoChanged());
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.share();
    });
  }

  /** clear forgets the signed-out patient's grants, choices and messages. */
  clear() {
    this.grants = [];
    this.pending = [];
    this.resetForm();
    say(this.formStatus, "");
    say(this.formError, "");
  }

  /** resetForm puts the form back as it first was, nothing chosen. */
  resetForm() {
    this.form.reset();
    this.role.value = "provider";
    this.until.value = "";
    this.resetUntil();
    this.whoChanged();
    this.renderResults(); // no institution is chosen after a reset
  }

  resetUntil() {
    const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    this.until.min = iso(new Date());
    this.until.value = iso(new Date(Date.now() + DEFAULT_DAYS * DAY));
  }

  who() {
    return this.form.querySelector('input[name="who"]:checked').value;
  }

  whoChanged() {
    const person = this.who() === "person";
    byId("institution-picker").hidden = person;
    byId("person-picker").hidden = !person;
  }

  /**
   * load fetches the grants and shows them. After a change (keep), the
   * change's outcome stays on screen instead of the loading message.
   */
  async load(keep = false) {
    const quiet = keep || this.busy;
    if (!quiet) {
      say(this.error, "");
      say(this.status, "Loading who can read your records…", "busy");
    }
    try {
      const [grants] = await Promise.all([this.ctx.api.get(`/v1/patients/${this.ctx.session().address}/grants?all=true`), this.ctx.directory()]);
      this.grants = grants.items;
      this.render();
      this.renderResults();
      if (!quiet) say(this.status, "");
    } catch (err) {
      if (!quiet) say(this.status, "");
      say(this.error, this.ctx.message(err), "error");
    }
  }

  render() {
    const emergencies = this.grants.filter((g) => g.purpose === "emergency");
    replace(
      this.emergency,
      emergencies.map((g) =>
        el(
          "div",
          { class: `callout emergency${g.active ? "" : " ended"}`, role: "note" },
          el("strong", {}, g.active ? "Emergency access is open. " : "Emergency access was opened. "),
          `${this.ctx.who(g.grantee)} opened emergency access to your records${g.grantedAt ? ` on ${words.dateTime(g.grantedAt)}` : ""}. `,
          g.active ? `It ends on ${words.dateTime(g.expiresAt)}. ` : `It ended on ${words.dateTime(g.expiresAt)}. `,
          "Every record they open is listed in ",
          el("a", { href: "#/activity" }, "who looked"),
          ".",
        ),
      ),
    );
    const cards = [...this.pending.map((g) => this.card(g, "pending")), ...this.grants.map((g) => this.card(g))];
    if (cards.length === 0) {
      replace(this.list, el("li", { class: "card empty" }, "Nobody but you can read your records. Use the form below to share them."));
      return;
    }
    replace(this.list, cards);
  }

  card(g, state) {
    const name = this.ctx.who(g.grantee);
    const party = this.ctx.party(g.grantee);
    const emergency = g.purpose === "emergency";
    let badge;
    if (state === "pending") badge = el("span", { class: "badge badge-busy" }, "Waiting for confirmation");
    else if (g.stopping) badge = el("span", { class: "badge badge-busy" }, "Stopping — waiting for confirmation");
    else if (emergency) badge = el("span", { class: "badge badge-emergency" }, g.active ? "Emergency access" : "Emergency access (ended)");
    else badge = g.active ? el("span", { class: "badge badge-ok" }, "Active") : el("span", { class: "badge badge-muted" }, "Ended");
    const canStop = !state && !emergency && !g.stopping;
    return el(
      "li",
      { class: `card grant${emergency ? " emergency" : ""}${g.active || state ? "" : " ended"}` },
      el("div", { class: "card-head" }, el("h3", {}, party.name), badge),
      party.role ? el("p", { class: "help role" }, party.role) : null,
      el(
        "dl",
        { class: "facts" },
        el("div", {}, el("dt", {}, "Why"), el("dd", {}, words.purposeLabel(g.purpose))),
        el("div", {}, el("dt", {}, "Records"), el("dd", {}, emergency ? "All your records" : g.categories.map(words.categoryLabel).join(", "))),
        g.grantedAt ? el("div", {}, el("dt", {}, "Since"), el("dd", {}, words.date(g.grantedAt))) : null,
        el("div", {}, el("dt", {}, g.active || state ? "Until" : "Ended"), el("dd", {}, words.date(g.expiresAt))),
      ),
      canStop
        ? el(
            "button",
            {
              type: "button",
              class: "danger",
              "aria-label": `Stop sharing with ${name} for ${words.purposeLabel(g.purpose)}`,
              onclick: (e) => this.revoke(g, e.currentTarget),
            },
            "Stop sharing",
          )
        : null,
      emergency ? el("p", { class: "help" }, "A hospital or doctor can open emergency access for a short time when you cannot be asked. You cannot stop it here; it ends by itself.") : null,
    );
  }

  /** renderResults lists the licensed institutions matching the search. */
  renderResults() {
    const chosen = this.chosenInstitution();
    const role = this.role.value;
    const q = this.name.value.trim().toLowerCase();
    const me = this.ctx.session() ? this.ctx.session().address.toLowerCase() : "";
    const found = [...this.ctx.participants()]
      .filter((p) => p.active && (!role || p.role === role) && p.address.toLowerCase() !== me)
      .filter((p) => !q || p.name.toLowerCase().includes(q))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (found.length === 0) {
      replace(this.results, el("p", { class: "help" }, q || role ? "No licensed institution matches. Try another name or kind." : "No institution is licensed yet."));
      return;
    }
    const shown = found.slice(0, 30);
    replace(
      this.results,
      shown.map((p) =>
        el(
          "label",
          { class: "choice" },
          radio(p.address, chosen === p.address),
          el("span", {}, p.name, el("span", { class: "help" }, `${words.roleLabel(p.role)} · ${words.shortAddress(p.address)}`)),
        ),
      ),
      found.length > shown.length ? el("p", { class: "help" }, `${found.length - shown.length} more: type part of the name to narrow the list.`) : null,
    );
  }

  chosenInstitution() {
    const r = this.results.querySelector('input[name="institution"]:checked');
    return r ? r.value : "";
  }

  /** formValues checks the form and returns the grant it asks for, or null. */
  formValues() {
    const fail = (text, focus) => {
      say(this.formError, text, "error");
      if (focus) focus.focus();
      return null;
    };
    let grantee;
    let purpose;
    if (this.who() === "person") {
      grantee = this.person.value.trim();
      purpose = "care_giving";
      if (!/^0x[0-9a-fA-F]{40}$/.test(grantee)) return fail("Enter the person's wallet address: 0x followed by 40 letters and digits.", this.person);
      if (grantee.toLowerCase() === this.ctx.session().address.toLowerCase()) return fail("That is your own address. Enter the address of the person who looks after you.", this.person);
    } else {
      grantee = this.chosenInstitution();
      purpose = this.purpose.value;
      if (!grantee) return fail("Choose the institution that may read your records.", this.name);
    }
    const categories = [...this.form.querySelectorAll('input[name="category"]:checked')].map((c) => c.value);
    if (categories.length === 0) return fail("Choose at least one kind of record to share.", this.form.querySelector('input[name="category"]'));
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.until.value);
    if (!m) return fail("Enter the last day they may read your records.", this.until);
    const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59); // end of that day, local time
    if (end.getTime() <= Date.now()) return fail("The last day must be today or later.", this.until);
    say(this.formError, "");
    return { grantee, purpose, categories, expiresAt: words.rfc3339(end) };
  }

  async share() {
    if (this.busy) return;
    const v = this.formValues();
    if (!v) return;
    const session = this.ctx.session();
    const name = this.ctx.who(v.grantee);
    const done = busy(this.submit);
    this.busy = true;
    // The form's own regions, next to its button, tell how it goes: that is
    // where the patient is looking (on a phone the top of the page is far away).
    const status = this.formStatus;
    say(this.error, "");
    say(this.status, "");
    say(this.formError, "");
    const pending = { patient: session.address, ...v, active: true };
    try {
      say(status, "Preparing what you will sign…", "busy");
      const td = await this.ctx.api.post("/v1/grants/typed-data", { kind: "grant", patient: session.address, ...v });
      check(td, "Grant", session.address, v.grantee);
      await wallet.ensureChain(Number(td.domain.chainId));
      say(status, explain(td, "Check your wallet and approve to share."), "busy");
      const signature = await wallet.signTypedData(session.address, td, "share your records");
      this.pending.push(pending);
      this.render();
      say(status, `Signed. Waiting for the Salus network to confirm that ${name} may read your records…`, "busy");
      const tx = await this.ctx.api.post("/v1/grants/signed", {
        patient: session.address,
        grantee: v.grantee,
        categories: v.categories,
        purpose: v.purpose,
        expiresAt: words.fromUnix(td.message.expiresAt),
        nonce: String(td.message.nonce),
        deadline: words.fromUnix(td.message.deadline),
        signature,
      });
      this.resetForm();
      say(
        status,
        `Confirmed: ${name} may now read your ${v.categories.map(words.categoryLabel).join(", ")} for ${words.purposeLabel(v.purpose).toLowerCase()} until ${words.date(words.fromUnix(td.message.expiresAt))} (recorded in block ${tx.blockNumber}).`,
        "ok",
      );
    } catch (err) {
      say(status, "");
      say(this.formError, this.ctx.message(err), "error");
    } finally {
      this.pending = this.pending.filter((p) => p !== pending);
      this.busy = false;
      done();
      await this.load(true);
    }
  }

  async revoke(g, button) {
    if (this.busy) return;
    const session = this.ctx.session();
    const name = this.ctx.who(g.grantee);
    const done = busy(button);
    this.busy = true;
    say(this.error, "");
    say(this.formStatus, "");
    say(this.formError, "");
    try {
      say(this.status, "Preparing what you will sign…", "busy");
      const td = await this.ctx.api.post("/v1/grants/typed-data", { kind: "revoke", patient: session.address, grantee: g.grantee, purpose: g.purpose });
      check(td, "Revoke", session.address, g.grantee);
      await wallet.ensureChain(Number(td.domain.chainId));
      say(this.status, explain(td, `Check your wallet and approve to stop sharing with ${name}.`), "busy");
      const signature = await wallet.signTypedData(session.address, td, "stop sharing");
      g.stopping = true;
      this.render();
      say(this.status, `Signed. Waiting for the Salus network to confirm that ${name} can no longer read your records…`, "busy");
      const tx = await this.ctx.api.post("/v1/grants/signed-revoke", {
        patient: session.address,
        grantee: g.grantee,
        purpose: g.purpose,
        nonce: String(td.message.nonce),
        deadline: words.fromUnix(td.message.deadline),
        signature,
      });
      say(this.status, `Confirmed: ${name} can no longer read your records for ${words.purposeLabel(g.purpose).toLowerCase()} (recorded in block ${tx.blockNumber}).`, "ok");
    } catch (err) {
      g.stopping = false;
      say(this.status, "");
      say(this.error, this.ctx.message(err), "error");
    } finally {
      this.busy = false;
      done();
      await this.load(true);
    }
  }
}

/** radio is an institution's radio button; checked is its state, not its default. */
function radio(address, checked) {
  const input = el("input", { type: "radio", name: "institution", value: address });
  input.checked = checked;
  return input;
}

/**
 * check refuses typed data that is not what the patient asked for, before the
 * wallet is asked to sign it.
 */
function check(td, primaryType, patient, grantee) {
  const m = td && td.message;
  if (!m || td.primaryType !== primaryType || String(m.patient).toLowerCase() !== patient.toLowerCase() || String(m.grantee).toLowerCase() !== grantee.toLowerCase()) {
    throw new Error("the server prepared something other than what you asked for; nothing was signed");
  }
}

const PURPOSE_NUMBERS = ["none", "treatment", "payment", "research", "care_giving", "operations", "emergency"];

/**
 * explain says what the numbers the wallet shows mean: the contract encodes
 * categories as a bit mask, the purpose as a number and times in seconds.
 */
function explain(td, first) {
  const m = td.message;
  const rows = [];
  const row = (field, meaning) => rows.push(el("div", {}, el("dt", { class: "mono" }, `${field}: ${m[field]}`), el("dd", {}, meaning)));
  if (m.categories !== undefined) {
    const mask = Number(m.categories);
    row("categories", words.CATEGORIES.filter((_, i) => mask & (1 << i)).map(([, label]) => label).join(", "));
  }
  if (m.purpose !== undefined) row("purpose", words.purposeLabel(PURPOSE_NUMBERS[Number(m.purpose)] || ""));
  if (m.expiresAt !== undefined) row("expiresAt", `${words.dateTime(words.fromUnix(m.expiresAt))}: access ends`);
  if (m.deadline !== undefined) row("deadline", `${words.dateTime(words.fromUnix(m.deadline))}: after this, the signature can no longer be used`);
  return el("div", {}, el("p", {}, first, " Your wallet shows some details as numbers; they mean:"), el("dl", { class: "facts wallet-numbers" }, rows));
}
