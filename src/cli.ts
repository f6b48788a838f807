import { main } from "./cli/main.js";

// The entry point: the only place that touches the process. It reads the command line, the
// environment, the clock and the terminal once, hands them to `main`, writes what comes back and
// sets the exit code.

// A reader that stops early (`dialogue help | head -1`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });

// Standard input is looked at only by a command that asks (init): creating process.stdin loads
// Node's file-stream and readline modules, a fifth of bare node's start-up, for every command.
void main(process.argv.slice(2), process.env, new Date(), {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY);
  },
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
}).then(({ code, stdout, stderr }) => {
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = code;
});
