// JSON as the core hands it to the store (a flow's state): plain data only,
// so whatever a flow writes reads back the same after a restart.
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export type JsonObject = { readonly [key: string]: JsonValue | undefined };
