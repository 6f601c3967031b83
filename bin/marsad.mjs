#!/usr/bin/env node
// Entry point of the `marsad` command: runs the TypeScript CLI through tsx's loader,
// so a clean checkout needs no build step.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
