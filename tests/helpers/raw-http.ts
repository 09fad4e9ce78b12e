/** HTTP requests written by hand, so that no client library normalises or refuses the request target. */
import net from "node:net";

/** The answer to a raw request: status 0 when the connection closed without one. */
export interface RawResponse {
  status: number;
  text: string;
}

/** Sends `GET <target> HTTP/1.1` to 127.0.0.1:`port` exactly as given and reads the answer until the server closes. */
export function rawGet(port: number, target: string, host = "127.0.0.1"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let received = "";
    socket.setEncoding("latin1");
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to GET ${target.slice(0, 80)}`)));
    socket.on("connect", () => socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`, "latin1"));
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      const body = received.indexOf("\r\n\r\n");
      resolve({ status: match ? Number(match[1]) : 0, text: body === -1 ? "" : received.slice(body + 4) });
    });
  });
}

/** True when a TCP connection to `host`:`port` is accepted. */
export function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The request paths the security issue found killing the preview, and their kin: each must get a 400 or 404. */
export const HOSTILE_PATHS: readonly string[] = [
  "/%",
  "/%E0%A4%A",
  "/..%2f..",
  "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/%c0%ae%c0%ae/etc/passwd",
  "/people/..%2f..%2f..%2fetc%2fpasswd",
  "/..%5c..%5cetc%5cpasswd",
  "/%00",
  "//etc/passwd",
  `/${"a".repeat(10 * 1024)}`,
];
