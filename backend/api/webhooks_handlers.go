package api

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

// Handlers of the webhook endpoints. Every route acts on the caller's own
// subscriptions; another account's subscription answers 404, exactly like
// one that does not exist (a 403 would confirm that the id exists).

func (s *Server) needWebhooks() (Webhooks, error) {
	if s.webhooks == nil {
		return nil, notConfigured("webhooks")
	}
	return s.webhooks, nil
}

// webhookError gives a not-found error its reason; others get context.
func webhookError(err error, what string) error {
	var nf *notFoundError
	if errors.As(err, &nf) {
		return &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: nf.reason}
	}
	return fmt.Errorf("%s: %w", what, err)
}

func webhookPath(id uint64) string { return "/v1/webhooks/" + strconv.FormatUint(id, 10) }

// webhookResponse is a subscription.
type webhookResponse struct {
	ID        uint64   `json:"id"`
	URL       string   `json:"url"`
	Events    []string `json:"events"`
	Active    bool     `json:"active"`
	FromBlock uint64   `json:"fromBlock"`
	CreatedAt string   `json:"createdAt"`
}

// webhookCreatedResponse is a new subscription with its secret.
type webhookCreatedResponse struct {
	webhookResponse
	Secret string `json:"secret"`
}

type webhookListResponse struct {
	Items []webhookResponse `json:"items"`
}

type webhookDeliveryResponse struct {
	ID            uint64 `json:"id"`
	WebhookID     uint64 `json:"webhookId"`
	EventID       string `json:"eventId"`
	Type          string `json:"type"`
	ClaimID       string `json:"claimId"`
	State         string `json:"state"`
	Attempts      int    `json:"attempts"`
	NextAttemptAt string `json:"nextAttemptAt,omitempty"`
	LastAttemptAt string `json:"lastAttemptAt,omitempty"`
	LastStatus    int    `json:"lastStatus,omitempty"`
	LastError     string `json:"lastError,omitempty"`
	CreatedAt     string `json:"createdAt"`
	DeliveredAt   string `json:"deliveredAt,omitempty"`
}

type webhookDeliveryListResponse struct {
	Items      []webhookDeliveryResponse `json:"items"`
	NextCursor string                    `json:"nextCursor,omitempty"`
}

func newWebhookResponse(w Webhook) webhookResponse {
	events := w.Events
	if events == nil {
		events = []string{}
	}
	return webhookResponse{ID: w.ID, URL: w.URL, Events: events, Active: w.Active, FromBlock: w.FromBlock, CreatedAt: formatTime(w.CreatedAt)}
}

func newWebhookDeliveryResponse(d WebhookDelivery) webhookDeliveryResponse {
	return webhookDeliveryResponse{ID: d.ID, WebhookID: d.SubscriptionID, EventID: d.EventID, Type: d.Type, ClaimID: hex32(d.ClaimID),
		State: string(d.State), Attempts: d.Attempts, NextAttemptAt: formatTime(d.NextAttemptAt), LastAttemptAt: formatTime(d.LastAttemptAt),
		LastStatus: d.LastStatus, LastError: d.LastError, CreatedAt: formatTime(d.CreatedAt), DeliveredAt: formatTime(d.DeliveredAt)}
}

func (s *Server) createWebhook(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeWebhookRequest(body)
	if err != nil {
		return nil, err
	}
	w, secret, err := wh.Subscribe(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, webhookError(err, "subscribe")
	}
	if secret == "" {
		return nil, errors.New("subscribe: the webhook service returned no secret")
	}
	c.Header("Location", webhookPath(w.ID))
	return webhookCreatedResponse{webhookResponse: newWebhookResponse(w), Secret: secret}, nil
}

func (s *Server) listWebhooks(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	ws, err := wh.ListWebhooks(c.Request.Context(), principal(c).Account)
	if err != nil {
		return nil, webhookError(err, "list webhooks")
	}
	out := webhookListResponse{Items: make([]webhookResponse, len(ws))}
	for i, w := range ws {
		out.Items[i] = newWebhookResponse(w)
	}
	return out, nil
}

// webhookTarget parses the {id} path parameter and refuses a query string.
func webhookTarget(c *gin.Context) (uint64, error) {
	id, err := parseWebhookID(c.Param(paramWebhookID))
	if err != nil {
		return 0, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return 0, err
	}
	return id, nil
}

func (s *Server) getWebhook(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	id, err := webhookTarget(c)
	if err != nil {
		return nil, err
	}
	w, err := wh.Webhook(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, webhookError(err, fmt.Sprintf("webhook %d", id))
	}
	return newWebhookResponse(w), nil
}

func (s *Server) deleteWebhook(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	id, err := webhookTarget(c)
	if err != nil {
		return nil, err
	}
	if err := wh.DeleteWebhook(c.Request.Context(), principal(c).Account, id); err != nil {
		return nil, webhookError(err, fmt.Sprintf("delete webhook %d", id))
	}
	return nil, nil
}

func (s *Server) listWebhookDeliveries(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	id, err := parseWebhookID(c.Param(paramWebhookID))
	if err != nil {
		return nil, err
	}
	q, err := decodeWebhookDeliveryQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	page, err := wh.WebhookDeliveries(c.Request.Context(), principal(c).Account, id, q)
	if err != nil {
		return nil, webhookError(err, fmt.Sprintf("deliveries of webhook %d", id))
	}
	if len(page.Deliveries) > q.Limit {
		return nil, fmt.Errorf("deliveries of webhook %d: the service returned %d for a limit of %d", id, len(page.Deliveries), q.Limit)
	}
	out := webhookDeliveryListResponse{Items: make([]webhookDeliveryResponse, len(page.Deliveries))}
	for i, d := range page.Deliveries {
		out.Items[i] = newWebhookDeliveryResponse(d)
	}
	if page.Next != 0 {
		out.NextCursor = encodeWebhookCursor(page.Next)
	}
	return out, nil
}

func (s *Server) redeliverWebhookDelivery(c *gin.Context) (any, error) {
	wh, err := s.needWebhooks()
	if err != nil {
		return nil, err
	}
	id, err := parseWebhookID(c.Param(paramWebhookID))
	if err != nil {
		return nil, err
	}
	deliveryID, err := parseDeliveryID(c.Param(paramDeliveryID))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	if err := decodeEmptyRequest(body); err != nil {
		return nil, err
	}
	d, err := wh.Redeliver(c.Request.Context(), principal(c).Account, id, deliveryID)
	if err != nil {
		return nil, webhookError(err, fmt.Sprintf("redeliver delivery %d of webhook %d", deliveryID, id))
	}
	return newWebhookDeliveryResponse(d), nil
}
