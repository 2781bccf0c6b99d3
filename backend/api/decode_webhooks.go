package api

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"unicode"
)

// Decoders of the webhook endpoints.

// JSON fields and path parameters of the webhook endpoints.
const (
	fieldWebhookURL    = "url"
	fieldWebhookEvents = "events"
	paramWebhookID     = "id"
	paramDeliveryID    = "deliveryId"
)

// webhookCursorVersion starts the cursors of GET /v1/webhooks/{id}/deliveries
// ('W'), apart from the other lists' versions.
const webhookCursorVersion = 0x57

// decodeWebhookRequest decodes {url, events?}. The URL is checked for form
// here (http or https, a host, no credentials, no fragment); whether the
// service will call its destination is the service's decision (422).
func decodeWebhookRequest(body []byte) (WebhookRequest, error) {
	obj, err := decodeObject(body, fieldWebhookURL, fieldWebhookEvents)
	if err != nil {
		return WebhookRequest{}, err
	}
	raw, err := obj.required(fieldWebhookURL)
	if err != nil {
		return WebhookRequest{}, err
	}
	if err := checkWebhookURL(raw); err != nil {
		return WebhookRequest{}, err
	}
	req := WebhookRequest{URL: raw}
	if v, ok := obj[fieldWebhookEvents]; ok && string(v) != "null" {
		events, err := obj.requiredList(fieldWebhookEvents)
		if err != nil {
			return WebhookRequest{}, err
		}
		for i, e := range events {
			if !slices.Contains(WebhookEventTypes, e) {
				e := unprocessableField(fieldWebhookEvents, fmt.Sprintf("%q is not an event type; use some of %s", clip(e), strings.Join(WebhookEventTypes, ", ")))
				e.Details["allowed"] = WebhookEventTypes
				return WebhookRequest{}, e
			}
			if slices.Contains(events[:i], e) {
				return WebhookRequest{}, unprocessableField(fieldWebhookEvents, fmt.Sprintf("the event type %q is listed twice; list it once", e))
			}
		}
		req.Events = events
	}
	return req, nil
}

// unprocessableField is a 422 about one field whose value is well formed
// JSON but not acceptable.
func unprocessableField(field, message string) *Error {
	return &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable, Message: message, Details: map[string]any{"field": field}}
}

// checkWebhookURL checks the form of a webhook URL; its messages never
// repeat the URL (it may carry a token).
func checkWebhookURL(raw string) error {
	bad := func(msg string) error { return unprocessableField(fieldWebhookURL, "url "+msg) }
	if len(raw) > MaxWebhookURLLen {
		return bad(fmt.Sprintf("is longer than %d bytes", MaxWebhookURLLen))
	}
	for _, r := range raw {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return bad("must not contain spaces or control characters; percent-encode them")
		}
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return bad("is not a valid URL")
	case u.Scheme != "https" && u.Scheme != "http":
		return bad("must start with https:// (or http://)")
	case u.Opaque != "" || u.Hostname() == "":
		return bad("must name a host, e.g. https://hooks.example.org/salus")
	case u.User != nil:
		return bad("must not contain credentials (user:password@); deliveries are authenticated by their signature")
	case strings.Contains(raw, "#"):
		return bad("must not contain a fragment (#…)")
	}
	return nil
}

// encodeWebhookCursor makes the opaque cursor after delivery id.
func encodeWebhookCursor(id uint64) string {
	return base64.RawURLEncoding.EncodeToString(binary.AppendUvarint([]byte{webhookCursorVersion}, id))
}

// decodeWebhookCursor accepts only what encodeWebhookCursor makes.
func decodeWebhookCursor(s string) (uint64, error) {
	bad := fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	if s == "" || len(s) > maxCursorLen {
		return 0, bad
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(s)
	if err != nil || len(raw) < 2 || raw[0] != webhookCursorVersion {
		return 0, bad
	}
	id, n := binary.Uvarint(raw[1:])
	if n != len(raw)-1 || id == 0 || encodeWebhookCursor(id) != s {
		return 0, bad
	}
	return id, nil
}

// decodeWebhookDeliveryQuery decodes cursor and limit, both optional.
func decodeWebhookDeliveryQuery(rawQuery string) (WebhookDeliveryQuery, error) {
	v, err := decodeQuery(rawQuery, paramCursor, paramLimit)
	if err != nil {
		return WebhookDeliveryQuery{}, err
	}
	q := WebhookDeliveryQuery{Limit: defaultPageSize}
	if s, ok := v[paramCursor]; ok {
		if q.Before, err = decodeWebhookCursor(s); err != nil {
			return WebhookDeliveryQuery{}, err
		}
	}
	if s, ok := v[paramLimit]; ok {
		n, ok := parsePageSize(s)
		if !ok {
			return WebhookDeliveryQuery{}, fieldError(CodeInvalidLimit, paramLimit, fmt.Sprintf("limit must be a whole number from 1 to %d", maxPageSize))
		}
		q.Limit = n
	}
	return q, nil
}

// parseWebhookID and parseDeliveryID parse the path parameters.
func parseWebhookID(s string) (uint64, error) { return parseID(paramWebhookID, "a webhook", s) }

func parseDeliveryID(s string) (uint64, error) { return parseID(paramDeliveryID, "a delivery", s) }
