import { type Deployment, parseDeployment } from "@tracemark/sdk";

let deployment: Promise<Deployment> | undefined;

/**
 * The contracts auditor signing uses, asked of the API from the browser at run time (its
 * `GET /deployment`, through our origin's `/api/v1`), so one build of the web app serves any chain
 * and carries no contract address. Asked once per page; asked again after a failure. (A shopper's
 * Verify gets them with the page instead: it must work with our servers down.)
 *
 * @example
 * const { contracts } = await fetchDeployment();
 */
export function fetchDeployment(): Promise<Deployment> {
  deployment ??= load();
  deployment.catch(() => {
    deployment = undefined;
  });
  return deployment;
}

async function load(): Promise<Deployment> {
  let response: Response;
  try {
    response = await fetch("/api/v1/deployment", { headers: { accept: "application/json" } });
  } catch {
    throw new Error("We couldn't reach our service to learn which blockchain contracts to check.");
  }
  if (!response.ok) {
    throw new Error(
      "Our service couldn't say which blockchain contracts to check. Please try again shortly.",
    );
  }
  return parseDeployment(await response.json(), "the API's /deployment");
}
