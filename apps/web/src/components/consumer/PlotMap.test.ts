import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import "@/testing/cssModulesAsNames";
import { createTranslator } from "next-intl";
import React, { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "@/i18n/locales";

// Rendered as the server renders it: outside Next.js, tsx compiles the component's JSX to
// `React.createElement`.
Object.assign(globalThis, { React });
const { PlotMap } = await import("./PlotMap");

const words = (locale: Locale) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: "Consumer" as never });
  return { t: t as unknown as Parameters<typeof PlotMap>[0]["words"]["t"] };
};

/** The markup's text, with the language's no-break spaces as plain ones. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

// About 1.1 km by 1.1 km near the equator: some 123 hectares.
const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [-76.05, 1.85],
      [-76.04, 1.85],
      [-76.04, 1.86],
      [-76.05, 1.86],
      [-76.05, 1.85],
    ] as [number, number][],
  ],
};

test("a plot's point, outline and area in the page's language, its numbers written for it", () => {
  const point = { type: "Point" as const, coordinates: [-76.051234, 1.853] as [number, number] };
  assert.equal(
    text(renderToStaticMarkup(createElement(PlotMap, { name: "Finca", plot: point, words: words("de") }))),
    "Finca: eine Fläche von höchstens 4 Hektar bei 1,853000, -76,051234",
  );
  const german = renderToStaticMarkup(
    createElement(PlotMap, { name: "Finca", plot: square, words: words("de") }),
  );
  assert.match(german, /aria-label="Umriss der Fläche Finca"/);
  assert.equal(text(german), "Finca: etwa 123 Hektar");
  const english = renderToStaticMarkup(
    createElement(PlotMap, { name: "Finca", plot: square, words: words("en") }),
  );
  assert.match(english, /aria-label="Outline of the plot Finca"/);
  assert.equal(text(english), "Finca: about 123 hectares");
});

test("a small plot's area keeps a decimal, with the language's decimal sign", () => {
  const small = {
    type: "Polygon" as const,
    coordinates: [
      [
        [4.0, 52.0],
        [4.003, 52.0],
        [4.003, 52.002],
        [4.0, 52.002],
        [4.0, 52.0],
      ] as [number, number][],
    ],
  };
  const french = text(
    renderToStaticMarkup(createElement(PlotMap, { name: "Veld", plot: small, words: words("fr") })),
  );
  assert.match(french, /^Veld : environ \d,\d hectares$/);
});
