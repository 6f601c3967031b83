// `marsad` command dispatcher: each command lives in its own file under src/cli/commands/
// and exports `run(args: string[]): Promise<number>` (the exit code).
const COMMANDS: Record<string, string> = {
  extract: "./commands/extract.js",
  kb: "./commands/kb.js",
  ingest: "./commands/ingest.js",
  events: "./commands/events.js",
  actors: "./commands/actors.js",
  actor: "./commands/actor.js",
  figures: "./commands/figures.js",
  search: "./commands/search.js",
  export: "./commands/export.js",
  serve: "./commands/serve.js",
  worker: "./commands/worker.js",
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    console.log(`usage: marsad <command> [options]   (marsad <command> --help for its options)\n\ncommands: ${Object.keys(COMMANDS).join(", ")}`);
    return name ? 0 : 2;
  }
  const path = COMMANDS[name];
  if (!path) {
    console.error(`marsad: unknown command '${name}' (try: ${Object.keys(COMMANDS).join(", ")})`);
    return 2;
  }
  const mod = (await import(path)) as { run: (args: string[]) => Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`marsad: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);
