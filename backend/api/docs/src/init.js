// Renders the API description served by this backend. Everything the page loads
// comes from this server: the Content-Security-Policy of /docs allows 'self' only.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // The default validator badge loads an image from a third-party service.
    validatorUrl: null,
    // "Try it out" sends requests to this same server only.
    tryItOutEnabled: false,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 1,
    persistAuthorization: false,
  });
});
