// The methodology's public API: import from "@/lib/openness", not from the files inside.

export * from "./types";
export * from "./criteria";
export * from "./licences";
export * from "./licence-identity";
export * from "./assess";
export * from "./grades";
export * from "./europe";
export * from "./biodiversity";
export * from "./explain";
export * from "./g7";
