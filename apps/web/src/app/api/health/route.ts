/** Liveness of the web app itself, for the orchestrator: answers while the server can serve. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
