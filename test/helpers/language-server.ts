import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * The YAML language server behind VS Code's YAML extension, spoken to over stdio as the editor
 * does: the real client of our schema, not a copy of its rules.
 */
export interface Diagnostic {
  line: number;
  message: string;
}

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: { range: { start: { line: number } }; message: string }[]; items?: unknown[] };
  result?: unknown;
}

const SERVER = createRequire(import.meta.url).resolve("yaml-language-server/bin/yaml-language-server");

export class LanguageServer {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly replies = new Map<number, (result: unknown) => void>();
  private readonly diagnostics = new Map<string, (diagnostics: Diagnostic[]) => void>();

  private constructor() {
    this.server = spawn(process.execPath, [SERVER, "--stdio"]);
    this.server.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  static async start(folder: string): Promise<LanguageServer> {
    const server = new LanguageServer();
    await server.request("initialize", { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { configuration: true } } });
    server.notify("initialized", {});
    server.notify("workspace/didChangeConfiguration", { settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } } });
    return server;
  }

  /** Opens a file's text and waits for the server's first diagnostics of it. */
  open(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = new Promise<Diagnostic[]>((done) => this.diagnostics.set(uri, done));
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
    return published;
  }

  /** The labels the editor offers at a 1-based line and 0-based column. */
  async completion(file: string, line: number, character: number): Promise<string[]> {
    const result = (await this.request("textDocument/completion", { textDocument: { uri: pathToFileURL(file).href }, position: { line: line - 1, character } })) as
      | { items?: { label: string }[] }
      | null;
    return (result?.items ?? []).map((item) => item.label);
  }

  /** The hover text at a 1-based line and 0-based column ("" when the editor has none). */
  async hover(file: string, line: number, character: number): Promise<string> {
    const result = (await this.request("textDocument/hover", { textDocument: { uri: pathToFileURL(file).href }, position: { line: line - 1, character } })) as {
      contents?: { value?: string } | string;
    } | null;
    const contents = result?.contents;
    return typeof contents === "string" ? contents : (contents?.value ?? "");
  }

  stop(): void {
    this.server.kill();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const head = this.buffer.indexOf("\r\n\r\n");
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString())?.[1]);
      if (this.buffer.length < head + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(head + 4, head + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(head + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      this.replies.get(message.id)?.(message.result);
      this.replies.delete(message.id);
    } else if (message.method === "textDocument/publishDiagnostics" && message.params?.uri) {
      const done = this.diagnostics.get(message.params.uri);
      this.diagnostics.delete(message.params.uri);
      done?.((message.params.diagnostics ?? []).map((d) => ({ line: d.range.start.line + 1, message: d.message })));
    } else if (message.method === "workspace/configuration" && message.id !== undefined) {
      const items = (message.params?.items ?? []).map(() => ({ validate: true, completion: true, hover: true, schemaStore: { enable: false } }));
      this.send({ jsonrpc: "2.0", id: message.id, result: items });
    } else if (message.method !== undefined && message.id !== undefined) {
      this.send({ jsonrpc: "2.0", id: message.id, result: null });
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.nextId;
    const reply = new Promise<unknown>((done) => this.replies.set(id, done));
    this.send({ jsonrpc: "2.0", id, method, params });
    return reply;
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  private send(message: unknown): void {
    const text = JSON.stringify(message);
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }
}
