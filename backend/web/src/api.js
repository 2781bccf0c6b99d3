// api.js: the Salus REST API, same origin, as described in
// backend/api/openapi.yaml. Errors come back as ApiError with the server's
// {code, message, details}.

/** ApiError is an error answer of the API, or "network" when there was none. */
export class ApiError extends Error {
  constructor(status, body, retryAfter) {
    super((body && body.message) || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = (body && body.code) || (status ? "internal" : "network");
    this.details = (body && body.details) || {};
    this.retryAfter = retryAfter || "";
  }
}

/**
 * Api calls the REST API with the wallet session's bearer token once there is
 * one. onSignedOut is called when the server no longer accepts the token.
 */
export class Api {
  constructor() {
    this.token = "";
    this.onSignedOut = () => {};
  }

  async request(method, path, body, accept = "application/json") {
    const headers = { Accept: accept };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const init = { method, headers, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let resp;
    try {
      resp = await fetch(path, init);
    } catch {
      throw new ApiError(0, null);
    }
    return this.check(resp);
  }

  async check(resp) {
    if (resp.ok) return resp;
    let body = null;
    try {
      body = await resp.json();
    } catch {
      // not JSON: keep the status
    }
    const err = new ApiError(resp.status, body, resp.headers.get("Retry-After"));
    if (resp.status === 401 && this.token) {
      this.token = "";
      this.onSignedOut(err);
    }
    throw err;
  }

  async json(method, path, body) {
    const resp = await this.request(method, path, body);
    return resp.status === 204 ? null : resp.json();
  }

  get(path) {
    return this.json("GET", path);
  }

  post(path, body) {
    return this.json("POST", path, body);
  }

  /** all follows nextCursor through at most maxPages pages and returns every item. */
  async all(path, maxPages = 20) {
    const items = [];
    let cursor = "";
    for (let i = 0; i < maxPages; i++) {
      const sep = path.includes("?") ? "&" : "?";
      const page = await this.get(cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path);
      items.push(...page.items);
      if (!page.nextCursor) return { items, complete: true };
      cursor = page.nextCursor;
    }
    return { items, complete: false };
  }

  /**
   * content downloads a record version's content, decrypted by the server for
   * the signed-in patient (an audited read). It returns the bytes and their
   * media type; nothing is stored.
   */
  async content(id) {
    const resp = await this.request("GET", `/v1/records/${encodeURIComponent(id)}/content`, undefined, "*/*");
    const type = resp.headers.get("Content-Type") || "application/octet-stream";
    return { type, data: await resp.arrayBuffer() };
  }
}
