// Starts Swagger UI on /openapi.json (kept out of the page so the CSP needs no inline script).
window.addEventListener("load", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
