import { main } from "./cli/main.js";
import { isPieces } from "./result.js";

// The entry point: the only place that touches the process. It reads the command line, the
// environment, the clock and the terminal once, hands them to `main`, writes what comes back and
// sets the exit code.

// A reader that stops early (`dialogue help | head -1`) closes the pipe: that is not an error.
const guarded = new Set<NodeJS.WriteStream>();
function guard(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!guarded.has(stream))
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  guarded.add(stream);
  return stream;
}

// Each standard stream is created when first used: Node builds it on first access, and for a pipe
// or a terminal that loads its socket and terminal modules (for stdin also its file-stream and
// readline ones), a fifth of bare node's start-up. Standard input is used only by a command that
// asks (init); standard error only when there is something to say.
void main(process.argv.slice(2), process.env, new Date(), {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    return guard(process.stdout);
  },
  get stderr() {
    return guard(process.stderr);
  },
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY);
  },
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  get stderrIsTTY() {
    return Boolean(process.stderr.isTTY);
  },
  columns: process.stdout.columns,
}).then(({ code, stdout, stderr }) => {
  // Standard output is written synchronously to files and pipes (Node on POSIX), so a long output
  // in pieces is held one piece at a time.
  if (isPieces(stdout)) for (const piece of stdout.pieces) guard(process.stdout).write(piece);
  else if (stdout) guard(process.stdout).write(stdout);
  if (stderr) guard(process.stderr).write(stderr);
  process.exitCode = code;
});
