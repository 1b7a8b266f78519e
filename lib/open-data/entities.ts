export const EXPORT_ENTITIES = ["models", "organisations"] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
