import type { Metadata } from "next";
import styles from "@/components/consumer/consumer.module.css";
import { PublicKeyPage } from "@/components/consumer/PublicKeyPage";
import { getPublicPage, type PublicLocation } from "@/lib/api/getPublicPage";

export const metadata: Metadata = { title: "Location" };

/** GS1 Digital Link of a location, `/414/{gln}`: the place as the organisations that registered it describe it. */
export default function LocationPage({ params }: PageProps<"/414/[gln]">) {
  return (
    <PublicKeyPage>
      <Location params={params} />
    </PublicKeyPage>
  );
}

async function Location({ params }: { params: PageProps<"/414/[gln]">["params"] }) {
  const { gln } = await params;
  const location = await getPublicPage<PublicLocation>(`/414/${encodeURIComponent(gln)}`);
  return (
    <div className={styles.page}>
      <section className={styles.product}>
        <p className={styles.eyebrow}>Location · GLN {location.gln}</p>
        <h1 className={styles.productName}>{location.locations[0]?.name}</h1>
        {!location.vouched && location.locations.length > 1 && (
          <p className={styles.muted}>
            Several organisations registered this GLN; each description is theirs.
          </p>
        )}
      </section>
      {location.locations.map((place) => (
        <dl key={`${place.organization.name}-${place.name}`} className={styles.keys}>
          <div>
            <dt>Place</dt>
            <dd>{[place.name, place.city, place.region, place.country].filter(Boolean).join(", ")}</dd>
          </div>
          <div>
            <dt>Registered by</dt>
            <dd>{place.organization.name}</dd>
          </div>
          {place.latitude !== null && place.longitude !== null && (
            <div>
              <dt>Coordinates</dt>
              <dd>
                {place.latitude}, {place.longitude}
              </dd>
            </div>
          )}
        </dl>
      ))}
    </div>
  );
}
