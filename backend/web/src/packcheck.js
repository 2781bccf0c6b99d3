// packcheck.js: anyone, signed in or not, checks a medicine pack by the code
// printed beside its square barcode (POST /v1/verify, public): genuine or
// not, and whether it may be used (recalled, blocked, expired, handed out
// before). A malformed code gets the API's 400 answer in plain words.
import { byId, busy, el, named, replace, say } from "./dom.js";
import { ApiError } from "./api.js";
import * as words from "./words.js";

/** PackCheck is the pack check form, shown on the sign-in page and at #/check. */
export class PackCheck {
  constructor(ctx) {
    this.ctx = ctx;
    this.card = byId("pack-check");
    this.form = byId("pack-form");
    this.input = byId("pack-code");
    this.submit = byId("pack-submit");
    this.status = byId("pack-status");
    this.error = byId("pack-error");
    this.result = byId("pack-result");
    this.run = 0;
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.check();
    });
    this.input.addEventListener("input", () => this.input.removeAttribute("aria-invalid"));
  }

  /** place moves the form into the view being shown. */
  place(slot) {
    if (this.card.parentElement !== slot) slot.append(this.card);
  }

  clear() {
    this.form.reset();
    this.input.removeAttribute("aria-invalid");
    this.result.replaceChildren();
    say(this.status, "");
    say(this.error, "");
  }

  async check() {
    // Spaces and line breaks are never part of a pack code: people type them
    // between the parts, and copying adds them.
    const code = this.input.value.replace(/\s+/g, "");
    const run = ++this.run;
    this.result.replaceChildren();
    say(this.error, "");
    if (!code) {
      this.input.setAttribute("aria-invalid", "true");
      say(this.error, "Type or paste the code printed on the pack first.", "error");
      this.input.focus();
      return;
    }
    const done = busy(this.submit);
    say(this.status, "Checking the pack…", "busy");
    try {
      const v = await this.ctx.api.post("/v1/verify", { code });
      const accounts = [v.batch && v.batch.manufacturer, v.dispensed && v.dispensed.holder].filter(Boolean);
      await this.ctx.lookup(accounts);
      if (run !== this.run) return;
      say(this.status, "");
      replace(this.result, this.verdict(v));
    } catch (err) {
      if (run !== this.run) return;
      say(this.status, "");
      if (err instanceof ApiError && err.status === 400) {
        this.input.setAttribute("aria-invalid", "true");
        say(
          this.error,
          [
            el("p", {}, el("strong", {}, "This code cannot be checked. "), words.packCodeProblem(err)),
            err.message ? el("details", {}, el("summary", {}, "What Salus answered"), el("p", { class: "mono" }, err.message)) : null,
          ],
          "error",
        );
      } else {
        say(this.error, this.ctx.message(err), "error");
      }
    } finally {
      done();
    }
  }

  verdict(v) {
    const status = v.suspectedClone && v.status !== "dispensed" ? "dispensed" : v.status;
    const [headline, kind, meaning, todo] = words.PACK_VERDICTS[status] || [
      v.authentic ? "Genuine pack" : "Not a genuine pack",
      v.usable ? "ok" : "bad",
      v.reason || "",
      v.usable ? "" : "Do not take this medicine before asking a pharmacist.",
    ];
    const c = v.code || {};
    const rows = [
      ["Genuine", v.authentic ? "Yes: the maker registered this pack" : "No: the maker never registered this code"],
      ["Can be used", v.usable ? "Yes" : "No"],
      v.authentic && v.batch ? ["Made by", named(this.ctx.party(v.batch.manufacturer))] : null,
      c.gtin ? ["Product number", el("span", { class: "mono" }, c.gtin)] : null,
      c.expiry ? ["Use by", day(c.expiry)] : null,
      c.lot ? ["Batch number", el("span", { class: "mono" }, c.lot)] : null,
      c.serial ? ["Serial number", el("span", { class: "mono" }, c.serial)] : null,
      v.dispensed ? ["Handed out", [`${words.dateTime(v.dispensed.dispensedAt)} by `, named(this.ctx.party(v.dispensed.holder))]] : null,
    ].filter(Boolean);
    return el(
      "div",
      { class: `verdict verdict-${kind}` },
      el("h3", {}, el("span", { class: "verdict-mark", "aria-hidden": "true" }, kind === "ok" ? "✓" : kind === "warn" ? "!" : "✕"), headline),
      el("p", {}, meaning),
      todo ? el("p", { class: "todo" }, el("strong", {}, todo)) : null,
      el(
        "dl",
        { class: "facts aligned" },
        rows.map(([term, value]) => el("div", {}, el("dt", {}, term), el("dd", {}, value))),
      ),
    );
  }
}

/** day formats a YYYY-MM-DD date in the reader's language, or shows it as given. */
function day(s) {
  const d = new Date(`${s}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? s : words.date(d.toISOString());
}
