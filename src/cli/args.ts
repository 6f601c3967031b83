// Minimal argument parser shared by the commands: --key value, --key=value, repeatable
// keys, boolean flags and positional arguments. No dependency needed for this.
export interface Args {
  values: Record<string, string>;
  multi: Record<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(argv: string[], spec: { multi?: string[]; flags?: string[] } = {}): Args {
  const multi = new Set(spec.multi ?? []);
  const flags = new Set(spec.flags ?? []);
  const out: Args = { values: {}, multi: {}, flags: new Set(), positional: [] };
  for (const m of multi) out.multi[m] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("--")) { out.positional.push(a); continue; }
    let key = a.slice(2);
    let value: string | undefined;
    const eq = key.indexOf("=");
    if (eq >= 0) { value = key.slice(eq + 1); key = key.slice(0, eq); }
    if (flags.has(key)) { out.flags.add(key); continue; }
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2)) throw new Error(`option --${key} needs a value`);
      i++;
    }
    if (multi.has(key)) out.multi[key].push(value);
    else out.values[key] = value;
  }
  return out;
}
