// claims.js: the patient's insurance claims, with their status and amounts.
// The list comes from the event index (GET /v1/patients/{address}/claims, an
// IndexedClaim each: amounts in the token's minor units, lines with bytes32
// codes and numbered reasons); each claim is then read from the claims
// service where it answers (GET /v1/claims/{claimId}, a Claim: decimal
// amounts and the decision with deductible and co-pay). A server without the
// list (404, or 503 while it has no index) gets a calm "not available" note
// instead of an error: the rest of the page works on. Amounts stay strings:
// words.money and words.sumDecimals never use floats.
import { byId, el, named, replace, say } from "./dom.js";
import * as words from "./words.js";

/** CLAIM_STATUS words a claim's status: badge text, badge kind, sentence. */
const CLAIM_STATUS = {
  pending: ["Waiting for your insurer", "busy", "Your insurer checks this claim by hand before deciding."],
  awaiting_funds: ["Approved, payment soon", "busy", "Your insurer approved this claim and pays it as soon as its account has the money."],
  paid: ["Paid", "ok", "Your insurer paid your care provider."],
  denied: ["Not paid", "muted", "Your insurer decided not to pay this claim. Ask your care provider or insurer what it means for you."],
  appealed: ["Appealed", "busy", "Your care provider asked your insurer to look at its decision again."],
};

/** REASONS words why a claim was not paid at once. */
const REASONS = {
  policy_inactive: "Your insurance policy was not valid on the day of the care.",
  no_consent: "Your insurer may not yet read the records it needs to pay: you can allow it for payment under Sharing.",
  line_refused: "Some of the care is not covered by your plan, or costs more than your plan pays for it.",
  above_review_threshold: "The amount is large, so your insurer checks it by hand.",
  underfunded: "Your insurer's account did not have enough money yet.",
};

const LINE_REASONS = {
  not_covered: "Not covered by your plan",
  above_tariff: "Costs more than your plan pays for it",
};

/** LINE_REASON_NUMBERS are IClaims.LineReason as the index gives them. */
const LINE_REASON_NUMBERS = { 1: "not_covered", 2: "above_tariff" };

/** MAX_DETAILS bounds the claims read one by one for their decision. */
const MAX_DETAILS = 50;

/**
 * fromIndex turns an IndexedClaim into the Claim shape this view shows:
 * decimal amounts, text codes, named reasons. amount is what was paid (paid)
 * or is owed (awaiting_funds).
 */
export function fromIndex(c) {
  const sub = c.submission || {};
  const serviceDate = typeof sub.serviceDate === "number" || /^\d+$/.test(String(sub.serviceDate ?? "")) ? words.fromUnix(sub.serviceDate) : sub.serviceDate;
  const amount = c.amount !== undefined ? words.fromMinorUnits(c.amount) : undefined;
  return {
    claimId: c.claimId,
    status: c.status,
    provider: c.provider,
    insurer: c.insurer,
    patient: c.patient,
    policyId: c.policyId,
    serviceDate,
    changedAt: c.position && c.position.blockTime,
    allowed: sub.allowed !== undefined ? words.fromMinorUnits(sub.allowed) : undefined,
    payout: c.status === "paid" ? amount : undefined,
    owed: c.status === "awaiting_funds" ? amount : undefined,
    lines: (c.lines || [])
      .slice()
      .sort((a, b) => (a.lineIndex ?? 0) - (b.lineIndex ?? 0))
      .map((l) => ({
        code: words.serviceCode(l.code),
        quantity: l.quantity,
        unitAmount: words.fromMinorUnits(l.unitAmount),
        allowed: words.fromMinorUnits(l.allowed),
        reason: typeof l.reason === "number" ? LINE_REASON_NUMBERS[l.reason] : l.reason || undefined,
      })),
  };
}

/** withDetail lays a Claim of the claims service over the indexed one. */
function withDetail(indexed, full) {
  if (!full) return indexed;
  return { ...indexed, ...full, status: full.status || indexed.status, changedAt: indexed.changedAt, owed: full.status === "awaiting_funds" ? full.decision?.payout ?? indexed.owed : undefined };
}

/** Claims is the "Claims" view. */
export class Claims {
  constructor(ctx) {
    this.ctx = ctx;
    this.list = byId("claims-list");
    this.status = byId("claims-status");
    this.error = byId("claims-error");
    this.loading = 0;
  }

  clear() {
    this.list.replaceChildren();
    say(this.status, "");
    say(this.error, "");
  }

  async load() {
    const { api, session } = this.ctx;
    const run = ++this.loading;
    say(this.error, "");
    say(this.status, "Loading your claims…", "busy");
    try {
      const page = await api.all(`/v1/patients/${session().address}/claims`, 10);
      const items = await this.details(page.items.map((c) => (c.position || c.amount !== undefined ? fromIndex(c) : c)));
      const accounts = new Set();
      for (const c of items) for (const a of [c.provider, c.insurer]) if (a) accounts.add(a);
      await this.ctx.lookup([...accounts]);
      if (run !== this.loading) return;
      this.render(items, page.complete);
      say(this.status, "");
    } catch (err) {
      if (run !== this.loading) return;
      say(this.status, "");
      this.list.replaceChildren();
      if (err.status === 404 || err.status === 501 || err.status === 503) {
        say(
          this.status,
          [
            el("strong", {}, "Claims are not available on this server yet."),
            " Nothing is wrong with your account: when this Salus server starts showing insurance claims, they will appear here.",
          ],
          "",
        );
        return;
      }
      say(this.error, this.ctx.message(err), "error");
    }
  }

  /**
   * details reads each claim from the claims service for its decision; a
   * claim it cannot read (no such service, 403, 404) keeps what the index
   * says.
   */
  async details(items) {
    return Promise.all(
      items.map((c, i) =>
        i < MAX_DETAILS && /^0x[0-9a-fA-F]{64}$/.test(c.claimId || "")
          ? this.ctx.api.get(`/v1/claims/${c.claimId}`).then(
              (full) => withDetail(c, full),
              () => c,
            )
          : c,
      ),
    );
  }

  render(items, complete) {
    if (items.length === 0) {
      replace(this.list, el("li", { class: "card empty" }, "You have no insurance claims yet. When a care provider sends a claim for your care to your insurer, it appears here."));
      return;
    }
    replace(
      this.list,
      items.map((c) => this.card(c)),
      complete ? null : el("li", { class: "help" }, `You have many claims: only ${items.length} of them are shown.`),
    );
  }

  card(c) {
    const [label, kind, meaning] = CLAIM_STATUS[c.status] || [words.capitalise(String(c.status || "unknown").replace(/_/g, " ")), "muted", ""];
    const id = c.claimId || c.id || "";
    const when = c.serviceDate || c.submittedAt;
    const title = when ? `Care on ${words.date(when)}` : "Claim";
    const lines = Array.isArray(c.lines) ? c.lines : [];
    const billed = lines.length ? words.sumDecimals(lines.map((l) => [l.unitAmount, l.quantity])) : c.billed || c.claimed || "";
    const d = c.decision || {};
    const amount = (term, value, note) =>
      value === undefined || value === null || value === ""
        ? null
        : el("div", {}, el("dt", {}, term, note ? el("span", { class: "help" }, note) : null), el("dd", { class: "amount" }, words.money(value)));
    const reasons = (c.reasons || []).map((r) => REASONS[r]).filter(Boolean);
    return el(
      "li",
      { class: `card claim${c.status === "denied" ? " ended" : ""}` },
      el("div", { class: "card-head" }, el("h3", {}, title), el("span", { class: `badge badge-${kind}` }, label)),
      el(
        "dl",
        { class: "facts aligned" },
        c.provider ? el("div", {}, el("dt", {}, "Care provider"), el("dd", {}, named(this.ctx.party(c.provider)))) : null,
        c.insurer ? el("div", {}, el("dt", {}, "Insurer"), el("dd", {}, named(this.ctx.party(c.insurer)))) : null,
        id ? el("div", {}, el("dt", {}, "Reference"), el("dd", {}, el("abbr", { class: "mono", title: id }, words.shortHash(String(id))))) : null,
      ),
      lines.length ? this.lines(lines, title) : null,
      el(
        "dl",
        { class: "facts aligned amounts", "aria-label": `Amounts of the claim for ${title.toLowerCase()}` },
        amount("Billed", billed),
        amount("Covered by your plan", c.allowed),
        d.deductible && !words.isZero(d.deductible) ? amount("Your deductible", d.deductible, "what you pay first each year") : null,
        d.copay && !words.isZero(d.copay) ? amount("Your co-pay", d.copay, "your share of the rest") : null,
        d.overLimit && !words.isZero(d.overLimit) ? amount("Above your yearly limit", d.overLimit) : null,
        this.total(c, d),
      ),
      meaning ? el("p", { class: "help" }, meaning) : null,
      reasons.length && c.status !== "paid" ? el("ul", { class: "reasons" }, reasons.map((r) => el("li", {}, r))) : null,
      c.denial ? el("p", { class: "help" }, c.denial.final ? "This decision is final." : "Your care provider may still appeal this decision.") : null,
    );
  }

  /** total is the claim's last line: what the insurer paid, will pay, or that it has not decided. */
  total(c, d) {
    let term = "Paid by your insurer";
    let value;
    if (c.status === "awaiting_funds") {
      term = "Your insurer will pay";
      value = words.money(c.owed ?? d.payout ?? c.payout);
    } else if ((c.status === "pending" || c.status === "appealed") && (c.payout === undefined || words.isZero(c.payout))) {
      return el("div", { class: "total" }, el("dt", {}, term), el("dd", { class: "undecided" }, "Not decided yet"));
    } else {
      value = words.money(c.payout ?? d.payout ?? "0");
    }
    return el("div", { class: "total" }, el("dt", {}, term), el("dd", { class: "amount" }, value));
  }

  lines(lines, title) {
    return el(
      "table",
      { class: "lines" },
      el("caption", { class: "visually-hidden" }, `Care billed, ${title.toLowerCase()}`),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Care"), el("th", { scope: "col", class: "num" }, "Billed"), el("th", { scope: "col", class: "num" }, "Covered"))),
      el(
        "tbody",
        {},
        lines.map((l) =>
          el(
            "tr",
            {},
            el(
              "td",
              {},
              el("span", { class: "mono" }, l.code),
              l.quantity > 1 ? ` × ${l.quantity}` : null,
              l.reason ? el("span", { class: "help" }, LINE_REASONS[l.reason] || l.reason) : null,
            ),
            el("td", { class: "num" }, words.money(words.sumDecimals([[l.unitAmount, l.quantity]]) || l.unitAmount)),
            el("td", { class: "num" }, words.money(l.approved ?? l.allowed)),
          ),
        ),
      ),
    );
  }
}
