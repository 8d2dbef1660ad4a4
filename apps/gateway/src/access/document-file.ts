import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { validateContract } from '@interop/contracts';
import { parse as parseYaml } from 'yaml';

export type Loaded<T> = { ok: true; value: T; text: string } | { ok: false; problems: string[] };

function parseText(file: string, text: string): unknown {
  if (extname(file) === '.json') return JSON.parse(text);
  return parseYaml(text, { uniqueKeys: true, maxAliasCount: 0 });
}

/**
 * Reads a YAML or JSON configuration document and checks it against its contract, then against
 * what `compile` checks, gathering every problem with where it is, so that one look at the log
 * tells what to fix.
 */
export async function loadDocument<Document extends object, T>(
  file: string,
  contract: new () => Document,
  compile: (document: Document) => { ok: true; value: T } | { ok: false; problems: string[] },
): Promise<Loaded<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`cannot read ${file}: ${(error as Error).message}`] };
  }
  let plain: unknown;
  try {
    plain = parseText(file, text);
  } catch (error) {
    return { ok: false, problems: [`${file} is not valid YAML/JSON: ${(error as Error).message}`] };
  }
  const validated = validateContract(contract, plain);
  if (!validated.ok) {
    return {
      ok: false,
      problems: validated.errors.map(
        ({ field, message }) => `${field || '(document)'}: ${message}`,
      ),
    };
  }
  const compiled = compile(validated.value);
  return compiled.ok ? { ok: true, value: compiled.value, text } : compiled;
}
