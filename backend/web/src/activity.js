// activity.js: who read the patient's records (GET /v1/patients/{address}/audit).
import { byId, el, named, replace, say } from "./dom.js";
import * as words from "./words.js";

const ACTIONS = {
  read: "Opened it through Salus",
  key_release: "Got the key to open it themselves",
};

/** Activity is the "Who looked" view. */
export class Activity {
  constructor(ctx) {
    this.ctx = ctx;
    this.status = byId("activity-status");
    this.error = byId("activity-error");
    this.emergency = byId("activity-emergency");
    this.table = byId("activity-table");
  }

  async load() {
    say(this.error, "");
    say(this.status, "Loading who looked at your records…", "busy");
    try {
      const [log] = await Promise.all([this.ctx.api.all(`/v1/patients/${this.ctx.session().address}/audit?limit=200`, 10), this.ctx.directory()]);
      this.render(log.items.slice().reverse(), log.complete);
      say(this.status, "");
    } catch (err) {
      say(this.status, "");
      say(this.error, this.ctx.message(err), "error");
    }
  }

  render(entries, complete) {
    const emergencies = entries.filter((e) => e.purpose === "emergency");
    replace(
      this.emergency,
      emergencies.length
        ? el(
            "div",
            { class: "callout emergency", role: "note" },
            el("strong", {}, emergencies.length === 1 ? "1 reading in an emergency. " : `${emergencies.length} readings in an emergency. `),
            `Most recent: ${this.ctx.who(emergencies[0].actor)} on ${words.dateTime(emergencies[0].at)}. They are marked “Emergency” below.`,
          )
        : null,
    );
    if (entries.length === 0) {
      replace(this.table, el("p", { class: "card empty" }, "Nobody has opened your records yet."));
      return;
    }
    replace(
      this.table,
      el(
        "table",
        { class: "log" },
        el("caption", { class: "visually-hidden" }, "Readings of your records, newest first"),
        el(
          "thead",
          {},
          el("tr", {}, ["When", "Who", "Which record", "Why", "How"].map((h) => el("th", { scope: "col" }, h))),
        ),
        el(
          "tbody",
          {},
          entries.map((e) => {
            const emergency = e.purpose === "emergency";
            return el(
              "tr",
              { class: emergency ? "emergency" : "" },
              el("td", { "data-label": "When" }, words.dateTime(e.at)),
              el("td", { "data-label": "Who" }, el("span", {}, named(this.ctx.party(e.actor)))),
              el("td", { "data-label": "Which record" }, `${words.categoryLabel(e.category)} (no. ${e.record})`),
              el(
                "td",
                { "data-label": "Why" },
                emergency ? el("span", { class: "badge badge-emergency" }, "Emergency") : e.purpose ? words.purposeLabel(e.purpose) : e.actor === e.patient ? "Your own reading" : "—",
              ),
              el(
                "td",
                { "data-label": "How" },
                el("span", {}, ACTIONS[e.action] || e.action, e.batch !== undefined ? el("span", { class: "help" }, "Sealed on the Salus network") : null),
              ),
            );
          }),
        ),
      ),
      complete ? null : el("p", { class: "help" }, "Your log is long: only its first 2,000 readings are shown."),
    );
  }
}
