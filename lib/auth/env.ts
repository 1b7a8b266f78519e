import "server-only";
import { parseEnv, type Env } from "../env";

// Validated once per server process; start.ts already refused a bad environment before Next started.
let cached: Env | undefined;
export function serverEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
