import Link from "next/link";

/** A lot, product, event or location that does not exist in this organisation, or an organisation the visitor is not in. */
export default function DashboardNotFound() {
  return (
    <section className="card stack" aria-labelledby="dashboard-not-found-title">
      <h1 id="dashboard-not-found-title" className="page-title">
        Not found
      </h1>
      <p>
        There is nothing at this address in this organisation. The link may be incomplete, or you may not be a
        member of the organisation it belongs to.
      </p>
      <p>
        <Link href="/dashboard">Go to your dashboard</Link>
      </p>
    </section>
  );
}
