import type { Location } from "@/lib/api/types";
import { plotLines } from "@/lib/locations/locationFromForm";
import { FormField } from "./FormField";

/**
 * The fields of a location, as `locationFromForm` reads them: name, GLN, address, coordinates and
 * the EUDR plot geolocation (a point or a polygon, one "latitude, longitude" per line).
 */
export function LocationFields({ location }: { location?: Location }) {
  return (
    <>
      <div className="grid-2">
        <FormField name="name" label="Name" required maxLength={200} defaultValue={location?.name} />
        <FormField
          name="gln"
          label="GLN (optional)"
          inputMode="numeric"
          pattern="\d{13}"
          title="13 digits"
          defaultValue={location?.gln ?? ""}
        />
        <FormField name="street" label="Street" maxLength={200} defaultValue={location?.street ?? ""} />
        <FormField name="city" label="City" maxLength={100} defaultValue={location?.city ?? ""} />
        <FormField
          name="postalCode"
          label="Postal code"
          maxLength={20}
          defaultValue={location?.postalCode ?? ""}
        />
        <FormField name="region" label="Region" maxLength={100} defaultValue={location?.region ?? ""} />
        <FormField
          name="subdivision"
          label="Region code (ISO 3166-2)"
          maxLength={6}
          placeholder="ES-AR"
          defaultValue={location?.subdivision ?? ""}
        />
        <FormField
          name="country"
          label="Country (ISO code)"
          maxLength={2}
          placeholder="NL"
          defaultValue={location?.country ?? ""}
        />
        <FormField
          name="phone"
          label="Phone"
          type="tel"
          maxLength={32}
          placeholder="+1 831 555 0100"
          defaultValue={location?.phone ?? ""}
        />
        <FormField
          name="fieldName"
          label="Field or growing area (produce)"
          maxLength={200}
          defaultValue={location?.fieldName ?? ""}
        />
        <FormField
          name="containerName"
          label="Aquaculture container (pond, tank, cage)"
          maxLength={200}
          defaultValue={location?.containerName ?? ""}
        />
        <div className="grid-2">
          <FormField
            name="latitude"
            label="Latitude"
            inputMode="decimal"
            defaultValue={location?.latitude ?? ""}
          />
          <FormField
            name="longitude"
            label="Longitude"
            inputMode="decimal"
            defaultValue={location?.longitude ?? ""}
          />
        </div>
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field">
          <span>Plot geolocation (EUDR)</span>
        </legend>
        <label className="field">
          <span>Shape</span>
          <select className="input" name="plotType" defaultValue={location?.plot?.type ?? ""}>
            <option value="">None</option>
            <option value="Point">Point (plots up to 4 ha)</option>
            <option value="Polygon">Polygon (the plot’s corners)</option>
          </select>
        </label>
        <FormField
          name="plot"
          label="Plot coordinates"
          multiline
          rows={4}
          placeholder={"1.853210, -76.051100\n1.853900, -76.050400\n1.852800, -76.049900"}
          defaultValue={plotLines(location?.plot ?? null)}
          hint="One “latitude, longitude” per line, at most 6 decimals. A polygon is closed for you."
        />
        <label className="row">
          <input type="checkbox" name="plotPublic" defaultChecked={location?.plotPublic ?? false} />
          <span>Show the plot to everyone: drawn on the shopper’s map, in your partners’ EUDR exports</span>
        </label>
      </fieldset>
    </>
  );
}
