import type messages from "../../messages/en.json";
import type { Locale } from "./locales";

// Typed keys: a t() call with a key the English catalogue lacks does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
