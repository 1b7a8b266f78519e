import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives the documented defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.ATLAS_DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("reads the number of trusted reverse proxies, and refuses a negative one", () => {
    expect(parseEnv({}).ATLAS_TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ ATLAS_TRUSTED_PROXIES: "2" }).ATLAS_TRUSTED_PROXIES).toBe(2);
    expect(() => parseEnv({ ATLAS_TRUSTED_PROXIES: "-1" })).toThrow(/ATLAS_TRUSTED_PROXIES/);
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and a numeric port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/atlas", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/atlas");
    expect(env.PORT).toBe(8080);
  });

  it("names every malformed variable in one message", () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "eighty", SITE_URL: "javascript:alert(1)" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// connection URL");
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/SITE_URL: /);
  });

  it("says what the number of web server workers and the page cache's size must be", () => {
    expect(parseEnv({}).WEB_CONCURRENCY).toBe(1);
    expect(parseEnv({ WEB_CONCURRENCY: "4" }).WEB_CONCURRENCY).toBe(4);
    for (const value of ["abc", "0", "1.5", "65"]) {
      expect(() => parseEnv({ WEB_CONCURRENCY: value }), value).toThrow("WEB_CONCURRENCY: must be a whole number of processes, from 1 to 64");
    }
    expect(() => parseEnv({ PAGE_CACHE_MB: "lots" })).toThrow("PAGE_CACHE_MB: must be a whole number of megabytes, from 0 to 65536");
  });

  it("asks the public Hugging Face Hub by default, and any Hub over https; plain http only for one on this machine or in development", () => {
    expect(parseEnv({}).HF_ENDPOINT).toBe("https://huggingface.co");
    expect(parseEnv({ HF_ENDPOINT: "https://hf-mirror.example.eu/" }).HF_ENDPOINT).toBe("https://hf-mirror.example.eu");
    expect(parseEnv({ HF_ENDPOINT: "http://127.0.0.1:3988", NODE_ENV: "production" }).HF_ENDPOINT).toBe("http://127.0.0.1:3988");
    expect(parseEnv({ HF_ENDPOINT: "http://localhost:3988" }).HF_ENDPOINT).toBe("http://localhost:3988");
    expect(parseEnv({ HF_ENDPOINT: "http://hub.internal:8080", NODE_ENV: "development" }).HF_ENDPOINT).toBe("http://hub.internal:8080");
    expect(() => parseEnv({ HF_ENDPOINT: "http://hf-mirror.example.eu", NODE_ENV: "production" })).toThrow("HF_ENDPOINT: must use https");
    expect(() => parseEnv({ HF_ENDPOINT: "ftp://huggingface.co" })).toThrow(/HF_ENDPOINT/);
    expect(() => parseEnv({ HF_ENDPOINT: "https://huggingface.co/api" })).toThrow("HF_ENDPOINT: must be an origin only");
    expect(() => parseEnv({ HF_ENDPOINT: "https://user:secret@huggingface.co" })).toThrow(/HF_ENDPOINT/);
  });

  it("refuses a port out of range", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});
