package api

import "net/http"

// webhookRoutes are the routes of webhook subscriptions and deliveries. An
// institution sees and changes only its own subscriptions (another's answer
// 404, as if they did not exist).
func webhookRoutes() []Route {
	const get, post, del = http.MethodGet, http.MethodPost, http.MethodDelete
	ok, created, accepted, noContent := http.StatusOK, http.StatusCreated, http.StatusAccepted, http.StatusNoContent
	return []Route{
		{Method: post, Path: "/v1/webhooks", OperationID: "createWebhook", Summary: "Subscribe the caller's account to its claim events by webhook",
			Access: Institution, Status: created, handle: (*Server).createWebhook},
		{Method: get, Path: "/v1/webhooks", OperationID: "listWebhooks", Summary: "List the caller's webhook subscriptions",
			Access: Institution, Status: ok, handle: (*Server).listWebhooks},
		{Method: get, Path: "/v1/webhooks/{id}", OperationID: "getWebhook", Summary: "Read one of the caller's webhook subscriptions",
			Access: Institution, Status: ok, handle: (*Server).getWebhook},
		{Method: del, Path: "/v1/webhooks/{id}", OperationID: "deleteWebhook", Summary: "Delete one of the caller's webhook subscriptions and its deliveries",
			Access: Institution, Status: noContent, handle: (*Server).deleteWebhook},
		{Method: get, Path: "/v1/webhooks/{id}/deliveries", OperationID: "listWebhookDeliveries", Summary: "List a webhook's deliveries, newest first",
			Access: Institution, Status: ok, handle: (*Server).listWebhookDeliveries},
		{Method: post, Path: "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", OperationID: "redeliverWebhookDelivery", Summary: "Send a delivery again, with the same delivery id",
			Access: Institution, Status: accepted, handle: (*Server).redeliverWebhookDelivery},
	}
}
