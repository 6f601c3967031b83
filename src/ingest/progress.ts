// Progress of a long ingest on stderr. On a terminal: one line redrawn in place with the count,
// the rate (articles/s) and, when the total is known, a bar and the time left. Piped into a
// file or a log: a plain line every `everyItems` articles or `everyMs`, so logs stay short.
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** number of articles expected, when known (feeds, URL lists) */
  total?: number | null;
  label?: string;
  /** piped mode: a line every this many articles (default 100) … */
  everyItems?: number;
  /** … or after this long since the last line (default 5 s) */
  everyMs?: number;
  /** terminal mode: redraw at most this often (default 100 ms) */
  redrawMs?: number;
  now?: () => number;
}

export interface Progress {
  /** one more article done (stored, skipped or failed) */
  tick(n?: number): void;
  /** the expected total became known or grew */
  setTotal(total: number | null): void;
  /** before other output on the same stream (an error line): clears the redrawn line */
  interrupt(): void;
  /** last line (terminal: ends the redrawn line) */
  done(): void;
}

/** "1 m 05 s" style durations for the ETA. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} m ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} m`;
}

export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const label = options.label ?? "ingest";
  const everyItems = options.everyItems ?? 100;
  const everyMs = options.everyMs ?? 5000;
  const redrawMs = options.redrawMs ?? 100;
  const tty = stream.isTTY === true;
  let total = options.total ?? null;
  let count = 0;
  const start = now();
  let lastDraw = -Infinity;
  let lastLineCount = 0;
  let lastLineAt = start;

  const rate = () => {
    const secs = (now() - start) / 1000;
    return secs > 0 ? count / secs : 0;
  };

  function line(): string {
    const r = rate();
    let s = `${label}: ${count}${total != null ? `/${total}` : ""} articles, ${r.toFixed(1)}/s`;
    if (total != null && total > 0) {
      const left = Math.max(0, total - count);
      s += `, ETA ${r > 0 ? formatDuration((left / r) * 1000) : "?"}`;
      if (tty) {
        const width = 20;
        const filled = Math.min(width, Math.round((count / total) * width));
        s = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.min(100, Math.floor((count / total) * 100))}% ${s}`;
      }
    }
    return s;
  }

  function draw(force = false) {
    const t = now();
    if (tty) {
      if (!force && t - lastDraw < redrawMs) return;
      lastDraw = t;
      const s = line();
      const cols = stream.columns ?? 100;
      stream.write(`\r${s.length > cols - 1 ? s.slice(0, cols - 1) : s}\x1b[K`);
      return;
    }
    if (force || count - lastLineCount >= everyItems || t - lastLineAt >= everyMs) {
      lastLineCount = count;
      lastLineAt = t;
      stream.write(line() + "\n");
    }
  }

  return {
    tick(n = 1) {
      count += n;
      draw();
    },
    setTotal(t) {
      total = t;
    },
    interrupt() {
      if (!tty || lastDraw === -Infinity) return;
      stream.write("\r\x1b[K");
      // redraw below the interrupting line at the next tick
      lastDraw = -Infinity;
    },
    done() {
      if (tty) {
        draw(true);
        stream.write("\n");
      } else if (count !== lastLineCount) {
        draw(true);
      }
    },
  };
}
