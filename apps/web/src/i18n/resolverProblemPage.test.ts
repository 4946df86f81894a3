import assert from "node:assert/strict";
import { test } from "node:test";
import { problemPage } from "./resolverProblemPage";

test("the resolver's 404 page speaks the visitor's language, with the precise reason marked as English", () => {
  const detail = "No lot L-9 of GTIN 09506000134352 is known.";
  const french = problemPage({ status: 404, detail }, "fr");
  assert.match(french, /<html lang="fr">/);
  assert.match(french, /<h1>Introuvable<\/h1>/);
  assert.match(french, /Nous ne connaissons aucun produit, lot ou lieu correspondant à ce code\./);
  assert.match(french, /<p class="code" lang="en">No lot L-9 of GTIN 09506000134352 is known\.<\/p>/);
  assert.match(french, /<a href="\/">Accueil de Tracemark<\/a>/);
  const english = problemPage({ status: 400, detail: "the check digit is 9, expected 8" }, "en");
  assert.match(english, /<html lang="en">/);
  assert.match(english, /<h1>Malformed GS1 Digital Link<\/h1><p>the check digit is 9, expected 8<\/p>/);
  assert.match(problemPage({ status: 503, detail: "down" }, "de"), /<h1>Dienst nicht verfügbar<\/h1>/);
  assert.doesNotMatch(problemPage({ status: 404, detail: "<script>x</script>" }, "es"), /<script>/);
});
