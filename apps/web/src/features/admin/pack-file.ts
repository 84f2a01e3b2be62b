/** Reads a content-pack file in the browser: JSON text holding one object. */
export type PackRead =
  | { ok: true; content: Record<string, unknown> }
  | { ok: false; reason: 'not_json' | 'not_object'; message: string };

export function parsePackText(text: string): PackRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      reason: 'not_json',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'not_object', message: '' };
  }
  return { ok: true, content: parsed as Record<string, unknown> };
}

export async function readPackFile(file: Blob): Promise<PackRead> {
  return parsePackText(await file.text());
}
