import { getRequestConfig } from "next-intl/server";
import { routing, isLocale } from "./routing";
import { messagesFor } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "Europe/Paris" };
});
