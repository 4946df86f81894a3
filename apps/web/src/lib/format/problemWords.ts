/**
 * The one place where what the API, zod, viem or wagmi say goes wrong becomes words for a person:
 * field paths become labels ("body.items.2.lotCode" → "Lot code (line 3)"), validation phrasings
 * become instructions ("Too small: expected string to have >=1 characters" → "is required"), and a
 * wallet library's errors become what to do.
 */

/** A field the API rejected, as its RFC 9457 problem lists it. */
export type ProblemFieldError = { field: string; message: string };

/** Words for field names that are codes or abbreviations rather than words. */
const fieldNames: Record<string, string> = {
  gtin: "GTIN",
  gln: "GLN",
  sscc: "SSCC",
  url: "URL",
  urls: "URLs",
  epcList: "Items (EPCs)",
  bizStep: "Business step",
  bizLocation: "Business location",
  readPoint: "Read point",
  eventTime: "Event time",
  eventTimeZoneOffset: "Time zone",
  lotCode: "Lot code",
  imageUrls: "Image URLs",
  walletAddress: "Wallet address",
  chainOrgId: "Organisation id on chain",
  bizTransactionList: "Documents",
  sensorElementList: "Sensor readings",
  destinationList: "Destination",
  sourceList: "Source",
};

/**
 * "body.items.2.lotCode" → "Lot code (line 3)"; "querystring.limit" → "Limit"; "" → "" (the whole request).
 *
 * @example
 * fieldLabel("body.lotCode") // "Lot code"
 */
export function fieldLabel(field: string): string {
  const parts = field.split(".").filter((p) => !["body", "querystring", "params", "headers"].includes(p));
  const positions = parts.filter((p) => /^\d+$/.test(p)).map((p) => Number(p) + 1);
  const name = parts.filter((p) => !/^\d+$/.test(p)).at(-1);
  if (!name) return positions.length ? `Line ${positions.join(", ")}` : "";
  const words =
    fieldNames[name] ??
    name
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replaceAll("_", " ")
      .toLowerCase()
      .replace(/\b(gtin|gln|sscc|url|id|epc|iso)\b/g, (w) => w.toUpperCase());
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return positions.length ? `${label} (line ${positions.join(", ")})` : label;
}

const kinds: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a group of fields",
  date: "a date",
  bigint: "a whole number",
};

/**
 * A validation message in words, to follow a field's label: zod's and JSON schema's phrasings are
 * rewritten, a message written for people (the API's own) is kept.
 *
 * @example
 * validationWords("Too small: expected string to have >=1 characters") // "is required"
 */
export function validationWords(message: string): string {
  const text = message.trim();
  for (const [pattern, words] of validationRules) {
    const match = text.match(pattern);
    if (match) return words(match.slice(1).map((g) => g ?? ""));
  }
  return text.replace(/\.$/, "");
}

/** zod's (v4) and JSON schema's phrasings, each with its words; the first that matches wins. */
const validationRules: [RegExp, (groups: string[]) => string][] = [
  [/^Invalid input: expected \w+, received (?:undefined|null)$/, () => "is required"],
  [
    /^Too small: expected string to have >=?(\d+) characters?$/,
    ([n]) => (n === "1" ? "is required" : `needs at least ${n} characters`),
  ],
  [/^Too big: expected string to have <=?(\d+) characters?$/, ([n]) => `can have at most ${n} characters`],
  [
    /^Too small: expected array to have >=?(\d+) items?$/,
    ([n]) => (n === "1" ? "needs at least one entry" : `needs at least ${n} entries`),
  ],
  [/^Too big: expected array to have <=?(\d+) items?$/, ([n]) => `can have at most ${n} entries`],
  [
    /^Too small: expected (?:number|int|bigint) to be (>=?)(-?[\d.]+)$/,
    ([op, n]) => (op === ">" ? `must be more than ${n}` : `must be ${n} or more`),
  ],
  [
    /^Too big: expected (?:number|int|bigint) to be (<=?)(-?[\d.]+)$/,
    ([op, n]) => (op === "<" ? `must be less than ${n}` : `must be ${n} or less`),
  ],
  [
    /^Invalid input: expected (\w+), received \w+$/,
    ([kind]) => `must be ${kinds[kind ?? ""] ?? "of another kind"}`,
  ],
  [
    /^Invalid (?:option|enum value): expected one of (.+)$/,
    ([options]) => `must be one of: ${(options ?? "").replaceAll('"', "").split("|").join(", ")}`,
  ],
  [/^Invalid email( address)?$/, () => "is not an email address"],
  [/^Invalid (?:url|URL)$/, () => "is not a web address (https://…)"],
  [/^Invalid (?:ISO )?(?:date|datetime)/i, () => "is not a date and time"],
  [/^Invalid string: must match pattern/, () => "is not in the expected form"],
  [
    /^Unrecognized keys?: (.+)$/,
    ([keys]) => `has fields this form does not take (${(keys ?? "").replaceAll('"', "")})`,
  ],
  [/^(?:Invalid (?:input|string|type|value|element|key|union)\b|is invalid$)/, () => "is not valid"],
];

/**
 * One field error as a sentence: "Lot code is required."
 *
 * @example
 * fieldErrorSentence({ field: "body.lotCode", message: "Too small: expected string to have >=1 characters" })
 * // "Lot code is required."
 */
export function fieldErrorSentence({ field, message }: ProblemFieldError): string {
  const label = fieldLabel(field);
  const words = validationWords(message);
  const sentence = !label
    ? capitalise(words)
    : startsAsVerb(words)
      ? `${label} ${words}`
      : `${label}: ${words}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A field's message under its input (the label is beside it already): "Required." */
export function fieldErrorHint(message: string): string {
  const words = capitalise(validationWords(message).replace(/^is required$/, "required"));
  return /[.!?]$/.test(words) ? words : `${words}.`;
}

/**
 * A problem+json answer in sentences: its field errors, else its detail, else its title.
 *
 * @example
 * problemWords({ title: "Invalid request", errors: [{ field: "body.lotCode", message: "Too small: expected string to have >=1 characters" }] })
 * // "Lot code is required."
 */
export function problemWords(problem: {
  title?: string | undefined;
  detail?: string | undefined;
  errors?: ProblemFieldError[] | undefined;
}): string {
  if (problem.errors && problem.errors.length > 0) return problem.errors.map(fieldErrorSentence).join(" ");
  const text = problem.detail ?? problem.title ?? "Something went wrong. Try again in a moment.";
  return capitalise(text);
}

/**
 * What a wallet, its library or a failed request says, in words: no wallet, a declined request,
 * the wrong network; otherwise the first line of the message (viem's `shortMessage`).
 *
 * @example
 * walletErrorWords(new ProviderNotFoundError()) // "No browser wallet was found. …"
 */
export function walletErrorWords(cause: unknown): string {
  const chain = causes(cause);
  const names = chain.map((e) => (e instanceof Error ? e.name : ""));
  const texts = chain.map((e) => (e instanceof Error ? e.message : String(e)));
  if (
    names.some((n) => /UserRejected/.test(n)) ||
    texts.some((t) => /user rejected|rejected the request|denied/i.test(t))
  ) {
    return "You declined the request in your wallet.";
  }
  if (names.includes("ProviderNotFoundError") || texts.some((t) => /^Provider not found/i.test(t))) {
    return "No browser wallet was found. Install one (MetaMask, Rabby…) or use another way in.";
  }
  if (names.includes("ConnectorChainMismatchError") || names.includes("ChainMismatchError")) {
    return "Your wallet is on another network. Switch it to the network this page names and try again.";
  }
  if (names.some((n) => /Connector(AlreadyConnected|NotConnected|NotFound)/.test(n))) {
    return "The wallet is not connected. Connect it and try again.";
  }
  if (names.includes("HttpRequestError") || /fetch failed|Failed to fetch|network/i.test(texts[0] ?? "")) {
    return "The network could not be reached. Check the connection and try again.";
  }
  const first = cause as { shortMessage?: unknown; message?: unknown };
  const text =
    typeof first?.shortMessage === "string"
      ? first.shortMessage
      : typeof first?.message === "string"
        ? first.message
        : String(cause);
  return capitalise(text.split("\n")[0] ?? text);
}

function causes(cause: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = cause;
  while (current !== undefined && current !== null && chain.length < 10) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function startsAsVerb(words: string): boolean {
  return /^(is|must|needs|can|has)\b/.test(words);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
