// What a pre-fill leaves to decide, worded in English from the form's own messages: for the API's
// programs and the importers' notes to the maintainers (the form words it in the reader's language).
import { createTranslator } from "use-intl/core";
import { messagesFor } from "../i18n/messages";
import type { ToDecide } from "./prefill";

const words = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "submit.prefill.toDecide" });

export function toDecideInEnglish(item: ToDecide): string {
  return words(item.key, item.values ?? {});
}
