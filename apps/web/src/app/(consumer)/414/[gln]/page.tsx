import { getTranslations } from "next-intl/server";
import styles from "@/components/consumer/consumer.module.css";
import { KeyIntro, PublicKeyPage, titleIn } from "@/components/consumer/PublicKeyPage";
import { dataOf, publicApi } from "@/lib/api/api";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("Location");

/** GS1 Digital Link of a location, `/414/{gln}`: the place as the organisations that registered it describe it. */
export default async function LocationPage({ params }: PageProps<"/414/[gln]">) {
  const { gln } = await params;
  const location = await dataOf(publicApi.GET("/public/414/{gln}", { params: { path: { gln } } }));
  const t = await getTranslations("Location");
  return (
    <PublicKeyPage>
      <div className={styles.page}>
        <KeyIntro eyebrow={t("gln", { gln: location.gln })} name={location.locations[0]?.name}>
          {!location.vouched && location.locations.length > 1 && (
            <p className={styles.muted}>{t("severalOwners")}</p>
          )}
        </KeyIntro>
        {location.locations.map((place) => (
          <dl key={`${place.organization.name}-${place.name}`} className={styles.keys}>
            <div>
              <dt>{t("place")}</dt>
              <dd>{[place.name, place.city, place.region, place.country].filter(Boolean).join(", ")}</dd>
            </div>
            <div>
              <dt>{t("registeredBy")}</dt>
              <dd>{place.organization.name}</dd>
            </div>
            {place.latitude !== null && place.longitude !== null && (
              <div>
                <dt>{t("coordinates")}</dt>
                <dd>
                  {place.latitude}, {place.longitude}
                </dd>
              </div>
            )}
          </dl>
        ))}
      </div>
    </PublicKeyPage>
  );
}
