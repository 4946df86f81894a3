import { Suspense } from "react";
import { PageSection } from "@/components/PageSection/PageSection";
import { SystemStatus, SystemStatusPending } from "@/components/SystemStatus/SystemStatus";
import { demoJourney, demoStory } from "@/lib/demo/demoStory";
import styles from "./page.module.css";

const steps = [
  {
    title: "Record",
    text: "Suppliers register products by GTIN, their lots and serials, and record each step as an EPCIS 2.0 event: harvested, processed, shipped, received.",
  },
  {
    title: "Anchor",
    text: "Events are batched into a Merkle tree and its root is written to an EVM chain in one transaction, so the record cannot be quietly rewritten later.",
  },
  {
    title: "Scan",
    text: "Every lot carries a GS1 Digital Link QR code. A shopper scans it and sees where the product came from, step by step, on their phone.",
  },
  {
    title: "Verify",
    text: "One tap checks each step against the chain from the shopper’s own browser, trusting neither our server nor our database.",
  },
] as const;

const audiences = [
  {
    title: "Suppliers",
    text: "Farms, makers, processors, distributors and retailers record what happens to their products, hand over custody, print QR labels, declare recalls and export FSMA 204 records.",
  },
  {
    title: "Shoppers",
    text: "No account, no app: scan the code on the pack to see the product’s journey, the auditors who vouched for it, and a clear banner if it has been recalled.",
  },
  {
    title: "Auditors",
    text: "Certifiers inspect the lots they are asked to audit and sign attestations with their own wallet, in the Ethereum Attestation Service format.",
  },
  {
    title: "Integrators",
    text: "ERP, WMS and IoT gateways capture events in bulk through the REST API with an API key, query traces and receive webhooks.",
  },
] as const;

const standards = [
  { name: "GS1 Digital Link", text: "QR codes and public pages at standard GTIN, lot and serial paths." },
  { name: "EPCIS 2.0 and CBV 2.0", text: "Events import from and export to the systems you already run." },
  { name: "Ethereum Attestation Service", text: "Auditor attestations readable by existing explorers." },
  { name: "Postgres and any EVM chain", text: "Self-hosted, stateless API instances that scale out." },
] as const;

const journey = demoJourney();

export default function HomePage() {
  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <div className={`container ${styles.heroInner}`}>
          <div className={styles.heroText}>
            <p className={styles.eyebrow}>Open-source supply-chain traceability</p>
            <h1 id="hero-title" className={styles.heroTitle}>
              Every product’s journey, on a record anyone can check.
            </h1>
            <p className={styles.lead}>
              Tracemark lets suppliers record what happens to their products, from farm or factory to shelf,
              and anchors that record on an EVM chain. Shoppers scan a QR code and verify it themselves;
              auditors sign attestations with their own wallets.
            </p>
            <div className={styles.actions}>
              <a className={styles.primaryAction} href="#how-it-works">
                See how it works
              </a>
              <a className={styles.secondaryAction} href="#status">
                Check system status
              </a>
            </div>
          </div>

          <figure className={styles.example}>
            <div className={styles.exampleCard}>
              <div className={styles.exampleHeader}>
                <p className={styles.exampleProduct}>{demoStory.product.name}</p>
                <p className={styles.exampleIds}>
                  GTIN <code>{demoStory.product.gtin}</code> · Lot <code>{demoStory.product.lot}</code>
                </p>
              </div>
              <ol className={styles.journey}>
                {journey.map((item) => (
                  <li key={item.title} className={styles.journeyStep}>
                    <span className={styles.journeyDot} aria-hidden="true" />
                    <div className={styles.journeyText}>
                      <p className={styles.journeyTitle}>{item.title}</p>
                      <p className={styles.journeyMeta}>
                        {item.place} · {item.date}
                      </p>
                    </div>
                    <span className={styles.journeyProof}>Anchored</span>
                  </li>
                ))}
              </ol>
              <p className={styles.exampleVerified}>
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                  <path
                    d="M10 1.5 3 4.3v5c0 4.4 3 7.9 7 9.2 4-1.3 7-4.8 7-9.2v-5L10 1.5Z"
                    fill="currentColor"
                  />
                  <path
                    d="m6.7 10 2.2 2.2 4.4-4.5"
                    fill="none"
                    stroke="var(--tone-icon-mark)"
                    strokeWidth="1.8"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                All {journey.length} steps verified against the chain
              </p>
            </div>
            <figcaption className={styles.exampleCaption}>
              What a shopper sees after scanning a lot’s QR code: the demo lot <code>npm start</code> creates.
            </figcaption>
          </figure>
        </div>
      </section>

      <PageSection
        id="how-it-works"
        title="How it works"
        lead="The database makes every page fast; the chain makes every record tamper-evident."
      >
        <ol className={styles.steps}>
          {steps.map((step, index) => (
            <li key={step.title} className={styles.step}>
              <span className={styles.stepNumber} aria-hidden="true">
                {index + 1}
              </span>
              <h3 className={styles.cardTitle}>{step.title}</h3>
              <p className={styles.cardText}>{step.text}</p>
            </li>
          ))}
        </ol>
      </PageSection>

      <PageSection id="who" title="Who it’s for" lead="One record, four ways in." tinted>
        <ul className={styles.cards}>
          {audiences.map((audience) => (
            <li key={audience.title} className={styles.card}>
              <h3 className={styles.cardTitle}>{audience.title}</h3>
              <p className={styles.cardText}>{audience.text}</p>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection
        id="standards"
        title="Built on open standards"
        lead="Your data is never locked in: Tracemark speaks the formats the field already uses, and you can run all of it yourself under the Apache-2.0 licence."
      >
        <dl className={styles.standards}>
          {standards.map((standard) => (
            <div key={standard.name} className={styles.standard}>
              <dt className={styles.standardName}>{standard.name}</dt>
              <dd className={styles.standardText}>{standard.text}</dd>
            </div>
          ))}
        </dl>
      </PageSection>

      <PageSection
        id="status"
        title="System status"
        lead="Live from this deployment’s API, checked when the page loads."
        tinted
      >
        <Suspense fallback={<SystemStatusPending />}>
          <SystemStatus />
        </Suspense>
      </PageSection>
    </>
  );
}
